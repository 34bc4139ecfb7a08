"""Reading and writing dataset files.

:func:`read_dataset` checks a file's shape with pydantic straight from its JSON
text and turns every error into a :class:`~lineage.exceptions.Problem`
naming the file, the record and the field. :func:`write_dataset` writes the
canonical form (stable key and record order, two-space indent, final newline)
atomically: to a temporary file beside the target, then renamed over it.

Nothing in a file is ever executed or imported: it is parsed as JSON data.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from .exceptions import DataError, Problem
from .models import (
    EVENT_TYPES,
    Citation,
    Dataset,
    Group,
    Name,
    Party,
    Person,
    Role,
    Source,
    _Record,
)

__all__ = [
    "MAX_BYTES",
    "bundled_path",
    "canonical_json",
    "canonical_order",
    "read_dataset",
    "write_dataset",
]

MAX_BYTES = 512 * 1024 * 1024
"""Files larger than this are refused (pass ``max_bytes`` to raise the limit)."""

SCHEMA_NAME = "groups.schema.json"
_COLLECTIONS: dict[str, type[_Record]] = {
    "sources": Source,
    "groups": Group,
    "people": Person,
    "roles": Role,
}
_NESTED: dict[str, type[_Record]] = {"names": Name, "citations": Citation, "parties": Party}


def bundled_path() -> Path:
    """The bundled ``groups.json``: package data when installed, else the repository's."""
    packaged = resources.files("lineage").joinpath("data", "groups.json")
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "data" / "groups.json"


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
    raw = p.read_bytes()
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
                "save the file as UTF-8 without BOM (`lineage fmt` writes it so)",
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
            raise DataError(_problems(exc, raw, file)) from None
        return dataset
    if not raw.strip():
        raise _fail(file, "is empty", 'write a JSON object such as {"groups": [], "events": []}')
    try:
        dataset = Dataset.model_validate_json(raw)
    except ValidationError as exc:
        raise DataError(_problems(exc, raw, file)) from None
    return dataset


def _problems(exc: ValidationError, text: str | bytes, file: str) -> list[Problem]:
    errors = exc.errors(include_url=False)
    if errors and errors[0]["type"] == "json_invalid":
        msg = (
            str(errors[0]["ctx"].get("error", errors[0]["msg"]))
            if "ctx" in errors[0]
            else errors[0]["msg"]
        )
        return [Problem(file, "-", "-", f"is not valid JSON: {msg}", "fix the JSON syntax there")]
    try:
        doc: Any = json.loads(text)
    except (ValueError, RecursionError):
        doc = None
    return _drop_echoes([_problem(err, doc, file) for err in errors])


def _record_id(doc: Any, collection: str, index: int) -> tuple[str, dict[str, Any] | None]:
    try:
        item = doc[collection][index]
    except (KeyError, IndexError, TypeError):
        return f"{collection}[{index}]", None
    if isinstance(item, dict):
        rid = item.get("id")
        return (rid if isinstance(rid, str) and rid else f"{collection}[{index}]"), item
    return f"{collection}[{index}]", None


def _field(parts: list[str | int]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "-"


def _allowed(model: type[_Record | Dataset] | None) -> str:
    if model is None:
        return "see data/groups.schema.json"
    names = [f.alias or n for n, f in model.model_fields.items()]
    return "the allowed fields are " + ", ".join(names)


def _problem(err: ErrorDetails, doc: Any, file: str) -> Problem:
    loc = list(err["loc"])
    record = "-"
    model: type[_Record | Dataset] | None = Dataset
    if len(loc) >= 2 and isinstance(loc[0], str) and isinstance(loc[1], int):
        collection, index = loc[0], loc[1]
        record, item = _record_id(doc, collection, index)
        loc = loc[2:]
        model = _COLLECTIONS.get(collection)
        if collection == "events":
            kind = item.get("kind") if item else None
            if loc and isinstance(kind, str) and loc[0] == kind:
                loc = loc[1:]
            model = EVENT_TYPES.get(kind) if isinstance(kind, str) else None
    for part in loc[:-1]:
        if isinstance(part, str):
            model = _NESTED.get(part)
    etype = err["type"]
    field = _field(loc)
    msg = err["msg"]
    given = err.get("input")
    shown = repr(given) if len(repr(given)) <= 60 else repr(given)[:57] + "..."
    if etype in ("missing", "missing_keyword_argument"):
        return Problem(file, record, field, "is missing", "add it")
    if etype in ("extra_forbidden", "unexpected_keyword_argument"):
        return Problem(
            file,
            record,
            field,
            "is not a field lineage knows",
            f"remove it or fix its spelling; {_allowed(model)}",
        )
    if etype in ("union_tag_invalid", "union_tag_not_found"):
        kinds = ", ".join(EVENT_TYPES)
        return Problem(
            file,
            record,
            _field([*loc, "kind"]) if etype == "union_tag_not_found" else "kind",
            f"has no known event kind (got {err.get('ctx', {}).get('tag', given)!r})"
            if etype == "union_tag_invalid"
            else "is missing",
            f"set kind to one of: {kinds}",
        )
    if etype == "value_error":
        text = msg.removeprefix("Value error, ")
        what, _, fix = text.rpartition(" — ")
        return Problem(file, record, field, what or text, fix or "correct the value")
    if etype == "literal_error":
        return Problem(
            file,
            record,
            field,
            f"is {shown}, not an allowed value",
            msg.replace("Input should be", "use"),
        )
    if etype == "string_pattern_mismatch":
        return Problem(
            file,
            record,
            field,
            f"{shown} is not a valid id",
            "use a slug of lower-case letters, digits, '.', '_' and '-' (e.g. 'al-qaeda')",
        )
    if etype in ("too_short", "string_too_short"):
        return Problem(file, record, field, f"is empty ({msg.lower()})", "give at least one value")
    fix = _TYPE_FIXES.get(etype, "correct the value (the schema is data/groups.schema.json)")
    if etype == "greater_than_equal":
        fix = f"use a number of at least {err.get('ctx', {}).get('ge')}"
    return Problem(file, record, field, f"{msg[0].lower()}{msg[1:]} (got {shown})", fix)


_TYPE_FIXES = {
    "string_type": "write it as text in double quotes",
    "int_type": "write a whole number",
    "int_parsing": "write a whole number",
    "bool_type": "write true or false",
    "list_type": "write a JSON array: [ ... ]",
    "tuple_type": "write a JSON array: [ ... ]",
    "model_type": "write a JSON object: { ... }",
    "dict_type": "write a JSON object: { ... }",
    "model_attributes_type": "write a JSON object: { ... }",
    "dataclass_type": "write a JSON object: { ... }",
}


def _drop_echoes(problems: list[Problem]) -> list[Problem]:
    """pydantic also reports a too-short list whose only item failed; keep the item's error."""
    fields = {(p.record, p.field) for p in problems}
    return [
        p
        for p in problems
        if not (
            p.message.startswith("is empty")
            and any(r == p.record and f.startswith(p.field + "[") for r, f in fields)
        )
    ]


def canonical_order(dataset: Dataset) -> Dataset:
    """The same dataset with its records in canonical order.

    Sources, groups, people and roles by id; events by date, then id.
    """
    return dataset.model_copy(
        update={
            "sources": tuple(sorted(dataset.sources, key=lambda r: r.id)),
            "groups": tuple(sorted(dataset.groups, key=lambda r: r.id)),
            "people": tuple(sorted(dataset.people, key=lambda r: r.id)),
            "roles": tuple(sorted(dataset.roles, key=lambda r: r.id)),
            "events": tuple(sorted(dataset.events, key=lambda e: (e.date.sort_key(), e.id))),
        }
    )


def canonical_json(dataset: Dataset) -> str:
    """The canonical text of a dataset: fields in model order, two-space indent, final newline."""
    data = canonical_order(dataset).model_dump(mode="json", by_alias=True, exclude_defaults=True)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


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


def write_dataset(dataset: Dataset, path: str | os.PathLike[str]) -> None:
    """Write ``dataset`` in canonical form, atomically (the old file survives any failure)."""
    text = canonical_json(dataset)
    write_text_atomic(path, text)
