"""Loading one dataset file, or several as one.

>>> import lineage
>>> lineage.load()
<Lineage groups.json: 15 groups, 9 people, 30 events>
>>> lineage.load([lineage.BUNDLED]).dataset == lineage.load().dataset  # one file: as ever
True
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ._gc import collector_paused
from .check import check_dataset
from .exceptions import DataError, Problem
from .facade import Lineage
from .io import MAX_BYTES, bundled_path, read_dataset
from .model import Dataset

if TYPE_CHECKING:
    from .identity import Link, Resolution

__all__ = ["BUNDLED", "SHIPPED_LINKS", "load"]

BUNDLED: Path = bundled_path()
"""The bundled dataset's path (``data/groups.json``), e.g. for
``lineage.load([lineage.BUNDLED, "mmp.json"])``."""
SHIPPED_LINKS: Path = BUNDLED.with_name("links.json")
"""Identity links shipped with lineage (the bundled data to an MMP import, and MMP's own
duplicates): applied whenever the bundled dataset is loaded with others."""

PathLike = str | os.PathLike[str]


def load(
    path: PathLike | Sequence[PathLike] | None = None,
    *,
    links: Sequence[PathLike] = (),
    verify_quotes: bool = False,
    max_bytes: int = MAX_BYTES,
    source_dirs: Sequence[PathLike] = (),
) -> Lineage:
    """Load a dataset file (the bundled ``data/groups.json`` by default), or several as one.

    Shape is checked by pydantic straight from the JSON text, then meaning
    across records; every problem is reported at once in a
    :class:`~lineage.DataError`. ``verify_quotes`` also checks each quote
    against its source's text, read only from the dataset's folder and
    ``source_dirs`` (never through a symbolic link; see :mod:`lineage.io.sources`).

    Several files (a list) are combined (:mod:`lineage.combine`): each is
    checked on its own, its ids qualified by its name (its file's stem), and
    identity ``links`` files applied, with lineage's own shipped links when the
    bundled dataset is among them. Disagreements between sources are in
    :meth:`~lineage.Lineage.conflicts`.
    """
    dirs = tuple(Path(d) for d in source_dirs)
    if isinstance(path, str | os.PathLike) or path is None:
        return _load_one(path, verify_quotes, max_bytes, dirs)
    paths = list(path)
    if len(paths) == 1 and not links:
        return _load_one(paths[0], verify_quotes, max_bytes, dirs)
    many = [Path(p) for p in paths]
    return _load_many(many, [Path(p) for p in links], verify_quotes, max_bytes, dirs)


def _load_one(
    path: PathLike | None, verify_quotes: bool, max_bytes: int, dirs: tuple[Path, ...]
) -> Lineage:
    p = Path(path) if path is not None else BUNDLED
    file = str(path) if path is not None else p.name
    with collector_paused():
        dataset = read_dataset(p, max_bytes=max_bytes)
        base = p.resolve().parent
        return Lineage(
            dataset, file=file, base_dir=base, verify_quotes=verify_quotes, source_dirs=dirs
        )


def _read_checked(
    paths: list[Path], verify_quotes: bool, max_bytes: int, dirs: tuple[Path, ...]
) -> list[tuple[str, Dataset, Path]]:
    """Every file read and checked on its own; all their problems at once."""
    from .identity import dataset_name

    problems: list[Problem] = []
    parts = []
    for p in paths:
        try:
            name = dataset_name(p)
            dataset = read_dataset(p, max_bytes=max_bytes)
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        base = p.resolve().parent
        problems.extend(
            check_dataset(
                dataset, str(p), base_dir=base, verify_quotes=verify_quotes, source_dirs=dirs
            )
        )
        parts.append((name, dataset, p))
    if problems:
        raise DataError(problems)
    return parts


def _links(
    files: list[Path], parts: list[tuple[str, Dataset, Path]], paths: list[Path]
) -> tuple[list[Link], Resolution | None]:
    """Every link that applies, and their resolution when one file holds them all: each
    file is resolved on its own first, so that a problem names its own file."""
    from .identity import read_links, record_ids, resolve

    bundled = BUNDLED.resolve()
    if any(p.resolve() == bundled for p in paths) and SHIPPED_LINKS.is_file():
        files = [SHIPPED_LINKS, *files]
    known = {name: record_ids(ds) for name, ds, _ in parts}
    out: list[Link] = []
    resolution = None
    for file in files:
        found = read_links(file)
        resolution = resolve(found, known, file=str(file))  # a DataError names this file
        out.extend(found.links)
    return out, (resolution if len(files) == 1 else None)


def _load_many(
    paths: list[Path],
    links: list[Path],
    verify_quotes: bool,
    max_bytes: int,
    dirs: tuple[Path, ...],
) -> Lineage:
    from .combine import combine  # only a combination pays for its code

    with collector_paused():
        parts = _read_checked(paths, verify_quotes, max_bytes, dirs)
        found, resolution = _links(links, parts, paths)
        combined = combine([(n, ds) for n, ds, _ in parts], found, resolution=resolution)
        file = " + ".join(p.name for _, _, p in parts)
        lg = Lineage(combined.dataset, file=file, combined=combined, source_dirs=dirs)
    lg._parts = [(ds, str(p), p.resolve().parent) for _, ds, p in parts]
    return lg
