"""The window's edges: its end fitted to what is drawn, and marks for what lies beyond.

With no ``end`` given, the window ends a little after the last thing drawn
(a lane's end, or its sources' horizon, or a connector), never years past
what the sources know: :func:`fitted_end`.

An event wholly outside the window (a connector between the diagram's
groups, or a rename) is not drawn at the edge as if it happened there: each
lane it touches gets an :class:`~lineage.views.layout.model.EdgeMark` at
that edge, listing the events by date, such as ``◂ earlier: split 2011,
merger 2013`` (:func:`edge_marks`).

>>> from lineage import load, parse_date
>>> G = load().graph
>>> lo, hi = 2016.0, 2018.0
>>> [(m.group, m.text) for m in edge_marks(G, ["mojwa", "aqim"], {"mojwa", "aqim"}, lo, hi)]
[('aqim', '◂ earlier: split 2011'), ('mojwa', '◂ earlier: split 2011')]
>>> when(parse_date("[..2013]")), when(parse_date("[2016..2017]")), when(parse_date("2015-03"))
('by 2013', '2016–2017', '2015')
"""

from __future__ import annotations

from collections.abc import Container, Sequence

import networkx as nx

from ...graph.index import index_of
from ...model import MAX, MIN, PartialDate, Rename
from .connectors import connector_edges, find_connectors
from .horizon import event_date
from .lanes import extents
from .model import EdgeMark
from .window import Side, outside

__all__ = ["MARGIN", "edge_marks", "fitted_end", "when"]

MARGIN = 0.03
"""The fitted window runs this share of its length past the last thing drawn…"""
MIN_MARGIN = 1 / 6
"""…and at least two months."""
MOST_LISTED = 3
"""The most events one mark names; the rest are counted (``+2 more``)."""
WORDS = {"undirected": "link"}
"""A kind's word in a mark, where it is not the kind itself."""


def fitted_end(G: nx.MultiDiGraph, groups: Sequence[str], lo: float, hi: float) -> float:
    """``hi`` brought in to just after the last lane end or connector drawn in ``[lo, hi]``."""
    shown = extents(G, groups, lo, hi)
    if not shown:
        return hi
    drawn = [extent.span[1] for extent in shown.values()]
    drawn += [c.x for c in find_connectors(G, shown, lo, hi)]
    last = max(drawn)
    return min(hi, last + max(MIN_MARGIN, MARGIN * (last - lo)))


def when(date: PartialDate) -> str:
    """A date in a mark: its year, its years, or the year it is bounded by."""
    if date.earliest == MIN:
        return f"by {date.latest.year}"
    if date.latest == MAX:
        return f"from {date.earliest.year}"
    if date.earliest.year == date.latest.year:
        return str(date.earliest.year)
    return f"{date.earliest.year}–{date.latest.year}"


def _text(side: Side, items: list[tuple[PartialDate, str]]) -> str:
    listed = ", ".join(f"{word} {when(d)}" for d, word in items[:MOST_LISTED])
    more = f" +{len(items) - MOST_LISTED} more" if len(items) > MOST_LISTED else ""
    if side == "earlier":
        return f"◂ earlier: {listed}{more}"
    return f"later: {listed}{more} ▸"


def _off_window(
    G: nx.MultiDiGraph, groups: Sequence[str], shown: Container[str], lo: float, hi: float
) -> dict[tuple[str, Side], dict[str, tuple[PartialDate, str]]]:
    """``{(lane, side): {event id: (date, word)}}`` for events beyond the window."""
    found: dict[tuple[str, Side], dict[str, tuple[PartialDate, str]]] = {}
    for u, v, key, data in connector_edges(G, set(groups)):
        record = data["record"]
        date = event_date(G, record)
        side = outside(date, lo, hi)
        if side is None:
            continue
        word = getattr(record, "relation", None) or WORDS.get(data["kind"], data["kind"])
        for g in (u, v):
            if g in shown:
                found.setdefault((g, side), {})[key] = (date, word)
    events = index_of(G).events
    for g in groups:
        if g not in shown:
            continue
        for e in G.nodes[g]["events"]:
            ev = events[e]
            if isinstance(ev, Rename) and ev.group == g:
                date = event_date(G, ev)
                side = outside(date, lo, hi)
                if side is not None:
                    found.setdefault((g, side), {})[e] = (date, "rename")
    return found


def edge_marks(
    G: nx.MultiDiGraph,
    groups: Sequence[str],
    shown: Container[str],
    lo: float,
    hi: float,
) -> tuple[EdgeMark, ...]:
    """A mark for each ``shown`` lane with events among ``groups`` beyond ``[lo, hi]``,
    by side (earlier first) and lane."""
    marks = []
    for (g, side), events in _off_window(G, groups, shown, lo, hi).items():
        ordered = sorted(
            events.items(), key=lambda item: (item[1][0].latest, item[1][0].earliest, item[0])
        )
        marks.append(
            EdgeMark(
                group=g,
                side=side,
                x=lo if side == "earlier" else hi,
                events=tuple(e for e, _ in ordered),
                text=_text(side, [dated for _, dated in ordered]),
            )
        )
    return tuple(sorted(marks, key=lambda m: (m.side != "earlier", m.group)))
