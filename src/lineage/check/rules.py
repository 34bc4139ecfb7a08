"""The second validation pass: what a dataset means, checked across records.

:func:`check_dataset` returns every problem at once (an empty list when the
dataset is sound):

* ids: duplicated anywhere in the file (every record id is unique file-wide);
* references: to groups, people and sources that do not exist;
* dates: an end before its start (names, roles, pledges, alliances, rivalries,
  a group's founding and dissolution);
* events dated definitely before the group was founded or after it dissolved
  (the events that found or end a group excepted);
* names: one name (as :func:`~lineage.names.normalise` compares them) claimed
  by two groups over a period when both certainly bore it;
* renames: the old and new names must be names of the group;
* lineage: an offspring founded definitely before its parent, a group created
  by two events, or a cycle of events that each create their target;
* departures and joinings must name the people;
* with ``verify_quotes``, every quote must be found in its source's text
  (whitespace and quote-style differences tolerated, nothing else) and every
  cited name must appear in its quote.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import networkx as nx

from ..exceptions import Problem
from ..graph.build import effective_spans
from ..model import (
    MAX,
    MIN,
    SHAPING_KINDS,
    Alliance,
    Citation,
    Dataset,
    Departure,
    Group,
    Joining,
    Name,
    PartialDate,
    Person,
    Pledge,
    Rename,
    Rivalry,
)
from ..names.fold import fold_quotes as normalise_quote
from ..names.fold import normalise_uncached as normalise  # bulk: each name once

__all__ = ["check_dataset", "source_text"]


def source_text(path: Path, last_line: int | None) -> str:
    """The text of a source file up to ``last_line``, quote-normalised."""
    text = path.read_text(encoding="utf-8")
    if last_line is not None:
        text = "\n".join(text.splitlines()[:last_line])
    return normalise_quote(text)


class _Checker:
    def __init__(self, dataset: Dataset, file: str) -> None:
        self.ds = dataset
        self.file = file
        self.problems: list[Problem] = []

    def add(self, record: str, field: str, message: str, fix: str) -> None:
        self.problems.append(Problem(self.file, record, field, message, fix))


def _citations(dataset: Dataset) -> Iterator[Citation]:
    """Every citation, in :func:`_cited`'s order, without saying where. A twin kept
    for speed: it builds no field path (8% of the checks at 100k groups); a test
    keeps the two walks in step."""
    named: tuple[Group | Person, ...] = (*dataset.groups, *dataset.people)
    for rec in named:
        yield from rec.citations
        for n in rec.names:
            yield from n.citations
    for cited in (dataset.roles, dataset.events):
        for r in cited:
            yield from r.citations


def _cited(dataset: Dataset) -> Iterator[tuple[str, str, Citation]]:
    for coll in (dataset.groups, dataset.people):
        for rec in coll:
            for i, c in enumerate(rec.citations):
                yield rec.id, f"citations[{i}]", c
            for j, n in enumerate(rec.names):
                for i, c in enumerate(n.citations):
                    yield rec.id, f"names[{j}].citations[{i}]", c
    for role in dataset.roles:
        for i, c in enumerate(role.citations):
            yield role.id, f"citations[{i}]", c
    for event in dataset.events:
        for i, c in enumerate(event.citations):
            yield event.id, f"citations[{i}]", c


def _end_before_start(
    ck: _Checker,
    rid: str,
    field: str,
    start: PartialDate | None,
    end: PartialDate | None,
    what: str,
) -> None:
    if start is not None and end is not None and end.definitely_before(start):
        ck.add(
            rid,
            field,
            f"{what} {end} comes before its start {start}",
            "swap the dates or correct one of them",
        )


def check_dataset(
    dataset: Dataset,
    file: str = "<string>",
    *,
    base_dir: Path | None = None,
    verify_quotes: bool = False,
    spans: dict[str, tuple[PartialDate | None, PartialDate | None]] | None = None,
    shared_names: Iterable[list[tuple[str, Name]]] | None = None,
) -> list[Problem]:
    """Every cross-record problem in ``dataset``; ``base_dir`` resolves source paths.

    ``spans`` (:func:`~lineage.graph.effective_spans`) and ``shared_names`` (the
    :meth:`~lineage.names.NameIndex.shared` names of the groups) may be passed
    in when already computed.
    """
    ck = _Checker(dataset, file)
    ds = dataset

    # ids, unique across the file
    collections = ("sources", "groups", "people", "roles", "events")
    seen: set[str] = set()
    twice: list[tuple[str, str]] = []  # (id, where it is used again)
    for coll_name in collections:
        for i, rec in enumerate(getattr(ds, coll_name)):
            if rec.id in seen:
                twice.append((rec.id, f"{coll_name}[{i}]"))
            else:
                seen.add(rec.id)
    del seen
    if twice:  # only a faulty file: one more pass finds where each such id came first
        again = {rid for rid, _ in twice}
        first: dict[str, str] = {}
        for coll_name in collections:
            for i, rec in enumerate(getattr(ds, coll_name)):
                if rec.id in again:
                    first.setdefault(rec.id, f"{coll_name}[{i}]")
        for rid, where in twice:
            ck.add(
                rid,
                "id",
                f"is used twice ({first[rid]} and {where})",
                "give each record its own id",
            )
    groups = {g.id: g for g in ds.groups}
    people = {p.id for p in ds.people}
    sources = {s.id: s for s in ds.sources}

    # references
    unknown = {c.source for c in _citations(ds)} - sources.keys()
    # only a faulty file: the slow path names each citation's field
    for rid, field, cit in _cited(ds) if unknown else ():
        if cit.source in unknown:
            ck.add(
                rid,
                f"{field}.source",
                f"names unknown source {cit.source!r}",
                "add the source to 'sources' or correct the id",
            )
    for role in ds.roles:
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
        _end_before_start(ck, role.id, "end", role.start, role.end, "the role's end")
    for event in ds.events:
        if any(gid not in groups for gid in event.group_ids()):
            for field, gid in event.group_refs():  # the slow path names the field
                if gid not in groups:
                    ck.add(
                        event.id,
                        field,
                        f"names unknown group {gid!r}",
                        "add the group to 'groups' or correct the id",
                    )
        for i, pid in enumerate(event.people):
            if pid not in people:
                ck.add(
                    event.id,
                    f"people[{i}]",
                    f"names unknown person {pid!r}",
                    "add the person to 'people' or correct the id",
                )
        if isinstance(event, Pledge | Alliance | Rivalry) and event.end is not None:
            _end_before_start(ck, event.id, "end", event.date, event.end, f"the {event.kind}'s end")
        if isinstance(event, Departure | Joining) and not event.people:
            ck.add(
                event.id,
                "people",
                f"a {event.kind} names no one",
                "list the people who left or joined",
            )
        if isinstance(event, Rename) and event.group in groups:
            names = [n.name for n in groups[event.group].all_names()]
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

    # names and group spans
    named: list[Group | Person] = [*ds.groups, *ds.people]
    for rec in named:
        for j, n in enumerate(rec.names):
            _end_before_start(ck, rec.id, f"names[{j}].end", n.start, n.end, "the name's end")
            if not n.citations and not n.note:
                ck.add(
                    rec.id,
                    f"names[{j}]",
                    f"the name {n.name!r} has neither citation nor note",
                    "cite a source that uses it, or say in a note where the form comes from",
                )
    if spans is None:
        spans = effective_spans(ds)
    for g in ds.groups:
        _end_before_start(ck, g.id, "dissolved", g.founded, g.dissolved, "the dissolution")

    _check_event_dates(ck, ds, spans)
    _check_name_conflicts(ck, ds.groups, spans, shared_names)
    _check_lineage(ck, ds, spans)
    if verify_quotes:
        _check_quotes(ck, ds, base_dir or Path.cwd())
    return ck.problems


def _check_event_dates(
    ck: _Checker, ds: Dataset, spans: dict[str, tuple[PartialDate | None, PartialDate | None]]
) -> None:
    for event in ds.events:
        date = event.date
        earliest, latest = date.earliest, date.latest
        shapes = event.kind in SHAPING_KINDS
        created = event.creates() if shapes else None
        ended = set(event.ends()) if shapes else ()
        for gid in event.group_ids():
            span = spans.get(gid)
            if span is None:
                continue
            founded, dissolved = span
            if founded is not None and latest < founded.earliest and gid != created:
                ck.add(
                    event.id,
                    "date",
                    f"{date} is before {gid!r} was founded ({founded})",
                    f"correct the date, or {gid!r}'s founding",
                )
            if dissolved is not None and dissolved.latest < earliest and gid not in ended:
                ck.add(
                    event.id,
                    "date",
                    f"{date} is after {gid!r} dissolved ({dissolved})",
                    f"correct the date, or {gid!r}'s dissolution",
                )


def _definite(
    name: Name, founded: PartialDate | None, dissolved: PartialDate | None
) -> tuple[dt.date, dt.date]:
    """The days a group certainly bore a name: [start.latest, end.earliest)."""
    start = name.start or founded
    end = name.end or dissolved
    lo = start.latest if start is not None else MIN
    hi = end.earliest if end is not None else MAX
    return lo, hi


def _check_name_conflicts(
    ck: _Checker,
    groups: tuple[Group, ...],
    spans: dict[str, tuple[PartialDate | None, PartialDate | None]],
    shared: Iterable[list[tuple[str, Name]]] | None,
) -> None:
    if shared is None:
        owners: dict[str, list[tuple[str, Name]]] = {}
        for g in groups:
            for n in g.all_names():
                key = normalise(n.name)
                if key:
                    owners.setdefault(key, []).append((g.id, n))
        shared = owners.values()
    for claims in shared:
        ids = {gid for gid, _ in claims}
        if len(ids) < 2:
            continue
        for i, (ga, na) in enumerate(claims):
            for gb, nb in claims[i + 1 :]:
                if ga == gb:
                    continue
                if ga not in spans or gb not in spans:
                    continue
                lo_a, hi_a = _definite(na, *spans[ga])
                lo_b, hi_b = _definite(nb, *spans[gb])
                if max(lo_a, lo_b) < min(hi_a, hi_b):
                    ck.add(
                        gb,
                        "names",
                        f"the name {nb.name!r} is also {ga!r}'s over the same period",
                        "give each group's name a start and end that do not overlap, "
                        "or drop it from one group",
                    )


def _check_lineage(
    ck: _Checker, ds: Dataset, spans: dict[str, tuple[PartialDate | None, PartialDate | None]]
) -> None:
    creators: dict[str, list[str]] = {}
    made: dict[tuple[str, str], str] = {}  # (older, newer) -> the (last) event making it
    for event in ds.events:
        created = event.creates()
        if created is None or created not in spans:
            continue
        if event.kind != "founding":
            creators.setdefault(created, []).append(event.id)
        for older, newer in event.lineage_edges():
            if newer != created or older not in spans:
                continue
            made[older, newer] = event.id
            parent_founded = spans[older][0]
            child_founded = spans[created][0]
            if (
                parent_founded is not None
                and child_founded is not None
                and child_founded.definitely_before(parent_founded)
            ):
                ck.add(
                    event.id,
                    "date",
                    f"lineage runs backwards: {created!r} (founded {child_founded}) is older than "
                    f"{older!r} (founded {parent_founded})",
                    "check the direction of the event and the founding dates",
                )
    for gid, events in creators.items():
        if len(events) > 1:
            ck.add(
                gid,
                "-",
                f"is created by {len(events)} events ({', '.join(events)})",
                "keep one; mark the others splinter_is_new/result_is_new false",
            )
    # The standard library's topological sorter finds whether there is a cycle
    # (in a third of the time networkx takes to build a graph and test it);
    # networkx then lists the cycles, which only a faulty file has.
    order: TopologicalSorter[str] = TopologicalSorter()
    for older, newer in made:
        order.add(newer, older)
    try:
        order.prepare()
        cycles: list[list[str]] = []
    except CycleError:
        cycles = list(nx.simple_cycles(nx.DiGraph(list(made))))
    del order
    for found in cycles:
        start = found.index(min(found))
        cycle = found[start:] + found[:start]  # a stable rotation: same report every run
        first = made[cycle[-1], cycle[0]]
        ck.add(
            first,
            "-",
            "lineage cycle: " + " → ".join([*cycle, cycle[0]]),
            "a group cannot be created from its own offspring; fix the direction of an event",
        )


def _check_quotes(ck: _Checker, ds: Dataset, base_dir: Path) -> None:
    texts: dict[str, str | None] = {}
    for src in ds.sources:
        if src.path is None:
            texts[src.id] = None
            continue
        path = (base_dir / src.path).resolve()
        try:
            texts[src.id] = source_text(path, src.last_line)
        except FileNotFoundError:
            ck.add(
                src.id,
                "path",
                f"source file {src.path!r} not found (looked at {path})",
                "put the source text there or correct the path",
            )
        except (OSError, UnicodeDecodeError) as exc:
            ck.add(
                src.id,
                "path",
                f"source file {src.path!r} cannot be read ({exc})",
                "save it as UTF-8 text",
            )
    names: dict[int, str] = {}
    bearers: list[Group | Person] = [*ds.groups, *ds.people]
    for rec in bearers:
        for n in rec.names:
            for c in n.citations:
                names[id(c)] = n.name
    for rid, field, cit in _cited(ds):
        text = texts.get(cit.source)
        if text is None:
            continue
        quote = normalise_quote(cit.quote)
        if quote not in text:
            ck.add(
                rid,
                f"{field}.quote",
                f"quote not found in source {cit.source!r}: {cit.quote[:60]!r}",
                "copy the words exactly as the source has them",
            )
        elif id(cit) in names and normalise(names[id(cit)]) not in normalise(quote):
            ck.add(
                rid,
                f"{field}.quote",
                f"the quote does not contain the name {names[id(cit)]!r}",
                "quote the passage where the source uses this name",
            )
