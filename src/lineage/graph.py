"""The lineage graph: a :class:`networkx.MultiDiGraph` built from a dataset.

Nodes are group ids. Node attributes:

=============  ================================================================
``record``     the :class:`~lineage.models.Group`
``name``       its canonical name
``founded``    effective founding date (:class:`~lineage.dates.PartialDate`) or
               ``None``: the group's own ``founded``, else the earliest founding
               event or event that created it (a split or merger)
``dissolved``  effective end, or ``None``: the group's ``dissolved``, else the
               earliest dissolution, absorption, or merger it entered whole
``region``     its region, or ``None``
``events``     ids of every event naming the group, chronological
=============  ================================================================

Edges are keyed by event id; one event may give several edges (a merger gives
one per party). Edge attributes:

=============  ================================================================
``kind``       the event's kind: ``merger``, ``split``, ``absorption`` (lineage),
               ``pledge``, ``alliance``, ``rivalry``
``event``      the event id; ``record`` the event itself
``lineage``    True for merger, split and absorption edges
``symmetric``  True for alliance and rivalry (one edge each way)
``start``      the event's date; ``end`` its end (pledges, alliances,
               rivalries) or ``None``
``earliest``   ``start.earliest`` and ``start.latest`` as ``datetime.date``:
``latest``     the bounds time-respecting traversals use
=============  ================================================================

``G.graph["lineage_out"]`` and ``G.graph["lineage_in"]`` index the lineage edges
by node as ``(other, event id, earliest, latest, days of uncertainty)`` (dates as
day ordinals), ``G.graph["name_of"]`` maps ids to names and ``name_rank`` to
their alphabetical rank, for the
time-respecting searches; they describe the graph as built (rebuild the graph
after changing it).

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

from typing import Any

import networkx as nx

from .dates import PartialDate
from .models import LINEAGE_KINDS, Alliance, BaseEvent, Dataset, Pledge, Rivalry

__all__ = ["build_graph", "effective_spans"]

# Within one date, show what makes groups before what they then do.
_RANK = {"founding": 0, "departure": 1, "split": 1, "merger": 1, "absorption": 1, "rename": 2}


def _first(dates: list[PartialDate]) -> PartialDate | None:
    return min(dates, key=PartialDate.sort_key) if dates else None


def effective_spans(
    dataset: Dataset,
) -> dict[str, tuple[PartialDate | None, PartialDate | None]]:
    """``{group id: (founded, dissolved)}`` as described in the module docstring."""
    starts: dict[str, list[PartialDate]] = {}
    ends: dict[str, list[PartialDate]] = {}
    for event in dataset.events:
        if event.kind not in _SHAPING:
            continue  # only these kinds create or end groups
        created = event.creates()
        if created is not None:
            starts.setdefault(created, []).append(event.date)
        for ended in event.ends():
            ends.setdefault(ended, []).append(event.date)
    return {
        g.id: (
            g.founded or _first(starts.get(g.id, [])),
            g.dissolved or _first(ends.get(g.id, [])),
        )
        for g in dataset.groups
    }


def _edge(event: BaseEvent, end: PartialDate | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "kind": event.kind,
        "event": event.id,
        "record": event,
        "start": event.date,
        "end": end,
        "earliest": event.date.earliest,
        "latest": event.date.latest,
        **extra,
    }


_SHAPING = frozenset({"founding", "dissolution", "merger", "split", "absorption"})


def build_graph(
    dataset: Dataset,
    *,
    spans: dict[str, tuple[PartialDate | None, PartialDate | None]] | None = None,
) -> nx.MultiDiGraph:
    """Build the lineage graph of a dataset (which should already be validated).

    ``spans`` may pass in :func:`effective_spans` when already computed.
    """
    G = nx.MultiDiGraph()
    if spans is None:
        spans = effective_spans(dataset)
    node_events: dict[str, list[str]] = {g.id: [] for g in dataset.groups}
    G.add_nodes_from(
        (
            g.id,
            {
                "record": g,
                "name": g.name,
                "founded": spans[g.id][0],
                "dissolved": spans[g.id][1],
                "region": g.region,
                "events": node_events[g.id],
            },
        )
        for g in dataset.groups
    )
    events = sorted(dataset.events, key=lambda e: (e.date.sort_key(), _RANK.get(e.kind, 9), e.id))
    edges: list[tuple[str, str, str, dict[str, Any]]] = []
    lineage_out: dict[str, list[tuple[str, str, int, int, int]]] = {}
    lineage_in: dict[str, list[tuple[str, str, int, int, int]]] = {}
    for event in events:
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
                    edges.append((older, newer, eid, _edge(event, lineage=True, symmetric=False)))
                    width = last - first
                    lineage_out.setdefault(older, []).append((newer, eid, first, last, width))
                    lineage_in.setdefault(newer, []).append((older, eid, first, last, width))
        elif kind == "pledge":
            pledge: Pledge = event  # type: ignore[assignment]
            edges.append(
                (
                    pledge.group,
                    pledge.patron,
                    eid,
                    _edge(event, pledge.end, lineage=False, symmetric=False),
                )
            )
        elif kind in ("alliance", "rivalry"):
            tie: Alliance | Rivalry = event  # type: ignore[assignment]
            members = list(dict.fromkeys(tie.members))
            data = _edge(event, tie.end, lineage=False, symmetric=True)
            edges.extend((a, b, eid, data) for a in members for b in members if a != b)
    G.add_edges_from(edges)
    G.graph["lineage_out"] = lineage_out
    G.graph["lineage_in"] = lineage_in
    G.graph["name_of"] = {g.id: g.name for g in dataset.groups}
    by_name = sorted(dataset.groups, key=lambda g: (g.name, g.id))
    G.graph["name_rank"] = {g.id: i for i, g in enumerate(by_name)}
    G.graph.update(
        dataset=dataset,
        people={p.id: p for p in dataset.people},
        roles={r.id: r for r in dataset.roles},
        events={e.id: e for e in events},
        sources={s.id: s for s in dataset.sources},
    )
    return G
