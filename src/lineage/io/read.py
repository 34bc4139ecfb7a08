"""Reading dataset files.

:func:`read_dataset` checks a file's shape with pydantic straight from its JSON
text and turns every error into a :class:`~lineage.exceptions.Problem`
naming the file, the record and the field (see :mod:`.errors`).

Nothing in a file is ever executed or imported: it is parsed as JSON data.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import ValidationError

from ..exceptions import DataError, Problem
from ..model import Dataset
from .errors import shape_problems
from .files import read_bounded

__all__ = ["MAX_BYTES", "parse_dataset", "read_dataset"]

MAX_BYTES = 512 * 1024 * 1024
"""Files larger than this are refused (pass ``max_bytes`` to raise the limit)."""


def _fail(file: str, message: str, fix: str, field: str = "-") -> DataError:
    return DataError([Problem(file, "-", field, message, fix)])


def read_dataset(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Dataset:
    """Read and shape-check one dataset file; raise :class:`DataError` listing every problem."""
    file = str(path)
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise _fail(file, "no such file", "check the path") from None
    except OSError as exc:
        raise _fail(file, f"cannot be read ({exc.strerror})", "check the path") from None
    if p.is_dir():
        raise _fail(file, "is a directory", "give the path of a .json dataset file")
    if size > max_bytes:
        raise _fail(
            file,
            f"is {size:,} bytes, over the {max_bytes:,}-byte limit",
            "split the dataset, or pass max_bytes= to lineage.load to raise the limit",
        )
    try:  # bounded: a device or a pipe is refused or cut off, never read without end
        raw = read_bounded(p, max_bytes)
    except ValueError as exc:
        raise _fail(file, str(exc), "give the path of a .json dataset file") from None
    except OSError as exc:
        raise _fail(file, f"cannot be read ({exc.strerror})", "check the path") from None
    return parse_dataset(raw, file)


def parse_dataset(raw: bytes | str, file: str = "<string>") -> Dataset:
    """Shape-check dataset JSON given as bytes or text.

    Bytes go to pydantic as they are (no decoded copy is held); only when they
    fail is the text decoded, to say where.
    """
    if isinstance(raw, bytes):
        if raw.startswith(b"\xef\xbb\xbf"):
            raise _fail(
                file,
                "starts with a UTF-8 byte-order mark",
                "save the file as UTF-8 without a byte-order mark",
            )
        if not raw.strip():
            raise _fail(
                file, "is empty", 'write a JSON object such as {"groups": [], "events": []}'
            )
        try:
            dataset = Dataset.model_validate_json(raw)
        except ValidationError as exc:
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as bad:
                line = raw[: bad.start].count(b"\n") + 1
                raise _fail(
                    file,
                    f"is not UTF-8: byte 0x{raw[bad.start]:02x} at offset {bad.start}"
                    f" (line {line})",
                    "re-save the file as UTF-8",
                ) from None
            raise DataError(shape_problems(exc, raw, file)) from None
        return dataset
    if not raw.strip():
        raise _fail(file, "is empty", 'write a JSON object such as {"groups": [], "events": []}')
    try:
        dataset = Dataset.model_validate_json(raw)
    except ValidationError as exc:
        raise DataError(shape_problems(exc, raw, file)) from None
    return dataset
