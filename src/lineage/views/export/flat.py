"""What every export shares: a string-only copy of the graph, ISO dates, edge ids.

>>> edge_id("ansar-dine", "jnim", "jnim-formed")
'jnim-formed:ansar-dine:jnim'
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import networkx as nx

from ...model import MAX, MIN, SYMMETRIC_KINDS, BaseEvent, PartialDate

__all__ = ["each_relation", "edge_id", "flat_graph", "iso", "relation_label"]


def iso(date: PartialDate | None, end: bool) -> str | None:
    """A partial date's first (or, with ``end``, last) day as ISO text; None if unbounded."""
    if date is None:
        return None
    day = date.latest if end else date.earliest
    return None if day in (MIN, MAX) else day.isoformat()


def edge_id(source: str, target: str, event: str) -> str:
    """The id of the edge ``source -> target`` drawn for ``event``, unique in an export.

    One event can draw several edges (a merger one per party, an alliance one per
    ordered pair of members), so the event id alone repeats; the graph holds at
    most one edge per ``(source, target, event)``. Ids are slugs (no ``:``), so
    this joined form is unique and never equals an event id; it is also an XML
    ``NMTOKEN``, as GraphML requires.
    """
    return f"{event}:{source}:{target}"


def relation_label(data: dict[str, Any]) -> str:
    """An edge's label in the drawn exports: its kind and date (``split 2011``); for
    an undirected event, its relation marked ``(direction unknown)``."""
    kind = data["kind"]
    relation = getattr(data["record"], "relation", None)
    what = f"{relation} (direction unknown)" if kind == "undirected" and relation else kind
    return f"{what} {data['start']}"


def _node_attrs(data: dict[str, Any], dynamic: bool) -> dict[str, str]:
    record = data["record"]
    attrs = {
        "label": data["name"],
        "names": "; ".join(dict.fromkeys(n.name for n in record.all_names())),
        "founded": str(data["founded"] or ""),
        "dissolved": str(data["dissolved"] or ""),
        "region": record.region or "",
    }
    if dynamic:
        start, stop = iso(data["founded"], False), iso(data["dissolved"], True)
        if start:
            attrs["start"] = start
        if stop:
            attrs["end"] = stop
    return attrs


def _edge_attrs(key: str, data: dict[str, Any], dynamic: bool) -> dict[str, str]:
    event: BaseEvent = data["record"]
    attrs = {
        "kind": data["kind"],
        "event": key,
        "date": str(data["start"]),
        "until": str(data["end"] or ""),
        "relation": getattr(event, "relation", None) or "",
        "description": event.description,
        "quote": event.citations[0].quote,
        "source": event.citations[0].source,
    }
    if dynamic:
        start = iso(data["start"], False) or iso(data["start"], True)
        if start:
            attrs["start"] = start
        stop = iso(data["end"], True)
        if stop:
            attrs["end"] = stop
    return attrs


def flat_graph(G: nx.MultiDiGraph, *, dynamic: bool = False) -> nx.MultiDiGraph:
    """A copy of the lineage graph with only string attributes (and, with ``dynamic``,
    ISO ``start``/``end`` days: a group's founding and dissolution, an event's date
    and the end of a pledge, alliance or rivalry)."""
    F = nx.MultiDiGraph(name="lineage")
    for g, data in G.nodes(data=True):
        F.add_node(g, **_node_attrs(data, dynamic))
    for u, v, key, data in G.edges(keys=True, data=True):
        F.add_edge(u, v, key=key, **_edge_attrs(key, data, dynamic))
    return F


def each_relation(G: nx.MultiDiGraph) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """Every edge, with each pair of an alliance or rivalry once (not once per direction).

    An alliance of three draws its three pairs, each once.
    """
    seen: set[tuple[str, str, str]] = set()
    for u, v, key, data in G.edges(keys=True, data=True):
        if data["kind"] in SYMMETRIC_KINDS:
            pair = (key, u, v) if u < v else (key, v, u)
            if pair in seen:
                continue
            seen.add(pair)
        yield u, v, key, data
