"""Diagrams that read truly at their edges: no line crosses a label, each label
sits on its own lane, events beyond the window are marked at its edge (never
drawn there), date ranges stay in their lane's band, and a sheet too tall to
read is refused unless asked for as a poster.

Every figure here is a real render, read back from its artists
(:mod:`tests.figure_geometry`).
"""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import pytest
from matplotlib.axes import Axes

import lineage
from lineage import ArgumentError, Dataset, Lineage, parse_date
from lineage.views.layout import Layout, compute_layout, select_groups
from lineage.views.plotting import LANE_HEIGHT, POSTER_LANES, draw, draw_layout

from .build import SOURCE, doc, group, split
from .figure_geometry import crossings, label_boxes, off_their_lane
from .test_mmp_real import KEY, REL
from .test_plotting import _overlaps

DIRECTIONS = ("both", "became", "origins")


def _rows(layout: Layout) -> dict[str, int]:
    return {lane.group: lane.row for lane in layout.lanes}


def _check(ax: Axes, layout: Layout) -> None:
    """No line through a label, every label on its lane, no two texts overlapping."""
    assert crossings(ax) == []
    assert off_their_lane(ax, _rows(layout)) == []
    assert _overlaps(ax) == []


def _distinct_focuses(G: Any) -> list[tuple[str, str]]:
    """One ``(focus, direction)`` for each distinct set of groups a focus draws."""
    seen: dict[frozenset[str], tuple[str, str]] = {}
    for g in sorted(G.nodes):
        for d in DIRECTIONS:
            seen.setdefault(frozenset(select_groups(G, g, d)), (g, d))
    return list(seen.values())


# -- no line crosses a label; each label on its own lane ------------------------


def test_every_bundled_focus_in_every_direction(lg: lineage.Lineage) -> None:
    """30 distinct diagrams (all 17 groups × 3 directions, deduplicated), and the whole."""
    cases = [*_distinct_focuses(lg.graph), (None, "both")]
    assert len(cases) >= 20
    for focus, direction in cases:
        ax = draw(lg.graph, focus, direction=direction)
        _check(ax, compute_layout(lg.graph, focus, direction=direction))


@pytest.mark.parametrize(
    ("focus", "start", "end"),
    [("jnim", "2016", None), (None, "2014", "2016"), ("mojwa", None, "2012"), (None, "2015", None)],
)
def test_windows_cut_through_the_data(
    lg: lineage.Lineage, focus: str | None, start: str | None, end: str | None
) -> None:
    dates: dict[str, Any] = {k: parse_date(v) for k, v in (("start", start), ("end", end)) if v}
    ax = draw(lg.graph, focus, **dates)
    _check(ax, compute_layout(lg.graph, focus, **dates))


def test_the_measure_sees_a_line_through_a_label(lg: lineage.Lineage) -> None:
    """The check is not vacuous: a label put on a connector, or off its lane, is caught."""
    ax = draw(lg.graph, "jnim")
    layout = compute_layout(lg.graph, "jnim")
    c = next(c for c in layout.connectors if c.event == "jnim-formed")
    rows = _rows(layout)
    middle = (rows[c.source] + rows[c.target]) / 2
    ax.text(c.x, middle, "in the way", gid=f"rename:{c.target}", ha="center", va="center")
    assert ("in the way", f"connector:merger:{c.event}") in crossings(ax)
    assert off_their_lane(ax, rows) == ["in the way"]  # between two lanes: neither's


def test_the_names_sit_level_with_their_lanes_left_of_the_axis(lg: lineage.Lineage) -> None:
    ax = draw(lg.graph)
    layout = compute_layout(lg.graph)
    left = ax.get_window_extent().x0
    names = {
        (t.get_gid() or "").removeprefix("label:"): box
        for t, box in label_boxes(ax)
        if (t.get_gid() or "").startswith("label:")
    }
    assert set(names) == {lane.group for lane in layout.lanes}
    for lane in layout.lanes:
        box = names[lane.group]
        [(_, y)] = ax.transData.transform([(layout.x_min, lane.row)])
        assert box.x1 < left  # in the column, where no connector runs
        assert abs((box.y0 + box.y1) / 2 - y) < 1.0  # centred on its own row


# -- an MMP-like dataset --------------------------------------------------------

WORDS = [
    "Movement", "Front", "Brigade", "Army", "Group", "Council", "Battalion", "Union",
    "Liberation", "Islamic", "Oneness", "Jihad", "Salafist", "Preaching", "Combat", "Unity",
]  # fmt: skip
PLACES = ["West Africa", "the Sahel", "the Islamic Maghreb", "Greater Sahara", "Libya", "Sinai"]


def mmp_like(n: int = 48, seed: int = 7) -> Lineage:
    """``n`` groups with MMP's habits: long names (some with an acronym), years to
    days, many relations of unknown direction, a source that sees to July 2019."""
    rng = random.Random(seed)
    groups, events, ended = [], [], set()
    for i in range(n):
        words = rng.sample(WORDS, rng.randint(2, 4))
        name = f"{' '.join(words)} of {rng.choice(PLACES)} {i}"
        names = []
        if rng.random() < 0.3:
            acronym = "".join(w[0] for w in words) + str(i)
            names = [{"name": acronym, "kind": "acronym", "note": "test"}]
        founded = 1990 + i * 28 // n
        groups.append(group(f"g{i}", name, founded=str(founded), names=names))
        alive = [j for j in range(max(0, i - 12), i) if j not in ended]
        if not alive:
            continue
        other, another = rng.choice(alive), rng.choice(alive)
        when = f"{founded}-{rng.randint(1, 12):02d}" if rng.random() < 0.5 else str(founded)
        kind = rng.choice(["split", "split", "undirected", "pledge", "merger", "absorption"])
        base: dict[str, Any] = {"kind": kind, "id": f"e{i}", "date": when, "description": "d"}
        base["citations"] = [{"source": "mmp", "quote": "as stated"}]
        if kind == "split":
            events.append(split(f"e{i}", when, f"g{other}", f"g{i}") | base)
        elif kind == "undirected":
            relation = rng.choice(["split", "merger", "affiliation"])
            events.append(base | {"members": [f"g{other}", f"g{i}"], "relation": relation})
        elif kind == "pledge":
            events.append(base | {"group": f"g{i}", "patron": f"g{other}"})
        elif kind == "merger":
            parties = sorted({f"g{other}", f"g{another}"})
            events.append(base | {"parties": [{"group": p} for p in parties], "result": f"g{i}"})
            ended.update({other, another})
        else:
            events.append(base | {"absorbed": f"g{other}", "into": f"g{i}"})
            ended.add(other)
        if rng.random() < 0.6 and another not in ended and another != other:  # and a relation
            relation = rng.choice(["split", "merger", "affiliation"])
            extra = {**base, "id": f"e{i}b", "kind": "undirected", "relation": relation}
            events.append(extra | {"members": [f"g{another}", f"g{i}"]})
    data = doc(groups, events)
    data["sources"].append({**SOURCE, "id": "mmp", "covers_until": "2019-07"})
    return Lineage(Dataset.model_validate(data))


@pytest.fixture(scope="module")
def mmp_lg() -> Lineage:
    return mmp_like()


def test_an_mmp_like_dataset_whole_and_by_focus(mmp_lg: Lineage) -> None:
    G = mmp_lg.graph
    whole = compute_layout(G)
    assert 40 <= len(whole.lanes) <= POSTER_LANES
    assert sum(c.kind == "undirected" for c in whole.connectors) >= 10
    _check(draw(G), whole)
    cases = _distinct_focuses(G)
    sizes = [len(select_groups(G, g, d)) for g, d in cases]
    assert max(sizes) >= 10
    for focus, direction in cases[::4]:  # a quarter of them: ~20 figures
        ax = draw(G, focus, direction=direction)
        _check(ax, compute_layout(G, focus, direction=direction))
    windowed: dict[str, Any] = {"start": parse_date("2005"), "end": parse_date("2012")}
    _check(draw(G, **windowed), compute_layout(G, **windowed))


def test_mmps_own_aqim_diagram_if_the_files_are_here() -> None:
    if not (REL.exists() and KEY.exists()):
        pytest.skip("the MMP files are not in ../shared/mmp")
    dataset, _ = lineage.import_mmp(REL, KEY)
    G = Lineage(dataset).graph
    aqim = Lineage(dataset).group("Al Qaeda in the Islamic Maghreb").id
    for direction in DIRECTIONS:
        ax = draw(G, aqim, direction=direction)
        _check(ax, compute_layout(G, aqim, direction=direction))


# -- events beyond the window ---------------------------------------------------


def test_earlier_events_are_marked_at_the_edge_not_drawn_there(lg: lineage.Lineage) -> None:
    start = parse_date("2016")
    ax = draw(lg.graph, "jnim", start=start)
    layout = compute_layout(lg.graph, "jnim", start=start)
    drawn = {(t.get_gid() or "") for t in ax.texts}
    assert "connector:split:mojwa-split" not in drawn
    assert "connector:merger:al-murabitoun-formed" not in drawn
    marks = {
        (t.get_gid() or ""): t.get_text()
        for t in ax.texts
        if (t.get_gid() or "").startswith("mark:")
    }
    assert marks["mark:earlier:mojwa"] == "◂ earlier: split 2011, merger 2013"
    assert marks["mark:earlier:al-murabitoun"] == "◂ earlier: merger 2013, pledge 2015"
    assert set(marks) == {f"mark:earlier:{m.group}" for m in layout.marks}
    chevrons = {line.get_gid() for line in ax.lines if (line.get_gid() or "").startswith("edge:")}
    assert chevrons == {f"edge:earlier:{m.group}" for m in layout.marks}
    for line in ax.lines:  # every chevron sits on its lane, at the window's left edge
        if (line.get_gid() or "").startswith("edge:"):
            [(x, y)] = np.asarray(line.get_xydata(), dtype=float)
            assert x == layout.x_min
            assert y == layout.lane((line.get_gid() or "").rsplit(":", 1)[1]).row
    box = {t.get_gid(): b for t, b in label_boxes(ax)}["mark:earlier:mojwa"]
    [(left, _)] = ax.transData.transform([(layout.x_min, 0)])
    assert abs(box.x0 - left) < 2  # at the edge: nothing in the way on MOJWA's lane


def test_later_events_are_marked_at_the_right_edge(lg: lineage.Lineage) -> None:
    end = parse_date("2012")
    ax = draw(lg.graph, "mojwa", end=end)
    marks = {t.get_gid(): t for t in ax.texts if (t.get_gid() or "").startswith("mark:")}
    later = marks["mark:later:mojwa"]
    assert later.get_text() == "later: merger 2013 ▸"  # into Al Murabitoun, not drawn at 2013
    assert marks["mark:later:aqim"].get_text() == "later: pledge 2015, pledge 2017 ▸"
    assert "connector:merger:al-murabitoun-formed" not in {t.get_gid() for t in ax.texts}
    assert later.get_horizontalalignment() == "right"
    box = later.get_window_extent()
    assert box.x1 <= ax.get_window_extent().x1 + 0.5


def test_a_rename_before_the_window_names_the_lane_and_is_marked(lg: lineage.Lineage) -> None:
    ax = draw(lg.graph, "islamic-state", start=parse_date("2015"))
    texts = {t.get_gid(): t.get_text() for t in ax.texts if t.get_gid()}
    assert texts["label:islamic-state"] == "Islamic State"
    assert "rename:islamic-state" not in texts
    assert texts["mark:earlier:islamic-state"].startswith("◂ earlier: ")
    assert "rename by 2014" in texts["mark:earlier:islamic-state"]


# -- date ranges in their lane's band ------------------------------------------


def test_date_ranges_stay_in_the_band_of_the_lane_they_reach(lg: lineage.Lineage) -> None:
    for focus in (None, "jnim", "mojwa"):
        ax = draw(lg.graph, focus)
        layout = compute_layout(lg.graph, focus)
        rows = [lane.row for lane in layout.lanes]
        ranges = [line for line in ax.lines if (line.get_gid() or "").startswith("range:")]
        assert ranges or focus == "jnim"
        for line in ranges:
            event = (line.get_gid() or "").removeprefix("range:")
            [y] = {float(v) for v in np.asarray(line.get_ydata(), dtype=float)}
            beside = [
                c
                for c in layout.connectors
                if c.event == event and abs(y - layout.lane(c.target).row) < 0.5
            ]  # in the band of the lane it reaches, beside that lane...
            assert beside, event
            target = layout.lane(beside[0].target).row
            assert abs(y - target) > LANE_HEIGHT / 2
            assert min(rows, key=lambda r: abs(r - y)) == target  # ...over no other lane
            sides = {(y - target) * (layout.lane(c.source).row - target) > 0 for c in beside}
            assert True in sides  # on the side the arrow comes from


# -- the window ends where the sources do ------------------------------------


def test_the_window_ends_just_after_what_is_drawn(lg: lineage.Lineage) -> None:
    horizon = 2017 + 120 / 365  # 2017-04-30, the article's horizon
    for focus in (None, "jnim", "boko-haram"):
        layout = compute_layout(lg.graph, focus)
        last = max(lane.x1 for lane in layout.lanes)
        assert last == pytest.approx(horizon, abs=0.01)
        assert last < layout.x_max <= last + 0.3
    given = compute_layout(lg.graph, end=parse_date("2018"))
    assert given.x_max == pytest.approx(2019.0, abs=0.01)  # an end given is kept


# -- too many lanes for a static drawing ------------------------------------------


def _many(n: int) -> Lineage:
    groups = [group(f"g{i:03d}", founded=str(1900 + i)) for i in range(n)]
    events = [split(f"s{i}", str(1900 + i), f"g{i - 1:03d}", f"g{i:03d}") for i in range(1, n)]
    return Lineage(Dataset.model_validate(doc(groups, events)))


def test_past_sixty_lanes_a_static_diagram_is_refused_unless_a_poster() -> None:
    lg = _many(POSTER_LANES + 5)
    with pytest.raises(ArgumentError) as refused:
        draw(lg.graph)
    message = str(refused.value)
    assert "65 lanes" in message
    assert "lineage draw NAME -o page.html" in message
    assert "poster=True" in message
    assert "--poster" in message
    assert "give a NAME" in message
    layout = compute_layout(lg.graph)
    with pytest.raises(ArgumentError, match="65 lanes"):
        draw_layout(layout, lg.graph)
    ax = draw_layout(layout, lg.graph, poster=True)
    assert len([t for t in ax.texts if (t.get_gid() or "").startswith("label:")]) == 65
    assert draw(_many(POSTER_LANES).graph) is not None  # sixty is still a diagram


def test_the_hard_cap_holds_for_posters_too() -> None:
    lg = _many(POSTER_LANES + 5)
    with pytest.raises(ArgumentError, match="too many to draw in one diagram"):
        draw(lg.graph, poster=True, max_lanes=POSTER_LANES + 2)
    with pytest.raises(ArgumentError, match="at most 62"):
        draw_layout(compute_layout(lg.graph), lg.graph, poster=True, max_lanes=62)
