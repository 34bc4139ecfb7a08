"""What a layout is made of: lanes, connectors, the layout itself, and decimal years.

Every position is in data coordinates: x in decimal years (see :func:`to_year`),
y in rows, row 0 at the top.

>>> lane = Lane("g", 0, "G", start=2001.0, end=2010.0, start_fuzz=(2000.0, 2001.0))
>>> lane.x0, lane.x1
(2000.0, 2010.0)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

__all__ = ["INDEPENDENT", "Connector", "EdgeMark", "Lane", "Layout", "end_year", "to_year"]

INDEPENDENT = "independent"
"""The camp of a lane stretch whose group is in no camp of the diagram."""


def to_year(day: dt.date) -> float:
    """A date as a decimal year: 2015-07-02 → about 2015.5.

    >>> to_year(dt.date(2015, 1, 1)), round(to_year(dt.date(2015, 7, 2)), 2)
    (2015.0, 2015.5)
    """
    start = dt.date(day.year, 1, 1)
    days = (dt.date(day.year + 1, 1, 1) - start).days if day.year < 9999 else 365
    return day.year + (day - start).days / days


def end_year(day: dt.date) -> float:
    """The end of a day as a decimal year (so 2015 runs 2015.0 to 2016.0).

    >>> round(end_year(dt.date(2015, 12, 31)), 3)
    2016.0
    """
    if day == dt.date.max:
        return float(day.year + 1)
    return to_year(day + dt.timedelta(days=1))


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
        """Where the lane is last drawn (faded or not)."""
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
class EdgeMark:
    """Events of a lane's group wholly outside the window, marked at its ``side``.

    ``x`` is the window's edge (``x_min`` for ``"earlier"``, ``x_max`` for
    ``"later"``), ``events`` the events' ids by date, and ``text`` the mark's
    short label, such as ``"◂ earlier: split 2011, merger 2013"``.
    """

    group: str
    side: str
    x: float
    events: tuple[str, ...]
    text: str


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
    marks: tuple[EdgeMark, ...] = ()
    """Events beyond the window's edges, one mark per lane and side."""

    def lane(self, group: str) -> Lane:
        """The lane of ``group`` (StopIteration if the layout does not show it)."""
        return next(lane for lane in self.lanes if lane.group == group)
