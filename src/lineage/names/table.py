"""Resolving many names at once: a list, a pandas Series, a table's column.

:func:`resolve_many` never raises for a name: an unknown, ambiguous or
unreadable one is a :class:`~.result.NameMatch` whose ``match`` says so. Each
distinct (name, date) is resolved once. Given a list (or any iterable) it
returns a list of results in order; given a pandas Series, a DataFrame with the
Series' index and the columns of :data:`COLUMNS`.

>>> from lineage import load
>>> found = load().resolve_many(["AQIM", "Ansar Eddine", "Al-Qaeda in the Arabian Peninsula"])
>>> [(r.id, r.match) for r in found]
[('aqim', 'exact'), ('ansar-dine', 'rule'), (None, 'none')]
>>> columns(found[1])["why"]
'eddine→dine'
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from ..exceptions import DateError
from ..model import PartialDate, parse_date
from .result import NameMatch, R

if TYPE_CHECKING:
    import pandas as pd

    from .index import NameIndex

__all__ = ["COLUMNS", "SeriesLike", "columns", "resolve_many", "safe_cell"]

COLUMNS = ("lineage_id", "lineage_name", "match", "score", "why")
"""The columns a resolution adds to a table."""


class SeriesLike(Protocol):
    """A pandas Series, as far as typing tells it from a list (pandas is optional)."""

    @property
    def iloc(self) -> Any: ...

    @property
    def dtype(self) -> Any: ...


_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(text: str) -> str:
    """``text`` made safe to open in a spreadsheet (OWASP CSV injection): a cell
    starting with ``= + - @``, a tab or a carriage return gets a leading ``'``,
    unless it is a plain number such as ``-3.99`` (a longitude stays a number).

    >>> safe_cell("=HYPERLINK(\\"http://x\\")"), safe_cell("-3.99"), safe_cell("@SUM(A1)")
    ('\\'=HYPERLINK("http://x")', '-3.99', "'@SUM(A1)")
    >>> safe_cell("-2+3"), safe_cell("Boko Haram")
    ("'-2+3", 'Boko Haram')
    """
    if text.startswith(_FORMULA) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def columns(found: NameMatch[Any]) -> dict[str, str]:
    """A result as the cells of :data:`COLUMNS` (text; empty when not resolved)."""
    record = found.record
    return {
        "lineage_id": record.id if record is not None else "",
        "lineage_name": record.name if record is not None else "",
        "match": found.match,
        "score": f"{found.score:.0f}" if found.score else "",
        "why": found.why,
    }


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return value if isinstance(value, str) else str(value)


def _date(value: object) -> PartialDate | DateError | None:
    """A row's date: None when empty, the error when unreadable."""
    if isinstance(value, PartialDate):
        return value
    text = _text(value).strip()
    if not text:
        return None
    if text.endswith(".0") and text[:-2].isdigit():  # a year read as a float by pandas
        text = text[:-2]
    try:
        return parse_date(text)
    except DateError as exc:
        return exc


def _dates(at: object, count: int) -> list[PartialDate | DateError | None]:
    if at is None or isinstance(at, str | int | PartialDate) or not isinstance(at, Iterable):
        one = _date(at)
        if isinstance(one, DateError):
            raise one
        return [one] * count
    dates = [_date(v) for v in at]
    if len(dates) != count:
        from ..exceptions import ArgumentError

        raise ArgumentError(
            f"{len(dates)} dates for {count} names",
            "give one date for all (at='2015') or one per name, in the same order",
        )
    return dates


def resolve_many(
    index: NameIndex[R], names: Iterable[object] | SeriesLike, at: object = None
) -> list[NameMatch[R]] | pd.DataFrame:
    """Resolve every name (see the module); ``at`` is one date for all, or one per
    name (a list or Series; an empty cell resolves without a date)."""
    given: Any = names  # a list, any iterable, or a pandas Series (untyped here)
    series = type(given).__module__.startswith("pandas")
    texts = [_text(n) for n in given]
    found = _resolve_all(index, texts, _dates(at, len(texts)))
    if not series:
        return found
    import pandas

    rows = [columns(r) for r in found]
    return pandas.DataFrame(rows, index=given.index, columns=list(COLUMNS))


def _resolve_all(
    index: NameIndex[R], texts: Sequence[str], dates: Sequence[PartialDate | DateError | None]
) -> list[NameMatch[R]]:
    seen: dict[tuple[str, PartialDate | None], NameMatch[R]] = {}
    out: list[NameMatch[R]] = []
    for text, date in zip(texts, dates, strict=True):
        if isinstance(date, DateError):
            out.append(NameMatch(text, "none", note=f"its date is unreadable: {date}"))
            continue
        if not text.strip():
            out.append(NameMatch(text, "none", note="no name given"))
            continue
        key = (text, date)
        result = seen.get(key)
        if result is None:
            result = seen[key] = index.attempt(text, date)
        out.append(result)
    return out
