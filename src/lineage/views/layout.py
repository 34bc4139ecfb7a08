"""Positions for a time-fixed family-tree diagram, computed without matplotlib.

Time runs along x in decimal years; each group is a *lane* (a row) from its
founding, or first mention, to its dissolution or the data's horizon.
Lineage events become vertical connectors between lanes at the event's date;
pledges become lighter connectors. Every date that is a range keeps its range
(``*_fuzz``) so the drawing can fade it.

Camps colour lanes from pledges of medium or high confidence; a pledge of
low confidence (such as an MMP affiliation whose direction its row does not
state) is drawn as a connector but colours no camp.

Lane order minimises crossings, a connector passing over a lane that is alive
at that date: lanes start in founding order (the *naive* order), then a
barycenter heuristic (each lane moves to the mean row of the lanes it is
connected to, repeated) and adjacent swaps improve on it, keeping the best
order seen. :func:`count_crossings` is the measure.

>>> from lineage import load
>>> lay = compute_layout(load().graph, focus="jnim", direction="origins")
>>> [lane.label for lane in sorted(lay.lanes, key=lambda l: l.row)][:3]
['MOJWA', 'Al Murabitoun', 'Those Who Sign with Blood']
>>> lay.naive_crossings, lay.crossings
(11, 2)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import networkx as nx

from ..graph import queries as q
from ..graph.index import index_of
from ..model import MAX, MIN, SYMMETRIC_KINDS, Group, PartialDate, Pledge, Rename, parse_date

__all__ = [
    "Connector",
    "Lane",
    "Layout",
    "compute_layout",
    "count_crossings",
    "select_groups",
    "to_year",
]

INDEPENDENT = "independent"
MAX_LABEL = 28


def to_year(day: dt.date) -> float:
    """A date as a decimal year: 2015-07-02 → about 2015.5.

    >>> to_year(dt.date(2015, 1, 1)), round(to_year(dt.date(2015, 7, 2)), 2)
    (2015.0, 2015.5)
    """
    start = dt.date(day.year, 1, 1)
    days = (dt.date(day.year + 1, 1, 1) - start).days if day.year < 9999 else 365
    return day.year + (day - start).days / days


def _end_year(day: dt.date) -> float:
    """The end of a day as a decimal year (so 2015 runs 2015.0 to 2016.0)."""
    return to_year(day) + 1 / 365.25


@dataclass(frozen=True)
class Lane:
    """One group's row. ``start``/``end`` bound the solid part; fuzz the faded part."""

    group: str
    row: int
    label: str
    start: float
    end: float
    start_fuzz: tuple[float, float] | None = None
    end_fuzz: tuple[float, float] | None = None
    labels: tuple[tuple[float, str], ...] = ()
    segments: tuple[tuple[float, float, str, bool], ...] = ()
    """``(x0, x1, camp, certain)``: the camp the group may belong to over that
    stretch, and whether it certainly does whatever the exact dates."""

    @property
    def x0(self) -> float:
        """Where the lane is first drawn (faded or not)."""
        return self.start_fuzz[0] if self.start_fuzz else self.start

    @property
    def x1(self) -> float:
        return self.end_fuzz[1] if self.end_fuzz else self.end


@dataclass(frozen=True)
class Connector:
    """An event between two lanes at ``x`` (its range ``x_lo``…``x_hi``)."""

    kind: str
    event: str
    source: str
    target: str
    x: float
    x_lo: float
    x_hi: float
    lineage: bool


@dataclass(frozen=True)
class Layout:
    """Everything a drawing needs, in data coordinates."""

    lanes: tuple[Lane, ...]
    connectors: tuple[Connector, ...]
    x_min: float
    x_max: float
    camps: dict[str, str] = field(default_factory=dict)
    crossings: int = 0
    naive_crossings: int = 0

    def lane(self, group: str) -> Lane:
        return next(lane for lane in self.lanes if lane.group == group)

    def row(self, group: str) -> int:
        return self.lane(group).row


def select_groups(
    G: nx.MultiDiGraph, focus: str | None = None, direction: str = "both"
) -> list[str]:
    """The groups a diagram shows: all, or ``focus`` with what it became and/or came from."""
    if focus is None:
        return list(G.nodes)
    if direction not in ("both", "became", "origins"):
        raise ValueError(
            f"direction must be 'both', 'became' or 'origins', not {direction!r}"
            " — pick one of those"
        )
    chosen = [focus]
    if direction in ("both", "origins"):
        chosen += q.origins(G, focus)
    if direction in ("both", "became"):
        chosen += q.became(G, focus)
    return list(dict.fromkeys(chosen))


def _finite(days: Iterable[dt.date]) -> list[dt.date]:
    return [d for d in days if d not in (MIN, MAX)]


def _span(date: PartialDate, lo: float, hi: float) -> tuple[float, float]:
    a = lo if date.earliest == MIN else to_year(date.earliest)
    b = hi if date.latest == MAX else _end_year(date.latest)
    return max(lo, min(a, hi)), max(lo, min(b, hi))


def _x(date: PartialDate, lo: float, hi: float) -> tuple[float, float, float]:
    """Where to draw an event, and its range: the middle of a closed range,
    the certain end of an open one."""
    a, b = _span(date, lo, hi)
    if date.earliest == MIN:
        return b, a, b
    if date.latest == MAX:
        return a, a, b
    return (a + b) / 2, a, b


def _short(group: Group, name: str, at: PartialDate | None) -> str:
    if len(name) <= MAX_LABEL:
        return name
    for n in group.all_names():
        if n.name == name:
            span = (n.start, n.end)
            break
    else:
        span = (None, None)
    for n in group.all_names():
        if n.kind == "acronym" and (n.start, n.end) == span:
            return n.name
    if at is not None:
        for n in group.all_names():
            if n.kind == "acronym" and n.start is None and n.end is None and name == group.name:
                return n.name
    return name[: MAX_LABEL - 2].rstrip() + "…"


def _label(group: Group) -> str:
    if len(group.name) <= MAX_LABEL:
        return group.name
    for n in group.all_names():
        if n.kind == "acronym" and (
            n.start is None or any(m.name == group.name and m.start == n.start for m in group.names)
        ):
            return n.name
    return _short(group, group.name, None)


def count_crossings(
    order: Sequence[str],
    spans: dict[str, tuple[float, float]],
    links: Sequence[tuple[str, str, float]],
) -> int:
    """How many times a connector passes over a lane alive at its date.

    ``order`` lists lane ids top to bottom; ``spans`` gives each lane's
    ``(x0, x1)``; ``links`` are ``(source, target, x)``.

    >>> count_crossings(["a", "b", "c"], {"a": (0, 9), "b": (0, 9), "c": (0, 9)}, [("a", "c", 5)])
    1
    >>> count_crossings(["a", "c", "b"], {"a": (0, 9), "b": (0, 9), "c": (0, 9)}, [("a", "c", 5)])
    0
    """
    row = {g: i for i, g in enumerate(order)}
    total = 0
    for s, t, x in links:
        lo, hi = sorted((row[s], row[t]))
        for g in order[lo + 1 : hi]:
            x0, x1 = spans[g]
            if x0 <= x <= x1:
                total += 1
    return total


def _cost(
    order: Sequence[str],
    spans: dict[str, tuple[float, float]],
    links: Sequence[tuple[str, str, float]],
) -> tuple[int, int]:
    """(crossings, total connector length in rows): fewer crossings first, then shorter."""
    row = {g: i for i, g in enumerate(order)}
    return count_crossings(order, spans, links), sum(abs(row[s] - row[t]) for s, t, _ in links)


def _order(
    groups: list[str],
    spans: dict[str, tuple[float, float]],
    links: list[tuple[str, str, float]],
    naive: list[str],
) -> tuple[list[str], int, int]:
    naive_c = count_crossings(naive, spans, links)
    best, best_c = list(naive), _cost(naive, spans, links)
    order = list(naive)
    neighbours: dict[str, list[str]] = {g: [] for g in groups}
    for s, t, _ in links:
        neighbours[s].append(t)
        neighbours[t].append(s)
    for _ in range(16):
        pos = {g: i for i, g in enumerate(order)}
        bary = {
            g: (sum(pos[n] for n in ns) / len(ns) if ns else float(pos[g]))
            for g, ns in neighbours.items()
        }
        order = sorted(order, key=lambda g: (bary[g], pos[g]))
        c = _cost(order, spans, links)
        if c < best_c:
            best, best_c = list(order), c
    if len(groups) <= 60:  # sifting: move each lane to its best row, while that helps
        for _ in range(4):
            improved = False
            for g in list(best):
                rest = [x for x in best if x != g]
                for i in range(len(rest) + 1):
                    trial = [*rest[:i], g, *rest[i:]]
                    c = _cost(trial, spans, links)
                    if c < best_c:
                        best, best_c, improved = trial, c, True
            if not improved:
                break
    return best, best_c[0], naive_c


def _sample_points(x0: float, x1: float) -> list[tuple[float, float, PartialDate]]:
    """Sub-intervals of [x0, x1] with the date whose end they are judged by."""
    step_months = 1 if x1 - x0 <= 30 else 12
    out = []
    year, month = int(x0), 1 + int((x0 - int(x0)) * 12)
    while True:
        a = max(x0, year + (month - 1) / 12)
        if a >= x1:
            break
        if step_months == 1:
            b = min(x1, year + month / 12)
            text = f"{year:04d}-{month:02d}"
            month += 1
            if month > 12:
                year, month = year + 1, 1
        else:
            b = min(x1, year + 1.0)
            text = f"{year:04d}"
            year, month = year + 1, 1
        if 1 <= year <= 9998:
            out.append((a, b, parse_date(text)))
    return out


def compute_layout(
    G: nx.MultiDiGraph,
    focus: str | None = None,
    *,
    direction: str = "both",
    start: PartialDate | None = None,
    end: PartialDate | None = None,
) -> Layout:
    """Lanes, connectors, camp colours and a crossing-minimising row order."""
    groups = select_groups(G, focus, direction)
    events = index_of(G).events
    finite: list[dt.date] = []
    for g in groups:
        node = G.nodes[g]
        for d in (node["founded"], node["dissolved"]):
            if d is not None:
                finite += _finite((d.earliest, d.latest))
        for e in node["events"]:
            finite += _finite((events[e].date.earliest, events[e].date.latest))
            end_date = getattr(events[e], "end", None)
            if end_date is not None:
                finite += _finite((end_date.earliest, end_date.latest))
    if not finite:
        finite = [dt.date(2000, 1, 1)]
    lo = float(int(to_year(min(finite)))) - 1
    hi = float(int(to_year(max(finite)))) + 2
    if start is not None:
        lo = to_year(start.earliest)
    if end is not None:
        hi = _end_year(end.latest)
    if hi <= lo:
        raise ValueError("the diagram's end comes before its start — swap --start and --end")

    spans: dict[str, tuple[float, float]] = {}
    raw: dict[str, dict[str, object]] = {}
    for g in groups:
        node = G.nodes[g]
        founded, dissolved = node["founded"], node["dissolved"]
        if founded is not None:
            a, b = _span(founded, lo, hi)
            s_fuzz = (a, b) if b - a > 0.01 and founded.earliest != founded.latest else None
            s_solid = b if s_fuzz else a
        else:
            mentions = [events[e].date for e in node["events"]]
            first = min((_x(m, lo, hi)[1] for m in mentions), default=lo)
            s_fuzz = (lo, first) if first > lo else None
            s_solid = first
        if dissolved is not None:
            a, b = _span(dissolved, lo, hi)
            e_fuzz = (a, b) if dissolved.earliest != dissolved.latest and b - a > 0.01 else None
            e_solid = a
        else:
            e_fuzz, e_solid = None, hi
        x0 = s_fuzz[0] if s_fuzz else s_solid
        x1 = e_fuzz[1] if e_fuzz else e_solid
        if x1 < lo or x0 > hi or x1 <= x0:
            continue  # outside the window
        spans[g] = (x0, x1)
        raw[g] = {
            "start": s_solid,
            "end": max(e_solid, s_solid),
            "s_fuzz": s_fuzz,
            "e_fuzz": e_fuzz,
        }

    connectors: list[Connector] = []
    for u, v, key, data in G.edges(keys=True, data=True):
        if u not in spans or v not in spans or data["kind"] in SYMMETRIC_KINDS:
            continue
        if not data["lineage"] and not isinstance(data["record"], Pledge):
            continue
        x, x_lo, x_hi = _x(data["start"], lo, hi)
        if not lo <= x <= hi:
            continue
        connectors.append(Connector(data["kind"], key, u, v, x, x_lo, x_hi, bool(data["lineage"])))
    connectors.sort(key=lambda c: (c.x, c.event, c.source, c.target))

    # camps: colour each lane by the top of its allegiance chain over time
    tops_of_others: set[str] = set()
    pieces: dict[str, list[tuple[float, float, str, bool]]] = {}
    for g in spans:
        segs: list[tuple[float, float, str, bool]] = []
        for a, b, when in _sample_points(*spans[g]):
            top = q.camp(G, g, when, min_confidence="medium")
            if top is None:
                continue  # not yet (or no longer) in existence within this month
            sure = q.camp(G, g, when, certain=True, min_confidence="medium") == top
            if top != g:
                tops_of_others.add(top)
            if segs and segs[-1][2:] == (top, sure) and abs(segs[-1][1] - a) < 1e-9:
                segs[-1] = (segs[-1][0], b, top, sure)
            else:
                segs.append((a, b, top, sure))
        pieces[g] = segs
    camps = {
        t: G.nodes[t]["name"] for t in sorted(tops_of_others, key=lambda t: G.nodes[t]["name"])
    }

    naive = sorted(spans, key=lambda g: (spans[g][0], G.nodes[g]["name"], g))
    links = [(c.source, c.target, c.x) for c in connectors]
    order, crossings, naive_c = _order(list(spans), spans, links, naive)

    lanes = []
    for row, g in enumerate(order):
        record: Group = G.nodes[g]["record"]
        labels: list[tuple[float, str]] = []
        solid_start = float(raw[g]["start"])  # type: ignore[arg-type]
        for e in G.nodes[g]["events"]:
            ev = events[e]
            if isinstance(ev, Rename) and ev.group == g:
                # a rename's label goes where the new name may first be in use
                _, x_lo, _ = _x(ev.date, lo, hi)
                x = max(x_lo, solid_start)
                if spans[g][0] <= x < spans[g][1]:
                    labels.append((x, _short(record, ev.new_name, ev.date)))
        first_label = _label(record)
        renames = [ev for e in G.nodes[g]["events"] if isinstance(ev := events[e], Rename)]
        canonical_spans = [n for n in record.all_names() if n.name == record.name]
        if renames and any(n.start is not None or n.end is not None for n in canonical_spans):
            first_label = _short(record, renames[0].previous_name, None)
        coloured = tuple(
            (a, b, top if top in tops_of_others else INDEPENDENT, sure)
            for a, b, top, sure in pieces[g]
        )
        r = raw[g]
        lanes.append(
            Lane(
                group=g,
                row=row,
                label=first_label,
                start=float(r["start"]),  # type: ignore[arg-type]
                end=float(r["end"]),  # type: ignore[arg-type]
                start_fuzz=r["s_fuzz"],  # type: ignore[arg-type]
                end_fuzz=r["e_fuzz"],  # type: ignore[arg-type]
                labels=tuple(labels),
                segments=coloured,
            )
        )
    return Layout(
        lanes=tuple(lanes),
        connectors=tuple(connectors),
        x_min=lo,
        x_max=hi,
        camps=camps,
        crossings=crossings,
        naive_crossings=naive_c,
    )
