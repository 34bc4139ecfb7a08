"""Lane labels placed so that none overlaps another (matplotlib, imported lazily).

Each label tries, in turn: above its lane at its date, below it, then
further right above and below (past whatever it hit), within the axes. A
label that finds no room ends, smaller, at the right edge below its lane.
Overlaps are judged with the renderer's real text extents, against every
label already placed.

Labels are placed lane by lane from the top, left to right, a lane's name
before a rename at the same x:

>>> from lineage.views.layout import Lane
>>> lane = Lane("g", 0, "Old", 2001.0, 2010.0, start_fuzz=(1999.0, 2001.0),
...             labels=((2005.0, "New"),))
>>> _wanted(Layout((lane,), (), 2000.0, 2012.0))
[(2000.0, 0, 'Old', 'g', False), (2005.0, 0, '→ New', 'g', True)]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from .layout import Layout
from .palette import TEXT_COLOUR

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.text import Text

__all__ = ["place_labels"]

OFFSET = 0.16
"""How far above or below its lane's centre (in rows) a label sits."""
ATTEMPTS = 8
"""How many times a label moves right past what it hit before giving up."""

Wanted = tuple[float, int, str, str, bool]
"""``(x, row, text, group, is a rename)``."""


def _renderer(fig: Any) -> Any:
    get = getattr(fig.canvas, "get_renderer", None)
    if get is not None:
        return get()
    from matplotlib.backends.backend_agg import RendererAgg

    width, height = fig.get_size_inches() * fig.dpi
    return RendererAgg(int(width), int(height), fig.dpi)  # type: ignore[no-untyped-call]


def _wanted(layout: Layout) -> list[Wanted]:
    """Every label, lane by lane from the top, left to right: names, then renames."""
    wanted: list[Wanted] = []
    for lane in layout.lanes:
        wanted.append((max(lane.x0, layout.x_min), lane.row, lane.label, lane.group, False))
        for x, text in lane.labels:
            wanted.append((x, lane.row, f"→ {text}", lane.group, True))
    wanted.sort(key=lambda w: (w[1], w[0], w[4]))
    return wanted


def _text(ax: Axes, x: float, row: int, text: str, group: str, rename: bool) -> Text:
    return ax.text(
        x,
        row,
        text,
        fontsize=7.5 if rename else 8.5,
        style="italic" if rename else "normal",
        ha="left",
        color=TEXT_COLOUR,
        gid=f"label:{group}",
        clip_on=False,
        zorder=5,
        bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.75, "pad": 0.6},
        parse_math=False,  # a name is drawn as written: "$5" is not mathtext
        usetex=False,
    )


class _Placer:
    """Places labels one by one on ``ax``, each clear of those placed before."""

    def __init__(self, ax: Axes, x_max: float) -> None:
        fig: Any = ax.figure
        fig.draw_without_rendering()
        self.renderer = _renderer(fig)
        self.ax_box = ax.get_window_extent(self.renderer)
        self.to_data = ax.transData.inverted()
        self.x_max = x_max
        self.placed: list[Any] = []

    def clash(self, label: Text) -> Any:
        """What the label overlaps (a placed label, or itself past the right edge), or None."""
        box = label.get_window_extent(self.renderer)
        if box.x1 > self.ax_box.x1 + 1:
            return box  # past the right edge
        return next((p for p in self.placed if box.overlaps(p)), None)

    def _fits(self, label: Text, x: float, spots: list[tuple[float, Any]]) -> bool:
        for y, va in spots:
            label.set_position((x, y))
            label.set_verticalalignment(va)
            if self.clash(label) is None:
                return True
        return False

    def settle(self, label: Text, x: float, row: int) -> bool:
        """Move ``label`` to the first free spot at or right of ``x``; False if none."""
        spots: list[tuple[float, Literal["bottom", "top"]]] = [
            (row - OFFSET, "bottom"),
            (row + OFFSET, "top"),
        ]
        for _ in range(ATTEMPTS):
            if self._fits(label, x, spots):
                return True
            hit = self.clash(label)
            label.set_verticalalignment(spots[0][1])
            label.set_position((x, spots[0][0]))
            hit = self.clash(label) or hit
            x = float(self.to_data.transform((hit.x1 + 3, 0))[0])
            if x >= self.x_max:
                return False
        return False

    def place(self, label: Text, x: float, row: int) -> None:
        if not self.settle(label, x, row):  # crowded: end at the right edge, below its lane
            label.set_position((self.x_max, row + OFFSET))
            label.set_verticalalignment("top")
            label.set_horizontalalignment("right")
            label.set_fontsize(6.5)
        self.placed.append(label.get_window_extent(self.renderer))


def place_labels(ax: Axes, layout: Layout) -> None:
    """Put every lane label (names and renames) where it overlaps no other label."""
    placer = _Placer(ax, layout.x_max)
    for x, row, text, group, rename in _wanted(layout):
        placer.place(_text(ax, x, row, text, group, rename), x, row)
