"""Rules on lineage: which events create which groups, out of which.

* :func:`lineage_direction`: an offspring is not founded definitely before its parent;
* :func:`created_twice`: a group is created by one event at most (foundings aside);
* :func:`lineage_cycles`: no cycle of events that each create their target;
* :func:`pledge_cycles`: no cycle of pledges (each group pledged to the next,
  round to the first) that may all hold on one day: a group would be above
  itself in its own allegiance chain. Queries bear such a cycle (a camp walk
  stops where it closes, and the camp is then not certain), so loading
  accepts it; the full check (``lineage check``, :meth:`Lineage.check
  <lineage.Lineage.check>`, ``verify_quotes``) reports it.

The first three read one walk over the events, :func:`links`, made once per
check. Cycles are found in time and memory linear in the dataset, each
strongly connected tangle of groups reported once, with one of its cycles
and a bounded sample of its members (:mod:`.cycles`).

>>> from lineage.model import Dataset
>>> from lineage.check import Checker
>>> split = {"kind": "split", "date": "2010", "description": "d",
...          "citations": [{"source": "s", "quote": "q"}]}
>>> ck = Checker(Dataset.model_validate({
...     "groups": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
...     "events": [{**split, "id": "ab", "parent": "a", "splinter": "b"},
...                {**split, "id": "ba", "parent": "b", "splinter": "a"}]}))
>>> lineage_cycles(ck)
>>> [(p.record, p.message) for p in ck.problems]
[('ba', 'lineage cycle: a → b → a')]
>>> pledge = {"kind": "pledge", "description": "d", "citations": [{"source": "s", "quote": "q"}]}
>>> ck = Checker(Dataset.model_validate({
...     "groups": [{"id": g, "name": g.upper()} for g in "abc"],
...     "events": [{**pledge, "id": "ab", "date": "2010", "group": "a", "patron": "b"},
...                {**pledge, "id": "bc", "date": "2011", "group": "b", "patron": "c"},
...                {**pledge, "id": "ca", "date": "2012", "group": "c", "patron": "a"}]}),
...              verify_quotes=True)
>>> pledge_cycles(ck)
>>> [(p.record, p.message) for p in ck.problems]
[('ca', 'pledge cycle: a → b → c → a, each pledged to the next, all possibly on 2012-01-01')]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from graphlib import CycleError, TopologicalSorter
from typing import NamedTuple

from ..model import PartialDate, Pledge
from .context import Checker
from .cycles import Tangle, described, tangles

__all__ = [
    "Links",
    "created_twice",
    "lineage_cycles",
    "lineage_direction",
    "links",
    "pledge_cycles",
]

PLEDGE_BUDGET = 200_000
"""Pledges looked at, beyond eight per pledge in the file, while dating pledge cycles."""


class Links(NamedTuple):
    """What the events say about lineage, among the groups the file lists."""

    creators: dict[str, list[str]]
    """Each group's creating events' ids, foundings aside."""
    made: dict[tuple[str, str], str]
    """``(older, newer)`` → the (last) event making ``newer`` out of ``older``."""
    backwards: list[tuple[str, str, str, PartialDate, PartialDate]]
    """``(event id, child, parent, child founded, parent founded)``, the child older."""


def links(ck: Checker) -> Links:
    """One walk over the events; ask for it as ``ck.derived(links)``."""
    spans = ck.spans
    found = Links({}, {}, [])
    for event in ck.ds.events:
        created = event.creates()
        if created is None or created not in spans:
            continue
        if event.kind != "founding":
            found.creators.setdefault(created, []).append(event.id)
        for older, newer in event.lineage_edges():
            if newer != created or older not in spans:
                continue
            found.made[older, newer] = event.id
            parent_founded = spans[older][0]
            child_founded = spans[created][0]
            if (
                parent_founded is not None
                and child_founded is not None
                and child_founded.definitely_before(parent_founded)
            ):
                found.backwards.append((event.id, created, older, child_founded, parent_founded))
    return found


def lineage_direction(ck: Checker) -> None:
    """Events creating a group founded definitely before the group it comes from."""
    for eid, child, parent, child_founded, parent_founded in ck.derived(links).backwards:
        ck.add(
            eid,
            "date",
            f"lineage runs backwards: {child!r} (founded {child_founded}) is older than "
            f"{parent!r} (founded {parent_founded})",
            "check the direction of the event and the founding dates",
        )


def created_twice(ck: Checker) -> None:
    """Groups created by more than one event."""
    for gid, events in ck.derived(links).creators.items():
        if len(events) > 1:
            ck.add(
                gid,
                "-",
                f"is created by {len(events)} events ({', '.join(events)})",
                "keep one; mark the others splinter_is_new/result_is_new false",
            )


def lineage_cycles(ck: Checker) -> None:
    """Each tangle of groups created one from another, once, with one of its cycles."""
    made = ck.derived(links).made
    if not _has_cycle(made):
        return
    for tangle in tangles(made):  # only a faulty file
        cycle = tangle.cycle
        ck.add(
            made[cycle[-1], cycle[0]],
            "-",
            "lineage cycle: " + described(tangle),
            "a group cannot be created from its own offspring; fix the direction of an event",
        )


def pledge_cycles(ck: Checker) -> None:
    """Groups pledged each to the next, round to the first, all possibly on one day
    (in the full check only: see the module docstring)."""
    if not ck.verify_quotes:
        return
    spans = ck.spans
    pledges = [
        e for e in ck.ds.events if isinstance(e, Pledge) and e.group in spans and e.patron in spans
    ]
    if not _has_cycle((p.group, p.patron) for p in pledges):
        return
    budget = [PLEDGE_BUDGET + 8 * len(pledges)]
    for tangle in tangles((p.group, p.patron) for p in pledges):  # only a faulty file
        members = set(tangle.members)
        inside = [p for p in pledges if p.group in members and p.patron in members]
        found = _dated_cycle(inside, budget)
        if found is None:
            continue
        cycle, day, closing = found
        when = f"all possibly on {day.isoformat()}" if day else "on dates not compared"
        ck.add(
            closing,
            "-",
            "pledge cycle: " + described(cycle, f", each pledged to the next, {when}"),
            "a group cannot be pledged, through others, to itself; "
            "end one of the pledges or correct its direction",
        )


def _span(p: Pledge) -> tuple[dt.date, dt.date]:
    return p.date.earliest, p.end.latest if p.end is not None else dt.date.max


def _dated_cycle(
    inside: list[Pledge], budget: list[int]
) -> tuple[Tangle, dt.date | None, str] | None:
    """A cycle among ``inside`` whose pledges may all hold on one day: ``(tangle, that
    day, the pledge closing it)``, or None. The day, if any, is one pledge's earliest
    start, so each is tried; past the ``budget`` of pledges looked at, the cycle is
    reported with its dates not compared (day ``None``)."""
    days = sorted({_span(p)[0] for p in inside})
    for day in days:
        budget[0] -= len(inside)
        if budget[0] < 0:
            found = tangles((p.group, p.patron) for p in inside)[0]
            return found, None, _closing(found, inside)
        held = [p for p in inside if _span(p)[0] <= day <= _span(p)[1]]
        now = tangles((p.group, p.patron) for p in held)
        if now:
            return now[0], day, _closing(now[0], held)
    return None


def _closing(tangle: Tangle, pledges: list[Pledge]) -> str:
    """The id of the (first) pledge from the cycle's last group to its first."""
    last, first = tangle.cycle[-1], tangle.cycle[0]
    return next(p.id for p in pledges if p.group == last and p.patron == first)


def _has_cycle(edges: Iterable[tuple[str, str]]) -> bool:
    """Whether the ``(older, newer)`` edges make a cycle.

    The standard library's topological sorter answers in a third of the time
    networkx takes to build a graph and test it; networkx then lists the
    cycles, which only a faulty file has.

    >>> _has_cycle([("a", "b"), ("b", "c")]), _has_cycle([("a", "b"), ("b", "a")])
    (False, True)
    """
    order: TopologicalSorter[str] = TopologicalSorter()
    for older, newer in edges:
        order.add(newer, older)
    try:
        order.prepare()
    except CycleError:
        return True
    return False
