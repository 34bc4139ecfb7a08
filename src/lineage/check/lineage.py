"""Rules on lineage: which events create which groups, out of which.

* :func:`lineage_direction`: an offspring is not founded definitely before its parent;
* :func:`created_twice`: a group is created by one event at most (foundings aside);
* :func:`lineage_cycles`: no cycle of events that each create their target.

All three read one walk over the events, :func:`links`, made once per check.

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
"""

from __future__ import annotations

from collections.abc import Iterable
from graphlib import CycleError, TopologicalSorter
from typing import NamedTuple

import networkx as nx

from ..model import PartialDate
from .context import Checker

__all__ = ["Links", "created_twice", "lineage_cycles", "lineage_direction", "links"]


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
    """Each cycle of groups created one from another, reported at a stable rotation."""
    made = ck.derived(links).made
    if not _has_cycle(made):
        return
    for found in nx.simple_cycles(nx.DiGraph(list(made))):  # only a faulty file
        start = found.index(min(found))
        cycle = found[start:] + found[:start]  # a stable rotation: same report every run
        ck.add(
            made[cycle[-1], cycle[0]],
            "-",
            "lineage cycle: " + " → ".join([*cycle, cycle[0]]),
            "a group cannot be created from its own offspring; fix the direction of an event",
        )


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
