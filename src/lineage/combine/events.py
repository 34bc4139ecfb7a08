"""Events that several sources report: corroboration, or a listed disagreement.

Only events of different datasets are compared, and only those that name a
common pair of groups (an index by pair: never all pairs). Two events agree
when they are the same kind of fact about the same groups, in the same
direction where both give one, with dates that may coincide; the one that
says more (a direction, more parties) keeps its id and gains the other's
citations, the narrower date, and a note. An undirected relation agrees with
a directed one of its family (a split or merger; an affiliation and a
pledge): the direction comes from the source that states it. Disagreements
(:mod:`lineage.combine.conflicts`) leave both events in place.

>>> from lineage.model import Citation, Split, parse_date
>>> split = Split(kind="split", id="a:s", date=parse_date("2011"), parent="p", splinter="c",
...               description="d", citations=(Citation(source="a:src", quote="q"),))
>>> other = Split(kind="split", id="b:s", date=parse_date("2011-06"), parent="p",
...               splinter="c", description="d", citations=(Citation(source="b:mmp", quote="r"),))
>>> kept, aliases, conflicts = corroborate([("a", split), ("b", other)])
>>> [(e.id, e.date.text, len(e.citations)) for e in kept], aliases, conflicts
([('a:s', '2011-06', 2)], {'b:s': 'a:s'}, [])
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

from ..model import CONFIDENCE_RANK, Event
from ..names.fold import normalise
from .conflicts import Conflict
from .namespace import rebuilt

__all__ = ["corroborate", "shape"]

Tagged = tuple[str, Any]
"""``(dataset name, event)``."""
Pair = frozenset[str]
_LINEAGE = {"split", "merger", "absorption"}


def shape(event: Any) -> tuple[str, set[tuple[str, str]], set[Pair]]:
    """``(family, directed edges, pairs)`` of an event: what it says about which groups."""
    kind = event.kind
    edges: set[tuple[str, str]] = set()
    if kind == "split":
        edges = {(event.parent, event.splinter)}
    elif kind == "merger":
        edges = {(p.group, event.result) for p in event.parties}
    elif kind == "absorption":
        edges = {(event.absorbed, event.into)}
    elif kind == "pledge":
        edges = {(event.group, event.patron)}
    edges = {(a, b) for a, b in edges if a != b}
    if edges:
        return ("lineage" if kind in _LINEAGE else "pledge"), edges, {frozenset(e) for e in edges}
    members = getattr(event, "members", None) or ([event.group] if hasattr(event, "group") else [])
    if kind == "undirected":
        family = "pledge" if event.relation == "affiliation" else "lineage"
    else:
        family = kind
    pairs = {frozenset(p) for p in combinations(sorted(set(members)), 2)} or {frozenset(members)}
    return family, edges, pairs


def _overlap(a: Any, b: Any) -> bool:
    da, db = a.date, b.date
    return bool(da.earliest <= db.latest and db.earliest <= da.latest)


def _side(tagged: Tagged) -> tuple[str, str, str]:
    dataset, e = tagged
    return dataset, e.id, f"{e.kind} {e.date.text}"


Shape = tuple[str, set[tuple[str, str]], set[Pair]]


def _conflict(kind: str, x: Tagged, y: Tagged, what: str, sx: Shape, sy: Shape) -> Conflict:
    groups = sorted({g for p in sx[2] | sy[2] for g in p})
    return Conflict(kind, tuple(groups), _side(x), _side(y), what)


def _judge(x: Tagged, y: Tagged, sx: Shape, sy: Shape) -> str | Conflict | None:
    """``"same"`` when ``x`` and ``y`` (shaped ``sx``, ``sy``) report one fact, a Conflict,
    or None (unrelated)."""
    (fx, ex, px), (fy, ey, py) = sx, sy
    families = {fx, fy}
    if families == {"pledge", "rivalry"} and x[1].kind != "undirected" != y[1].kind:
        if _overlap(x[1], y[1]) or _spans(x[1], y[1]):
            return _conflict("pledge", x, y, "a pledge in one source, rivals in the other", sx, sy)
        return None
    merges = {x[1].kind, y[1].kind} & {"merger", "absorption"}
    if families == {"lineage", "pledge"} and merges and ex & ey and _overlap(x[1], y[1]):
        what = "one source has the group merge into the other; the other, pledge to it"
        return _conflict("kind", x, y, what, sx, sy)
    if fx != fy:
        return None
    if ex and ey and {(b, a) for a, b in ey} & ex and not ex & ey:
        return _conflict("direction", x, y, "the same relation in opposite directions", sx, sy)
    if fx == "lineage" and _made(x[1]) != _made(y[1]):
        return _conflict("kind", x, y, "a split in one source, a merger in the other", sx, sy)
    small, big = (py, px) if len(py) <= len(px) else (px, py)
    if not small <= big:
        return None  # facts about some of the same groups, not one fact
    if not _overlap(x[1], y[1]):
        if fx != "lineage":
            return None  # pledged, allied or rivals at two times: two facts, no disagreement
        return _conflict("dates", x, y, "one event, dated so that both cannot hold", sx, sy)
    return _alike(x, y, sx, sy)


def _made(event: Any) -> str:
    """What a lineage event says happened: ``split``, or ``merger`` (an absorption too);
    an undirected one, its ``relation``."""
    if event.kind == "undirected":
        return str(event.relation)
    return "split" if event.kind == "split" else "merger"


def _alike(x: Tagged, y: Tagged, sx: Shape, sy: Shape) -> str | Conflict | None:
    """``"same"`` for two reports of one fact that also agree on what only some kinds
    say (who left, the new name, how long a tie lasted), else a Conflict or None."""
    a, b = x[1], y[1]
    if a.kind in ("departure", "joining") and set(a.people) != set(b.people):
        return None  # different people: two facts
    if a.kind == "rename" and normalise(a.new_name) != normalise(b.new_name):
        what = f"renamed {a.new_name!r} in one source, {b.new_name!r} in the other"
        return _conflict("rename", x, y, what, sx, sy)
    if (getattr(a, "end", None) or getattr(b, "end", None)) and not _spans(a, b):
        return None  # a tie that ended, and one that began after: two facts
    return "same"


def _ended(event: Any) -> set[str]:
    """The older groups a lineage event ends (an absorption; a merger's whole parties)."""
    if event.kind == "absorption":
        return {event.absorbed}
    if event.kind == "merger":
        return {p.group for p in event.parties if not p.faction} - {event.result}
    return set()


def _ending(x: Tagged, y: Tagged, sx: Shape, sy: Shape) -> Conflict | None:
    """Two reports of one lineage event that disagree on whether a group ended in it."""
    (fx, ex, _), (_, ey, _) = sx, sy
    cx, cy = x[1], y[1]
    if fx != "lineage" or not ex or not ey:
        return None
    shared = {a for a, _ in ex & ey}
    differ = sorted((_ended(cx) ^ _ended(cy)) & shared)
    if not differ:
        return None
    what = f"one source has {differ[0]} end in it, the other not"
    return _conflict("ending", x, y, what, sx, sy)


def _spans(a: Any, b: Any) -> bool:
    """Do the spans (date to end, open if no end) of two relations overlap?"""
    sa, sb = a.date, b.date
    ea = a.end.latest if getattr(a, "end", None) else None
    eb = b.end.latest if getattr(b, "end", None) else None
    return bool((eb is None or sa.earliest <= eb) and (ea is None or sb.earliest <= ea))


def _fold(members: list[Tagged], shapes: list[Shape]) -> Event:
    """One event from agreeing reports (in load order): the keeper's (the one that says
    most, the earliest loaded of those), with every citation, the narrowest date (each
    cited by its source), the highest confidence and a note per other report.
    ``shapes`` are the members' shapes, in the same order."""
    said = {id(t): (-len(sh[1]), -len(sh[2])) for t, sh in zip(members, shapes, strict=True)}
    members = sorted(members, key=lambda t: said[id(t)])  # stable: load order among equals
    keeper = members[0][1]
    citations, note, confidence = list(keeper.citations), keeper.note, keeper.confidence
    for dataset, e in members[1:]:
        citations.extend(e.citations)
        also = f"Also reported by {dataset} as {e.id} ({e.kind}, {e.date.text})."
        note = f"{note} {also}" if note else also
        if CONFIDENCE_RANK[e.confidence] > CONFIDENCE_RANK[confidence]:
            confidence = e.confidence
    dates = sorted((e.date for _, e in members), key=lambda d: (d.latest - d.earliest, d.text))
    changes = {"citations": tuple(citations), "note": note, "confidence": confidence}
    end = getattr(keeper, "end", None)
    # the narrowest date, cited by its source; never one after the kept end
    changes["date"] = next((d for d in dates if end is None or d.earliest <= end.latest), dates[0])
    return rebuilt(keeper, changes)  # type: ignore[no-any-return]


def _pairs(shapes: list[Shape], own: Any) -> list[tuple[int, int]]:
    """Every two events that name a common pair of groups and may be compared."""
    by_pair: dict[Pair, list[int]] = {}
    for i, (_, _, pairs) in enumerate(shapes):
        for pair in pairs:
            by_pair.setdefault(pair, []).append(i)
    found = {(i, j) for members in by_pair.values() for i, j in combinations(members, 2)}
    return sorted((i, j) for i, j in found if not own(i, j))


def corroborate(
    events: list[Tagged], before: list[Any] | None = None
) -> tuple[list[Event], dict[str, str], list[Conflict]]:
    """Events of several datasets with agreeing ones made one.

    Returns the events kept (in the order given), ``{absorbed id: keeper id}``
    and the conflicts found. Events of one dataset are compared only when
    identity links made them meet: ``before`` holds each event as its dataset
    wrote it (two records of one organisation, each with its own rows, as MMP
    has for the GIA); without it, never. Every verdict is on two reports as
    written, so the result does not depend on the order of the datasets.
    """
    written: dict[int, set[Pair]] = {}  # shapes as written, of the events compared so

    def first(i: int) -> set[Pair]:
        if i not in written:
            written[i] = shape(before[i])[2]  # type: ignore[index]
        return written[i]

    shapes = [shape(e) for _, e in events]

    def own(i: int, j: int) -> bool:
        same = events[i][0] == events[j][0]
        return same and (before is None or bool(first(i) & first(j)))

    found: list[tuple[int, int, Conflict]] = []
    agree: list[tuple[int, int]] = []
    for i, j in _pairs(shapes, own):
        verdict = _judge(events[i], events[j], shapes[i], shapes[j])
        if isinstance(verdict, Conflict):
            found.append((i, j, verdict))
        elif verdict == "same":
            agree.append((i, j))
            ending = _ending(events[i], events[j], shapes[i], shapes[j])
            if ending is not None:
                found.append((i, j, ending))
    conflicts = _between_sources(found, agree, events)
    groups = _components(len(events), agree, events, own)
    kept: list[Event] = []
    aliases: dict[str, str] = {}
    for i in range(len(events)):
        members = groups.get(i)
        if members is None:
            kept.append(events[i][1])
        elif members[0] == i:
            folded = _fold([events[m] for m in members], [shapes[m] for m in members])
            kept.append(folded)
            aliases.update({events[m][1].id: folded.id for m in members})
    aliases = {k: v for k, v in aliases.items() if k != v}
    return kept, aliases, sorted(conflicts, key=_conflict_key)


def _between_sources(
    found: list[tuple[int, int, Conflict]], agree: list[tuple[int, int]], events: list[Tagged]
) -> list[Conflict]:
    """The conflicts that are between sources: not when one source states both facts
    (a pledge and a rivalry both in one dataset, the other only repeating one of them:
    the tension is that source's own, not a disagreement between the two)."""
    stated: dict[int, set[str]] = {i: {events[i][0]} for i in range(len(events))}
    for i, j in agree:
        stated[i].add(events[j][0])
        stated[j].add(events[i][0])
    return [
        c
        for i, j, c in found
        if c.kind == "ending"  # two reports of one event that differ: always between them
        or (events[i][0] not in stated[j] and events[j][0] not in stated[i])
    ]


def _conflict_key(c: Conflict) -> tuple[str, ...]:
    return (c.kind, *sorted((c.first, c.second))[0], *sorted((c.first, c.second))[1])


def _components(
    n: int, agree: list[tuple[int, int]], events: list[Tagged], own: Any
) -> dict[int, list[int]]:
    """Agreeing reports as groups (each listed by its members, smallest index first),
    never joining two reports of one dataset about the same groups; the joins are
    taken in an order set by the reports' qualified ids (``dataset:id``), not by
    their positions, so the load order does not change them."""
    parent = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    key = {i: events[i][1].id for pair in agree for i in pair}
    ordered = sorted(agree, key=lambda ij: sorted((key[ij[0]], key[ij[1]])))
    for i, j in ordered:
        a, b = find(i), find(j)
        if a == b or any(own(u, v) for u in members[a] for v in members[b]):
            continue
        parent[b] = a
        members[a] = sorted(members[a] + members.pop(b))
    return {m: group for group in members.values() if len(group) > 1 for m in group}
