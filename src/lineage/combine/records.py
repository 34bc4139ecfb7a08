"""Records that identity links make one: a group (or person) known to several datasets.

The merged record keeps the canonical member's id and name (the member from
the earliest-loaded dataset), and gathers from every member: each name
(its own canonical name listed as an ``official`` name "in <dataset>"), every
citation, the first region given, and each dataset's note. Where members
give different founding or dissolution dates, the canonical member's stands
and the disagreement is returned as a :class:`~lineage.combine.conflicts.Conflict`.

>>> a = {"id": "x:a", "name": "MOJWA", "founded": "2011"}
>>> b = {"id": "y:b", "name": "MUJAO", "founded": "2011-10"}
>>> merged, conflicts = merge_records([("x", a), ("y", b)], "x:a")
>>> merged["id"], [n["name"] for n in merged["names"]], conflicts
('x:a', ['MUJAO'], [])
"""

from __future__ import annotations

from typing import Any

from ..model import parse_date
from ..names.fold import normalise
from .conflicts import Conflict

__all__ = ["merge_records"]

Member = tuple[str, dict[str, Any]]
"""``(dataset name, record data)``."""


def _names(members: list[Member], canonical: dict[str, Any]) -> list[dict[str, Any]]:
    """Every member's names, once each (as lineage compares names), citations pooled."""
    seen: dict[str, dict[str, Any]] = {normalise(canonical["name"]): {}}
    out: list[dict[str, Any]] = []
    for dataset, record in members:
        listed = list(record.get("names", []))
        if record is not canonical:
            listed.insert(
                0, {"name": record["name"], "kind": "official", "note": f"name in {dataset}"}
            )
        for name in listed:
            key = normalise(name["name"])
            kept = seen.get(key)
            if kept is None:
                kept = dict(name)
                seen[key] = kept
                out.append(kept)
            elif kept and name.get("citations"):
                kept["citations"] = [*kept.get("citations", []), *name["citations"]]
    return out


def _date_conflict(field: str, cid: str, members: list[Member]) -> Conflict | None:
    given = [(d, r["id"], r[field]) for d, r in members if r.get(field)]
    for i, (da, ra, va) in enumerate(given):
        for db, rb, vb in given[i + 1 :]:
            a, b = parse_date(va), parse_date(vb)
            if a.definitely_before(b) or b.definitely_before(a):
                return Conflict(
                    kind=field,
                    subject=(cid,),
                    first=(da, ra, f"{field} {va}"),
                    second=(db, rb, f"{field} {vb}"),
                    summary=f"{field} {va} in {da} but {vb} in {db}",
                )
    return None


def merge_records(
    members: list[Member], canonical_id: str
) -> tuple[dict[str, Any], list[Conflict]]:
    """One record from the data of every member of a cluster (load order)."""
    canonical = next((r for _, r in members if r["id"] == canonical_id), members[0][1])
    merged = dict(canonical)
    merged["id"] = canonical_id
    merged["names"] = _names(members, canonical)
    merged["citations"] = [c for _, r in members for c in r.get("citations", [])]
    notes = [f"[{d}] {r['note']}" for d, r in members if r.get("note")]
    if notes:
        merged["note"] = " ".join(notes) if len(members) > 1 else canonical["note"]
    conflicts: list[Conflict] = []
    for field in ("founded", "dissolved", "region", "origin"):
        if not merged.get(field):
            merged[field] = next((r[field] for _, r in members if r.get(field)), None)
        if field in ("founded", "dissolved"):
            found = _date_conflict(field, canonical_id, members)
            if found is not None:
                conflicts.append(found)
    return {k: v for k, v in merged.items() if v not in (None, [])}, conflicts
