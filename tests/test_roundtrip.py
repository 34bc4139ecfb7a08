"""Canonical form, lossless round-trips and atomic saving."""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

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


def test_records_are_slotted_and_keep_the_pydantic_methods(lg: lineage.Lineage) -> None:
    b = lg.events[1]
    assert not hasattr(b, "__dict__")  # slotted: no per-record dict or fields-set
    with pytest.raises(dataclasses.FrozenInstanceError):
        b.description = "changed"  # type: ignore[misc]
    copied = b.model_copy(update={"description": "changed"})
    assert copied.description == "changed"
    assert b.description != "changed"
    assert copied.model_dump() == {**b.model_dump(), "description": "changed"}
    assert type(b).model_validate(b.model_dump()) == b
    assert type(b).model_validate_json(b.model_dump_json()) == b
    assert "citations" in type(b).model_fields
    assert type(b).model_json_schema()["additionalProperties"] is False


def test_model_copy_validates_the_update(lg: lineage.Lineage) -> None:
    with pytest.raises(ValidationError, match="id"):
        lg.events[0].model_copy(update={"id": "Not A Slug"})


def test_a_loaded_lineage_pickles(lg: lineage.Lineage) -> None:
    # e.g. to cache a large load, or to hand it to worker processes
    lg.person("Mokhtar Belmokhtar")  # builds the people's name index too
    back = pickle.loads(pickle.dumps(lg))
    assert back.became("MOJWA") == lg.became("MOJWA")
    assert back.group("Boko Haram", at="2015-06").id == "boko-haram"
    assert back.dataset == lg.dataset
    split = next(e for e in back.events if e.kind == "split")
    assert split.parent is back.graph.nodes[split.parent]["record"].id  # ids still shared
