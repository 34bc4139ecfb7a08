"""Typed indexes built beside the graph, once, for the queries.

:func:`~lineage.graph.build.build_graph` stores one :class:`GraphIndex` in
``G.graph["index"]``; :func:`index_of` returns it, and refuses a graph that
lineage did not build (there is no slower fallback to drift out of step).

>>> from lineage import load
>>> ix = index_of(load().graph)
>>> [r.person for r in ix.roles_by_group["jnim"]]
['iyad-ag-ghali']
>>> ix.lineage_out["mojwa"][0][:3]
('mojwa', 'al-murabitoun', 'al-murabitoun-formed')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..exceptions import LineageError
from ..model import MIN, BaseEvent, Dataset, Person, Pledge, Role, Source

__all__ = ["GraphIndex", "Link", "index_of", "role_order"]

Link = tuple[str, str, str, int, int]
"""A lineage edge as ``(older, newer, event id, earliest, latest)``, dates as day ordinals."""


@dataclass(frozen=True, slots=True)
class GraphIndex:
    """What the queries look up per group or id, computed once at build.

    ``events`` is chronological. ``lineage_out``/``lineage_in`` hold one
    :data:`Link` tuple per lineage edge, shared by both. ``pledges_out`` holds
    each group's pledges (chronological), so that an allegiance does not scan a
    group's other edges. ``name_rank`` is each group's rank in alphabetical
    order of names (then ids). ``roles_by_group`` is by start date, then id
    (a person's roles are found by :func:`~lineage.graph.queries.roles_of_person`,
    a scan: people are asked about rarely, and an index of them would cost
    every load memory).
    """

    dataset: Dataset
    events: Mapping[str, BaseEvent]
    people: Mapping[str, Person]
    sources: Mapping[str, Source]
    roles_by_group: Mapping[str, tuple[Role, ...]]
    lineage_out: Mapping[str, tuple[Link, ...]]
    lineage_in: Mapping[str, tuple[Link, ...]]
    pledges_out: Mapping[str, tuple[Pledge, ...]]
    name_rank: Mapping[str, int]


def role_order(role: Role) -> tuple[Any, ...]:
    """Sort key of roles: by start date (unknown first), then id."""
    start = role.start
    return (start.earliest, start.latest, start.text, role.id) if start else (MIN, MIN, "", role.id)


def index_of(G: Any) -> GraphIndex:
    """The :class:`GraphIndex` of a graph built by :func:`~lineage.build_graph`."""
    found = G.graph.get("index") if hasattr(G, "graph") else None
    if not isinstance(found, GraphIndex):
        raise LineageError(
            "this graph has no lineage index — build it with lineage.build_graph(dataset) "
            "(or use Lineage.graph), and rebuild it after changing it"
        )
    return found
