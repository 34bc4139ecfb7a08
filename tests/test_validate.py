"""Every validation rule, each on a small dataset; all problems reported at once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lineage import DataError, Lineage, load
from lineage.io import parse_dataset

from .build import absorption, doc, event, group, merger, person, pledge, role, split


def problems(d: dict[str, Any]) -> list[tuple[str, str, str]]:
    with pytest.raises(DataError) as info:
        Lineage(parse_dataset(json.dumps(d), "f.json"), file="f.json")
    assert isinstance(info.value, ValueError)
    return [(p.record, p.field, p.message) for p in info.value.problems]


def one(d: dict[str, Any]) -> tuple[str, str, str]:
    found = problems(d)
    assert len(found) == 1, found
    return found[0]


def test_duplicate_ids() -> None:
    assert one(doc([group("a"), group("a")]))[:2] == ("a", "id")


def test_an_id_used_three_times_points_each_repeat_at_its_first_use() -> None:
    found = problems(doc([group("a"), group("b"), group("a")], people=[person("a")]))
    assert ("a", "id", "is used twice (groups[0] and groups[2])") in found
    assert ("a", "id", "is used twice (groups[0] and people[0])") in found


def test_id_shared_across_collections() -> None:
    rec, field, msg = one(doc([group("x")], people=[person("x")]))
    assert (rec, field) == ("x", "id")
    assert "groups[0]" in msg
    assert "people[0]" in msg


def test_unknown_group_person_and_source() -> None:
    d = doc(
        [group("a")],
        [split("s1", "2010", "a", "ghost", people=["nobody"])],
        roles=[role("r", "nobody", "a")],
    )
    d["events"][0]["citations"][0]["source"] = "nosuch"
    found = problems(d)
    assert ("s1", "splinter", "names unknown group 'ghost'") in found
    assert ("s1", "people[0]", "names unknown person 'nobody'") in found
    assert ("s1", "citations[0].source", "names unknown source 'nosuch'") in found
    assert ("r", "person", "names unknown person 'nobody'") in found


def test_citation_walkers_agree() -> None:
    # the fast walk decides whether the slow one (which names fields) runs
    from lineage.check.rules import _citations, _cited
    from lineage.sources.synth import synthesize

    for dataset in (load().dataset, parse_dataset(json.dumps(synthesize(60, seed=3)))):
        assert list(_citations(dataset)) == [c for _, _, c in _cited(dataset)]


def test_unknown_source_in_a_name_citation_is_named() -> None:
    d = doc([group("a")])
    d["groups"][0]["names"] = [
        {"name": "A", "kind": "official", "citations": [{"source": "nosuch", "quote": "A"}]}
    ]
    assert ("a", "names[0].citations[0].source", "names unknown source 'nosuch'") in problems(d)


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (doc([group("a", founded="2015", dissolved="2010")]), ("a", "dissolved")),
        (doc([group("a"), group("b")], [pledge("p", "2015", "a", "b", end="2012")]), ("p", "end")),
        (
            doc(
                [group("a")],
                people=[person("x")],
                roles=[role("r", "x", "a", start="2015", end="2014-06")],
            ),
            ("r", "end"),
        ),
        (
            doc(
                [
                    group(
                        "a",
                        names=[
                            {
                                "name": "N",
                                "kind": "official",
                                "note": "n",
                                "start": "2015",
                                "end": "2014",
                            }
                        ],
                    )
                ]
            ),
            ("a", "names[0].end"),
        ),
    ],
)
def test_end_before_start(d: dict[str, Any], expected: tuple[str, str]) -> None:
    rec, field, msg = one(d)
    assert (rec, field) == expected
    assert "comes before its start" in msg


def test_partial_dates_that_overlap_are_not_end_before_start() -> None:
    Lineage(parse_dataset(json.dumps(doc([group("a", founded="2015", dissolved="2015-03")]))))


def test_event_before_founding_and_after_dissolution() -> None:
    d = doc(
        [group("a", founded="2010", dissolved="2015"), group("b")],
        [pledge("early", "2009", "a", "b"), pledge("late", "2016", "a", "b")],
    )
    found = problems(d)
    assert ("early", "date", "2009 is before 'a' was founded (2010)") in found
    assert ("late", "date", "2016 is after 'a' dissolved (2015)") in found


def test_creating_and_ending_events_are_exempt() -> None:
    d = doc(
        [group("a"), group("b"), group("c")],
        [split("ab", "2010", "a", "b"), absorption("bc", "2012", "b", "c")],
    )
    lg = Lineage(parse_dataset(json.dumps(d)))
    assert str(lg.graph.nodes["b"]["founded"]) == "2010"
    assert str(lg.graph.nodes["b"]["dissolved"]) == "2012"


def test_name_claimed_by_two_groups_at_once() -> None:
    named = {"name": "The Front", "kind": "nickname", "note": "n"}
    rec, field, msg = one(doc([group("a", names=[named]), group("b", names=[named])]))
    assert (rec, field) == ("b", "names")
    assert "'a'" in msg
    # the same name in turn is fine
    later = {**named, "start": "2012"}
    earlier = {**named, "end": "2011"}
    Lineage(
        parse_dataset(json.dumps(doc([group("a", names=[earlier]), group("b", names=[later])])))
    )


def test_name_needs_citation_or_note() -> None:
    rec, field, _ = one(doc([group("a", names=[{"name": "N", "kind": "official"}])]))
    assert (rec, field) == ("a", "names[0]")


def test_rename_must_use_the_groups_names() -> None:
    d = doc(
        [group("a", "New")],
        [event("rename", "rn", "2010", group="a", previous_name="Gone", new_name="New")],
    )
    assert one(d)[:2] == ("rn", "previous_name")


def test_departure_needs_people() -> None:
    assert one(doc([group("a")], [event("departure", "d", "2010", group="a")]))[:2] == (
        "d",
        "people",
    )


def test_lineage_backwards() -> None:
    d = doc(
        [group("old", founded="2010"), group("young", founded="2005")],
        [split("sp", "2012", "old", "young")],
    )
    rec, _, msg = one(d)
    assert rec == "sp"
    assert "lineage runs backwards" in msg


def test_group_created_twice() -> None:
    d = doc(
        [group("a"), group("b"), group("c")],
        [split("s1", "2010", "a", "c"), split("s2", "2011", "b", "c")],
    )
    rec, _, msg = one(d)
    assert rec == "c"
    assert "created by 2 events" in msg


def test_lineage_cycle() -> None:
    d = doc(
        [group("a"), group("b")], [split("s1", "2010", "a", "b"), split("s2", "2010", "b", "a")]
    )
    found = problems(d)
    assert any("lineage cycle" in msg for _, _, msg in found)


def test_every_problem_is_reported_at_once() -> None:
    d = doc(
        [group("a"), group("a")],
        [split("sp", "2010", "x", "y"), merger("m", "2011", ["p", "q"], "r")],
    )
    assert len(problems(d)) == 1 + 2 + 3


@pytest.mark.parametrize(
    ("text", "record", "field", "message"),
    [
        ("", "-", "-", "is empty"),
        ("{", "-", "-", "is not valid JSON"),
        ('{"groups": [{"id": "a"}]}', "a", "name", "is missing"),
        (
            '{"groups": [{"id": "a", "name": "A", "colour": "red"}]}',
            "a",
            "colour",
            "is not a field lineage knows",
        ),
        ('{"groups": [{"id": "A B", "name": "A"}]}', "A B", "id", "is not a valid id"),
        (
            '{"groups": [{"id": "a", "name": "A", "founded": "2015-02-30"}]}',
            "a",
            "founded",
            "'2015-02-30': 2015-02 has no day 30",
        ),
        (
            '{"groups": [{"id": "a", "name": "A", "founded": 2015}]}',
            "a",
            "founded",
            "a date is written as text",
        ),
        (
            '{"events": [{"id": "e", "kind": "coup", "date": "2010"}]}',
            "e",
            "kind",
            "has no known event kind",
        ),
        (
            '{"events": [{"id": "e", "kind": "split", "date": "2010", "description": "d", '
            '"citations": [], "parent": "a", "splinter": "b"}]}',
            "e",
            "citations",
            "is empty",
        ),
        ('{"groups": "none"}', "-", "groups", "input should be a valid"),
    ],
)
def test_shape_errors_name_record_and_field(
    text: str, record: str, field: str, message: str
) -> None:
    with pytest.raises(DataError) as info:
        parse_dataset(text, "f.json")
    p = info.value.problems[0]
    assert (p.file, p.record, p.field) == ("f.json", record, field)
    assert message in p.message
    assert p.fix


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="no such file"):
        load(tmp_path / "nope.json")
