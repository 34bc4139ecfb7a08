"""Rules on text: what the free-text fields of every record may hold.

* :func:`xml_characters`: no text holds a character XML 1.0 cannot carry, so that
  every dataset can be exported to XML as it is.

XML 1.0 allows tab, line feed, carriage return, U+0020 to U+D7FF, U+E000 to
U+FFFD and U+10000 upwards. Refused, then: the other C0 control characters
(U+0000 to U+0008, U+000B, U+000C, U+000E to U+001F), U+FFFE and U+FFFF, and
surrogate code points (U+D800 to U+DFFF): a lone one cannot be written as
UTF-8 at all (the JSON reader already refuses a lone ``\\ud800`` escape, and
pydantic one in a name, a quote or a description; a note of a dataset built
in Python, or by an importer, may still hold one). DEL (U+007F)
and the C1 controls (U+0080 to U+009F) are allowed by XML 1.0 and are not
refused here.

The text fields are found from each record type's fields (every ``str``
field that is not an id; names and citations within): names, quotes,
descriptions, notes, and the other free text (titles, regions, origins,
locators), so a text field added to a record is checked without a change here.

>>> from lineage.model import Dataset
>>> from lineage.check import Checker
>>> ck = Checker(Dataset.model_validate({"groups": [{"id": "a", "name": "A\\u0007"}]}))
>>> xml_characters(ck)
>>> [(p.record, p.field, p.message) for p in ck.problems]
[('a', 'name', 'holds U+0007 (at character 2), which XML 1.0 cannot carry')]
"""

from __future__ import annotations

import re
import types
from collections.abc import Iterator
from typing import Any, Union, get_args, get_origin

from ..model import Record
from .context import Checker

__all__ = ["NOT_XML", "text_fields", "xml_characters"]

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""One character XML 1.0 cannot carry."""


def xml_characters(ck: Checker) -> None:
    """Text fields holding a character XML 1.0 cannot carry, each named as ``U+XXXX``."""
    for coll in (ck.ds.sources, ck.ds.groups, ck.ds.people, ck.ds.roles, ck.ds.events):
        for rec in coll:
            if not _clean(rec):  # only a faulty record: the slow path names fields
                for field, text in _texts(rec, ""):
                    _report(ck, rec.id, field, text)


def _report(ck: Checker, rid: str, field: str, text: str) -> None:
    bad = [(m.start(), m.group()) for m in NOT_XML.finditer(text)]
    if not bad:
        return
    chars = list(dict.fromkeys(c for _, c in bad))
    named = " and ".join(f"U+{ord(c):04X}" for c in chars[:3])
    if len(chars) > 3:
        named += f" (and {len(chars) - 3} more)"
    ck.add(
        rid,
        field,
        f"holds {named} ({'first ' if len(bad) > 1 else ''}at character {bad[0][0] + 1}), "
        "which XML 1.0 cannot carry",
        "remove it" if len(bad) == 1 else "remove them",
    )


Fields = tuple[tuple[str, ...], tuple[str, ...]]
_FIELDS: dict[type[Any], Fields] = {}


def text_fields(cls: type[Any]) -> Fields:
    """``(text fields, nested fields)`` of a record type: its ``str`` fields other
    than ids and fixed words, and its tuples of records that have text fields.

    >>> from lineage.model import Citation, Group
    >>> text_fields(Group)
    (('name', 'region', 'note'), ('names', 'citations'))
    >>> text_fields(Citation)
    (('quote', 'locator', 'note'), ())
    """
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = _find_fields(cls)
    return found


def _find_fields(cls: type[Any]) -> Fields:
    texts: list[str] = []
    nested: list[str] = []
    for name, info in cls.__pydantic_fields__.items():
        ann = info.annotation
        if get_origin(ann) in (Union, types.UnionType):
            args = [a for a in get_args(ann) if a is not type(None)]
            ann = args[0] if len(args) == 1 else ann
        if ann is str:
            if not any(getattr(m, "pattern", None) for m in info.metadata):  # ids
                texts.append(name)
        elif get_origin(ann) is tuple:
            item = get_args(ann)[0]
            if isinstance(item, type) and issubclass(item, Record) and any(text_fields(item)):
                nested.append(name)
    return tuple(texts), tuple(nested)


def _clean(rec: Any) -> bool:
    """Whether no text of ``rec`` (nor of its names and citations) holds a refused character."""
    texts, nested = _FIELDS.get(type(rec)) or text_fields(type(rec))
    for name in texts:
        value = getattr(rec, name)
        # every refused character is unprintable: most texts pass the first test
        if value is not None and not value.isprintable() and NOT_XML.search(value):
            return False
    for name in nested:
        for item in getattr(rec, name):
            if not _clean(item):
                return False
    return True


def _texts(rec: Any, prefix: str) -> Iterator[tuple[str, str]]:
    """``(field path, text)`` for every text of ``rec``, its names' and its citations'."""
    texts, nested = text_fields(type(rec))
    for name in texts:
        value = getattr(rec, name)
        if value is not None:
            yield prefix + name, value
    for name in nested:
        for i, item in enumerate(getattr(rec, name)):
            yield from _texts(item, f"{prefix}{name}[{i}].")
