"""A computed :class:`~lineage.views.layout.Layout` and its evidence, as one JSON-able dict.

The page's script draws from this payload alone: the lanes and connectors of
the layout (in data coordinates, as the static diagram draws them), the
colours of the one palette (:mod:`lineage.views.palette`), each lane's
lineage (the groups :func:`~lineage.views.layout.select_groups` would show
around it, among those shown) for refocusing, and the evidence
(:mod:`.evidence`) the tooltips show, by index.

>>> from lineage import load
>>> from lineage.views.layout import compute_layout
>>> G = load().graph
>>> data = build_payload(G, compute_layout(G, "mojwa"), title="MOJWA")
>>> sorted(lane["group"] for lane in data["lanes"])[:3]
['al-murabitoun', 'aqim', 'isgs']
>>> [c] = [c for c in data["connectors"] if data["events"][c["event"]]["id"] == "mojwa-split"]
>>> c["kind"], data["lanes"][c["source"]]["group"], data["lanes"][c["target"]]["group"]
('split', 'aqim', 'mojwa')
>>> data["events"][c["event"]]["citations"][0]["quote"][:40]
'This malaise led to a split and the birt'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import networkx as nx

from ...graph.index import index_of
from ...model import Pledge, Rename
from ..layout import Lane, Layout, select_groups, to_year
from ..layout.model import end_year
from ..palette import (
    CONNECTOR_KINDS,
    EDGE_STYLES,
    GRID_COLOUR,
    INDEPENDENT_COLOUR,
    NOTE_COLOUR,
    TEXT_COLOUR,
    camp_colour_map,
)
from .evidence import Evidence

if TYPE_CHECKING:
    from ...combine import Conflict

__all__ = ["build_payload"]


def _palette(layout: Layout) -> dict[str, Any]:
    """Camps (in the palette's order), the independent grey, connector kinds, text colours."""
    colours = camp_colour_map(layout.camps)
    return {
        "camps": [
            {"id": camp, "name": name, "colour": colours[camp]}
            for camp, name in layout.camps.items()
        ],
        "kinds": {
            kind: {
                "colour": EDGE_STYLES[kind].colour,
                "line": EDGE_STYLES[kind].line,
                "label": EDGE_STYLES[kind].label,
                "directed": EDGE_STYLES[kind].directed,
            }
            for kind in CONNECTOR_KINDS
        },
        "theme": {
            "independent": INDEPENDENT_COLOUR,
            "text": TEXT_COLOUR,
            "grid": GRID_COLOUR,
            "note": NOTE_COLOUR,
        },
    }


def _pledges(G: nx.MultiDiGraph, gid: str) -> list[tuple[float, float, str]]:
    """``(from, until, event id)`` of each pledge ``gid`` made, in decimal years."""
    out = []
    for p in index_of(G).pledges_out.get(gid, ()):
        if not isinstance(p, Pledge):
            continue
        until = end_year(p.end.latest) if p.end is not None else float("inf")
        out.append((to_year(p.date.earliest), until, p.id))
    return out


def _segments(G: nx.MultiDiGraph, lane: Lane, camps: Mapping[str, int], ev: Evidence) -> list[Any]:
    """Each camp stretch of a lane, with the pledges that may hold over it."""
    pledges = _pledges(G, lane.group)
    return [
        {
            "x0": a,
            "x1": b,
            "camp": camps.get(camp, -1),
            "certain": sure,
            "pledges": [ev.event(e) for lo, hi, e in pledges if lo <= b and hi >= a],
        }
        for a, b, camp, sure in lane.segments
    ]


def _renames(G: nx.MultiDiGraph, lane: Lane, ev: Evidence) -> list[dict[str, Any]]:
    """The lane's rename labels, each with the rename event nearest its date."""
    events = index_of(G).events
    renames = [
        e
        for eid in G.nodes[lane.group]["events"]
        if isinstance(e := events[eid], Rename) and e.group == lane.group
    ]
    out = []
    for x, text in lane.labels:
        near = min(renames, key=lambda e: abs(to_year(e.date.earliest) - x), default=None)
        out.append(
            {
                "x": x,
                "label": " ".join(text.split()),
                "event": ev.event(near.id) if near is not None else None,
            }
        )
    return out


def _lanes(G: nx.MultiDiGraph, layout: Layout, ev: Evidence) -> list[dict[str, Any]]:
    lanes = sorted(layout.lanes, key=lambda lane: lane.row)
    position = {lane.group: i for i, lane in enumerate(lanes)}
    camps = {camp: i for i, camp in enumerate(layout.camps)}
    out = []
    for lane in lanes:
        around = select_groups(G, lane.group, "both")
        out.append(
            {
                "group": lane.group,
                "label": " ".join(lane.label.split()),  # the page wraps it to its column
                "row": lane.row,
                "start": lane.start,
                "end": lane.end,
                "startFuzz": lane.start_fuzz,
                "endFuzz": lane.end_fuzz,
                "segments": _segments(G, lane, camps, ev),
                "renames": _renames(G, lane, ev),
                "lineage": sorted(position[g] for g in around if g in position),
                **ev.group(lane.group),
            }
        )
    return out


def _connectors(layout: Layout, lanes: list[dict[str, Any]], ev: Evidence) -> list[Any]:
    position = {lane["group"]: i for i, lane in enumerate(lanes)}
    return [
        {
            "kind": c.kind,
            "event": ev.event(c.event),
            "source": position[c.source],
            "target": position[c.target],
            "x": c.x,
            "lo": c.x_lo,
            "hi": c.x_hi,
            "lineage": c.lineage,
        }
        for c in layout.connectors
        if c.source in position and c.target in position
    ]


def _marks(layout: Layout, lanes: list[dict[str, Any]], ev: Evidence) -> list[Any]:
    """The layout's marks of events beyond the window's edges ("◂ earlier: split 2011")."""
    position = {lane["group"]: i for i, lane in enumerate(lanes)}
    return [
        {
            "lane": position[m.group],
            "side": m.side,
            "text": m.text,
            "events": [ev.event(e) for e in m.events],
        }
        for m in getattr(layout, "marks", ())
        if m.group in position
    ]


def build_payload(
    G: nx.MultiDiGraph,
    layout: Layout,
    *,
    title: str,
    focus: str | None = None,
    conflicts: Iterable[Conflict] = (),
    corroborated: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Everything the page draws and shows, JSON-able (see the module docstring)."""
    ev = Evidence(G, conflicts, corroborated)
    lanes = _lanes(G, layout, ev)
    connectors = _connectors(layout, lanes, ev)
    groups = [lane["group"] for lane in lanes]
    return {
        "title": title,
        "window": [layout.x_min, layout.x_max],
        "focus": groups.index(focus) if focus in groups else None,
        **_palette(layout),
        "lanes": lanes,
        "connectors": connectors,
        "marks": _marks(layout, lanes, ev),
        **ev.finish(),
    }
