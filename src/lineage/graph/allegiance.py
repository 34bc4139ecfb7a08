"""Allegiance over time: to whom a group was pledged on a date, and the camp it was in.

A pledge *may hold* on a date when its dates allow it as of the date's last
day (see :func:`~lineage.model.dates.holds_at`); it *certainly holds* when it
must hold on every day the date covers whatever the exact dates
(:func:`~lineage.model.dates.holds_throughout`), both groups certainly
existed throughout, and its confidence is at least medium. Pledges below
``min_confidence`` are ignored.

A group's *camp* is the top of its allegiance chain (itself when it was
pledged to no one). The camp is certain when the group certainly existed and
every chain from it is certain and ends at the same top: each pledge that
may hold on the way certainly holds (a pledge that is only possible, or two
chains ending at different tops, could make either top the answer). ``certain=True``
asks for the camp only when it is certain. Chains are followed iteratively,
so their length is bounded by memory, not by Python's recursion limit.

>>> from lineage import load, parse_date
>>> G = load().graph
>>> allegiance(G, "boko-haram", parse_date("2015-06"))
['islamic-state']
>>> [(p.patron, p.certain) for p in pledges_at(G, "boko-haram", parse_date("2015"))]
[('islamic-state', False)]
>>> in_2010 = parse_date("2010")
>>> camp(G, "wilayat-sinai", in_2010), camp(G, "wilayat-sinai", in_2010, certain=True)
('al-qaeda', None)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from graphlib import CycleError, TopologicalSorter

import networkx as nx

from ..model import CONFIDENCE_RANK, PartialDate, Pledge, holds_at, holds_throughout
from .index import index_of

__all__ = [
    "Pledged",
    "allegiance",
    "camp",
    "camp_is_certain",
    "exists",
    "pledged_to",
    "pledges_at",
]

_MEDIUM = CONFIDENCE_RANK["medium"]


def exists(G: nx.MultiDiGraph, group: str, at: PartialDate, *, certain: bool = False) -> bool:
    """May ``group`` have existed as of the last day of ``at`` (must it have existed
    on every day of ``at``, if ``certain``)?"""
    node = G.nodes[group]
    holds = holds_throughout if certain else holds_at
    return holds(node["founded"], node["dissolved"], at)


@dataclass(frozen=True, slots=True)
class Pledged:
    """A pledge that may hold on a date, and whether it certainly does."""

    patron: str
    pledge: Pledge
    certain: bool


def _certain(G: nx.MultiDiGraph, group: str, pledge: Pledge, at: PartialDate) -> bool:
    return (
        CONFIDENCE_RANK[pledge.confidence] >= _MEDIUM
        and holds_throughout(pledge.date, pledge.end, at)
        and exists(G, group, at, certain=True)
        and exists(G, pledge.patron, at, certain=True)
    )


def pledges_at(
    G: nx.MultiDiGraph,
    group: str,
    at: PartialDate,
    *,
    certain: bool = False,
    min_confidence: str = "low",
) -> list[Pledged]:
    """The pledges of ``group`` that may hold as of ``at``, most recent first.

    With ``certain``, only those that certainly hold. One entry per patron, in
    the place of its most recent pledge: certain, through a certain pledge,
    when any of its pledges certainly holds.
    """
    floor = CONFIDENCE_RANK[min_confidence]
    if not exists(G, group, at):
        return []
    found: list[Pledged] = []
    for pledge in index_of(G).pledges_out.get(group, ()):
        if (
            CONFIDENCE_RANK[pledge.confidence] >= floor
            and holds_at(pledge.date, pledge.end, at)
            and exists(G, pledge.patron, at)
        ):
            sure = _certain(G, group, pledge, at)
            if sure or not certain:
                found.append(Pledged(pledge.patron, pledge, sure))
    if len(found) > 1:
        names = G.nodes
        found.sort(
            key=lambda p: (
                -p.pledge.date.earliest.toordinal(),
                -p.pledge.date.latest.toordinal(),
                names[p.patron]["name"],
            )
        )
    # one entry per patron, where its most recent pledge ranks; certain when any of
    # its pledges certainly holds (and then shown through that pledge)
    best: dict[str, Pledged] = {}
    for p in found:
        known = best.get(p.patron)
        if known is None or (p.certain and not known.certain):
            best[p.patron] = p
    return list(best.values())


def allegiance(
    G: nx.MultiDiGraph,
    group: str,
    at: PartialDate,
    *,
    certain: bool = False,
    min_confidence: str = "low",
) -> list[str]:
    """The groups ``group`` was pledged to as of ``at`` (most recent pledge first).

    A pledge counts when it may have held then; with ``certain``, only when it
    certainly held (see the module docstring); and only pledges of at least
    ``min_confidence`` (``"low"``, ``"medium"``, ``"high"``).
    """
    found = pledges_at(G, group, at, certain=certain, min_confidence=min_confidence)
    return [p.patron for p in found]


def _top(G: nx.MultiDiGraph, group: str, at: PartialDate, floor: str) -> str:
    """The top of ``group``'s chain: the most recent pledge first, depth first,
    skipping groups already on the way (a pledge cycle ends where it closes)."""

    def patrons(g: str) -> Iterator[str]:
        return iter(allegiance(G, g, at, min_confidence=floor))

    seen = {group}
    stack = [(group, patrons(group))]
    while stack:
        node, todo = stack[-1]
        nxt = next((p for p in todo if p not in seen), None)
        if nxt is None:
            return node  # nothing above it (or only groups already on the way)
        seen.add(nxt)
        stack.append((nxt, patrons(nxt)))
    return group  # not reached: the loop returns when the root's patrons run out


def _certain_top(G: nx.MultiDiGraph, group: str, at: PartialDate, floor: str) -> str | None:
    """The top when every chain from ``group`` is certain and they all end there, else ``None``.

    Walks every pledge that may hold from ``group`` up (iteratively): one that
    is only possible, two tops, or a pledge cycle leave the camp uncertain.
    """
    if not exists(G, group, at, certain=True):
        return None
    above: dict[str, list[str]] = {}
    todo = [group]
    while todo:
        node = todo.pop()
        if node in above:
            continue
        found = pledges_at(G, node, at, min_confidence=floor)
        if any(not p.certain for p in found):
            return None
        above[node] = [p.patron for p in found]
        todo.extend(above[node])
    tops = [node for node, patrons in above.items() if not patrons]
    if len(tops) != 1:
        return None
    try:
        TopologicalSorter(above).prepare()
    except CycleError:
        return None
    return tops[0]


def camp(
    G: nx.MultiDiGraph,
    group: str,
    at: PartialDate,
    *,
    certain: bool = False,
    min_confidence: str = "low",
) -> str | None:
    """The top of ``group``'s allegiance chain as of ``at``.

    ``group`` itself when it was pledged to no one (independent); ``None``
    when it did not exist then. When chains end at different tops, the one
    reached through the most recent pledge wins. With ``certain``, ``None``
    also when the camp is not certain (see the module docstring).
    """
    if certain:
        return _certain_top(G, group, at, min_confidence)
    if not exists(G, group, at):
        return None
    return _top(G, group, at, min_confidence)


def camp_is_certain(
    G: nx.MultiDiGraph, group: str, at: PartialDate, *, min_confidence: str = "low"
) -> bool:
    """Whether ``group``'s camp as of ``at`` is certain (see the module docstring)."""
    return _certain_top(G, group, at, min_confidence) is not None


def _begun(pledge: Pledge, at: PartialDate) -> bool:
    """Whether ``pledge`` had certainly been made by the end of ``at`` and may still hold."""
    return pledge.date.latest <= at.latest and holds_at(pledge.date, pledge.end, at)


def pledged_to(G: nx.MultiDiGraph, patron: str, at: PartialDate | None = None) -> list[str]:
    """The groups the data has pledged to ``patron`` (at ``at`` when given, a pledge
    certainly made by then that may still hold), in the data's order: its branches
    and affiliates, for names such as "the Islamic State's Egyptian affiliate"
    (:mod:`lineage.names.wings`)."""
    found: dict[str, None] = {}
    for group, pledges in index_of(G).pledges_out.items():
        for pledge in pledges:
            if pledge.patron == patron and (at is None or _begun(pledge, at)):
                found[group] = None
    return list(found)
