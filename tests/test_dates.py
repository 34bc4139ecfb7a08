from __future__ import annotations

import datetime as dt

import pytest

from lineage import PartialDate, holds_at, parse_date

D = dt.date


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision"),
    [
        ("2011", D(2011, 1, 1), D(2011, 12, 31), "year"),
        ("2015-03", D(2015, 3, 1), D(2015, 3, 31), "month"),
        ("2016-02", D(2016, 2, 1), D(2016, 2, 29), "month"),
        ("2017-03-02", D(2017, 3, 2), D(2017, 3, 2), "day"),
        ("2012~", D(2011, 1, 1), D(2013, 12, 31), "year"),
        ("2016?", D(2015, 1, 1), D(2017, 12, 31), "year"),
        ("2012-12~", D(2012, 11, 1), D(2013, 1, 31), "month"),
        ("2016-05%", D(2016, 3, 1), D(2016, 7, 31), "month"),
        ("2017-03-02?", D(2017, 3, 1), D(2017, 3, 3), "day"),
        ("[..2014]", D.min, D(2014, 12, 31), "year"),
        ("[2015..]", D(2015, 1, 1), D.max, "year"),
        ("[2015-03..2016]", D(2015, 3, 1), D(2016, 12, 31), "month"),
    ],
)
def test_parse_bounds(text: str, earliest: D, latest: D, precision: str) -> None:
    d = parse_date(text)
    assert (d.earliest, d.latest, d.precision, d.text) == (earliest, latest, precision, text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2017-13-01", "there is no month 13"),
        ("2015-02-30", "2015-02 has no day 30 — it has 28 days"),
        ("0000", "year 0000 does not exist"),
        ("circa 2012", "is not a date lineage reads — write YYYY"),
        ("15/03/2015", "is not a date lineage reads"),
        ("[..]", "a range needs at least one end"),
        ("[2016..2015]", "the range ends before it starts"),
        ("", "is not a date lineage reads"),
    ],
)
def test_parse_errors_say_how_to_write_dates(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("[", r"\[")):
        parse_date(text)


def test_coerce_year_date_and_rejects_bool() -> None:
    assert parse_date(2015) == parse_date("2015")
    assert parse_date(dt.date(2015, 6, 1)).text == "2015-06-01"
    with pytest.raises(TypeError):
        PartialDate.coerce(True)


def test_comparisons_are_range_based() -> None:
    y2013, may2013, y2014 = parse_date("2013"), parse_date("2013-05"), parse_date("2014")
    assert y2013.definitely_before(y2014)
    assert not y2014.definitely_before(y2013)
    # overlapping: neither definitely before, each may precede the other
    assert not y2013.definitely_before(may2013)
    assert not may2013.definitely_before(y2013)
    assert y2013.may_precede(may2013)
    assert may2013.may_precede(y2013)
    assert sorted([y2014, may2013, y2013]) == [y2013, may2013, y2014]


def test_equality_and_hash_follow_text() -> None:
    assert parse_date("2015") == PartialDate.parse(" 2015 ")
    assert len({parse_date("2015"), parse_date("2015")}) == 1
    with pytest.raises(AttributeError):
        parse_date("2015").text = "2016"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("start", "end", "at", "expected"),
    [
        ("2015-03", None, "2015-06", True),
        ("2015-03", None, "2014-06", False),
        ("2015-03", None, "2015", True),  # as of the end of 2015
        (None, "[..2014]", "2014", False),  # ended by the end of 2014
        (None, "[..2014]", "2013", True),
        ("2014", "2016", "2016", False),  # ended during 2016
        ("2014", "2016", "2015-12", True),
        ("[..2017]", None, "2010", True),  # an open start may already hold
    ],
)
def test_holds_at(start: str | None, end: str | None, at: str, expected: bool) -> None:
    s = parse_date(start) if start else None
    e = parse_date(end) if end else None
    assert holds_at(s, e, parse_date(at)) is expected


@pytest.mark.parametrize("text", ["2011", "2015-03", "2017-03-02", "2016-02", "1999-12-31"])
def test_strict_bounds_agree_with_edtf_oracle(text: str) -> None:
    edtf = pytest.importorskip("edtf")
    oracle = edtf.parse_edtf(text)
    lower = dt.date(*oracle.lower_strict()[:3])
    upper = dt.date(*oracle.upper_strict()[:3])
    d = parse_date(text)
    assert (d.earliest, d.latest) == (lower, upper)
