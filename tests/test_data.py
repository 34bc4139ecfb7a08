"""The bundled dataset: every quote verified, every paragraph's events present, and
the analysts' questions answered from it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import lineage
from lineage import DataError
from lineage.io import canonical_json
from lineage.io.schema import schema_json

from .conftest import ROOT

DATA = ROOT / "data" / "groups.json"
SEED = ROOT / "seeds" / "000_526b443ece667d70.txt"


def test_check_passes_with_quotes_verified(lg: lineage.Lineage) -> None:
    assert lg.check() == []


def _copy_with(tmp_path: Path, edit: Any) -> Path:
    (tmp_path / "data").mkdir()
    shutil.copy(SEED, tmp_path / "data" / SEED.name)  # a source is read from its dataset's folder
    doc = json.loads(DATA.read_text(encoding="utf-8"))
    [seed] = [s for s in doc["sources"] if s.get("path")]  # the article, the one local text
    seed["path"] = SEED.name
    edit(doc)
    out = tmp_path / "data" / "groups.json"
    out.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return out


@pytest.mark.parametrize("index", [0, 8, 17])
def test_an_altered_quote_fails_naming_the_record(tmp_path: Path, index: int) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["events"][index]["citations"][0]["quote"] += " and more"

    path = _copy_with(tmp_path, edit)
    record = json.loads(path.read_text(encoding="utf-8"))["events"][index]["id"]
    with pytest.raises(DataError) as info:
        lineage.load(path, verify_quotes=True)
    [problem] = info.value.problems
    assert (problem.record, problem.field) == (record, "citations[0].quote")
    assert "quote not found" in problem.message


def test_quotes_after_the_signature_are_not_the_article(tmp_path: Path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["events"][0]["citations"][0]["quote"] = "Pope Francis urged all nations"

    with pytest.raises(DataError, match="quote not found"):
        lineage.load(_copy_with(tmp_path, edit), verify_quotes=True)


def test_whitespace_and_quote_styles_are_tolerated(tmp_path: Path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        for e in doc["events"]:
            for c in e["citations"]:
                c["quote"] = c["quote"].replace("’", "'").replace(" ", "  ")

    assert lineage.load(_copy_with(tmp_path, edit), verify_quotes=True).check() == []


def test_every_citation_cites_the_seed(lg: lineage.Lineage) -> None:
    [source] = [s for s in lg.sources if s.path is not None]  # the others: name attestations
    assert source.path is not None
    assert (DATA.parent / source.path).resolve() == SEED.resolve()
    cited = {c.source for e in lg.events for c in e.citations}
    cited |= {c.source for r in lg.roles for c in r.citations}
    assert cited == {source.id}
    assert all(e.citations for e in lg.events)
    assert all(r.citations for r in lg.roles)


def test_data_file_is_canonical_and_schema_in_step() -> None:
    text = DATA.read_text(encoding="utf-8")
    assert canonical_json(lineage.read_dataset(DATA)) == text
    assert json.loads(text)["$schema"] == "groups.schema.json"
    assert (ROOT / "data" / "groups.schema.json").read_text(encoding="utf-8") == schema_json()


def _has(lg: lineage.Lineage, kind: str, date: str, **fields: Any) -> bool:
    for e in lg.events:
        if e.kind != kind or str(e.date) != date:
            continue
        if all(
            (set(getattr(e, k)) >= set(v)) if isinstance(v, list) else getattr(e, k) == v
            for k, v in fields.items()
        ):
            return True
    return False


# Paragraph by paragraph: what the article states, as (kind, date, fields).
PARAGRAPHS: dict[str, list[tuple[str, str, dict[str, Any]]]] = {
    "3: Al Qaeda vs IS; AQIM is AQ's branch": [
        ("rivalry", "[..2017]", {"members": ["al-qaeda", "islamic-state"]}),
        ("pledge", "[..2017]", {"group": "aqim", "patron": "al-qaeda"}),
    ],
    "5: JNIM born 2 March 2017 from four groups; Ag Ghaly pledges to AQ and AQIM": [
        ("merger", "2017-03-02", {"result": "jnim", "people": ["iyad-ag-ghali"]}),
        ("pledge", "[2017-03-02..2017]", {"group": "jnim", "patron": "al-qaeda"}),
        ("pledge", "[2017-03-02..2017]", {"group": "jnim", "patron": "aqim"}),
        ("alliance", "[..2017-03-02]", {"members": ["macina-liberation-front", "ansar-dine"]}),
        ("pledge", "[..2017-03-02]", {"group": "aqim-sahara", "patron": "aqim"}),
    ],
    "13-14: MOJWA 2011; TWSB; Al Murabitoun 2013; ISGS 2015/2016": [
        ("split", "2011", {"parent": "aqim", "splinter": "mojwa"}),
        ("split", "[..2013]", {"parent": "aqim", "splinter": "those-who-sign-with-blood"}),
        ("departure", "[..2013]", {"group": "aqim", "people": ["mokhtar-belmokhtar"]}),
        ("merger", "2013", {"result": "al-murabitoun"}),
        ("split", "2015", {"parent": "al-murabitoun", "splinter": "isgs"}),
        ("pledge", "2015", {"group": "isgs", "patron": "islamic-state"}),
        ("founding", "2016", {"group": "isgs"}),
    ],
    "18: AQI pledged to AQ, successors split; renamed IS": [
        ("pledge", "[..2014]", {"group": "islamic-state", "patron": "al-qaeda"}),
        ("rename", "[..2014]", {"group": "islamic-state", "new_name": "Islamic State"}),
        ("rivalry", "[..2017]", {"members": ["aqim", "islamic-state"]}),
        ("pledge", "[..2017]", {"group": "wilayat-sinai", "patron": "islamic-state"}),
    ],
    "22: Jund al-Khilafa: split from AQIM (undated), joined IS 2014, crushed": [
        ("split", "[..2014]", {"parent": "aqim", "splinter": "jund-al-khilafa"}),
        ("pledge", "2014", {"group": "jund-al-khilafa", "patron": "islamic-state"}),
        ("dissolution", "[2014..2017]", {"group": "jund-al-khilafa"}),
    ],
    "23: Boko Haram pledges March 2015; 2016 struggle; two names": [
        ("pledge", "2015-03", {"group": "boko-haram", "patron": "islamic-state"}),
        ("alliance", "[..2015-03]", {"members": ["boko-haram", "aqim"]}),
        (
            "rename",
            "[..2016]",
            {"group": "boko-haram", "new_name": "Wilāyat al-Islāmiyya Gharb Afrīqiyyah"},
        ),
        (
            "split",
            "2016",
            {
                "parent": "boko-haram",
                "splinter": "iswap",
                "people": ["abubakar-shekau", "abu-musab-al-barnawi"],
            },
        ),
        (
            "rename",
            "[2016..2017]",
            {"group": "boko-haram", "new_name": "Jamaa Ahl as-Sunnah lid-Da’wah wa’l-Jihad"},
        ),
    ],
    "27: Ansar Bayt Al Maqdis became Wilayat Sinai; Belmokhtar rejoins AQIM Dec 2015": [
        ("rename", "[..2016]", {"group": "wilayat-sinai", "new_name": "Wilayat Sinai"}),
        ("joining", "2015-12", {"group": "aqim", "people": ["mokhtar-belmokhtar"]}),
        (
            "pledge",
            "2015-12",
            {"group": "al-murabitoun", "patron": "aqim", "people": ["mokhtar-belmokhtar"]},
        ),
    ],
}


@pytest.mark.parametrize("paragraph", list(PARAGRAPHS))
def test_article_paragraph_by_paragraph(lg: lineage.Lineage, paragraph: str) -> None:
    for kind, date, fields in PARAGRAPHS[paragraph]:
        assert _has(lg, kind, date, **fields), (kind, date, fields)


def test_what_groups_became(lg: lineage.Lineage) -> None:
    def became(name: str) -> list[str]:
        return [g.id for g in lg.became(name)]

    assert became("MOJWA") == ["al-murabitoun", "isgs", "jnim"]
    assert "islamic-state" not in became("MOJWA")
    assert became("Ansar Dine") == ["jnim"]
    assert became("Macina Liberation Front") == ["jnim"]
    assert set(became("AQIM")) == {
        "mojwa",
        "those-who-sign-with-blood",
        "al-murabitoun",
        "jund-al-khilafa",
        "isgs",
        "jnim",
    }


def test_where_groups_came_from(lg: lineage.Lineage) -> None:
    assert [g.id for g in lg.origins("JNIM")][:4] == [
        "aqim-sahara",
        "al-murabitoun",
        "ansar-dine",
        "macina-liberation-front",
    ]
    assert {g.id for g in lg.origins("JNIM")[4:]} == {
        "aqim",
        "mojwa",
        "those-who-sign-with-blood",
    }
    assert {g.id for g in lg.origins("ISGS")} == {
        "al-murabitoun",
        "mojwa",
        "those-who-sign-with-blood",
        "aqim",
    }


@pytest.mark.parametrize(
    ("group", "at", "leaders"),
    [
        ("JNIM", "2017", ["iyad-ag-ghali"]),
        ("Ansar Dine", "2016", ["iyad-ag-ghali"]),
        ("Al Murabitoun", "2016", ["mokhtar-belmokhtar"]),
        ("Macina Liberation Front", "2016", ["ahmadou-koufa"]),
        ("AQIM", "2017", ["abdelmalek-droukdel"]),
        ("Al Qaeda", "2017", ["ayman-al-zawahiri"]),
        ("ISGS", "2016", ["abu-walid-al-sahrawi"]),
        ("Boko Haram", "2015", ["abubakar-shekau"]),
        ("ISWAP", "2017", ["abu-musab-al-barnawi"]),
        ("Islamic State", "2016", ["abu-bakr-al-baghdadi"]),
        ("JNIM", "2016", []),
    ],
)
def test_who_led(lg: lineage.Lineage, group: str, at: str, leaders: list[str]) -> None:
    assert [p.id for p in lg.leaders(group, at=at)] == leaders


@pytest.mark.parametrize(
    ("group", "at", "patrons"),
    [
        ("Boko Haram", "2015-06", ["islamic-state"]),
        ("Boko Haram", "2014-06", []),
        ("Boko Haram", "2017", ["islamic-state"]),
        ("Al Murabitoun", "2015-06", []),
        ("Al Murabitoun", "2016-06", ["aqim"]),
        ("JNIM", "2017", ["al-qaeda", "aqim"]),
        ("Jund al-Khilafa", "2014", ["islamic-state"]),
        ("Islamic State", "2016", []),
        ("Al Qaeda in Iraq", "2013", ["al-qaeda"]),
    ],
)
def test_who_was_pledged_to_whom(
    lg: lineage.Lineage, group: str, at: str, patrons: list[str]
) -> None:
    assert sorted(g.id for g in lg.allegiance(group, at=at)) == patrons


def test_camps_in_2014_and_2017(lg: lineage.Lineage) -> None:
    def camps(at: str) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for s in lg.snapshot(at):
            out.setdefault(s.camp.id, set()).add(s.group.id)
        return out

    y2014, y2017 = camps("2014"), camps("2017")
    assert y2014["al-qaeda"] == {"al-qaeda", "aqim", "aqim-sahara"}
    assert y2014["islamic-state"] == {"islamic-state", "jund-al-khilafa", "wilayat-sinai"}
    assert y2017["al-qaeda"] == {"al-qaeda", "aqim", "jnim"}
    assert y2017["islamic-state"] == {
        "islamic-state",
        "isgs",
        "boko-haram",
        "iswap",
        "wilayat-sinai",
    }
    assert lg.camp("Boko Haram", at="2014").id == "boko-haram"  # independent then
    assert lg.camp("Jund al-Khilafa", at="2018") is None  # crushed


def test_origins_stated_for_people(lg: lineage.Lineage) -> None:
    assert lg.person("Ag Ghaly").origin == "Tuareg"
    assert lg.person("Ahmadou Koufa").origin == "Peul"
    assert (
        lg.person("Droukdel").origin
        == lg.person("Belmokhtar").origin
        == "Algerian of Arabic origin"
    )
    assert lg.person("Abu Walid al-Sahrawi").origin is None


def test_every_article_spelling_is_a_name(lg: lineage.Lineage) -> None:
    for spelling, gid in [
        ("Jund Al Kalifah", "jund-al-khilafa"),
        ("Jund al Khalifa", "jund-al-khilafa"),
        ("AQI", "islamic-state"),
        ("AQM", "jnim"),
    ]:
        assert spelling in {n.name for n in lg.group(gid).all_names()}
    assert {"Ag Ghaly", "Iyad Ag Ghali", "Iyad Ag Ghaly"} <= {
        n.name for n in lg.person("iyad-ag-ghali").all_names()
    }
