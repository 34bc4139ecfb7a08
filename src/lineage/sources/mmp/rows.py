"""MMP relationship rows checked and read into :class:`Row` records.

A row is imported when its type is known, both its groups are in the key,
they are two groups and its date can be read; otherwise the report says why
it was not. Kept rows have their description cleaned into the quote that
will cite them (or, with no description, the row's coded fields).

>>> report = ImportReport()
>>> groups = {"mmp-g1": {"name": "Alpha"}, "mmp-g2": {"name": "Beta"}}
>>> raw = {"unique_id": "7", "type": "riv", "group1_id": "1", "group2_id": "2",
...        "date": "1/1/95", "description": "", "group1_name": "Alpha", "group2_name": "Beta"}
>>> [row] = read_rows([raw], groups, {"1": "Alpha", "2": "Beta"}, report)
>>> str(row.date), row.quote
('1995-01-01', 'riv Alpha / Beta 1/1/95')
>>> [a["kind"] for a in report.anomalies]
['1/1 date', 'no description']
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...model import PartialDate
from .csvfile import TYPES
from .dates import may_stand_for_a_year, mmp_date
from .names import clean
from .report import ImportReport

__all__ = ["Row", "read_rows"]


@dataclass
class Row:
    """One imported relationship row: its groups as lineage ids, its date and quote."""

    uid: str
    type: str
    g1: str
    g2: str
    date: PartialDate
    raw_date: str
    quote: str
    description: str


def read_rows(
    rel_rows: list[dict[str, str]],
    groups: dict[str, dict[str, Any]],
    names_by_id: dict[str, str],
    report: ImportReport,
) -> list[Row]:
    """The rows that can be imported; the report accounts for the others."""
    report.rows = len(rel_rows)
    rows: list[Row] = []
    for raw in rel_rows:
        row = _row(raw, groups, names_by_id, report)
        if row is not None:
            rows.append(row)
    return rows


def _row(
    raw: dict[str, str],
    groups: dict[str, dict[str, Any]],
    names_by_id: dict[str, str],
    report: ImportReport,
) -> Row | None:
    uid = (raw["unique_id"] or "").strip()
    rtype = (raw["type"] or "").strip()
    report.by_type[rtype] = report.by_type.get(rtype, 0) + 1
    g1, g2 = f"mmp-g{raw['group1_id'].strip()}", f"mmp-g{raw['group2_id'].strip()}"
    date = _admitted_date(uid, rtype, g1, g2, raw, groups, report)
    if date is None:
        return None
    if may_stand_for_a_year(raw["date"]):
        report.flag(
            uid, "1/1 date", raw["date"], f"kept as the day {date}; it may stand for the year only"
        )
    for col in ("group1_name", "group2_name"):
        if raw[col] != raw[col].strip():
            report.flag(uid, "trailing spaces", f"{col} {raw[col]!r}", "trimmed")
    raw_desc = raw["description"] or ""
    description = clean(raw_desc)
    if description != raw_desc.strip():
        report.flag(
            uid, "escaped text", "backslash quotes or HTML entities", "unescaped in the quote"
        )
    quote = description
    if not description:
        quote = (
            f"{rtype} {names_by_id.get(raw['group1_id'].strip(), g1)} / "
            f"{names_by_id.get(raw['group2_id'].strip(), g2)} {raw['date'].strip()}"
        )
        report.flag(uid, "no description", "", "the quote is the row's coded fields")
    return Row(uid, rtype, g1, g2, date, raw["date"].strip(), quote, description)


def _admitted_date(
    uid: str,
    rtype: str,
    g1: str,
    g2: str,
    raw: dict[str, str],
    groups: dict[str, dict[str, Any]],
    report: ImportReport,
) -> PartialDate | None:
    """The row's date if the row can be imported; else None, reported and accounted for."""

    def refuse(kind: str, detail: str, action: str, why: str) -> None:
        report.flag(uid, kind, detail, action)
        report.row_to_event[uid] = f"(not imported: {why})"

    if rtype not in TYPES:
        refuse("unknown type", rtype, "row not imported", "unknown type")
        return None
    if g1 not in groups or g2 not in groups:
        detail = f"{raw['group1_id']} / {raw['group2_id']}"
        action = "row not imported: its group is not in the key"
        refuse("unknown group", detail, action, "unknown group")
        return None
    if g1 == g2:
        refuse("self relation", g1, "row not imported", "a group related to itself")
        return None
    date, why = mmp_date(raw["date"])
    if date is None:
        refuse("bad date", f"{raw['date']!r}: {why}", "row not imported", "bad date")
    return date
