"""Time-aware queries as plain functions over the lineage graph.

Every function takes the graph from :func:`~lineage.graph.build_graph` and
group ids (use :class:`~lineage.Lineage` to pass names instead), and returns
ids or records.

Time-respecting lineage
-----------------------
:func:`became` follows lineage edges (merger, split, absorption) only in date
order: after arriving at a group on day ``t``, an edge may be taken if its
event may have happened on or after ``t`` (``edge.latest >= t``), and it
arrives at ``max(t, edge.earliest)``. Each group keeps its earliest arrival
(a Dijkstra search on dates), so a group that split away from ``B`` before
``A`` merged into ``B`` is not ``A``'s descendant. :func:`origins` runs the
same rule backwards (latest departure), so ``b in became(a)`` exactly when
``a in origins(b)``. With partial dates the rule is permissive: two events in
the same year may be taken in either order.

>>> from lineage import load, parse_date
>>> G = load().graph
>>> became(G, "mojwa")
['al-murabitoun', 'isgs', 'jnim']
>>> [e.id for e in explain(G, "aqim", "isgs")]
['mojwa-split', 'al-murabitoun-formed', 'isgs-split']
>>> allegiance(G, "boko-haram", parse_date("2015-06"))
['islamic-state']
>>> allegiance(G, "boko-haram", parse_date("2014-06"))
[]
"""

from __future__ import annotations

import heapq
from collections import deque

import networkx as nx

from ..model import (
    CONFIDENCE_RANK,
    MAX,
    MIN,
    BaseEvent,
    Name,
    PartialDate,
    Role,
    holds_at,
    holds_certainly,
)
from .index import index_of, role_order

__all__ = [
    "LEADER_TITLES",
    "State",
    "allegiance",
    "became",
    "camp",
    "exists",
    "explain",
    "leaders",
    "names_at",
    "origins",
    "roles_of",
    "roles_of_person",
    "snapshot",
    "timeline",
]

LEADER_TITLES = frozenset({"leader", "emir"})
"""Role titles that count as leading a group."""


def exists(G: nx.MultiDiGraph, group: str, at: PartialDate, *, certain: bool = False) -> bool:
    """May ``group`` have existed as of the last day of ``at`` (must it, if ``certain``)?"""
    node = G.nodes[group]
    holds = holds_certainly if certain else holds_at
    return holds(node["founded"], node["dissolved"], at)


_FIRST_DAY, _LAST_DAY = MIN.toordinal(), MAX.toordinal()


def _arrivals(G: nx.MultiDiGraph, source: str) -> dict[str, int]:
    """Earliest arrival (a day ordinal) at every group reachable in date order.

    A label-correcting search (FIFO): a group is revisited only when it is
    reached earlier than before, which in time-ordered lineage is rare; it
    beats a heap-based Dijkstra here by skipping the heap.
    """
    out = index_of(G).lineage_out
    best = {source: _FIRST_DAY}
    queue = deque([source])
    pop, push = queue.popleft, queue.append
    while queue:
        u = pop()
        t = best[u]
        for _u, v, _key, earliest, latest in out.get(u, ()):
            if latest < t:
                continue
            arrival = earliest if earliest > t else t
            known = best.get(v)
            if known is None or arrival < known:
                best[v] = arrival
                push(v)
    return best


def _forward(G: nx.MultiDiGraph, source: str) -> tuple[dict[str, int], dict[str, tuple[str, str]]]:
    """Earliest arrivals with the chain that reaches each: among equal arrivals the
    best-dated one (fewest total days of date uncertainty)."""
    best: dict[str, tuple[int, int]] = {source: (_FIRST_DAY, 0)}
    pred: dict[str, tuple[str, str]] = {}
    heap: list[tuple[int, int, str]] = [(_FIRST_DAY, 0, source)]
    out = index_of(G).lineage_out
    while heap:
        t, cost, u = heapq.heappop(heap)
        if (t, cost) > best[u]:
            continue
        for _u, v, key, earliest, latest in out.get(u, ()):
            if latest < t:
                continue
            label = (earliest if earliest > t else t, cost + latest - earliest)
            if v not in best or label < best[v]:
                best[v] = label
                pred[v] = (u, key)
                heapq.heappush(heap, (*label, v))
    return {g: label[0] for g, label in best.items()}, pred


def _backward(G: nx.MultiDiGraph, target: str) -> dict[str, int]:
    """Latest departure (a day ordinal) from every group that can reach ``target``."""
    into = index_of(G).lineage_in
    best = {target: _LAST_DAY}
    queue = deque([target])
    pop, push = queue.popleft, queue.append
    while queue:
        v = pop()
        t = best[v]
        for u, _v, _key, earliest, latest in into.get(v, ()):
            if earliest > t:
                continue
            departure = latest if latest < t else t
            known = best.get(u)
            if known is None or departure > known:
                best[u] = departure
                push(u)
    return best


def became(G: nx.MultiDiGraph, source: str) -> list[str]:
    """Every group ``source`` turned into through lineage events, in date order.

    Sorted by the earliest date each group can be reached, then by name.
    """
    best = _arrivals(G, source)
    del best[source]
    found = sorted(best, key=index_of(G).name_rank.__getitem__)  # ties by name ...
    found.sort(key=best.__getitem__)  # ... within the order first reached (stable)
    return found


def origins(G: nx.MultiDiGraph, target: str) -> list[str]:
    """Every group that turned into ``target``, nearest in time first.

    Sorted by the latest date each ancestor can have passed on its lineage
    (descending), then by name.
    """
    best = _backward(G, target)
    del best[target]
    found = sorted(best, key=index_of(G).name_rank.__getitem__)
    found.sort(key=best.__getitem__, reverse=True)  # stable: names stay in order on ties
    return found


def explain(G: nx.MultiDiGraph, source: str, target: str) -> list[BaseEvent]:
    """The chain of lineage events from ``source`` to ``target``, in date order.

    Empty when ``target`` is not among ``became(G, source)``. Of several
    chains, the one reaching ``target`` earliest is given.
    """
    if source == target:
        return []
    best, pred = _forward(G, source)
    if target not in best:
        return []
    chain: list[BaseEvent] = []
    node = target
    while node != source:
        u, key = pred[node]
        chain.append(G.edges[u, node, key]["record"])
        node = u
    chain.reverse()
    return chain


def allegiance(
    G: nx.MultiDiGraph,
    group: str,
    at: PartialDate,
    *,
    certain: bool = False,
    min_confidence: str = "low",
) -> list[str]:
    """The groups ``group`` was pledged to as of ``at`` (most recent pledge first).

    A pledge counts when it may have held then (its dates are ranges); with
    ``certain``, only when it must have held whatever the exact dates; and only
    pledges of at least ``min_confidence`` (``"low"``, ``"medium"``, ``"high"``).
    """
    floor = CONFIDENCE_RANK[min_confidence]
    if not exists(G, group, at, certain=certain):
        return []
    holds = holds_certainly if certain else holds_at
    found: list[tuple[PartialDate, str]] = []
    for pledge in index_of(G).pledges_out.get(group, ()):
        if (
            CONFIDENCE_RANK[pledge.confidence] >= floor
            and holds(pledge.date, pledge.end, at)
            and exists(G, pledge.patron, at, certain=certain)
        ):
            found.append((pledge.date, pledge.patron))
    if len(found) > 1:
        found.sort(key=lambda item: (_neg(item[0]), G.nodes[item[1]]["name"]))
    return list(dict.fromkeys(p for _, p in found))


def _neg(date: PartialDate) -> tuple[int, int]:
    return (-date.earliest.toordinal(), -date.latest.toordinal())


def camp(
    G: nx.MultiDiGraph,
    group: str,
    at: PartialDate,
    *,
    certain: bool = False,
    min_confidence: str = "low",
) -> str | None:
    """The top of ``group``'s allegiance chain as of ``at``.

    ``group`` itself when it was pledged to no one (independent); ``None`` when
    it did not exist then. When chains end at different tops, the one reached
    through the most recent pledge wins.
    """
    if not exists(G, group, at, certain=certain):
        return None
    seen = {group}
    for patron in allegiance(G, group, at, certain=certain, min_confidence=min_confidence):
        top = _top(G, patron, at, seen, certain, min_confidence)
        if top is not None:
            return top
    return group


def _top(
    G: nx.MultiDiGraph,
    group: str,
    at: PartialDate,
    seen: set[str],
    certain: bool,
    min_confidence: str,
) -> str | None:
    if group in seen:
        return None
    seen.add(group)
    patrons = allegiance(G, group, at, certain=certain, min_confidence=min_confidence)
    if not patrons:
        return group
    for patron in patrons:
        top = _top(G, patron, at, seen, certain, min_confidence)
        if top is not None:
            return top
    return group


def roles_of(G: nx.MultiDiGraph, group: str) -> list[Role]:
    """Every role held in ``group``, by start date."""
    return list(index_of(G).roles_by_group.get(group, ()))


def roles_of_person(G: nx.MultiDiGraph, person: str) -> list[Role]:
    """Every role ``person`` held, by start date.

    >>> from lineage import load
    >>> [r.group for r in roles_of_person(load().graph, "iyad-ag-ghali")]
    ['ansar-dine', 'jnim']
    """
    roles = index_of(G).dataset.roles
    return sorted((r for r in roles if r.person == person), key=role_order)


def leaders(G: nx.MultiDiGraph, group: str, at: PartialDate | None = None) -> list[str]:
    """Person ids of the leaders (titles ``leader`` or ``emir``) of ``group``.

    With ``at``, only those who may have led it then (and only if the group
    existed then); without, everyone who ever led it, by start date.
    """
    if at is not None and not exists(G, group, at):
        return []
    found = [
        r.person
        for r in roles_of(G, group)
        if r.title in LEADER_TITLES and (at is None or holds_at(r.start, r.end, at))
    ]
    return list(dict.fromkeys(found))


def timeline(
    G: nx.MultiDiGraph, *, group: str | None = None, person: str | None = None
) -> list[BaseEvent]:
    """Every event naming a group (or a person), chronological."""
    events = index_of(G).events
    if group is not None:
        return [events[e] for e in G.nodes[group]["events"]]
    return [e for e in events.values() if person in e.people]


def names_at(G: nx.MultiDiGraph, group: str, at: PartialDate) -> list[Name]:
    """The names ``group`` may have borne as of ``at``."""
    return [n for n in G.nodes[group]["record"].all_names() if holds_at(n.start, n.end, at)]


State = tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str]
"""``(group, names then, leader ids, patron ids, camp)`` of one group on a date."""


def snapshot(G: nx.MultiDiGraph, at: PartialDate) -> list[State]:
    """Every group that may have existed as of ``at``, by name, with its state then.

    Linear in the groups: roles and lineage are looked up in the graph's index.

    >>> from lineage import load, parse_date
    >>> [s for s in snapshot(load().graph, parse_date("2016")) if s[0] == "jnim"]
    []
    >>> next(s for s in snapshot(load().graph, parse_date("2016")) if s[0] == "boko-haram")[3:]
    (('islamic-state',), 'islamic-state')
    """
    out: list[State] = []
    groups = sorted(G.nodes(data="name"), key=lambda item: item[1].casefold())
    for gid, _name in groups:
        top = camp(G, gid, at)
        if top is None:
            continue
        names = tuple(dict.fromkeys(n.name for n in names_at(G, gid, at)))
        out.append((gid, names, tuple(leaders(G, gid, at)), tuple(allegiance(G, gid, at)), top))
    return out
