"""A few kilobytes of dataset cannot exhaust the machine: cycle checks are linear,
each tangle reported once; every traversal is iterative, however deep the chain."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

import lineage
from lineage import DataError, Lineage
from lineage.check import check_dataset
from lineage.io import parse_dataset

from . import crafted
from .crafted import budget, run


def _dataset(doc: dict[str, object]) -> lineage.Dataset:
    return parse_dataset(json.dumps(doc))


def test_a_merger_clique_of_twelve_is_one_problem_in_a_blink() -> None:
    doc = crafted.merger_clique(12)
    assert len(json.dumps(doc)) < 5000  # about 4 KB
    dataset = _dataset(doc)
    with budget(2, 50):
        problems = check_dataset(dataset, "clique.json")
    [problem] = problems
    assert problem.record == "m00"
    assert problem.message == (
        "lineage cycle: g00 → g01 → g00; 12 groups in all are caught in cycles with it: "
        "g00, g01, g02, g03, g04, g05, g06, g07 and 4 more"
    )


def test_a_dense_clique_of_fifty_is_one_problem_too() -> None:
    dataset = _dataset(crafted.merger_clique(50))
    with budget(2, 50):
        [problem] = check_dataset(dataset)
    assert "50 groups in all" in problem.message
    assert len(problem.message) < 300  # a bounded sample of the members


def test_two_separate_cycles_are_two_problems() -> None:
    doc = crafted.merger_clique(3)
    other = crafted.merger_clique(2)
    for g in other["groups"]:
        g["id"] = g["id"].replace("g", "h")
    for e in other["events"]:
        e["id"] = e["id"].replace("m", "n")
        e["result"] = e["result"].replace("g", "h")
        e["parties"] = [{"group": p["group"].replace("g", "h")} for p in e["parties"]]
    doc["groups"] += other["groups"]
    doc["events"] += other["events"]
    found = [p.message.split(";")[0] for p in check_dataset(_dataset(doc))]
    assert found == ["lineage cycle: g00 → g01 → g00", "lineage cycle: h00 → h01 → h00"]


def test_the_cli_reports_the_clique_in_one_line(tmp_path: Path) -> None:
    path = crafted.write(tmp_path, crafted.merger_clique(12))
    with budget(5, 100):
        code, out, err = run("check", path)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1


def test_a_pledge_cycle_is_reported_by_the_check(tmp_path: Path) -> None:
    path = crafted.write(tmp_path, crafted.pledge_cycle(3))
    code, _, err = run("check", path)
    assert code == 2
    assert err.strip() == (
        f"{path}: p2: pledge cycle: g0 → g1 → g2 → g0, each pledged to the next, all possibly "
        "on 2010-01-01 — a group cannot be pledged, through others, to itself; end one of the "
        "pledges or correct its direction"
    )
    lg = lineage.load(path)  # queries bear it: the camp walk stops where the cycle closes
    assert lg.camp("g0", at="2012") is not None
    assert lg.camp("g0", at="2012", certain=True) is None


def test_pledges_that_never_held_together_make_no_cycle() -> None:
    doc = crafted.dataset(
        [crafted.group("a"), crafted.group("b")],
        [
            crafted.pledge("ab", "a", "b", "2001", end="2005"),
            crafted.pledge("ba", "b", "a", "2010"),
        ],
    )
    assert check_dataset(_dataset(doc), verify_quotes=True) == []
    doc["events"][0].pop("end")  # a's pledge may still hold in 2010
    [problem] = check_dataset(_dataset(doc), verify_quotes=True)
    assert problem.message.startswith("pledge cycle: a → b → a, each pledged to the next, ")


def test_a_dense_pledge_clique_is_one_problem_in_a_blink() -> None:
    dataset = _dataset(crafted.pledge_clique(50))  # 2,450 pledges
    with budget(2, 50):
        [problem] = check_dataset(dataset, verify_quotes=True)
    assert "50 groups in all" in problem.message


def test_pledge_cycles_that_change_every_day_stay_within_budget() -> None:
    # every pair pledged both ways, each pledge on its own day: no day holds a
    # cycle of the pairs' pledges, and each day must be tried
    ids = [f"g{i:03d}" for i in range(120)]
    events = []
    for i, (a, b) in enumerate(itertools.pairwise(ids)):
        year = 1900 + i
        events.append(crafted.pledge(f"p{i}", a, b, f"{year}-01-01", end=f"{year}-01-01"))
        events.append(crafted.pledge(f"q{i}", b, a, f"{year}-06-01", end=f"{year}-06-01"))
    doc = crafted.dataset([crafted.group(g) for g in ids], events)
    with budget(3, 50):
        assert check_dataset(_dataset(doc), verify_quotes=True) == []


@pytest.fixture(scope="module")
def pledge_chain() -> Lineage:
    return Lineage(_dataset(crafted.pledge_chain(1100)))


def test_a_deep_pledge_chain_answers_every_question(pledge_chain: Lineage) -> None:
    lg = pledge_chain
    with budget(10, 200):
        assert lg.camp("g1099", at="2015").id == "g0"  # type: ignore[union-attr]
        assert [g.id for g in lg.allegiance("g1099", at="2015")] == ["g1098"]
    # every group's camp walks the chain above it: quadratic in the chain's depth
    # (4 s here), bounded, never a RecursionError
    with budget(60, None):
        states = lg.snapshot("2015")
        assert len(states) == 1100
        assert {s.camp.id for s in states} == {"g0"}
        assert len(lg.camps("2015")) == 1


def test_drawing_too_many_groups_is_refused_at_once(pledge_chain: Lineage, tmp_path: Path) -> None:
    with budget(5, 100), pytest.raises(lineage.ArgumentError, match="too many to draw"):
        pledge_chain.draw()
    path = crafted.write(tmp_path, crafted.pledge_chain(1100))
    with budget(10, 200):
        code, _, err = run("draw", "-o", tmp_path / "x.png", "--data", path)
    assert code == 2
    assert err.startswith("lineage: 1,100 groups are too many to draw in one diagram (at most 500)")
    assert not (tmp_path / "x.png").exists()


def test_a_part_of_a_deep_chain_is_drawn(pledge_chain: Lineage) -> None:
    with budget(30, 400):
        ax = pledge_chain.draw("g20", direction="became")
    assert ax is not None


@pytest.fixture(scope="module")
def split_chain() -> Lineage:
    return Lineage(_dataset(crafted.split_chain(10_000)))


def test_a_lineage_chain_ten_thousand_deep_is_walked_iteratively(split_chain: Lineage) -> None:
    lg = split_chain
    with budget(10, 300):
        assert len(lg.became("g0")) == 9999
        assert len(lg.origins("g9999")) == 9999
        assert len(lg.explain("g0", "g9999")) == 9999
        assert lg.check() == []


def test_a_chain_ten_thousand_deep_is_checked_in_linear_time(tmp_path: Path) -> None:
    path = crafted.write(tmp_path, crafted.pledge_chain(10_000))
    with budget(20, 400):
        code, out, _ = run("check", path)
    assert code == 0
    assert out.startswith(f"ok: {path}: 10000 groups")


def test_the_cycle_check_does_not_grow_with_the_cycles_count() -> None:
    # 10 groups hold about a million simple cycles; 40 hold more than atoms in the sun
    small, large = (_dataset(crafted.merger_clique(n)) for n in (10, 40))
    for dataset in (small, large):
        with budget(2, 50), pytest.raises(DataError):
            Lineage(dataset)


def test_past_its_budget_a_pledge_cycle_is_reported_undated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from lineage.check import lineage as rules

    monkeypatch.setattr(rules, "PLEDGE_BUDGET", -1000)
    [problem] = check_dataset(_dataset(crafted.pledge_cycle(3)), verify_quotes=True)
    assert problem.message == (
        "pledge cycle: g0 → g1 → g2 → g0, each pledged to the next, on dates not compared"
    )
