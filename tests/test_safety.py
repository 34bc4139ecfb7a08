"""Loading treats everything in a file as data: nothing named in it is imported or run."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import lineage

HOSTILE = [
    "__import__('os').system('touch PWNED')",
    "{{7*7}}",
    "<script>alert(1)</script>",
    "'; DROP TABLE groups; --",
    "name\nwith newline",
    'quote " and \\ backslash',
    "جماعة أنصار الدين",
]


def test_hostile_names_are_only_data(tmp_path: Path) -> None:
    doc = {
        "$schema": "https://example.invalid/should-not-be-fetched.json",
        "sources": [{"id": "s", "title": "t", "url": "http://example.invalid/x", "path": "os.py"}],
        "groups": [
            {"id": f"g{i}", "name": name, "region": name, "note": name}
            for i, name in enumerate(HOSTILE)
        ],
    }
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    modules = set(sys.modules)
    lg = lineage.load(path)
    assert set(sys.modules) == modules  # nothing imported by loading
    assert not (tmp_path / "PWNED").exists()
    assert not Path("PWNED").exists()
    for i, name in enumerate(HOSTILE):
        assert lg.group(name).id == f"g{i}"
