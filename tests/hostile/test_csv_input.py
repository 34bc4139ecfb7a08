"""A broken MMP file is named line by line, ``FILE: line N: FIELD: what — what to do``,
exit 2: never an internal error, a raw pydantic error, or blame on the output."""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest

from lineage import DataError, import_mmp

from .crafted import budget, run

HEADER = "unique_id,type,group1_id,group2_id,date,description,group1_name,group2_name"
ROW = '7,spl,2,1,2001-00-00,"Beta split from Alpha.",Beta,Alpha'
KEY = "group_id,name\n1,Alpha\n2,Beta\n"

CASES: dict[str, tuple[str | bytes, str, str]] = {
    "short row": (
        f"{HEADER}\n{ROW}\n8,riv,1\n",
        KEY,
        "rel.csv: line 3: group2_id: missing: the row has 3 fields, the header 8",
    ),
    "unterminated quote": (
        f'{HEADER}\n7,spl,2,1,2001-00-00,"Beta split from Alpha.,Beta,Alpha\n',
        KEY,
        "rel.csv: line 2: a quoted field is never closed",
    ),
    "text after a closing quote": (
        f'{HEADER}\n7,spl,2,1,2001-00-00,"Beta" split,Beta,Alpha\n',
        KEY,
        "rel.csv: line 2: a quoted field has text after its closing quote",
    ),
    "extra key columns": (
        f"{HEADER}\n{ROW}\n",
        "group_id,name\n1,Alpha,extra\n2,Beta\n",
        "key.csv: line 2: the row has 3 fields, the header 2",
    ),
    "a field over the reader's limit": (
        f'{HEADER}\n7,spl,2,1,2001-00-00,"{"x" * 140_000}",Beta,Alpha\n',
        KEY,
        "rel.csv: line 2: a field is longer than 131,072 characters",
    ),
    "a unique_id that is no id": (
        f'{HEADER}\n"7\nX",spl,2,1,2001-00-00,d,Beta,Alpha\n',
        KEY,
        "rel.csv: line 2: unique_id: '7\\nX' cannot be a row id",
    ),
    "a duplicate unique_id": (
        f"{HEADER}\n{ROW}\n7,riv,2,1,2002-00-00,d,Beta,Alpha\n",
        KEY,
        "rel.csv: line 3: unique_id: '7' is used twice (lines 2 and 3)",
    ),
    "a NUL byte": (
        f"{HEADER}\n{ROW}\n".replace("Alpha.", "Alpha.\x00"),
        KEY,
        "rel.csv + ",
    ),
    "a missing column": ("unique_id,type\n7,spl\n", KEY, "rel.csv: group1_id, group2_id"),
    "not UTF-8": (
        f"{HEADER}\n{ROW}\n".encode() + b"\xe9\n",
        KEY,
        "rel.csv: is not UTF-8",
    ),
}


def _files(tmp_path: Path, rel: str | bytes, key: str) -> tuple[Path, Path]:
    rel_path, key_path = tmp_path / "rel.csv", tmp_path / "key.csv"
    if isinstance(rel, bytes):
        rel_path.write_bytes(rel)
    else:
        rel_path.write_text(rel, encoding="utf-8", newline="")
    key_path.write_text(key, encoding="utf-8", newline="")
    return rel_path, key_path


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_malformed_file_is_one_clear_line(tmp_path: Path, case: str) -> None:
    rel_text, key_text, expected = CASES[case]
    rel, key = _files(tmp_path, rel_text, key_text)
    out = tmp_path / "mmp.json"
    with budget(5, None):
        code, stdout, err = run("import", "mmp", rel, key, "-o", out)
    assert (code, stdout) == (2, "")
    [line] = err.splitlines()
    assert line.startswith(str(tmp_path / expected)), line
    assert " — " in line  # what to do
    assert "pydantic" not in line
    assert "mmp.json" not in line  # never blamed on the output
    assert not out.exists()


def test_many_malformed_rows_are_listed_up_to_a_bound(tmp_path: Path) -> None:
    rows = "\n".join(f"{i},riv,1" for i in range(1, 500))
    rel, key = _files(tmp_path, f"{HEADER}\n{rows}\n", KEY)
    with pytest.raises(DataError) as info:
        import_mmp(rel, key)
    problems = info.value.problems
    assert len(problems) == 51
    assert problems[-1].message == "and 449 more malformed rows"


def test_a_device_is_refused_unread(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    _, key = _files(tmp_path, "", KEY)
    with budget(5, 50):
        code, _, err = run("import", "mmp", "/dev/zero", key, "-o", tmp_path / "x.json")
    assert code == 2
    assert err.strip() == "/dev/zero: is a device, not a file — give the MMP relationships CSV"


def _junk(rng: random.Random, n: int) -> str:
    alphabet = string.printable + "\x00\x1b\x9b\u202e\"',é日"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, n)))


def test_random_rows_never_end_in_an_internal_error(tmp_path: Path) -> None:
    rng = random.Random(18)
    kinds = ["spl", "mer", "aff", "all", "riv", "xx"]
    for _ in range(60):
        lines = [HEADER]
        for i in range(rng.randint(0, 5)):
            fields = [
                str(i + 1),
                rng.choice([*kinds, _junk(rng, 3)]),
                rng.choice(["1", "2", _junk(rng, 3)]),
                rng.choice(["1", "2", "-99", _junk(rng, 3)]),
                rng.choice(["2001-00-00", "1/1/95", _junk(rng, 8)]),
                rng.choice(["Alpha split from Beta.", _junk(rng, 30)]),
                _junk(rng, 6),
                _junk(rng, 6),
            ]
            lines.append(",".join(fields[: rng.randint(1, 9)]))
        text = "\n".join(lines)
        text = text[: rng.randint(0, len(text))] if rng.random() < 0.2 else text
        rel, key = _files(tmp_path, text, KEY)
        code, _, _ = run("import", "mmp", rel, key, "-o", tmp_path / "out.json")  # never 3
        assert code in (0, 2)
