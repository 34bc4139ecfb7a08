"""Links files: reading (every shape problem named at once) and canonical writing.

:func:`read_links` validates a file with pydantic straight from its JSON text
and turns each error into a :class:`~lineage.exceptions.Problem` that names
the file, the link (its index and its two ids), the field, what is wrong and
what to do. :func:`write_links` writes the canonical text: links sorted by
pair, one link a line, so that a change to one judgement is a one-line diff.

>>> text = '''{"links": [
...   {"a": "mmp:mmp-g12", "b": "groups:aqim", "judgement": "sure",
...    "decided_by": "analyst", "date": "2026-11-25"}]}'''
>>> try:
...     parse_links(text, "links.json")
... except DataError as e:
...     print(e)
links.json: links[0] (groups:aqim, mmp:mmp-g12): judgement: is 'sure', not an allowed value — use 'same', 'not_same' or 'unsure'
links.json: links[0] (groups:aqim, mmp:mmp-g12): note: is missing — add it: say why the records are, or are not, one
"""  # noqa: E501

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from ..exceptions import ArgumentError, DataError, DateError, Problem
from ..io.files import read_bounded, write_text_atomic
from .links import Link, Links, canonical_links, link_label

__all__ = ["links_json", "parse_links", "read_links", "write_links"]

_EMPTY_FIX = 'write a JSON object such as {"$schema": "links.schema.json", "links": []}'
_FIELD_FIXES = {
    "a": "name a record as <dataset>:<record id>, e.g. 'groups:aqim'",
    "b": "name a record as <dataset>:<record id>, e.g. 'mmp:mmp-g12'",
    "judgement": "give one of 'same', 'not_same' or 'unsure'",
    "note": "say why the records are, or are not, one",
    "decided_by": "name who or what decided (a person, or a rule and its version)",
    "date": "give the day it was decided, as YYYY-MM-DD",
    "evidence": "give each piece of evidence as text, or leave the list out",
    "links": "list the links in a JSON array",
}
_TYPE_FIXES = {
    "string_type": "write it as text in double quotes",
    "list_type": "write a JSON array: [ ... ]",
    "tuple_type": "write a JSON array: [ ... ]",
    "model_type": "write a JSON object: { ... }",
    "model_attributes_type": "write a JSON object: { ... }",
}


MAX_LINKS_BYTES = 256 * 1024 * 1024
"""Links files larger than this are refused."""


def read_links(path: str | os.PathLike[str]) -> Links:
    """Read and shape-check a links file; raise :class:`DataError` listing every problem."""
    file = str(path)
    p = Path(path)
    if p.is_dir():
        raise _fail(file, "is a directory", "give the path of a links .json file")
    try:  # bounded: a device or a pipe is refused or cut off, never read without end
        raw = read_bounded(p, MAX_LINKS_BYTES)
    except ValueError as exc:
        raise _fail(file, str(exc), "give the path of a links .json file") from None
    except FileNotFoundError:
        raise _fail(file, "no such file", "check the path") from None
    except OSError as exc:
        raise _fail(file, f"cannot be read ({exc.strerror})", "check the path") from None
    return parse_links(raw, file)


def parse_links(text: str | bytes, file: str = "<string>") -> Links:
    """Shape-check a links file given as text or bytes (UTF-8, no byte-order mark)."""
    if isinstance(text, bytes):
        text = _decode(text, file)
    if not text.strip():
        raise _fail(file, "is empty", _EMPTY_FIX)
    try:
        return Links.model_validate_json(text)
    except ValidationError as exc:
        raise DataError(_problems(exc, text, file)) from None


def links_json(links: Links) -> str:
    """The canonical text: links sorted by pair, one a line, fields in model order.

    >>> from lineage.identity import Link
    >>> one = Link(a="mmp:x", b="groups:x", judgement="unsure", note="n", decided_by="me",
    ...            date="2026-11-25")
    >>> print(links_json(Links(links=(one,))), end="")
    {
      "$schema": "links.schema.json",
      "links": [
        {"a": "groups:x", "b": "mmp:x", "judgement": "unsure", "note": "n", "decided_by": "me", "date": "2026-11-25"}
      ]
    }
    """  # noqa: E501
    rows = [_row(link) for link in canonical_links(links).links]
    lines = ["{"]
    if links.schema_ is not None:
        lines.append(f'  "$schema": {json.dumps(links.schema_, ensure_ascii=False)},')
    if rows:
        lines += ['  "links": [', *(f"    {row}," for row in rows[:-1]), f"    {rows[-1]}", "  ]"]
    else:
        lines.append('  "links": []')
    return "\n".join([*lines, "}"]) + "\n"


def write_links(links: Links, path: str | os.PathLike[str]) -> None:
    """Write ``links`` in canonical form (:func:`links_json`), atomically."""
    write_text_atomic(path, links_json(links))


def _row(link: Link) -> str:
    return json.dumps(link.model_dump(mode="json", exclude_defaults=True), ensure_ascii=False)


def _decode(raw: bytes, file: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raise _fail(file, "starts with a UTF-8 byte-order mark", "save it without one")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as bad:
        line = raw[: bad.start].count(b"\n") + 1
        where = f"byte 0x{raw[bad.start]:02x} at offset {bad.start} (line {line})"
        raise _fail(file, f"is not UTF-8: {where}", "re-save the file as UTF-8") from None


def _fail(file: str, message: str, fix: str) -> DataError:
    return DataError([Problem(file, "-", "-", message, fix)])


def _problems(exc: ValidationError, text: str, file: str) -> list[Problem]:
    errors = exc.errors(include_url=False)
    if errors and errors[0]["type"] == "json_invalid":
        cause = errors[0].get("ctx", {}).get("error", errors[0]["msg"])
        return [Problem(file, "-", "-", f"is not valid JSON: {cause}", "fix the JSON syntax there")]
    try:
        doc: Any = json.loads(text)
    except (ValueError, RecursionError):
        doc = None
    return [_problem(err, doc, file) for err in errors]


def _problem(err: ErrorDetails, doc: Any, file: str) -> Problem:
    loc = list(err["loc"])
    record, model = "-", Links.model_fields
    if len(loc) >= 2 and loc[0] == "links" and isinstance(loc[1], int):
        record, model, loc = _label(doc, loc[1]), Link.model_fields, loc[2:]
    names = [f.alias or name for name, f in model.items()]
    allowed = "the allowed fields are " + ", ".join(names)
    field, message, fix = _explain(err, loc, allowed)
    return Problem(file, record, field, message, fix)


def _label(doc: Any, index: int) -> str:
    try:
        item = doc["links"][index]
    except (KeyError, IndexError, TypeError):
        item = None
    if not isinstance(item, dict):
        return link_label(index)
    return link_label(index, item.get("a"), item.get("b"))


def _explain(err: ErrorDetails, loc: list[str | int], allowed: str) -> tuple[str, str, str]:
    """``(field, what is wrong, what to do)`` for one pydantic error inside a link or the file."""
    etype, msg = err["type"], err["msg"]
    field = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".") or "-"
    field_fix = _FIELD_FIXES.get(str(loc[0]) if loc else "", "correct the value")
    shown = repr(err.get("input"))
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    if etype == "missing":
        return field, "is missing", f"add it: {field_fix}"
    if etype == "extra_forbidden":
        return field, "is not a field lineage knows", f"remove it or fix its spelling; {allowed}"
    if etype == "literal_error":
        return field, f"is {shown}, not an allowed value", msg.replace("Input should be", "use")
    if etype == "string_too_short":
        return field, "is empty", field_fix
    cause = err.get("ctx", {}).get("error")
    if etype == "value_error" and isinstance(cause, DateError | ArgumentError):
        return field, cause.message, cause.fix or field_fix
    fix = _TYPE_FIXES.get(etype, "correct the value (the schema is links.schema.json)")
    return field, f"{msg[0].lower()}{msg[1:]} (got {shown})", fix
