"""A diagram draws no more than its sources know: lanes stop at the sources'
horizon, events are drawn no later than it, and names are drawn whole."""

from __future__ import annotations

from typing import Any

import pytest
from matplotlib.axes import Axes

import lineage
from lineage import Dataset, Lineage, parse_date
from lineage.sources.mmp import MMP_SOURCE
from lineage.views.layout import compute_layout
from lineage.views.layout.model import end_year

from .build import SOURCE, doc, event, group, person, pledge, role, split
from .test_plotting import _overlaps  # every text: labels, title, legend, ticks

HORIZON = end_year(parse_date("[2017-01..2017-04]").latest)
"""The end of the article's horizon, 2017-04-30, as a decimal year (about 2017.33)."""
FOCUSES = [None, "jnim", "mojwa", "aqim", "boko-haram", "islamic-state"]
LONG = "The Front of the Sixty Letters Long Name Without Any Acronym"


def _lineage(groups: list[dict[str, Any]], events: list[dict[str, Any]], **until: str) -> Lineage:
    """A small dataset whose sources are ``s`` (no horizon) and one per ``until`` keyword."""
    data = doc(groups, events)
    for sid, date in until.items():
        data["sources"].append({**SOURCE, "id": sid, "covers_until": date})
    return Lineage(Dataset.model_validate(data))


def _cites(source: str) -> list[dict[str, str]]:
    return [{"source": source, "quote": "as stated"}]


def test_the_sources_say_how_far_they_see(lg: lineage.Lineage) -> None:
    [article] = [s for s in lg.dataset.sources if s.id == "carbonari-north-africa"]
    assert str(article.covers_until) == "[2017-01..2017-04]"
    assert "the first months of 2017" in (article.note or "")
    assert MMP_SOURCE["covers_until"] == "2019-07"


@pytest.mark.parametrize("focus", FOCUSES)
def test_no_lane_or_connector_runs_past_the_article(lg: lineage.Lineage, focus: str | None) -> None:
    lay = compute_layout(lg.graph, focus)
    assert lay.lanes
    for lane in lay.lanes:
        assert lane.x1 <= HORIZON + 1e-6, (lane.group, lane.x1)
    for c in lay.connectors:
        assert max(c.x, c.x_hi) <= HORIZON + 1e-6, (c.event, c.x, c.x_hi)


def test_bundled_lanes_without_an_end_fade_out_over_the_horizon(lg: lineage.Lineage) -> None:
    lay = compute_layout(lg.graph)
    for g in ("mojwa", "boko-haram", "isgs", "iswap", "wilayat-sinai", "islamic-state"):
        lane = lay.lane(g)
        # solid only while the article places the group, then faded to its horizon
        assert lane.end <= 2017.0 + 1e-6, g
        assert lane.end_fuzz == (lane.end, pytest.approx(HORIZON)), g
    # MOJWA: last placed by the 2013 merger (some day in 2013); the article says
    # nothing of it after, though it covers until 2017
    assert lay.lane("mojwa").end == pytest.approx(2013.0)
    # Wilayat Sinai: known only by dates "on or before 2016/2017": certain at no
    # stretch, faded from the window's start to the horizon
    sinai = lay.lane("wilayat-sinai")
    assert sinai.start == sinai.end == pytest.approx(2017.0)
    assert sinai.start_fuzz == (lay.x_min, pytest.approx(2017.0))
    jnim = lay.lane("jnim")  # founded 2017-03-02, inside the horizon: solid from there
    assert jnim.start == pytest.approx(2017.164, abs=1e-3)
    assert jnim.x1 == pytest.approx(HORIZON)
    # dissolved "[2014..2017]" by the article alone: not past what the article knows
    assert compute_layout(lg.graph).lane("jund-al-khilafa").end_fuzz == (
        2014.0,
        pytest.approx(HORIZON),
    )


def test_a_lane_ends_at_its_latest_sources_horizon() -> None:
    lg = _lineage(
        [group("a", founded="2000", citations=_cites("old")), group("b", founded="2001")],
        [split("ab", "2003", "a", "b", citations=_cites("new"))],
        old="2005-06",
        new="[2008..2009]",
    )
    lay = compute_layout(lg.graph, end=parse_date("2011"))
    a, b = lay.lane("a"), lay.lane("b")
    # solid to its last event (the 2003 split), faded to the latest horizon (2009)
    assert (a.end, a.end_fuzz) == (2003.0, (2003.0, pytest.approx(2010.0, abs=1e-2)))
    assert b.x1 == pytest.approx(2010.0, abs=1e-2)  # b is described by "new" only
    assert lay.x_max == pytest.approx(2012.0, abs=1e-2)  # the lanes stop short of it
    # with no end given, the window reaches the horizons and ends just after the
    # last lane: a little past 2010, not two years past it
    fitted = compute_layout(lg.graph)
    assert fitted.lane("a").x1 == pytest.approx(2010.0, abs=1e-2)
    assert 2010.1 < fitted.x_max < 2010.5


def test_a_horizon_of_a_month_and_no_horizon() -> None:
    lg = _lineage(
        [group("a", founded="2000", citations=_cites("m")), group("c", founded="2000")],
        [],
        m="2005-06",
    )
    lay = compute_layout(lg.graph, end=parse_date("2010"))
    a = lay.lane("a")
    # founded some day in 2000 and placed by nothing later: certain only at the end of
    # 2000, then faded to the horizon, the end of June 2005
    assert (a.start, a.end) == (2001.0, 2001.0)
    assert a.end_fuzz == (2001.0, pytest.approx(2005 + 181 / 365, abs=1e-3))
    assert a.x1 == pytest.approx(2005 + 181 / 365, abs=1e-3)  # the end of 30 June
    assert lay.lane("c").x1 == lay.x_max  # no source gives c a horizon: as before


def test_a_later_source_without_a_horizon_keeps_the_lane_alive() -> None:
    """An event after the horizon, from a source that gives none, is known: the lane
    reaches it."""
    lg = _lineage(
        [group("top", founded="2000"), group("a", founded="2000", citations=_cites("old"))],
        [pledge("p", "2009-07-01", "a", "top")],
        old="2004",
    )
    a = compute_layout(lg.graph).lane("a")
    assert a.end == pytest.approx(2009.496, abs=1e-3)
    assert a.end_fuzz is None


def test_events_are_drawn_no_later_than_their_sources_see() -> None:
    lg = _lineage(
        [group("top", founded="2000"), group("a", founded="2000", citations=_cites("old"))],
        [
            pledge("p", "[..2010]", "a", "top") | {"citations": _cites("old")},
            event("dissolution", "end", "[2003..2010]", group="a", citations=_cites("old")),
        ],
        old="2005",
    )
    lay = compute_layout(lg.graph)
    [p] = lay.connectors
    assert p.x == p.x_hi == pytest.approx(2006.0, abs=1e-2)  # not at the end of 2010
    a = lay.lane("a")
    assert (a.end, a.x1) == (2003.0, pytest.approx(2006.0, abs=1e-2))


def _label_texts(ax: Axes, kind: str = "label:") -> list[str]:
    return [t.get_text() for t in ax.texts if (t.get_gid() or "").startswith(kind)]


@pytest.mark.parametrize("focus", FOCUSES)
def test_bundled_names_are_drawn_whole(lg: lineage.Lineage, focus: str | None) -> None:
    texts = [t.get_text() for t in lg.draw(focus).texts]
    assert texts
    assert not [t for t in texts if "…" in t]


def test_a_long_name_is_wrapped_not_cut() -> None:
    assert len(LONG) == 60
    renamed = "The Second Front of Another Long Name With No Acronym Either"
    names = [
        {"name": LONG, "kind": "official", "end": "2006", "note": "test"},
        {"name": renamed, "kind": "official", "start": "2006", "note": "test"},
    ]
    lg = _lineage(
        [
            group("long", LONG.replace("Sixty", "Sixty-One"), founded="2000"),
            group("b", renamed, founded="2001", names=names),
            group("c", founded="2002"),
        ],
        [
            split("lc", "2004", "long", "c"),
            event("rename", "r", "2006", group="b", previous_name=LONG, new_name=renamed),
        ],
    )
    ax = lg.draw()
    labels = _label_texts(ax)  # the names' column: wrapped
    renames = _label_texts(ax, "rename:")  # on the lane: one line, whole
    assert not [t for t in labels + renames if "…" in t]
    wrapped = [t for t in labels if "\n" in t]
    assert {" ".join(t.split("\n")) for t in wrapped} == {LONG, LONG.replace("Sixty", "Sixty-One")}
    assert all(len(line) <= 34 for t in wrapped for line in t.split("\n"))
    assert renames == [f"→ {renamed}"]
    assert _overlaps(ax) == []


def test_a_lane_whose_end_range_holds_its_founding_never_starts_before_it() -> None:
    lg = _lineage(
        [group("a", founded="2015-06-10", dissolved="2015"), group("p", founded="2010")], []
    )
    a = compute_layout(lg.graph).lane("a")
    founding = 2015 + 160 / 365  # 10 June 2015
    assert a.start == a.end == pytest.approx(founding, abs=1e-3)  # certain only that day
    assert a.start_fuzz is None
    assert a.x0 == pytest.approx(founding, abs=1e-3)  # not drawn before its founding
    assert a.end_fuzz == (pytest.approx(founding, abs=1e-3), 2016.0)  # ends some day in 2015


def test_a_group_of_one_day_keeps_its_lane_and_its_events() -> None:
    lg = _lineage(
        [group("a", founded="2015-06-10", dissolved="2015-06-10"), group("p", founded="2010")],
        [split("s1", "2015-06-10", "a", "p", splinter_is_new=False)],
    )
    lay = compute_layout(lg.graph)
    assert lay.lane("a").x0 == lay.lane("a").x1  # a point, kept
    assert [(c.source, c.target) for c in lay.connectors] == [("a", "p")]


def test_a_group_known_by_a_role_only_is_faded_until_the_role_places_it() -> None:
    data = doc(
        [group("a", "A"), group("p", founded="2010")],
        [event("founding", "pf", "2010", group="p")],
        people=[person("x")],
        roles=[role("r", "x", "a", start="2016", citations=_cites("s2"))],
    )
    data["sources"].append({**SOURCE, "id": "s2", "covers_until": "2020"})
    lay = compute_layout(Lineage(Dataset.model_validate(data)).graph)
    a = lay.lane("a")
    assert a.start == 2017.0  # led by x from some day in 2016: certain by its end
    assert a.start_fuzz == (lay.x_min, 2017.0)
    assert a.end_fuzz == (2017.0, pytest.approx(2021.0, abs=1e-2))  # to the role's source's horizon
