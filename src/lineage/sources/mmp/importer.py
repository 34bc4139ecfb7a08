"""The MMP import itself: read both files, settle every row, build the dataset.

>>> import tempfile
>>> from pathlib import Path
>>> folder = tempfile.TemporaryDirectory()
>>> key, rel = Path(folder.name, "key.csv"), Path(folder.name, "rel.csv")
>>> _ = key.write_text("group_id,name\\n1,Alpha Front\\n2,Beta Brigade\\n", encoding="utf-8")
>>> _ = rel.write_text(",".join(REL_COLUMNS) + "\\n"
...     '7,spl,2,1,2001-00-00,"Beta Brigade split from Alpha Front.",Beta Brigade,Alpha Front\\n',
...     encoding="utf-8")
>>> dataset, report = import_mmp(rel, key)
>>> [(e.kind, e.parent, e.splinter, str(e.date)) for e in dataset.events]
[('split', 'mmp-g1', 'mmp-g2', '2001')]
>>> report.row_to_event, report.counts()
({'7': 'mmp-r7'}, {'split direction reversed': 1})
>>> dataset.events[0].note.split(". ")[0]
"Imported from MMP; direction from the description: 'Beta Brigade split from Alpha Front'"
>>> folder.cleanup()
"""

from __future__ import annotations

import os

from ...model import Dataset
from .csvfile import KEY_COLUMNS, MMP_SOURCE, REL_COLUMNS, read_csv
from .events import build_events
from .groups import groups_from_key
from .judgements import SHIPPED, load_judgements
from .report import ImportReport
from .rows import read_rows
from .settle import settle

__all__ = ["import_mmp", "read_mmp"]


def import_mmp(
    relationships_csv: str | os.PathLike[str],
    group_key_csv: str | os.PathLike[str],
    judgements: str | os.PathLike[str] | None = None,
) -> tuple[Dataset, ImportReport]:
    """Read the two MMP files into a dataset and a report of every decision.

    ``judgements`` is a judgements file (:mod:`.judgements`) to use instead
    of the one shipped with lineage; a judgement that does not fit its row is
    a :class:`~lineage.DataError` naming it.
    """
    report = ImportReport()
    judged = load_judgements(judgements)
    key_rows = read_csv(group_key_csv, KEY_COLUMNS, "group key")
    rel_rows = read_csv(relationships_csv, REL_COLUMNS, "relationships")
    groups, names_by_id = groups_from_key(key_rows, report)
    rows = read_rows(rel_rows, groups, names_by_id, report)
    source = str(judgements) if judgements is not None else SHIPPED
    events = build_events(settle(rows, groups, report, judged, source), groups, report)
    imported = {r.uid for r in rows}
    report.judgements_unused = sorted((j for j in judged if j not in imported), key=int)
    dataset = Dataset.model_validate(
        {"sources": [MMP_SOURCE], "groups": list(groups.values()), "events": events}
    )
    report.groups = len(groups)
    return dataset, report


def read_mmp(
    relationships_csv: str | os.PathLike[str], group_key_csv: str | os.PathLike[str]
) -> Dataset:
    """The MMP files as a lineage :class:`~lineage.Dataset` (see :func:`import_mmp`)."""
    return import_mmp(relationships_csv, group_key_csv)[0]
