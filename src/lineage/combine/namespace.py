"""Qualify a dataset's ids with its name, so several datasets load side by side.

A combination names each dataset by its file's stem (``groups`` for
``groups.json``); every id becomes ``name:id`` and every reference follows,
so two files may both hold ``al-qaeda``. The work is done on the dataset's
JSON data (``model_dump(mode="json")``): the reference fields are few and
known, listed in :data:`REFERENCE_FIELDS`.

>>> doc = {"groups": [{"id": "a", "name": "A"}], "events": [
...     {"kind": "founding", "id": "f", "date": "2001", "group": "a", "description": "d",
...      "citations": [{"source": "s", "quote": "q"}]}]}
>>> out = qualify_data(doc, lambda rid: "x:" + rid)
>>> out["groups"][0]["id"], out["events"][0]["group"], out["events"][0]["citations"][0]["source"]
('x:a', 'x:a', 'x:s')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["REFERENCE_FIELDS", "qualify_data", "remap_record"]

REFERENCE_FIELDS = frozenset(
    {"group", "patron", "parent", "splinter", "absorbed", "into", "result", "person"}
)
"""Fields of events and roles that hold one record id."""
_LIST_FIELDS = frozenset({"members", "people"})
"""Fields that hold a list of record ids."""

Rename = Callable[[str], str]


def _citations(items: list[dict[str, Any]], source: Rename) -> list[dict[str, Any]]:
    return [{**c, "source": source(c["source"])} for c in items]


def remap_record(record: dict[str, Any], ref: Rename, source: Rename) -> dict[str, Any]:
    """A record's data with every reference renamed by ``ref`` (citations by ``source``).

    Its own ``id`` is left alone: the caller decides what it becomes.
    """
    out = dict(record)
    for key, value in record.items():
        if key in REFERENCE_FIELDS and isinstance(value, str):
            out[key] = ref(value)
        elif key in _LIST_FIELDS:
            out[key] = [ref(v) for v in value]
        elif key == "parties":
            out[key] = [{**p, "group": ref(p["group"])} for p in value]
        elif key == "citations":
            out[key] = _citations(value, source)
        elif key == "names":
            out[key] = [
                {**n, "citations": _citations(n.get("citations", []), source)} for n in value
            ]
    return out


def qualify_data(doc: dict[str, Any], qualify: Rename) -> dict[str, Any]:
    """Dataset JSON data with every id and reference passed through ``qualify``."""
    out: dict[str, Any] = {k: v for k, v in doc.items() if k == "$schema"}
    for collection in ("sources", "groups", "people", "roles", "events"):
        out[collection] = [
            {**remap_record(r, qualify, qualify), "id": qualify(r["id"])}
            for r in doc.get(collection, [])
        ]
    return out
