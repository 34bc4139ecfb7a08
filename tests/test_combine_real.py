"""The article and an MMP import read as one (skipped when ../shared/mmp is absent).

The done-when of issue 14, asked as an analyst would.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import lineage
from lineage.cli import cli

from .conftest import ROOT

MMP = ROOT.parent / "shared" / "mmp"
REL, KEY = MMP / "Militant-Group-Relationships-clean.csv", MMP / "Militant-Group-Key.csv"


@pytest.fixture(scope="module")
def mmp_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not REL.is_file() or not KEY.is_file():
        pytest.skip("the MMP files are not in ../shared/mmp")
    path = tmp_path_factory.mktemp("mmp") / "mmp.json"
    lineage.write_dataset(lineage.read_mmp(REL, KEY), path)
    return path


@pytest.fixture(scope="module")
def lg(mmp_file: Path) -> lineage.Lineage:
    return lineage.load([lineage.BUNDLED, mmp_file])


def test_mujao_and_mojwa_are_one_group(lg: lineage.Lineage) -> None:
    assert lg.group("MUJAO").id == lg.group("MOJWA").id == "groups:mojwa"
    names = [n.name for n in lg.group("MOJWA").all_names()]
    assert any("MUJAO" in n for n in names)


def test_the_two_gia_records_are_one(lg: lineage.Lineage) -> None:
    assert lg.group("Groupe Islamique Armé").id == lg.group("Armed Islamic Group of Algeria").id


def test_from_the_gia_to_isgs_a_chronological_chain_through_both_sources(
    lg: lineage.Lineage,
) -> None:
    chain = lg.explain("Armed Islamic Group of Algeria", "ISGS")
    assert chain
    days = [e.date.earliest for e in chain]
    assert days == sorted(days)
    cited = {c.source.partition(":")[0] for e in chain for c in e.citations}
    assert cited == {"groups", "mmp"}


def test_across_sources_the_article_questions_still_answer(lg: lineage.Lineage) -> None:
    assert lg.camp("AQIM", at="2010").id == "groups:al-qaeda"  # type: ignore[union-attr]
    became = {g.id for g in lg.became("MOJWA")}
    assert {"groups:al-murabitoun", "groups:isgs", "groups:jnim"} <= became
    origins = {g.name for g in lg.origins("JNIM")}
    assert "Salafist Group for Preaching and Combat" in origins


def test_the_2013_formation_of_al_murabitoun_is_one_event_citing_both(
    lg: lineage.Lineage,
) -> None:
    formed = [
        e
        for e in lg.timeline("Al Murabitoun")
        if e.kind == "merger" and e.date.earliest.year == 2013
    ]
    assert [e.id for e in formed] == ["groups:al-murabitoun-formed"]
    assert {c.source.partition(":")[0] for c in formed[0].citations} == {"groups", "mmp"}


def test_conflicts_name_both_sources(lg: lineage.Lineage) -> None:
    found = lg.conflicts()
    assert len(found) >= 2
    kinds = {c.kind for c in found}
    assert {"ending", "kind"} <= kinds
    for conflict in found:
        assert conflict.first[1] != conflict.second[1]
    cross = [c for c in found if set(c.datasets) == {"groups", "mmp"}]
    assert len(cross) >= 2
    # MMP has Al Murabitoun absorbed into AQIM in December 2015; the article has it
    # merge into JNIM in March 2017
    [life] = [c for c in found if c.kind == "lifespan" and c.subject == ("groups:al-murabitoun",)]
    assert life.first[0] == "mmp"
    assert life.second[:2] == ("groups", "groups:jnim-formed")


def test_a_query_can_keep_to_one_source(lg: lineage.Lineage) -> None:
    only_article = lg.restricted(["groups"])
    assert {g.id for g in only_article.became("MOJWA")} == {
        "groups:al-murabitoun",
        "groups:isgs",
        "groups:jnim",
    }
    assert all(c.source.startswith("groups:") for e in only_article.events for c in e.citations)


def test_the_cli_reads_both(mmp_file: Path) -> None:
    args = ["--data", str(lineage.BUNDLED), "--data", str(mmp_file)]
    result = CliRunner().invoke(cli, ["became", "MUJAO", *args, "--json"])
    assert result.exit_code == 0, result.output
    assert "groups:isgs" in [r["id"] for r in json.loads(result.stdout)]
    result = CliRunner().invoke(cli, ["conflicts", *args])
    assert result.exit_code == 0
    assert "mmp:mmp-r1769" in result.stdout


def test_corroboration_shows_in_tables_and_frames(lg: lineage.Lineage) -> None:
    pytest.importorskip("pandas")
    frame = lg.events_frame()
    row = frame.loc["groups:al-murabitoun-formed"]
    assert row["corroborated"]
    assert {s.partition(":")[0] for s in row["sources"]} == {"groups", "mmp"}
    headers, rows = lg.timeline("Al Murabitoun").table()
    assert headers[-1] == "sources"
    formed = next(r for r in rows if r[2] == "groups:al-murabitoun-formed")
    assert "mmp:mmp" in str(formed[-1])


def test_the_cli_lists_the_sources_and_keeps_to_the_ones_asked_for(mmp_file: Path) -> None:
    args = ["--data", str(lineage.BUNDLED), "--data", str(mmp_file)]
    listed = CliRunner().invoke(cli, ["sources", *args, "--json"])
    assert listed.exit_code == 0, listed.output
    ids = {s["id"] for s in json.loads(listed.stdout)}
    assert {"groups:carbonari-north-africa", "mmp:mmp"} <= ids
    both = CliRunner().invoke(cli, ["became", "MOJWA", *args, "--json"])
    article = CliRunner().invoke(cli, ["became", "MOJWA", *args, "--source", "groups", "--json"])
    assert article.exit_code == 0, article.output
    # the article alone: what it says MOJWA became, and nothing MMP adds
    expected = {
        g.id
        for g in lineage.load([lineage.BUNDLED, mmp_file]).restricted(["groups"]).became("MOJWA")
    }
    assert {r["id"] for r in json.loads(article.stdout)} == expected
    assert expected < {r["id"] for r in json.loads(both.stdout)}
    typo = CliRunner().invoke(cli, ["became", "MOJWA", *args, "--source", "mpp"])
    assert typo.exit_code == 2
    assert typo.stderr.startswith("lineage: no source is called 'mpp' — ")
    assert "datasets: groups, mmp" in typo.stderr
