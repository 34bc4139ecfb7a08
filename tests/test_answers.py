"""Answers that claim no more than the data: certainty, the fact behind each
answer, and the edges of the command line (issue 17)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import lineage
from lineage import AmbiguousNameError, ArgumentError
from lineage.cli import cli

from .build import event, group, ids, pledge, split
from .build import lineage as make


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output + result.stderr
    return result.exit_code, result.stdout, result.stderr


# -- certainty on the bundled data -------------------------------------------------


def test_a_camp_known_only_as_a_possibility_is_not_certain(lg: lineage.Lineage) -> None:
    # Wilayat Sinai's only pledge is dated [..2017]: possible in 2010, not known
    assert lg.camp("Wilayat Sinai", at="2010").id == "al-qaeda"  # type: ignore[union-attr]
    assert lg.camp("Wilayat Sinai", at="2010", certain=True) is None
    state = lg.standing("Wilayat Sinai", at="2010")
    assert state is not None
    assert not state.camp_certain
    code, out, _ = run("camp", "Wilayat Sinai", "--at", "2010", "--certain")
    assert (code, out.strip()) == (0, "(not certain: possibly al-qaeda  Al Qaeda)")
    code, out, _ = run("camp", "Wilayat Sinai", "--at", "2010")
    assert out.strip() == "al-qaeda  Al Qaeda  (possible)"
    code, out, _ = run("camp", "Wilayat Sinai", "--at", "2010", "--json")
    assert json.loads(out)["certain"] is False


def test_a_pledge_made_during_the_year_asked_is_only_possible_then(
    lg: lineage.Lineage,
) -> None:
    # Boko Haram pledged to IS in March 2015: possible "in 2015", certain in June
    assert lg.allegiance("Boko Haram", at="2015").certain("islamic-state") is False
    assert lg.allegiance("Boko Haram", at="2015-06").certain("islamic-state") is True
    assert lg.allegiance("Boko Haram", at="2015", certain=True) == []
    _, out, _ = run("allegiance", "Boko Haram", "--at", "2015", "--json")
    [row] = json.loads(out)
    assert (row["id"], row["certain"], row["via"]) == ("islamic-state", False, row["via"])
    assert row["via"]  # the pledge behind it
    _, out, _ = run("allegiance", "Boko Haram", "--at", "2015")
    assert out.splitlines()[0].split() == ["id", "name", "via", "date", "certain"]
    assert out.splitlines()[2].split()[-1] == "possible"


def test_snapshot_marks_what_is_only_possible(lg: lineage.Lineage) -> None:
    states = {s.group.id: s for s in lg.snapshot("2012")}
    assert states["wilayat-sinai"].camp.id == "al-qaeda"
    assert not states["wilayat-sinai"].camp_certain
    assert not states["wilayat-sinai"].certain
    text = str(lg.snapshot("2012"))
    assert text.splitlines()[0].split()[-1] == "certain"
    _, out, _ = run("snapshot", "2012", "--json")
    row = next(r for r in json.loads(out) if r["group"] == "wilayat-sinai")
    assert (row["camp"], row["camp_certain"], row["certain"]) == ("al-qaeda", False, False)


def test_possible_rows_are_faded_in_notebooks(lg: lineage.Lineage) -> None:
    html = lg.allegiance("Boko Haram", at="2015")._repr_html_()
    assert 'class="possible"' in html
    assert 'class="possible"' not in lg.allegiance("Boko Haram", at="2015-06")._repr_html_()


# -- certainty of descent, on small made-up data ----------------------------------


def test_a_chain_whose_order_the_dates_leave_open_is_only_possible() -> None:
    lg = make(
        [group("a"), group("b", founded="2010"), group("c", founded="2010")],
        [split("ab", "2010", "a", "b"), split("bc", "2010-06", "b", "c")],
    )
    # both in 2010: b may have split from a after c split from b
    became = lg.became("a")
    assert ids(became) == ["b", "c"]
    assert (became.certain("b"), became.certain("c")) == (True, False)
    assert ids(lg.became("a", certain=True)) == ["b"]
    assert lg.explain("a", "c").certain is False
    assert lg.explain("a", "c", certain=True) == []
    assert lg.explain("a", "c", certain=True).hint == "only a possible chain leads from A to C"


def test_min_confidence_ignores_facts_below_it() -> None:
    low = {**pledge("p", "2001", "a", "b"), "confidence": "low"}
    lg = make([group("a", founded="2000"), group("b", founded="2000")], [low])
    assert ids(lg.allegiance("a", at="2005")) == ["b"]
    assert lg.allegiance("a", at="2005").certain("b") is False  # low confidence: possible
    assert lg.allegiance("a", at="2005", min_confidence="medium") == []
    assert lg.camp("a", at="2005", min_confidence="medium").id == "a"  # type: ignore[union-attr]
    with pytest.raises(ArgumentError, match="use 'low', 'medium' or 'high'"):
        lg.allegiance("a", at="2005", min_confidence="certain")  # type: ignore[arg-type]
    code, _, _ = run("allegiance", "a", "--at", "2005", "--min-confidence", "bogus")
    assert code == 2


# -- answers an analyst can use ------------------------------------------------------


def test_leaders_show_role_dates_and_source() -> None:
    _, out, _ = run("leaders", "JNIM")
    header = out.splitlines()[0].split()
    assert header == ["id", "name", "role", "from", "to", "source", "certain"]
    row = out.splitlines()[2].split()
    assert row[:2] == ["iyad-ag-ghali", "Iyad"]
    assert "leader" in row
    assert "2017-03-02" in row
    assert "carbonari-north-africa" in row
    _, out, _ = run("leaders", "JNIM", "--json")
    [person] = json.loads(out)
    assert (person["role"]["title"], person["role"]["start"]) == ("leader", "2017-03-02")


def test_became_and_origins_give_the_event_and_date_of_each_step() -> None:
    _, out, _ = run("became", "MOJWA", "--json")
    rows = {r["id"]: r for r in json.loads(out)}
    assert (rows["isgs"]["via"], rows["isgs"]["date"], rows["isgs"]["certain"]) == (
        "isgs-split",
        "2015",
        True,
    )
    _, out, _ = run("origins", "ISGS")
    assert "mojwa-split" in out
    assert "2011" in out


def test_explain_in_the_wrong_order_says_the_other_order_has_a_chain() -> None:
    code, out, _ = run("explain", "JNIM", "MOJWA")
    assert code == 0
    assert out.splitlines()[0] == "(none)"
    assert "ask in the other order" in out
    code, out, _ = run("explain", "MOJWA", "JNIM")
    assert "jnim-formed" in out
    assert "certain: yes" in out


def test_a_name_borne_by_two_groups_asked_without_a_date_lists_who_bore_it_when() -> None:
    name = "Wilāyat al-Islāmiyya Gharb Afrīqiyyah"
    code, _, err = run("became", name)
    assert code == 1
    assert "boko-haram" in err
    assert "iswap" in err
    assert "named so" in err
    assert "pass --at DATE" in err
    with pytest.raises(AmbiguousNameError):
        lineage.load().became(name)


def test_print_shows_a_compact_table(lg: lineage.Lineage) -> None:
    text = str(lg.became("MOJWA"))
    assert text.splitlines()[0].split() == ["id", "name", "via", "date", "certain"]
    assert "citations" not in text  # not whole records
    assert len(text.splitlines()) == 5


# -- edges of the command line -----------------------------------------------------


def test_writing_into_a_closed_pipe_exits_quietly() -> None:
    script = f"{sys.executable} -m lineage show | head -1 > /dev/null; echo ${{PIPESTATUS[0]}}"
    proc = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "0"
    assert proc.stderr == ""


def test_a_missing_output_folder_is_named(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "jnim.png"
    code, _, err = run("draw", "JNIM", "-o", str(target))
    assert code == 2
    assert f"the folder {target.parent} does not exist" in err
    assert ".tmp" not in err
    code, _, err = run("export", "--format", "dot", "-o", str(tmp_path / "no" / "x.dot"))
    assert (code, "does not exist" in err) == (2, True)


def test_a_name_that_is_not_text_says_what_to_pass(lg: lineage.Lineage) -> None:
    with pytest.raises(TypeError, match="as a string"):
        lg.group(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="as a string"):
        lg.became(42)  # type: ignore[arg-type]


def test_library_errors_point_to_no_command(lg: lineage.Lineage) -> None:
    messages = []
    for ask in (
        lambda: lg.group("zzzzzzzz"),
        lambda: lg.group("Wilāyat al-Islāmiyya Gharb Afrīqiyyah"),
    ):
        with pytest.raises(LookupError) as info:
            ask()
        messages.append(str(info.value))
    with pytest.raises(lineage.DataError) as data_error:
        lineage.io.parse_dataset(b"\xef\xbb\xbf{}")
    messages.append(str(data_error.value))
    for message in messages:
        assert "lineage " not in message.replace("lineage dataset", ""), message
        assert "--" not in message, message


def test_draw_and_save_agree_on_image_types(tmp_path: Path, lg: lineage.Lineage) -> None:
    code, _, err = run("draw", "JNIM", "-o", str(tmp_path / "x.jpg"))
    with pytest.raises(ArgumentError) as info:
        lg.diagram("JNIM").save(tmp_path / "x.jpg")
    assert code == 2
    # the same refusal; the command, which also writes the interactive page, names .html
    assert err.strip() == f"lineage: {info.value}, or .html for the interactive view"
    assert list(tmp_path.iterdir()) == []


def test_role_entries_interleave_a_persons_timeline() -> None:
    lg = make(
        [group("a", founded="2000"), group("b", founded="2000")],
        [event("departure", "left", "2005", group="a", people=["x"])],
        people=[{"id": "x", "name": "X"}],
        roles=[
            {
                "id": "r1",
                "person": "x",
                "group": "a",
                "title": "leader",
                "start": "2001",
                "end": "2005",
                "citations": [{"source": "s", "quote": "q"}],
            },
            {
                "id": "r2",
                "person": "x",
                "group": "b",
                "title": "founder",
                "citations": [{"source": "s", "quote": "q"}],
            },
        ],
    )
    story = lg.timeline("X")
    assert [(str(e.date), e.kind, e.id) for e in story] == [
        ("2001", "role start", "r1"),
        ("2005", "departure", "left"),
        ("2005", "role end", "r1"),
        ("None", "role start", "r2"),
    ]
