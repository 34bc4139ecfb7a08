"""MMP's date forms read as lineage partial dates.

``YYYY-MM-DD`` with ``00`` for an unknown month or day becomes ``YYYY`` or
``YYYY-MM``; ``M/D/YY`` becomes that day, a two-digit year up to the data's
2019 horizon being 20YY and a later one 19YY. A date that cannot be read
gives ``None`` and the reason, never a guess.

>>> [str(mmp_date(raw)[0]) for raw in ("2005-00-00", "2014-02-00", "2/18/10", "11/25/99")]
['2005', '2014-02', '2010-02-18', '1999-11-25']
>>> mmp_date("2005-00-11")
(None, 'day given without a month')
>>> may_stand_for_a_year("1/1/95"), may_stand_for_a_year("2/1/95")
(True, False)
"""

from __future__ import annotations

import re

from ...model import PartialDate, parse_date

__all__ = ["HORIZON_YY", "may_stand_for_a_year", "mmp_date"]

HORIZON_YY = 19  # the data end in 2019: '19 and earlier two-digit years are 20YY


def mmp_date(raw: str) -> tuple[PartialDate | None, str | None]:
    """MMP's date as a PartialDate, or None and the reason."""
    raw = raw.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", raw)
    if m:
        y, mo, d = m.groups()
        if y == "0000":
            return None, "year 0000"
        text = y if mo == "00" else (f"{y}-{mo}" if d == "00" else f"{y}-{mo}-{d}")
        if mo == "00" and d != "00":
            return None, "day given without a month"
    else:
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2})", raw)
        if not m:
            return None, "not YYYY-MM-DD or M/D/YY"
        mo_i, d_i, yy = (int(x) for x in m.groups())
        year = 2000 + yy if yy <= HORIZON_YY else 1900 + yy
        text = f"{year:04d}-{mo_i:02d}-{d_i:02d}"
    try:
        return parse_date(text), None
    except ValueError as exc:
        return None, str(exc)


def may_stand_for_a_year(raw: str) -> bool:
    """Whether ``raw`` is a ``1/1/YY`` date, which may be a placeholder for the year."""
    return re.fullmatch(r"1/1/\d{2}", raw.strip()) is not None
