"""Lane order: few connectors crossing lanes, then short connectors.

A crossing is a connector passing over a lane that is alive at the
connector's date; :func:`count_crossings` counts them. Lanes start in
founding order (the *naive* order). A barycenter heuristic moves each lane
to the mean row of the lanes it is connected to, repeatedly; then, for
diagrams of at most :data:`SIFT_LIMIT` lanes, *sifting* tries each lane at
every row and keeps any move that helps. The best order seen wins, judged
by crossings first and total connector length in rows second, so the
result is never worse than the naive order.

>>> spans = {g: (0.0, 9.0) for g in "abc"}
>>> order_lanes(["a", "b", "c"], spans, [("a", "c", 5.0)], ["a", "b", "c"])
(['b', 'a', 'c'], 0, 1)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["count_crossings", "order_lanes"]

Link = tuple[str, str, float]
"""``(source, target, x)``: a connector between two lanes at ``x``."""
Cost = tuple[int, int]

BARYCENTER_ROUNDS = 16
SIFT_ROUNDS = 4
SIFT_LIMIT = 60
"""Sifting tries every lane at every row, so it is skipped above this many lanes."""


def count_crossings(
    order: Sequence[str],
    spans: Mapping[str, tuple[float, float]],
    links: Sequence[Link],
) -> int:
    """How many times a connector passes over a lane alive at its date.

    ``order`` lists lane ids top to bottom; ``spans`` gives each lane's
    ``(x0, x1)``; ``links`` are ``(source, target, x)``.

    >>> count_crossings(["a", "b", "c"], {"a": (0, 9), "b": (0, 9), "c": (0, 9)}, [("a", "c", 5)])
    1
    >>> count_crossings(["a", "c", "b"], {"a": (0, 9), "b": (0, 9), "c": (0, 9)}, [("a", "c", 5)])
    0
    """
    row = {g: i for i, g in enumerate(order)}
    total = 0
    for s, t, x in links:
        lo, hi = sorted((row[s], row[t]))
        for g in order[lo + 1 : hi]:
            x0, x1 = spans[g]
            if x0 <= x <= x1:
                total += 1
    return total


def _cost(
    order: Sequence[str], spans: Mapping[str, tuple[float, float]], links: Sequence[Link]
) -> Cost:
    """(crossings, total connector length in rows): fewer crossings first, then shorter."""
    row = {g: i for i, g in enumerate(order)}
    return count_crossings(order, spans, links), sum(abs(row[s] - row[t]) for s, t, _ in links)


def _barycenter(
    naive: Sequence[str],
    neighbours: Mapping[str, list[str]],
    spans: Mapping[str, tuple[float, float]],
    links: Sequence[Link],
) -> tuple[list[str], Cost]:
    """The best order seen while moving lanes to the mean row of their neighbours."""
    best, best_c = list(naive), _cost(naive, spans, links)
    order = list(naive)
    for _ in range(BARYCENTER_ROUNDS):
        pos = {g: i for i, g in enumerate(order)}
        bary = {
            g: (sum(pos[n] for n in ns) / len(ns) if ns else float(pos[g]))
            for g, ns in neighbours.items()
        }
        order = sorted(order, key=lambda g: (bary[g], pos[g]))
        c = _cost(order, spans, links)
        if c < best_c:
            best, best_c = list(order), c
    return best, best_c


def _sift(
    best: list[str],
    best_c: Cost,
    spans: Mapping[str, tuple[float, float]],
    links: Sequence[Link],
) -> tuple[list[str], Cost]:
    """Move each lane to its best row, while that helps (at most :data:`SIFT_ROUNDS` passes)."""
    for _ in range(SIFT_ROUNDS):
        improved = False
        for g in list(best):
            rest = [x for x in best if x != g]
            for i in range(len(rest) + 1):
                trial = [*rest[:i], g, *rest[i:]]
                c = _cost(trial, spans, links)
                if c < best_c:
                    best, best_c, improved = trial, c, True
        if not improved:
            break
    return best, best_c


def order_lanes(
    groups: Sequence[str],
    spans: Mapping[str, tuple[float, float]],
    links: Sequence[Link],
    naive: Sequence[str],
) -> tuple[list[str], int, int]:
    """``(order, its crossings, the naive order's crossings)`` for lanes ``groups``."""
    neighbours: dict[str, list[str]] = {g: [] for g in groups}
    for s, t, _ in links:
        neighbours[s].append(t)
        neighbours[t].append(s)
    best, best_c = _barycenter(naive, neighbours, spans, links)
    if len(groups) <= SIFT_LIMIT:
        best, best_c = _sift(best, best_c, spans, links)
    return best, best_c[0], count_crossings(naive, spans, links)
