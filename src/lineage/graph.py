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


def build_graph(dataset: Dataset) -> nx.MultiDiGraph:
    """Build the lineage graph of a dataset (which should already be validated)."""
    G = nx.MultiDiGraph()
    spans = effective_spans(dataset)
    for g in dataset.groups:
        founded, dissolved = spans[g.id]
        G.add_node(
            g.id,
            record=g,
            name=g.name,
            founded=founded,
            dissolved=dissolved,
            region=g.region,
            events=[],
        )
    events = sorted(dataset.events, key=lambda e: (e.date.sort_key(), _RANK.get(e.kind, 9), e.id))
    for event in events:
        for gid in event.groups:
            if gid in G:
                G.nodes[gid]["events"].append(event.id)
        if event.kind in LINEAGE_KINDS:
            for older, newer in event.lineage_edges():
                if older != newer:
                    G.add_edge(
                        older, newer, key=event.id, **_edge(event, lineage=True, symmetric=False)
                    )
        elif isinstance(event, Pledge):
            G.add_edge(
                event.group,
                event.patron,
                key=event.id,
                **_edge(event, event.end, lineage=False, symmetric=False),
            )
        elif isinstance(event, Alliance | Rivalry):
            members = list(dict.fromkeys(event.members))
            for a in members:
                for b in members:
                    if a != b:
                        G.add_edge(
                            a,
                            b,
                            key=event.id,
                            **_edge(event, event.end, lineage=False, symmetric=True),
                        )
    G.graph.update(
        dataset=dataset,
        people={p.id: p for p in dataset.people},
        roles={r.id: r for r in dataset.roles},
        events={e.id: e for e in events},
        sources={s.id: s for s in dataset.sources},
    )
    return G
