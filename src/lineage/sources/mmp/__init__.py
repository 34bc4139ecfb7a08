"""Import Stanford's Mapping Militant Organizations (MMP) relationship files.

:func:`import_mmp` reads ``Militant-Group-Relationships-clean.csv`` and
``Militant-Group-Key.csv`` and returns a normal :class:`~lineage.Dataset`
plus an :class:`ImportReport` that accounts for every row. Nothing is dropped
silently, no date or direction is invented:

* Directions are never guessed. MMP's codebook does not fix which way an
  ``aff``, ``spl`` or ``mer`` row goes, nor does its column order, so such
  a row is directed only where its description states the direction: read
  by the rules of :mod:`.directions` ("X pledged allegiance to Y", "X is a
  front of Y", "X split from Y", "members of Y split to form X", "X merged
  into Y", "Y absorbed X", "X and Y merged to form Z", ...), or by a
  judgement shipped in ``judgements.json`` (:mod:`.judgements`) for words
  the rules cannot read. Otherwise it is an ``undirected`` event (relation
  ``affiliation``, ``split`` or ``merger``), which feeds no descent,
  allegiance or camp. Each event's ``note`` says how its direction was
  decided; the report counts rows directed by rules, by judgements and left
  undirected, by type.
* ``aff`` → a pledge only where the words state fealty (allegiance sworn,
  being a branch, wing, front or affiliate *of* the other); cooperation
  (fighting alongside, a claimed attack, training, funding) stays an
  undirected affiliation. ``spl`` → a split (MMP never says whether the
  splinter was new, so ``splinter_is_new`` is false). ``mer`` → an absorption
  where X merged into Y (or Y absorbed X, X joined Y) and MMP shows no later
  act of X, else a merger that ends no group; "X and Y merged to form Z" rows
  with the same result and date become one merger with several parties.
  ``all`` → an alliance; ``riv`` → a rivalry.
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
* :mod:`.settle` — what each row means (with :mod:`.directions` and
  :mod:`.mentions`: who split from, merged into or pledged to whom, read
  from the description; and :mod:`.judgements`: the shipped readings of
  words the rules cannot read);
* :mod:`.events` — duplicates collapsed, event records built;
* :mod:`.report` — :class:`ImportReport`; :mod:`.importer` — :func:`import_mmp`.
"""

from .csvfile import MMP_SOURCE
from .importer import import_mmp, read_mmp
from .report import ImportReport

__all__ = ["MMP_SOURCE", "ImportReport", "import_mmp", "read_mmp"]
