"""``lineage resolve``: reconcile a table's column of group names with the data,
OpenRefine-style.

The table comes back whole, one output row per input row in order, with the
columns ``lineage_id``, ``lineage_name``, ``match`` (exact / rule / fuzzy /
none / ambiguous), ``score`` and ``why`` added (or refreshed, when the table
already has them); a fuzzy row is one of a group's names with a misspelt word
(the ``why`` column says which), and an unmatched row's ``why`` names the
closest name as a suggestion, never a match. One summary line goes to stderr.
The input file is only read, never written.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import click

from ..names.table import COLUMNS, columns, safe_cell
from .common import BAD_INPUT, DataChoice, Exit, check_output, data_option, handle_errors, open_data

__all__ = ["resolve"]

_DELIMITERS = ",;\t|"


@click.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--column", "column", required=True, help="The column holding group names.")
@click.option(
    "--at",
    "at_column",
    default=None,
    help="A column of dates (EDTF: 2015, 2015-06): resolve each name as of its row's date.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the table here (default: standard output).",
)
@handle_errors
@data_option
def resolve(
    file: Path, column: str, at_column: str | None, output: Path | None, data: DataChoice
) -> None:
    """Add lineage_id, lineage_name, match, score and why to every row of FILE.csv,
    resolving the names in --column (comma, semicolon or tab separated; UTF-8 or
    Windows-1252). Cells that a spreadsheet would run as formulas get a leading '.

    Example: lineage resolve gtd.csv --column gname --at iyear -o gtd-resolved.csv
    """
    if output is not None:
        _check_output(file, output)
    text, bom = _read(file)
    dialect = _dialect(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as exc:
        raise Exit(
            [f"lineage: {file}: not a CSV table ({exc}) — save it as CSV"], BAD_INPUT
        ) from None
    if not rows:
        raise Exit(
            [f"lineage: {file}: the file is empty — give a table with a header row"], BAD_INPUT
        )
    header, body = rows[0], rows[1:]
    names_at = _position(file, header, column, "--column")
    dates_at = _position(file, header, at_column, "--at") if at_column is not None else None
    lg = open_data(data)
    names = [_cell(row, names_at) for row in body]
    dates = [_cell(row, dates_at) for row in body] if dates_at is not None else None
    found = lg.resolve_many(names, at=dates)
    assert isinstance(found, list)  # a list in, a list out
    out_header, out_rows = _table(header, body, [columns(r) for r in found])
    _write(out_header, out_rows, dialect, output, bom, file)
    _summary(found)


def _check_output(file: Path, output: Path) -> None:
    try:
        same = output.exists() and output.resolve() == file.resolve()
    except OSError:
        same = False
    if same or output.absolute() == file.absolute():
        raise Exit(
            [f"lineage: {output}: that is the input file — write the result to another file"],
            BAD_INPUT,
        )
    check_output(output)


def _read(file: Path) -> tuple[str, bool]:
    """The file's text and whether it began with a UTF-8 byte-order mark."""
    from ..io.files import read_bounded

    try:  # an OSError (missing, unreadable) exits 2; a device or pipe is refused
        raw = read_bounded(file, 512 * 1024 * 1024)
    except ValueError as exc:
        raise Exit([f"lineage: {file}: {exc} — give a CSV file"], BAD_INPUT) from None
    bom = raw.startswith(b"\xef\xbb\xbf")
    try:
        return raw.decode("utf-8-sig"), bom
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        click.echo(f"lineage: {file}: not UTF-8, read as Windows-1252", err=True)
        return text, False
    raise Exit(
        [f"lineage: {file}: not a text table (neither UTF-8 nor Windows-1252) — save it as CSV"],
        BAD_INPUT,
    )


def _dialect(text: str) -> type[csv.Dialect]:
    """Excel's CSV dialect, with the delimiter the header line uses most
    (comma, semicolon, tab or bar): quotes and apostrophes are left as they are."""
    first = text.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=first.count) if any(d in first for d in _DELIMITERS) else ","

    class Table(csv.excel):
        pass

    Table.delimiter = delimiter
    return Table


def _position(file: Path, header: Sequence[str], column: str, option: str) -> int:
    stripped = [h.strip() for h in header]
    for wanted in (column, column.strip()):
        if wanted in header:
            return list(header).index(wanted)
        if wanted in stripped:
            return stripped.index(wanted)
    shown = ", ".join(repr(h) for h in header) or "none"
    raise Exit(
        [f"lineage: {file}: no column {column!r} ({option}) — its columns are: {shown}"],
        BAD_INPUT,
    )


def _cell(row: Sequence[str], at: int) -> str:
    return row[at] if at < len(row) else ""


def _table(
    header: list[str], body: list[list[str]], added: list[dict[str, str]]
) -> tuple[list[str], list[list[str]]]:
    """The rows with the added columns (refreshed in place when already there)."""
    out_header = list(header)
    where: dict[str, int] = {}
    for name in COLUMNS:
        if name not in out_header:
            out_header.append(name)
        where[name] = out_header.index(name)
    width = len(out_header)
    out_rows = []
    for row, cells in zip(body, added, strict=True):
        line = [*row, *[""] * (width - len(row))]
        for name, value in cells.items():
            line[where[name]] = value
        out_rows.append([safe_cell(c) for c in line])
    return [safe_cell(c) for c in out_header], out_rows


def _write(
    header: list[str],
    rows: list[list[str]],
    dialect: type[csv.Dialect],
    output: Path | None,
    bom: bool,
    source: Path,
) -> None:
    """The table to stdout, or to ``output`` through lineage's one writer (never over
    the input, the umask honoured, links and special files handled)."""
    from ..io.files import plan_outputs, write_outputs

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    if output is None:
        click.echo(buffer.getvalue(), nl=False)
        return
    [planned] = plan_outputs([output], inputs=[source])
    text = buffer.getvalue()
    write_outputs([(planned, ("\ufeff" + text) if bom else text)])


def _summary(found: Sequence[object]) -> None:
    kinds = Counter(getattr(r, "match", "none") for r in found)
    resolved = kinds["exact"] + kinds["rule"] + kinds["fuzzy"]
    suggested = sum(
        1 for r in found if getattr(r, "match", "") == "none" and getattr(r, "runners_up", ())
    )
    click.echo(
        f"lineage: {len(found)} rows: {resolved} resolved ({kinds['exact']} exact, "
        f"{kinds['rule']} by rule, {kinds['fuzzy']} fuzzy: a misspelt word), "
        f"{kinds['ambiguous']} ambiguous, {kinds['none']} unknown "
        f"({suggested} with a suggestion to check)",
        err=True,
    )
