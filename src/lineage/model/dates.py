"""Partial and uncertain dates, written in a subset of the Library of Congress EDTF.

Sources rarely give a day. lineage keeps a date at the precision its source
gives and exposes the range it stands for:

=====================  ===========================  ==============================
text                   meaning                      ``earliest`` … ``latest``
=====================  ===========================  ==============================
``2011``               some day in 2011             2011-01-01 … 2011-12-31
``2015-03``            some day in March 2015       2015-03-01 … 2015-03-31
``2017-03-02``         that day                     2017-03-02 … 2017-03-02
``2012~``              circa 2012                   2011-01-01 … 2013-12-31
``2016?``              2016, uncertain              2015-01-01 … 2017-12-31
``2016-05%``           uncertain *and* approximate  2016-03-01 … 2016-07-31
``[..2014]``           on or before 2014            0001-01-01 … 2014-12-31
``[2015..]``           on or after 2015             2015-01-01 … 9999-12-31
``[2015-03..2016-12]`` one day in that range        2015-03-01 … 2016-12-31
=====================  ===========================  ==============================

``~`` (approximate) and ``?`` (uncertain) widen the range by one unit of the
date's precision on each side, ``%`` (both) by two. EDTF leaves the width open;
this is lineage's choice and the same for every date. The ``[a..b]`` forms are
EDTF level 2 "one of a set": a single day, somewhere in the range.

Why not the ``edtf`` package? It was evaluated: it parses with pyparsing at
about 3 ms a date (minutes for a large dataset) and raises ``TypeError`` on the
open-ended forms above. The test suite uses it as an oracle: for every form
both accept, the bounds agree.

Comparing two partial dates
---------------------------
A partial date is a range of possible days, so "before" has two readings:

* ``a.definitely_before(b)``: every day ``a`` may be is earlier than every day
  ``b`` may be (``a.latest < b.earliest``).
* ``a.may_precede(b)``: some day of ``a`` is on or before some day of ``b``
  (``a.earliest <= b.latest``); true for ``2013`` and ``2013-05`` both ways.

``<`` and ``sorted()`` use the key ``(earliest, latest, text)``: a stable
chronological order for display, not a claim that one came first.

Whether something *holds at* a date (a pledge, a name, a leader) is asked of the
last day of that date: ``at="2015"`` means "as of the end of 2015". A span from
``start`` to ``end`` may hold then when ``start`` may have come by that day and
``end`` may not have come yet (see :func:`holds_at`).

>>> d = PartialDate.parse("2015-03")
>>> d.earliest, d.latest
(datetime.date(2015, 3, 1), datetime.date(2015, 3, 31))
>>> PartialDate.parse("2011").definitely_before(d)
True
>>> holds_at(PartialDate.parse("2015-03"), None, PartialDate.parse("2014-06"))
False
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Any, Literal

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

from ..exceptions import DateError

__all__ = [
    "MAX",
    "MIN",
    "PartialDate",
    "holds_at",
    "holds_certainly",
    "holds_throughout",
    "parse_date",
    "spans_into",
    "surely_spans_into",
]

MIN = dt.date.min
"""Stands for an unbounded past (``[..2014]`` starts here)."""
MAX = dt.date.max
"""Stands for an unbounded future (``[2015..]`` ends here)."""

Precision = Literal["year", "month", "day"]
Qualifier = Literal["", "?", "~", "%"]

_DATE = r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?"
_SINGLE = re.compile(rf"^{_DATE}([?~%]?)$")
_SET = re.compile(rf"^\[(?:{_DATE})?\.\.(?:{_DATE})?\]$")

_YMD = r"\d{4}(-\d{2}(-\d{2})?)?"
PATTERN = rf"^({_YMD}[?~%]?|\[({_YMD})?\.\.({_YMD})?\])$"
"""The JSON Schema pattern of a date's text (the calendar check is the parser's)."""

_HINT = (
    "write YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~ (approximate), "
    "? (uncertain) or % (both); [..YYYY] for on or before, [YYYY..] for on or after, "
    "[YYYY..YYYY] for one day somewhere between"
)


def _bounds(year: str, month: str | None, day: str | None, text: str) -> tuple[dt.date, dt.date]:
    y = int(year)
    if y == 0:
        raise DateError(f"{text!r}: year 0000 does not exist", _HINT)
    if month is None:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    m = int(month)
    if not 1 <= m <= 12:
        raise DateError(f"{text!r}: there is no month {month}", "months run 01 to 12")
    last = calendar.monthrange(y, m)[1]
    if day is None:
        return dt.date(y, m, 1), dt.date(y, m, last)
    d = int(day)
    if not 1 <= d <= last:
        raise DateError(f"{text!r}: {y}-{month} has no day {day}", f"it has {last} days")
    one = dt.date(y, m, d)
    return one, one


def _shift(day: dt.date, precision: Precision, units: int) -> dt.date:
    """Move ``day`` by whole units of ``precision``, clamped to the calendar's ends."""
    try:
        if precision == "day":
            return day + dt.timedelta(days=units)
        if precision == "month":
            index = day.year * 12 + day.month - 1 + units
            y, m = divmod(index, 12)
            last = calendar.monthrange(y, m + 1)[1]
            return dt.date(y, m + 1, min(day.day, last))
        return day.replace(year=day.year + units)
    except (ValueError, OverflowError):
        return MIN if units < 0 else MAX


class PartialDate:
    """A date at the precision its source gives, with the range of days it may be.

    Build one with :meth:`parse` (or :func:`parse_date`); pydantic models accept
    and emit the text form. Instances are immutable and hashable, equal when
    their text is equal.

    >>> PartialDate.parse("[..2014]").latest
    datetime.date(2014, 12, 31)
    >>> str(PartialDate.parse("2012~"))
    '2012~'
    """

    __slots__ = ("earliest", "latest", "precision", "qualifier", "text")

    text: str
    earliest: dt.date
    latest: dt.date
    precision: Precision
    qualifier: Qualifier

    def __init__(
        self,
        text: str,
        earliest: dt.date,
        latest: dt.date,
        precision: Precision,
        qualifier: Qualifier = "",
    ) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "earliest", earliest)
        object.__setattr__(self, "latest", latest)
        object.__setattr__(self, "precision", precision)
        object.__setattr__(self, "qualifier", qualifier)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("PartialDate is immutable")

    @staticmethod
    def parse(text: str) -> PartialDate:
        """Parse EDTF text; raise :class:`~lineage.DateError` saying how to write it instead."""
        return _parse(text)

    @classmethod
    def coerce(cls, value: PartialDate | str | int | dt.date) -> PartialDate:
        """Accept a PartialDate, its text, a year as an int, or a ``datetime.date``.

        >>> PartialDate.coerce(2015).text, PartialDate.coerce(dt.date(2015, 6, 1)).text
        ('2015', '2015-06-01')
        """
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, bool):
            raise TypeError(f"a date cannot be {value!r} — {_HINT}")
        if isinstance(value, int):
            return _parse(f"{value:04d}")
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return _parse(value.isoformat())
        if isinstance(value, str):
            return _parse(value)
        raise TypeError(f"a date cannot be {type(value).__name__} — {_HINT}")

    @property
    def is_exact(self) -> bool:
        """True when the date is a single known day."""
        return self.earliest == self.latest

    def definitely_before(self, other: PartialDate) -> bool:
        """Every day this may be comes before every day ``other`` may be."""
        return self.latest < other.earliest

    def may_precede(self, other: PartialDate) -> bool:
        """Some day this may be is on or before some day ``other`` may be."""
        return self.earliest <= other.latest

    def sort_key(self) -> tuple[dt.date, dt.date, str]:
        return (self.earliest, self.latest, self.text)

    def __lt__(self, other: PartialDate) -> bool:
        return self.sort_key() < other.sort_key()

    def __le__(self, other: PartialDate) -> bool:
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: PartialDate) -> bool:
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: PartialDate) -> bool:
        return self.sort_key() >= other.sort_key()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PartialDate) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"PartialDate({self.text!r})"

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return (_parse, (self.text,))

    # pydantic v2 integration: validated from and serialised to the text form.
    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        def validate(value: Any) -> PartialDate:
            if isinstance(value, PartialDate):
                return value
            if not isinstance(value, str):
                raise DateError(f"a date is written as text, not {type(value).__name__}", _HINT)
            return _parse(value)

        return core_schema.no_info_plain_validator_function(
            validate,
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda d: d.text, when_used="always"
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "pattern": PATTERN,
            "description": "An EDTF date: YYYY, YYYY-MM or YYYY-MM-DD with an optional "
            "~ ? or % qualifier, or [..D], [D..], [D..D].",
            "examples": ["2011", "2015-03", "2017-03-02", "2012~", "[..2014]"],
        }


@lru_cache(maxsize=1 << 16)
def _parse(text: str) -> PartialDate:
    if not isinstance(text, str):
        raise TypeError(f"a date is written as text, not {type(text).__name__} — {_HINT}")
    stripped = text.strip()
    match = _SINGLE.match(stripped)
    if match:
        year, month, day, qual = match.groups()
        precision: Precision = "day" if day else "month" if month else "year"
        lo, hi = _bounds(year, month, day, stripped)
        widen = {"": 0, "?": 1, "~": 1, "%": 2}[qual]
        if widen:
            lo, hi = _shift(lo, precision, -widen), _shift(hi, precision, widen)
        return PartialDate(stripped, lo, hi, precision, qual)  # type: ignore[arg-type]
    match = _SET.match(stripped)
    if match:
        y1, m1, d1, y2, m2, d2 = match.groups()
        if y1 is None and y2 is None:
            raise DateError(f"{text!r}: a range needs at least one end", _HINT)
        lo = _bounds(y1, m1, d1, stripped)[0] if y1 else MIN
        hi = _bounds(y2, m2, d2, stripped)[1] if y2 else MAX
        if hi < lo:
            raise DateError(f"{text!r}: the range ends before it starts", "swap its ends")
        precision = "day" if (d1 or d2) else "month" if (m1 or m2) else "year"
        return PartialDate(stripped, lo, hi, precision, "")
    raise DateError(f"{text!r} is not a date lineage reads", _HINT)


def parse_date(value: PartialDate | str | int | dt.date) -> PartialDate:
    """Parse a date given as EDTF text, a year, a ``datetime.date`` or a PartialDate.

    >>> parse_date("2017-03-02").is_exact
    True
    >>> parse_date("2015-02-30")
    Traceback (most recent call last):
    ...
    lineage.exceptions.DateError: '2015-02-30': 2015-02 has no day 30 — it has 28 days
    """
    return PartialDate.coerce(value)


def holds_at(start: PartialDate | None, end: PartialDate | None, at: PartialDate) -> bool:
    """May a span from ``start`` to ``end`` hold as of the last day of ``at``?

    ``None`` is an unknown-and-unbounded end: no ``start`` means "as far back as
    the data go", no ``end`` means "still holds as far as the data know". The
    span may hold on day ``P = at.latest`` when ``start.earliest <= P`` (it may
    have begun) and ``end.latest > P`` (it may not have ended yet).

    >>> holds_at(parse_date("2015-03"), None, parse_date("2015-06"))
    True
    >>> holds_at(None, parse_date("[..2014]"), parse_date("2014"))
    False
    """
    point = at.latest
    if start is not None and start.earliest > point:
        return False
    return end is None or end.latest > point


def holds_certainly(start: PartialDate | None, end: PartialDate | None, at: PartialDate) -> bool:
    """Must a span hold as of the last day of ``at``, whatever the exact dates?

    The strict reading of :func:`holds_at`: ``start.latest <= P`` and
    ``end.earliest > P``. An unknown start counts as long before.

    >>> holds_certainly(parse_date("[..2017]"), None, parse_date("2014"))
    False
    >>> holds_certainly(parse_date("[..2017]"), None, parse_date("2017"))
    True
    """
    point = at.latest
    if start is not None and start.latest > point:
        return False
    return end is None or end.earliest > point


def holds_throughout(start: PartialDate | None, end: PartialDate | None, at: PartialDate) -> bool:
    """Must a span hold on every day ``at`` may be, whatever the exact dates?

    The reading behind every *certain* answer: a query about ``2015`` covers
    the whole year, so a pledge made in March 2015 may hold "in 2015" but
    does not certainly hold throughout it. ``start.latest <= at.earliest``
    and ``end.earliest > at.latest``; an unknown start counts as long before.

    >>> holds_throughout(parse_date("2015-03"), None, parse_date("2015"))
    False
    >>> holds_throughout(parse_date("2015-03"), None, parse_date("2015-06"))
    True
    """
    if start is not None and start.latest > at.earliest:
        return False
    return end is None or end.earliest > at.latest


def spans_into(start: PartialDate | None, end: PartialDate | None, at: PartialDate) -> bool:
    """May a span from ``start`` to ``end`` overlap the period ``at`` at all? (A name
    borne to October 2004 was borne in 2004, though not as of its last day.)

    >>> spans_into(parse_date("1999"), parse_date("2004-10"), parse_date("2004"))
    True
    >>> spans_into(parse_date("1999"), parse_date("2004-10"), parse_date("2005"))
    False
    """
    if end is not None and end.latest < at.earliest:
        return False
    return start is None or start.earliest <= at.latest


def surely_spans_into(start: PartialDate | None, end: PartialDate | None, at: PartialDate) -> bool:
    """Must a span from ``start`` to ``end`` overlap the period ``at``, whatever the exact
    dates? (A name borne from 2013 with no end was surely borne in March 2017.)

    >>> surely_spans_into(parse_date("2013-08"), None, parse_date("2017-03"))
    True
    >>> surely_spans_into(None, parse_date("[2016..2017]"), parse_date("2017"))
    False
    """
    if start is not None and start.latest > at.latest:
        return False
    return end is None or end.earliest >= at.earliest
