"""Cycles in a directed graph, found in time and memory linear in its size.

The cycle rules (:mod:`.lineage`) must not enumerate cycles: twelve groups
each made from the other eleven hold more cycles than a computer can list.
:func:`tangles` finds each strongly connected component once (Tarjan's
algorithm, iterative, so a chain of any length is no deeper for Python than
a chain of two), with one shortest cycle through its smallest member to show.

>>> [(t.cycle, t.members) for t in tangles([("a", "b"), ("b", "a"), ("b", "c")])]
[(['a', 'b'], ['a', 'b'])]
>>> clique = [(f"g{i}", f"g{j}") for i in range(12) for j in range(12) if i != j]
>>> [(t.cycle, len(t.members)) for t in tangles(clique)]
[(['g0', 'g1'], 12)]
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from typing import NamedTuple

__all__ = ["SAMPLE", "Tangle", "described", "tangles"]

SAMPLE = 8
"""How many members of a tangle a report names; the rest are counted."""


class Tangle(NamedTuple):
    """A strongly connected component of two or more nodes (or one with a loop)."""

    cycle: list[str]
    """One shortest cycle through the smallest member, starting there (not closed)."""
    members: list[str]
    """Every member, sorted."""


def _successors(edges: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    succ: dict[str, list[str]] = {}
    for a, b in edges:
        succ.setdefault(a, []).append(b)
        succ.setdefault(b, [])
    return succ


def _components(succ: dict[str, list[str]]) -> list[list[str]]:
    """Strongly connected components (Tarjan's algorithm, with an explicit stack)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    for root in succ:
        if root in index:
            continue
        work = [(root, iter(succ[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, todo = work[-1]
            nxt = next(todo, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(succ[nxt])))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                part: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    part.append(member)
                    if member == node:
                        break
                found.append(part)
    return found


def _shortest_cycle(start: str, succ: dict[str, list[str]], within: set[str]) -> list[str]:
    """A shortest cycle from ``start`` back to itself, inside ``within`` (breadth first)."""
    came: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in succ[node]:
            if nxt not in within:
                continue
            if nxt == start:
                path = [node]
                while path[-1] != start:
                    path.append(came[path[-1]])
                return path[::-1]
            if nxt not in came:
                came[nxt] = node
                queue.append(nxt)
    return [start]  # not reached for a strongly connected component


def tangles(edges: Iterable[tuple[str, str]]) -> list[Tangle]:
    """Every strongly connected component with a cycle, by smallest member."""
    succ = _successors(edges)
    found = []
    for part in _components(succ):
        first = min(part)
        if len(part) == 1 and first not in succ[first]:
            continue  # a lone node without a loop: no cycle
        found.append(Tangle(_shortest_cycle(first, succ, set(part)), sorted(part)))
    return sorted(found, key=lambda t: t.cycle[0])


def described(tangle: Tangle, said: str = "") -> str:
    """The tangle's cycle as ``a → b → a`` (then ``said``), and how many more groups
    are caught with it, a few of them named.

    >>> described(Tangle(["a", "b"], ["a", "b"]))
    'a → b → a'
    >>> big = Tangle(["a", "b"], list("abcdefghijkl"))
    >>> print(described(big, ", in 2010"))  # doctest: +NORMALIZE_WHITESPACE
    a → b → a, in 2010; 12 groups in all are caught in cycles with it:
    a, b, c, d, e, f, g, h and 4 more
    """
    text = " → ".join([*tangle.cycle, tangle.cycle[0]]) + said
    members = tangle.members
    if len(members) == len(tangle.cycle):
        return text
    named = ", ".join(members[:SAMPLE])
    more = f" and {len(members) - SAMPLE} more" if len(members) > SAMPLE else ""
    return f"{text}; {len(members)} groups in all are caught in cycles with it: {named}{more}"
