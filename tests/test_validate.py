"""Every validation rule, each on a small dataset; all problems reported at once."""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any, get_type_hints

import pytest

from lineage import DataError, Dataset, Lineage, load, synthesize
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


# A name is a fact: the full check wants a citation for each ----------------------


def _aliased(alias: dict[str, Any]) -> dict[str, Any]:
    """One group, its own name cited, and ``alias`` listed beside it."""
    own = {"name": "The Front", "kind": "official", "citations": cite("the Front, as stated")}
    return doc([group("a", "The Front", names=[own, alias])])


NOTE_ONLY = {"name": "The Base", "kind": "nickname", "note": "standard form used by analysts"}


def test_an_uncited_alias_fails_the_full_check() -> None:
    ds = Dataset.model_validate(_aliased(NOTE_ONLY))
    [problem] = check_dataset(ds, "f.json", verify_quotes=True)
    assert (problem.file, problem.record, problem.field) == ("f.json", "a", "names[1]")
    assert problem.message == "the name 'The Base' cites no source (it has only a note)"
    assert "citation whose quote holds the name" in problem.fix
    assert str(problem) == (
        "f.json: a: names[1]: the name 'The Base' cites no source (it has only a note) — "
        "cite a source that uses it: a citation whose quote holds the name"
    )
    # loading (which does not verify quotes) still accepts a note, as before
    assert checked(ds) == []
    assert Lineage(ds).group("The Base").id == "a"


def test_an_alias_passes_once_cited_by_a_quote_that_holds_it() -> None:
    cited = {**NOTE_ONLY, "citations": cite("the Front, also called the Base")}
    assert checked(Dataset.model_validate(_aliased(cited)), verify_quotes=True) == []
    # a citation whose quote does not hold the name is no citation of it
    elsewhere = {**NOTE_ONLY, "citations": cite("the Front, as stated")}
    assert checked(Dataset.model_validate(_aliased(elsewhere)), verify_quotes=True) == [
        ("a", "names[1].citations[0].quote", "the quote does not contain the name 'The Base'")
    ]


def test_lineage_check_fails_on_an_uncited_alias_and_passes_once_cited(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from lineage.cli import cli

    path = tmp_path / "f.json"
    path.write_text(json.dumps(_aliased(NOTE_ONLY)), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"{path}: a: names[1]: the name 'The Base' cites no source (it has only a note) — "
        "cite a source that uses it: a citation whose quote holds the name"
    )
    with pytest.raises(DataError):
        load(path, verify_quotes=True)
    cited = {**NOTE_ONLY, "citations": cite("the Front, also called the Base")}
    path.write_text(json.dumps(_aliased(cited)), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 0, result.output
    assert load(path, verify_quotes=True).check() == []


def test_a_persons_uncited_name_fails_too() -> None:
    d = _aliased({**NOTE_ONLY, "citations": cite("the Front, also called the Base")})
    d["people"] = [person("x", "Abu X", names=[{"name": "X", "kind": "nickname", "note": "n"}])]
    assert checked(Dataset.model_validate(d), verify_quotes=True) == [
        ("x", "names[0]", "the name 'X' cites no source (it has only a note)")
    ]


def test_a_dataset_that_cites_no_name_at_all_fails_too() -> None:
    # no exemption for a dataset whose names all come with notes only
    d = doc(
        [group("a", "The Front (TF)", names=[{"name": "TF", "kind": "acronym", "note": "key"}])]
    )
    assert checked(Dataset.model_validate(d), verify_quotes=True) == [
        ("a", "names[0]", "the name 'TF' cites no source (it has only a note)")
    ]


def test_imports_and_synthetic_data_cite_every_name() -> None:
    from lineage.sources.twin import synthesize_twin

    for data in (synthesize(60, seed=2), synthesize_twin(60, seed=2)[0]):
        assert checked(Dataset.model_validate(data), verify_quotes=True) == []


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
            group("q", note="a bell\u0007 rang"),
            group(
                "d",
                names=[
                    {"name": "D Front", "kind": "official", "note": "n"},
                    {"name": "d-front", "kind": "nickname", "note": "n"},
                ],
            ),
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
            pledge("p-to-c", "2012", "p", "c"),
            pledge("c-to-p", "2012", "c", "p"),
        ],
        people=[person("x"), person("x")],
        roles=[role("r", "ghost", "old")],
    )
    d["sources"][0]["path"] = "s.txt"
    d["sources"].append({"id": "lost", "title": "Lost", "path": "lost.txt"})
    d["events"][0]["citations"] = [{"source": "s", "quote": "the Front merged"}]
    d["events"][1]["citations"][0]["source"] = "nosuch"
    for e in d["events"][-2:]:
        e["citations"] = [{"source": "s", "quote": "the Front split"}]
    return Dataset.model_validate(d)


EVERY_FAULT = [
    ("x", "id", "is used twice (people[0] and people[1])"),
    ("c-from-p", "citations[0].source", "names unknown source 'nosuch'"),
    ("r", "person", "names unknown person 'ghost'"),
    ("nobody-left", "people", "a departure names no one"),
    ("a", "names[0]", "the name 'A' has neither citation nor note"),
    ("d", "names[1]", "the name 'd-front' is listed twice: as names[0] ('D Front') and here"),
    ("q", "note", "holds U+0007 (at character 7), which XML 1.0 cannot carry"),
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
        (
            "p-to-c",
            "-",
            "pledge cycle: c → p → c, each pledged to the next, all possibly on 2012-01-01",
        ),
        ("lost", "path", f"source file 'lost.txt' not found (looked at {lost})"),
        ("c", "names[0].citations[0].quote", "the quote does not contain the name 'C Front'"),
        ("backwards", "citations[0].quote", "quote not found in source 's': 'the Front merged'"),
        ("old", "names[0]", "the name 'The Front' cites no source (it has only a note)"),
        ("young", "names[0]", "the name 'The Front' cites no source (it has only a note)"),
        ("d", "names[0]", "the name 'D Front' cites no source (it has only a note)"),
        ("d", "names[1]", "the name 'd-front' cites no source (it has only a note)"),
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
    from lineage.check import dates, lineage, quotes, records, text

    written = {
        fn
        for module in (records, text, dates, lineage, quotes)
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


# A name repeated on one record -------------------------------------------------


def _named(*listings: dict[str, Any]) -> dict[str, Any]:
    return doc([group("a", names=[{"kind": "official", "note": "n", **x} for x in listings])])


@pytest.mark.parametrize(
    ("listings", "expected"),
    [
        # the same text twice, undated
        (
            [{"name": "Boko Haram"}, {"name": "Boko Haram"}],
            "the name 'Boko Haram' is listed twice: as names[0] and here",
        ),
        # the same name as normalise compares them: case, hyphens, accents, quote styles
        (
            [{"name": "Ansar Bayt Al Maqdis"}, {"name": "Ansar Bayt al-Maqdis"}],
            "the name 'Ansar Bayt al-Maqdis' is listed twice: "
            "as names[0] ('Ansar Bayt Al Maqdis') and here",
        ),
        (
            [{"name": "Wilāyat Sinai"}, {"name": "Wilayat Sinai"}],
            "the name 'Wilayat Sinai' is listed twice: as names[0] ('Wilāyat Sinai') and here",
        ),
        (
            [{"name": "lid-Da’wah"}, {"name": "lid Da'wah"}],
            "the name \"lid Da'wah\" is listed twice: as names[0] ('lid-Da’wah') and here",
        ),
        # dropped and taken up again, but the spans may overlap (Boko Haram's case)
        (
            [
                {"name": "JAS", "end": "[..2016]"},
                {"name": "JAS", "start": "[2016..2017]"},
            ],
            "the name 'JAS' is listed twice: as names[0] and here, over spans that may overlap",
        ),
        (
            [{"name": "JAS", "end": "2013"}, {"name": "JAS", "start": "2013"}],
            "the name 'JAS' is listed twice: as names[0] and here, over spans that may overlap",
        ),
        (
            [{"name": "JAS", "start": "2010"}, {"name": "JAS", "start": "2015"}],
            "the name 'JAS' is listed twice: as names[0] and here, over spans that may overlap",
        ),
    ],
)
def test_a_name_listed_twice_is_reported(listings: list[dict[str, Any]], expected: str) -> None:
    assert one(_named(*listings)) == ("a", "names[1]", expected)


@pytest.mark.parametrize(
    "listings",
    [
        # borne, dropped and borne again: the spans certainly do not overlap
        [{"name": "JAS", "end": "2010"}, {"name": "JAS", "start": "2012"}],
        [{"name": "JAS", "end": "2013-03"}, {"name": "JAS", "start": "2013-11"}],
        [{"name": "JAS", "end": "[..2012]"}, {"name": "JAS", "start": "[2014..2015]"}],
        # listed latest period first
        [{"name": "JAS", "start": "2012"}, {"name": "jas", "end": "2010"}],
        # three periods
        [
            {"name": "JAS", "end": "2005"},
            {"name": "JAS", "start": "2008", "end": "2010"},
            {"name": "JAS", "start": "2012"},
        ],
        # different names
        [{"name": "Boko Haram"}, {"name": "Boko Haram 2"}, {"name": "JAS"}],
    ],
)
def test_a_name_borne_dropped_and_borne_again_may_be_listed_twice(
    listings: list[dict[str, Any]],
) -> None:
    assert checked(Dataset.model_validate(_named(*listings))) == []


def test_each_repeat_is_reported_once_against_the_first_listing_it_may_overlap() -> None:
    found = problems(
        _named(
            {"name": "JAS", "end": "2005"},
            {"name": "Other"},
            {"name": "JAS", "start": "2008"},
            {"name": "jas", "start": "2009"},
        )
    )
    assert found == [
        (
            "a",
            "names[3]",
            "the name 'jas' is listed twice: as names[2] ('JAS') and here, "
            "over spans that may overlap",
        ),
    ]


def test_a_persons_name_listed_twice_is_reported() -> None:
    d = doc(
        [group("a")],
        people=[
            person(
                "x",
                names=[
                    {"name": "Abu X", "kind": "nickname", "note": "n"},
                    {"name": "Ag Ghaly", "kind": "transliteration", "note": "n"},
                    {"name": "abu-x", "kind": "nickname", "note": "n"},
                ],
            )
        ],
    )
    assert one(d) == (
        "x",
        "names[2]",
        "the name 'abu-x' is listed twice: as names[0] ('Abu X') and here",
    )


def test_the_canonical_name_is_not_a_listing() -> None:
    # 'The Front' is the record's label; 'the front' its one listing
    d = doc(
        [group("a", "The Front", names=[{"name": "the front", "kind": "nickname", "note": "n"}])]
    )
    assert checked(Dataset.model_validate(d)) == []


def test_a_repeated_name_problem_line_names_file_record_field_and_fix() -> None:
    d = _named({"name": "Boko Haram"}, {"name": "JAS"}, {"name": "Boko Haram"})
    with pytest.raises(DataError) as info:
        Lineage(parse_dataset(json.dumps(d), "data/groups.json"), file="data/groups.json")
    [line] = [str(p) for p in info.value.problems]
    assert line.startswith(
        "data/groups.json: a: names[2]: "
        "the name 'Boko Haram' is listed twice: as names[0] and here — "
    )
    assert "drop this listing or merge it into names[0]" in line
    assert "periods that certainly do not overlap" in line


def test_repeats_found_from_given_or_computed_shared_names_agree() -> None:
    ds = Dataset.model_validate(_named({"name": "A B"}, {"name": "a-b"}))
    index: NameIndex[Group] = NameIndex("group")
    for g in ds.groups:
        index.add(g)
    assert checked(ds, shared_names=index.shared()) == checked(ds) != []


# Characters XML 1.0 cannot carry -----------------------------------------------

REFUSED = [
    "\x00",
    "\x01",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\x0e",
    "\x1b",
    "\x1f",
    "\ud800",
    "\udbff",
    "\udc00",
    "\udfff",
    "\ufffe",
    "\uffff",
]
ALLOWED = [
    "\t",
    "\n",
    "\r",
    " ",
    "~",
    "\x7f",
    "\x80",
    "\x85",
    "\x9f",
    "\xa0",
    "é",
    "ʿ",
    "’",
    "\u200b",
    "\ud7ff",
    "\ue000",
    "\ufdd0",
    "\ufffd",
    "\U00010000",
    "\U0001f600",
    "\U0010ffff",
]


def _holding(char: str) -> dict[str, Any]:
    """A dataset with ``char`` in a name, a name's note, a description, a note and a quote.

    A lone surrogate goes only in the notes: pydantic already refuses one in a
    constrained field (a name, a description, a quote), but not in a note.
    """
    lone = "\ud800" <= char <= "\udfff"
    at = "" if lone else char
    d = doc(
        [
            group("a", f"A{at}", names=[{"name": "Al A", "kind": "official", "note": f"n{char}"}]),
            group("b"),
        ],
        [pledge("p", "2010", "a", "b")],
    )
    d["events"][0]["description"] = f"a pledged{at}"
    d["events"][0]["note"] = char
    d["events"][0]["citations"][0]["quote"] = f"{at}as stated"
    return d


@pytest.mark.parametrize("char", REFUSED, ids=lambda c: f"U+{ord(c):04X}")
def test_characters_xml_cannot_carry_are_refused(char: str) -> None:
    def holds(at: int) -> str:
        return f"holds U+{ord(char):04X} (at character {at}), which XML 1.0 cannot carry"

    ds = Dataset.model_validate(_holding(char))
    expected = [
        ("a", "name", holds(2)),
        ("a", "names[0].note", holds(2)),
        ("p", "description", holds(10)),
        ("p", "note", holds(1)),
        ("p", "citations[0].quote", holds(1)),
    ]
    if "\ud800" <= char <= "\udfff":
        expected = [e for e in expected if e[1].endswith("note")]
    assert checked(ds) == expected
    assert {p.fix for p in check_dataset(ds)} == {"remove it"}


@pytest.mark.parametrize("char", ALLOWED, ids=lambda c: f"U+{ord(c):04X}")
def test_characters_xml_carries_are_allowed(char: str) -> None:
    assert checked(Dataset.model_validate(_holding(char))) == []


def test_every_refused_character_in_a_field_is_named_once() -> None:
    d = doc([group("a", note="\x01 \x02\x01 \ufffe \x03 \x04")])
    assert one(d) == (
        "a",
        "note",
        "holds U+0001 and U+0002 and U+FFFE (and 2 more) (first at character 1), "
        "which XML 1.0 cannot carry",
    )
    [problem] = check_dataset(Dataset.model_validate(d))
    assert problem.fix == "remove them"


def test_the_xml_rule_reads_every_text_field() -> None:
    from lineage.check.text import text_fields
    from lineage.model import EVENT_TYPES, Citation, Name, Person, Role, Source

    assert text_fields(Group) == (("name", "region", "note"), ("names", "citations"))
    assert text_fields(Person) == (("name", "origin", "note"), ("names", "citations"))
    assert text_fields(Name) == (("name", "note"), ("citations",))
    assert text_fields(Citation) == (("quote", "locator", "note"), ())
    assert text_fields(Role) == (("note",), ("citations",))
    assert set(text_fields(Source)[0]) >= {"title", "author", "citation", "note"}
    for kind, cls in EVENT_TYPES.items():
        texts, nested = text_fields(cls)
        assert {"description", "note"} <= set(texts), kind
        assert "citations" in nested, kind
        assert not {"id", "kind", "date", "people"} & set(texts)
    assert set(text_fields(EVENT_TYPES["rename"])[0]) >= {"previous_name", "new_name"}


def test_a_json_escape_of_a_control_character_is_refused_on_load() -> None:
    text = json.dumps(doc([group("a", "A\x07B")]))
    assert "\\u0007" in text
    with pytest.raises(DataError) as info:
        Lineage(parse_dataset(text, "f.json"), file="f.json")
    [line] = [str(p) for p in info.value.problems]
    assert (
        line
        == "f.json: a: name: holds U+0007 (at character 2), which XML 1.0 cannot carry — remove it"
    )
