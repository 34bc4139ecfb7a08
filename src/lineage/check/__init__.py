"""Checks of what a dataset means, across records (the second validation pass).

:func:`check_dataset` returns every problem at once (an empty list when the
dataset is sound), running each rule of :data:`RULES` in turn:

* ids: duplicated anywhere in the file (every record id is unique file-wide);
* references: to groups, people and sources that do not exist;
* dates: an end before its start (names, roles, pledges, alliances, rivalries,
  a group's founding and dissolution);
* events dated definitely before the group was founded or after it dissolved
  (the events that found or end a group excepted);
* names: one name (as :func:`~lineage.names.normalise` compares them) claimed
  by two groups over a period when both certainly bore it; every name has a
  citation or a note; no name is listed twice on one group or person, unless
  borne, dropped and borne again over spans that certainly do not overlap;
* text: no name, quote, description, note or other text holds a character XML
  1.0 cannot carry (C0 controls but tab, newline and carriage return; U+FFFE,
  U+FFFF; surrogates);
* renames: the old and new names must be names of the group;
* lineage: an offspring founded definitely before its parent, a group created
  by two events, or a cycle of events that each create their target;
* pledges (with ``verify_quotes``, the full check): no cycle of pledges that
  may all hold on one day;
* departures and joinings must name the people;
* with ``verify_quotes``, every quote must be found in its source's text
  (whitespace and quote-style differences tolerated, nothing else) and every
  cited name must appear in its quote;
* with ``verify_quotes``, every name of a group or person cites a source (a
  note alone does not; an MMP import cites its key's lines).

The rules live in :mod:`.records`, :mod:`.text`, :mod:`.dates`, :mod:`.lineage`
and :mod:`.quotes`; what they share (the :class:`Checker`) in :mod:`.context`.
A new check is one more function ``rule(ck: Checker) -> None`` in the module it
belongs to, listed in :data:`RULES`.

>>> from lineage.model import Dataset
>>> ds = Dataset.model_validate({"groups": [
...     {"id": "a", "name": "A", "founded": "2015", "dissolved": "2014"}]})
>>> [(p.record, p.field, p.message) for p in check_dataset(ds, "f.json")]
[('a', 'dissolved', 'the dissolution 2014 comes before its start 2015')]
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..exceptions import Problem
from ..graph.build import Spans
from ..model import Dataset, Name
from .context import Checker, Rule, cited
from .dates import event_dates, group_dates, name_conflicts
from .lineage import created_twice, lineage_cycles, lineage_direction, pledge_cycles
from .quotes import allow_source_dirs, names_cited, quotes_match, source_files, source_text
from .records import (
    duplicate_ids,
    event_fields,
    name_fields,
    repeated_names,
    role_fields,
    unknown_sources,
)
from .text import xml_characters

__all__ = [
    "RULES",
    "Checker",
    "Rule",
    "allow_source_dirs",
    "check_dataset",
    "cited",
    "source_text",
]

RULES: tuple[Rule, ...] = (
    # records: ids, references, fields
    duplicate_ids,
    unknown_sources,
    role_fields,
    event_fields,
    name_fields,
    repeated_names,
    # text
    xml_characters,
    # dates
    group_dates,
    event_dates,
    name_conflicts,
    # lineage
    lineage_direction,
    created_twice,
    lineage_cycles,
    pledge_cycles,
    # sources and quotes (only when quotes are verified)
    source_files,
    quotes_match,
    names_cited,
)
"""Every rule, in the order their problems are reported."""


def check_dataset(
    dataset: Dataset,
    file: str = "<string>",
    *,
    base_dir: Path | None = None,
    verify_quotes: bool = False,
    spans: Spans | None = None,
    shared_names: Iterable[list[tuple[str, Name]]] | None = None,
    source_dirs: Iterable[str | Path] = (),
) -> list[Problem]:
    """Every cross-record problem in ``dataset``; ``base_dir`` resolves source paths.

    Source texts are read only from ``base_dir`` (the dataset's folder) and the
    folders in ``source_dirs`` (see :mod:`.quotes`).

    ``spans`` (:func:`~lineage.graph.effective_spans`) and ``shared_names`` (the
    :meth:`~lineage.names.NameIndex.shared` names of the groups) may be passed
    in when already computed.
    """
    ck = Checker(
        dataset,
        file,
        base_dir=base_dir,
        verify_quotes=verify_quotes,
        spans=spans,
        shared_names=shared_names,
    )
    if source_dirs:
        allow_source_dirs(ck, source_dirs)
    for rule in RULES:
        rule(ck)
    return ck.problems
