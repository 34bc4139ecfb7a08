"""Rules on records one at a time: ids, references and record fields.

* :func:`duplicate_ids`: every record id is unique across the file;
* :func:`unknown_sources`: citations name sources that exist;
* :func:`role_fields`: a role's person and group exist, and it ends after it starts;
* :func:`event_fields`: an event's groups and people exist, a pledge, alliance
  or rivalry ends after it starts, a departure or joining names its people, a
  rename's old and new names are names of the group;
* :func:`name_fields`: a name ends after it starts and has a citation or a note;
* :func:`repeated_names`: no name is listed twice on one group or person, unless
  it was borne, dropped and borne again over spans that certainly do not overlap.

The problems of one role, event or name come together, in field order.

>>> from lineage.model import Dataset
>>> from lineage.check import Checker
>>> ck = Checker(Dataset.model_validate({"groups": [{"id": "a", "name": "A"}],
...     "people": [{"id": "a", "name": "Abu A"}]}))
>>> duplicate_ids(ck)
>>> [(p.record, p.field, p.message) for p in ck.problems]
[('a', 'id', 'is used twice (groups[0] and people[0])')]
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import (
    Alliance,
    BaseEvent,
    Departure,
    Group,
    Joining,
    Name,
    Person,
    Pledge,
    Rename,
    Rivalry,
)
from ..names.fold import normalise_uncached as normalise  # bulk: each name once
from .context import Checker, _citations, cited, end_before_start

__all__ = [
    "duplicate_ids",
    "event_fields",
    "name_fields",
    "repeated_names",
    "role_fields",
    "unknown_sources",
]

_COLLECTIONS = ("sources", "groups", "people", "roles", "events")


def duplicate_ids(ck: Checker) -> None:
    """Each id used again after its first use (in any collection)."""
    seen: set[str] = set()
    twice: list[tuple[str, str]] = []  # (id, where it is used again)
    for coll_name in _COLLECTIONS:
        for i, rec in enumerate(getattr(ck.ds, coll_name)):
            if rec.id in seen:
                twice.append((rec.id, f"{coll_name}[{i}]"))
            else:
                seen.add(rec.id)
    del seen
    if not twice:
        return
    first = _first_uses(ck, {rid for rid, _ in twice})
    for rid, where in twice:
        ck.add(
            rid, "id", f"is used twice ({first[rid]} and {where})", "give each record its own id"
        )


def _first_uses(ck: Checker, ids: set[str]) -> dict[str, str]:
    """Where each of ``ids`` is used first (only a faulty file needs this pass)."""
    first: dict[str, str] = {}
    for coll_name in _COLLECTIONS:
        for i, rec in enumerate(getattr(ck.ds, coll_name)):
            if rec.id in ids:
                first.setdefault(rec.id, f"{coll_name}[{i}]")
    return first


def unknown_sources(ck: Checker) -> None:
    """Citations of sources the file does not list."""
    unknown = {c.source for c in _citations(ck.ds)} - ck.sources.keys()
    if not unknown:
        return
    for rid, field, cit in cited(ck.ds):  # only a faulty file: the slow path names fields
        if cit.source in unknown:
            ck.add(
                rid,
                f"{field}.source",
                f"names unknown source {cit.source!r}",
                "add the source to 'sources' or correct the id",
            )


def role_fields(ck: Checker) -> None:
    """Each role's person and group exist, and its end is not before its start."""
    groups, people = ck.groups, ck.people
    for role in ck.ds.roles:
        if role.person not in people:
            ck.add(
                role.id,
                "person",
                f"names unknown person {role.person!r}",
                "add the person to 'people' or correct the id",
            )
        if role.group not in groups:
            ck.add(
                role.id,
                "group",
                f"names unknown group {role.group!r}",
                "add the group to 'groups' or correct the id",
            )
        end_before_start(ck, role.id, "end", role.start, role.end, "the role's end")


def event_fields(ck: Checker) -> None:
    """Each event's references, end, people and (for a rename) names."""
    groups, people = ck.groups, ck.people
    for event in ck.ds.events:
        if any(gid not in groups for gid in event.group_ids()):
            _unknown_groups(ck, event)
        for i, pid in enumerate(event.people):
            if pid not in people:
                ck.add(
                    event.id,
                    f"people[{i}]",
                    f"names unknown person {pid!r}",
                    "add the person to 'people' or correct the id",
                )
        if isinstance(event, Pledge | Alliance | Rivalry) and event.end is not None:
            end_before_start(ck, event.id, "end", event.date, event.end, f"the {event.kind}'s end")
        if isinstance(event, Departure | Joining) and not event.people:
            ck.add(
                event.id,
                "people",
                f"a {event.kind} names no one",
                "list the people who left or joined",
            )
        if isinstance(event, Rename) and event.group in groups:
            _rename_names(ck, event)


def _unknown_groups(ck: Checker, event: BaseEvent) -> None:
    """The event's references to missing groups (the slow path, naming the field)."""
    for field, gid in event.group_refs():
        if gid not in ck.groups:
            ck.add(
                event.id,
                field,
                f"names unknown group {gid!r}",
                "add the group to 'groups' or correct the id",
            )


def _rename_names(ck: Checker, event: Rename) -> None:
    """A rename's old and new names must be names of its group."""
    names = [n.name for n in ck.groups[event.group].all_names()]
    known: set[str] | None = None  # normalised, only when a name is not exact
    for field in ("previous_name", "new_name"):
        value = getattr(event, field)
        if value in names:
            continue
        if known is None:
            known = {normalise(n) for n in names}
        if normalise(value) not in known:
            ck.add(
                event.id,
                field,
                f"{value!r} is not a name of {event.group!r}",
                "add it to the group's names, or use one of its names",
            )


def name_fields(ck: Checker) -> None:
    """Each name of a group or person ends after it starts and says where it comes from."""
    for coll in (ck.ds.groups, ck.ds.people):
        for rec in coll:
            for j, n in enumerate(rec.names):
                if n.end is not None:  # the field path only for a name that has an end
                    end_before_start(
                        ck, rec.id, f"names[{j}].end", n.start, n.end, "the name's end"
                    )
                if not n.citations and not n.note:
                    ck.add(
                        rec.id,
                        f"names[{j}]",
                        f"the name {n.name!r} has neither citation nor note",
                        "cite a source that uses it, or say in a note where the form comes from",
                    )


def repeated_names(ck: Checker) -> None:
    """A name listed twice on one group or person, over spans that may overlap.

    *The same name* is the same as :func:`~lineage.names.normalise` compares
    names, as every lookup does: ``Boko Haram`` twice, ``Ansar Bayt Al Maqdis``
    and ``Ansar Bayt al-Maqdis``, ``Wilāyat Sinai`` and ``Wilayat Sinai`` (case,
    accents, spaces, hyphens and quote styles aside). A spelling that differs
    only so adds nothing a lookup needs; a record lists it once.

    A name borne, dropped and borne again may be listed twice, once for each
    period: the two listings' spans must then certainly not overlap, the one's
    ``end`` definitely before the other's ``start`` (``end`` 2010 and ``start``
    2012), so that there is a day when, as
    :func:`~lineage.model.holds_at` asks, neither holds. Spans that only may
    overlap (``end`` 2013 and ``start`` 2013; ``end`` ``[..2016]`` and
    ``start`` ``[2016..2017]``; no dates at all) are reported: to every date
    query they answer as one listing from the first start to the last end
    would, so the second listing only adds a copy to keep in step. Merge them
    into one, and say in its note when the name was dropped and taken up again.

    Each repeat is reported once, on the later listing (``names[j]``), naming the
    first listing it may overlap. A record's canonical ``name`` is not a listing
    and is not compared.
    """
    found = [*_group_repeats(ck), *_person_repeats(ck)]
    for coll, k, j, i in sorted(found):
        rec: Group | Person = (ck.ds.groups if coll == 0 else ck.ds.people)[k]
        first, again = rec.names[i], rec.names[j]
        spelt = "" if again.name == first.name else f" ({first.name!r})"
        dated = any(x is not None for x in (first.start, first.end, again.start, again.end))
        ck.add(
            rec.id,
            f"names[{j}]",
            f"the name {again.name!r} is listed twice: as names[{i}]{spelt} and here"
            + (", over spans that may overlap" if dated else ""),
            f"drop this listing or merge it into names[{i}] (its note can say when the "
            "name was dropped and taken up again); list a name twice only for periods "
            "that certainly do not overlap",
        )


def _repeats(names: tuple[Name, ...], listed: Iterable[int]) -> list[tuple[int, int]]:
    """``(j, i)``: each listing ``j`` of one normalised name that repeats an earlier ``i``.

    >>> from lineage import parse_date as d
    >>> a = Name(name="JAS", kind="acronym", note="n")
    >>> _repeats((a, a, a), [0, 1, 2])
    [(1, 0), (2, 0)]
    >>> until = a.model_copy(update={"end": d("2010")})
    >>> _repeats((until, a.model_copy(update={"start": d("2012")})), [0, 1])
    []
    """
    out: list[tuple[int, int]] = []
    order = sorted(listed)
    for at, j in enumerate(order):
        for i in order[:at]:
            if _may_overlap(names[i], names[j]):
                out.append((j, i))
                break
    return out


def _may_overlap(a: Name, b: Name) -> bool:
    """Whether two listings' spans may share a day: neither certainly ends before
    the other starts (a day both hold, as :func:`~lineage.model.holds_at` asks).

    >>> from lineage import parse_date as d
    >>> n = Name(name="N", kind="official", note="n")
    >>> _may_overlap(n.model_copy(update={"end": d("2010")}),
    ...              n.model_copy(update={"start": d("2012")}))
    False
    >>> _may_overlap(n.model_copy(update={"end": d("[..2016]")}),
    ...              n.model_copy(update={"start": d("[2016..2017]")}))
    True
    """
    if a.end is not None and b.start is not None and a.end.definitely_before(b.start):
        return False
    return not (b.end is not None and a.start is not None and b.end.definitely_before(a.start))


Repeat = tuple[int, int, int, int]
"""``(collection, position, j, i)``: names[j] of record ``position`` of groups (0) or
people (1) repeats its names[i]."""


def _group_repeats(ck: Checker) -> list[Repeat]:
    """Repeats on groups, found from the names groups share (as the index keys them)."""
    found: list[Repeat] = []
    positions: dict[str, int] | None = None  # group id -> position, only if needed
    for claims in ck.shared_names:
        if len({gid for gid, _ in claims}) == len(claims):
            continue  # every listing is another group's: name_conflicts' business
        by_group: dict[str, list[Name]] = {}
        for gid, name in claims:
            by_group.setdefault(gid, []).append(name)
        for gid, names in by_group.items():
            if len(names) < 2:
                continue
            group = ck.groups[gid]
            listed = [j for j, n in enumerate(group.names) if any(n is m for m in names)]
            repeats = _repeats(group.names, listed)
            if repeats:
                if positions is None:
                    positions = {g.id: k for k, g in enumerate(ck.ds.groups)}
                found += [(0, positions[gid], j, i) for j, i in repeats]
    return found


def _person_repeats(ck: Checker) -> list[Repeat]:
    """Repeats on people (few names each: compared directly)."""
    found: list[Repeat] = []
    for k, person in enumerate(ck.ds.people):
        if len(person.names) < 2:
            continue
        keys: dict[str, list[int]] = {}
        for j, n in enumerate(person.names):
            key = normalise(n.name)
            if key:
                keys.setdefault(key, []).append(j)
        for listed in keys.values():
            if len(listed) > 1:
                found += [(1, k, j, i) for j, i in _repeats(person.names, listed)]
    return found
