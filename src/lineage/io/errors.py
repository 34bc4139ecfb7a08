"""pydantic's shape errors, turned into :class:`~lineage.exceptions.Problem` lines
that name the file, the record, the field and what to do."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from ..exceptions import DateError, Problem
from ..model import EVENT_TYPES, Citation, Dataset, Group, Name, Party, Person, Record, Role, Source

__all__ = ["shape_problems"]

_COLLECTIONS: dict[str, type[Record]] = {
    "sources": Source,
    "groups": Group,
    "people": Person,
    "roles": Role,
}
_NESTED: dict[str, type[Record]] = {"names": Name, "citations": Citation, "parties": Party}


def shape_problems(exc: ValidationError, text: str | bytes, file: str) -> list[Problem]:
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


def _allowed(model: type[Record | Dataset] | None) -> str:
    if model is None:
        return "see data/groups.schema.json"
    names = [f.alias or n for n, f in model.model_fields.items()]
    return "the allowed fields are " + ", ".join(names)


def _locate(err: ErrorDetails, doc: Any) -> tuple[str, list[str | int], type[Any] | None]:
    """The record id, the field path inside it, and the record type that field belongs to."""
    loc = list(err["loc"])
    record = "-"
    model: type[Record | Dataset] | None = Dataset
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
    return record, loc, model


def _problem(err: ErrorDetails, doc: Any, file: str) -> Problem:
    record, loc, model = _locate(err, doc)
    field, message, fix = _explain(err, loc, model)
    return Problem(file, record, field, message, fix)


def _explain(
    err: ErrorDetails, loc: list[str | int], model: type[Any] | None
) -> tuple[str, str, str]:
    """``(field, what is wrong, what to do)`` for one pydantic error."""
    etype, msg, field = err["type"], err["msg"], _field(loc)
    given = err.get("input")
    shown = repr(given) if len(repr(given)) <= 60 else repr(given)[:57] + "..."
    ctx = err.get("ctx", {})
    if etype in ("missing", "missing_keyword_argument"):
        return field, "is missing", "add it"
    if etype in ("extra_forbidden", "unexpected_keyword_argument"):
        fix = f"remove it or fix its spelling; {_allowed(model)}"
        return field, "is not a field lineage knows", fix
    if etype in ("union_tag_invalid", "union_tag_not_found"):
        fix = f"set kind to one of: {', '.join(EVENT_TYPES)}"
        if etype == "union_tag_not_found":
            return _field([*loc, "kind"]), "is missing", fix
        return "kind", f"has no known event kind (got {ctx.get('tag', given)!r})", fix
    if etype == "value_error":
        cause = ctx.get("error")
        if isinstance(cause, DateError):
            return field, cause.message, cause.fix
        return field, msg.removeprefix("Value error, "), "correct the value"
    if etype == "literal_error":
        return field, f"is {shown}, not an allowed value", msg.replace("Input should be", "use")
    if etype == "string_pattern_mismatch":
        fix = "use a slug of lower-case letters, digits, '.', '_' and '-' (e.g. 'al-qaeda')"
        return field, f"{shown} is not a valid id", fix
    if etype in ("too_short", "string_too_short"):
        return field, f"is empty ({msg.lower()})", "give at least one value"
    fix = _TYPE_FIXES.get(etype, "correct the value (the schema is data/groups.schema.json)")
    if etype == "greater_than_equal":
        fix = f"use a number of at least {ctx.get('ge')}"
    return field, f"{msg[0].lower()}{msg[1:]} (got {shown})", fix


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
