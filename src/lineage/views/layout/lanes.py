"""Lanes: where each group's row starts and ends, what it is labelled, and where.

A lane runs from the group's founding to its dissolution, each clipped to
the window; a group with no dissolution runs to the horizon of its sources
(:mod:`.horizon`), or to the window's right edge if none gives one. The
solid part is where the group certainly existed; the rest is faded
(``start_fuzz``/``end_fuzz``): a founding or dissolution known only as a
range, and the stretch from the last date a source places the group (an
event, a role held there) to its sources' horizon. A group with no founding
date starts, faded, at the window's left edge and turns solid where its first
event certainly places it (the end of that event's date range). Renames add
a label where the new name may first be in use; a lane opens with the name
in use when the window opens (renames wholly outside the window are marked
at its edge, :mod:`.edges`).

>>> from lineage import load
>>> G = load().graph
>>> ext = extents(G, ["jnim", "mojwa"], 2000.0, 2020.0)
>>> round(ext["jnim"].start, 2), ext["jnim"].start_fuzz
(2017.16, None)
>>> [round(x, 2) for x in ext["jnim"].end_fuzz]  # to its sources' horizon, 2017-04
[2017.16, 2017.33]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import networkx as nx

from ...graph.index import index_of
from ...model import Group, PartialDate, Rename
from .camps import Segment
from .horizon import event_date, group_horizon
from .model import Lane
from .names import lane_label, range_note, short_name
from .window import event_x, outside, span

__all__ = ["Extent", "build_lanes", "extents"]

Fuzz = tuple[float, float] | None


@dataclass(frozen=True)
class Extent:
    """A lane's solid part, faded ends and ``span``, the ``(x0, x1)`` it occupies.

    ``span`` is what crossings and camps are judged over; it ends where the
    group's existence ends, even where ``end`` is pushed back to ``start``.
    """

    start: float
    end: float
    start_fuzz: Fuzz
    end_fuzz: Fuzz
    span: tuple[float, float]


def _placing(G: nx.MultiDiGraph, g: str) -> tuple[list[PartialDate], list[PartialDate]]:
    """The dates a source places ``g`` on: its events', and the starts and ends of the
    roles held there."""
    index = index_of(G)
    events = [event_date(G, index.events[e]) for e in G.nodes[g]["events"]]
    roles = [d for r in index.roles_by_group.get(g, ()) for d in (r.start, r.end) if d]
    return events, roles


def _start(G: nx.MultiDiGraph, g: str, lo: float, hi: float) -> tuple[float, Fuzz]:
    """Where the lane turns solid, and its faded start (if the founding is a range)."""
    founded = G.nodes[g]["founded"]
    if founded is not None:
        a, b = span(founded, lo, hi)
        fuzz = _fuzz(founded, a, b)
        return (b if fuzz else a), fuzz
    # No founding: the group certainly existed by the end of its first mention's
    # range (an event, or a role held there; a mention dated "on or before 2015"
    # says nothing of 2010), and may have existed any time before: faded from the
    # window's start to there.
    events, roles = _placing(G, g)
    first = min((span(d, lo, hi)[1] for d in (*events, *roles)), default=lo)
    return first, ((lo, first) if first > lo else None)


def _fuzz(date: PartialDate, a: float, b: float) -> Fuzz:
    """``(a, b)`` if ``date`` is a range drawn wider than a few days, else None."""
    return (a, b) if date.earliest != date.latest and b - a > 0.01 else None


def _last_mention(G: nx.MultiDiGraph, g: str, lo: float, hi: float) -> tuple[float, float]:
    """How late ``g`` certainly existed by its events and its people's roles there (the
    latest start of such a date's range), and where its last event is drawn; ``(lo, lo)``
    if it has none."""
    events, roles = _placing(G, g)
    alive = max((span(d, lo, hi)[0] for d in (*events, *roles)), default=lo)
    return alive, max((event_x(d, lo, hi)[0] for d in events), default=lo)


def _end(G: nx.MultiDiGraph, g: str, lo: float, hi: float) -> tuple[float, Fuzz]:
    """Where the solid part stops, and the faded end (if the end is a range).

    A group with no dissolution is solid to the last date a source certainly places
    it (an event, or a role held there), then faded to its sources' horizon (see
    :mod:`.horizon`), or to its last event if that is later; with no horizon, it
    runs solid to ``hi``. A dissolution known only as a range is cut at the horizon.
    """
    dissolved = G.nodes[g]["dissolved"]
    until = group_horizon(G, g)
    if dissolved is None and until is None:
        return hi, None
    if dissolved is None:
        assert until is not None
        _, b = span(until, lo, hi)
        # solid while a source places the group (its last event or role), faded from
        # there to the sources' horizon: that they cover the years after does not say
        # the group lived through them
        solid, drawn = _last_mention(G, g, lo, hi)
        last = max(b, drawn)
        return solid, ((solid, last) if last - solid > 0.01 else None)
    a, b = span(dissolved, lo, hi)
    if until is not None:
        b = min(b, max(a, span(until, lo, hi)[1]))  # not past what the sources know
    return a, _fuzz(dissolved, a, b)


def _meet(
    G: nx.MultiDiGraph, g: str, x0: float, s: tuple[float, Fuzz], e: tuple[float, Fuzz]
) -> tuple[float, Fuzz, float, Fuzz]:
    """Solid start and end that cross (``s`` after ``e``): the group is certain at one
    point at most, where they meet; the rest of the lane is faded.

    With no dissolution, the end is only as late as its sources place it: it moves up
    to the start (a group placed once, then faded to the horizon). With a dissolution,
    they meet at the end, but never before where the lane begins (``x0``: a group is
    not drawn before its founding): a merger that is a group's only mention leaves it
    faded to the merger; a founding in June 2015 and an end 'in 2015' meet in June.
    """
    (s_solid, s_fuzz), (e_solid, e_fuzz) = s, e
    if G.nodes[g]["dissolved"] is None:
        last = e_fuzz[1] if e_fuzz else e_solid
        return s_solid, s_fuzz, s_solid, ((s_solid, last) if last - s_solid > 0.01 else None)
    at = max(e_solid, x0)
    start_fuzz = (x0, at) if x0 < at else None
    end_fuzz = (at, e_fuzz[1]) if e_fuzz and e_fuzz[1] > at else None
    return at, start_fuzz, at, end_fuzz


def extents(G: nx.MultiDiGraph, groups: Sequence[str], lo: float, hi: float) -> dict[str, Extent]:
    """Each group's extent in ``[lo, hi]``, in ``groups`` order; groups outside it are left out."""
    out: dict[str, Extent] = {}
    for g in groups:
        s_solid, s_fuzz = _start(G, g, lo, hi)
        e_solid, e_fuzz = _end(G, g, lo, hi)
        x0 = s_fuzz[0] if s_fuzz else s_solid
        if s_solid > e_solid:
            s_solid, s_fuzz, e_solid, e_fuzz = _meet(G, g, x0, (s_solid, s_fuzz), (e_solid, e_fuzz))
        x1 = e_fuzz[1] if e_fuzz else e_solid
        if x1 < lo or x0 > hi or x1 < x0 or (x1 == x0 and not lo < x0 < hi):
            continue  # outside the window (a point inside it is kept: a lane of one day)
        out[g] = Extent(s_solid, max(e_solid, s_solid), s_fuzz, e_fuzz, (x0, x1))
    return out


def _rename_labels(
    G: nx.MultiDiGraph, g: str, extent: Extent, lo: float, hi: float
) -> tuple[tuple[float, str], ...]:
    """``(x, new name)`` for each rename of ``g`` inside its lane."""
    record: Group = G.nodes[g]["record"]
    events = index_of(G).events
    x0, x1 = extent.span
    labels: list[tuple[float, str]] = []
    for e in G.nodes[g]["events"]:
        ev = events[e]
        if isinstance(ev, Rename) and ev.group == g:
            date = event_date(G, ev)
            if outside(date, lo, hi) is not None:
                continue  # marked at the window's edge
            # a rename's label goes where the new name may first be in use
            _, x_lo, _ = event_x(date, lo, hi)
            x = max(x_lo, extent.start)
            if x0 <= x < x1:
                label = short_name(record, ev.new_name, ev.date)
                when = range_note(ev.date)  # drawn where it may first hold: say so
                labels.append((x, f"{label} ({when})" if when else label))
    return tuple(labels)


def _first_label(G: nx.MultiDiGraph, g: str, lo: float) -> str:
    """The lane's opening label: the name in use when the window opens (its first
    name if it was renamed inside the window), else its name."""
    record: Group = G.nodes[g]["record"]
    events = index_of(G).events
    renames = [
        ev for e in G.nodes[g]["events"] if isinstance(ev := events[e], Rename) and ev.group == g
    ]
    before = [ev for ev in renames if outside(event_date(G, ev), lo, lo + 1) == "earlier"]
    if before:  # renamed before the window opens: the latest new name
        latest = max(before, key=lambda ev: (ev.date.latest, ev.date.earliest))
        if latest.new_name == record.name:
            return lane_label(record)
        return short_name(record, latest.new_name, latest.date)
    canonical_spans = [n for n in record.all_names() if n.name == record.name]
    if renames and any(n.start is not None or n.end is not None for n in canonical_spans):
        return short_name(record, renames[0].previous_name, None)
    return lane_label(record)


def build_lanes(
    G: nx.MultiDiGraph,
    order: Sequence[str],
    extents: Mapping[str, Extent],
    segments: Mapping[str, tuple[Segment, ...]],
    lo: float,
    hi: float,
) -> tuple[Lane, ...]:
    """One :class:`Lane` per group of ``order``, top to bottom."""
    return tuple(
        Lane(
            group=g,
            row=row,
            label=_first_label(G, g, lo),
            start=extents[g].start,
            end=extents[g].end,
            start_fuzz=extents[g].start_fuzz,
            end_fuzz=extents[g].end_fuzz,
            labels=_rename_labels(G, g, extents[g], lo, hi),
            segments=segments[g],
        )
        for row, g in enumerate(order)
    )
