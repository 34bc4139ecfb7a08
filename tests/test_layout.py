"""Layout maths, with no matplotlib: positions, spans, camps, crossings."""

from __future__ import annotations

import pytest

import lineage
from lineage import parse_date
from lineage.views.layout import (
    INDEPENDENT,
    Connector,
    Layout,
    compute_layout,
    count_crossings,
    select_groups,
    to_year,
)

from .build import event, group, pledge, split
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


def _rows(lay: Layout) -> list[str]:
    return [lane.group for lane in sorted(lay.lanes, key=lambda lane: lane.row)]


def test_open_and_closed_dates_place_connectors() -> None:
    """A closed range is drawn at its middle, an open one at its certain end."""
    lg = make(
        [group("a", founded="2000"), group("b", founded="2000"), group("c", founded="2000")],
        [
            pledge("before", "[..2006]", "b", "a"),
            pledge("after", "[2004..]", "c", "a"),
            pledge("range", "[2002..2003]", "c", "b"),
        ],
    )
    lay = compute_layout(lg.graph)
    assert (lay.x_min, lay.x_max) == (1999.0, 2008.0)
    by_event: dict[str, Connector] = {c.event: c for c in lay.connectors}
    before, after, closed = by_event["before"], by_event["after"], by_event["range"]
    assert before.x == before.x_hi == pytest.approx(2007.0, abs=1e-2)  # end of 2006
    assert before.x_lo == lay.x_min  # no earliest date: the range runs to the window's edge
    assert after.x == after.x_lo == 2004.0
    assert after.x_hi == lay.x_max
    assert (closed.x_lo, closed.x_hi) == (2002.0, pytest.approx(2004.0, abs=1e-2))
    assert closed.x == pytest.approx(2003.0, abs=1e-2)
    assert [c.event for c in lay.connectors] == ["range", "after", "before"]  # by date
    assert {c.lineage for c in lay.connectors} == {False}  # pledges are not lineage


def test_undated_group_starts_faded_at_its_first_event() -> None:
    lg = make(
        [group("top", founded="2000"), group("x")],
        [pledge("p", "2005", "x", "top")],
    )
    lay = compute_layout(lg.graph)
    x = lay.lane("x")
    assert x.start_fuzz == (lay.x_min, 2005.0)
    assert x.start == 2005.0
    assert (x.x0, x.x1) == (lay.x_min, lay.x_max)
    assert x.end_fuzz is None


def test_order_removes_an_avoidable_crossing() -> None:
    """Founding order puts b between a and its splinter c; the layout moves b aside."""
    lg = make(
        [group("a", founded="2000"), group("b", founded="2001"), group("c")],
        [split("ac", "2005", "a", "c")],
    )
    lay = compute_layout(lg.graph)
    assert lay.naive_crossings == 1
    assert lay.crossings == 0
    order = _rows(lay)
    assert abs(order.index("a") - order.index("c")) == 1  # parent and splinter adjacent
    spans = {lane.group: (lane.x0, lane.x1) for lane in lay.lanes}
    links = [(c.source, c.target, c.x) for c in lay.connectors]
    assert count_crossings(order, spans, links) == 0
    assert count_crossings(["a", "b", "c"], spans, links) == lay.naive_crossings


def test_dead_lane_is_no_crossing() -> None:
    """A lane dissolved before a connector's date is not crossed by it (naive order a, b, c)."""
    lg = make(
        [
            group("a", founded="2000"),
            group("b", founded="2000", dissolved="2002"),
            group("c", founded="2001"),
        ],
        [split("ac", "2005", "a", "c")],
    )
    lay = compute_layout(lg.graph)
    assert lay.naive_crossings == lay.crossings == 0
    assert lay.lane("b").end == 2002.0
    assert lay.lane("b").x1 == pytest.approx(2003.0, abs=1e-2)


def test_rename_label_sits_where_the_new_name_may_start() -> None:
    when = "[2004..2005]"
    names = [
        {"name": "Old", "kind": "official", "end": when, "note": "test"},
        {"name": "New name", "kind": "official", "start": when, "note": "test"},
    ]
    lg = make(
        [group("a", "New name", founded="2000-01-01", names=names)],
        [event("rename", "r", when, group="a", previous_name="Old", new_name="New name")],
    )
    lane = compute_layout(lg.graph).lane("a")
    assert lane.label == "Old"  # the lane opens with the name it had first
    assert lane.labels == ((2004.0, "New name"),)  # the earliest the new name may be in use


def test_camps_are_ordered_by_name_and_change_at_the_pledge() -> None:
    lg = make(
        [group("z", "Zeta", founded="2000-01-01"), group("y", "Alpha", founded="2000-01-01")]
        + [group(f"m{i}", founded="2000-01-01") for i in range(2)],
        [pledge("p0", "2001", "m0", "z"), pledge("p1", "2001-01-01", "m1", "y")],
    )
    lay = compute_layout(lg.graph)
    assert lay.camps == {"y": "Alpha", "z": "Zeta"}  # by name, not by id
    assert list(lay.camps) == ["y", "z"]
    # m0 pledged at some date in 2001: the camp is uncertain until the end of 2001
    # (judged month by month: certain only where it holds throughout the month),
    # certain afterwards
    segments = [
        (round(a, 3), round(b, 3), camp, sure) for a, b, camp, sure in lay.lane("m0").segments
    ]
    assert segments == [
        (2000.0, 2001.0, INDEPENDENT, True),
        (2001.0, 2002.0, "z", False),
        (2002.0, round(lay.x_max, 3), "z", True),
    ]
    # m1 pledged on a known day: independent before, certainly in y's camp from then on
    camps = [(camp, sure) for *_, camp, sure in lay.lane("m1").segments]
    assert camps == [(INDEPENDENT, True), ("y", True)]
    assert lay.lane("m1").segments[1][0] == 2001.0
    # the top of a chain is in its own camp
    assert {camp for *_, camp, _ in lay.lane("z").segments} == {"z"}


def test_an_undirected_relation_is_drawn_once_without_a_direction() -> None:
    import matplotlib

    matplotlib.use("Agg")
    lg = make(
        [group("a", founded="2000"), group("b", founded="2000")],
        [event("undirected", "u", "2005", members=["a", "b"], relation="split")],
    )
    lay = compute_layout(lg.graph)
    [connector] = [c for c in lay.connectors if c.kind == "undirected"]
    assert (connector.event, connector.lineage) == ("u", False)
    ax = lg.draw()
    [arrow] = [a for a in ax.texts if a.get_gid() == "connector:undirected:u"]
    assert arrow.arrowprops["arrowstyle"] == "-"  # type: ignore[attr-defined]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "direction unknown" in legend
