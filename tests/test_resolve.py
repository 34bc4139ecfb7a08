"""``Lineage.resolve`` / ``resolve_many`` and the ``lineage resolve`` command."""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

import pytest
from click.testing import CliRunner

import lineage
from lineage import AmbiguousNameError, ArgumentError, DateError, UnknownNameError
from lineage.cli.resolve import resolve as resolve_cmd
from lineage.names import NameMatch, match_line
from lineage.names.table import COLUMNS, safe_cell

from .build import group
from .build import lineage as make
from .conftest import ROOT

# the API --------------------------------------------------------------------------------


def test_resolve_says_what_matched_and_why(lg: lineage.Lineage) -> None:
    found = lg.resolve("Ansar al-Dine (Mali)")
    assert isinstance(found, NameMatch)
    assert (found.id, found.match, found.tier) == ("ansar-dine", "rule", "shape")
    assert found.record is lg.group("ansar-dine")
    assert found.name == "Ansar Dine"
    assert found.rules == ("qualifier '(Mali)' dropped", "al- dropped")
    assert 0 < found.score <= 100
    assert all(c.id != "ansar-dine" for c in found.runners_up)
    assert str(found) == found.line()


@pytest.mark.parametrize(
    ("query", "tier", "match"),
    [
        ("ansar-dine", "id", "exact"),
        ("Ansar Dine", "exact", "exact"),
        ("ANSAR  DINE", "normalised", "exact"),
        ("Ansar Eddine", "rules", "rule"),
        ("Ansar Dine (Mali)", "shape", "rule"),
    ],
)
def test_the_tier_that_found_it(lg: lineage.Lineage, query: str, tier: str, match: str) -> None:
    found = lg.resolve(query)
    assert (found.id, found.tier, found.match) == ("ansar-dine", tier, match)


def test_the_show_line(lg: lineage.Lineage) -> None:
    assert match_line(lg.resolve("AQIM")) == ""
    assert match_line(lg.resolve("ANSAR DINE")) == ""
    assert match_line(lg.resolve("Al-Mourabitoune")) == (
        "matched 'Al-Mourabitoune' → Al Murabitoun (as 'Al Mourabitoun'): -oune→-oun"
    )  # through the sourced French name; the article's 'Al Murabitoun' is two rules away
    assert match_line(lg.resolve("Al-Mourabitoun (Mali)")) == (
        "matched 'Al-Mourabitoun (Mali)' → Al Murabitoun (as 'Al Mourabitoun'): "
        "qualifier '(Mali)' dropped"
    )
    assert match_line(lg.resolve("Ansar Beyt al-Maqdis")) == (
        "matched 'Ansar Beyt al-Maqdis' → Wilayat Sinai (as 'Ansar Bayt Al Maqdis'): Bayt/Beit"
    )


def test_the_show_line_of_the_issue() -> None:
    lg = make([group("al-murabitoun", "Al Murabitoun", region="Mali")])
    assert match_line(lg.resolve("Al-Mourabitoun (Mali)")) == (
        "matched 'Al-Mourabitoun (Mali)' → Al Murabitoun: qualifier '(Mali)' dropped, ou→u"
    )


def test_resolve_raises_what_group_raises(lg: lineage.Lineage) -> None:
    with pytest.raises(UnknownNameError) as info:
        lg.resolve("Boko Hrma")
    assert info.value.suggestions[0] == "Boko Haram"
    with pytest.raises(AmbiguousNameError):
        lg.resolve("Wilāyat al-Islāmiyya Gharb Afrīqiyyah")
    assert lg.resolve("Wilāyat al-Islāmiyya Gharb Afrīqiyyah", at="2015-06").id == "boko-haram"
    assert lg.resolve("Wilayat al-Islamiyya Gharb Afriqiyya", at="2017").id == "iswap"
    with pytest.raises(TypeError):
        lg.resolve(42)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "Boko Hrma",  # two edits in a short word
        "Ansar Dine Frnt",  # a word no name holds, near none
        "AQIS",  # an acronym: another group's (Al-Qaida in the Indian Subcontinent)
        "ISWAPP",
        "Islamic State of Iran and the Levant",  # a country is never a slip
        "Ansaru",  # another group, one letter from no name of ours
        "Boko Haramm Front",
    ],
)
def test_similarity_alone_never_resolves(lg: lineage.Lineage, text: str) -> None:
    (found,) = lg.resolve_many([text])
    assert found.record is None
    assert found.match == "none"
    with pytest.raises(UnknownNameError):
        lg.group(text)


def test_an_unresolved_name_suggests_the_closest(lg: lineage.Lineage) -> None:
    (found,) = lg.resolve_many(["Boko Hrma"])
    assert found.runners_up[0].name == "Boko Haram"
    assert "never resolves" in found.why


def test_resolve_many_keeps_order_and_repeats(lg: lineage.Lineage) -> None:
    names = ["AQIM", "Ansar Eddine", "nothing like it", "AQIM", "", "Wilāyat Sinai"]
    found = lg.resolve_many(names)
    assert isinstance(found, list)
    assert [r.query for r in found] == names
    assert [r.match for r in found] == ["exact", "rule", "none", "exact", "none", "exact"]
    assert found[0] is found[3]  # each distinct name is resolved once
    assert found[4].why == "no name given"


def test_resolve_many_with_a_date_per_name(lg: lineage.Lineage) -> None:
    name = "Wilāyat al-Islāmiyya Gharb Afrīqiyyah"
    found = lg.resolve_many([name, name, name, name], at=["2015-06", "2017", None, "13/06/2015"])
    assert [r.id for r in found] == ["boko-haram", "iswap", None, None]
    assert [r.match for r in found] == ["exact", "exact", "ambiguous", "none"]
    assert "date is unreadable" in found[3].why
    assert [r.id for r in lg.resolve_many([name], at="2017")] == ["iswap"]
    with pytest.raises(ArgumentError):
        lg.resolve_many([name, name], at=["2017"])
    with pytest.raises(DateError):
        lg.resolve_many([name], at="2015-13")


def test_resolve_many_of_a_series_is_a_frame(lg: lineage.Lineage) -> None:
    pd = pytest.importorskip("pandas")
    names = pd.Series(["Ansar Eddine", None, "Boko Hrma"], index=[10, 20, 30])
    frame = lg.resolve_many(names, at=pd.Series([2013.0, math.nan, 2015.0], index=[10, 20, 30]))
    assert list(frame.columns) == list(COLUMNS)
    assert list(frame.index) == [10, 20, 30]
    assert list(frame["lineage_id"]) == ["ansar-dine", "", ""]
    assert list(frame["match"]) == ["rule", "none", "none"]
    assert frame.loc[10, "why"] == "eddine→dine"


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+cmd", "'+cmd"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1", "'\t=1"),
        ("-3.99", "-3.99"),
        ("+33", "+33"),
        ("1e-5", "1e-5"),
        ("Boko Haram", "Boko Haram"),
        ("", ""),
    ],
)
def test_cells_a_spreadsheet_would_run_get_a_quote(cell: str, safe: str) -> None:
    assert safe_cell(cell) == safe


# the command ----------------------------------------------------------------------------


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(resolve_cmd, list(args))
    assert "Traceback" not in result.output + result.stderr
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def rows(text: str, delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


TABLE = (
    "eventid,gname,iyear,longitude\n"
    "1,Ansar al-Dine (Mali),2013,-3.99\n"
    '2,"Al-Qaida in the Islamic Maghreb (AQIM)",2012,=1+2\n'
    "3,Wilāyat al-Islāmiyya Gharb Afrīqiyyah,2015,@x\n"
    "4,Boko Hrma,2015,\n"
    "5,Ansar al-Sharia (Libya),2012,\n"
    "6,Wilāyat al-Islāmiyya Gharb Afrīqiyyah,,\n"
    "7,Jund al-Khalufa,2014,\n"
)


@pytest.fixture
def table(tmp_path: Path) -> Path:
    path = tmp_path / "gtd.csv"
    path.write_text(TABLE, encoding="utf-8")
    return path


def test_the_table_comes_back_whole_with_the_columns_added(table: Path) -> None:
    code, out, err = run(str(table), "--column", "gname", "--at", "iyear")
    assert code == 0, err
    got = rows(out)
    assert got[0] == ["eventid", "gname", "iyear", "longitude", *COLUMNS]
    assert [r[0] for r in got[1:]] == ["1", "2", "3", "4", "5", "6", "7"]
    by_id = {r[0]: dict(zip(got[0], r, strict=True)) for r in got[1:]}
    assert by_id["1"]["lineage_id"] == "ansar-dine"
    assert by_id["1"]["match"] == "rule"
    assert by_id["1"]["why"] == "qualifier '(Mali)' dropped, al- dropped"
    assert by_id["2"]["lineage_id"] == "aqim"
    assert by_id["3"]["lineage_id"] == "boko-haram"  # the name's holder in 2015
    assert (by_id["4"]["match"], by_id["4"]["lineage_id"]) == ("none", "")
    assert "Boko Haram" in by_id["4"]["why"]
    assert (by_id["5"]["match"], by_id["5"]["lineage_id"]) == ("none", "")
    assert by_id["6"]["match"] == "ambiguous"  # no date on that row
    assert (by_id["7"]["match"], by_id["7"]["lineage_id"]) == ("fuzzy", "jund-al-khilafa")
    assert by_id["7"]["why"] == "'khalufa' read as 'khalifa'"
    assert by_id["1"]["longitude"] == "-3.99"
    assert by_id["2"]["longitude"] == "'=1+2"
    assert by_id["3"]["longitude"] == "'@x"
    assert err.strip() == (
        "lineage: 7 rows: 4 resolved (1 exact, 2 by rule, 1 fuzzy: a misspelt word), "
        "1 ambiguous, 2 unknown (1 with a suggestion to check)"
    )


def test_output_to_a_file_leaves_the_input_untouched(table: Path, tmp_path: Path) -> None:
    before = table.read_bytes(), table.stat().st_mtime_ns
    out = tmp_path / "out.csv"
    code, stdout, _ = run(str(table), "--column", "gname", "-o", str(out))
    assert code == 0
    assert stdout == ""
    assert (table.read_bytes(), table.stat().st_mtime_ns) == before
    assert len(rows(out.read_text(encoding="utf-8"))) == 8
    # run again on its own output: the columns are refreshed, not repeated
    again = tmp_path / "again.csv"
    assert run(str(out), "--column", "gname", "--at", "iyear", "-o", str(again))[0] == 0
    header = rows(again.read_text(encoding="utf-8"))[0]
    assert header == ["eventid", "gname", "iyear", "longitude", *COLUMNS]
    assert [f.name for f in tmp_path.iterdir() if f.name.startswith(".")] == []


def test_semicolons_and_a_byte_order_mark_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "fr.csv"
    path.write_bytes("\ufeffgroupe;année\nAnsar Eddine;2012\nAQMI;2012\n".encode())
    out = tmp_path / "out.csv"
    assert run(str(path), "--column", "groupe", "-o", str(out))[0] == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    got = rows(raw.decode("utf-8-sig"), delimiter=";")
    assert got[0][:2] == ["groupe", "année"]
    assert got[1][2] == "ansar-dine"


def test_a_windows_1252_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "cp.csv"
    path.write_bytes("name\nAl-Qaïda\n".encode("cp1252"))
    code, out, err = run(str(path), "--column", "name")
    assert code == 0
    assert rows(out)[1][1] == "al-qaeda"
    assert "Windows-1252" in err


@pytest.mark.parametrize(
    ("make_file", "args", "message"),
    [
        (None, ["--column", "gname"], "No such file"),
        ("dir", ["--column", "gname"], "is a folder, not a file"),
        (
            "table",
            ["--column", "group"],
            "no column 'group' (--column) — its columns are: 'eventid'",
        ),
        ("table", ["--column", "gname", "--at", "date"], "no column 'date' (--at)"),
        ("empty", ["--column", "gname"], "the file is empty"),
        ("binary", ["--column", "gname"], "not a text table"),
        ("nul", ["--column", "name"], "not a CSV table"),
        ("table", ["--column", "gname", "-o", "SAME"], "that is the input file"),
        ("table", ["--column", "gname", "-o", "nowhere/out.csv"], "does not exist"),
    ],
)
def test_bad_input_is_a_clear_error_and_exit_2(
    tmp_path: Path, make_file: str | None, args: list[str], message: str
) -> None:
    path = tmp_path / "in.csv"
    if make_file == "dir":
        path.mkdir()
    elif make_file == "table":
        path.write_text(TABLE, encoding="utf-8")
    elif make_file == "empty":
        path.write_text("", encoding="utf-8")
    elif make_file == "binary":
        path.write_bytes(b"name\n\x81\x8d\x8f\x90\x9d\xff\n")
    elif make_file == "nul":
        path.write_text('name\n"' + "x" * 200_000 + '"\n', encoding="utf-8")
    before = path.read_bytes() if path.is_file() else None
    args = [a.replace("SAME", str(path)) for a in args]
    args = [str(tmp_path / a) if a.startswith("nowhere") else a for a in args]
    code, out, err = run(str(path), *args)
    assert code == 2
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1
    if before is not None:
        assert path.read_bytes() == before


def test_another_dataset(table: Path) -> None:
    code, out, _ = run(
        str(table), "--column", "gname", "--data", str(ROOT / "data" / "groups.json")
    )
    assert code == 0
    assert rows(out)[1][4] == "ansar-dine"


@pytest.mark.parametrize(
    ("name", "at", "said"),
    [
        ("GSPC", "2010", "exact name, a name it bore 1998 to 2007-01, not at 2010"),
        ("AQMI", "2003", "exact name, a name it bore 2007-01 to …, not at 2003"),
        ("GSPC", "2005", "exact name"),
        ("GSPC", None, "exact name"),
    ],
)
def test_a_name_the_group_did_not_bear_then_is_said_so(
    lg: lineage.Lineage, name: str, at: str | None, said: str
) -> None:
    found = lg.resolve(name, at=at)
    assert found.id == "aqim"
    assert found.why == said
    assert bool(match_line(found)) is (said != "exact name")


def test_a_name_a_group_took_later_never_names_it_before_it_existed(lg: lineage.Lineage) -> None:
    # ISWAP (al-Barnawi's side) bears the name from 2016; in mid-2015 it was Boko Haram's,
    # which the data does not record in English: no match, rather than a group not yet there
    (found,) = lg.resolve_many(["ISWAP"], at="2015-06")
    assert (found.id, found.match) == (None, "none")
    assert "iswap (" in found.note
    assert "did not exist at 2015-06" in found.note
    assert lg.resolve("ISWAP", at="2017").id == "iswap"
    with pytest.raises(UnknownNameError):
        lg.group("ISWAP", at="2015-06")
