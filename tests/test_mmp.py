"""The MMP importer: one small fixture per quirk, and the real files when present."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import lineage
from lineage import DataError, Lineage, import_mmp
from lineage.cli import cli
from lineage.model import parse_date
from lineage.sources.mmp.dates import may_stand_for_a_year, mmp_date
from lineage.sources.mmp.events import build_events
from lineage.sources.mmp.groups import groups_from_key
from lineage.sources.mmp.names import clean, drop_shared_names, group_names
from lineage.sources.mmp.report import ImportReport
from lineage.sources.mmp.rows import Row
from lineage.sources.mmp.settle import Settled

from .conftest import ROOT

HEADER = "unique_id,type,group1_id,group2_id,date,description,group1_name,group2_name\n"
KEY = (
    "\ufeffgroup_id,name,\n"
    "1,Alpha Front ,\n"
    "2,Beta Brigade,\n"
    "3,Gamma Army (GA),\n"
    "4,Delta Group,\n"
    "-99,Unplaced Movement,\n"
)


def run(tmp_path: Path, rows: str, key: str = KEY) -> tuple[lineage.Dataset, lineage.ImportReport]:
    rel = tmp_path / "rel.csv"
    rel.write_text(HEADER + rows, encoding="utf-8")
    keyf = tmp_path / "key.csv"
    keyf.write_text(key, encoding="utf-8")
    dataset, report = import_mmp(rel, keyf)
    Lineage(dataset)  # every import validates
    assert set(report.row_to_event) == {
        line.split(",")[0] for line in rows.strip().splitlines()
    }  # every row accounted for
    return dataset, report


def kinds(report: lineage.ImportReport) -> list[str]:
    return [a["kind"] for a in report.anomalies]


def test_key_bom_trailing_column_spaces_and_minus_99(tmp_path: Path) -> None:
    ds, report = run(tmp_path, '10,all,1,2,2005-00-00,"Allies.",Alpha Front ,Beta Brigade\n')
    names = {g.id: g.name for g in ds.groups}
    assert names["mmp-g1"] == "Alpha Front"  # trimmed
    assert names["mmp-x-unplaced-movement"] == "Unplaced Movement"
    assert "group id -99" in kinds(report)
    assert kinds(report).count("trailing spaces") == 2  # key and row
    gamma = next(g for g in ds.groups if g.id == "mmp-g3")
    assert {n.name for n in gamma.names} == {"GA", "Gamma Army"}


@pytest.mark.parametrize(
    ("raw", "expected", "flag"),
    [
        ("2005-00-00", "2005", None),
        ("2014-02-00", "2014-02", None),
        ("2014-02-11", "2014-02-11", None),
        ("2/18/10", "2010-02-18", None),
        ("11/25/99", "1999-11-25", None),
        ("1/1/95", "1995-01-01", "1/1 date"),
    ],
)
def test_dates(tmp_path: Path, raw: str, expected: str, flag: str | None) -> None:
    ds, report = run(tmp_path, f'10,all,1,2,{raw},"Allies.",Alpha Front,Beta Brigade\n')
    assert str(ds.events[0].date) == expected
    assert (flag in kinds(report)) if flag else ("1/1 date" not in kinds(report))


def test_impossible_date_is_reported_not_imported(tmp_path: Path) -> None:
    ds, report = run(tmp_path, '10,all,1,2,2/30/10,"Allies.",Alpha Front,Beta Brigade\n')
    assert ds.events == ()
    assert report.row_to_event["10"] == "(not imported: bad date)"
    assert "bad date" in kinds(report)


def test_escaped_quotes_and_mojibake_are_undone(tmp_path: Path) -> None:
    rows = (
        "10,all,1,2,2005-00-00,\"Alpha\\'s men and Beta\\&#039;s men; the group\u00e2\u0080\u0099s "
        'ally and l\u0092Ouest.",Alpha Front,Beta Brigade\n'
    )
    ds, report = run(tmp_path, rows)
    quote = ds.events[0].citations[0].quote
    assert quote == "Alpha's men and Beta's men; the group’s ally and l’Ouest."
    assert "escaped text" in kinds(report)


def test_same_event_coded_twice_becomes_one_with_two_citations(tmp_path: Path) -> None:
    rows = (
        '10,riv,1,2,2008-00-00,"Clash one.",Alpha Front,Beta Brigade\n'
        '11,riv,2,1,2008-00-00,"Clash two.",Beta Brigade,Alpha Front\n'
    )
    ds, report = run(tmp_path, rows)
    [event] = ds.events
    assert [c.locator for c in event.citations] == ["unique_id 10", "unique_id 11"]
    assert report.row_to_event == {"10": event.id, "11": event.id}
    assert "duplicate rows" in kinds(report)


def test_spl_and_mer_for_the_same_event_collapse(tmp_path: Path) -> None:
    rows = (
        '10,spl,1,2,2001-00-00,"Beta Brigade split from Alpha Front.",Alpha Front,Beta Brigade\n'
        '11,mer,1,2,2001-00-00,"",Alpha Front,Beta Brigade\n'
    )
    ds, report = run(tmp_path, rows)
    [event] = ds.events
    assert event.kind == "split"
    assert len(event.citations) == 2
    assert "coded as both spl and mer" in kinds(report)
    assert "no description" in kinds(report)


def test_reversed_split_is_settled_from_the_description(tmp_path: Path) -> None:
    rows = '10,spl,2,1,2014-09-00,"In 2014 Beta Brigade split from Alpha Front.",Beta Brigade,Alpha Front\n'
    ds, report = run(tmp_path, rows)
    [event] = ds.events
    assert (event.parent, event.splinter) == ("mmp-g1", "mmp-g2")  # type: ignore[attr-defined]
    assert "split direction reversed" in kinds(report)


@pytest.mark.parametrize(
    "description",
    [
        "Members of the Alpha Front decided to split and form the Beta Brigade.",
        "The Beta Brigade, a splinter group of the Alpha Front, emerged.",
        "The Beta Brigade broke away from the Alpha Front.",
    ],
)
def test_split_phrasings(tmp_path: Path, description: str) -> None:
    ds, _report = run(tmp_path, f'10,spl,2,1,2001-00-00,"{description}",Beta Brigade,Alpha Front\n')
    [event] = ds.events
    assert (event.parent, event.splinter) == ("mmp-g1", "mmp-g2")  # type: ignore[attr-defined]


def test_unstated_split_is_undirected_and_flagged(tmp_path: Path) -> None:
    ds, report = run(tmp_path, '10,spl,1,2,2001-00-00,"Trouble.",Alpha Front,Beta Brigade\n')
    [event] = ds.events
    assert event.kind == "undirected"
    assert (event.members, event.relation) == (("mmp-g1", "mmp-g2"), "split")  # type: ignore[attr-defined]
    assert event.note == "Imported from MMP; MMP does not say which way."
    assert "direction not stated" in kinds(report)
    assert report.directions == {"spl": {"rules": 0, "judgements": 0, "undirected": 1}}
    lg = Lineage(ds)
    assert lg.became("Alpha Front") == []  # no lineage
    assert lg.became("Beta Brigade") == []


@pytest.mark.parametrize(
    ("mmp_type", "description", "relation"),
    [
        ("aff", "Beta Brigade and Alpha Front claimed the attack together.", "affiliation"),
        ("aff", "Beta Brigade fought alongside Alpha Front.", "affiliation"),
        ("aff", "Alpha Front provided Beta Brigade training.", "affiliation"),
        ("aff", "Beta Brigade joined Alpha Front.", "affiliation"),  # joining is no fealty
        ("spl", "Beta Brigade separated itself from Alpha Front.", "split"),
        ("mer", "Alpha Front merged with Beta Brigade.", "merger"),
        ("mer", "", "merger"),  # no description at all
    ],
)
def test_rows_whose_direction_is_not_stated_are_undirected(
    tmp_path: Path, mmp_type: str, description: str, relation: str
) -> None:
    row = f'10,{mmp_type},2,1,2001-00-00,"{description}",Beta Brigade,Alpha Front\n'
    ds, report = run(tmp_path, row)
    [event] = ds.events
    assert (event.kind, event.relation) == ("undirected", relation)  # type: ignore[attr-defined]
    assert set(event.groups) == {"mmp-g1", "mmp-g2"}
    assert report.row_direction == {"10": "undirected"}


def test_merged_into_is_an_absorption(tmp_path: Path) -> None:
    rows = (
        '10,mer,1,2,2001-00-00,"Alpha Front merged into Beta Brigade.",Alpha Front,Beta Brigade\n'
    )
    ds, _ = run(tmp_path, rows)
    [event] = ds.events
    assert event.kind == "absorption"
    assert (event.absorbed, event.into) == ("mmp-g1", "mmp-g2")  # type: ignore[attr-defined]
    assert Lineage(ds).graph.nodes["mmp-g1"]["dissolved"].text == "2001"


def test_merged_into_but_acting_later_is_a_merger_that_ends_nothing(tmp_path: Path) -> None:
    rows = (
        '10,mer,1,2,2001-00-00,"Alpha Front merged into Beta Brigade.",Alpha Front,Beta Brigade\n'
        '11,riv,1,4,2005-00-00,"Alpha Front fought Delta Group.",Alpha Front,Delta Group\n'
    )
    ds, report = run(tmp_path, rows)
    merger = next(e for e in ds.events if e.kind == "merger")
    assert merger.parties[0].faction is True  # type: ignore[attr-defined]
    assert "merged group acts later" in kinds(report)


def test_merged_to_form_collects_the_parties(tmp_path: Path) -> None:
    rows = (
        '10,mer,1,3,1999-00-00,"Alpha Front and Beta Brigade merged to form Gamma Army.",Alpha Front,Gamma Army (GA)\n'
        '11,mer,2,3,1999-00-00,"Alpha Front and Beta Brigade merged to form Gamma Army.",Beta Brigade,Gamma Army (GA)\n'
    )
    ds, report = run(tmp_path, rows)
    [event] = ds.events
    assert event.kind == "merger"
    assert event.result == "mmp-g3"
    assert {p.group for p in event.parties} == {"mmp-g1", "mmp-g2"}  # type: ignore[attr-defined]
    assert report.row_to_event == {"10": event.id, "11": event.id}


def test_affiliation_direction(tmp_path: Path) -> None:
    rows = (
        '10,aff,2,1,2010-00-00,"Alpha Front pledged allegiance to Beta Brigade.",Beta Brigade,Alpha Front\n'
        '11,aff,3,4,2011-00-00,"They cooperate.",Gamma Army (GA),Delta Group\n'
        '12,aff,4,1,2012-00-00,"Delta Group is reportedly a front of Alpha Front.",Delta Group,Alpha Front\n'
    )
    ds, report = run(tmp_path, rows)
    stated, unstated, hedged = sorted(ds.events, key=lambda e: e.id)
    assert (stated.group, stated.patron, stated.confidence) == ("mmp-g1", "mmp-g2", "medium")  # type: ignore[attr-defined]
    assert stated.note == (
        "Imported from MMP; direction from the description: "
        "'Alpha Front pledged allegiance to Beta Brigade'."
    )
    assert (unstated.kind, unstated.relation) == ("undirected", "affiliation")  # type: ignore[attr-defined]
    assert (hedged.group, hedged.patron, hedged.confidence) == ("mmp-g4", "mmp-g1", "low")  # type: ignore[attr-defined]
    assert kinds(report).count("direction not stated") == 1
    assert report.directions == {"aff": {"rules": 2, "judgements": 0, "undirected": 1}}
    assert report.row_direction == {
        "10": "rule: X pledged allegiance to Y",
        "11": "undirected",
        "12": "rule: X is a branch/wing/front/affiliate of Y",
    }
    lg = Lineage(ds)
    assert lg.camp("Gamma Army", at="2011") == lg.group("Gamma Army")  # an affiliation is no pledge
    assert [g.name for g in lg.allegiance("Alpha Front", at="2011")] == ["Beta Brigade"]


def test_undirected_rows_collapse_with_the_directed_row_of_the_same_event(tmp_path: Path) -> None:
    rows = (
        '10,spl,1,2,2001-00-00,"",Alpha Front,Beta Brigade\n'
        '11,spl,1,2,2001-00-00,"Beta Brigade split from Alpha Front.",Alpha Front,Beta Brigade\n'
        '12,mer,3,4,2002-00-00,"",Gamma Army (GA),Delta Group\n'
        '13,spl,4,3,2002-00-00,"Trouble.",Delta Group,Gamma Army (GA)\n'
        '14,aff,1,4,2003-00-00,"Allies.",Alpha Front,Delta Group\n'
        '15,aff,4,1,2003-00-00,"Delta Group swore bay\'ah to Alpha Front.",Delta Group,Alpha Front\n'
    )
    ds, report = run(tmp_path, rows)
    split, undirected, pledge = sorted(ds.events, key=lambda e: e.id)
    assert (split.kind, split.parent, split.splinter) == ("split", "mmp-g1", "mmp-g2")  # type: ignore[attr-defined]
    assert [c.locator for c in split.citations] == ["unique_id 10", "unique_id 11"]
    assert split.note == (
        "Imported from MMP; row 10: MMP does not say which way; row 11: direction from the "
        "description: 'Beta Brigade split from Alpha Front'. MMP does not say whether the "
        "splinter was a new group."
    )
    assert (undirected.kind, undirected.relation, len(undirected.citations)) == (  # type: ignore[attr-defined]
        "undirected",
        "merger",
        2,
    )
    assert (pledge.kind, pledge.group, pledge.patron) == ("pledge", "mmp-g4", "mmp-g1")  # type: ignore[attr-defined]
    assert report.row_to_event == {
        "10": split.id, "11": split.id, "12": undirected.id, "13": undirected.id,
        "14": pledge.id, "15": pledge.id,
    }  # fmt: skip
    assert kinds(report).count("coded as both spl and mer") == 1
    assert kinds(report).count("duplicate rows") == 2


def test_rows_that_disagree_on_the_direction_become_one_undirected_event(tmp_path: Path) -> None:
    rows = (
        '10,spl,1,2,2001-00-00,"Beta Brigade split from Alpha Front.",Alpha Front,Beta Brigade\n'
        '11,spl,1,2,2001-00-00,"Alpha Front split from Beta Brigade.",Alpha Front,Beta Brigade\n'
    )
    ds, report = run(tmp_path, rows)
    [event] = ds.events
    assert (event.kind, event.relation) == ("undirected", "split")  # type: ignore[attr-defined]
    assert (event.note or "").startswith(
        "Imported from MMP; MMP's rows disagree on which way, so none is taken; row 10:"
    )
    assert "rows disagree on direction" in kinds(report)


def test_unknown_type_and_group_are_reported(tmp_path: Path) -> None:
    rows = (
        '10,xyz,1,2,2010-00-00,"?",Alpha Front,Beta Brigade\n'
        '11,all,1,77,2010-00-00,"?",Alpha Front,Nobody\n'
    )
    ds, report = run(tmp_path, rows)
    assert ds.events == ()
    assert {"unknown type", "unknown group"} <= set(kinds(report))


def test_every_event_cites_mmp(tmp_path: Path) -> None:
    ds, _ = run(tmp_path, '10,all,1,2,2005-00-00,"Allies.",Alpha Front,Beta Brigade\n')
    [source] = ds.sources
    assert source.id == "mmp"
    assert "Stanford University" in (source.citation or "")
    assert ds.events[0].citations[0].source == "mmp"


def test_wrong_file_is_a_data_error(tmp_path: Path) -> None:
    bad = tmp_path / "rel.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    key = tmp_path / "key.csv"
    key.write_text(KEY, encoding="utf-8")
    with pytest.raises(DataError, match="column missing"):
        import_mmp(bad, key)
    with pytest.raises(DataError, match="no such file"):
        import_mmp(tmp_path / "nope.csv", key)


# -- the package's pieces, one table each ---------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected", "why"),
    [
        ("2005-00-00", "2005", None),
        (" 2014-02-00 ", "2014-02", None),
        ("2014-02-11", "2014-02-11", None),
        ("2/18/10", "2010-02-18", None),
        ("12/31/19", "2019-12-31", None),  # the 2019 horizon: '19 is 2019
        ("1/1/20", "1920-01-01", None),  # ... and '20 is 1920
        ("0000-00-00", None, "year 0000"),
        ("2005-00-11", None, "day given without a month"),
        ("2005", None, "not YYYY-MM-DD or M/D/YY"),
        ("", None, "not YYYY-MM-DD or M/D/YY"),
    ],
)
def test_mmp_date_forms(raw: str, expected: str | None, why: str | None) -> None:
    date, reason = mmp_date(raw)
    assert (None if date is None else str(date), reason) == (expected, why)


@pytest.mark.parametrize("raw", ["2/30/10", "13/1/05", "2001-13-00", "2001-02-30"])
def test_impossible_mmp_dates_give_a_reason(raw: str) -> None:
    date, reason = mmp_date(raw)
    assert date is None
    assert reason


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1/1/95", True),
        (" 1/1/05 ", True),
        ("01/1/95", False),
        ("1/10/95", False),
        ("1995-01-01", False),
    ],
)
def test_one_january_may_stand_for_a_year(raw: str, expected: bool) -> None:
    assert may_stand_for_a_year(raw) is expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Alpha\\'s men", "Alpha's men"),
        ("Beta\\&#039;s men", "Beta's men"),
        ('a \\"quoted\\" word', 'a "quoted" word'),
        ("Tom &amp; Jerry", "Tom & Jerry"),
        ("the group\u00e2\u0080\u0099s ally", "the group’s ally"),  # UTF-8 read as Latin-1
        ("l\u0092Ouest", "l’Ouest"),  # a cp1252 byte kept as a C1 control
        ("caf\u00e9 ", "café"),  # plain Latin-1 text is left alone, then trimmed
    ],
)
def test_clean(raw: str, expected: str) -> None:
    assert clean(raw) == expected


@pytest.mark.parametrize(
    ("name", "extras"),
    [
        ("Gamma Army (GA)", [("GA", "acronym"), ("Gamma Army", "official")]),
        (
            "Al Qaeda in the Islamic Maghreb (AQIM)",
            [("AQIM", "acronym"), ("Al Qaeda in the Islamic Maghreb", "official")],
        ),
        (
            "Jabhat Fatah al-Sham (Formerly Al Nusra Front)",
            [("Al Nusra Front", "official"), ("Jabhat Fatah al-Sham", "official")],
        ),
        ("Hezbollah (Lebanon)", []),  # a qualifier, not a name
        ("Front (Ab)", []),  # one capital is not an acronym
        ("(ABC)", [("ABC", "acronym")]),
        ("Alpha Front", []),
    ],
)
def test_group_names(name: str, extras: list[tuple[str, str]]) -> None:
    canonical, names = group_names(name)
    assert canonical == name
    assert [(n["name"], n["kind"]) for n in names] == extras


def test_a_name_two_groups_would_share_is_dropped_from_both() -> None:
    report = ImportReport()
    groups: dict[str, dict[str, Any]] = {
        gid: {"id": gid, "name": name, "names": group_names(name)[1]}
        for gid, name in [("g1", "Alpha Front (AF)"), ("g2", "Asian Front (AF)")]
    }
    drop_shared_names(groups, report)
    assert [[n["name"] for n in g["names"]] for g in groups.values()] == [
        ["Alpha Front"],
        ["Asian Front"],
    ]
    assert [(a["row"], a["kind"]) for a in report.anomalies] == [
        ("g1", "shared name"),
        ("g2", "shared name"),
    ]


@pytest.mark.parametrize(
    ("rows", "ids", "anomalies"),
    [
        ([{"group_id": "1", "name": "Alpha"}], ["mmp-g1"], []),
        ([{"group_id": " 1 ", "name": " Alpha "}], ["mmp-g1"], ["trailing spaces"]),
        ([{"group_id": "-99", "name": "Jamāʿat X"}], ["mmp-x-jama-at-x"], ["group id -99"]),
        ([{"group_id": "1x", "name": "Alpha"}], [], ["bad group id"]),
        ([{"group_id": "1", "name": "  "}], [], ["empty name"]),
        (
            [{"group_id": "1", "name": "Alpha"}, {"group_id": "1", "name": "Beta"}],
            ["mmp-g1"],
            ["duplicate group id"],
        ),
        ([{"group_id": "1", "name": "Alpha", "": "x"}], ["mmp-g1"], ["extra key columns"]),
    ],
)
def test_groups_from_key(rows: list[dict[str, str]], ids: list[str], anomalies: list[str]) -> None:
    report = ImportReport()
    groups, _ = groups_from_key(rows, report)
    assert list(groups) == ids
    assert [a["kind"] for a in report.anomalies] == anomalies


def _merger_row(uid: str, party: str) -> Settled:
    row = Row(uid, "mer", party, "z", parse_date("1999"), "1999-00-00", "q", "q")
    return Settled(row, "merger", {"parties": [(party, party == "y")], "result": "z", "form": True})


def test_merger_rows_to_form_one_group_become_one_event_with_every_party() -> None:
    groups = {g: {"name": g.upper()} for g in "xyz"}
    report = ImportReport()
    [event] = build_events([_merger_row("1", "x"), _merger_row("2", "y")], groups, report)
    assert event["id"] == "mmp-r1"
    assert event["parties"] == [{"group": "x"}, {"group": "y", "faction": True}]
    assert [c["locator"] for c in event["citations"]] == ["unique_id 1", "unique_id 2"]
    assert report.row_to_event == {"1": "mmp-r1", "2": "mmp-r1"}
    assert report.anomalies == []  # rows of one merger "to form" are not duplicates


def test_report_summary_accounts_for_rows() -> None:
    report = ImportReport(rows=2, groups=3, by_type={"riv": 2}, events_by_kind={"rivalry": 1})
    report.row_to_event.update({"1": "mmp-r1", "2": "mmp-r1"})
    report.flag("1, 2", "duplicate rows", "rows 1, 2", "one rivalry event with 2 citations")
    report.count_direction("3", "aff", "judgements")
    report.judgements_unused.append("4")
    assert report.summary().splitlines() == [
        "2 rows, 3 groups -> 1 events; every row accounted for: True",
        "rows by type: riv 2",
        "events by kind: rivalry 1",
        "directions (rules / judgements / undirected): aff 0/1/0",
        "judgements: 1 applied, 1 for rows not in the file",
        "anomalies: duplicate rows 1",
    ]


MMP = ROOT.parent / "shared" / "mmp"
REAL = [MMP / "Militant-Group-Relationships-clean.csv", MMP / "Militant-Group-Key.csv"]


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> tuple[Lineage, dict[str, object], Path]:
    if not all(p.exists() for p in REAL):
        pytest.skip("the MMP files are not in ../shared/mmp")
    out = tmp_path_factory.mktemp("mmp")
    data, report = out / "mmp.json", out / "report.json"
    result = CliRunner().invoke(
        cli, ["import", "mmp", *map(str, REAL), "-o", str(data), "--report", str(report)]
    )
    assert result.exit_code == 0, result.output
    return lineage.load(data), json.loads(report.read_text(encoding="utf-8")), data


def test_real_import_passes_check_and_accounts_for_every_row(
    real: tuple[Lineage, dict[str, object], Path],
) -> None:
    lg, report, path = real
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 0, result.stderr
    assert report["rows"] == 638
    row_to_event = report["row_to_event"]
    assert isinstance(row_to_event, dict)
    assert len(row_to_event) == 638
    assert len(lg.groups) == 263


def test_real_what_mujao_became(real: tuple[Lineage, dict[str, object], Path]) -> None:
    lg = real[0]
    became = [g.name for g in lg.became("MUJAO")]
    assert "Al Murabitoun" in became


def test_real_where_aqim_came_from(real: tuple[Lineage, dict[str, object], Path]) -> None:
    lg = real[0]
    chain = lg.explain("Armed Islamic Group of Algeria", "Al Qaeda in the Islamic Maghreb")
    edges = [next(iter(e.lineage_edges())) for e in chain]
    names = [lg.group(a).name for a, _ in edges] + [lg.group(edges[-1][1]).name]
    assert names == [
        "Armed Islamic Group of Algeria",
        "Salafist Group for Preaching and Combat",
        "Al Qaeda in the Islamic Maghreb",
    ]
    assert [e.kind for e in chain] == ["split", "merger"]  # rows 253 and 255, by judgement
    assert all("direction from judgement" in (e.note or "") for e in chain)


def test_real_sahel_diagram_is_legible(real: tuple[Lineage, dict[str, object], Path]) -> None:
    from .test_plotting import _overlaps

    ax = real[0].draw("Al Qaeda in the Islamic Maghreb")
    assert _overlaps(ax) == []
