"""Invariants on randomly generated valid datasets (hypothesis)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lineage import Dataset, Lineage, normalise, parse_date
from lineage.io import canonical_order, read_dataset, write_dataset

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FORMS = ["{y}", "{y}-{m:02d}", "{y}~", "{y}?", "[..{y}]", "[{y}..{y1}]", "{y}-{m:02d}-{d:02d}"]


@st.composite
def dates(draw: st.DrawFn, year: int) -> str:
    form = draw(st.sampled_from(FORMS))
    month = draw(st.integers(1, 12))
    return form.format(y=year, y1=year + 1, m=month, d=draw(st.integers(1, 28)))


@st.composite
def datasets(draw: st.DrawFn) -> dict[str, Any]:
    """Groups born in order (two years apart), each created by a split or merger of
    earlier groups or founded alone; then later non-creating lineage events, pledges
    (some ended) and alliances. Valid by construction."""
    n = draw(st.integers(2, 9))
    cite = [{"source": "s", "quote": "q"}]
    groups: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for i in range(n):
        year = 1990 + 2 * i
        groups.append(
            {
                "id": f"g{i}",
                "name": f"Group {i}",
                "names": [
                    {"name": f"Grüppe Nº {i}", "kind": "transliteration", "note": "generated"},
                    {"name": f"G-{i}X", "kind": "acronym", "note": "generated"},
                ],
            }
        )
        how = draw(st.sampled_from(["alone", "split", "merger"])) if i else "alone"
        date = draw(dates(year))
        if how == "split":
            parent = draw(st.integers(0, i - 1))
            events.append(
                {
                    "kind": "split",
                    "id": f"c{i}",
                    "date": date,
                    "description": "d",
                    "citations": cite,
                    "parent": f"g{parent}",
                    "splinter": f"g{i}",
                }
            )
        elif how == "merger":
            parties = draw(st.lists(st.integers(0, i - 1), min_size=1, max_size=3, unique=True))
            events.append(
                {
                    "kind": "merger",
                    "id": f"c{i}",
                    "date": date,
                    "description": "d",
                    "citations": cite,
                    "result": f"g{i}",
                    "parties": [{"group": f"g{p}", "faction": True} for p in parties],
                }
            )
        else:
            events.append(
                {
                    "kind": "founding",
                    "id": f"c{i}",
                    "date": date,
                    "description": "d",
                    "citations": cite,
                    "group": f"g{i}",
                }
            )
    horizon = 1990 + 2 * n
    for k in range(draw(st.integers(0, 2 * n))):
        a, b = draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=2, unique=True))
        year = horizon + draw(st.integers(0, 10))
        kind = draw(st.sampled_from(["split", "absorption-free-merger", "pledge", "alliance"]))
        base = {"id": f"e{k}", "date": draw(dates(year)), "description": "d", "citations": cite}
        if kind == "split":
            events.append(
                {
                    **base,
                    "kind": "split",
                    "parent": f"g{a}",
                    "splinter": f"g{b}",
                    "splinter_is_new": False,
                }
            )
        elif kind == "absorption-free-merger":
            events.append(
                {
                    **base,
                    "kind": "merger",
                    "result": f"g{b}",
                    "result_is_new": False,
                    "parties": [{"group": f"g{a}", "faction": True}],
                }
            )
        elif kind == "pledge":
            end = draw(st.one_of(st.none(), st.just(str(year + draw(st.integers(1, 5))))))
            events.append(
                {
                    **base,
                    "kind": "pledge",
                    "group": f"g{a}",
                    "patron": f"g{b}",
                    **({"end": end} if end else {}),
                }
            )
        else:
            events.append({**base, "kind": "alliance", "members": [f"g{a}", f"g{b}"]})
    return {
        "sources": [{"id": "s", "title": "generated", "url": "https://example.org"}],
        "groups": groups,
        "events": events,
    }


def build(doc: dict[str, Any]) -> Lineage:
    return Lineage(Dataset.model_validate(doc))


def _chain_respects_time(chain: list[Any]) -> bool:
    t = parse_date("[..0001]").earliest
    for event in chain:
        if event.date.latest < t:
            return False
        t = max(t, event.date.earliest)
    return True


@SETTINGS
@given(datasets())
def test_became_origins_explain_agree(doc: dict[str, Any]) -> None:
    lg = build(doc)
    ids = [g.id for g in lg.groups]
    for a in ids:
        became = {g.id for g in lg.became(a)}
        for b in ids:
            if a == b:
                continue
            assert (b in became) == (a in {g.id for g in lg.origins(b)})
            chain = lg.explain(a, b)
            assert bool(chain) == (b in became)
            if chain:
                assert _chain_respects_time(chain)
                edges = [(u, v) for e in chain for u, v in e.lineage_edges()]
                assert any(u == a for u, _ in edges)
                assert any(v == b for _, v in edges)
                node = a
                for e in chain:  # each event continues from where the last arrived
                    nxt = [v for u, v in e.lineage_edges() if u == node]
                    assert nxt
                    node = nxt[0]
                assert node == b


@SETTINGS
@given(datasets())
def test_an_unrelated_event_changes_no_answer(doc: dict[str, Any]) -> None:
    before = build(doc)
    extra = {
        **doc,
        "groups": [*doc["groups"], {"id": "zz", "name": "Unrelated"}],
        "events": [
            *doc["events"],
            {
                "kind": "founding",
                "id": "zz-f",
                "date": "2000",
                "description": "d",
                "citations": [{"source": "s", "quote": "q"}],
                "group": "zz",
            },
            {
                "kind": "pledge",
                "id": "zz-p",
                "date": "2001",
                "description": "d",
                "citations": [{"source": "s", "quote": "q"}],
                "group": "zz",
                "patron": "g0",
            },
        ],
    }
    after = build(extra)
    for g in before.groups:
        assert [x.id for x in before.became(g.id)] == [x.id for x in after.became(g.id)]
        assert [x.id for x in before.origins(g.id)] == [x.id for x in after.origins(g.id)]


@SETTINGS
@given(datasets())
def test_every_name_resolves_to_its_group(doc: dict[str, Any]) -> None:
    lg = build(doc)
    for g in lg.groups:
        founded = lg.graph.nodes[g.id]["founded"]
        for n in g.all_names():
            assert lg.group(n.name).id == g.id
            assert lg.group(n.name.upper()).id == g.id
            if founded is not None:
                assert lg.group(n.name, at=founded).id == g.id


@SETTINGS
@given(st.text(max_size=40))
def test_normalise_is_idempotent(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)


@SETTINGS
@given(datasets(), st.integers(1985, 2030))
def test_allegiance_agrees_with_snapshot(doc: dict[str, Any], year: int) -> None:
    lg = build(doc)
    at = str(year)
    states = {s.group.id: s for s in lg.snapshot(at)}
    for g in lg.groups:
        expected = [x.id for x in lg.allegiance(g.id, at)]
        if g.id in states:
            assert [x.id for x in states[g.id].allegiance] == expected
            assert states[g.id].camp.id == lg.camp(g.id, at).id  # type: ignore[union-attr]
        else:
            assert expected == []
            assert lg.camp(g.id, at) is None


@SETTINGS
@given(datasets())
def test_save_then_load_is_identity(doc: dict[str, Any]) -> None:
    dataset = Dataset.model_validate(doc)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "d.json"
        write_dataset(dataset, path)
        assert read_dataset(path) == canonical_order(dataset)
