"""Synthetic datasets: valid, realistic, deterministic."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from lineage import Dataset, Lineage, synthesize
from lineage.cli import cli


@pytest.mark.parametrize(("groups", "seed"), [(1, 0), (30, 1), (400, 2), (2000, 3)])
def test_synthetic_data_is_valid(groups: int, seed: int) -> None:
    lg = Lineage(Dataset.model_validate(synthesize(groups, seed=seed)))
    assert len(lg.groups) == groups
    assert len(lg.people) == groups
    assert len(lg.roles) == groups


def test_deterministic_for_a_seed() -> None:
    assert synthesize(300, seed=5) == synthesize(300, seed=5)
    assert synthesize(300, seed=5) != synthesize(300, seed=6)


def test_realistic_mix() -> None:
    doc = synthesize(2000, seed=1)
    kinds = Counter(e["kind"] for e in doc["events"])
    assert set(kinds) >= {
        "split",
        "merger",
        "absorption",
        "rename",
        "pledge",
        "alliance",
        "rivalry",
        "founding",
    }
    assert 2.5 <= len(doc["events"]) / 2000 <= 3.5
    dates = [e["date"] for e in doc["events"]]
    assert any("~" in d for d in dates)
    assert any(d.startswith("[..") for d in dates)
    assert any(len(d) == 4 for d in dates)
    assert any(len(d) == 10 for d in dates)
    names = [n for g in doc["groups"] for n in g["names"]]
    assert any(n["kind"] == "acronym" for n in names)
    assert any(not n["name"].isascii() for n in names)


def test_names_resolve_accented_or_not() -> None:
    lg = Lineage(Dataset.model_validate(synthesize(50, seed=4)))
    for g in lg.groups[:20]:
        for n in g.all_names():
            assert lg.group(n.name).id == g.id


def test_cli_synth(tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    result = CliRunner().invoke(cli, ["synth", "--groups", "120", "--seed", "3", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert CliRunner().invoke(cli, ["check", str(out)]).exit_code == 0
    assert CliRunner().invoke(cli, ["synth", "--groups", "0", "-o", str(out)]).exit_code == 2
