"""Positions for a time-fixed family-tree diagram, computed without matplotlib.

Time runs along x in decimal years; each group is a *lane* (a row) from its
founding, or first mention, to its dissolution or, with none, to the horizon
of the sources that describe it (their ``covers_until``; see :mod:`.horizon`),
else the window's edge. Nothing is drawn later than its sources see, and the
window, unless given, ends just after the last thing drawn.
Lineage events become vertical connectors between lanes at the event's date;
pledges become lighter connectors. Every date that is a range keeps its range
(``*_fuzz``) so the drawing can fade it. An event wholly outside the window
is marked at its edge (``marks``), never drawn there.

Camps colour lanes from pledges of medium or high confidence; a pledge of
low confidence (such as an MMP affiliation whose direction its row does not
state) is drawn as a connector but colours no camp.

Lane order minimises crossings, a connector passing over a lane that is alive
at that date: lanes start in founding order (the *naive* order), then a
barycenter heuristic (each lane moves to the mean row of the lanes it is
connected to, repeated) and sifting (each lane tried at every row) improve
on it, keeping the best order seen. :func:`count_crossings` is the measure.

The steps live in submodules: :mod:`.window` (groups and years shown),
:mod:`.lanes` (lane extents and labels, with :mod:`.names`),
:mod:`.horizon`, :mod:`.connectors`, :mod:`.edges` (the fitted end, marks
beyond the edges), :mod:`.camps` and :mod:`.order`; :mod:`.model` holds
the dataclasses.

>>> from lineage import load
>>> lay = compute_layout(load().graph, focus="jnim", direction="origins")
>>> [lane.label for lane in sorted(lay.lanes, key=lambda l: l.row)][:3]
['MOJWA', 'Al Murabitoun', 'Those Who Sign with Blood']
>>> lay.naive_crossings, lay.crossings
(14, 2)
"""

from __future__ import annotations

import networkx as nx

from ...model import PartialDate
from .camps import camp_segments
from .connectors import find_connectors
from .edges import edge_marks, fitted_end
from .lanes import build_lanes, extents
from .model import INDEPENDENT, Connector, EdgeMark, Lane, Layout, to_year
from .order import count_crossings, order_lanes
from .window import select_groups, window

__all__ = [
    "INDEPENDENT",
    "Connector",
    "EdgeMark",
    "Lane",
    "Layout",
    "compute_layout",
    "count_crossings",
    "select_groups",
    "to_year",
]


def compute_layout(
    G: nx.MultiDiGraph,
    focus: str | None = None,
    *,
    direction: str = "both",
    start: PartialDate | None = None,
    end: PartialDate | None = None,
) -> Layout:
    """Lanes, connectors, camp colours and a crossing-minimising row order.

    ``focus`` and ``direction`` choose the groups (see :func:`select_groups`);
    ``start`` and ``end`` fix the window, which otherwise fits the data.
    """
    groups = select_groups(G, focus, direction)
    lo, hi = window(G, groups, start, end)
    if end is None:
        hi = fitted_end(G, groups, lo, hi)
    shown = extents(G, groups, lo, hi)
    spans = {g: extent.span for g, extent in shown.items()}
    connectors = find_connectors(G, spans, lo, hi)
    segments, camps = camp_segments(G, spans)
    naive = sorted(spans, key=lambda g: (spans[g][0], G.nodes[g]["name"], g))
    links = [(c.source, c.target, c.x) for c in connectors]
    order, crossings, naive_crossings = order_lanes(list(spans), spans, links, naive)
    return Layout(
        lanes=build_lanes(G, order, shown, segments, lo, hi),
        connectors=tuple(connectors),
        x_min=lo,
        x_max=hi,
        camps=camps,
        crossings=crossings,
        naive_crossings=naive_crossings,
        marks=edge_marks(G, groups, spans, lo, hi),
    )
