"""Import Stanford's Mapping Militant Organizations (MMP) relationship files.

:func:`import_mmp` reads ``Militant-Group-Relationships-clean.csv`` and
``Militant-Group-Key.csv`` and returns a normal :class:`~lineage.Dataset`
plus an :class:`ImportReport` that accounts for every row. Nothing is dropped
silently, no date or direction is invented:

* ``mer`` → an absorption where the description says X merged *into* Y (or Y
  absorbed X, X joined Y) and MMP shows no later act of X; otherwise a merger
  that ends no group (MMP often records the "merged" group acting later).
  "X and Y merged to form Z" rows with the same result and date become one
  merger with several parties.
* ``spl`` → a split. Its direction is settled from the description where it
  says so ("X split from Y", "X broke away from Y", "X, a splinter of Y",
  "members of Y split to form X"); otherwise MMP's order (group1 the parent)
  is kept and flagged. MMP never says whether the splinter was new, so
  ``splinter_is_new`` is false.
* ``aff`` → a pledge, group1 to group2 unless the description says who
  pledged to whom; ``all`` → an alliance; ``riv`` → a rivalry.
* Dates: ``YYYY-MM-DD`` with ``00`` for an unknown month or day becomes
  ``YYYY`` or ``YYYY-MM``; ``M/D/YY`` becomes that day (two-digit years up to
  the data's 2019 horizon are 20YY, later ones 19YY); a ``1/1/YY`` date may be
  a placeholder for a year and is flagged.
* Rows coded twice (same pair, same date, same kind, or both ``spl`` and
  ``mer``) become one event with one citation per row.
* Every event cites MMP with the row's ``unique_id`` as locator and its
  description (``\\'`` and HTML entities unescaped) as the quote.

The package's modules, in the order the import uses them:

* :mod:`.csvfile` — the source record, the files' columns and codes, reading them;
* :mod:`.groups` — the key's groups (with :mod:`.names`: text cleaning, extra
  names, names shared by two groups);
* :mod:`.rows` — relationship rows checked and read (with :mod:`.dates`);
* :mod:`.settle` — what each row means (with :mod:`.directions`: who split
  from, merged into or pledged to whom, read from the description);
* :mod:`.events` — duplicates collapsed, event records built;
* :mod:`.report` — :class:`ImportReport`; :mod:`.importer` — :func:`import_mmp`.
"""

from .csvfile import MMP_SOURCE
from .importer import import_mmp, read_mmp
from .report import ImportReport

__all__ = ["MMP_SOURCE", "ImportReport", "import_mmp", "read_mmp"]
