"""Canonical form, lossless round-trips and atomic saving."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import lineage
from lineage.cli import cli
from lineage.io import canonical_json, canonical_order, read_dataset, write_dataset

from .conftest import ROOT

DATA = ROOT / "data" / "groups.json"


def test_load_save_load_is_identity(tmp_path: Path) -> None:
    first = read_dataset(DATA)
    out = tmp_path / "groups.json"
    lineage.load(DATA).save(out)
    second = read_dataset(out)
    assert second == canonical_order(first)
    assert out.read_bytes() == DATA.read_bytes()  # the bundled file is already canonical


def test_canonical_form_is_stable_and_ordered(tmp_path: Path) -> None:
    doc = json.loads(DATA.read_text(encoding="utf-8"))
    doc["groups"].reverse()
    doc["events"].reverse()
    shuffled = tmp_path / "g.json"
    shuffled.write_text(json.dumps(doc), encoding="utf-8")
    text = canonical_json(read_dataset(shuffled))
    assert text == DATA.read_text(encoding="utf-8")
    assert text.endswith("}\n")
    assert '\n  "sources"' in text


def test_a_failure_mid_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "groups.json"
    target.write_text("precious\n", encoding="utf-8")
    dataset = read_dataset(DATA)

    def crash(_fd: int) -> None:
        raise OSError("disk on fire")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError, match="disk on fire"):
        write_dataset(dataset, target)
    assert target.read_text(encoding="utf-8") == "precious\n"
    assert [p.name for p in tmp_path.iterdir()] == ["groups.json"]  # no temp file left


def test_fmt_never_writes_an_invalid_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    original = '{"groups": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]}'
    bad.write_text(original, encoding="utf-8")
    result = CliRunner().invoke(cli, ["fmt", str(bad)])
    assert result.exit_code == 2
    assert bad.read_text(encoding="utf-8") == original


def test_shared_fields_sets_keep_pydantic_behaviour(lg: lineage.Lineage) -> None:
    a, b = lg.events[0], lg.events[1]
    assert a.model_fields_set >= {"kind", "id", "date", "citations"}
    same = [e for e in lg.events if e.model_fields_set == a.model_fields_set]
    assert len({id(e.model_fields_set) for e in same}) == 1  # one shared set
    copied = b.model_copy(update={"description": "changed"})
    assert copied.description == "changed"
    assert "description" in copied.model_fields_set
    assert b.description != "changed"
    assert copied.model_dump() == {**b.model_dump(), "description": "changed"}
