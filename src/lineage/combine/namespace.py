"""Qualify a dataset's ids with its name, so several datasets load side by side.

A combination names each dataset by its file's stem (``groups`` for
``groups.json``); every id becomes ``name:id`` and every reference follows,
so two files may both hold ``al-qaeda``. The reference fields are few and
known (:data:`REFERENCE_FIELDS`, :data:`LIST_FIELDS`, a merger's parties and
every citation's source).

The records are copied as they are, never dumped to JSON and validated again:
each was validated when its dataset was read, and a copy that only renames
ids keeps it valid (a dataset's name is a slug; :func:`check_prefix` makes
sure, and that the qualified ids stay within the length ids may have).

>>> from lineage.model import Citation, Group
>>> g = Group(id="a", name="A", citations=(Citation(source="s", quote="A"),))
>>> q = renamed(g, "x:".__add__, "x:".__add__, "x:a")
>>> q.id, q.citations[0].source, g.id
('x:a', 'x:s', 'a')
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

from ..exceptions import ArgumentError
from ..identity.links import SLUG
from ..model import Dataset

__all__ = ["LIST_FIELDS", "REFERENCE_FIELDS", "check_prefix", "rebuilt", "renamed"]

REFERENCE_FIELDS = frozenset(
    {"group", "patron", "parent", "splinter", "absorbed", "into", "result", "person"}
)
"""Fields of events and roles that hold one record id."""
LIST_FIELDS = frozenset({"members", "people"})
"""Fields that hold a tuple of record ids."""
_MAX_ID = 200  # as lineage.model.records.Id

Rename = Callable[[str], str]
R = TypeVar("R")


class _Plan(NamedTuple):
    """What of a record type's fields :func:`renamed` has to rename."""

    fields: tuple[str, ...]
    refs: tuple[str, ...]
    lists: tuple[str, ...]
    parties: bool
    citations: bool
    names: bool


_PLANS: dict[type[Any], _Plan] = {}


def _plan(cls: type[Any]) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        fields = tuple(f.name for f in dataclasses.fields(cls))
        plan = _PLANS[cls] = _Plan(
            fields,
            tuple(f for f in fields if f in REFERENCE_FIELDS),
            tuple(f for f in fields if f in LIST_FIELDS),
            "parties" in fields,
            "citations" in fields,
            "names" in fields,
        )
    return plan


def rebuilt(record: R, changes: dict[str, Any]) -> R:
    """A copy of a validated record with ``changes``, not validated again.

    Only for changes that keep the record valid (renamed ids, pooled citations,
    values taken from another valid record of the same type).
    """
    cls = type(record)
    new = object.__new__(cls)
    for name in _plan(cls).fields:
        value = changes[name] if name in changes else getattr(record, name)
        object.__setattr__(new, name, value)
    return new


def _citations(items: tuple[Any, ...], source: Rename) -> tuple[Any, ...]:
    return tuple(rebuilt(c, {"source": sys.intern(source(c.source))}) for c in items)


def renamed(record: R, ref: Rename, source: Rename, rid: str | None = None) -> R:
    """A copy of ``record`` with every reference renamed by ``ref``, every citation's
    source by ``source``, and its own id set to ``rid`` (kept when ``None``)."""
    plan = _plan(type(record))
    r: Any = record
    changes: dict[str, Any] = {} if rid is None else {"id": sys.intern(rid)}
    for name in plan.refs:
        changes[name] = sys.intern(ref(getattr(r, name)))
    for name in plan.lists:
        changes[name] = tuple(sys.intern(ref(v)) for v in getattr(r, name))
    if plan.parties:
        parties = r.parties
        changes["parties"] = tuple(rebuilt(p, {"group": sys.intern(ref(p.group))}) for p in parties)
    if plan.citations:
        changes["citations"] = _citations(r.citations, source)
    if plan.names:
        changes["names"] = tuple(
            rebuilt(n, {"citations": _citations(n.citations, source)}) if n.citations else n
            for n in r.names
        )
    return rebuilt(record, changes)


def check_prefix(name: str, dataset: Dataset) -> None:
    """Refuse a dataset name that would make its qualified ids invalid: not a slug, or
    ids that are already qualified or grow past the length an id may have."""
    if not re.fullmatch(SLUG, name):
        raise ArgumentError(
            f"{name!r} cannot name a dataset in a combination: it is not a slug",
            "name it with lower-case letters, digits, '.', '_' and '-' (e.g. mmp)",
        )
    room = _MAX_ID - len(name) - 1
    ds = dataset
    for r in (*ds.sources, *ds.groups, *ds.people, *ds.roles, *ds.events):
        if ":" in r.id or len(r.id) > room:
            raise ArgumentError(
                f"dataset {name!r}: id {r.id!r} cannot be qualified as {name}:{r.id}",
                f"combine datasets whose ids are plain slugs of at most {room} characters",
            )
