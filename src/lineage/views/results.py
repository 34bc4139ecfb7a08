"""Query results: plain lists that also display themselves as tables.

Each result type has one :meth:`table` (headers and rows of text), which both
the notebook's HTML (``_repr_html_``, every value escaped) and the command
line's plain-text table show, so the two never drift apart.

>>> from lineage import load
>>> became = load().became("MOJWA")
>>> became.table()[0]
('id', 'name', 'region')
>>> "<table" in became._repr_html_()
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .._html import table as html_table
from ..model import BaseEvent, Group, Person

__all__ = ["EventList", "GroupList", "GroupState", "PersonList", "Snapshot", "Table"]

Table = tuple[tuple[str, ...], list[tuple[object, ...]]]
"""Headers and rows."""


class _Shown:
    def table(self) -> Table:
        raise NotImplementedError

    def _repr_html_(self) -> str:
        headers, rows = self.table()
        return html_table(headers, rows)


class GroupList(list[Group], _Shown):
    """Groups, as a list; an HTML table in notebooks."""

    def table(self) -> Table:
        return ("id", "name", "region"), [(g.id, g.name, g.region) for g in self]


class PersonList(list[Person], _Shown):
    """People, as a list; an HTML table in notebooks."""

    def table(self) -> Table:
        return ("id", "name", "origin"), [(p.id, p.name, p.origin) for p in self]


class EventList(list[BaseEvent], _Shown):
    """Events (a timeline or an explanation), as a list; an HTML table with quotes."""

    def table(self) -> Table:
        return ("date", "kind", "event", "what happened", "quote"), [
            (e.date, e.kind, e.id, e.description, " | ".join(c.quote for c in e.citations))
            for e in self
        ]


@dataclass(frozen=True)
class GroupState:
    """A group as it stood on a date: its names, leaders and allegiances then."""

    group: Group
    names: tuple[str, ...]
    leaders: tuple[Person, ...]
    allegiance: tuple[Group, ...]
    camp: Group

    @property
    def independent(self) -> bool:
        """Pledged to no one then (its camp is itself)."""
        return self.camp.id == self.group.id


def _names(groups: Sequence[Group]) -> str:
    return ", ".join(g.name for g in groups)


class Snapshot(list[GroupState], _Shown):
    """The groups on a date, as a list of :class:`GroupState`; an HTML table in notebooks."""

    def table(self) -> Table:
        return ("group", "names then", "leaders", "pledged to", "camp"), [
            (
                s.group.name,
                "; ".join(s.names),
                ", ".join(p.name for p in s.leaders),
                _names(s.allegiance),
                "independent" if s.independent else s.camp.name,
            )
            for s in self
        ]
