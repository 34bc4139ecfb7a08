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
    assert [text for _, text in lane.labels] == ["Islamic State (by 2014)"]  # "[..2014]"
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
    # first known by a pledge of some day in 2005: it certainly existed by the end
    # of 2005, and may have any time before
    assert x.start_fuzz == (lay.x_min, 2006.0)
    assert x.start == 2006.0
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
    # the earliest the new name may be in use, saying that the date is a range
    assert lane.labels == ((2004.0, "New name (2004–2005)"),)


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


# -- the window's edges ------------------------------------------------------------


def test_events_beyond_the_window_are_marks_not_connectors(lg: lineage.Lineage) -> None:
    """`lineage draw JNIM --start 2016`: the 2011 split and 2013 merger are not drawn at
    2016; each lane they touch is marked "earlier" at the left edge."""
    lay = compute_layout(lg.graph, "jnim", start=parse_date("2016"))
    assert lay.x_min == 2016.0
    drawn = {c.event for c in lay.connectors}
    assert drawn == {"jnim-formed", "aqim-sahara-branch-of-aqim", "jnim-pledge-to-aqim"}
    assert all(lay.x_min < c.x <= lay.x_max for c in lay.connectors)  # none at the edge
    marks = {(m.group, m.side): (m.events, m.text, m.x) for m in lay.marks}
    assert marks == {
        ("mojwa", "earlier"): (
            ("mojwa-split", "al-murabitoun-formed"),
            "◂ earlier: split 2011, merger 2013",
            2016.0,
        ),
        ("aqim", "earlier"): (
            ("mojwa-split", "twsb-split", "al-murabitoun-pledge-to-aqim"),
            "◂ earlier: split 2011, split by 2013, pledge 2015",
            2016.0,
        ),
        ("al-murabitoun", "earlier"): (
            ("al-murabitoun-formed", "al-murabitoun-pledge-to-aqim"),
            "◂ earlier: merger 2013, pledge 2015",
            2016.0,
        ),
    }


def test_later_events_are_marked_at_the_right_edge(lg: lineage.Lineage) -> None:
    lay = compute_layout(lg.graph, "mojwa", end=parse_date("2012"))
    assert lay.x_max == 2013.0  # the end of 2012, exactly
    assert [c.event for c in lay.connectors] == ["mojwa-split"]
    assert [lane.group for lane in lay.lanes] == ["aqim", "mojwa"]  # Al Murabitoun: 2013
    assert {(m.group, m.side, m.text) for m in lay.marks} == {
        ("mojwa", "later", "later: merger 2013 ▸"),
        ("aqim", "later", "later: pledge 2015, pledge 2017 ▸"),
    }
    assert {m.x for m in lay.marks} == {lay.x_max}


def test_a_mark_counts_what_it_does_not_list() -> None:
    lg = make(
        [group("a", founded="2000")] + [group(f"b{i}", founded="2001") for i in range(5)],
        [split(f"s{i}", f"2002-0{i + 1}", "a", f"b{i}") for i in range(5)],
    )
    lay = compute_layout(lg.graph, start=parse_date("2004"))
    [a] = [m for m in lay.marks if m.group == "a"]
    assert a.text == "◂ earlier: split 2002, split 2002, split 2002 +2 more"
    assert a.events == ("s0", "s1", "s2", "s3", "s4")


def test_a_date_is_drawn_only_where_it_may_fall() -> None:
    from lineage.views.layout.window import outside

    def side(date: str) -> str | None:
        return outside(parse_date(date), 2014.0, 2017.0)

    assert side("2013") == "earlier"
    assert side("2014-01-01") is None
    assert side("2016-12-31") is None
    assert side("2017-01-01") == "later"
    assert side("[..2013]") == "earlier"
    assert side("[..2015]") is None  # drawn at its certain end, the end of 2015
    assert side("[..2017]") == "later"  # drawn at the end of 2017: not at the edge
    assert side("[2016..]") is None
    assert side("[2010..2020]") is None  # its middle, 2015.5
    assert side("[2016..2020]") == "later"  # its middle, 2018.5


def test_a_rename_before_the_window_names_the_lane() -> None:
    names = [
        {"name": "Old", "kind": "official", "end": "2004", "note": "test"},
        {"name": "New", "kind": "official", "start": "2004", "note": "test"},
    ]
    lg = make(
        [group("a", "New", founded="2000-01-01", names=names)],
        [event("rename", "r", "2004", group="a", previous_name="Old", new_name="New")],
    )
    whole = compute_layout(lg.graph).lane("a")
    assert (whole.label, whole.labels) == ("Old", ((2004.0, "New"),))
    later = compute_layout(lg.graph, start=parse_date("2005"))
    assert (later.lane("a").label, later.lane("a").labels) == ("New", ())
    assert [(m.group, m.side, m.text) for m in later.marks] == [
        ("a", "earlier", "◂ earlier: rename 2004")
    ]


def test_the_window_fits_the_sources_horizon(lg: lineage.Lineage) -> None:
    """No start or end: the window ends a little after the last lane, at the article's
    horizon (2017-04-30), not two years after the latest date."""
    for focus in (None, "jnim", "mojwa", "boko-haram"):
        lay = compute_layout(lg.graph, focus)
        last = max(lane.x1 for lane in lay.lanes)
        assert last == pytest.approx(2017 + 120 / 365, abs=1e-3)
        assert last + 1 / 6 <= lay.x_max <= last + 0.3
    kept = compute_layout(lg.graph, end=parse_date("2019"))
    assert kept.x_max == 2020.0
