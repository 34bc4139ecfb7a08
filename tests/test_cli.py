"""The CLI: tables, --json parsed back, exit codes, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from lineage.cli import cli

from .conftest import ROOT

ROLE_ENTRIES = ("role start", "role end")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output + result.stderr
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        (["became", "MOJWA"], ["al-murabitoun", "isgs", "jnim"]),
        (["origins", "ISGS"], ["al-murabitoun", "aqim", "mojwa", "those-who-sign-with-blood"]),
        (["allegiance", "Boko Haram", "--at", "2015-06"], ["islamic-state"]),
        (["allegiance", "Boko Haram", "--at", "2014-06"], []),
        (["leaders", "JNIM", "--at", "2017"], ["iyad-ag-ghali"]),
        (["explain", "AQIM", "ISGS"], ["mojwa-split", "al-murabitoun-formed", "isgs-split"]),
        (
            ["timeline", "Mokhtar Belmokhtar"],
            [
                "belmokhtar-leaves-aqim",
                "twsb-split",
                "al-murabitoun-pledge-to-aqim",
                "belmokhtar-rejoins-aqim",
            ],
        ),
    ],
)
def test_json_output(args: list[str], ids: list[str]) -> None:
    code, out, err = run(*args, "--json")
    assert code == 0, err
    # a person's timeline also holds his roles' starts and ends (checked apart)
    assert [r["id"] for r in json.loads(out) if r.get("kind") not in ROLE_ENTRIES] == ids


def test_explain_prints_quotes() -> None:
    code, out, _ = run("explain", "AQIM", "ISGS")
    assert code == 0
    assert "“The result of this blend was Al Murabitoun, which in 2017 joined JNIM.”" in out


def test_camp_and_snapshot_json() -> None:
    assert json.loads(run("camp", "JNIM", "--at", "2017", "--json")[1])["id"] == "al-qaeda"
    rows = json.loads(run("snapshot", "2014", "--json")[1])
    assert {r["group"]: r["camp"] for r in rows}["jund-al-khilafa"] == "islamic-state"


def test_show_group_and_person() -> None:
    code, out, _ = run("show", "Boko Haram")
    assert code == 0
    assert "Jamaa Ahl as-Sunnah" in out
    assert "Abubakar Shekau" in out
    code, out, _ = run("show", "Ag Ghaly")
    assert code == 0
    assert "origin: Tuareg" in out
    assert json.loads(run("show", "--json")[1])["groups"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Boko Hrma", "no group or person is called 'Boko Hrma' — did you mean 'Boko Haram'?"),
        (
            "Iyad Ag Ghal",
            "no group or person is called 'Iyad Ag Ghal' — did you mean 'Iyad Ag Ghali'?",
        ),
    ],
)
def test_show_unknown_suggests_groups_and_people(name: str, message: str) -> None:
    code, out, err = run("show", name)
    assert code == 1
    assert out == ""
    assert err.strip() == f"lineage: {message}"


def test_table_output_has_header() -> None:
    code, out, _ = run("became", "MOJWA")
    assert code == 0
    assert out.splitlines()[0].split() == ["id", "name", "via", "date", "certain"]


def test_unknown_name_exits_1_with_suggestion() -> None:
    code, out, err = run("became", "Boko Hrma")
    assert code == 1
    assert out == ""
    assert err.strip() == "lineage: no group is called 'Boko Hrma' — did you mean 'Boko Haram'?"


def test_bad_date_exits_2() -> None:
    code, _, err = run("allegiance", "Boko Haram", "--at", "2015-13")
    assert code == 2
    assert "no month 13" in err


def test_usage_error_exits_2() -> None:
    assert run("allegiance", "Boko Haram")[0] == 2


def test_check_ok_and_bad(tmp_path: Path) -> None:
    code, out, _ = run("check")
    assert code == 0
    assert out.startswith("ok: ")
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"groups": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}], '
        '"events": [{"id": "e", "kind": "split", "date": "2010", "description": "d", '
        '"citations": [{"source": "nope", "quote": "q"}], "parent": "a", "splinter": "z"}]}',
        encoding="utf-8",
    )
    code, out, err = run("check", str(bad))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 3
    assert all(line.startswith(f"{bad}: ") and " — " in line for line in lines)
    code, out, _ = run("check", str(bad), "--json")
    assert code == 2
    assert len(json.loads(out)["problems"]) == 3


def test_data_option(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    code, _, err = run("became", "X", "--data", str(missing))
    assert code == 2
    assert "no such file" in err


def test_fmt_check_and_write(tmp_path: Path) -> None:
    src = (ROOT / "data" / "groups.json").read_text(encoding="utf-8")
    path = tmp_path / "g.json"
    path.write_text(json.dumps(json.loads(src)), encoding="utf-8")  # valid, not canonical
    (tmp_path / "groups.schema.json").write_text("{}", encoding="utf-8")
    code, _, err = run("fmt", "--check", str(path))
    assert code == 1
    assert "not in canonical form" in err
    assert run("fmt", str(path))[0] == 0
    assert path.read_text(encoding="utf-8") == src
    assert run("fmt", "--check", str(path))[0] == 0


def test_schema_command(tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    assert run("schema", "-o", str(out))[0] == 0
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "lineage dataset"


def test_every_command_has_help_with_an_example() -> None:
    ctx = click.Context(cli)
    names = cli.list_commands(ctx)
    assert {"became", "check", "draw", "export", "import", "snapshot"} <= set(names)
    for name in names:
        command = cli.get_command(ctx, name)
        assert command is not None, name
        assert "Example: lineage" in (command.help or ""), name


def test_a_bad_date_is_bad_input_in_one_line() -> None:
    code, out, err = run("allegiance", "Boko Haram", "--at", "2015-13")
    assert (code, out) == (2, "")
    assert err.splitlines() == ["lineage: '2015-13': there is no month 13 — months run 01 to 12"]


def test_an_ambiguous_name_says_how_to_pass_a_date_on_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "d.json"
    front = {"name": "Front", "kind": "nickname", "note": "n"}
    doc = {
        "sources": [{"id": "s", "title": "S", "url": "https://example.org"}],
        "groups": [
            {"id": "a", "name": "A", "names": [{**front, "end": "2020"}]},
            {"id": "b", "name": "B", "names": [{**front, "start": "2030"}]},
        ],
    }
    data.write_text(json.dumps(doc), encoding="utf-8")
    code, _, err = run("became", "Front", "--data", str(data))
    assert code == 1
    assert "pass --at DATE" in err
    assert "at=" not in err


def test_an_unknown_name_without_suggestions_points_at_show() -> None:
    code, _, err = run("became", "zzzzzzzzzzzz")
    assert code == 1
    assert "run `lineage show` with no name" in err


def test_a_bug_in_lineage_is_not_blamed_on_the_data(monkeypatch: pytest.MonkeyPatch) -> None:
    import lineage

    def broken(*_args: object, **_kwargs: object) -> None:
        raise TypeError("an internal fault")

    monkeypatch.setattr(lineage.Lineage, "became", broken)
    code, out, err = run("became", "MOJWA")
    assert (code, out) == (3, "")
    assert err.splitlines() == [
        "lineage: internal error: TypeError: an internal fault — please report it to the "
        "lineage developers, with the command you ran"
    ]


def test_a_query_imports_no_drawing_export_or_import_code() -> None:
    code = (
        "import sys\n"
        "from lineage.cli import main\n"
        "try:\n"
        "    main(['became', 'MOJWA'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ['matplotlib', 'pandas', 'lineage.views.plotting', 'lineage.views.export',\n"
        "         'lineage.views.layout', 'lineage.sources.mmp', 'lineage.sources.synth',\n"
        "         'lineage.cli.make', 'lineage.cli.files', 'lineage.combine',\n"
        "         'lineage.identity', 'lineage.views.html']\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.splitlines()[-1] == "[]"


def test_python_dash_m_runs() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "lineage", "became", "Boko Hrma"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "did you mean 'Boko Haram'" in proc.stderr


def test_draw_refuses_an_unreadable_sheet_unless_asked_for_a_poster(tmp_path: Path) -> None:
    data, out = tmp_path / "many.json", tmp_path / "all.png"
    assert run("synth", "--groups", "80", "--seed", "2", "-o", str(data))[0] == 0
    code, _, err = run("draw", "-o", str(out), "--data", str(data))
    assert code == 2, err
    assert err.count("\n") == 1  # one line
    assert "lineage: 80 lanes are too many to read in a static diagram" in err
    assert "-o page.html" in err  # what to draw instead
    assert "--poster" in err
    assert not out.exists()
    code, _, err = run("draw", "-o", str(out), "--data", str(data), "--poster")
    assert code == 0, err
    assert out.read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize("suffix", [".png", ".html"])
def test_draw_with_the_end_before_the_start_is_bad_input_not_a_bug(
    tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"jnim{suffix}"
    code, _, err = run("draw", "JNIM", "-o", str(out), "--start", "2020", "--end", "2010")
    assert code == 2
    assert err == "lineage: the diagram's end comes before its start — swap the start and the end\n"
    assert not out.exists()


def test_sources_lists_every_source_with_how_far_it_sees() -> None:
    code, out, _ = run("sources")
    assert code == 0
    article = next(line for line in out.splitlines() if line.startswith("carbonari-north-africa"))
    assert "[2017-01..2017-04]" in article  # how far the article sees
    code, out, _ = run("sources", "--json")
    found = {s["id"]: s for s in json.loads(out)}
    assert found["carbonari-north-africa"]["covers_until"] == "[2017-01..2017-04]"
    assert all(s.get("url") or s.get("path") for s in found.values())
