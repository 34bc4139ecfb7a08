"""What each imported row means: its event kind, who is who, and how that was decided.

MMP's codebook fixes no direction for ``aff``, ``spl`` or ``mer`` rows, so
each such row is directed only where its description states the direction —
read by the rules of :mod:`.directions`, or by a shipped judgement
(:mod:`.judgements`) — and is otherwise an ``undirected`` event (relation
``affiliation``, ``split`` or ``merger``). MMP's column order is never used.

* a pledge: ``group`` pledged to ``patron``;
* a split: ``splinter`` from ``parent`` (flagged when MMP's columns have it
  the other way round);
* an absorption: X merged into Y, unless MMP records X acting later, when it
  is a merger that does not end X (flagged);
* a merger: X is a party of the merger that formed Z;
* ``all`` / ``riv`` → an alliance / a rivalry of the two groups.

>>> from lineage.model import parse_date
>>> groups = {"mmp-g1": {"name": "Alpha Front"}, "mmp-g2": {"name": "Beta Brigade"}}
>>> def row(uid, kind, text):
...     return Row(uid, kind, "mmp-g1", "mmp-g2", parse_date("2001"), "2001-00-00", text, text)
>>> rows = [row("9", "mer", "Alpha Front merged into Beta Brigade."), row("10", "aff", "Allies.")]
>>> for s in settle(rows, groups, ImportReport(), {}):
...     print(s.kind, s.fields, "|", s.how)
absorption {'absorbed': 'mmp-g1', 'into': 'mmp-g2'} | direction from the description: \
'Alpha Front merged into Beta Brigade'
undirected {'members': ['mmp-g1', 'mmp-g2'], 'relation': 'affiliation'} | \
MMP does not say which way
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, NamedTuple

from ...exceptions import DataError, Problem
from ...model import PartialDate
from .csvfile import TYPES
from .directions import Reading, read_direction
from .judgements import SHIPPED, Judgement, RowText, fit_problems
from .names import aliases_for
from .report import ImportReport
from .rows import Row

__all__ = ["UNDIRECTED", "Settled", "settle"]

Groups = dict[str, dict[str, Any]]

UNDIRECTED = {"aff": "affiliation", "spl": "split", "mer": "merger"}
"""The MMP types whose direction the codebook does not fix, and their undirected relation."""
_UNSAID = {
    "aff": "that either group pledged to the other",
    "spl": "which group split from which",
    "mer": "which group continued",
}


class Settled(NamedTuple):
    """A row, the kind of event it records, that kind's fields (group ids), and why."""

    row: Row
    kind: str
    fields: dict[str, Any]
    how: str = ""  # how the direction was decided
    confidence: str = "medium"
    # a directed row's (older, newer) groups, or (group, patron) for a pledge
    pair: tuple[str, str] | None = None


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


def settle(
    rows: list[Row],
    groups: Groups,
    report: ImportReport,
    judgements: dict[str, Judgement],
    source: str = SHIPPED,
) -> list[Settled]:
    """Each row's meaning, in row order; a judgement that does not fit is a DataError."""
    acts = _LaterActs(rows)
    texts = {r.uid: RowText(r.type, (r.g1, r.g2), r.description) for r in rows}
    settled: list[Settled] = []
    problems: list[Problem] = []
    for r in rows:
        if r.type not in UNDIRECTED:
            settled.append(Settled(r, TYPES[r.type], {"members": sorted((r.g1, r.g2))}))
            continue
        names = {g: aliases_for(groups[g]["name"], r.description) for g in (r.g1, r.g2)}
        reading = read_direction(r.type, r.description, names)
        judged = judgements.get(r.uid)
        if judged is not None:
            misfits = _judgement_problems(judged, texts, reading, source)
            problems += misfits
            if misfits:
                continue
            reading = _as_reading(judged)
        settled.append(_settle_row(r, reading, judged, groups, acts, report))
    if problems:
        raise DataError(problems)
    return settled


def _judgement_problems(
    j: Judgement, texts: dict[str, RowText], reading: Reading | None, source: str
) -> list[Problem]:
    out = fit_problems(j, texts, source)
    if reading is not None:
        out.append(
            Problem(source, f"judgement for row {j.row}", "-",
                    f"the rules already read this row ({reading.rule}: '{reading.words}')",
                    "drop the judgement, or fix the rule if it misreads the row")
        )  # fmt: skip
    return out


def _as_reading(j: Judgement) -> Reading:
    return Reading(j.relation, j.first, j.second, "judgement", j.words, j.confidence == "low")


def _settle_row(
    r: Row,
    reading: Reading | None,
    judged: Judgement | None,
    groups: Groups,
    acts: _LaterActs,
    report: ImportReport,
) -> Settled:
    if reading is None:
        report.count_direction(r.uid, r.type, "undirected")
        report.flag(
            r.uid,
            "direction not stated",
            f"the description does not say {_UNSAID[r.type]}",
            f"recorded as an undirected {UNDIRECTED[r.type]}",
        )
        fields: dict[str, Any] = {"members": sorted((r.g1, r.g2)), "relation": UNDIRECTED[r.type]}
        return Settled(r, "undirected", fields, "MMP does not say which way")
    if judged is not None:
        report.count_direction(r.uid, r.type, "judgements")
        why = judged.note.rstrip(".")
        how = f"direction from judgement {judged.row}: '{judged.words}' ({why})"
        if judged.end is not None:
            how += f"; it ended {judged.end} (row {judged.end_row}: '{judged.end_words}')"
    else:
        report.count_direction(r.uid, r.type, "rules", reading.rule)
        how = f"direction from the description: '{reading.words}'"
    kind, fields = _directed(r, reading, groups, acts, report)
    if judged is not None and judged.end is not None:
        fields.update(end=judged.end, end_row=judged.end_row)
    confidence = judged.confidence if judged else ("low" if reading.hedged else "medium")
    a, b = reading.first, reading.second
    return Settled(r, kind, fields, how, confidence, (b, a) if kind == "split" else (a, b))


def _directed(
    r: Row, reading: Reading, groups: Groups, acts: _LaterActs, report: ImportReport
) -> tuple[str, dict[str, Any]]:
    """The event kind and fields of a directed reading of ``r``."""
    a, b = reading.first, reading.second
    if reading.relation == "pledge":
        return "pledge", {"group": a, "patron": b}
    if reading.relation == "split":
        if (b, a) != (r.g1, r.g2):
            report.flag(
                r.uid,
                "split direction reversed",
                f"the description says {groups[a]['name']} split from {groups[b]['name']}",
                "direction taken from the description",
            )
        return "split", {"parent": b, "splinter": a}
    if reading.relation == "merger":
        return "merger", {"parties": [(a, acts.after(a, r.date))], "result": b, "form": True}
    if not acts.after(a, r.date):
        return "absorption", {"absorbed": a, "into": b}
    report.flag(
        r.uid,
        "merged group acts later",
        f"{groups[a]['name']} merged into {groups[b]['name']} but MMP records it acting later",
        "recorded as a merger that does not end it",
    )
    return "merger", {"parties": [(a, True)], "result": b}
