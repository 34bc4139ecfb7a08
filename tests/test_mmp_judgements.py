"""Judgements: directions a person reads in a description, shipped apart from the import.

A judgement that does not fit its row is an error that names it."""

# ruff: noqa: E501  (fixture rows read best unbroken, as in test_mmp.py)
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lineage import DataError, Lineage, import_mmp
from lineage.sources.mmp.judgements import SHIPPED, Judgement, load_judgements

HEADER = "unique_id,type,group1_id,group2_id,date,description,group1_name,group2_name\n"
KEY = "group_id,name\n1,Alpha Front\n2,Beta Brigade\n3,Gamma Army\n"
ROW = '10,spl,1,2,2001-00-00,"Some Alpha Front men went over to Beta Brigade.",Alpha Front,Beta Brigade\n'


def judgement(**changes: Any) -> dict[str, Any]:
    base = {
        "row": "10",
        "relation": "split",
        "from": "2",
        "to": "1",
        "words": "Some Alpha Front men went over to Beta Brigade",
        "note": "Alpha Front men joined Beta Brigade.",
        "decided_by": "a tester",
        "date": "2026-11-25",
    }
    return {**base, **changes}


def run(tmp_path: Path, judgements: Any, rows: str = ROW) -> Any:
    rel, key, jfile = tmp_path / "rel.csv", tmp_path / "key.csv", tmp_path / "j.json"
    rel.write_text(HEADER + rows, encoding="utf-8")
    key.write_text(KEY, encoding="utf-8")
    text = judgements if isinstance(judgements, str) else json.dumps({"judgements": judgements})
    jfile.write_text(text, encoding="utf-8")
    return import_mmp(rel, key, jfile)


def test_a_judgement_directs_its_row(tmp_path: Path) -> None:
    ds, report = run(tmp_path, [judgement(), judgement(row="99")])
    [event] = ds.events
    assert (event.kind, event.parent, event.splinter) == ("split", "mmp-g1", "mmp-g2")  # type: ignore[attr-defined]
    assert event.note == (
        "Imported from MMP; direction from judgement 10: 'Some Alpha Front men went over to "
        "Beta Brigade' (Alpha Front men joined Beta Brigade). MMP does not say whether the "
        "splinter was a new group."
    )
    assert event.citations[0].quote == "Some Alpha Front men went over to Beta Brigade."
    assert report.directions == {"spl": {"rules": 0, "judgements": 1, "undirected": 0}}
    assert (report.judgements_applied, report.judgements_unused) == (1, ["99"])
    assert report.row_direction == {"10": "judgement"}
    Lineage(ds)


@pytest.mark.parametrize(
    ("mmp_type", "relation", "kind"),
    [("aff", "pledge", "pledge"), ("mer", "absorption", "absorption"), ("mer", "merger", "merger")],
)
def test_each_relation(tmp_path: Path, mmp_type: str, relation: str, kind: str) -> None:
    ds, _ = run(tmp_path, [judgement(relation=relation)], ROW.replace("spl", mmp_type))
    [event] = ds.events
    assert event.kind == kind
    assert event.group_ids()[-1] == "mmp-g1"  # the patron, the group absorbing, the result


def test_a_hedged_judgement_gives_low_confidence(tmp_path: Path) -> None:
    ds, _ = run(tmp_path, [judgement(confidence="low")])
    assert ds.events[0].confidence == "low"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"words": "Alpha Front men defected"}, "words", "not in the row's description"),
        ({"from": "3"}, "from/to", "not the row's two groups"),
        ({"from": "1"}, "from/to", "not the row's two groups"),
        ({"relation": "pledge"}, "relation", "a pledge for a spl row"),
    ],
)
def test_a_judgement_that_does_not_fit_is_an_error_naming_it(
    tmp_path: Path, changes: dict[str, str], field: str, message: str
) -> None:
    with pytest.raises(DataError) as info:
        run(tmp_path, [judgement(**changes)])
    [problem] = info.value.problems
    assert (problem.record, problem.field) == ("judgement for row 10", field)
    assert message in problem.message
    assert "judgement for row 10" in str(info.value)


def test_a_judgement_for_a_row_the_rules_read_is_an_error(tmp_path: Path) -> None:
    rows = '10,spl,1,2,2001-00-00,"Beta Brigade split from Alpha Front.",Alpha Front,Beta Brigade\n'
    with pytest.raises(DataError, match="judgement for row 10: the rules already read this row"):
        run(tmp_path, [judgement(words="Beta Brigade split from Alpha Front")], rows)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "is not JSON"),
        (json.dumps({"judgements": [judgement(relation="friendship")]}), "judgements[0]: relation"),
        (json.dumps({"judgements": [{k: v for k, v in judgement().items() if k != "words"}]}),
         "judgements[0]: words: Field required"),
        (json.dumps({"judgements": [judgement(date="25/11/2026")]}), "judgements[0]: date"),
        (json.dumps({"judgements": [judgement(), judgement()]}), "judgement for row 10: row: row judged twice"),
        (json.dumps({"judgements": [judgement(extra="x")]}), "judgements[0]: extra"),
    ],
)  # fmt: skip
def test_a_malformed_judgements_file_is_an_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(DataError, match=message.replace("[", r"\[").replace("]", r"\]")):
        run(tmp_path, text)


def test_a_missing_judgements_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="cannot be read"):
        load_judgements(tmp_path / "none.json")


def test_the_shipped_judgements_are_well_formed() -> None:
    shipped = load_judgements()
    assert len(shipped) >= 60
    for row, j in shipped.items():
        assert isinstance(j, Judgement)
        assert j.row == row
        assert j.first != j.second
        assert j.words == j.words.strip()
        assert len(j.words) >= 10
        assert j.date == "2026-11-25"
    raw = json.loads(
        (Path(__file__).parents[1] / "src/lineage/sources/mmp" / SHIPPED).read_text("utf-8")
    )
    rows = [j["row"] for j in raw["judgements"]]
    assert rows == sorted(rows, key=int)  # kept in row order, for review


def test_the_shipped_judgements_leave_made_up_rows_alone(tmp_path: Path) -> None:
    rel, key = tmp_path / "rel.csv", tmp_path / "key.csv"
    rel.write_text(HEADER + ROW, encoding="utf-8")
    key.write_text(KEY, encoding="utf-8")
    ds, report = import_mmp(rel, key)
    assert ds.events[0].kind == "undirected"
    assert report.judgements_applied == 0
    assert len(report.judgements_unused) == len(load_judgements())


AFF_ROWS = (
    '10,aff,2,1,2001-00-00,"Beta Brigade came under Alpha Front.",Beta Brigade,Alpha Front\n'
    '11,spl,1,2,2005-00-00,"Alpha Front cut Beta Brigade loose in 2005.",Alpha Front,Beta Brigade\n'
    '12,riv,1,3,2006-00-00,"Alpha Front fought Gamma Army.",Alpha Front,Gamma Army\n'
)
PLEDGE = {"relation": "pledge", "words": "Beta Brigade came under Alpha Front"}
END = {"end": "2005", "end_row": "11", "end_words": "Alpha Front cut Beta Brigade loose"}


def test_a_pledge_judgement_may_end_the_pledge_citing_the_row_that_says_so(
    tmp_path: Path,
) -> None:
    ds, _ = run(tmp_path, [judgement(**PLEDGE, **END)], AFF_ROWS)
    [pledge] = [e for e in ds.events if e.kind == "pledge"]
    assert str(pledge.end) == "2005"  # type: ignore[attr-defined]
    assert [c.locator for c in pledge.citations] == ["unique_id 10", "unique_id 11"]
    assert "it ended 2005 (row 11: 'Alpha Front cut Beta Brigade loose')" in (pledge.note or "")
    lg = Lineage(ds)
    assert lg.camp("Beta Brigade", at="2003") == lg.group("Alpha Front")
    assert lg.camp("Beta Brigade", at="2007") == lg.group("Beta Brigade")


@pytest.mark.parametrize(
    ("end", "field", "message"),
    [
        ({**END, "end_row": "12"}, "end_row", "row 12 is not a row of the same groups"),
        ({**END, "end_row": "99"}, "end_row", "row 99 is not a row of the same groups"),
        ({**END, "end_words": "Alpha Front forgave"}, "end_words", "not in row 11's description"),
    ],
)
def test_an_end_that_does_not_fit_is_an_error_naming_the_judgement(
    tmp_path: Path, end: dict[str, str], field: str, message: str
) -> None:
    with pytest.raises(DataError) as info:
        run(tmp_path, [judgement(**PLEDGE, **end)], AFF_ROWS)
    [problem] = info.value.problems
    assert (problem.record, problem.field, problem.message) == (
        "judgement for row 10",
        field,
        message,
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"end": "2005"},  # without its row and words
        {**END, "relation": "split"},  # only a pledge ends
    ],
)
def test_an_end_goes_whole_and_only_on_a_pledge(tmp_path: Path, changes: dict[str, str]) -> None:
    with pytest.raises(DataError, match="end, end_row and end_words go together"):
        run(tmp_path, [judgement(**{**PLEDGE, **changes})], AFF_ROWS)


def test_a_judgement_naming_an_unknown_group_is_an_error_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="judgement for row 10: from/to: not the row's two groups"):
        run(tmp_path, [judgement(**{"from": "999"})])
