"""Several datasets as one: qualified ids, identity links applied, facts corroborated.

:func:`combine` takes datasets in load order, each with its name (its file's
stem), and the identity links that apply:

1. every id is qualified by its dataset (``groups:al-qaeda``,
   ``mmp:mmp-g12``), so two files may hold the same id (:mod:`.namespace`);
2. records that ``same`` links join become one, keeping every name and
   citation of every member (:mod:`.records`);
3. events two sources both report become one citing both; disagreements
   stay as two facts and are listed (:mod:`.events`, :mod:`.conflicts`), as
   are groups one source ends before another has them act (:mod:`.lifespans`).

Each dataset is checked on its own before it is combined (its dates against
its own foundings); across sources, where facts disagree, that is a
conflict to show, not an error. ``aliases`` lets any id still name its
record: a member's qualified id, an unqualified id where only one dataset
holds it, an event absorbed into another.

>>> from lineage import Dataset
>>> a = Dataset.model_validate({"sources": [{"id": "s", "title": "S", "url": "https://a"}],
...     "groups": [{"id": "x", "name": "X"}]})
>>> b = Dataset.model_validate({"sources": [{"id": "s", "title": "T", "url": "https://b"}],
...     "groups": [{"id": "x", "name": "Ex"}]})
>>> both = combine([("a", a), ("b", b)])
>>> [g.id for g in both.dataset.groups], both.aliases["x"]
(['a:x', 'b:x'], ('a:x', 'b:x'))
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..exceptions import ArgumentError
from ..identity import Link, Links, Resolution, record_ids, resolve
from ..model import Dataset
from .conflicts import Conflict, ConflictList
from .events import corroborate
from .lifespans import after_endings
from .namespace import check_prefix, renamed
from .records import merge_records

__all__ = ["Combined", "Conflict", "ConflictList", "combine"]

Parts = Sequence[tuple[str, Dataset]]
"""``(dataset name, dataset)`` in load order."""


@dataclass(frozen=True)
class Combined:
    """The combined dataset, the disagreements found, and how ids map."""

    dataset: Dataset
    conflicts: ConflictList
    aliases: dict[str, tuple[str, ...]]
    """Any id a user may give -> the record ids in ``dataset`` it may name (one, or
    several when two datasets hold that id for different records)."""
    names: tuple[str, ...]
    resolution: Resolution
    corroborated: dict[str, str] = field(default_factory=dict)
    """Events made one with another: absorbed id -> the id kept."""


def _qualified(parts: Parts, collection: str) -> list[tuple[str, Any]]:
    """``(dataset name, record)`` of a collection of every dataset, ids qualified."""
    out = []
    for name, dataset in parts:
        prefix = f"{name}:"
        for r in getattr(dataset, collection):
            out.append((name, renamed(r, prefix.__add__, prefix.__add__, prefix + r.id)))
    return out


def _merge(tagged: list[tuple[str, Any]], canonical: Any) -> tuple[list[Any], list[Conflict]]:
    buckets: dict[str, list[tuple[str, Any]]] = {}
    for name, record in tagged:
        buckets.setdefault(canonical(record.id), []).append((name, record))
    records, conflicts = [], []
    for cid, members in buckets.items():
        if len(members) == 1:  # in no cluster: the record as its dataset wrote it
            records.append(members[0][1])
            continue
        merged, found = merge_records(members, cid)
        records.append(merged)
        conflicts.extend(found)
    return records, conflicts


def _canonical(name: str, records: Iterable[Any], canonical: Any) -> list[Any]:
    """A dataset's roles or events, ids qualified and references made canonical."""
    prefix = f"{name}:"

    def ref(rid: str) -> str:
        return canonical(prefix + rid)  # type: ignore[no-any-return]

    return [renamed(r, ref, prefix.__add__, prefix + r.id) for r in records]


def _aliases(
    parts: Sequence[tuple[str, Dataset]], canonical: Any, absorbed: dict[str, str]
) -> dict[str, tuple[str, ...]]:
    found: dict[str, dict[str, None]] = {}
    for name, dataset in parts:
        for record in (*dataset.groups, *dataset.people, *dataset.events, *dataset.roles):
            target = canonical(f"{name}:{record.id}")
            target = absorbed.get(target, target)
            found.setdefault(f"{name}:{record.id}", {})[target] = None
            found.setdefault(record.id, {})[target] = None  # several: ambiguous
    return {key: tuple(targets) for key, targets in found.items()}


def combine(
    parts: Sequence[tuple[str, Dataset]],
    links: Links | Iterable[Link] = (),
    *,
    resolution: Resolution | None = None,
) -> Combined:
    """Combine datasets (in load order) under identity ``links`` (see the module docstring).

    Raises :class:`~lineage.DataError` when the links are wrong (a missing
    record, a contradiction), naming the link and the records. ``resolution``
    may pass the links already resolved against these datasets.
    """
    names = [name for name, _ in parts]
    if len(set(names)) != len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise ArgumentError(
            f"two datasets are named {twice[0]!r} (a dataset is named by its file's stem)",
            "rename one of the files",
        )
    if resolution is None:
        resolution = resolve(links, {name: record_ids(ds) for name, ds in parts})
    canonical = resolution.canonical
    for name, ds in parts:
        check_prefix(name, ds)
    groups, conflicts = _merge(_qualified(parts, "groups"), canonical)
    people, more = _merge(_qualified(parts, "people"), canonical)
    conflicts += more
    roles = [r for name, ds in parts for r in _canonical(name, ds.roles, canonical)]
    tagged = [(name, e) for name, ds in parts for e in _canonical(name, ds.events, canonical)]
    # as each dataset wrote them: only events of one dataset are compared on these
    events, absorbed, found = corroborate(tagged, [e for _, ds in parts for e in ds.events])
    found += after_endings(events)
    # every record was validated when its dataset was read, and only renamed or
    # pooled since (see .namespace): nothing to validate again
    dataset = Dataset.model_construct(
        sources=tuple(s for _, s in _qualified(parts, "sources")),
        groups=tuple(groups),
        people=tuple(people),
        roles=tuple(roles),
        events=tuple(events),
    )
    return Combined(
        dataset=dataset,
        conflicts=ConflictList([*conflicts, *found]),
        aliases=_aliases(parts, canonical, absorbed),
        names=tuple(names),
        resolution=resolution,
        corroborated=absorbed,
    )
