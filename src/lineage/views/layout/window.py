"""Which groups a diagram shows, the years it spans, and where a date falls in them.

The window runs from a year before the earliest known date of the chosen
groups to two years after the latest, unless ``start``/``end`` fix it. A
date is drawn clipped to the window: :func:`span` gives its range,
:func:`event_x` the single x an event is drawn at.

>>> from lineage import parse_date
>>> def rounded(xs): return tuple(round(x, 3) for x in xs)
>>> rounded(span(parse_date("2015"), 2000.0, 2020.0))
(2015.0, 2016.0)
>>> rounded(event_x(parse_date("[2010..2011]"), 2000.0, 2020.0))  # the middle of a range
(2011.0, 2010.0, 2012.0)
>>> rounded(event_x(parse_date("[..2011]"), 2000.0, 2020.0))  # the certain end
(2012.0, 2000.0, 2012.0)
>>> rounded(span(parse_date("1990"), 2000.0, 2020.0))  # clipped to the window
(2000.0, 2000.0)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import networkx as nx

from ...graph import queries as q
from ...graph.index import index_of
from ...model import MAX, MIN, PartialDate
from .model import end_year, to_year

__all__ = ["event_x", "select_groups", "span", "window"]

DIRECTIONS = ("both", "became", "origins")


def select_groups(
    G: nx.MultiDiGraph, focus: str | None = None, direction: str = "both"
) -> list[str]:
    """The groups a diagram shows: all, or ``focus`` with what it became and/or came from."""
    if focus is None:
        return list(G.nodes)
    if direction not in DIRECTIONS:
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


def _known_days(G: nx.MultiDiGraph, groups: Sequence[str]) -> list[dt.date]:
    """Every bounded day among the groups' founding, dissolution and event dates."""
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
    return finite


def window(
    G: nx.MultiDiGraph,
    groups: Sequence[str],
    start: PartialDate | None = None,
    end: PartialDate | None = None,
) -> tuple[float, float]:
    """``(x_min, x_max)``: the known dates padded by a year before and two after."""
    finite = _known_days(G, groups) or [dt.date(2000, 1, 1)]
    lo = float(int(to_year(min(finite)))) - 1
    hi = float(int(to_year(max(finite)))) + 2
    if start is not None:
        lo = to_year(start.earliest)
    if end is not None:
        hi = end_year(end.latest)
    if hi <= lo:
        raise ValueError("the diagram's end comes before its start — swap --start and --end")
    return lo, hi


def span(date: PartialDate, lo: float, hi: float) -> tuple[float, float]:
    """The years ``date`` may fall in, clipped to ``[lo, hi]``; open ends reach the window."""
    a = lo if date.earliest == MIN else to_year(date.earliest)
    b = hi if date.latest == MAX else end_year(date.latest)
    return max(lo, min(a, hi)), max(lo, min(b, hi))


def event_x(date: PartialDate, lo: float, hi: float) -> tuple[float, float, float]:
    """Where to draw an event, and its range: the middle of a closed range,
    the certain end of an open one."""
    a, b = span(date, lo, hi)
    if date.earliest == MIN:
        return b, a, b
    if date.latest == MAX:
        return a, a, b
    return (a + b) / 2, a, b
