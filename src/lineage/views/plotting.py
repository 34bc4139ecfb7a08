"""Drawing family-tree diagrams with matplotlib (imported inside the functions).

:func:`draw` renders a :class:`~lineage.views.layout.Layout`: lanes coloured
by camp on each date, faded where a date is a range, lineage arrows and
lighter pledge connectors (a lineage event's date range as an error bar
beside the lane it reaches, within that lane's band), chevrons at the
window's edges where a lane has events beyond them, a dated axis, a legend,
a title and a footnote naming the sources. Each lane's name is drawn level
with it, left of the axis; renames and edge marks are placed on their own
lane, crossed by no line and overlapping no other label (see
:mod:`lineage.views.placement`). Colours and line styles come from
:mod:`lineage.views.palette`: a camp has the same colour in every figure.

A static drawing of more than :data:`POSTER_LANES` lanes is refused unless
``poster=True`` asks for one (it is too tall to read: draw a group's
lineage, or write the interactive view); :data:`MAX_LANES` is refused even
as a poster.

:class:`Diagram` (from :mod:`lineage.views.diagram`) wraps a figure for notebooks
(``_repr_png_``, ``_repr_svg_``).

Importing this module does not import matplotlib, so the command line starts
quickly; matplotlib is imported by the functions that draw.

>>> camp_colours(Layout((), (), 2000.0, 2020.0, camps={"al-qaeda": "Al Qaeda"}))
{'al-qaeda': '#2b6cb0', 'independent': '#9aa0a6'}
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..exceptions import ArgumentError
from ..graph.index import index_of
from .diagram import IMAGE_TYPES, Diagram, image_type
from .layout import INDEPENDENT, Connector, Lane, Layout, compute_layout, select_groups
from .layout.lanes import extents
from .layout.window import window
from .palette import (
    CAMP_COLOURS,
    CONNECTOR_STYLES,
    GRID_COLOUR,
    INDEPENDENT_COLOUR,
    NOTE_COLOUR,
    camp_colour_map,
)
from .placement import place_labels

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = [
    "CAMP_COLOURS",
    "CONNECTOR_STYLES",
    "IMAGE_TYPES",
    "INDEPENDENT_COLOUR",
    "MAX_LANES",
    "POSTER_LANES",
    "Diagram",
    "draw",
    "draw_layout",
    "image_type",
]

FADED = 0.28
"""The opacity of a lane's uncertain stretches."""
LANE_HEIGHT = 0.22
"""A lane's thickness, in rows."""
ROW_INCHES = 0.5
"""The height of a row (a lane and its labels) in a new figure."""
RANGE_OFFSET = 0.145
"""How far from its lane's centre (in rows) an event's date range runs: past the
lane's edge, short of its labels (:data:`~lineage.views.placement.OFFSET`)."""
POSTER_LANES = 60
"""The most lanes a static diagram draws unless asked for a poster (``poster=True``)."""
MAX_LANES = 500
"""The most lanes one diagram draws (``max_lanes=`` raises it): past a few hundred a
figure is metres tall and its layout takes minutes; a larger drawing is refused
at once, saying what to draw instead."""
AS_WRITTEN: dict[str, Any] = {"parse_math": False, "usetex": False}
"""Text properties for every text from the data (names, titles, sources): drawn as
written, never read as mathtext (``$x$``) nor handed to LaTeX (``text.usetex``)."""


def camp_colours(layout: Layout) -> dict[str, str]:
    """``{camp id: colour}`` with ``independent`` grey."""
    colours = camp_colour_map(layout.camps)
    colours[INDEPENDENT] = INDEPENDENT_COLOUR
    return colours


def _sources_line(G: nx.MultiDiGraph, layout: Layout | None = None) -> str:
    """The sources of what is drawn: the events of its connectors and renames, and
    the groups' own citations (not every source a dataset holds: names' attestations
    are not drawn)."""
    index = index_of(G)
    cited: dict[str, None] = {}
    if layout is not None:
        for c in layout.connectors:
            cited.update(dict.fromkeys(x.source for x in index.events[c.event].citations))
        for lane in layout.lanes:
            for e in G.nodes[lane.group]["events"]:
                cited.update(dict.fromkeys(x.source for x in index.events[e].citations))
    parts = []
    for src in index.sources.values():
        if layout is not None and src.id not in cited:
            continue
        who = f"{src.author}, " if src.author else ""
        parts.append(f"{who}“{src.title.rstrip('.')}”")
    return "Sources: " + "; ".join(parts) if parts else ""


def _new_axes(rows: int) -> Axes:
    """Axes on a new Agg figure, tall enough for ``rows`` lanes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(12, 1.6 + ROW_INCHES * rows), layout="constrained")
    FigureCanvasAgg(fig)
    return fig.add_subplot()


def _bar(ax: Axes, x0: float, x1: float, row: int, colour: str, gid: str, **kw: Any) -> None:
    ax.broken_barh(
        [(x0, x1 - x0)],
        (row - LANE_HEIGHT / 2, LANE_HEIGHT),
        facecolors=colour,
        edgecolor="none",
        gid=gid,
        **kw,
    )


def _draw_lane(ax: Axes, lane: Lane, colours: dict[str, str]) -> None:
    """One lane: each camp segment solid where certain, faded where a date or camp is not."""
    for a, b, camp, sure in lane.segments:
        colour = colours[camp]
        solid_a, solid_b = max(a, lane.start), min(b, lane.end)
        if not sure:  # the camp is only possible here: fade it all
            solid_a, solid_b = a, a
        if solid_b > solid_a:
            _bar(ax, solid_a, solid_b, lane.row, colour, f"lane:{lane.group}")
        fuzz = [(a, b)] if not sure else [(a, min(b, lane.start)), (max(a, lane.end), b)]
        for fa, fb in fuzz:
            if fb > fa:
                _bar(ax, fa, fb, lane.row, colour, f"fuzz:{lane.group}", alpha=FADED)


def _draw_connector(ax: Axes, c: Connector, rows: dict[str, int], layout: Layout) -> None:
    """An arrow from source to target lane, with the event's date range as an error bar."""
    style = CONNECTOR_STYLES.get(c.kind, CONNECTOR_STYLES["merger"])
    y0, y1 = rows[c.source], rows[c.target]
    pledge = not c.lineage
    ax.annotate(
        "",
        xy=(c.x, y1),
        xytext=(c.x, y0),
        arrowprops={
            # no arrowhead where the source gives no direction
            "arrowstyle": "-" if c.kind == "undirected" else "->" if pledge else "-|>",
            "color": style["color"],
            "linestyle": style["linestyle"],
            "lw": 0.9 if pledge else 1.4,
            "alpha": 0.7 if pledge else 1.0,
            "shrinkA": 4,
            "shrinkB": 4,
            "mutation_scale": 9,
        },
        gid=f"connector:{c.kind}:{c.event}",
        **AS_WRITTEN,
    )
    if c.lineage and c.x_hi - c.x_lo > 0.02:
        # the event's date range, as an error bar beside the lane it reaches, on the
        # side it comes from: within that lane's band, over no other lane
        y = y1 + (RANGE_OFFSET if y0 > y1 else -RANGE_OFFSET)
        # a cap at each end the range has inside the window (none where it runs off it)
        caps = [i for i, x in enumerate((c.x_lo, c.x_hi)) if layout.x_min < x < layout.x_max]
        ax.plot(
            [c.x_lo, c.x_hi],
            [y, y],
            color=style["color"],
            alpha=0.55,
            lw=0.8,
            marker="|" if caps else "None",
            markevery=caps or None,
            markersize=3.5,
            gid=f"range:{c.event}",
        )


def _draw_marks(ax: Axes, layout: Layout) -> None:
    """A chevron on each lane at the edge beyond which it has events (their label is
    placed with the others)."""
    rows = {lane.group: lane.row for lane in layout.lanes}
    for mark in layout.marks:
        ax.plot(
            [mark.x],
            [rows[mark.group]],
            marker="<" if mark.side == "earlier" else ">",
            markersize=5,
            color=NOTE_COLOUR,
            clip_on=False,
            zorder=4,
            gid=f"edge:{mark.side}:{mark.group}",
        )


def _style_axes(ax: Axes, layout: Layout, rows: int, title: str | None) -> None:
    """Limits, a year axis with its grid, no frame but the bottom, and the title."""
    from matplotlib.ticker import MaxNLocator

    ax.set_xlim(layout.x_min, layout.x_max)
    ax.set_ylim(rows - 0.4, -1.0)
    ax.set_yticks([])
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="x", color=GRID_COLOUR, lw=0.6)
    ax.set_axisbelow(True)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.set_xlabel("year")
    ax.set_title(title or "Lineage", loc="left", fontsize=12, fontweight="bold", **AS_WRITTEN)


def _legend_handles(layout: Layout, colours: dict[str, str]) -> list[Any]:
    """Camps, independent, faded, then each connector kind drawn."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

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
    return handles


def _draw_legend(ax: Axes, layout: Layout, colours: dict[str, str]) -> None:
    legend = ax.legend(
        handles=_legend_handles(layout, colours),
        loc="upper left",
        bbox_to_anchor=(1.005, 1.0),
        fontsize=8,
        frameon=False,
        title="key",
        title_fontsize=8,
        alignment="left",
    )
    for text in legend.get_texts():  # camp names come from the data
        text.update(AS_WRITTEN)


def _draw_footnote(ax: Axes, G: nx.MultiDiGraph, layout: Layout) -> None:
    """The sources, wrapped, along the bottom of the figure."""
    footnote = _sources_line(G, layout)
    if footnote:
        fig: Any = ax.figure
        fig.supxlabel(
            "\n".join(textwrap.wrap(footnote, 150)),
            fontsize=7,
            x=0.01,
            ha="left",
            color=NOTE_COLOUR,
            **AS_WRITTEN,
        )


def draw_layout(
    layout: Layout,
    G: nx.MultiDiGraph,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    poster: bool = False,
    max_lanes: int = MAX_LANES,
) -> Axes:
    """Draw a computed layout; create a figure when ``ax`` is None.

    More than :data:`POSTER_LANES` lanes is an :class:`~lineage.ArgumentError`
    unless ``poster`` is true; more than ``max_lanes``, even then.
    """
    _refuse(len(layout.lanes), poster, max_lanes)
    rows = max(len(layout.lanes), 1)
    if ax is None:
        ax = _new_axes(rows)
    colours = camp_colours(layout)
    for lane in layout.lanes:
        _draw_lane(ax, lane, colours)
    lane_rows = {lane.group: lane.row for lane in layout.lanes}
    for c in layout.connectors:
        _draw_connector(ax, c, lane_rows, layout)
    _draw_marks(ax, layout)
    _style_axes(ax, layout, rows, title)
    _draw_legend(ax, layout, colours)
    _draw_footnote(ax, G, layout)
    place_labels(ax, layout)
    return ax


def draw(
    G: nx.MultiDiGraph,
    focus: str | None = None,
    *,
    direction: str = "both",
    start: Any = None,
    end: Any = None,
    ax: Axes | None = None,
    title: str | None = None,
    poster: bool = False,
    max_lanes: int = MAX_LANES,
) -> Axes:
    """Compute the layout and draw it; returns the Axes.

    More than :data:`POSTER_LANES` lanes is an :class:`~lineage.ArgumentError`
    saying what to draw instead, unless ``poster`` is true; more than
    ``max_lanes``, even then. Either is raised before any layout is computed.
    """
    _check_size(G, focus, direction, start, end, poster, max_lanes)
    layout = compute_layout(G, focus, direction=direction, start=start, end=end)
    if title is None:
        title = (
            f"Lineage of {G.nodes[focus]['name']}"
            if focus is not None
            else "Lineage of every group"
        )
    return draw_layout(layout, G, ax=ax, title=title, poster=poster, max_lanes=max_lanes)


def _check_size(
    G: nx.MultiDiGraph,
    focus: str | None,
    direction: str,
    start: Any,
    end: Any,
    poster: bool,
    most: int,
) -> None:
    """Refuse a diagram of too many lanes (counted as the layout will), before its layout."""
    groups = select_groups(G, focus, direction)
    if len(groups) <= min(most, POSTER_LANES):
        return
    lo, hi = window(G, groups, start, end)
    _refuse(len(extents(G, groups, lo, hi)), poster, most)


def _refuse(lanes: int, poster: bool, most: int) -> None:
    """An :class:`~lineage.ArgumentError` if ``lanes`` are too many to draw."""
    if lanes > most:
        raise ArgumentError(
            f"{lanes:,} groups are too many to draw in one diagram (at most {most:,})",
            "draw one group's lineage (give a NAME, and --direction), narrow the years "
            "(--start, --end), or export the graph for Gephi (lineage export --format gexf)",
        )
    if lanes > POSTER_LANES and not poster:
        raise ArgumentError(
            f"{lanes:,} lanes are too many to read in a static diagram "
            f"(more than {POSTER_LANES}); it would be a sheet of tiny rows",
            "draw one group's lineage (give a NAME, and --direction), narrow the years "
            "(--start, --end), or write the interactive view (lineage draw NAME -o page.html); "
            "to draw it anyway as a poster, ask for one (--poster; poster=True)",
        )
