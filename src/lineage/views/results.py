"""Query results: plain lists that also show themselves as tables.

Each result type has one :meth:`table` (headers and rows), which the
notebook's HTML (``_repr_html_``, every value escaped, rows that are only
possible faded), ``print()`` and the command line all show, so they never
drift apart. Answers of the time-aware queries carry an :class:`Answer` per
item: the fact behind it (``via``) and whether it is certain.

>>> from lineage import load
>>> became = load().became("MOJWA")
>>> became.table()[0]
('id', 'name', 'via', 'date', 'certain')
>>> became.answers["isgs"].via.id, became.answers["isgs"].certain
('isgs-split', True)
>>> print(became)  # doctest: +NORMALIZE_WHITESPACE
id             name                                   via                   date        certain
-------------  -------------------------------------  --------------------  ----------  -------
al-murabitoun  Al Murabitoun                          al-murabitoun-formed  2013        yes
isgs           Islamic State in Greater Sahara        isgs-split            2015        yes
jnim           Jama’a Nusrat ul-Islam wa al-Muslimin  jnim-formed           2017-03-02  yes
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from .._html import table as html_table
from ..model import BaseEvent, Group, PartialDate, Person, Role

__all__ = [
    "Answer",
    "EventList",
    "GroupList",
    "GroupState",
    "PersonList",
    "Snapshot",
    "Table",
    "sources_of",
    "text_table",
]

Table = tuple[tuple[str, ...], list[tuple[object, ...]]]
"""Headers and rows."""


def text_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A plain-text table with aligned columns, or ``(none)``."""
    cells = [[str(h) for h in headers]] + [[("" if c is None else str(c)) for c in r] for r in rows]
    if len(cells) == 1:
        return "(none)"
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def sources_of(record: Any) -> list[str]:
    """The distinct sources a record cites, in order: two or more is corroboration.

    >>> from lineage import load
    >>> sources_of(load().event("mojwa-split"))
    ['carbonari-north-africa']
    """
    return list(dict.fromkeys(c.source for c in record.citations))


def certainty(certain: bool) -> str:
    """How a table says whether an answer is certain."""
    return "yes" if certain else "possible"


@dataclass(frozen=True, slots=True)
class Answer:
    """Why an item is in an answer (``via``: an event, a pledge or a role) and whether
    it certainly is (see :mod:`lineage.graph.descent` and :mod:`lineage.graph.allegiance`)."""

    certain: bool
    via: BaseEvent | Role | None = None

    @property
    def date(self) -> PartialDate | None:
        """The date of the fact behind it (a role's start)."""
        via = self.via
        if isinstance(via, Role):
            return via.start
        return via.date if via is not None else None


R = TypeVar("R", bound=Group | Person)


class _Answers(list[R]):
    """Records with an optional :class:`Answer` each, keyed by record id."""

    def __init__(self, items: Iterable[R] = (), answers: Mapping[str, Answer] | None = None):
        super().__init__(items)
        self.answers: dict[str, Answer] = dict(answers or {})

    def certain(self, item: R | str) -> bool:
        """Whether the answer holds for certain for this record (true when not a query)."""
        key = item if isinstance(item, str) else item.id
        found = self.answers.get(key)
        return True if found is None else found.certain

    def _answer_cells(self, item: R) -> tuple[object, ...]:
        a = self.answers.get(item.id)
        if a is None:
            return ("", "", "")
        via = a.via
        label = via.title if isinstance(via, Role) else (via.id if via is not None else "")
        return (label, a.date if a.date is not None else "", certainty(a.certain))

    def table(self) -> Table:
        raise NotImplementedError

    def _repr_html_(self) -> str:
        headers, rows = self.table()
        return html_table(headers, rows, [not self.certain(x) for x in self])

    def __str__(self) -> str:
        return text_table(*self.table())


class GroupList(_Answers[Group]):
    """Groups, as a list; a table (with via, date and certainty for query answers)."""

    def table(self) -> Table:
        if not self.answers:
            return ("id", "name", "region"), [(g.id, g.name, g.region) for g in self]
        return ("id", "name", "via", "date", "certain"), [
            (g.id, g.name, *self._answer_cells(g)) for g in self
        ]


class PersonList(_Answers[Person]):
    """People, as a list; a table (with the role, its dates and source for leaders)."""

    def table(self) -> Table:
        if not self.answers:
            return ("id", "name", "origin"), [(p.id, p.name, p.origin) for p in self]
        return ("id", "name", "role", "from", "to", "source", "certain"), [
            (p.id, p.name, *self._role_cells(p)) for p in self
        ]

    def _role_cells(self, person: Person) -> tuple[object, ...]:
        a = self.answers[person.id]
        role = a.via
        if not isinstance(role, Role):
            return ("", "", "", "", certainty(a.certain))
        sources = ", ".join(dict.fromkeys(c.source for c in role.citations))
        return (role.title, role.start or "?", role.end or "", sources, certainty(a.certain))


class EventList(list[Any]):
    """Events (a timeline or an explanation), as a list; a table with quotes.

    ``certain`` says whether the whole list holds for certain (an explanation
    is as certain as its weakest link); ``hint`` says what to try when empty.
    """

    def __init__(self, items: Iterable[Any] = (), *, certain: bool = True, hint: str = ""):
        super().__init__(items)
        self.certain = certain
        self.hint = hint

    def table(self) -> Table:
        return ("date", "kind", "event", "what happened", "quote", "sources"), [
            (
                e.date if e.date is not None else "?",
                e.kind,
                e.id,
                e.description,
                " | ".join(c.quote for c in e.citations),
                ", ".join(sources_of(e)),
            )
            for e in self
        ]

    def _repr_html_(self) -> str:
        headers, rows = self.table()
        return html_table(headers, rows, [not self.certain] * len(rows))

    def __str__(self) -> str:
        text = text_table(*self.table())
        return f"{text}\n({self.hint})" if self.hint and not self else text


@dataclass(frozen=True)
class GroupState:
    """A group as it stood on a date: its names, leaders and allegiances then,
    and which of them certainly held."""

    group: Group
    names: tuple[str, ...]
    leaders: tuple[Person, ...]
    allegiance: tuple[Group, ...]
    camp: Group
    exists_certain: bool = True
    certain_leaders: tuple[Person, ...] = ()
    certain_allegiance: tuple[Group, ...] = ()
    camp_certain: bool = True

    @property
    def independent(self) -> bool:
        """Pledged to no one then (its camp is itself)."""
        return self.camp.id == self.group.id

    @property
    def certain(self) -> bool:
        """Everything in this state held for certain."""
        return (
            self.exists_certain
            and self.camp_certain
            and len(self.certain_leaders) == len(self.leaders)
            and len(self.certain_allegiance) == len(self.allegiance)
        )


def _marked(records: Sequence[Group | Person], sure: Sequence[Group | Person]) -> str:
    ids = {r.id for r in sure}
    return ", ".join(r.name if r.id in ids else f"{r.name} (possible)" for r in records)


class Snapshot(list[GroupState]):
    """The groups on a date, as a list of :class:`GroupState`; a table, uncertain parts marked."""

    def table(self) -> Table:
        return ("group", "names then", "leaders", "pledged to", "camp", "certain"), [
            (
                s.group.name,
                "; ".join(s.names),
                _marked(s.leaders, s.certain_leaders),
                _marked(s.allegiance, s.certain_allegiance),
                "independent" if s.independent else s.camp.name,
                certainty(s.certain),
            )
            for s in self
        ]

    def _repr_html_(self) -> str:
        headers, rows = self.table()
        return html_table(headers, rows, [not s.certain for s in self])

    def __str__(self) -> str:
        return text_table(*self.table())
