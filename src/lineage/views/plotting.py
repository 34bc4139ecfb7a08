"""Drawing family-tree diagrams with matplotlib (imported inside the functions).

:func:`draw` renders a :class:`~lineage.layout.Layout`: lanes coloured by
camp on each date, faded where a date is a range, lineage arrows and lighter
pledge connectors, a dated axis, a legend, a title and a footnote naming the
sources. Labels are placed so that none overlaps another: each tries above
its lane, then further right, then below, checked against every label
already placed using the renderer's real text extents.

:class:`Diagram` wraps a figure for notebooks (``_repr_png_``, ``_repr_svg_``).
"""

from __future__ import annotations

import io
import os
import textwrap
from typing import TYPE_CHECKING, Any, Literal

import networkx as nx

from ..graph.index import index_of
from .layout import INDEPENDENT, Layout, compute_layout

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["CAMP_COLOURS", "CONNECTOR_STYLES", "Diagram", "draw", "draw_layout"]

CAMP_COLOURS = ["#2b6cb0", "#c53030", "#2f855a", "#b7791f", "#6b46c1", "#00838f"]
"""Colours of camps, in the order of the camps' names; independent groups are grey."""
INDEPENDENT_COLOUR = "#9aa0a6"
CONNECTOR_STYLES: dict[str, dict[str, Any]] = {
    "merger": {"color": "#1a202c", "linestyle": "-", "label": "merger"},
    "split": {"color": "#805ad5", "linestyle": "-", "label": "split"},
    "absorption": {"color": "#975a16", "linestyle": "-", "label": "absorption"},
    "pledge": {"color": "#718096", "linestyle": (0, (3, 2)), "label": "pledge of allegiance"},
}
FADED = 0.28
LANE_HEIGHT = 0.22


def camp_colours(layout: Layout) -> dict[str, str]:
    """``{camp id: colour}`` with ``independent`` grey."""
    colours = {camp: CAMP_COLOURS[i % len(CAMP_COLOURS)] for i, camp in enumerate(layout.camps)}
    colours[INDEPENDENT] = INDEPENDENT_COLOUR
    return colours


def _sources_line(G: nx.MultiDiGraph) -> str:
    parts = []
    for src in index_of(G).sources.values():
        who = f"{src.author}, " if src.author else ""
        parts.append(f"{who}“{src.title.rstrip('.')}”")
    return "Sources: " + "; ".join(parts) if parts else ""


def draw_layout(
    layout: Layout,
    G: nx.MultiDiGraph,
    *,
    ax: Axes | None = None,
    title: str | None = None,
) -> Axes:
    """Draw a computed layout; create a figure when ``ax`` is None."""
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    n = max(len(layout.lanes), 1)
    if ax is None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        new = Figure(figsize=(11, 1.6 + 0.46 * n), layout="constrained")
        FigureCanvasAgg(new)
        ax = new.add_subplot()
    fig: Any = ax.figure
    colours = camp_colours(layout)

    for lane in layout.lanes:
        y = lane.row
        for a, b, camp, sure in lane.segments:
            colour = colours[camp]
            solid_a, solid_b = max(a, lane.start), min(b, lane.end)
            if not sure:  # the camp is only possible here: fade it all
                solid_a, solid_b = a, a
            if solid_b > solid_a:
                ax.broken_barh(
                    [(solid_a, solid_b - solid_a)],
                    (y - LANE_HEIGHT / 2, LANE_HEIGHT),
                    facecolors=colour,
                    edgecolor="none",
                    gid=f"lane:{lane.group}",
                )
            fuzz = [(a, b)] if not sure else [(a, min(b, lane.start)), (max(a, lane.end), b)]
            for fa, fb in fuzz:
                if fb > fa:
                    ax.broken_barh(
                        [(fa, fb - fa)],
                        (y - LANE_HEIGHT / 2, LANE_HEIGHT),
                        facecolors=colour,
                        edgecolor="none",
                        alpha=FADED,
                        gid=f"fuzz:{lane.group}",
                    )

    rows = {lane.group: lane.row for lane in layout.lanes}
    for c in layout.connectors:
        style = CONNECTOR_STYLES.get(c.kind, CONNECTOR_STYLES["merger"])
        y0, y1 = rows[c.source], rows[c.target]
        pledge = not c.lineage
        ax.annotate(
            "",
            xy=(c.x, y1),
            xytext=(c.x, y0),
            arrowprops={
                "arrowstyle": "->" if pledge else "-|>",
                "color": style["color"],
                "linestyle": style["linestyle"],
                "lw": 0.9 if pledge else 1.4,
                "alpha": 0.7 if pledge else 1.0,
                "shrinkA": 4,
                "shrinkB": 4,
                "mutation_scale": 9,
            },
            gid=f"connector:{c.kind}:{c.event}",
        )
        if c.lineage and c.x_hi - c.x_lo > 0.02:  # the event's date range, as an error bar
            ax.errorbar(
                c.x,
                (y0 + y1) / 2,
                xerr=[[c.x - c.x_lo], [c.x_hi - c.x]],
                fmt="none",
                ecolor=style["color"],
                alpha=0.55,
                capsize=2.5,
                lw=0.8,
                gid=f"range:{c.event}",
            )

    ax.set_xlim(layout.x_min, layout.x_max)
    ax.set_ylim(n - 0.4, -1.0)
    ax.set_yticks([])
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="x", color="#e2e8f0", lw=0.6)
    ax.set_axisbelow(True)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.set_xlabel("year")
    ax.set_title(title or "Lineage", loc="left", fontsize=12, fontweight="bold")

    handles: list[Any] = [
        Patch(facecolor=colours[camp], label=f"{name} camp") for camp, name in layout.camps.items()
    ]
    handles.append(Patch(facecolor=INDEPENDENT_COLOUR, label="independent"))
    handles.append(
        Patch(facecolor=INDEPENDENT_COLOUR, alpha=FADED, label="faded: date or camp uncertain")
    )
    kinds = sorted({c.kind for c in layout.connectors}, key=list(CONNECTOR_STYLES).index)
    for kind in kinds:
        style = CONNECTOR_STYLES[kind]
        handles.append(
            Line2D(
                [],
                [],
                color=style["color"],
                linestyle=style["linestyle"],
                lw=1.4,
                label=style["label"],
            )
        )
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.005, 1.0),
        fontsize=8,
        frameon=False,
        title="key",
        title_fontsize=8,
        alignment="left",
    )
    footnote = _sources_line(G)
    if footnote:
        fig.supxlabel(
            "\n".join(textwrap.wrap(footnote, 150)), fontsize=7, x=0.01, ha="left", color="#4a5568"
        )
    _place_labels(ax, layout)
    return ax


def _renderer(fig: Any) -> Any:
    get = getattr(fig.canvas, "get_renderer", None)
    if get is not None:
        return get()
    from matplotlib.backends.backend_agg import RendererAgg

    width, height = fig.get_size_inches() * fig.dpi
    return RendererAgg(int(width), int(height), fig.dpi)  # type: ignore[no-untyped-call]


def _place_labels(ax: Axes, layout: Layout) -> None:
    """Put every lane label where it overlaps no other label.

    Each label tries, in turn: above its lane at its date, below it, then
    further right above and below (past whatever it hit), within the axes.
    """
    fig: Any = ax.figure
    fig.draw_without_rendering()
    renderer = _renderer(fig)
    ax_box = ax.get_window_extent(renderer)
    to_data = ax.transData.inverted()
    placed: list[Any] = []

    def clash(label: Any) -> Any:
        box = label.get_window_extent(renderer)
        if box.x1 > ax_box.x1 + 1:
            return box  # past the right edge
        return next((p for p in placed if box.overlaps(p)), None)

    wanted: list[tuple[float, int, str, str, bool]] = []
    for lane in layout.lanes:
        wanted.append((max(lane.x0, layout.x_min), lane.row, lane.label, lane.group, False))
        for x, text in lane.labels:
            wanted.append((x, lane.row, f"→ {text}", lane.group, True))
    wanted.sort(key=lambda w: (w[1], w[0], w[4]))
    for x, row, text, group, rename in wanted:
        label = ax.text(
            x,
            row,
            text,
            fontsize=7.5 if rename else 8.5,
            style="italic" if rename else "normal",
            ha="left",
            color="#1a202c",
            gid=f"label:{group}",
            clip_on=False,
            zorder=5,
            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.75, "pad": 0.6},
        )
        spots: list[tuple[float, Literal["bottom", "top"]]] = [
            (row - 0.16, "bottom"),
            (row + 0.16, "top"),
        ]
        done = False
        for _ in range(8):
            for y, va in spots:
                label.set_position((x, y))
                label.set_verticalalignment(va)
                if clash(label) is None:
                    done = True
                    break
            if done:
                break
            hit = clash(label)
            label.set_verticalalignment(spots[0][1])
            label.set_position((x, spots[0][0]))
            hit = clash(label) or hit
            x = float(to_data.transform((hit.x1 + 3, 0))[0])
            if x >= layout.x_max:
                break
        if not done:  # crowded: end the label at the right edge, below its lane
            label.set_position((layout.x_max, row + 0.16))
            label.set_verticalalignment("top")
            label.set_horizontalalignment("right")
            label.set_fontsize(6.5)
        placed.append(label.get_window_extent(renderer))


def draw(
    G: nx.MultiDiGraph,
    focus: str | None = None,
    *,
    direction: str = "both",
    start: Any = None,
    end: Any = None,
    ax: Axes | None = None,
    title: str | None = None,
) -> Axes:
    """Compute the layout and draw it; returns the Axes."""
    layout = compute_layout(G, focus, direction=direction, start=start, end=end)
    if title is None:
        title = (
            f"Lineage of {G.nodes[focus]['name']}"
            if focus is not None
            else "Lineage of every group"
        )
    return draw_layout(layout, G, ax=ax, title=title)


class Diagram:
    """A drawn figure that displays itself in Jupyter and saves by file extension."""

    def __init__(self, ax: Axes) -> None:
        self.ax = ax
        self.figure: Figure = ax.figure  # type: ignore[assignment]

    def save(self, path: str | os.PathLike[str], *, dpi: int = 150) -> None:
        """Write PNG, SVG or PDF (from the extension)."""
        self.figure.savefig(path, dpi=dpi, bbox_inches="tight")

    def _render(self, fmt: str) -> bytes:
        buf = io.BytesIO()
        self.figure.savefig(buf, format=fmt, dpi=110, bbox_inches="tight")
        return buf.getvalue()

    def _repr_png_(self) -> bytes:
        return self._render("png")

    def _repr_svg_(self) -> str:
        return self._render("svg").decode("utf-8")
