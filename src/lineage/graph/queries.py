"""Time-aware queries as plain functions over the lineage graph.

Every function takes the graph from :func:`~lineage.graph.build_graph` and
group ids (use :class:`~lineage.Lineage` to pass names instead), and returns
ids or records. Descent (:func:`became`, :func:`origins`, :func:`explain`)
lives in :mod:`.descent`, allegiance and camps in :mod:`.allegiance`; both are
re-exported here. This module holds roles, leaders, names, timelines and
snapshots.

>>> from lineage import load, parse_date
>>> G = load().graph
>>> became(G, "mojwa")
['al-murabitoun', 'isgs', 'jnim']
>>> allegiance(G, "boko-haram", parse_date("2015-06"))
['islamic-state']
>>> allegiance(G, "boko-haram", parse_date("2014-06"))
[]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import networkx as nx

from ..model import BaseEvent, Name, PartialDate, Role, holds_at, holds_throughout
from .allegiance import (
    Pledged,
    allegiance,
    camp,
    camp_is_certain,
    exists,
    pledged_to,
    pledges_at,
)
from .descent import Reached, ancestry, became, descent, explain, explain_chain, origins
from .index import index_of, role_order

__all__ = [
    "LEADER_TITLES",
    "Held",
    "Pledged",
    "Reached",
    "State",
    "TimelineEntry",
    "allegiance",
    "ancestry",
    "became",
    "camp",
    "camp_is_certain",
    "descent",
    "exists",
    "explain",
    "explain_chain",
    "leader_roles",
    "leaders",
    "names_at",
    "origins",
    "person_timeline",
    "pledged_to",
    "pledges_at",
    "roles_of",
    "roles_of_person",
    "snapshot",
    "state",
    "timeline",
]

LEADER_TITLES = frozenset({"leader", "emir"})
"""Role titles that count as leading a group."""


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


@dataclass(frozen=True, slots=True)
class Held:
    """A role that may hold on the date asked (or ever), and whether it certainly does."""

    role: Role
    certain: bool


def leader_roles(G: nx.MultiDiGraph, group: str, at: PartialDate | None = None) -> list[Held]:
    """The leader roles (titles ``leader`` or ``emir``) of ``group``, by start date.

    With ``at``, those that may hold then (if the group may have existed),
    each certain when it must hold whatever the exact dates and the group
    certainly existed; without, every leader role, all certain (each is sourced).
    """
    if at is not None and not exists(G, group, at):
        return []
    sure_group = at is None or exists(G, group, at, certain=True)
    return [
        Held(r, at is None or (sure_group and holds_throughout(r.start, r.end, at)))
        for r in roles_of(G, group)
        if r.title in LEADER_TITLES and (at is None or holds_at(r.start, r.end, at))
    ]


def leaders(G: nx.MultiDiGraph, group: str, at: PartialDate | None = None) -> list[str]:
    """Person ids of the leaders of ``group`` (see :func:`leader_roles`), first role first."""
    return list(dict.fromkeys(h.role.person for h in leader_roles(G, group, at)))


def timeline(
    G: nx.MultiDiGraph, *, group: str | None = None, person: str | None = None
) -> list[BaseEvent]:
    """Every event naming a group (or a person), chronological."""
    events = index_of(G).events
    if group is not None:
        return [events[e] for e in G.nodes[group]["events"]]
    return [e for e in events.values() if person in e.people]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One line of a person's story: an event he took part in, or a role's start or end.

    ``kind`` is the event's kind, or ``"role start"`` / ``"role end"``;
    ``date`` is ``None`` for a role whose start the sources do not give.
    """

    date: PartialDate | None
    kind: str
    id: str
    description: str
    record: BaseEvent | Role

    @property
    def citations(self) -> tuple[object, ...]:
        return self.record.citations


def _role_entries(G: nx.MultiDiGraph, role: Role) -> list[TimelineEntry]:
    group = G.nodes[role.group]["name"] if role.group in G else role.group
    start = TimelineEntry(
        role.start, "role start", role.id, f"becomes {role.title} of {group}", role
    )
    if role.end is None:
        return [start]
    end = TimelineEntry(
        role.end, "role end", role.id, f"ceases to be {role.title} of {group}", role
    )
    return [start, end]


def person_timeline(G: nx.MultiDiGraph, person: str) -> list[TimelineEntry]:
    """A person's events and the starts and ends of his roles, chronological.

    Roles whose start is not given come last, with ``date`` ``None`` (their
    place in time is not known).

    >>> from lineage import load
    >>> story = person_timeline(load().graph, "iyad-ag-ghali")
    >>> [(str(e.date), e.kind, e.id) for e in story[:2]]
    [('2017-03-02', 'merger', 'jnim-formed'), ('2017-03-02', 'role start', 'ag-ghali-leads-jnim')]
    >>> (story[-1].date, story[-1].id)
    (None, 'ag-ghali-leads-ansar-dine')
    """
    entries = [
        TimelineEntry(e.date, e.kind, e.id, e.description, e) for e in timeline(G, person=person)
    ]
    for role in roles_of_person(G, person):
        entries.extend(_role_entries(G, role))
    dated = [e for e in entries if e.date is not None]
    order = {"role start": 1, "role end": 2}  # on one date: the events, then roles
    dated.sort(key=lambda e: (e.date.sort_key(), order.get(e.kind, 0), e.id))  # type: ignore[union-attr]
    return dated + [e for e in entries if e.date is None]


def names_at(G: nx.MultiDiGraph, group: str, at: PartialDate) -> list[Name]:
    """The names ``group`` may have borne as of ``at``."""
    return [n for n in G.nodes[group]["record"].all_names() if holds_at(n.start, n.end, at)]


class State(NamedTuple):
    """One group on a date: what may hold then, and what certainly does."""

    group: str
    names: tuple[str, ...]
    leaders: tuple[str, ...]
    allegiance: tuple[str, ...]
    camp: str
    exists_certain: bool
    certain_leaders: tuple[str, ...]
    certain_allegiance: tuple[str, ...]
    camp_certain: bool


def state(G: nx.MultiDiGraph, gid: str, at: PartialDate, top: str, floor: str = "low") -> State:
    """``gid``'s :class:`State` as of ``at``, given its camp ``top`` then."""
    names = tuple(dict.fromkeys(n.name for n in names_at(G, gid, at)))
    held = leader_roles(G, gid, at)
    pledged = pledges_at(G, gid, at, min_confidence=floor)
    return State(
        gid,
        names,
        tuple(dict.fromkeys(h.role.person for h in held)),
        tuple(p.patron for p in pledged),
        top,
        exists(G, gid, at, certain=True),
        tuple(dict.fromkeys(h.role.person for h in held if h.certain)),
        tuple(p.patron for p in pledged if p.certain),
        camp(G, gid, at, certain=True, min_confidence=floor) is not None,
    )


def snapshot(G: nx.MultiDiGraph, at: PartialDate, *, min_confidence: str = "low") -> list[State]:
    """Every group that may have existed as of ``at``, by name, with its state then.

    Linear in the groups: roles and pledges are looked up in the graph's index.

    >>> from lineage import load, parse_date
    >>> states = {s.group: s for s in snapshot(load().graph, parse_date("2016"))}
    >>> "jnim" in states
    False
    >>> states["boko-haram"].allegiance, states["boko-haram"].camp_certain
    (('islamic-state',), True)
    >>> early = {s.group: s for s in snapshot(load().graph, parse_date("2012"))}
    >>> early["wilayat-sinai"].camp, early["wilayat-sinai"].camp_certain
    ('al-qaeda', False)
    """
    out: list[State] = []
    groups = sorted(G.nodes(data="name"), key=lambda item: item[1].casefold())
    for gid, _name in groups:
        top = camp(G, gid, at, min_confidence=min_confidence)
        if top is not None:
            out.append(state(G, gid, at, top, min_confidence))
    return out
