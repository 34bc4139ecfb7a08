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

``G.graph["lineage_out"]`` and ``G.graph["lineage_in"]`` index the lineage edges
by node as tuples of ``(older, newer, event id, earliest, latest)`` (dates as
day ordinals; one tuple per edge, in both indexes), and ``G.graph["name_rank"]``
maps ids to their alphabetical rank, for the time-respecting searches; they
describe the graph as built (rebuild the graph after changing it).

Lineage edges point from the older group to the newer one (party → merger
result, parent → splinter, absorbed → absorbing); pledge edges point from the
pledging group to its patron. ``G.graph`` holds ``people``, ``roles``,
``events`` and ``sources`` as dicts by id, and ``dataset``.

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
from typing import Any

import networkx as nx

from .dates import PartialDate
from .models import LINEAGE_KINDS, SYMMETRIC_KINDS, Alliance, BaseEvent, Dataset, Pledge, Rivalry

__all__ = ["build_graph", "effective_spans"]

# Within one date, show what makes groups before what they then do.
_RANK = {"founding": 0, "departure": 1, "split": 1, "merger": 1, "absorption": 1, "rename": 2}


def effective_spans(
    dataset: Dataset,
) -> dict[str, tuple[PartialDate | None, PartialDate | None]]:
    """``{group id: (founded, dissolved)}`` as described in the module docstring."""
    # the earliest date so far of the events creating / ending each group
    starts: dict[str, PartialDate] = {}
    ends: dict[str, PartialDate] = {}
    for event in dataset.events:
        if event.kind not in _SHAPING:
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


_Link = tuple[str, str, str, int, int]  # (older, newer, event id, earliest, latest)


def _frozen(lists: dict[str, list[_Link]]) -> dict[str, tuple[_Link, ...]]:
    """The same index with tuples, each list freed as its tuple is made."""
    out: dict[str, tuple[_Link, ...]] = {}
    while lists:
        key, links = lists.popitem()
        out[key] = tuple(links)
    return out


_SHAPING = frozenset({"founding", "dissolution", "merger", "split", "absorption"})


def build_graph(
    dataset: Dataset,
    *,
    spans: dict[str, tuple[PartialDate | None, PartialDate | None]] | None = None,
) -> nx.MultiDiGraph:
    """Build the lineage graph of a dataset (which should already be validated).

    ``spans`` may pass in :func:`effective_spans` when already computed.
    """
    return _build_graph_freeing(dataset, [spans if spans is not None else effective_spans(dataset)])


def _build_graph_freeing(
    dataset: Dataset, spans: list[dict[str, tuple[PartialDate | None, PartialDate | None]]]
) -> nx.MultiDiGraph:
    """:func:`build_graph` for the facade, which hands over its spans in a list:
    they are freed once the nodes hold them, before the edges (a lower peak)."""
    G = nx.MultiDiGraph()
    _add_groups(G, dataset, spans.pop())
    _add_events(G, dataset)
    return G


def _add_groups(
    G: nx.MultiDiGraph,
    dataset: Dataset,
    spans: dict[str, tuple[PartialDate | None, PartialDate | None]],
) -> None:
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
    G.graph["name_rank"] = {g.id: i for i, g in enumerate(by_name)}


def _chronological(e: BaseEvent) -> tuple[dt.date, dt.date, str, int, str]:
    # PartialDate.sort_key() flattened: a flat tuple compares in half the time
    d = e.date
    return (d.earliest, d.latest, d.text, _RANK.get(e.kind, 9), e.id)


def _add_events(G: nx.MultiDiGraph, dataset: Dataset) -> None:
    node_events: dict[str, list[str]] = {g.id: [] for g in dataset.groups}
    in_order = sorted(dataset.events, key=_chronological)
    events = {e.id: e for e in in_order}  # chronological, by id
    del in_order
    lineage_out: dict[str, list[_Link]] = {}
    lineage_in: dict[str, list[_Link]] = {}

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
    G.graph["lineage_out"] = _frozen(lineage_out)
    G.graph["lineage_in"] = _frozen(lineage_in)
    G.graph.update(
        dataset=dataset,
        people={p.id: p for p in dataset.people},
        roles={r.id: r for r in dataset.roles},
        events=events,
        sources={s.id: s for s in dataset.sources},
    )
