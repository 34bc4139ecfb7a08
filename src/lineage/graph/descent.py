"""Descent over time: what a group became, where it came from, and the chain between.

:func:`became` follows lineage edges (merger, split, absorption) only in date
order: after arriving at a group on day ``t``, an edge may be taken if its
event may have happened on or after ``t`` (``edge.latest >= t``), and it
arrives at ``max(t, edge.earliest)``. Each group keeps its earliest arrival
(a search on dates), so a group that split away from ``B`` before ``A``
merged into ``B`` is not ``A``'s descendant. :func:`origins` runs the same
rule backwards (latest departure), so ``b in became(a)`` exactly when
``a in origins(b)``. With partial dates this reading is permissive: two
events in the same year may be taken in either order.

Certainty
---------
:func:`descent`, :func:`ancestry` and :func:`explain_chain` also say whether
each answer is *certain*: reached by a chain whose events all have at least
medium confidence (and ``min_confidence``) and whose order holds whatever the
exact dates (each event's latest day on or before the next one's earliest).
Otherwise the answer is only *possible*. A chain is as certain as its weakest
link. Events below ``min_confidence`` are not followed at all.

>>> from lineage import load
>>> G = load().graph
>>> became(G, "mojwa")
['al-murabitoun', 'isgs', 'jnim']
>>> [(r.group, r.via, r.certain) for r in descent(G, "mojwa")]  # doctest: +NORMALIZE_WHITESPACE
[('al-murabitoun', 'al-murabitoun-formed', True), ('isgs', 'isgs-split', True),
 ('jnim', 'jnim-formed', True)]
>>> [e.id for e in explain(G, "aqim", "isgs")]
['mojwa-split', 'al-murabitoun-formed', 'isgs-split']
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass

import networkx as nx

from ..model import CONFIDENCE_RANK, MAX, MIN, BaseEvent
from .index import Link, index_of

__all__ = ["Reached", "ancestry", "became", "descent", "explain", "explain_chain", "origins"]

_FIRST_DAY, _LAST_DAY = MIN.toordinal(), MAX.toordinal()
_MEDIUM = CONFIDENCE_RANK["medium"]
Step = tuple[str, str]
"""``(the neighbouring group on the chain, the event id between them)``."""


@dataclass(frozen=True, slots=True)
class Reached:
    """A group found by a descent query: through which event, and whether for certain."""

    group: str
    via: str
    certain: bool


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


def _usable(link: Link, confidence: Mapping[str, int], floor: int, strict: bool) -> bool:
    if not strict and not floor:
        return True
    return confidence[link[2]] >= (max(floor, _MEDIUM) if strict else floor)


def _confidences(G: nx.MultiDiGraph) -> dict[str, int]:
    """Each lineage event's confidence rank (for the searches that filter on it)."""
    ix = index_of(G)
    return {
        key: CONFIDENCE_RANK[ix.events[key].confidence]
        for links in ix.lineage_out.values()
        for _u, _v, key, _e, _l in links
    }


def _forward(
    G: nx.MultiDiGraph, source: str, *, strict: bool = False, floor: int = 0
) -> tuple[dict[str, int], dict[str, Step]]:
    """Earliest arrivals with the chain that reaches each: among equal arrivals the
    best-dated one (fewest total days of date uncertainty). ``strict``: only
    certain links, in a certain order (arrival is an event's latest day)."""
    best: dict[str, tuple[int, int]] = {source: (_FIRST_DAY, 0)}
    pred: dict[str, Step] = {}
    heap: list[tuple[int, int, str]] = [(_FIRST_DAY, 0, source)]
    out = index_of(G).lineage_out
    confidence = _confidences(G) if strict or floor else {}
    while heap:
        t, cost, u = heapq.heappop(heap)
        if (t, cost) > best[u]:
            continue
        for link in out.get(u, ()):
            _u, v, key, earliest, latest = link
            if (earliest < t if strict else latest < t) or not _usable(
                link, confidence, floor, strict
            ):
                continue
            arrival = latest if strict else max(earliest, t)
            label = (arrival, cost + latest - earliest)
            if v not in best or label < best[v]:
                best[v] = label
                pred[v] = (u, key)
                heapq.heappush(heap, (*label, v))
    return {g: label[0] for g, label in best.items()}, pred


def _backward_steps(
    G: nx.MultiDiGraph, target: str, *, strict: bool = False, floor: int = 0
) -> tuple[dict[str, int], dict[str, Step]]:
    """Latest departures with each ancestor's next step towards ``target``."""
    best = {target: _LAST_DAY}
    succ: dict[str, Step] = {}
    heap: list[tuple[int, str]] = [(-_LAST_DAY, target)]
    into = index_of(G).lineage_in
    confidence = _confidences(G) if strict or floor else {}
    while heap:
        neg, v = heapq.heappop(heap)
        t = -neg
        if t < best[v]:
            continue
        for link in into.get(v, ()):
            u, _v, key, earliest, latest = link
            if (latest > t if strict else earliest > t) or not _usable(
                link, confidence, floor, strict
            ):
                continue
            departure = earliest if strict else min(latest, t)
            if u not in best or departure > best[u]:
                best[u] = departure
                succ[u] = (v, key)
                heapq.heappush(heap, (-departure, u))
    return best, succ


def _ordered(G: nx.MultiDiGraph, best: dict[str, int], *, reverse: bool) -> list[str]:
    found = sorted(best, key=index_of(G).name_rank.__getitem__)  # ties by name ...
    found.sort(key=best.__getitem__, reverse=reverse)  # ... within the date order (stable)
    return found


def became(G: nx.MultiDiGraph, source: str) -> list[str]:
    """Every group ``source`` turned into through lineage events, in date order.

    Sorted by the earliest date each group can be reached, then by name.
    """
    best = _arrivals(G, source)
    del best[source]
    return _ordered(G, best, reverse=False)


def origins(G: nx.MultiDiGraph, target: str) -> list[str]:
    """Every group that turned into ``target``, nearest in time first.

    Sorted by the latest date each ancestor can have passed on its lineage
    (descending), then by name.
    """
    best = _backward(G, target)
    del best[target]
    return _ordered(G, best, reverse=True)


def descent(G: nx.MultiDiGraph, source: str, *, min_confidence: str = "low") -> list[Reached]:
    """:func:`became` with, for each group, the event that reached it and its certainty."""
    floor = CONFIDENCE_RANK[min_confidence]
    best, pred = _forward(G, source, floor=floor)
    _, sure = _forward(G, source, strict=True, floor=floor)
    del best[source]
    # a certain group is shown through its certain chain
    return [
        Reached(g, (sure.get(g) or pred[g])[1], g in sure) for g in _ordered(G, best, reverse=False)
    ]


def ancestry(G: nx.MultiDiGraph, target: str, *, min_confidence: str = "low") -> list[Reached]:
    """:func:`origins` with, for each ancestor, its next event towards ``target`` and
    whether that descent is certain."""
    floor = CONFIDENCE_RANK[min_confidence]
    best, succ = _backward_steps(G, target, floor=floor)
    _, sure = _backward_steps(G, target, strict=True, floor=floor)
    del best[target]
    return [
        Reached(g, (sure.get(g) or succ[g])[1], g in sure) for g in _ordered(G, best, reverse=True)
    ]


def _chain(G: nx.MultiDiGraph, source: str, target: str, pred: dict[str, Step]) -> list[BaseEvent]:
    events = index_of(G).events
    chain: list[BaseEvent] = []
    node = target
    while node != source:
        node, key = pred[node]
        chain.append(events[key])
    chain.reverse()
    return chain


def explain_chain(
    G: nx.MultiDiGraph, source: str, target: str, *, min_confidence: str = "low"
) -> tuple[list[BaseEvent], bool]:
    """The chain of lineage events from ``source`` to ``target`` and whether it is certain.

    A certain chain is given when there is one (the one reaching ``target``
    earliest); else the possible chain reaching it earliest; else ``[]``.
    """
    if source == target:
        return [], True
    floor = CONFIDENCE_RANK[min_confidence]
    for strict in (True, False):
        best, pred = _forward(G, source, strict=strict, floor=floor)
        if target in best:
            return _chain(G, source, target, pred), strict
    return [], False


def explain(G: nx.MultiDiGraph, source: str, target: str) -> list[BaseEvent]:
    """The chain of lineage events from ``source`` to ``target``, in date order.

    Empty when ``target`` is not among ``became(G, source)``. A certain chain
    is preferred (see :func:`explain_chain`).
    """
    return explain_chain(G, source, target)[0]
