"""Records that identity links make one: a group (or person) known to several datasets.

The merged record keeps the canonical member's id and name (the member from
the earliest-loaded dataset), and gathers from every member: each name
(its own canonical name listed as an ``official`` name "in <dataset>"), every
citation, the first region given, and each dataset's note. Where members
give different founding or dissolution dates, the canonical member's stands
and the disagreement is returned as a :class:`~lineage.combine.conflicts.Conflict`.

>>> from lineage.model import Group, parse_date
>>> a = Group(id="x:a", name="MOJWA", founded=parse_date("2011"))
>>> b = Group(id="y:b", name="MUJAO", founded=parse_date("2011-10"))
>>> merged, conflicts = merge_records([("x", a), ("y", b)], "x:a")
>>> merged.id, [n.name for n in merged.names], conflicts
('x:a', ['MUJAO'], [])
"""

from __future__ import annotations

from typing import Any, TypeVar

from ..model import Name, PartialDate
from ..names.fold import normalise
from .conflicts import Conflict
from .namespace import rebuilt

__all__ = ["merge_records"]

R = TypeVar("R")
Member = tuple[str, Any]
"""``(dataset name, record)``."""
_FILLED = ("founded", "dissolved", "region", "origin")
"""Fields a merged record takes from the first member that gives them, when its own
canonical member does not."""


def _own_entries(dataset: str, record: Any) -> list[Name]:
    """A non-canonical member's names: its own name first, as it lists it (dated and
    cited) or, if unlisted, as a plain official name "in <dataset>"; then the rest."""
    listed = list(record.names)
    own = next((n for n in listed if normalise(n.name) == normalise(record.name)), None)
    note = f"name in {dataset}"
    if own is None:
        return [Name(name=record.name, kind="official", note=note), *listed]
    listed.remove(own)
    return [rebuilt(own, {"note": own.note or note}), *listed]


def _names(members: list[Member], canonical: Any) -> tuple[Name, ...]:
    """Every member's names, once each (as lineage compares names), citations pooled.

    The canonical member comes first, its entries all kept (a dated, cited entry for
    its canonical name included). Another member's entry for the canonical name adds
    its citations to that entry, or, when the canonical member lists none, becomes an
    undated entry for it holding those citations (the canonical name's span is the
    canonical member's to give).
    """
    own = normalise(canonical.name)
    seen: dict[str, int] = {}
    out: list[Name] = []
    first = [m for m in members if m[1] is canonical]
    ordered = first + [m for m in members if m[1] is not canonical]
    for dataset, record in ordered:
        listed = list(record.names) if record is canonical else _own_entries(dataset, record)
        for name in listed:
            key = normalise(name.name)
            if key not in seen:
                if key == own and record is not canonical:
                    if not name.citations:
                        continue  # the canonical name, which the merged record bears
                    name = Name(name=canonical.name, kind="official", citations=name.citations)
                seen[key] = len(out)
                out.append(name)
            elif name.citations:
                kept = out[seen[key]]
                out[seen[key]] = rebuilt(kept, {"citations": (*kept.citations, *name.citations)})
    return tuple(out)


def _date_conflict(field: str, cid: str, members: list[Member]) -> Conflict | None:
    given: list[tuple[str, str, PartialDate]] = [
        (d, r.id, getattr(r, field)) for d, r in members if getattr(r, field)
    ]
    for i, (da, ra, va) in enumerate(given):
        for db, rb, vb in given[i + 1 :]:
            if va.definitely_before(vb) or vb.definitely_before(va):
                return Conflict(
                    kind=field,
                    subject=(cid,),
                    first=(da, ra, f"{field} {va.text}"),
                    second=(db, rb, f"{field} {vb.text}"),
                    summary=f"{field} {va.text} in {da} but {vb.text} in {db}",
                )
    return None


def merge_records(members: list[tuple[str, R]], canonical_id: str) -> tuple[R, list[Conflict]]:
    """One record from every member of a cluster (load order), and the conflicts found."""
    given: list[tuple[str, Any]] = list(members)
    canonical: Any = next((r for _, r in given if r.id == canonical_id), given[0][1])
    changes: dict[str, Any] = {
        "id": canonical_id,
        "names": _names(given, canonical),
        "citations": tuple(c for _, r in given for c in r.citations),
    }
    notes = [f"[{d}] {r.note}" for d, r in given if r.note]
    if notes:
        changes["note"] = " ".join(notes) if len(members) > 1 else canonical.note
    conflicts: list[Conflict] = []
    for field in _FILLED:
        if not hasattr(canonical, field):
            continue
        if not getattr(canonical, field):
            changes[field] = next(
                (getattr(r, field) for _, r in members if getattr(r, field)), None
            )
        if field in ("founded", "dissolved"):
            found = _date_conflict(field, canonical_id, given)
            if found is not None:
                conflicts.append(found)
    merged: R = rebuilt(canonical, changes)
    return merged, conflicts
