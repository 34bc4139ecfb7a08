"""Each query on small hand-made graphs, with exact answers."""

from __future__ import annotations

import networkx as nx
import pytest

from lineage import LineageError
from lineage.graph import index_of
from lineage.graph import queries as q

from .build import absorption, event, group, ids, merger, person, pledge, role, split
from .build import lineage as make


def test_became_is_time_respecting() -> None:
    # C split from B in 2011, before A merged into B in 2013: C is not A's descendant.
    lg = make(
        [group("a"), group("b"), group("c"), group("d")],
        [
            split("c-split", "2011", "b", "c"),
            absorption("a-into-b", "2013", "a", "b"),
            split("d-split", "2015", "b", "d"),
        ],
    )
    assert ids(lg.became("a")) == ["b", "d"]
    assert ids(lg.origins("c")) == ["b"]
    assert ids(lg.origins("d")) == ["b", "a"]
    assert lg.explain("a", "c") == []
    assert ids(lg.explain("a", "d")) == ["a-into-b", "d-split"]


def test_same_year_partial_dates_may_be_taken_in_either_order() -> None:
    lg = make(
        [group("a"), group("b"), group("c")],
        [absorption("ab", "2013-06", "a", "b"), split("bc", "2013", "b", "c")],
    )
    # "2013" may be after June 2013, so the path a -> b -> c is possible
    assert ids(lg.became("a")) == ["b", "c"]
    lg2 = make(
        [group("a"), group("b"), group("c")],
        [absorption("ab", "2013-06", "a", "b"), split("bc", "2013-05", "b", "c")],
    )
    assert ids(lg2.became("a")) == ["b"]


def test_open_ranges() -> None:
    lg = make(
        [group("a"), group("b"), group("c")],
        [split("ab", "[..2013]", "a", "b"), merger("bc", "2013", ["b"], "c")],
    )
    assert ids(lg.became("a")) == ["b", "c"]
    lg2 = make(
        [group("a"), group("b"), group("c")],
        [split("ab", "[2014..]", "a", "b", splinter_is_new=False), split("bc", "2013", "b", "c")],
    )
    assert ids(lg2.became("a")) == ["b"]


def test_became_sorted_by_first_reached_and_ignores_pledges() -> None:
    lg = make(
        [group("root"), group("z", "Zed"), group("y", "Yod"), group("p")],
        [
            split("s2", "2015", "root", "z"),
            split("s1", "2012", "root", "y"),
            pledge("pl", "2010", "root", "p"),
        ],
    )
    assert ids(lg.became("root")) == ["y", "z"]
    assert lg.became("p") == []
    assert lg.origins("p") == []


def test_explain_picks_the_earliest_chain_and_carries_citations() -> None:
    lg = make(
        [group("a"), group("b"), group("c"), group("d")],
        [
            split("ab", "2010", "a", "b"),
            split("ac", "2012", "a", "c"),
            merger("bd", "2014", ["b", "c"], "d"),
        ],
    )
    chain = lg.explain("a", "d")
    assert ids(chain) == ["ab", "bd"]
    assert all(e.citations for e in chain)


def test_allegiance_camp_and_pledge_end() -> None:
    lg = make(
        [group("top"), group("mid"), group("low"), group("rival")],
        [
            pledge("mid-top", "2010", "mid", "top", end="2015"),
            pledge("mid-rival", "2016", "mid", "rival"),
            pledge("low-mid", "2012", "low", "mid"),
        ],
    )
    assert ids(lg.allegiance("low", at="2013")) == ["mid"]
    assert lg.camp("low", at="2013").id == "top"
    assert lg.camp("low", at="2017").id == "rival"
    assert ids(lg.allegiance("mid", at="2015")) == []  # the pledge ended during 2015
    assert lg.camp("mid", at="2015-12").id == "mid"  # independent
    assert lg.camp("low", at="2011").id == "low"


def test_camp_none_before_founding_and_after_dissolution() -> None:
    lg = make(
        [group("a", founded="2010", dissolved="2014"), group("b")],
        [pledge("ab", "2011", "a", "b")],
    )
    assert lg.camp("a", at="2009") is None
    assert lg.camp("a", at="2012").id == "b"
    assert lg.camp("a", at="2015") is None
    assert lg.allegiance("a", at="2015") == []


def test_camp_survives_a_pledge_cycle() -> None:
    lg = make(
        [group("a"), group("b")],
        [pledge("ab", "2010", "a", "b"), pledge("ba", "2010", "b", "a")],
    )
    assert lg.camp("a", at="2012").id == "b"


def test_leaders_by_date_and_ever() -> None:
    lg = make(
        [group("g", founded="2000")],
        people=[person("x"), person("y"), person("z")],
        roles=[
            role("rx", "x", "g", start="2000", end="2010"),
            role("ry", "y", "g", start="2010"),
            role("rz", "z", "g", title="member", start="2000"),
        ],
    )
    assert ids(lg.leaders("g")) == ["x", "y"]
    assert ids(lg.leaders("g", at="2005")) == ["x"]
    assert ids(lg.leaders("g", at="2012")) == ["y"]
    assert lg.leaders("g", at="1990") == []


def test_timeline_of_group_and_person() -> None:
    lg = make(
        [group("a"), group("b")],
        [
            split("late", "2015", "a", "b", people=["x"]),
            event("founding", "born", "2001", group="a"),
            event("departure", "left", "2010", group="a", people=["x"]),
        ],
        people=[person("x")],
    )
    assert ids(lg.timeline("a")) == ["born", "left", "late"]
    assert ids(lg.timeline("X")) == ["left", "late"]


def test_snapshot_lists_groups_with_their_state() -> None:
    lg = make(
        [
            group(
                "a",
                "Alpha",
                names=[{"name": "Old Alpha", "kind": "official", "note": "n", "end": "2012"}],
            ),
            group("b", "Beta", founded="2014"),
        ],
        [pledge("ab", "2014", "a", "b")],
        people=[person("x")],
        roles=[role("r", "x", "a")],
    )
    early = lg.snapshot("2010")
    assert [s.group.id for s in early] == ["a"]
    assert early[0].names == ("Alpha", "Old Alpha")
    late = {s.group.id: s for s in lg.snapshot("2015")}
    assert late["a"].names == ("Alpha",)
    assert ids(late["a"].allegiance) == ["b"]
    assert late["a"].camp.id == "b"
    assert ids(late["a"].leaders) == ["x"]


def test_rename_keeps_the_group() -> None:
    lg = make(
        [
            group(
                "a",
                "New",
                names=[
                    {"name": "Old", "kind": "official", "note": "n", "end": "2010"},
                    {"name": "New", "kind": "official", "note": "n", "start": "2010"},
                ],
            )
        ],
        [event("rename", "rn", "2010", group="a", previous_name="Old", new_name="New")],
    )
    assert lg.group("Old").id == "a"
    assert lg.became("a") == []
    assert ids(lg.timeline("a")) == ["rn"]


def test_graph_attributes() -> None:
    lg = make(
        [group("a"), group("b"), group("c")],
        [
            split("ab", "2013", "a", "b"),
            pledge("bc", "2014", "b", "c", end="2016"),
            event("alliance", "al", "2015", members=["a", "c"]),
        ],
    )
    G = lg.graph
    edge = G.edges["a", "b", "ab"]
    assert (edge["kind"], edge["lineage"], edge["record"].id) == ("split", True, "ab")
    assert set(edge) == {"kind", "record", "lineage", "start", "end"}
    assert G.nodes["b"]["events"] == ("ab", "bc")  # chronological, read-only
    assert set(G.nodes["b"]) == {"record", "name", "founded", "dissolved", "events"}
    # references are interned: the event names the group's own id string
    assert edge["record"].splinter is G.nodes["b"]["record"].id
    link = ("a", "b", "ab", edge["start"].earliest.toordinal(), edge["start"].latest.toordinal())
    index = index_of(G)
    assert index.lineage_out["a"] == (link,)
    assert index.lineage_in["b"][0] is index.lineage_out["a"][0]  # one tuple, shared

    assert str(G.edges["b", "c", "bc"]["end"]) == "2016"
    assert G.has_edge("a", "c", "al")
    assert G.has_edge("c", "a", "al")
    assert G.nodes["b"]["founded"].text == "2013"


def test_roles_by_group_and_by_person_in_start_order() -> None:
    lg = make(
        [group("a"), group("b")],
        people=[person("x"), person("y")],
        roles=[
            role("late", "x", "a", start="2015"),
            role("early", "y", "a", start="2001"),
            role("undated", "x", "a"),
            role("other", "x", "b", start="2010"),
        ],
    )
    index = index_of(lg.graph)
    assert ids(index.roles_by_group["a"]) == ["undated", "early", "late"]
    assert ids(q.roles_of_person(lg.graph, "x")) == ["undated", "other", "late"]
    assert ids(lg.roles_of("X")) == ["undated", "other", "late"]
    assert set(index.roles_by_group) == {"a", "b"}
    assert q.roles_of(lg.graph, "c-without-roles") == []
    assert ids(q.roles_of(lg.graph, "b")) == ["other"]


def test_a_graph_lineage_did_not_build_is_refused_not_guessed_at() -> None:
    G = nx.MultiDiGraph()
    G.add_node("a", name="A", founded=None, dissolved=None, events=())
    with pytest.raises(LineageError, match=r"build it with lineage.build_graph"):
        q.became(G, "a")
