"""Several sources as one picture: qualified ids, links, corroboration, conflicts (issue 14)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import lineage
from lineage import AmbiguousNameError, DataError, Dataset
from lineage.cli import cli
from lineage.combine import combine
from lineage.identity import Link

from .build import sourced as ev
from .test_properties import SETTINGS, datasets


def doc(source: str, groups: list[dict[str, Any]], events: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "sources": [{"id": source, "title": source, "url": f"https://example.org/{source}"}],
        "groups": groups,
        "events": events,
    }


def same(a: str, b: str, judgement: str = "same") -> Link:
    return Link(a=a, b=b, judgement=judgement, note="test", decided_by="test", date="2026-11-25")  # type: ignore[arg-type]


ARTICLE = doc(
    "art",
    [
        {"id": "mojwa", "name": "MOJWA"},
        {"id": "aqim", "name": "AQIM"},
        {"id": "isgs", "name": "ISGS"},
    ],
    [
        ev("split", "mojwa-split", "2011", "art", parent="aqim", splinter="mojwa"),
        ev("split", "isgs-split", "2015", "art", parent="mojwa", splinter="isgs"),
    ],
)
MMP = doc(
    "mmp",
    [{"id": "g1", "name": "MUJAO"}, {"id": "g2", "name": "Al Qaeda in the Islamic Maghreb"}],
    [ev("split", "r1", "2011-10", "mmp", parent="g2", splinter="g1")],
)
LINKS = [same("art:mojwa", "mmp:g1"), same("art:aqim", "mmp:g2")]


def parts(*docs: tuple[str, dict[str, Any]]) -> list[tuple[str, Dataset]]:
    return [(name, Dataset.model_validate(d)) for name, d in docs]


def test_ids_are_qualified_and_an_unqualified_id_works_where_unambiguous() -> None:
    both = combine(parts(("art", ARTICLE), ("mmp", MMP)))
    lg = lineage.Lineage(both.dataset, combined=both)
    assert {g.id for g in lg.groups} == {"art:mojwa", "art:aqim", "art:isgs", "mmp:g1", "mmp:g2"}
    assert lg.group("mojwa").id == "art:mojwa"
    assert lg.group("mmp:g1").id == "mmp:g1"
    clash = doc("x", [{"id": "mojwa", "name": "Other"}], [])
    both = combine(parts(("art", ARTICLE), ("x", clash)))
    lg = lineage.Lineage(both.dataset, combined=both)
    with pytest.raises(AmbiguousNameError):
        lg.group("mojwa")


def test_linked_records_become_one_group_with_every_name_and_the_event_cites_both() -> None:
    both = combine(parts(("art", ARTICLE), ("mmp", MMP)), LINKS)
    lg = lineage.Lineage(both.dataset, combined=both)
    assert lg.group("MUJAO").id == "art:mojwa"
    assert lg.group("mmp:g1").id == "art:mojwa"
    assert [n.name for n in lg.group("mojwa").all_names()] == ["MOJWA", "MUJAO"]
    [split] = [e for e in lg.events if e.groups == ("art:aqim", "art:mojwa")]
    assert split.id == "art:mojwa-split"
    assert str(split.date) == "2011-10"  # the narrower date, cited by its source
    assert {c.source for c in split.citations} == {"art:art", "mmp:mmp"}
    assert lg.event("mmp:r1").id == "art:mojwa-split"
    assert [g.id for g in lg.became("Al Qaeda in the Islamic Maghreb")] == ["art:mojwa", "art:isgs"]
    assert lg.conflicts() == []


@pytest.mark.parametrize(
    ("mmp_event", "kind"),
    [
        (ev("split", "r1", "2014", "mmp", parent="g2", splinter="g1"), "dates"),
        (ev("split", "r1", "2011", "mmp", parent="g1", splinter="g2"), "direction"),
        (ev("absorption", "r1", "2011", "mmp", absorbed="g2", into="g1"), "kind"),
        (ev("merger", "r1", "2011", "mmp", parties=[{"group": "g2"}], result="g1"), "kind"),
        (ev("pledge", "r1", "2011", "mmp", group="g2", patron="g1"), None),
    ],
)
def test_disagreements_are_listed_and_both_facts_stay(
    mmp_event: dict[str, Any], kind: str | None
) -> None:
    mmp = {**MMP, "events": [mmp_event]}
    both = combine(parts(("art", ARTICLE), ("mmp", mmp)), LINKS)
    found = [c.kind for c in both.conflicts]
    if kind is None:
        assert found == []  # a pledge and a split: two facts, no disagreement
        return
    assert found == [kind]
    ids = {e.id for e in both.dataset.events}
    assert {"art:mojwa-split", "mmp:r1"} <= ids  # never silently resolved
    [conflict] = both.conflicts
    assert {conflict.first[0], conflict.second[0]} == {"art", "mmp"}


def test_an_undirected_report_corroborates_the_directed_one() -> None:
    mmp = {
        **MMP,
        "events": [ev("undirected", "r1", "2011", "mmp", members=["g1", "g2"], relation="split")],
    }
    both = combine(parts(("art", ARTICLE), ("mmp", mmp)), LINKS)
    [split] = [e for e in both.dataset.events if e.id == "art:mojwa-split"]
    assert split.kind == "split"
    assert len(split.citations) == 2
    assert "mmp:r1" not in {e.id for e in both.dataset.events}


def test_a_pledge_and_a_rivalry_at_once_are_a_conflict() -> None:
    art = {**ARTICLE, "events": [ev("pledge", "p", "2012", "art", group="mojwa", patron="aqim")]}
    mmp = {**MMP, "events": [ev("rivalry", "r", "2013", "mmp", members=["g1", "g2"])]}
    both = combine(parts(("art", art), ("mmp", mmp)), LINKS)
    assert [c.kind for c in both.conflicts] == ["pledge"]


def test_contradictory_links_are_errors_naming_the_links() -> None:
    links = [*LINKS, same("art:mojwa", "art:aqim", "not_same"), same("mmp:g1", "mmp:g2")]
    with pytest.raises(DataError, match="not_same"):
        combine(parts(("art", ARTICLE), ("mmp", MMP)), links)
    with pytest.raises(DataError, match="art:nobody"):
        combine(parts(("art", ARTICLE), ("mmp", MMP)), [same("art:nobody", "mmp:g1")])


def _shape(combined: Any) -> tuple[Any, ...]:
    """What a combination says, whatever the load order: clusters of members,
    events as their citations, conflicts as pairs of sides."""
    clusters = frozenset(frozenset(c) for c in combined.resolution.clusters)
    events = frozenset(
        frozenset((c.source, c.quote) for c in e.citations) for e in combined.dataset.events
    )
    conflicts = frozenset(frozenset((c.first, c.second)) for c in combined.conflicts)
    return clusters, events, conflicts


@SETTINGS
@given(datasets(), datasets(), st.data())
def test_combining_is_order_independent(
    a: dict[str, Any], b: dict[str, Any], data: st.DataObject
) -> None:
    pa, pb = parts(("a", a), ("b", b))
    pairs = data.draw(
        st.lists(
            st.tuples(
                st.sampled_from([g.id for g in pa[1].groups]),
                st.sampled_from([g.id for g in pb[1].groups]),
            ),
            max_size=3,
            unique_by=(lambda t: t[0], lambda t: t[1]),
        )
    )
    links = [same(f"a:{x}", f"b:{y}") for x, y in pairs]
    assert _shape(combine([pa, pb], links)) == _shape(combine([pb, pa], links))


def test_one_file_in_a_list_loads_as_before() -> None:
    assert lineage.load([lineage.BUNDLED]).dataset == lineage.load().dataset
    assert lineage.load([lineage.BUNDLED]).conflicts() == []


def _write(tmp_path: Path, name: str, content: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


def test_cli_reads_several_datasets_with_links_and_lists_conflicts(tmp_path: Path) -> None:
    art = _write(tmp_path, "art.json", ARTICLE)
    mmp = _write(
        tmp_path,
        "mmp.json",
        {**MMP, "events": [ev("split", "r1", "2014", "mmp", parent="g2", splinter="g1")]},
    )
    links = tmp_path / "links.json"
    lineage.identity.write_links(lineage.identity.Links(links=tuple(LINKS)), links)
    runner = CliRunner()
    args = ["--data", str(art), "--data", str(mmp), "--links", str(links)]
    result = runner.invoke(cli, ["became", "MUJAO", *args, "--json"])
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in json.loads(result.stdout)] == ["art:isgs"]
    result = runner.invoke(cli, ["conflicts", *args, "--json"])
    [conflict] = json.loads(result.stdout)
    assert conflict["kind"] == "dates"
    assert {s["dataset"] for s in conflict["sides"]} == {"art", "mmp"}
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"links": [{"a": "art:nobody", "b": "mmp:g1", "judgement": "same", '
        '"note": "n", "decided_by": "me", "date": "2026-11-25"}]}',
        encoding="utf-8",
    )
    result = runner.invoke(
        cli, ["became", "MUJAO", "--data", str(art), "--data", str(mmp), "--links", str(bad)]
    )
    assert result.exit_code == 2
    assert "Traceback" not in result.output + result.stderr
    assert result.stderr.startswith(f"{bad}: ")
    assert "art:nobody" in result.stderr


def test_a_tension_inside_one_source_is_not_a_disagreement_between_sources() -> None:
    # the article has both a pledge and a rivalry; MMP only repeats the rivalry
    art = {
        **ARTICLE,
        "events": [
            ev("pledge", "p", "2012", "art", group="mojwa", patron="aqim"),
            ev("rivalry", "r", "2013", "art", members=["mojwa", "aqim"]),
        ],
    }
    mmp = {**MMP, "events": [ev("rivalry", "r9", "2013", "mmp", members=["g1", "g2"])]}
    both = combine(parts(("art", art), ("mmp", mmp)), LINKS)
    assert both.conflicts == []
    assert len([e for e in both.dataset.events if e.kind == "rivalry"]) == 1  # corroborated


def test_records_are_copied_not_revalidated_and_equal_a_validated_build() -> None:
    """The combination copies records with renamed ids instead of dumping and validating
    them again: the result must be what validating its JSON gives, and the parts untouched."""
    a, b = parts(("art", ARTICLE), ("mmp", MMP))
    before = a[1].model_dump(mode="json")
    both = combine([a, b], LINKS)
    data = both.dataset.model_dump(mode="json", by_alias=True)
    assert Dataset.model_validate(data) == both.dataset
    assert a[1].model_dump(mode="json") == before
    merged = next(g for g in both.dataset.groups if g.id == "art:mojwa")
    assert [n.name for n in merged.names] == ["MUJAO"]
    split = next(e for e in both.dataset.events if e.id == "art:mojwa-split")
    assert split.parent == "art:aqim"  # type: ignore[union-attr]
    assert split.splinter == "art:mojwa"  # type: ignore[union-attr]
    assert {c.source for c in split.citations} == {"art:art", "mmp:mmp"}


@pytest.mark.parametrize(
    ("name", "record_id", "says"),
    [
        ("Art", "mojwa", "'Art' cannot name a dataset in a combination: it is not a slug"),
        ("art", "x:mojwa", "dataset 'art': id 'x:mojwa' cannot be qualified as art:x:mojwa"),
        ("art", "m" * 197, "cannot be qualified"),
    ],
)
def test_a_name_or_id_that_cannot_be_qualified_is_refused_saying_why(
    name: str, record_id: str, says: str
) -> None:
    bad = doc("art", [{"id": record_id, "name": "MOJWA"}], [])
    with pytest.raises(lineage.ArgumentError) as info:
        combine([(name, Dataset.model_validate(bad)), *parts(("mmp", MMP))])
    assert says in str(info.value)
    assert info.value.fix


def test_the_canonical_records_own_dated_name_survives_with_every_citation() -> None:
    dated = [
        {
            "name": "MOJWA",
            "kind": "official",
            "start": "2011",
            "citations": [{"source": "art", "quote": "MOJWA in 2011"}],
        }
    ]
    article = {**ARTICLE, "groups": [{"id": "mojwa", "name": "MOJWA", "names": dated}]}
    mmp_names = [
        {"name": "MOJWA", "kind": "acronym", "citations": [{"source": "mmp", "quote": "MOJWA"}]}
    ]
    mmp = {**MMP, "groups": [{"id": "g1", "name": "MUJAO", "names": mmp_names}], "events": []}
    article["events"] = []
    both = combine(parts(("art", article), ("mmp", mmp)), [same("art:mojwa", "mmp:g1")])
    [group] = both.dataset.groups
    own = next(n for n in group.names if n.name == "MOJWA")
    assert str(own.start) == "2011"  # the dated entry is kept, not dropped for the name
    assert [c.source for c in own.citations] == ["art:art", "mmp:mmp"]  # both sources
    assert [n.name for n in group.names] == ["MOJWA", "MUJAO"]


def test_a_group_one_source_ends_before_another_has_it_act_is_a_lifespan_conflict() -> None:
    article = doc(
        "art",
        [{"id": "m", "name": "Al Murabitoun"}, {"id": "j", "name": "JNIM"}],
        [ev("merger", "j-formed", "2017-03-02", "art", parties=[{"group": "m"}], result="j")],
    )
    mmp = doc(
        "mmp",
        [{"id": "g1", "name": "Al Mourabitoun"}, {"id": "g2", "name": "AQIM"}],
        [ev("absorption", "r1", "2015-12-04", "mmp", absorbed="g1", into="g2")],
    )
    both = combine(parts(("art", article), ("mmp", mmp)), [same("art:m", "mmp:g1")])
    [conflict] = both.conflicts
    assert conflict.kind == "lifespan"
    assert conflict.subject == ("art:m",)
    assert conflict.first[:2] == ("mmp", "mmp:r1")  # the source that ends it, and how
    assert conflict.second[:2] == ("art", "art:j-formed")  # the later event, elsewhere
    assert "ends in mmp (absorption 2015-12-04)" in conflict.summary
    # both facts stay: queries follow each source's
    assert {e.id for e in both.dataset.events} == {"art:j-formed", "mmp:r1"}
    # the same dates in one source are that source's own tension, not a disagreement
    alone = doc(
        "art",
        [*article["groups"], {"id": "q", "name": "AQIM"}],
        [*article["events"], ev("absorption", "r1", "2015-12-04", "art", absorbed="m", into="q")],
    )
    assert combine(parts(("art", alone), ("mmp", mmp))).conflicts == []
    # an ending whose date may fall after the event is no disagreement
    loose = {**mmp, "events": [{**mmp["events"][0], "date": "[2015..2018]"}]}
    assert (
        combine(parts(("art", article), ("mmp", loose)), [same("art:m", "mmp:g1")]).conflicts == []
    )


X = [{"id": "x", "name": "X"}, {"id": "y", "name": "Y"}]
CITE_B = {"source": "b", "quote": "as b says"}
XY = [same("a:x", "b:x"), same("a:y", "b:y")]


def _both(a_events: list[dict[str, Any]], b_events: list[dict[str, Any]]) -> Iterator[Any]:
    a, b = doc("a", X, a_events), doc("b", X, b_events)
    for order in ((("a", a), ("b", b)), (("b", b), ("a", a))):
        yield combine(parts(*order), XY)


def test_reports_that_state_different_facts_are_never_folded_into_one() -> None:
    people = [{"id": "p1", "name": "P1"}, {"id": "p2", "name": "P2"}]
    left = [ev("departure", "d", "2014", "a", group="x", people=["p1"])]
    other = [ev("departure", "d", "2014-03", "b", group="x", people=["p2"])]
    a = {**doc("a", X, left), "people": people}
    b = {**doc("b", X, other), "people": people}
    both = combine(parts(("a", a), ("b", b)), XY)
    assert sorted(e.people for e in both.dataset.events) == [("a:p1",), ("b:p2",)]
    assert both.conflicts == []  # two people left: two facts
    renamed = ev("rename", "r", "2014", "a", group="x", previous_name="X", new_name="New Front")
    other_name = {**renamed, "date": "2014-06", "new_name": "Islamic Front"}
    for both in _both([renamed], [{**other_name, "citations": [CITE_B]}]):
        assert len(both.dataset.events) == 2
        assert [c.kind for c in both.conflicts] == ["rename"]
    split = ev("undirected", "u", "2015", "a", members=["x", "y"], relation="split")
    merger = {**split, "relation": "merger", "citations": [CITE_B]}
    for both in _both([split], [merger]):
        assert len(both.dataset.events) == 2
        assert [c.kind for c in both.conflicts] == ["kind"]


def test_a_tie_that_ended_and_one_begun_after_are_two_facts() -> None:
    ended = ev("pledge", "p", "2014", "a", group="x", patron="y", end="2014-06")
    later = {**ended, "date": "2014-09", "citations": [CITE_B]}
    del later["end"]
    for both in _both([ended], [later]):
        pledges = sorted((str(e.date), str(e.end)) for e in both.dataset.events)
        assert pledges == [("2014", "2014-06"), ("2014-09", "None")]
        assert both.conflicts == []


def _names_of(both: Any, gid: str) -> list[tuple[str, str | None, int]]:
    group = next(g for g in both.dataset.groups if g.id == gid)
    return [(n.name, str(n.start) if n.start else None, len(n.citations)) for n in group.names]


def test_merged_names_keep_every_date_and_citation_whatever_the_order() -> None:
    cited = [{"source": "mmp", "quote": "Wilayat Gharb"}]
    dated = {"name": "Wilayat Gharb", "kind": "official", "start": "2015-03", "citations": cited}
    art = doc("art", [{"id": "bh", "name": "Boko Haram"}], [])
    mmp = doc("mmp", [{"id": "g1", "name": "Wilayat Gharb", "names": [dated]}], [])
    both = combine(parts(("art", art), ("mmp", mmp)), [same("art:bh", "mmp:g1")])
    assert _names_of(both, "art:bh") == [("Wilayat Gharb", "2015-03", 1)]  # its own span
    nickname = {
        "name": "Boko Haram",
        "kind": "nickname",
        "citations": [{"source": "mmp", "quote": "Boko Haram"}],
    }
    mmp = doc("mmp", [{"id": "g1", "name": "JAS", "names": [nickname]}], [])
    both = combine(parts(("art", art), ("mmp", mmp)), [same("art:bh", "mmp:g1")])
    assert ("Boko Haram", None, 1) in _names_of(both, "art:bh")  # the citation is kept
    gia = {
        "g9": {
            "id": "g9",
            "name": "GIA",
            "names": [{**dated, "name": "Armed Islamic Group", "start": None}],
        },
        "g10": {
            "id": "g10",
            "name": "Armed Islamic Group",
            "names": [{**dated, "name": "Armed Islamic Group", "start": "1992"}],
        },
    }
    seen = set()
    for order in (["g9", "g10"], ["g10", "g9"]):  # the canonical record (g10) first or not
        mmp = doc("mmp", [gia[o] for o in order], [])
        both = combine(parts(("art", art), ("mmp", mmp)), [same("mmp:g9", "mmp:g10")])
        seen.add(tuple(_names_of(both, "mmp:g10")))
    assert seen == {(("Armed Islamic Group", "1992", 2), ("GIA", None, 0))}
