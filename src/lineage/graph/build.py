"""The lineage graph: a :class:`networkx.MultiDiGraph` built from a dataset.

Nodes are group ids. Node attributes (five; everything else, such as the
region, is on the record):

=============  ================================================================
``record``     the :class:`~lineage.models.Group`
``name``       its canonical name
``founded``    effective founding date (:class:`~lineage.dates.PartialDate`) or
               ``None``: the group's own ``founded``, else the earliest founding
               event or event that created it (a split or merger)
``dissolved``  effective end, or ``None``: the group's ``dissolved``, else the
               earliest dissolution, absorption, or merger it entered whole
``events``     ids of every event naming the group, chronological (a tuple)
=============  ================================================================

Edges are keyed by event id; one event may give several edges (a merger gives
one per party, an alliance or rivalry one each way between its members). Edge
attributes (five, the most a Python dict holds in its smallest table, as for
nodes: each attribute dict then takes 184 bytes, not 272; the rest is on the
record):

=============  ================================================================
``kind``       the event's kind: ``merger``, ``split``, ``absorption`` (lineage),
               ``pledge``, ``alliance``, ``rivalry`` (symmetric: see
               :data:`~lineage.models.SYMMETRIC_KINDS`)
``record``     the event itself (its id is the edge's key)
``lineage``    True for merger, split and absorption edges
``start``      the event's date; ``end`` its end (pledges, alliances,
``end``        rivalries) or ``None``
=============  ================================================================

``G.graph["index"]`` holds a :class:`~lineage.graph.index.GraphIndex`: the
records by id (events chronological), roles by group and by person, the
lineage edges by node for the time-respecting searches, and each group's
alphabetical rank. It describes the graph as built (rebuild the graph after
changing it); :func:`~lineage.graph.index.index_of` returns it.

Lineage edges point from the older group to the newer one (party → merger
result, parent → splinter, absorbed → absorbing); pledge edges point from the
pledging group to its patron.

>>> from lineage import load
>>> G = load().graph
>>> sorted(k for _, _, k in G.out_edges("mojwa", keys=True))
['al-murabitoun-formed']
>>> G.edges["mojwa", "al-murabitoun", "al-murabitoun-formed"]["kind"]
'merger'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, TypeVar

import networkx as nx

from ..model import (
    LINEAGE_KINDS,
    SHAPING_KINDS,
    SYMMETRIC_KINDS,
    Alliance,
    BaseEvent,
    Dataset,
    PartialDate,
    Pledge,
    Rivalry,
    Role,
)
from .index import GraphIndex, Link, role_order

__all__ = ["Spans", "build_graph", "effective_spans"]

Spans = dict[str, tuple[PartialDate | None, PartialDate | None]]
"""``{group id: (founded, dissolved)}``, effective (see the module docstring)."""

# Within one date, show what makes groups before what they then do.
_RANK = {"founding": 0, "departure": 1, "split": 1, "merger": 1, "absorption": 1, "rename": 2}


def effective_spans(dataset: Dataset) -> Spans:
    """``{group id: (founded, dissolved)}`` as described in the module docstring."""
    # the earliest date so far of the events creating / ending each group
    starts: dict[str, PartialDate] = {}
    ends: dict[str, PartialDate] = {}
    for event in dataset.events:
        if event.kind not in SHAPING_KINDS:
            continue  # only these kinds create or end groups
        date = event.date
        created = event.creates()
        if created is not None:
            known = starts.get(created)
            if known is None or date.sort_key() < known.sort_key():
                starts[created] = date
        for ended in event.ends():
            known = ends.get(ended)
            if known is None or date.sort_key() < known.sort_key():
                ends[ended] = date
    return {
        g.id: (g.founded or starts.get(g.id), g.dissolved or ends.get(g.id)) for g in dataset.groups
    }


def _edge(event: BaseEvent, end: PartialDate | None, lineage: bool) -> dict[str, Any]:
    return {
        "kind": event.kind,
        "record": event,
        "lineage": lineage,
        "start": event.date,
        "end": end,
    }


T = TypeVar("T")


def _frozen(lists: dict[str, list[T]]) -> dict[str, tuple[T, ...]]:
    """The same index with tuples, each list freed as its tuple is made."""
    out: dict[str, tuple[T, ...]] = {}
    while lists:
        key, links = lists.popitem()
        out[key] = tuple(links)
    return out


def build_graph(dataset: Dataset, *, spans: list[Spans] | Spans | None = None) -> nx.MultiDiGraph:
    """Build the lineage graph of a dataset (which should already be validated).

    ``spans`` may pass in :func:`effective_spans` when already computed; passed
    in a one-item list, they are taken out of it and freed once the nodes hold
    them, before the edges are built (a lower peak at scale).
    """
    if isinstance(spans, list):
        spans = spans.pop()
    G = nx.MultiDiGraph()
    name_rank = _add_groups(G, dataset, spans if spans is not None else effective_spans(dataset))
    del spans
    _add_events(G, dataset, name_rank)
    return G


def _add_groups(G: nx.MultiDiGraph, dataset: Dataset, spans: Spans) -> dict[str, int]:
    G.add_nodes_from(
        (
            g.id,
            {
                "record": g,
                "name": g.name,
                "founded": spans[g.id][0],
                "dissolved": spans[g.id][1],
                "events": (),
            },
        )
        for g in dataset.groups
    )
    # Sorted here, while the graph is small: the sort's keys are a passing cost.
    by_name = sorted(dataset.groups, key=lambda g: (g.name, g.id))
    return {g.id: i for i, g in enumerate(by_name)}


def _chronological(e: BaseEvent) -> tuple[dt.date, dt.date, str, int, str]:
    # PartialDate.sort_key() flattened: a flat tuple compares in half the time
    d = e.date
    return (d.earliest, d.latest, d.text, _RANK.get(e.kind, 9), e.id)


def _add_events(G: nx.MultiDiGraph, dataset: Dataset, name_rank: dict[str, int]) -> None:
    node_events: dict[str, list[str]] = {g.id: [] for g in dataset.groups}
    in_order = sorted(dataset.events, key=_chronological)
    events = {e.id: e for e in in_order}  # chronological, by id
    del in_order
    lineage_out: dict[str, list[Link]] = {}
    lineage_in: dict[str, list[Link]] = {}
    pledges_out: dict[str, list[Pledge]] = {}

    def edges() -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        # A generator, not a list: networkx copies each attribute dict into its
        # own, so ours is freed as soon as it is copied (a list held them all).
        for event in events.values():
            eid = event.id
            for gid in dict.fromkeys(event.group_ids()):
                found = node_events.get(gid)
                if found is not None:
                    found.append(eid)
            kind = event.kind
            if kind in LINEAGE_KINDS:
                first, last = event.date.earliest.toordinal(), event.date.latest.toordinal()
                for older, newer in event.lineage_edges():
                    if older != newer:
                        yield older, newer, eid, _edge(event, None, True)
                        link = (older, newer, eid, first, last)
                        lineage_out.setdefault(older, []).append(link)
                        lineage_in.setdefault(newer, []).append(link)
            elif kind == "pledge":
                pledge: Pledge = event  # type: ignore[assignment]
                pledges_out.setdefault(pledge.group, []).append(pledge)
                data = _edge(event, pledge.end, False)
                yield pledge.group, pledge.patron, eid, data
            elif kind in SYMMETRIC_KINDS:
                tie: Alliance | Rivalry = event  # type: ignore[assignment]
                members = list(dict.fromkeys(tie.members))
                data = _edge(event, tie.end, False)
                for a in members:
                    for b in members:
                        if a != b:
                            yield a, b, eid, data

    G.add_edges_from(edges())
    # Tuples of exact size (a list keeps room to grow), each list freed as it goes.
    nodes = G.nodes
    while node_events:
        gid, ids = node_events.popitem()
        nodes[gid]["events"] = tuple(ids)
    G.graph["index"] = GraphIndex(
        dataset=dataset,
        events=events,
        people={p.id: p for p in dataset.people},
        sources={s.id: s for s in dataset.sources},
        roles_by_group=_roles_by_group(dataset.roles),
        lineage_out=_frozen(lineage_out),
        lineage_in=_frozen(lineage_in),
        pledges_out=_frozen(pledges_out),
        name_rank=name_rank,
    )


def _roles_by_group(roles: tuple[Role, ...]) -> dict[str, tuple[Role, ...]]:
    """Roles by the group they are held in, each group's in :func:`role_order`."""
    out: dict[str, list[Role]] = {}
    for role in sorted(roles, key=role_order):
        out.setdefault(role.group, []).append(role)
    return _frozen(out)
