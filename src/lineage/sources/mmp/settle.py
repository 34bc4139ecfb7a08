"""What each imported row means: its lineage kind and who is who.

* ``spl`` → a split, its direction from the description, else MMP's order
  (group1 the parent), flagged;
* ``mer`` → an absorption when the description says X merged into Y (or Y
  absorbed X) and MMP shows no later act of X; a merger that ends nothing
  when X acts later, or when the description says nothing (flagged); a
  party of a merger "to form Z" when it says so;
* ``aff`` → a pledge, its direction from the description, else group1 to
  group2 at low confidence (flagged);
* ``all`` / ``riv`` → an alliance / a rivalry of the two groups.

>>> from lineage.model import parse_date
>>> groups = {"mmp-g1": {"name": "Alpha Front"}, "mmp-g2": {"name": "Beta Brigade"}}
>>> row = Row("9", "mer", "mmp-g1", "mmp-g2", parse_date("2001"), "2001-00-00",
...           "Alpha Front merged into Beta Brigade.", "Alpha Front merged into Beta Brigade.")
>>> [(s.kind, s.fields) for s in settle([row], groups, ImportReport())]
[('absorption', {'absorbed': 'mmp-g1', 'into': 'mmp-g2'})]
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, NamedTuple

from ...model import PartialDate
from .csvfile import TYPES
from .directions import Names, merged_into, merged_to_form, pledged_to, split_direction
from .names import aliases_for
from .report import ImportReport
from .rows import Row

__all__ = ["Settled", "settle"]

Groups = dict[str, dict[str, Any]]


class Settled(NamedTuple):
    """A row, the kind of event it records and that kind's fields (group ids)."""

    row: Row
    kind: str
    fields: dict[str, Any]


class _LaterActs:
    """The dates at which MMP records each group in some relationship."""

    def __init__(self, rows: list[Row]) -> None:
        self._dates: dict[str, list[PartialDate]] = defaultdict(list)
        for r in rows:
            self._dates[r.g1].append(r.date)
            self._dates[r.g2].append(r.date)

    def after(self, gid: str, date: PartialDate) -> bool:
        """Whether MMP records ``gid`` acting definitely after ``date``."""
        return any(date.definitely_before(d) for d in self._dates[gid])


def settle(rows: list[Row], groups: Groups, report: ImportReport) -> list[Settled]:
    """Each row's meaning, in row order; unclear directions are reported."""
    acts = _LaterActs(rows)
    settled: list[Settled] = []
    for r in rows:
        names: Names = {
            r.g1: aliases_for(groups[r.g1]["name"], r.description),
            r.g2: aliases_for(groups[r.g2]["name"], r.description),
        }
        if r.type == "spl":
            settled.append(_split(r, names, groups, report))
        elif r.type == "mer":
            settled.append(_merger(r, names, groups, acts, report))
        elif r.type == "aff":
            settled.append(_pledge(r, names, report))
        else:
            settled.append(Settled(r, TYPES[r.type], {"members": sorted((r.g1, r.g2))}))
    return settled


def _split(r: Row, names: Names, groups: Groups, report: ImportReport) -> Settled:
    direction = split_direction(r.description, names)
    if direction is None:
        parent, splinter = r.g1, r.g2
        report.flag(
            r.uid,
            "split direction not stated",
            "the description does not say which group split from which",
            "MMP order kept: group1 the parent, group2 the splinter",
        )
    else:
        splinter, parent = direction
        if (parent, splinter) != (r.g1, r.g2):
            report.flag(
                r.uid,
                "split direction reversed",
                f"the description says {groups[splinter]['name']} split from "
                f"{groups[parent]['name']}",
                "direction taken from the description",
            )
    return Settled(r, "split", {"parent": parent, "splinter": splinter})


def _merger(
    r: Row, names: Names, groups: Groups, acts: _LaterActs, report: ImportReport
) -> Settled:
    into = merged_into(r.description, names)
    if into is not None:
        x, y = into
        if not acts.after(x, r.date):
            return Settled(r, "absorption", {"absorbed": x, "into": y})
        report.flag(
            r.uid,
            "merged group acts later",
            f"{groups[x]['name']} merged into {groups[y]['name']} but MMP records it acting later",
            "recorded as a merger that does not end it",
        )
        return Settled(r, "merger", {"parties": [(x, True)], "result": y})
    form = merged_to_form(r.description, names)
    if form is not None:
        x, z = form
        return Settled(
            r, "merger", {"parties": [(x, acts.after(x, r.date))], "result": z, "form": True}
        )
    report.flag(
        r.uid,
        "merger direction not stated",
        "the description does not say which group continued",
        "MMP order kept: group1 merged with group2; no group ended",
    )
    return Settled(r, "merger", {"parties": [(r.g1, True)], "result": r.g2})


def _pledge(r: Row, names: Names, report: ImportReport) -> Settled:
    direction = pledged_to(r.description, names)
    if direction is None:
        grp, patron = r.g1, r.g2
        report.flag(
            r.uid,
            "affiliation direction not stated",
            "the description does not say who pledged to whom",
            "MMP order kept: group1 pledged to group2",
        )
    else:
        grp, patron = direction
    return Settled(r, "pledge", {"group": grp, "patron": patron, "low": direction is None})
