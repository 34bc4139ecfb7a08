"""Horizons: how far the sources that describe a group can see.

A source may say the last date it describes (``covers_until``). A group it
describes is not known to live past that date unless a later source says
so, so a lane with no known end stops at the *horizon* of the group's
sources: the latest ``covers_until`` among the sources cited by the
group's events, its names and its own citations. A source that gives no
horizon adds none; a group none of whose sources gives one has no horizon
(its lane runs to the window's edge, as before). Likewise an event is drawn
no later than the horizon of the sources that cite it (:func:`event_date`).

>>> from lineage import load
>>> G = load().graph
>>> str(group_horizon(G, "jnim"))
'[2017-01..2017-04]'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import networkx as nx

from ...graph.index import index_of
from ...model import MIN, BaseEvent, Group, PartialDate, parse_date

__all__ = ["cited_sources", "clipped", "event_date", "group_horizon"]


def cited_sources(G: nx.MultiDiGraph, g: str) -> Iterator[str]:
    """The ids of the sources cited by ``g``'s events, roles held there, names and own
    citations."""
    index = index_of(G)
    for e in G.nodes[g]["events"]:
        yield from (c.source for c in index.events[e].citations)
    for role in index.roles_by_group.get(g, ()):
        yield from (c.source for c in role.citations)
    record: Group = G.nodes[g]["record"]
    yield from (c.source for c in record.citations)
    for name in record.names:
        yield from (c.source for c in name.citations)


def _latest(G: nx.MultiDiGraph, source_ids: Iterable[str]) -> PartialDate | None:
    """The latest ``covers_until`` (by its latest day) among ``source_ids``, or None."""
    sources = index_of(G).sources
    found: PartialDate | None = None
    for sid in set(source_ids):
        source = sources.get(sid)
        until = source.covers_until if source is not None else None
        if until is None:
            continue
        if found is None or (until.latest, until.earliest) > (found.latest, found.earliest):
            found = until
    return found


def group_horizon(G: nx.MultiDiGraph, g: str) -> PartialDate | None:
    """The horizon of ``g``'s sources (see :func:`cited_sources`), or None."""
    return _latest(G, cited_sources(G, g))


def clipped(date: PartialDate, until: PartialDate | None) -> PartialDate:
    """``date`` with its latest day cut at ``until``'s (unless it starts later)."""
    if until is None or date.latest <= until.latest or date.earliest > until.latest:
        return date
    start = "" if date.earliest == MIN else date.earliest.isoformat()
    return parse_date(f"[{start}..{until.latest.isoformat()}]")


def event_date(G: nx.MultiDiGraph, event: BaseEvent) -> PartialDate:
    """An event's date, no later than the horizon of the sources citing it.

    >>> from lineage import load
    >>> G = load().graph
    >>> str(event_date(G, index_of(G).events["aqim-is-rivalry"]))
    '[..2017-04-30]'
    """
    return clipped(event.date, _latest(G, (c.source for c in event.citations)))
