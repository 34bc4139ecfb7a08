"""``lineage xref``: candidates listed, accepted ones written as links, judged pairs skipped."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from lineage.cli import cli
from lineage.identity import read_links


def _write(path: Path, groups: list[dict[str, str]]) -> Path:
    doc = {"sources": [{"id": "s", "title": "S", "url": "https://example.org"}], "groups": groups}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_xref_lists_then_writes_links_and_skips_what_is_judged(tmp_path: Path) -> None:
    a = _write(
        tmp_path / "art.json",
        [
            {"id": "mojwa", "name": "Movement for Oneness and Jihad in West Africa"},
            {"id": "aq", "name": "Al Qaeda"},
        ],
    )
    b = _write(
        tmp_path / "mmp.json",
        [
            {"id": "g1", "name": "Movement for the Oneness and Jihad in West Africa"},
            {"id": "g2", "name": "Al-Qaida"},
            {"id": "g3", "name": "Al Qaeda in the Arabian Peninsula"},
        ],
    )
    runner = CliRunner()
    listed = runner.invoke(cli, ["xref", str(a), str(b), "--json"])
    assert listed.exit_code == 0, listed.output
    pairs = {(c["a"], c["b"]) for c in json.loads(listed.stdout) if c["score"] > 0.8}
    assert pairs == {("art:mojwa", "mmp:g1"), ("art:aq", "mmp:g2")}
    out = tmp_path / "links.json"
    written = runner.invoke(cli, ["xref", str(a), str(b), "-o", str(out)])
    assert written.exit_code == 0, written.output
    links = read_links(out).links
    assert {(link.a, link.b) for link in links} == {("art:mojwa", "mmp:g1"), ("art:aq", "mmp:g2")}
    assert all(link.judgement == "same" for link in links)
    again = runner.invoke(cli, ["xref", str(a), str(b), "-o", str(out)])
    assert again.stdout.startswith("0 links written")
    assert len(read_links(out).links) == 2


def test_xref_of_a_missing_file_is_bad_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["xref", str(tmp_path / "no.json"), str(tmp_path / "no.json")])
    assert result.exit_code == 2
    assert "Traceback" not in result.output + result.stderr
