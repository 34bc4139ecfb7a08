"""The corpus of broken datasets: each is refused with the expected line, exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import lineage
from lineage.cli import cli
from lineage.io import MAX_BYTES

HERE = Path(__file__).parent / "bad_data"

# file -> every expected problem as (record, field, start of the message)
EXPECTED: dict[str, list[tuple[str, str, str]]] = {
    "malformed_json": [("-", "-", "is not valid JSON: expected value at line 1 column 13")],
    "empty": [("-", "-", "is empty")],
    "whitespace_only": [("-", "-", "is empty")],
    "bom": [("-", "-", "starts with a UTF-8 byte-order mark")],
    "not_utf8": [("-", "-", "is not UTF-8: byte 0xe9 at offset")],
    "top_level_array": [("-", "-", "input should be an object")],
    "deeply_nested": [("-", "-", "is not valid JSON: recursion limit exceeded")],
    "trailing_comma": [("-", "-", "is not valid JSON: trailing comma")],
    "groups_not_a_list": [("-", "groups", "input should be a valid array")],
    "name_not_a_string": [("alpha", "name", "input should be a valid string (got 5)")],
    "unknown_top_field": [("-", "organisations", "is not a field lineage knows")],
    "unknown_group_field": [("alpha", "colour", "is not a field lineage knows")],
    "unknown_event_field": [("beta-split", "parnet", "is not a field lineage knows")],
    "missing_group_name": [("alpha", "name", "is missing")],
    "missing_event_date": [("beta-split", "date", "is missing")],
    "null_required_field": [
        ("beta-split", "splinter", "input should be a valid string (got None)")
    ],
    "role_without_citations": [("r", "citations", "is missing")],
    "empty_citations": [("beta-split", "citations", "is empty")],
    "empty_quote": [("beta-split", "citations[0].quote", "is empty")],
    "unknown_event_kind": [("beta-split", "kind", "has no known event kind (got 'coup')")],
    "missing_event_kind": [("beta-split", "kind", "is missing")],
    "bad_id": [("Alpha Group", "id", "'Alpha Group' is not a valid id")],
    "bad_name_kind": [("alpha", "names[0].kind", "is 'alias', not an allowed value")],
    "bad_confidence": [("beta-split", "confidence", "is 'certain', not an allowed value")],
    "bad_role_title": [("r", "title", "is 'king', not an allowed value")],
    "merger_without_parties": [("m", "parties", "is empty")],
    "last_line_zero": [("s", "last_line", "input should be greater than or equal to 1")],
    "duplicate_group_id": [("alpha", "id", "is used twice (groups[0] and groups[2])")],
    "duplicate_id_across_collections": [("beta", "id", "is used twice (groups[1] and people[1])")],
    "dangling_group_in_event": [("beta-split", "splinter", "names unknown group 'gamma'")],
    "dangling_person_in_event": [("beta-split", "people[0]", "names unknown person 'nobody'")],
    "dangling_person_in_role": [("r", "person", "names unknown person 'nobody'")],
    "dangling_group_in_role": [("r", "group", "names unknown group 'gamma'")],
    "dangling_source": [("beta-split", "citations[0].source", "names unknown source 'nosuch'")],
    "date_month_13": [("beta-split", "date", "'2017-13-01': there is no month 13")],
    "date_feb_30": [("beta-split", "date", "'2015-02-30': 2015-02 has no day 30")],
    "date_free_text": [("beta-split", "date", "'circa 2012' is not a date lineage reads")],
    "date_as_number": [("beta-split", "date", "a date is written as text, not int")],
    "pledge_end_before_start": [("p", "end", "the pledge's end 2012 comes before its start 2015")],
    "role_end_before_start": [("r", "end", "the role's end 2014-06 comes before its start 2015")],
    "dissolved_before_founded": [("gamma", "dissolved", "the dissolution 2010 comes before")],
    "event_before_founding": [("p", "date", "2011 is before 'gamma' was founded (2012)")],
    "event_after_dissolution": [("beta-split", "date", "2010 is after 'alpha' dissolved (2005)")],
    "lineage_backwards": [("beta-split", "date", "lineage runs backwards")],
    "cycle": [("alpha-split", "-", "lineage cycle: alpha → beta → alpha")],
    "created_twice": [("beta", "-", "is created by 2 events (beta-split, beta-split-2)")],
    "name_claimed_twice": [("beta", "names", "the name 'the front' is also 'alpha''s")],
    "name_without_citation_or_note": [("alpha", "names[0]", "the name 'A' has neither")],
    "rename_unknown_name": [("rn", "previous_name", "'Gone' is not a name of 'beta'")],
    "departure_without_people": [("dep", "people", "a departure names no one")],
    "quote_not_found": [("beta-split", "citations[0].quote", "quote not found in source 's'")],
    "source_file_missing": [("s", "path", "source file 'texts/missing.txt' not found")],
    "name_quote_lacks_name": [
        ("alpha", "names[0].citations[0].quote", "the quote does not contain the name")
    ],
}


def test_corpus_is_complete() -> None:
    files = {p.stem for p in HERE.glob("*.json")}
    assert files == set(EXPECTED)
    assert len(files) >= 40


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_cli_refuses_with_one_line_per_problem(name: str) -> None:
    path = HERE / f"{name}.json"
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output + result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(EXPECTED[name]), lines
    for line, (record, field, message) in zip(lines, EXPECTED[name], strict=True):
        where = ": ".join(part for part in (str(path), record, field) if part != "-")
        assert line.startswith(f"{where}: {message}"), line
        assert ": -:" not in line  # no filler where the file as a whole is at fault
        assert " — " in line  # what to do follows


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_python_raises_data_error_with_the_same_problems(name: str) -> None:
    path = HERE / f"{name}.json"
    with pytest.raises(lineage.DataError) as info:
        lineage.load(path, verify_quotes=True)
    got = [(p.record, p.field) for p in info.value.problems]
    assert got == [(r, f) for r, f, _ in EXPECTED[name]]
    assert all(p.file == str(path) and p.fix for p in info.value.problems)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:  # sparse: no disk used
        handle.truncate(MAX_BYTES + 1)
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{path}: is {MAX_BYTES + 1:,} bytes, over the")
    with pytest.raises(lineage.DataError, match="raise the limit"):
        lineage.load(path)
