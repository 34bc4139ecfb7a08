"""The time-aware questions a :class:`~lineage.Lineage` answers, with their certainty.

:class:`Queries` is the part of the facade that asks: each method resolves
names, calls a plain query of :mod:`lineage.graph` on ids, and turns what it
returns into records with an :class:`~lineage.views.results.Answer` each
(the fact behind it and whether it is certain). ``certain=True`` keeps only
certain answers; ``min_confidence`` ignores facts below it (see
:mod:`lineage.graph.descent` and :mod:`lineage.graph.allegiance` for what
makes an answer certain).

>>> from lineage import load
>>> load().became("mojwa").answers["jnim"].via.id
'jnim-formed'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import networkx as nx

from .exceptions import ArgumentError
from .graph import queries as q
from .graph.index import GraphIndex
from .model import Group, PartialDate, Person, parse_date
from .model.records import Confidence
from .views.results import Answer, EventList, GroupList, GroupState, PersonList, Snapshot

__all__ = ["DateLike", "Queries"]

DateLike = PartialDate | str | int | dt.date


def _floor(min_confidence: str) -> str:
    if min_confidence not in ("low", "medium", "high"):
        raise ArgumentError(
            f"min_confidence {min_confidence!r} is not a confidence level",
            "use 'low', 'medium' or 'high'",
        )
    return min_confidence


class Queries:
    """The questions of :class:`~lineage.Lineage` (a mixin: it holds no data itself)."""

    graph: nx.MultiDiGraph
    _groups: Mapping[str, Group]
    _people: Mapping[str, Person]

    @property
    def _index(self) -> GraphIndex:
        raise NotImplementedError

    def _gid(self, name: str | Group, at: PartialDate | None = None) -> str:
        raise NotImplementedError

    def lookup(self, name: str, at: DateLike | None = None) -> Group | Person:
        raise NotImplementedError

    # descent ---------------------------------------------------------------
    def _reached(self, found: list[q.Reached], certain: bool) -> GroupList:
        events = self._index.events
        kept = [r for r in found if r.certain or not certain]
        return GroupList(
            (self._groups[r.group] for r in kept),
            {r.group: Answer(r.certain, events[r.via]) for r in kept},
        )

    def became(
        self, name: str | Group, *, certain: bool = False, min_confidence: Confidence = "low"
    ) -> GroupList:
        """Every group ``name`` turned into, in the order first reached, each with
        the event that reached it and whether for certain.

        >>> from lineage import load

        >>> [g.id for g in load().became("Ansar Dine")]
        ['jnim']
        """
        found = q.descent(self.graph, self._gid(name), min_confidence=_floor(min_confidence))
        return self._reached(found, certain)

    def origins(
        self, name: str | Group, *, certain: bool = False, min_confidence: Confidence = "low"
    ) -> GroupList:
        """Every group that turned into ``name``, nearest in time first.

        >>> from lineage import load

        >>> [g.id for g in load().origins("ISGS")]
        ['al-murabitoun', 'aqim', 'mojwa', 'those-who-sign-with-blood']
        """
        found = q.ancestry(self.graph, self._gid(name), min_confidence=_floor(min_confidence))
        return self._reached(found, certain)

    def explain(
        self,
        a: str | Group,
        b: str | Group,
        *,
        certain: bool = False,
        min_confidence: Confidence = "low",
    ) -> EventList:
        """The chain of events from ``a`` to ``b``; ``.certain`` says whether it is certain.

        Empty when ``b`` is not in ``became(a)``; then ``.hint`` says whether the
        other order has a chain.

        >>> from lineage import load

        >>> load().explain("JNIM", "MOJWA").hint.endswith("ask in the other order")
        True
        """
        first, second = self._gid(a), self._gid(b)
        floor = _floor(min_confidence)
        chain, sure = q.explain_chain(self.graph, first, second, min_confidence=floor)
        names = self._groups[first].name, self._groups[second].name
        hint = ""
        if chain and certain and not sure:
            chain, hint = [], "only a possible chain leads from {} to {}".format(*names)
        elif not chain and first != second:
            back, _ = q.explain_chain(self.graph, second, first, min_confidence=floor)
            hint = (
                "no chain leads from {0} to {1}, but one leads from {1} to {0}: "
                "ask in the other order".format(*names)
                if back
                else "no chain of lineage events leads from {} to {}".format(*names)
            )
        return EventList(chain, certain=sure or not chain, hint=hint)

    # allegiance ------------------------------------------------------------
    def allegiance(
        self,
        name: str | Group,
        at: DateLike,
        *,
        certain: bool = False,
        min_confidence: Confidence = "low",
    ) -> GroupList:
        """The groups ``name`` was pledged to on ``at``, each with its pledge and certainty.

        >>> from lineage import load

        >>> lg = load()
        >>> lg.allegiance("Boko Haram", at="2015").certain("islamic-state")
        False
        >>> lg.allegiance("Boko Haram", at="2015-06").certain("islamic-state")
        True
        """
        when = parse_date(at)
        found = q.pledges_at(
            self.graph,
            self._gid(name, when),
            when,
            certain=certain,
            min_confidence=_floor(min_confidence),
        )
        return GroupList(
            (self._groups[p.patron] for p in found),
            {p.patron: Answer(p.certain, p.pledge) for p in found},
        )

    def camp(
        self,
        name: str | Group,
        at: DateLike,
        *,
        certain: bool = False,
        min_confidence: Confidence = "low",
    ) -> Group | None:
        """The top of ``name``'s allegiance chain on ``at``.

        The group itself if it was independent then; ``None`` if it did not
        exist, or, with ``certain``, if the camp is not certain (see
        :meth:`standing` for the whole state with its certainty).

        >>> from lineage import load

        >>> lg = load()
        >>> lg.camp("Wilayat Sinai", at="2010").name
        'Al Qaeda'
        >>> print(lg.camp("Wilayat Sinai", at="2010", certain=True))
        None
        """
        when = parse_date(at)
        gid = self._gid(name, when)
        top = q.camp(self.graph, gid, when, certain=certain, min_confidence=_floor(min_confidence))
        return None if top is None else self._groups[top]

    def _state(self, s: q.State) -> GroupState:
        groups, people = self._groups, self._people
        return GroupState(
            group=groups[s.group],
            names=s.names,
            leaders=tuple(people[p] for p in s.leaders),
            allegiance=tuple(groups[p] for p in s.allegiance),
            camp=groups[s.camp],
            exists_certain=s.exists_certain,
            certain_leaders=tuple(people[p] for p in s.certain_leaders),
            certain_allegiance=tuple(groups[p] for p in s.certain_allegiance),
            camp_certain=s.camp_certain,
        )

    def standing(
        self, name: str | Group, at: DateLike, *, min_confidence: Confidence = "low"
    ) -> GroupState | None:
        """``name``'s state on ``at``: names, leaders, pledges and camp, with what is
        certain (``None`` if it did not exist then).

        >>> from lineage import load

        >>> load().standing("Wilayat Sinai", at="2010").camp_certain
        False
        """
        when = parse_date(at)
        gid, floor = self._gid(name, when), _floor(min_confidence)
        top = q.camp(self.graph, gid, when, min_confidence=floor)
        return None if top is None else self._state(q.state(self.graph, gid, when, top, floor))

    def snapshot(
        self, at: DateLike, *, certain: bool = False, min_confidence: Confidence = "low"
    ) -> Snapshot:
        """The groups that may have existed on ``at`` (that certainly did, with
        ``certain``): names, leaders, allegiance and camp then, with what is certain."""
        states = q.snapshot(self.graph, parse_date(at), min_confidence=_floor(min_confidence))
        return Snapshot(self._state(s) for s in states if s.exists_certain or not certain)

    def camps(self, at: DateLike) -> dict[str, GroupList]:
        """The groups of each camp on ``at``, keyed by the camp's top group's name.

        Groups pledged to no one and followed by no one are under ``"independent"``.

        >>> from lineage import load

        >>> sorted(g.id for g in load().camps("2017")["Al Qaeda"])
        ['al-qaeda', 'aqim', 'jnim']
        """
        states = self.snapshot(at)
        tops = {s.camp.id for s in states if s.camp.id != s.group.id}
        out: dict[str, GroupList] = {}
        for s in states:
            key = s.camp.name if s.camp.id in tops else "independent"
            out.setdefault(key, GroupList()).append(s.group)
        return dict(sorted(out.items()))

    # people ----------------------------------------------------------------
    def leaders(
        self, name: str | Group, at: DateLike | None = None, *, certain: bool = False
    ) -> PersonList:
        """Who led ``name`` (on ``at``, or ever), each with the role behind it.

        >>> from lineage import load

        >>> leaders = load().leaders("JNIM", at="2017")
        >>> [p.name for p in leaders], leaders.answers["iyad-ag-ghali"].via.title
        (['Iyad Ag Ghali'], 'leader')
        """
        when = parse_date(at) if at is not None else None
        held = q.leader_roles(self.graph, self._gid(name, when), when)
        held = [h for h in held if h.certain or not certain]
        first = {h.role.person: h for h in reversed(held)}  # each person's first role
        people = list(dict.fromkeys(h.role.person for h in held))
        return PersonList(
            (self._people[p] for p in people),
            {p: Answer(first[p].certain, first[p].role) for p in people},
        )

    def timeline(self, name: str) -> EventList:
        """A group's events, or a person's events and the starts and ends of his roles,
        chronological.

        >>> from lineage import load

        >>> [e.kind for e in load().timeline("Iyad Ag Ghali")][:2]
        ['merger', 'role start']
        """
        found = self.lookup(name)
        if isinstance(found, Group):
            return EventList(q.timeline(self.graph, group=found.id))
        return EventList(q.person_timeline(self.graph, found.id))
