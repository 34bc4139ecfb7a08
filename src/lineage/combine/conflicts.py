"""Where sources disagree: conflicts are listed, never silently resolved.

A :class:`Conflict` names what disagrees (``kind``), the groups it is about,
and both sides, each as ``(dataset, record id, what it says)``. Both facts stay
in the combined data, each with its own sources; queries follow both.

Kinds:

=============  ==============================================================
``dates``      one split or merger, dated so differently by two sources that
               the dates cannot both hold (no day in common); pledges,
               alliances and rivalries at different times are two facts
``direction``  one relation, in opposite directions (who split from whom,
               who pledged to whom)
``kind``       one relation, a split in one source and a merger or absorption
               in the other (with or without a direction); or a merger or
               absorption in one and a pledge (the group goes on) in the other
``rename``     one rename, to two different names
``ending``     one merger or absorption, in which one source has a group end
               and the other has it go on (a faction merged): the event is
               one, citing both, and the disagreement is listed
``pledge``     a pledge in one source, a rivalry between the same groups over
               the same time in the other
``founded``    a group's founding (or ``dissolved``: its end) dated so
``dissolved``  differently that both cannot hold
``lifespan``   a group one source ends (absorbed, merged whole, dissolved)
               before an event the other source has it take part in
=============  ==============================================================

>>> c = Conflict("dates", ("x:a", "x:b"), ("x", "e1", "split 2011"), ("y", "e9", "split 2015"),
...              "split of x:b from x:a: 2011 in x but 2015 in y")
>>> c.datasets
('x', 'y')
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Conflict", "ConflictList"]

Side = tuple[str, str, str]
"""``(dataset, record or event id, what it says)``."""


@dataclass(frozen=True, slots=True)
class Conflict:
    """One disagreement between two sources, with both sides."""

    kind: str
    subject: tuple[str, ...]
    first: Side
    second: Side
    summary: str

    @property
    def datasets(self) -> tuple[str, str]:
        return self.first[0], self.second[0]


class ConflictList(list[Conflict]):
    """Conflicts, as a list; a table in notebooks and on the command line."""

    def table(self) -> tuple[tuple[str, ...], list[tuple[object, ...]]]:
        return ("kind", "about", "one source says", "the other says"), [
            (
                c.kind,
                ", ".join(c.subject),
                f"{c.first[2]} ({c.first[0]}: {c.first[1]})",
                f"{c.second[2]} ({c.second[0]}: {c.second[1]})",
            )
            for c in self
        ]

    def __str__(self) -> str:
        from ..views.results import text_table

        return text_table(*self.table())

    def _repr_html_(self) -> str:
        from .._html import table

        return table(*self.table())
