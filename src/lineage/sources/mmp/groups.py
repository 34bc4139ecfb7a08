"""The groups of MMP's key file as lineage group records.

Each key line ``group_id,name`` becomes a group ``mmp-g<id>``; MMP's ``-99``
("not yet placed on a map") becomes ``mmp-x-<slug of the name>``. The name is
cleaned and trimmed, its parenthesised acronym or former name becomes an
extra name (unless another group would share it), citing the key line it
comes from, and every oddity is reported.

>>> report = ImportReport()
>>> rows = [{"group_id": "3", "name": "Gamma Army (GA) "}, {"group_id": "-99", "name": "Unplaced"}]
>>> groups, names_by_id = groups_from_key(rows, report)
>>> list(groups), names_by_id
(['mmp-g3', 'mmp-x-unplaced'], {'3': 'Gamma Army (GA)', 'mmp-x-unplaced': 'Unplaced'})
>>> [a["kind"] for a in report.anomalies]
['trailing spaces', 'group id -99']
"""

from __future__ import annotations

import re
from typing import Any

from .csvfile import MMP_SOURCE
from .names import clean, drop_shared_names, group_names, slug
from .report import ImportReport

__all__ = ["groups_from_key"]


def groups_from_key(
    key_rows: list[dict[str, str]], report: ImportReport
) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """Group records by id, and each MMP group id's name (``-99`` groups by their new id)."""
    groups: dict[str, dict[str, Any]] = {}
    names_by_id: dict[str, str] = {}
    for i, row in enumerate(key_rows, start=2):
        line = f"key line {i}"
        entry = _key_entry(line, row, report)
        if entry is None:
            continue
        raw_id, gid, name = entry
        if gid in groups:
            report.flag(line, "duplicate group id", raw_id, "kept the first")
            continue
        canonical, extras = group_names(name)
        for extra in extras:  # each cites the key line it was read from
            extra["citations"] = [{"source": MMP_SOURCE["id"], "quote": name, "locator": line}]
        groups[gid] = {
            "id": gid,
            "name": canonical,
            "names": extras,
            "note": f"MMP group_id {raw_id}",
        }
        names_by_id[raw_id if raw_id != "-99" else gid] = canonical
    drop_shared_names(groups, report)
    return groups, names_by_id


def _key_entry(line: str, row: dict[str, str], report: ImportReport) -> tuple[str, str, str] | None:
    """``(MMP id, group id, clean name)`` of a key row, or None if it cannot be a group."""
    raw_id, raw_name = (row.get("group_id") or "").strip(), row.get("name") or ""
    name = clean(raw_name)
    extra_cols = {
        k: v for k, v in row.items() if k not in ("group_id", "name") and (v or "").strip()
    }
    if extra_cols:
        report.flag(line, "extra key columns", str(extra_cols), "ignored")
    if not name:
        report.flag(line, "empty name", raw_id, "skipped: a group needs a name")
        return None
    if raw_name != raw_name.strip():
        report.flag(line, "trailing spaces", repr(raw_name), "trimmed")
    gid = _group_id(line, raw_id, name, report)
    return None if gid is None else (raw_id, gid, name)


def _group_id(line: str, raw_id: str, name: str, report: ImportReport) -> str | None:
    """The lineage id for MMP's ``raw_id``, or None (reported) when it is not an id."""
    if raw_id == "-99":
        gid = f"mmp-x-{slug(name)}"
        report.flag(line, "group id -99", name, f"not placed on a map by MMP; given the id {gid}")
        return gid
    if re.fullmatch(r"\d+", raw_id):
        return f"mmp-g{raw_id}"
    report.flag(line, "bad group id", raw_id, "skipped")
    return None
