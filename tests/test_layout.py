"""Layout maths, with no matplotlib: positions, spans, camps, crossings."""

from __future__ import annotations

import pytest

import lineage
from lineage import parse_date
from lineage.views.layout import compute_layout, count_crossings, select_groups, to_year

from .build import group, pledge, split
from .build import lineage as make


def test_to_year() -> None:
    import datetime as dt

    assert to_year(dt.date(2016, 1, 1)) == 2016.0
    assert to_year(dt.date(2016, 12, 31)) == pytest.approx(2016 + 365 / 366)


def test_lanes_spans_and_fuzz() -> None:
    lg = make(
        [group("a", founded="2000"), group("b"), group("c", dissolved="[2008..2010]")],
        [split("ab", "2005-07", "a", "b"), split("ac", "2003", "a", "c")],
    )
    lay = compute_layout(lg.graph)
    a, b, c = lay.lane("a"), lay.lane("b"), lay.lane("c")
    assert a.start_fuzz == (2000.0, pytest.approx(2001.0, abs=1e-2))
    assert b.start_fuzz == (pytest.approx(2005.5, abs=1e-2), pytest.approx(2005.58, abs=1e-2))
    assert a.start == pytest.approx(2001.0, abs=1e-2)
    assert c.end == 2008.0
    assert c.end_fuzz == (2008.0, pytest.approx(2011.0, abs=1e-2))
    assert lay.x_min == 1999.0
    assert lay.x_max == 2012.0
    assert a.end == lay.x_max  # still alive at the horizon
    [ab] = [x for x in lay.connectors if x.event == "ab"]
    assert (ab.source, ab.target, ab.lineage) == ("a", "b", True)
    assert ab.x == pytest.approx((ab.x_lo + ab.x_hi) / 2)
    assert ab.x_lo == pytest.approx(2005.5, abs=1e-2)


def test_window_clips_and_drops_lanes() -> None:
    lg = make(
        [group("a", founded="2000", dissolved="2004"), group("b", founded="2006")],
    )
    lay = compute_layout(lg.graph, start=parse_date("2005"), end=parse_date("2010"))
    assert [lane.group for lane in lay.lanes] == ["b"]
    assert (lay.x_min, lay.x_max) == (2005.0, pytest.approx(2011.0, abs=1e-2))
    with pytest.raises(ValueError, match="swap"):
        compute_layout(lg.graph, start=parse_date("2010"), end=parse_date("2005"))


def test_camp_segments_follow_pledges() -> None:
    lg = make(
        [group("top", founded="2000"), group("x", founded="2000")],
        [pledge("p", "2005-01", "x", "top", end="2008-12")],
    )
    lay = compute_layout(lg.graph)
    segs = [(round(a, 2), round(b, 2), camp, sure) for a, b, camp, sure in lay.lane("x").segments]
    assert segs[0][2] == "independent"
    assert ("top", True) in {(s[2], s[3]) for s in segs}
    pledged = [s for s in segs if s[2] == "top"]
    assert pledged[0][0] == 2005.0
    assert pledged[-1][1] == pytest.approx(2008.92, abs=0.01)
    assert lay.camps == {"top": "TOP"}


def test_uncertain_pledge_gives_uncertain_camp() -> None:
    lg = make(
        [group("top", founded="2000"), group("x", founded="2000")],
        [pledge("p", "[..2010]", "x", "top")],
    )
    segs = compute_layout(lg.graph).lane("x").segments
    assert {(camp, sure) for _, _, camp, sure in segs} == {("top", False), ("top", True)}


def test_count_crossings_by_hand() -> None:
    spans = {"a": (0.0, 10.0), "b": (0.0, 10.0), "c": (0.0, 3.0), "d": (0.0, 10.0)}
    links = [("a", "d", 5.0), ("a", "b", 1.0)]
    assert count_crossings(["a", "b", "c", "d"], spans, links) == 1  # b; c is dead at 5
    assert count_crossings(["a", "d", "b", "c"], spans, links) == 1  # d, at x=1
    assert count_crossings(["b", "a", "d", "c"], spans, links) == 0


def test_order_never_worse_than_naive_and_beats_it_on_bundled_data(lg: lineage.Lineage) -> None:
    whole = compute_layout(lg.graph)
    assert whole.crossings < whole.naive_crossings
    spans = {lane.group: (lane.x0, lane.x1) for lane in whole.lanes}
    order = [lane.group for lane in sorted(whole.lanes, key=lambda lane: lane.row)]
    links = [(c.source, c.target, c.x) for c in whole.connectors]
    assert count_crossings(order, spans, links) == whole.crossings
    for focus in ("jnim", "mojwa", "aqim", "boko-haram"):
        lay = compute_layout(lg.graph, focus)
        assert lay.crossings <= lay.naive_crossings
        assert sorted(lane.row for lane in lay.lanes) == list(range(len(lay.lanes)))


def test_select_groups(lg: lineage.Lineage) -> None:
    G = lg.graph
    assert select_groups(G, "jnim", "origins")[0] == "jnim"
    assert set(select_groups(G, "jnim", "became")) == {"jnim"}
    assert set(select_groups(G, "mojwa")) == {"mojwa", "aqim", "al-murabitoun", "isgs", "jnim"}
    with pytest.raises(ValueError, match="direction"):
        select_groups(G, "jnim", "sideways")


def test_rename_labels(lg: lineage.Lineage) -> None:
    lane = compute_layout(lg.graph, "islamic-state").lane("islamic-state")
    assert lane.label == "Al Qaeda in Iraq"
    assert [text for _, text in lane.labels] == ["Islamic State"]
    assert compute_layout(lg.graph, "jnim").lane("jnim").label == "JNIM"
