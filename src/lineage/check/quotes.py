"""Rules on sources: their texts can be read, every quote is found in its text, and
every name cites one.

All three run only when quotes are verified (``verify_quotes``, the full check of
``lineage check``):

* :func:`source_files`: each source's ``path`` is a readable UTF-8 file
  (relative to ``base_dir``, the dataset's folder, by default the working
  directory) inside a folder the dataset may read: its own folder, and the
  folders named with :func:`allow_source_dirs` (``check_dataset(...,
  source_dirs=...)``, ``lineage check --sources-dir``). Lineage's own data
  may also read lineage's own seed texts. A path elsewhere, through a
  symbolic link, to a special file or over the size limit is refused by
  :func:`~lineage.io.sources.read_source` without reading it, in words that
  say nothing about what it points to;
* :func:`quotes_match`: every quote is found in its source's text (whitespace and
  quote-style differences tolerated, nothing else), and every quote cited for
  a name contains that name (as :func:`~lineage.names.normalise` compares them).
  Only the texts read are searched: a refused source's quotes are neither
  found nor not found;
* :func:`names_cited`: a name is a fact, so every name a group or person lists
  cites a source whose quote holds it; a note saying where a form comes from
  is not enough. An MMP import cites, for each name it reads from MMP's key, the
  key line; ``lineage synth`` cites its synthetic source.

Sources without a ``path`` (a published page) are not checked.

>>> import tempfile
>>> from pathlib import Path
>>> from lineage.model import Dataset
>>> from lineage.check import Checker
>>> folder = tempfile.TemporaryDirectory()
>>> _ = Path(folder.name, "s.txt").write_text("They called it “The Front”.\\nSee also\\n", "utf-8")
>>> source_text(Path(folder.name, "s.txt"), 1)
'They called it "The Front".'
>>> ds = Dataset.model_validate({"sources": [{"id": "s", "title": "S", "path": "s.txt"}],
...     "groups": [{"id": "a", "name": "The Front", "citations": [
...         {"source": "s", "quote": 'called  it "The Front"'},
...         {"source": "s", "quote": "They named it"}]}]})
>>> ck = Checker(ds, base_dir=Path(folder.name), verify_quotes=True)
>>> quotes_match(ck)
>>> [(p.record, p.field, p.message) for p in ck.problems]
[('a', 'citations[1].quote', "quote not found in source 's': 'They named it'")]
>>> folder.cleanup()
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple
from weakref import WeakKeyDictionary

from ..io.files import bundled_path
from ..io.sources import SourceError, read_source
from ..model import Dataset, Group, Person
from ..names.fold import fold_quotes as normalise_quote
from ..names.fold import normalise_uncached as normalise  # bulk: each name once
from .context import Checker, _citations, cited

__all__ = [
    "SourceTexts",
    "allow_source_dirs",
    "allowed_dirs",
    "names_cited",
    "quotes_match",
    "source_files",
    "source_text",
    "source_texts",
]

_SOURCE_DIRS: WeakKeyDictionary[Checker, tuple[Path, ...]] = WeakKeyDictionary()


def allow_source_dirs(ck: Checker, dirs: Iterable[str | Path]) -> None:
    """Let ``ck`` read source texts from ``dirs`` too, besides the dataset's folder."""
    _SOURCE_DIRS[ck] = tuple(Path(d) for d in dirs)


def allowed_dirs(ck: Checker) -> list[Path]:
    """The folders ``ck`` may read source texts from, resolved: the dataset's folder,
    the folders allowed with :func:`allow_source_dirs` and, for lineage's own data,
    lineage's own seed texts."""
    base = (ck.base_dir or Path.cwd()).resolve()
    found = [base, *(d.resolve() for d in _SOURCE_DIRS.get(ck, ()))]
    bundled = bundled_path().resolve().parent
    if base == bundled:
        found.append(bundled.parent / "seeds")
    return list(dict.fromkeys(found))


def source_text(path: Path, last_line: int | None) -> str:
    """The text of the source file at ``path`` (trusted: no folder is checked) up to
    ``last_line``, quote-normalised."""
    return _up_to(path.read_text(encoding="utf-8"), last_line)


class SourceTexts(NamedTuple):
    """The sources' texts, and the problems met reading them."""

    texts: dict[str, str | None]
    """Each source's quote-normalised text; ``None`` for a source without a path."""
    unreadable: list[tuple[str, str, str]]
    """``(source id, message, fix)`` for each file that could not be read."""


def source_texts(ck: Checker) -> SourceTexts:
    """Read every source file once; ask for it as ``ck.derived(source_texts)``."""
    found = SourceTexts({}, [])
    base_dir = (ck.base_dir or Path.cwd()).resolve()
    allowed: Sequence[Path] = allowed_dirs(ck)
    for src in ck.ds.sources:
        if src.path is None:
            found.texts[src.id] = None
            continue
        try:
            text = read_source(src.path, base_dir, allowed)
        except SourceError as exc:
            found.unreadable.append((src.id, exc.message, exc.fix))
            continue
        found.texts[src.id] = _up_to(text, src.last_line)
    return found


def _up_to(text: str, last_line: int | None) -> str:
    if last_line is not None:
        text = "\n".join(text.splitlines()[:last_line])
    return normalise_quote(text)


def source_files(ck: Checker) -> None:
    """Source files that are missing or cannot be read as UTF-8 text."""
    if not ck.verify_quotes:
        return
    for sid, message, fix in ck.derived(source_texts).unreadable:
        ck.add(sid, "path", message, fix)


def _names_cited(dataset: Dataset) -> dict[int, str]:
    """``{id(citation): name}`` for the citations given for a name."""
    names: dict[int, str] = {}
    bearers: tuple[Group | Person, ...] = (*dataset.groups, *dataset.people)
    for rec in bearers:
        for n in rec.names:
            for c in n.citations:
                names[id(c)] = n.name
    return names


def quotes_match(ck: Checker) -> None:
    """Quotes not found in their source's text, and name quotes without the name (the
    name is checked in every name's quote, a published page's too, whose text is
    not here to search)."""
    if not ck.verify_quotes:
        return
    texts = ck.derived(source_texts).texts
    names = _names_cited(ck.ds)
    faults: dict[int, tuple[str, str]] = {}  # id(citation) -> (message, fix)
    for cit in _citations(ck.ds):
        text = texts.get(cit.source)
        quote = normalise_quote(cit.quote)
        if text is None:  # a published page: no text here, but a name's quote must hold it
            if id(cit) in names and normalise(names[id(cit)]) not in normalise(quote):
                faults[id(cit)] = (
                    f"the quote does not contain the name {names[id(cit)]!r}",
                    "quote the passage where the source uses this name",
                )
            continue
        if quote not in text:
            faults[id(cit)] = (
                f"quote not found in source {cit.source!r}: {cit.quote[:60]!r}",
                "copy the words exactly as the source has them",
            )
        elif id(cit) in names and normalise(names[id(cit)]) not in normalise(quote):
            faults[id(cit)] = (
                f"the quote does not contain the name {names[id(cit)]!r}",
                "quote the passage where the source uses this name",
            )
    if faults:  # only a faulty file: the slow path names each citation's field
        for rid, field, cit in cited(ck.ds):
            fault = faults.get(id(cit))
            if fault is not None:
                ck.add(rid, f"{field}.quote", *fault)


def names_cited(ck: Checker) -> None:
    """Names listed without a citation (an import cites the line of its key it read).

    >>> from lineage.model import Dataset
    >>> from lineage.check import Checker
    >>> quote = {"source": "s", "quote": "the Front, also called the Base"}
    >>> ds = Dataset.model_validate({"sources": [{"id": "s", "title": "S", "url": "u"}],
    ...     "groups": [{"id": "a", "name": "The Front", "names": [
    ...         {"name": "The Front", "kind": "official", "citations": [quote]},
    ...         {"name": "The Base", "kind": "nickname", "note": "analysts say so"}]}]})
    >>> ck = Checker(ds, "f.json", verify_quotes=True)
    >>> names_cited(ck)
    >>> [str(p) for p in ck.problems]  # doctest: +NORMALIZE_WHITESPACE
    ["f.json: a: names[1]: the name 'The Base' cites no source (it has only a note) —
      cite a source that uses it: a citation whose quote holds the name"]
    """
    if not ck.verify_quotes:
        return
    bearers: tuple[Group | Person, ...] = (*ck.ds.groups, *ck.ds.people)
    for rec in bearers:
        for j, n in enumerate(rec.names):
            if not n.citations and n.note:  # with neither: records.name_fields says so
                ck.add(
                    rec.id,
                    f"names[{j}]",
                    f"the name {n.name!r} cites no source (it has only a note)",
                    "cite a source that uses it: a citation whose quote holds the name",
                )
