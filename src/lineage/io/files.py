"""Files: where the bundled data lie, and atomic writes.

A write goes to a temporary file beside the target, then is renamed over it:
the old file survives any failure.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["bundled_path", "write_text_atomic"]


def bundled_path() -> Path:
    """The bundled ``groups.json``: package data when installed, else the repository's."""
    packaged = resources.files("lineage").joinpath("data", "groups.json")
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / "data" / "groups.json"


@contextlib.contextmanager
def _atomic(path: Path) -> Iterator[Any]:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(tmp).unlink()
        raise


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename."""
    with _atomic(Path(path)) as handle:
        handle.write(text)
