"""Labels, each plainly its own lane's and crossed by no line (matplotlib, imported lazily).

A lane's name is drawn in a column left of the time axis, level with its
lane: no connector reaches it, and no other lane is nearer. In the plot, a
rename (``→ New name``) sits above or below its lane from the rename's
date, and an edge mark (``◂ earlier: 2013 merger``, see
:class:`~lineage.views.layout.EdgeMark`) at the window's edge. Each stays
inside its own lane's band (half a row either side of the lane), so it
reads as that lane's, and clear of every connector, date range, edge
chevron and label placed before it: it moves right from its date (left
from the right edge, for a ``later`` mark) to the first place that is
free; if none is, it tries a smaller font, then (a rename too long for
the room after its date) ending at the right edge. Extents are the
renderer's real ones, in display coordinates.

Renames come first, lane by lane from the top, then marks:

>>> from lineage.views.layout import EdgeMark, Lane
>>> lane = Lane("g", 0, "Old", 2001.0, 2010.0, labels=((2005.0, "New\\nname"),))
>>> mark = EdgeMark("g", "earlier", 2000.0, ("e",), "◂ earlier: 1990 split")
>>> for w in _wanted(Layout((lane,), (), 2000.0, 2012.0, marks=(mark,))):
...     print(w.x, w.row, repr(w.text), w.gid, w.leftward)
2005.0 0 '→ New name' rename:g False
2000.0 0 '◂ earlier: 1990 split' mark:earlier:g False
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

from .layout import Lane, Layout
from .palette import NOTE_COLOUR, TEXT_COLOUR

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.text import Text
    from matplotlib.transforms import Bbox

__all__ = ["OFFSET", "place_labels"]

OFFSET = 0.2
"""How far above or below its lane's centre (in rows) a rename or mark sits."""
BAND = 0.5
"""A label stays within this many rows of its lane's centre."""
GAP = 1.5
"""Pixels kept clear around every line a label avoids."""
TRIES = 400
"""The most places one label tries."""
NAME_SIZE, RENAME_SIZE, MARK_SIZE, CROWDED_SIZE = 8.5, 7.5, 7.0, 6.0
"""Font sizes: lane names, renames, edge marks, and either when crowded."""
OBSTACLES = ("connector:", "range:", "edge:")
"""The gids of the lines labels keep clear of."""


@dataclass(frozen=True)
class Wanted:
    """A label to place in the plot: where it would like to be, and what it says."""

    x: float
    row: int
    text: str
    gid: str
    rename: bool
    leftward: bool


def _wanted(layout: Layout) -> list[Wanted]:
    """Renames, lane by lane from the top, left to right; then the edge marks."""
    rows = {lane.group: lane.row for lane in layout.lanes}
    wanted = [
        Wanted(x, lane.row, "→ " + " ".join(text.split("\n")), f"rename:{lane.group}", True, False)
        for lane in sorted(layout.lanes, key=lambda lane: lane.row)
        for x, text in lane.labels
    ]
    wanted += [
        Wanted(m.x, rows[m.group], m.text, f"mark:{m.side}:{m.group}", False, m.side == "later")
        for m in layout.marks
        if m.group in rows
    ]
    return wanted


def _renderer(fig: Any) -> Any:
    get = getattr(fig.canvas, "get_renderer", None)
    if get is not None:
        return get()
    from matplotlib.backends.backend_agg import RendererAgg

    width, height = fig.get_size_inches() * fig.dpi
    return RendererAgg(int(width), int(height), fig.dpi)  # type: ignore[no-untyped-call]


_DATA_TEXT: dict[str, Any] = {"parse_math": False, "usetex": False}
"""A name is drawn as written: "$5" is not mathtext."""


def _name(ax: Axes, lane: Lane) -> Text:
    """The lane's name in the column left of the axes, centred on its row."""
    from matplotlib.transforms import ScaledTranslation

    fig: Any = ax.figure
    beside = ax.get_yaxis_transform() + ScaledTranslation(-9 / 72, 0, fig.dpi_scale_trans)
    return ax.text(
        0.0,
        lane.row,
        lane.label,
        transform=beside,
        fontsize=NAME_SIZE,
        ha="right",
        va="center",
        multialignment="right",
        color=TEXT_COLOUR,
        gid=f"label:{lane.group}",
        clip_on=False,
        zorder=5,
        **_DATA_TEXT,
    )


def _text(ax: Axes, w: Wanted) -> Text:
    return ax.text(
        w.x,
        w.row,
        w.text,
        fontsize=RENAME_SIZE if w.rename else MARK_SIZE,
        style="italic" if w.rename else "normal",
        ha="right" if w.leftward else "left",
        color=TEXT_COLOUR if w.rename else NOTE_COLOUR,
        gid=w.gid,
        clip_on=False,
        zorder=5,
        **_DATA_TEXT,
    )


Spot = tuple[int, float, float, Literal["bottom", "top"]]
"""``(how bad, x, y, vertical alignment)`` of a tried place: how many lines it would
cross, and :data:`LABEL_COST` for each label it would overlap."""
LABEL_COST = 1000
"""A label over another is worse than over any number of lines."""


def _overlapping(boxes: Any, box: Bbox) -> Any:
    """The rows of ``boxes`` (``x0, y0, x1, y1``) that overlap ``box``."""
    return boxes[
        (boxes[:, 0] <= box.x1)
        & (boxes[:, 2] >= box.x0)
        & (boxes[:, 1] <= box.y1)
        & (boxes[:, 3] >= box.y0)
    ]


class _Placer:
    """Places labels one by one on ``ax``, each clear of every line and earlier label."""

    def __init__(self, ax: Axes) -> None:
        import numpy as np

        fig: Any = ax.figure
        fig.draw_without_rendering()
        self.renderer = _renderer(fig)
        self.ax_box = ax.get_window_extent(self.renderer)
        self.data = ax.transData
        boxes = [box.padded(GAP).extents for box in self._lines(ax)]
        self.lines = np.array(boxes, dtype=float).reshape(-1, 4)  # x0, y0, x1, y1 rows
        self.labels = np.zeros((0, 4))  # the labels placed so far

    def _lines(self, ax: Axes) -> list[Bbox]:
        from matplotlib.text import Annotation

        boxes = [
            t.arrow_patch.get_window_extent(self.renderer)
            for t in ax.texts
            if isinstance(t, Annotation)
            and (t.get_gid() or "").startswith(OBSTACLES)
            and t.arrow_patch is not None
        ]
        boxes += [
            line.get_window_extent(self.renderer)
            for line in ax.lines
            if (line.get_gid() or "").startswith(OBSTACLES)
        ]
        return boxes

    def _spots(self, row: int) -> list[tuple[float, Literal["bottom", "top"]]]:
        return [(row - OFFSET, "bottom"), (row + OFFSET, "top")]

    def _band(self, row: int) -> tuple[float, float]:
        (_, top), (_, bottom) = self.data.transform([(0, row - BAND), (0, row + BAND)])
        return min(top, bottom), max(top, bottom)

    def _put(self, label: Text, x_px: float, y: float, va: Literal["bottom", "top"]) -> Bbox:
        x = float(self.data.inverted().transform((x_px, 0))[0])
        label.set_position((x, y))
        label.set_verticalalignment(va)
        return label.get_window_extent(self.renderer)

    def settle(self, label: Text, w: Wanted) -> Spot | None:
        """Move ``label`` to the first free spot from ``w.x`` on and return None; if
        there is none, return the least bad spot tried."""
        import numpy as np

        band = self._band(w.row)
        lines, labels = (
            boxes[(boxes[:, 3] >= band[0]) & (boxes[:, 1] <= band[1])]
            for boxes in (self.lines, self.labels)
        )
        sign = -1.0 if w.leftward else 1.0
        todo, seen = [sign * float(self.data.transform((w.x, w.row))[0])], set()
        best: Spot | None = None
        for _ in range(TRIES):
            if not todo:
                break
            x_px = sign * heapq.heappop(todo)
            if round(x_px, 1) in seen:
                continue
            seen.add(round(x_px, 1))
            for y, va in self._spots(w.row):
                box = self._put(label, x_px, y, va)
                if box.x0 < self.ax_box.x0 - 0.5 or box.x1 > self.ax_box.x1 + 0.5:
                    continue  # past the axes: farther is no better
                if box.y0 < band[0] - 0.5 or box.y1 > band[1] + 0.5:
                    continue  # would reach into another lane's band
                crossed, covered = (_overlapping(boxes, box) for boxes in (lines, labels))
                if not len(crossed) + len(covered):
                    return None
                cost = len(crossed) + LABEL_COST * len(covered)
                if best is None or cost < best[0]:
                    best = (cost, label.get_position()[0], y, va)
                # next: just past what it hit
                hits = np.vstack([crossed, covered])
                edges = hits[:, 2] + GAP if sign > 0 else hits[:, 0] - GAP
                for edge in edges[sign * edges > sign * x_px]:
                    heapq.heappush(todo, sign * float(edge))
        return best or (LABEL_COST**2, w.x, *self._spots(w.row)[0])

    def place(self, label: Text, w: Wanted, x_max: float) -> None:
        """Place ``label``; crowded, smaller; then, too long for the room right of
        its date, ending at the right edge; else where it overlaps least."""
        import numpy as np

        tries = [
            (float(label.get_fontsize()), w),
            (CROWDED_SIZE, w),
            (CROWDED_SIZE, replace(w, x=x_max, leftward=True)),
        ]
        least: tuple[Spot, float, bool] | None = None
        for size, want in tries:
            label.set_fontsize(size)
            label.set_horizontalalignment("right" if want.leftward else "left")
            spot = self.settle(label, want)
            if spot is None:
                break
            if least is None or spot[0] < least[0][0]:
                least = (spot, size, want.leftward)
        else:
            assert least is not None
            (_, x, y, va), size, leftward = least
            label.set_fontsize(size)
            label.set_horizontalalignment("right" if leftward else "left")
            label.set_position((x, y))
            label.set_verticalalignment(va)
        box = label.get_window_extent(self.renderer).padded(GAP)
        self.labels = np.vstack([self.labels, box.extents])


def place_labels(ax: Axes, layout: Layout) -> None:
    """Draw every lane's name in the column, and place its renames and edge marks."""
    for lane in layout.lanes:
        _name(ax, lane)
    placer = _Placer(ax)
    for w in _wanted(layout):
        placer.place(_text(ax, w), w, layout.x_max)
