"""MMP's two files: the source they come from, their columns and codes, and reading them.

:func:`read_csv` reads a CSV as UTF-8 (a byte-order mark is allowed) and
checks it has the columns the importer needs, and that every row is whole: as
many fields as the header, no quote left open, no field over the CSV
reader's limit, and (in the relationships file) a ``unique_id`` that can be
part of a lineage id, used once. A missing file, a file that is not UTF-8, a
missing column or a malformed row is a :class:`~lineage.DataError` naming
the file, the row's line and the field, with what to do: one line per
problem (the first :data:`MAX_PROBLEMS`, then how many more).

>>> import tempfile
>>> from pathlib import Path
>>> folder = tempfile.TemporaryDirectory()
>>> bad = Path(folder.name, "rel.csv")
>>> _ = bad.write_text("group_id,name\\n1,Alpha\\n2\\n3,Gamma,extra\\n", encoding="utf-8")
>>> try:
...     read_csv(bad, KEY_COLUMNS, "group key")
... except DataError as exc:
...     for p in exc.problems:
...         print(p.record, "|", p.field, "|", p.message)
line 3 | name | missing: the row has 1 field, the header 2
line 4 | - | the row has 3 fields, the header 2
>>> folder.cleanup()

>>> try:
...     read_csv("no-such-file.csv", KEY_COLUMNS, "group key")
... except DataError as exc:
...     print(exc)
no-such-file.csv: no such file — give the MMP group key CSV
>>> TYPES["spl"]
'split'
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterator

from ...exceptions import DataError, Problem
from ...io.files import read_bounded

__all__ = [
    "KEY_COLUMNS",
    "MAX_BYTES",
    "MAX_PROBLEMS",
    "MMP_SOURCE",
    "REL_COLUMNS",
    "TYPES",
    "read_csv",
]

MAX_BYTES = 256 * 1024 * 1024
"""An MMP file larger than this is refused (the real ones are under 1 MB)."""
MAX_PROBLEMS = 50
"""At most this many malformed rows are listed, then how many more there are."""

MMP_SOURCE = {
    "id": "mmp",
    "title": "MMP Dataset and Codebook",
    "author": "Mapping Militant Organizations, Stanford University",
    "published": "2019-07",
    "url": "https://cisac.fsi.stanford.edu/mappingmilitants",
    "citation": 'Mapping Militant Organizations. "MMP Dataset and Codebook." Stanford '
    "University. Last modified July 2019. https://cisac.fsi.stanford.edu/mappingmilitants",
    "covers_until": "2019-07",
    "note": "Relationship dyads among 262 groups (data scraped July 31, 2019). The codebook "
    "warns the data were not systematically collected and may hold small errors.",
}
KEY_COLUMNS = ["group_id", "name"]
REL_COLUMNS = [
    "unique_id",
    "type",
    "group1_id",
    "group2_id",
    "date",
    "description",
    "group1_name",
    "group2_name",
]
# MMP's relationship codes and the lineage kinds they start from
TYPES = {"mer": "merger", "spl": "split", "aff": "pledge", "all": "alliance", "riv": "rivalry"}


class _Strict(csv.excel):
    strict = True  # an unterminated quote is an error, not the rest of the file in one field


_ROW_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,150}")
"""What a ``unique_id`` may be: it becomes part of an event id, ``mmp-r<unique_id>``."""


def read_csv(path: str | os.PathLike[str], columns: list[str], what: str) -> list[dict[str, str]]:
    """The rows of the MMP ``what`` file at ``path``, which must hold ``columns``."""
    file = str(path)
    try:
        text = read_bounded(path, MAX_BYTES).decode("utf-8-sig")
    except FileNotFoundError:
        raise _fail(file, "-", "-", "no such file", f"give the MMP {what} CSV") from None
    except UnicodeDecodeError as exc:
        raise _fail(file, "-", "-", f"is not UTF-8 ({exc.reason})", "re-save it as UTF-8") from None
    except OSError as exc:
        message = f"cannot be read ({exc.strerror or exc})"
        raise _fail(file, "-", "-", message, f"give the MMP {what} CSV") from None
    except ValueError as exc:  # a device, a folder, too large
        raise _fail(file, "-", "-", str(exc), f"give the MMP {what} CSV") from None
    reader = csv.DictReader(io.StringIO(text), dialect=_Strict)
    try:
        header = list(reader.fieldnames or [])
    except csv.Error as exc:
        raise _fail(file, "line 1", "-", _csv_error(exc), "save the file as CSV") from None
    missing = [c for c in columns if c not in header]
    if missing:
        raise _fail(
            file,
            "-",
            ", ".join(missing),
            "column missing",
            f"this does not look like the MMP {what} file",
        )
    rows: list[dict[str, str]] = []
    problems = list(_malformed(file, reader, header, columns, rows))
    if problems:
        raise DataError(_capped(file, problems))
    return rows


def _fail(file: str, row: str, field: str, message: str, fix: str) -> DataError:
    return DataError([Problem(file, row, field, message, fix)])


def _csv_error(exc: csv.Error) -> str:
    """The CSV reader's complaint in a person's words."""
    text = str(exc)
    if "field larger than field limit" in text:
        return f"a field is longer than {csv.field_size_limit():,} characters"
    if "unexpected end of data" in text:
        return "a quoted field is never closed"
    if "expected after" in text:
        return "a quoted field has text after its closing quote"
    return f"is not valid CSV ({text})"


def _malformed(
    file: str,
    reader: csv.DictReader[str],
    header: list[str],
    columns: list[str],
    rows: list[dict[str, str]],
) -> Iterator[Problem]:
    """Every malformed row; the whole rows are added to ``rows``."""
    seen: dict[str, int] = {}
    line = reader.line_num + 1
    while True:
        try:
            raw = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Problem(
                file, f"line {line}", "-", _csv_error(exc), "close the quote, or shorten the field"
            )
            return  # the reader cannot find where the next row starts
        problem = _row_problem(file, f"line {line}", raw, header, columns, seen, line)
        if problem is None:
            rows.append(raw)
        else:
            yield problem
        line = reader.line_num + 1


def _row_problem(
    file: str,
    where: str,
    raw: dict[str | None, str | list[str] | None],
    header: list[str],
    columns: list[str],
    seen: dict[str, int],
    line: int,
) -> Problem | None:
    extra = raw.get(None)
    if isinstance(extra, list):
        return Problem(
            file,
            where,
            "-",
            f"the row has {len(header) + len(extra)} fields, the header {len(header)}",
            "quote any field that holds a comma, or remove the extra fields",
        )
    short = [c for c in header if raw.get(c) is None]
    if short:
        have = len(header) - len(short)
        fields = "field" if have == 1 else "fields"
        return Problem(
            file,
            where,
            short[0],
            f"missing: the row has {have} {fields}, the header {len(header)}",
            "give the row every column (an empty field is two commas)",
        )
    if "unique_id" in columns:
        return _unique_id(file, where, str(raw["unique_id"]).strip(), seen, line)
    return None


def _unique_id(file: str, where: str, uid: str, seen: dict[str, int], line: int) -> Problem | None:
    if not _ROW_ID.fullmatch(uid):
        return Problem(
            file,
            where,
            "unique_id",
            f"{uid[:40]!r} cannot be a row id (lower-case letters, digits, '.', '_', '-')",
            "give the row MMP's numeric unique_id",
        )
    first = seen.setdefault(uid, line)
    if first != line:
        return Problem(
            file,
            where,
            "unique_id",
            f"{uid!r} is used twice (lines {first} and {line})",
            "give each row its own unique_id",
        )
    return None


def _capped(file: str, problems: list[Problem]) -> list[Problem]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    more = len(problems) - MAX_PROBLEMS
    return [
        *problems[:MAX_PROBLEMS],
        Problem(file, "-", "-", f"and {more:,} more malformed rows", "fix the rows above first"),
    ]
