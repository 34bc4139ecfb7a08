"""MMP's two files: the source they come from, their columns and codes, and reading them.

:func:`read_csv` reads a CSV as UTF-8 (a byte-order mark is allowed) and
checks it has the columns the importer needs; a missing file, a file that is
not UTF-8 or a missing column is a :class:`~lineage.DataError` that says
what to do.

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
from pathlib import Path

from ...exceptions import DataError, Problem

__all__ = ["KEY_COLUMNS", "MMP_SOURCE", "REL_COLUMNS", "TYPES", "read_csv"]

MMP_SOURCE = {
    "id": "mmp",
    "title": "MMP Dataset and Codebook",
    "author": "Mapping Militant Organizations, Stanford University",
    "published": "2019-07",
    "url": "https://cisac.fsi.stanford.edu/mappingmilitants",
    "citation": 'Mapping Militant Organizations. "MMP Dataset and Codebook." Stanford '
    "University. Last modified July 2019. https://cisac.fsi.stanford.edu/mappingmilitants",
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


def read_csv(path: str | os.PathLike[str], columns: list[str], what: str) -> list[dict[str, str]]:
    """The rows of the MMP ``what`` file at ``path``, which must hold ``columns``."""
    file = str(path)
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise DataError(
            [Problem(file, "-", "-", "no such file", f"give the MMP {what} CSV")]
        ) from None
    except UnicodeDecodeError as exc:
        raise DataError(
            [Problem(file, "-", "-", f"is not UTF-8 ({exc.reason})", "re-save it as UTF-8")]
        ) from None
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in columns if c not in (reader.fieldnames or [])]
    if missing:
        raise DataError(
            [
                Problem(
                    file,
                    "-",
                    ", ".join(missing),
                    "column missing",
                    f"this does not look like the MMP {what} file",
                )
            ]
        )
    return list(reader)
