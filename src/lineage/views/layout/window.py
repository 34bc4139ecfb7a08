"""Which groups a diagram shows, the years it spans, and where a date falls in them.

The window runs from a year before the earliest known date of the chosen
groups to two years after the latest (or to the latest horizon of their
sources, if later), unless ``start``/``end`` fix it; :func:`compute_layout
<lineage.views.layout.compute_layout>` then fits its end to what is drawn.
A date that may fall inside the window is drawn clipped to it: :func:`span`
gives its range, :func:`event_x` the single x an event is drawn at. A date
wholly outside it is :func:`outside` it, and is never drawn as if it fell
at the edge.

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
>>> outside(parse_date("1990"), 2000.0, 2020.0), outside(parse_date("[..2001]"), 2000.0, 2020.0)
('earlier', None)
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from typing import Literal

import networkx as nx

from ...exceptions import ArgumentError
from ...graph import queries as q
from ...graph.index import index_of
from ...model import MAX, MIN, PartialDate
from .horizon import group_horizon
from .model import end_year, to_year

__all__ = ["Side", "event_x", "outside", "select_groups", "span", "window"]

DIRECTIONS = ("both", "became", "origins")

Side = Literal["earlier", "later"]
"""Where a date wholly outside the window lies."""


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
    """``(x_min, x_max)``: the known dates padded by a year before and two after,
    and a year past the latest horizon of the groups' sources."""
    finite = _known_days(G, groups) or [dt.date(2000, 1, 1)]
    lo = float(int(to_year(min(finite)))) - 1
    hi = float(int(to_year(max(finite)))) + 2
    horizons = [h.latest for g in groups if (h := group_horizon(G, g)) is not None]
    if horizons:
        hi = max(hi, end_year(max(horizons)) + 1)
    if start is not None:
        lo = to_year(start.earliest)
    if end is not None:
        hi = end_year(end.latest)
    elif hi <= lo:  # a start after everything known: a year from it
        hi = lo + 1
    if hi <= lo:
        raise ArgumentError(
            "the diagram's end comes before its start", "swap the start and the end"
        )
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


def outside(date: PartialDate, lo: float, hi: float) -> Side | None:
    """``"earlier"`` or ``"later"`` if ``date`` is not to be drawn in ``[lo, hi]``, else None.

    A date is outside if it certainly falls before or after the window, or if
    the x it would be drawn at (:func:`event_x`: an open range's certain end,
    a closed range's middle) does: such an event is marked at the edge, not
    drawn there as if it happened then.

    >>> from lineage import parse_date
    >>> outside(parse_date("[..2017]"), 2014.0, 2017.0)  # drawn at the end of 2017
    'later'
    >>> outside(parse_date("[2010..2020]"), 2014.0, 2017.0) is None  # drawn at its middle
    True
    """
    x = event_x(date, -math.inf, math.inf)[0]
    if x < lo or (date.latest != MAX and to_year(date.latest) < lo):
        return "earlier"
    if x > hi or (date.earliest != MIN and to_year(date.earliest) >= hi):
        return "later"
    return None
