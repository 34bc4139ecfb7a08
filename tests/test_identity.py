"""Identity links: the file (read, write, schema), its problems, and the resolver."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lineage.identity as identity
from lineage.exceptions import ArgumentError, DataError
from lineage.identity import (
    JUDGEMENTS,
    Judgement,
    Link,
    Links,
    Resolution,
    canonical_links,
    dataset_name,
    links_json,
    links_schema,
    links_schema_json,
    parse_links,
    read_links,
    record_ids,
    resolve,
    split_id,
    write_links,
)
from lineage.model import Dataset, Group, Person

from .conftest import ROOT

DAY = "2026-11-25"
OK: dict[str, Any] = {
    "a": "groups:aqim",
    "b": "mmp:mmp-g1",
    "judgement": "same",
    "note": "MMP's AQIM",
    "decided_by": "analyst",
    "date": DAY,
}
KNOWN: dict[str, set[str]] = {
    "groups": {"aqim", "gspc", "mujao"},
    "mmp": {"mmp-g1", "mmp-g2", "mmp-g3"},
}
L0 = "links.json: links[0] (groups:aqim, mmp:mmp-g1)"
ID_FIX = (
    "write <dataset>:<record id>, e.g. 'groups:aqim' (the dataset is its file's name "
    "without .json; both are slugs: a-z, 0-9, '.', '_', '-')"
)
DAY_FIX = "write the day it was decided as YYYY-MM-DD, e.g. 2026-11-25"


def link(a: str, b: str, judgement: Judgement = "same", note: str = "n") -> Link:
    return Link(a=a, b=b, judgement=judgement, note=note, decided_by="me", date=DAY)


def problems(text: str) -> list[str]:
    with pytest.raises(DataError) as caught:
        parse_links(text, "links.json")
    return [str(p) for p in caught.value.problems]


def resolve_problems(links: Iterable[Link], known: identity.Known = KNOWN) -> list[str]:
    with pytest.raises(DataError) as caught:
        resolve(links, known, file="links.json")
    return [str(p) for p in caught.value.problems]


# --- the file: round trip, canonical and diff-friendly -------------------------------

VALID = """{"$schema": "links.schema.json", "links": [
  {"a": "mmp:mmp-g2", "b": "groups:mujao", "judgement": "unsure", "note": "MUJAO or a faction?",
   "decided_by": "analyst", "date": "2026-11-26", "evidence": ["MMP row 975", "Carbonari §3"]},
  {"b": "mmp:mmp-g1", "a": "groups:aqim", "judgement": "same", "note": "MMP's AQIM",
   "decided_by": "analyst", "date": "2026-11-25"},
  {"a": "mmp:mmp-g3", "b": "groups:aqim", "judgement": "not_same", "note": "a rival",
   "decided_by": "rule:names-v1", "date": "2026-11-24"}
]}"""

CANONICAL = """{
  "$schema": "links.schema.json",
  "links": [
    {"a": "groups:aqim", "b": "mmp:mmp-g1", "judgement": "same", "note": "MMP's AQIM", "decided_by": "analyst", "date": "2026-11-25"},
    {"a": "groups:aqim", "b": "mmp:mmp-g3", "judgement": "not_same", "note": "a rival", "decided_by": "rule:names-v1", "date": "2026-11-24"},
    {"a": "groups:mujao", "b": "mmp:mmp-g2", "judgement": "unsure", "note": "MUJAO or a faction?", "decided_by": "analyst", "date": "2026-11-26", "evidence": ["MMP row 975", "Carbonari §3"]}
  ]
}
"""  # noqa: E501


def test_round_trip_is_canonical_and_stable(tmp_path: Path) -> None:
    read = parse_links(VALID, "links.json")
    path = tmp_path / "links.json"
    write_links(read, path)
    assert path.read_text(encoding="utf-8") == CANONICAL
    again = read_links(path)
    assert again == canonical_links(read)
    assert set(again.links) == set(read.links)
    write_links(again, path)
    assert path.read_text(encoding="utf-8") == CANONICAL


def test_a_and_b_are_one_unordered_pair() -> None:
    forth, back = link("groups:aqim", "mmp:mmp-g1"), link("mmp:mmp-g1", "groups:aqim")
    assert forth == back
    assert forth.pair == back.pair == ("groups:aqim", "mmp:mmp-g1")
    assert hash(forth) == hash(back)


def _diff(old: str, new: str) -> list[str]:
    lines = difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
    return [line for line in lines if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def test_one_changed_link_is_a_one_line_diff() -> None:
    links = parse_links(CANONICAL)
    changed = list(links.links)
    changed[1] = changed[1].model_copy(update={"note": "a rival, per MMP"})
    assert len(_diff(links_json(links), links_json(Links(links=tuple(changed))))) == 2
    added = Links(links=(*links.links, link("groups:gspc", "groups:aqim")))
    diff = _diff(links_json(links), links_json(added))
    assert diff == [
        '+    {"a": "groups:aqim", "b": "groups:gspc", "judgement": "same", "note": "n", '
        '"decided_by": "me", "date": "2026-11-25"},'
    ]


def test_no_links_and_no_schema() -> None:
    assert links_json(Links()) == '{\n  "$schema": "links.schema.json",\n  "links": []\n}\n'
    assert parse_links('{"links": []}').schema_ == "links.schema.json"  # written canonically
    bare = Links.model_validate({"$schema": None})
    assert links_json(bare) == '{\n  "links": []\n}\n'


# --- the file: every problem named ------------------------------------------------

SHAPE_CASES: list[tuple[str, dict[str, Any], list[str]]] = [
    (
        "bad judgement",
        {"judgement": "maybe"},
        [f"{L0}: judgement: is 'maybe', not an allowed value — use 'same', 'not_same' or 'unsure'"],
    ),
    (
        "missing note",
        {"note": None},
        [f"{L0}: note: is missing — add it: say why the records are, or are not, one"],
    ),
    (
        "empty note",
        {"note": ""},
        [f"{L0}: note: is empty — say why the records are, or are not, one"],
    ),
    (
        "blank note",
        {"note": " "},
        [f"{L0}: note: is blank — say why the records are, or are not, one"],
    ),
    (
        "missing decided_by",
        {"decided_by": None},
        [
            f"{L0}: decided_by: is missing"
            " — add it: name who or what decided (a person, or a rule and its version)"
        ],
    ),
    (
        "missing date",
        {"date": None},
        [f"{L0}: date: is missing — add it: give the day it was decided, as YYYY-MM-DD"],
    ),
    (
        "no month 13",
        {"date": "2026-13-01"},
        [f"{L0}: date: '2026-13-01' is not a day: month must be in 1..12 — {DAY_FIX}"],
    ),
    (
        "no 30 February",
        {"date": "2026-02-30"},
        [f"{L0}: date: '2026-02-30' is not a day: day is out of range for month — {DAY_FIX}"],
    ),
    (
        "a month is not a day",
        {"date": "2026-11"},
        [f"{L0}: date: '2026-11' is not a day written YYYY-MM-DD — {DAY_FIX}"],
    ),
    (
        "date as a number",
        {"date": 20261125},
        [f"{L0}: date: a date is written as text, not a number — {DAY_FIX}"],
    ),
    (
        "self-link",
        {"b": "groups:aqim"},
        [
            "links.json: links[0] (groups:aqim, groups:aqim): links a record with itself"
            " — a link joins two different records: correct a or b, or remove the link"
        ],
    ),
    (
        "no dataset",
        {"b": "AQIM"},
        [f"links.json: links[0] (AQIM, groups:aqim): b: 'AQIM' names no dataset — {ID_FIX}"],
    ),
    (
        "dataset not a slug",
        {"a": "Groups:aqim"},
        [
            "links.json: links[0] (Groups:aqim, mmp:mmp-g1): a:"
            f" 'Groups:aqim': the dataset 'Groups' is not a slug — {ID_FIX}"
        ],
    ),
    (
        "record id not a slug",
        {"a": "groups:Al Qaeda"},
        [
            "links.json: links[0] (groups:Al Qaeda, mmp:mmp-g1): a:"
            f" 'groups:Al Qaeda': 'Al Qaeda' is not a valid record id — {ID_FIX}"
        ],
    ),
    (
        "id not text",
        {"a": 5},
        [
            "links.json: links[0] (mmp:mmp-g1): a: input should be a valid string (got 5)"
            " — write it as text in double quotes"
        ],
    ),
    (
        "unknown field",
        {"score": 0.9},
        [
            f"{L0}: score: is not a field lineage knows — remove it or fix its spelling;"
            " the allowed fields are a, b, judgement, note, decided_by, date, evidence"
        ],
    ),
    (
        "empty evidence",
        {"evidence": ["MMP row 7", ""]},
        [
            f"{L0}: evidence[1]: is empty"
            " — give each piece of evidence as text, or leave the list out"
        ],
    ),
    (
        "evidence not a list",
        {"evidence": "MMP"},
        [
            f"{L0}: evidence: input should be a valid array (got 'MMP')"
            " — write a JSON array: [ ... ]"
        ],
    ),
    (
        "everything at once",
        {"judgement": "yes", "note": None, "date": "25/11/2026"},
        [
            f"{L0}: judgement: is 'yes', not an allowed value — use 'same', 'not_same' or 'unsure'",
            f"{L0}: note: is missing — add it: say why the records are, or are not, one",
            f"{L0}: date: '25/11/2026' is not a day written YYYY-MM-DD — {DAY_FIX}",
        ],
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [c[1:] for c in SHAPE_CASES], ids=[c[0] for c in SHAPE_CASES]
)
def test_bad_link_is_named(change: dict[str, Any], expected: list[str]) -> None:
    bad = {k: v for k, v in {**OK, **change}.items() if v is not None}
    assert problems(json.dumps({"links": [bad]})) == expected


def test_every_bad_link_is_named_at_once() -> None:
    first, second = {**OK, "judgement": "maybe"}, {**OK, "b": "mmp:mmp-g2", "note": ""}
    assert problems(json.dumps({"links": [OK, first, second]})) == [
        "links.json: links[1] (groups:aqim, mmp:mmp-g1): judgement: is 'maybe', not an allowed"
        " value — use 'same', 'not_same' or 'unsure'",
        "links.json: links[2] (groups:aqim, mmp:mmp-g2): note: is empty"
        " — say why the records are, or are not, one",
    ]


FILE_CASES = [
    ("", 'links.json: is empty — write a JSON object such as {"$schema": "links.schema.json",'
     ' "links": []}'),
    ("[]", "links.json: input should be an object (got []) — write a JSON object: { ... }"),
    ('{"links": [', "links.json: is not valid JSON: EOF while parsing a list at line 1 column 11"
     " — fix the JSON syntax there"),
    ('{"links": {}}', "links.json: links: input should be a valid array (got {})"
     " — write a JSON array: [ ... ]"),
    ('{"links": [5]}', "links.json: links[0]: input should be an object (got 5)"
     " — write a JSON object: { ... }"),
    ('{"lnks": []}', "links.json: lnks: is not a field lineage knows — remove it or fix its"
     " spelling; the allowed fields are $schema, links"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FILE_CASES)
def test_bad_file_is_named(text: str, expected: str) -> None:
    assert problems(text) == [expected]


def test_unreadable_files(tmp_path: Path) -> None:
    cases = {
        "missing.json": (None, "no such file — check the path"),
        "bom.json": (
            b"\xef\xbb\xbf{}",
            "starts with a UTF-8 byte-order mark — save it without one",
        ),
        "latin1.json": (b'{"links": [\n"\xe9"]}', "is not UTF-8: byte 0xe9 at offset 13 (line 2)"),
    }
    for name, (raw, expected) in cases.items():
        if raw is not None:
            (tmp_path / name).write_bytes(raw)
        with pytest.raises(DataError) as caught:
            read_links(tmp_path / name)
        assert str(caught.value).startswith(f"{tmp_path / name}: {expected}")
    with pytest.raises(DataError, match="is a directory"):
        read_links(tmp_path)


# --- the resolver: problems ----------------------------------------------------------

CHAIN_FIX = "correct this link, or the 'same' link in that chain that is wrong"
PAIR_FIX = "keep one judgement for the pair: correct or remove one of the two links"
RESOLVE_CASES: list[tuple[str, list[Link], list[str]]] = [
    (
        "unknown record in a loaded dataset",
        [link("groups:aqim", "mmp:mmp-g9"), link("groups:isis", "mmp:mmp-g1", "unsure")],
        [
            "links.json: links[0] (groups:aqim, mmp:mmp-g9): b: names 'mmp-g9', which dataset"
            " 'mmp' does not hold — correct the id to one of 'mmp''s records, or remove the"
            " link if the record is gone",
            "links.json: links[1] (groups:isis, mmp:mmp-g1): a: names 'isis', which dataset"
            " 'groups' does not hold — correct the id to one of 'groups''s records, or remove"
            " the link if the record is gone",
        ],
    ),
    (
        "conflicting duplicate",
        [link("groups:aqim", "mmp:mmp-g1"), link("mmp:mmp-g1", "groups:aqim", "not_same")],
        [
            "links.json: links[1] (groups:aqim, mmp:mmp-g1): judgement: is 'not_same', but"
            f" links[0] judges the same pair 'same' — {PAIR_FIX}"
        ],
    ),
    (
        "A = B = C, but A != C",
        [
            link("groups:aqim", "mmp:mmp-g1"),
            link("mmp:mmp-g1", "groups:gspc"),
            link("groups:gspc", "groups:aqim", "not_same"),
        ],
        [
            "links.json: links[2] (groups:aqim, groups:gspc): judgement: is 'not_same', but"
            " 'same' links join the two: groups:aqim = mmp:mmp-g1 (links[0]) = groups:gspc"
            f" (links[1]) — {CHAIN_FIX}"
        ],
    ),
    (
        "the shortest chain is named",
        [
            link("groups:aqim", "mmp:mmp-g1"),
            link("mmp:mmp-g1", "mmp:mmp-g2"),
            link("mmp:mmp-g2", "mmp:mmp-g3"),
            link("mmp:mmp-g3", "groups:gspc"),
            link("groups:aqim", "mmp:mmp-g3"),
            link("groups:gspc", "groups:aqim", "not_same"),
        ],
        [
            "links.json: links[5] (groups:aqim, groups:gspc): judgement: is 'not_same', but"
            " 'same' links join the two: groups:aqim = mmp:mmp-g3 (links[4]) = groups:gspc"
            f" (links[3]) — {CHAIN_FIX}"
        ],
    ),
]


@pytest.mark.parametrize(
    ("links", "expected"), [c[1:] for c in RESOLVE_CASES], ids=[c[0] for c in RESOLVE_CASES]
)
def test_resolver_problems(links: list[Link], expected: list[str]) -> None:
    assert resolve_problems(links) == expected


def test_links_to_unloaded_datasets_are_inert() -> None:
    acled = link("acled:a1", "groups:aqim")
    half_missing = link("acled:a2", "groups:no-such-group", "not_same")  # never checked
    r = resolve([acled, half_missing, link("groups:aqim", "mmp:mmp-g1")], KNOWN)
    assert r.inert == (acled, half_missing)
    assert r.clusters == (frozenset({"groups:aqim", "mmp:mmp-g1"}),)
    assert r.canonical("acled:a1") == "acled:a1"
    assert r.not_same == ()


def test_duplicates_that_agree_are_fine() -> None:
    agreeing = [link("groups:aqim", "mmp:mmp-g1"), link("mmp:mmp-g1", "groups:aqim", note="again")]
    r = resolve(agreeing, KNOWN)
    assert r.clusters == (frozenset({"groups:aqim", "mmp:mmp-g1"}),)


def test_known_may_be_a_predicate() -> None:
    known: identity.Known = {"groups": lambda i: i.startswith("a"), "mmp": {"mmp-g1"}}
    assert resolve([link("groups:aqim", "mmp:mmp-g1")], known).clusters
    assert resolve_problems([link("groups:gspc", "mmp:mmp-g1")], known)[0].startswith(
        "links.json: links[0] (groups:gspc, mmp:mmp-g1): a: names 'gspc'"
    )


# --- the resolver: clusters and canonical ids ----------------------------------------


def test_canonical_is_the_earliest_dataset_then_the_smallest_id() -> None:
    links = [link("mmp:mmp-g2", "groups:gspc"), link("mmp:mmp-g1", "mmp:mmp-g2")]
    by_groups = resolve(links, KNOWN)
    assert by_groups.canonical("mmp:mmp-g1") == "groups:gspc"
    by_mmp = resolve(links, {"mmp": KNOWN["mmp"], "groups": KNOWN["groups"]})
    assert by_mmp.canonical("groups:gspc") == "mmp:mmp-g1"
    assert by_mmp.datasets == ("mmp", "groups")
    assert by_mmp.cluster("groups:gspc") == {"groups:gspc", "mmp:mmp-g1", "mmp:mmp-g2"}
    assert by_mmp.cluster("groups:aqim") == {"groups:aqim"}


def test_unsure_never_merges() -> None:
    r = resolve([link("groups:aqim", "mmp:mmp-g1", "unsure")], KNOWN)
    assert r.clusters == ()
    assert r.unsure == (("groups:aqim", "mmp:mmp-g1"),)
    assert r.canonical("mmp:mmp-g1") == "mmp:mmp-g1"


def test_judgements_hold_between_clusters() -> None:
    r = resolve(
        [
            link("groups:aqim", "mmp:mmp-g1"),
            link("mmp:mmp-g1", "groups:gspc", "not_same"),
            link("mmp:mmp-g2", "groups:aqim", "unsure"),
        ],
        KNOWN,
    )
    assert r.judgement("mmp:mmp-g1", "groups:aqim") == "same"
    assert r.judgement("groups:aqim", "groups:gspc") == "not_same"  # through mmp:mmp-g1
    assert r.judgement("mmp:mmp-g1", "mmp:mmp-g2") == "unsure"  # through groups:aqim
    assert r.judgement("groups:mujao", "mmp:mmp-g3") is None
    assert r.not_same == (("groups:gspc", "mmp:mmp-g1"),)


IDS = ["groups:aqim", "groups:gspc", "groups:mujao", "mmp:mmp-g1", "mmp:mmp-g2", "mmp:mmp-g3"]
triples = st.lists(
    st.tuples(
        st.sampled_from([*IDS, "acled:x"]), st.sampled_from(IDS), st.sampled_from(JUDGEMENTS)
    ),
    max_size=14,
    unique_by=lambda t: frozenset(t[:2]),
).map(lambda ts: [t for t in ts if t[0] != t[1]])


def _outcome(links: list[Link]) -> Resolution | list[str]:
    """The resolution, or the problems with the link indices (which follow file order) cut."""
    try:
        return resolve(links, KNOWN)
    except DataError as e:
        return sorted(f"{p.record.split(' ', 1)[1]}: {p.field}" for p in e.problems)


@settings(max_examples=300, deadline=None)
@given(triples, st.data())
def test_resolution_does_not_depend_on_link_order(
    ts: list[tuple[str, str, Judgement]], data: st.DataObject
) -> None:
    links = [link(a, b, j) for a, b, j in ts]
    repeated = data.draw(st.lists(st.sampled_from(links), max_size=3)) if links else []
    links += [lk.model_copy(update={"note": "seen again"}) for lk in repeated]
    shuffled = data.draw(st.permutations(links))
    swapped = [
        link(lk.b, lk.a, lk.judgement, lk.note) if data.draw(st.booleans()) else lk
        for lk in shuffled
    ]
    assert _outcome(swapped) == _outcome(links)


@settings(max_examples=200, deadline=None)
@given(triples)
def test_unsure_links_change_nothing_but_the_unsure_list(
    ts: list[tuple[str, str, Judgement]],
) -> None:
    links = [link(a, b, j) for a, b, j in ts]
    with_unsure = _outcome(links)
    without = _outcome([lk for lk in links if lk.judgement != "unsure"])
    if isinstance(with_unsure, Resolution) and isinstance(without, Resolution):
        assert with_unsure.clusters == without.clusters
        assert with_unsure.canonical_ids == without.canonical_ids
        for cluster in with_unsure.clusters:
            first = min(cluster, key=lambda q: (list(KNOWN).index(split_id(q)[0]), q))
            assert {with_unsure.canonical(q) for q in cluster} == {first}


# --- ids, datasets, schema, package --------------------------------------------------


def test_qualified_ids_and_dataset_names() -> None:
    assert split_id("mmp:mmp-g12") == ("mmp", "mmp-g12")
    assert dataset_name(ROOT / "data" / "groups.json") == "groups"
    assert dataset_name("mmp.v2.json") == "mmp.v2"
    for bad in ("aqim", ":aqim", "groups:", "groups:AQIM", "g:a:b"):
        with pytest.raises(ArgumentError):
            split_id(bad)
    with pytest.raises(ArgumentError, match="is not a slug"):
        dataset_name("MMP groups.json")


def test_record_ids_are_groups_and_people() -> None:
    dataset = Dataset(groups=(Group(id="aqim", name="AQIM"),), people=(Person(id="p", name="P"),))
    assert record_ids(dataset) == {"aqim", "p"}


def test_schema_file_is_in_step() -> None:
    path = ROOT / "data" / "links.schema.json"
    assert path.read_text(encoding="utf-8") == links_schema_json()
    assert links_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_agrees_with_the_model() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(links_schema())
    assert list(validator.iter_errors(json.loads(VALID))) == []
    for change in ({"judgement": "maybe"}, {"note": " "}, {"date": "2026-11"}, {"b": "AQIM"}):
        bad = {"links": [{**OK, **change}]}
        assert list(validator.iter_errors(bad)), change
        with pytest.raises(DataError):
            parse_links(json.dumps(bad))


def test_all_matches_public_names() -> None:
    public = {n for n in dir(identity) if not n.startswith("_")}
    modules = {n for n in public if type(getattr(identity, n)).__name__ == "module"}
    assert len(set(identity.__all__)) == len(identity.__all__)  # ruff (RUF022) keeps the order
    assert set(identity.__all__) == public - modules
