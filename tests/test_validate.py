"""Every validation rule, each on a small dataset; all problems reported at once."""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any, get_type_hints

import pytest

from lineage import DataError, Dataset, Lineage, load
from lineage.check import RULES, Checker, check_dataset
from lineage.graph import effective_spans
from lineage.io import parse_dataset
from lineage.model import Group
from lineage.names import NameIndex

from .build import absorption, cite, dataset, doc, event, group, merger, person, pledge, role, split


def problems(d: dict[str, Any]) -> list[tuple[str, str, str]]:
    with pytest.raises(DataError) as info:
        Lineage(parse_dataset(json.dumps(d), "f.json"), file="f.json")
    assert isinstance(info.value, ValueError)
    return [(p.record, p.field, p.message) for p in info.value.problems]


def one(d: dict[str, Any]) -> tuple[str, str, str]:
    found = problems(d)
    assert len(found) == 1, found
    return found[0]


def checked(ds: Dataset, **kwargs: Any) -> list[tuple[str, str, str]]:
    """check_dataset's problems as (record, field, message), in the order reported."""
    return [(p.record, p.field, p.message) for p in check_dataset(ds, "f.json", **kwargs)]


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
    assert problems(d) == [
        ("s1", "citations[0].source", "names unknown source 'nosuch'"),
        ("r", "person", "names unknown person 'nobody'"),
        ("s1", "splinter", "names unknown group 'ghost'"),
        ("s1", "people[0]", "names unknown person 'nobody'"),
    ]


def test_citation_walkers_agree() -> None:
    # the fast walk decides whether the slow one (which names fields) runs
    from lineage.check import cited
    from lineage.check.context import _citations
    from lineage.sources.synth import synthesize

    for ds in (load().dataset, parse_dataset(json.dumps(synthesize(60, seed=3)))):
        assert list(_citations(ds)) == [c for _, _, c in cited(ds)]


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
    # 2015-03 may be after the founding in 2015; 2014-12 is certainly before it
    assert checked(dataset([group("a", founded="2015", dissolved="2015-03")])) == []
    assert checked(dataset([group("a", founded="2015", dissolved="2014-12")])) == [
        ("a", "dissolved", "the dissolution 2014-12 comes before its start 2015")
    ]


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
    assert checked(lg.dataset) == []
    # the same span binds every other event naming b
    d["events"] += [pledge("early", "2009", "b", "a"), pledge("late", "2013", "b", "a")]
    assert checked(Dataset.model_validate(d)) == [
        ("early", "date", "2009 is before 'b' was founded (2010)"),
        ("late", "date", "2013 is after 'b' dissolved (2012)"),
    ]


def test_name_claimed_by_two_groups_at_once() -> None:
    named = {"name": "The Front", "kind": "nickname", "note": "n"}
    rec, field, msg = one(doc([group("a", names=[named]), group("b", names=[named])]))
    assert (rec, field) == ("b", "names")
    assert "'a'" in msg
    assert msg == "the name 'The Front' is also 'a''s over the same period"
    # the same name in turn is fine; overlapping by a year is not
    later = {**named, "start": "2012"}
    earlier = {**named, "end": "2011"}
    assert checked(dataset([group("a", names=[earlier]), group("b", names=[later])])) == []
    overlapping = {**named, "end": "2013"}
    assert checked(dataset([group("a", names=[overlapping]), group("b", names=[later])])) == [
        ("b", "names", "the name 'The Front' is also 'a''s over the same period")
    ]


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
    assert one(d) == (
        "sp",
        "date",
        "lineage runs backwards: 'young' (founded 2005) is older than 'old' (founded 2010)",
    )


def test_group_created_twice() -> None:
    d = doc(
        [group("a"), group("b"), group("c")],
        [split("s1", "2010", "a", "c"), split("s2", "2011", "b", "c")],
    )
    assert one(d) == ("c", "-", "is created by 2 events (s1, s2)")


def test_lineage_cycle() -> None:
    d = doc(
        [group("a"), group("b")], [split("s1", "2010", "a", "b"), split("s2", "2010", "b", "a")]
    )
    assert problems(d) == [("s2", "-", "lineage cycle: a → b → a")]
    # reported at the same rotation whichever event comes first
    d["events"].reverse()
    assert problems(d) == [("s2", "-", "lineage cycle: a → b → a")]


def test_every_problem_is_reported_at_once() -> None:
    d = doc(
        [group("a"), group("a")],
        [split("sp", "2010", "x", "y"), merger("m", "2011", ["p", "q"], "r")],
    )
    assert problems(d) == [
        ("a", "id", "is used twice (groups[0] and groups[1])"),
        ("sp", "parent", "names unknown group 'x'"),
        ("sp", "splinter", "names unknown group 'y'"),
        ("m", "parties[0].group", "names unknown group 'p'"),
        ("m", "parties[1].group", "names unknown group 'q'"),
        ("m", "result", "names unknown group 'r'"),
    ]


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


def every_fault(folder: Path) -> Dataset:
    """A dataset with at least one fault for each rule, its source text in ``folder``."""
    (folder / "s.txt").write_text("It was as stated: the Front split.\n", encoding="utf-8")
    named = {"name": "The Front", "kind": "nickname", "note": "n"}
    d = doc(
        [
            group("a", founded="2015", dissolved="2014", names=[{"name": "A", "kind": "official"}]),
            group("old", founded="2010", names=[named]),
            group("young", founded="2005", names=[named]),
            group("c", names=[{"name": "C Front", "kind": "official", "citations": cite()}]),
            group("p"),
            group("q"),
            group("d"),
            group("e"),
        ],
        [
            split("backwards", "2012", "old", "young"),
            split("c-from-p", "2011", "p", "c"),
            split("p-from-c", "2011", "c", "p"),
            split("e-from-d", "2011", "d", "e"),
            split("e-from-q", "2011", "q", "e"),
            event("departure", "nobody-left", "2016", group="old"),
            pledge("too-early", "2001", "old", "q"),
        ],
        people=[person("x"), person("x")],
        roles=[role("r", "ghost", "old")],
    )
    d["sources"][0]["path"] = "s.txt"
    d["sources"].append({"id": "lost", "title": "Lost", "path": "lost.txt"})
    d["events"][0]["citations"] = [{"source": "s", "quote": "the Front merged"}]
    d["events"][1]["citations"][0]["source"] = "nosuch"
    return Dataset.model_validate(d)


EVERY_FAULT = [
    ("x", "id", "is used twice (people[0] and people[1])"),
    ("c-from-p", "citations[0].source", "names unknown source 'nosuch'"),
    ("r", "person", "names unknown person 'ghost'"),
    ("nobody-left", "people", "a departure names no one"),
    ("a", "names[0]", "the name 'A' has neither citation nor note"),
    ("a", "dissolved", "the dissolution 2014 comes before its start 2015"),
    ("too-early", "date", "2001 is before 'old' was founded (2010)"),
    ("young", "names", "the name 'The Front' is also 'old''s over the same period"),
    (
        "backwards",
        "date",
        "lineage runs backwards: 'young' (founded 2005) is older than 'old' (founded 2010)",
    ),
    ("e", "-", "is created by 2 events (e-from-d, e-from-q)"),
    ("c-from-p", "-", "lineage cycle: c → p → c"),
]


def test_every_rule_runs_in_order(tmp_path: Path) -> None:
    ds = every_fault(tmp_path)
    lost = (tmp_path / "lost.txt").resolve()
    quoted = [
        ("lost", "path", f"source file 'lost.txt' not found (looked at {lost})"),
        ("c", "names[0].citations[0].quote", "the quote does not contain the name 'C Front'"),
        ("backwards", "citations[0].quote", "quote not found in source 's': 'the Front merged'"),
    ]
    assert checked(ds) == EVERY_FAULT
    assert checked(ds, base_dir=tmp_path, verify_quotes=True) == EVERY_FAULT + quoted
    # each rule on its own finds a problem, and check_dataset is every rule in turn
    by_rule: list[tuple[str, str, str]] = []
    for rule in RULES:
        ck = Checker(ds, "f.json", base_dir=tmp_path, verify_quotes=True)
        rule(ck)
        assert ck.problems, f"{rule.__name__} found nothing"
        by_rule += [(p.record, p.field, p.message) for p in ck.problems]
    assert by_rule == EVERY_FAULT + quoted


def test_every_rule_is_listed() -> None:
    # a rule written in one of the rule modules but left out of RULES would never run
    from lineage.check import dates, lineage, quotes, records

    written = {
        fn
        for module in (records, dates, lineage, quotes)
        for _, fn in inspect.getmembers(module, inspect.isfunction)
        if fn.__module__ == module.__name__
        and get_type_hints(fn) == {"ck": Checker, "return": type(None)}
    }
    assert len(written) == len(RULES) == len(set(RULES))
    assert written == set(RULES)


def test_spans_and_shared_names_given_or_computed_agree(tmp_path: Path) -> None:
    ds = every_fault(tmp_path)
    index: NameIndex[Group] = NameIndex("group")
    for g in ds.groups:
        index.add(g)
    given = checked(ds, spans=effective_spans(ds), shared_names=index.shared())
    assert given == checked(ds) == EVERY_FAULT
