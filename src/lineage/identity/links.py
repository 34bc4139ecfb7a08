"""Identity links: a person's (or a rule's) judgement that two records are, or are not, one.

A link names two records by *qualified id*, ``<dataset>:<record id>``. The
dataset is the stem of its file's name (``groups`` for ``data/groups.json``,
``mmp`` for ``mmp.json``); both parts are slugs. ``judgement`` is ``same``,
``not_same`` or ``unsure``; ``note`` says why, ``decided_by`` who or what
decided, ``date`` the day (``YYYY-MM-DD``); ``evidence`` optionally lists
free-text pointers (a source and its words, a URL).

The pair is unordered: a link keeps the smaller id in ``a``, so ``(a, b)`` and
``(b, a)`` give one key and equal links. A link of a record with itself is an
error.

>>> link = Link(a="mmp:mmp-g12", b="groups:aqim", judgement="same",
...             note="MMP's key lists AQIM under this id", decided_by="analyst",
...             date="2026-11-25")
>>> link.pair
('groups:aqim', 'mmp:mmp-g12')
>>> link.date
datetime.date(2026, 11, 25)
>>> split_id("groups:aqim")
('groups', 'aqim')
>>> dataset_name("data/groups.json")
'groups'
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from ..exceptions import ArgumentError, DateError

__all__ = [
    "JUDGEMENTS",
    "QUALIFIED_PATTERN",
    "SLUG",
    "Judgement",
    "Link",
    "Links",
    "QualifiedId",
    "canonical_links",
    "dataset_name",
    "link_label",
    "link_sort_key",
    "split_id",
]

Judgement = Literal["same", "not_same", "unsure"]
JUDGEMENTS: tuple[Judgement, ...] = ("same", "not_same", "unsure")
"""The judgements a link may carry."""

SLUG = r"[a-z0-9][a-z0-9._-]{0,199}"
"""A dataset's name or a record's id: lower-case letters, digits, '.', '_' and '-',
at most 200 characters."""
QUALIFIED_PATTERN = rf"^{SLUG}:{SLUG}$"
"""``<dataset>:<record id>``: two slugs of at most 200 characters, joined by ``:``."""
_ID_FIX = (
    "write <dataset>:<record id>, e.g. 'groups:aqim' (the dataset is its file's name "
    "without .json; both are slugs: a-z, 0-9, '.', '_', '-')"
)
_DAY_FIX = "write the day it was decided as YYYY-MM-DD, e.g. 2026-11-25"
_JSON_KINDS = {"int": "a number", "float": "a number", "NoneType": "null", "bool": "true or false"}


def split_id(qualified: str) -> tuple[str, str]:
    """``(dataset, record id)`` of a qualified id.

    Raises :class:`~lineage.exceptions.ArgumentError` (with ``message`` and
    ``fix``) when ``qualified`` is not ``<dataset>:<record id>``.

    >>> split_id("mmp:mmp-g12")
    ('mmp', 'mmp-g12')
    >>> split_id("AQIM")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    lineage.exceptions.ArgumentError: 'AQIM' names no dataset — write <dataset>:<record id>, ...
    """
    dataset, colon, record = qualified.partition(":")
    if not colon:
        raise ArgumentError(f"{qualified!r} names no dataset", _ID_FIX)
    if not re.fullmatch(SLUG, dataset):
        raise ArgumentError(f"{qualified!r}: the dataset {dataset!r} is not a slug", _ID_FIX)
    if not re.fullmatch(SLUG, record):
        raise ArgumentError(f"{qualified!r}: {record!r} is not a valid record id", _ID_FIX)
    return dataset, record


def _qualified(value: str) -> str:
    split_id(value)
    return value


def _day(value: object) -> object:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str):
        kind = _JSON_KINDS.get(type(value).__name__, type(value).__name__)
        raise DateError(f"a date is written as text, not {kind}", _DAY_FIX)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise DateError(f"{value!r} is not a day written YYYY-MM-DD", _DAY_FIX)
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise DateError(f"{value!r} is not a day: {exc}", _DAY_FIX) from None


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ArgumentError("is blank", "")  # the reader names the fix for the field
    return value


QualifiedId = Annotated[
    str,
    AfterValidator(_qualified),
    Field(
        description="A record of a dataset: <dataset>:<record id>, the dataset being "
        "the stem of its file's name (groups for groups.json).",
        json_schema_extra={"pattern": QUALIFIED_PATTERN},
    ),
]
Day = Annotated[
    dt.date,
    BeforeValidator(_day),
    Field(
        description="The day it was decided: YYYY-MM-DD.",
        json_schema_extra={"pattern": r"^\d{4}-\d{2}-\d{2}$"},
    ),
]
Said = Annotated[
    str,
    StringConstraints(min_length=1),
    AfterValidator(_not_blank),
    Field(json_schema_extra={"pattern": r"\S"}),
]
"""Text that says something: not empty, not only spaces."""


# A frozen BaseModel rather than a slotted dataclass like the dataset's records:
# a links file holds thousands of links, not millions, and a model gives
# validators, model_copy and the JSON Schema without adapters.
class Link(BaseModel):
    """One judgement about two records: are they one and the same?"""

    model_config = ConfigDict(frozen=True, extra="forbid")

    a: QualifiedId
    b: QualifiedId
    judgement: Judgement = Field(
        description="same: one record; not_same: never merge them; unsure: undecided, "
        "listed but never merged."
    )
    note: Said = Field(description="Why: what shows the records are, or are not, one.")
    decided_by: Said = Field(description="Who or what decided: a person, or a rule.")
    date: Day
    evidence: tuple[Said, ...] = Field(
        (), description="Optional pointers to what backs the judgement: a source and its words."
    )

    @model_validator(mode="before")
    @classmethod
    def _order_pair(cls, data: Any) -> Any:
        """Put the smaller id in ``a``, once both ids are valid (so errors name the field as
        written)."""
        if isinstance(data, dict):
            a, b = data.get("a"), data.get("b")
            valid = all(isinstance(i, str) and re.fullmatch(QUALIFIED_PATTERN, i) for i in (a, b))
            if valid and str(b) < str(a):
                return {**data, "a": b, "b": a}
        return data

    @model_validator(mode="after")
    def _two_records(self) -> Link:
        if self.a == self.b:
            raise ArgumentError(
                "links a record with itself",
                "a link joins two different records: correct a or b, or remove the link",
            )
        return self

    @property
    def pair(self) -> tuple[str, str]:
        """The unordered pair as a key: ``(a, b)``, smaller id first."""
        return (self.a, self.b)


class Links(BaseModel):
    """A links file: ``{"$schema": "links.schema.json", "links": [...]}``, links in file order."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_: str | None = Field("links.schema.json", alias="$schema")
    links: tuple[Link, ...] = ()


def link_sort_key(link: Link) -> tuple[Any, ...]:
    """Canonical order: by pair, then judgement, date, who decided, note and evidence."""
    return (link.a, link.b, link.judgement, link.date, link.decided_by, link.note, link.evidence)


def canonical_links(links: Links) -> Links:
    """The same links in canonical order (see :func:`link_sort_key`)."""
    return links.model_copy(update={"links": tuple(sorted(links.links, key=link_sort_key))})


def link_label(index: int, *ids: object) -> str:
    """How a problem names a link: its index in the file and its ids, smaller first.

    >>> link_label(3, "mmp:mmp-g12", "groups:aqim")
    'links[3] (groups:aqim, mmp:mmp-g12)'
    >>> link_label(0, None, 5)
    'links[0]'
    """
    named = sorted(i for i in ids if isinstance(i, str))
    return f"links[{index}] ({', '.join(named)})" if named else f"links[{index}]"


def dataset_name(path: str | os.PathLike[str]) -> str:
    """The name links give a dataset file: the stem of its name, which must be a slug.

    >>> dataset_name("/data/Militant Groups.json")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    lineage.exceptions.ArgumentError: 'Militant Groups' (the stem of ...) is not a slug — ...
    """
    stem = Path(path).stem
    if not re.fullmatch(SLUG, stem):
        raise ArgumentError(
            f"{stem!r} (the stem of {str(path)!r}) is not a slug",
            "rename the file: lower-case letters, digits, '.', '_' and '-' (e.g. mmp.json)",
        )
    return stem
