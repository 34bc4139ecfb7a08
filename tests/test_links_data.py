"""The shipped links file, data/links.json (issue 14, item 3).

Done when: the file reads and is canonical; every ``groups:`` id it names is a
record of the bundled data; with only the bundled data loaded every link to MMP
is inert, not an error; against the bundled data plus a fresh MMP import
(skipped when ../shared/mmp is absent) it resolves without problems, every
linked article group is in one cluster with its MMP record, the two GIA records
are one cluster, and every piece of evidence is found where it says it is.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

import lineage
from lineage import import_mmp, read_dataset
from lineage.identity import (
    Link,
    Links,
    Resolution,
    dataset_name,
    read_links,
    record_ids,
    resolve,
    split_id,
    write_links,
)

ROOT = Path(__file__).resolve().parents[1]
LINKS = ROOT / "data" / "links.json"
BUNDLED = ROOT / "data" / "groups.json"
MMP = ROOT.parent / "shared" / "mmp"
REL, KEY = MMP / "Militant-Group-Relationships-clean.csv", MMP / "Militant-Group-Key.csv"

# Each article group linked 'same' to its MMP record.
SAME_AS_MMP = {
    "al-murabitoun": "mmp-g613",
    "al-qaeda": "mmp-g21",
    "ansar-dine": "mmp-g437",
    "aqim": "mmp-g65",
    "boko-haram": "mmp-g553",
    "isgs": "mmp-x-islamic-state-in-the-greater-sahara",
    "islamic-state": "mmp-g1",
    "jnim": "mmp-x-jamaat-nusrat-al-islam-wal-muslimeen",
    "jund-al-khilafa": "mmp-g555",
    "macina-liberation-front": "mmp-g643",
    "mojwa": "mmp-g631",
    "those-who-sign-with-blood": "mmp-g611",
    "wilayat-sinai": "mmp-g557",
}
# Article groups MMP has no record of; each is judged not_same with its nearest MMP record.
NOT_IN_MMP = {"aqim-sahara": "mmp-g65", "iswap": "mmp-g553"}
# Article groups whose link to an MMP record is judged unsure: the GSPC, whose names
# the data holds as AQIM's before 2007 while MMP keeps a record of its own.
UNSURE_WITH_MMP = {"aqim": "mmp-g69"}
# MMP records that are one organisation.
MMP_DUPLICATES = [
    {"mmp-g67", "mmp-g637"},  # Armed Islamic Group of Algeria / Groupe Islamique Armé
    {"mmp-g493", "mmp-g559"},  # Hay'at Tahrir al-Sham (Formerly Jabhat al-Nusra) / Al-Nusra
    {"mmp-g541", "mmp-g561"},  # Islamic Front / The Islamic Front
    {"mmp-g537", "mmp-g563"},  # Free Syrian Army / The Free Syrian Army
    {"mmp-g143", "mmp-g443"},  # Asa'ib Ahl al-Haq / League of the Righteous
    {"mmp-g123", "mmp-g407"},  # Death to Kidnappers / Muerte a Secuestradores
    {"mmp-g463", "mmp-g465"},  # Tehrik-e-Jafaria / Tehreek-e-Jafaria Pakistan
]
DECIDED_BY = {
    "issue-14 helper (AI assistant), from the article and MMP's key and rows; "
    "to be reviewed by a maintainer",
    "issue-21 session (AI assistant), from the data's UN citation and MMP's key and rows; "
    "to be reviewed by a maintainer",
}
ARTICLE = re.compile(r"article: (?P<words>.+)", re.DOTALL)
MMP_KEY = re.compile(r"MMP key: (?P<name>.+)", re.DOTALL)
MMP_ROW = re.compile(r"MMP row (?P<uid>\d+): (?P<words>.+)", re.DOTALL)


def _plain(text: str) -> str:
    """Text as compared with a quote: MMP's escaped and cp1252 apostrophes made plain,
    runs of white space made one space."""
    for odd in ("\\'", "\x92", "’"):
        text = text.replace(odd, "'")
    return " ".join(text.split())


def _mmp_ends(link: Link) -> set[str]:
    return {split_id(q)[1] for q in link.pair if split_id(q)[0] == "mmp"}


@pytest.fixture(scope="module")
def links() -> Links:
    return read_links(LINKS)


@pytest.fixture(scope="module")
def bundled() -> lineage.Dataset:
    assert dataset_name(BUNDLED) == "groups"
    return read_dataset(BUNDLED)


@pytest.fixture(scope="module")
def mmp() -> lineage.Dataset:
    if not (REL.exists() and KEY.exists()):
        pytest.skip("the MMP files are not in ../shared/mmp")
    return import_mmp(REL, KEY)[0]


@pytest.fixture(scope="module")
def mmp_rows() -> dict[str, dict[str, str]]:
    """MMP's relationship rows by unique_id, as the file has them."""
    if not REL.exists():
        pytest.skip("the MMP files are not in ../shared/mmp")
    with REL.open(encoding="utf-8-sig", newline="") as handle:
        return {r["unique_id"].strip(): r for r in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def both(links: Links, bundled: lineage.Dataset, mmp: lineage.Dataset) -> Resolution:
    known = {"groups": record_ids(bundled), "mmp": record_ids(mmp)}
    return resolve(links, known, file=str(LINKS))


# --- the file itself --------------------------------------------------------------------------


def test_the_file_is_canonical(links: Links, tmp_path: Path) -> None:
    rewritten = tmp_path / "links.json"
    write_links(links, rewritten)
    assert rewritten.read_text(encoding="utf-8") == LINKS.read_text(encoding="utf-8")


def test_every_link_says_who_decided_when_and_on_what(links: Links) -> None:
    assert links.links
    for link in links.links:
        assert link.decided_by in DECIDED_BY, link.pair
        assert str(link.date) == "2026-11-25", link.pair
        assert link.evidence, f"{link.pair} gives no evidence"
        for item in link.evidence:
            assert any(p.fullmatch(item) for p in (ARTICLE, MMP_KEY, MMP_ROW)), (
                f"{link.pair}: {item!r} is not 'article: <quote>', 'MMP key: <name>' "
                "or 'MMP row <unique_id>: <words>'"
            )


def test_the_expected_judgements_are_the_ones_in_the_file(links: Links) -> None:
    expected = {
        *((f"groups:{g}", f"mmp:{m}", "same") for g, m in SAME_AS_MMP.items()),
        *((f"groups:{g}", f"mmp:{m}", "not_same") for g, m in NOT_IN_MMP.items()),
        *((f"groups:{g}", f"mmp:{m}", "unsure") for g, m in UNSURE_WITH_MMP.items()),
        *((*sorted(f"mmp:{m}" for m in pair), "same") for pair in MMP_DUPLICATES),
    }
    article = {(k.a, k.b, k.judgement) for k in links.links if k.a.startswith("groups:")}
    same_mmp = {
        (k.a, k.b, k.judgement)
        for k in links.links
        if k.judgement == "same" and not k.a.startswith("groups:")
    }
    assert article | same_mmp == expected


# --- with the bundled data only ----------------------------------------------------------------


def test_every_article_id_is_a_bundled_record(links: Links, bundled: lineage.Dataset) -> None:
    ids = record_ids(bundled)
    named = {split_id(q)[1] for k in links.links for q in k.pair if split_id(q)[0] == "groups"}
    assert named <= ids, f"not in data/groups.json: {sorted(named - ids)}"
    assert named == set(SAME_AS_MMP) | set(NOT_IN_MMP)


def test_with_only_the_bundled_data_every_link_to_mmp_is_inert(
    links: Links, bundled: lineage.Dataset
) -> None:
    r = resolve(links, {"groups": record_ids(bundled)}, file=str(LINKS))
    to_mmp = [k for k in links.links if _mmp_ends(k)]
    assert to_mmp == list(links.links)  # every shipped link names an MMP record
    assert {k.pair for k in r.inert} == {k.pair for k in to_mmp}
    assert r.clusters == ()
    assert r.not_same == r.unsure == ()


def test_the_article_quotes_are_in_the_article(links: Links, bundled: lineage.Dataset) -> None:
    (source,) = [s for s in bundled.sources if s.path is not None]  # the article
    assert source.path is not None
    lines = (BUNDLED.parent / source.path).read_text(encoding="utf-8").splitlines()
    article = _plain("\n".join(lines[: source.last_line]))
    for link in links.links:
        for item in link.evidence:
            if m := ARTICLE.fullmatch(item):
                assert _plain(m["words"]) in article, f"{link.pair}: not in the article: {item!r}"


# --- with the bundled data and MMP -------------------------------------------------------------


def test_the_links_resolve_against_the_bundled_data_and_mmp(both: Resolution) -> None:
    assert both.datasets == ("groups", "mmp")
    assert both.inert == ()


@pytest.mark.parametrize(("group", "record"), sorted(SAME_AS_MMP.items()))
def test_each_linked_article_group_is_one_cluster_with_its_mmp_record(
    both: Resolution, group: str, record: str
) -> None:
    assert f"mmp:{record}" in both.cluster(f"groups:{group}")
    assert both.canonical(f"mmp:{record}") == f"groups:{group}"


@pytest.mark.parametrize(("group", "record"), sorted(NOT_IN_MMP.items()))
def test_groups_mmp_lacks_stay_apart_from_their_nearest_record(
    both: Resolution, group: str, record: str
) -> None:
    assert both.cluster(f"groups:{group}") == {f"groups:{group}"}
    assert both.judgement(f"groups:{group}", f"mmp:{record}") == "not_same"


def test_the_two_gia_records_are_one_cluster(both: Resolution) -> None:
    assert both.cluster("mmp:mmp-g67") == {"mmp:mmp-g67", "mmp:mmp-g637"}


@pytest.mark.parametrize("pair", MMP_DUPLICATES, ids=lambda p: "=".join(sorted(p)))
def test_mmps_duplicates_are_one_cluster(both: Resolution, pair: set[str]) -> None:
    assert both.cluster(f"mmp:{min(pair)}") == {f"mmp:{m}" for m in pair}


def test_no_cluster_joins_two_article_groups(both: Resolution) -> None:
    for cluster in both.clusters:
        assert sum(q.startswith("groups:") for q in cluster) <= 1, sorted(cluster)


def test_every_mmp_record_is_named_in_the_evidence_as_mmps_key_names_it(
    links: Links, mmp: lineage.Dataset
) -> None:
    names = {g.id: g.name for g in mmp.groups}
    for link in links.links:
        keyed = {m["name"] for e in link.evidence if (m := MMP_KEY.fullmatch(e))}
        assert keyed == {names[r] for r in _mmp_ends(link)}, link.pair


def test_every_mmp_row_quoted_is_about_the_linked_records(
    links: Links, mmp_rows: dict[str, dict[str, str]]
) -> None:
    for link in links.links:
        for item in link.evidence:
            if not (m := MMP_ROW.fullmatch(item)):
                continue
            row = mmp_rows.get(m["uid"])
            assert row is not None, f"{link.pair}: MMP has no row {m['uid']}"
            assert _plain(m["words"]) in _plain(row["description"]), f"{link.pair}: {item!r}"
            about = {f"mmp-g{row[c].strip()}" for c in ("group1_id", "group2_id")}
            assert about & _mmp_ends(link), f"{link.pair}: row {m['uid']} names neither record"
