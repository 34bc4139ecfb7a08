"""The records of a lineage dataset, as frozen, slotted pydantic dataclasses.

A dataset (:class:`~lineage.model.dataset.Dataset`) holds five lists:
``sources`` (where facts come from), ``groups``, ``people``, ``roles`` (a
person's position in a group over a span) and ``events`` (in
:mod:`lineage.model.events`).

Every event and role carries one or more :class:`Citation`: a source id and a
verbatim quote. Names may carry citations too; a name with none must say in
its ``note`` where it comes from.

>>> Citation(source="carbonari-2017", quote="MOJWA").quote
'MOJWA'
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated, Any, ClassVar, Literal, Self

from pydantic import AfterValidator, ConfigDict, Field, StringConstraints, TypeAdapter
from pydantic.dataclasses import dataclass
from pydantic.fields import FieldInfo

from .._html import record_table
from .dates import PartialDate

__all__ = [
    "CONFIDENCE_RANK",
    "Citation",
    "Confidence",
    "Group",
    "Id",
    "Name",
    "Party",
    "Person",
    "Record",
    "Ref",
    "Role",
    "Source",
    "Text",
]

Id = Annotated[
    str,
    StringConstraints(pattern=r"^(?:[a-z0-9][a-z0-9._-]*:)?[a-z0-9][a-z0-9._-]*$", max_length=200),
    Field(
        description="A stable slug: lower-case letters, digits, '.', '_' and '-'; in a "
        "combination of datasets, qualified by its dataset's name ('mmp:mmp-g12')."
    ),
]
Ref = Annotated[Id, AfterValidator(sys.intern)]
"""An id other records refer to, or a reference to one: interned, so that a dataset
holds one copy of each id however often it is named (at 100k groups, 58 bytes an
event fewer, net of the intern table). Events' own ids are named once and stay
plain."""
Text = Annotated[str, StringConstraints(min_length=1)]
NameKind = Literal["official", "translation", "transliteration", "acronym", "nickname"]
Confidence = Literal["high", "medium", "low"]
RoleTitle = Literal["leader", "emir", "founder", "deputy", "commander", "senior member", "member"]
CONFIDENCE_RANK: dict[str, int] = {"low": 0, "medium": 1, "high": 2}
"""Confidence levels in increasing order, for ``min_confidence`` filters."""

RECORD_CONFIG = ConfigDict(extra="forbid")
_CONFIG = RECORD_CONFIG


_ADAPTERS: dict[type[Any], TypeAdapter[Any]] = {}


def _adapter(cls: type[Any]) -> TypeAdapter[Any]:
    adapter = _ADAPTERS.get(cls)
    if adapter is None:
        adapter = _ADAPTERS[cls] = TypeAdapter(cls)
    return adapter


class _ClassFields:
    """``Record.model_fields``: the record's pydantic fields by name, as on a BaseModel."""

    def __get__(self, obj: object, owner: type[Any]) -> dict[str, FieldInfo]:
        return owner.__pydantic_fields__  # type: ignore[no-any-return]


class _Record:
    """Base of every record: a frozen, slotted pydantic dataclass.

    Records are slotted dataclasses rather than ``BaseModel`` subclasses because a
    dataset holds millions of them: a slotted record has no ``__dict__`` and no
    per-instance fields-set, which cut the parsed records of a 10k-group dataset
    from 2.3 to 1.0 KB per event. The familiar pydantic methods are kept and
    behave as on a model (``model_copy`` also validates the update):

    >>> c = Citation(source="carbonari-2017", quote="MOJWA")
    >>> c.model_dump(exclude_defaults=True)
    {'source': 'carbonari-2017', 'quote': 'MOJWA'}
    >>> c.model_copy(update={"locator": "para 3"}).locator
    'para 3'
    >>> Citation.model_validate({"source": "x", "quote": "y"}) == Citation(source="x", quote="y")
    True
    """

    __slots__ = ()
    model_fields: ClassVar[_ClassFields] = _ClassFields()

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:
        """The record as a dict; takes ``TypeAdapter.dump_python``'s keywords (``mode=``...)."""
        return _adapter(type(self)).dump_python(self, **kwargs)  # type: ignore[no-any-return]

    def model_dump_json(self, **kwargs: Any) -> str:
        """The record as JSON text; takes ``TypeAdapter.dump_json``'s keywords."""
        return _adapter(type(self)).dump_json(self, **kwargs).decode()

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Self:
        """A copy with the fields in ``update`` changed, validated like a new record."""
        return replace(self, **(update or {}))  # type: ignore[type-var]  # every record is one

    @classmethod
    def model_validate(cls, obj: Any) -> Self:
        """Validate a dict (or a record) into this record type."""
        return _adapter(cls).validate_python(obj)  # type: ignore[no-any-return]

    @classmethod
    def model_validate_json(cls, data: str | bytes) -> Self:
        """Validate JSON text into this record type."""
        return _adapter(cls).validate_json(data)  # type: ignore[no-any-return]

    @classmethod
    def model_json_schema(cls, **kwargs: Any) -> dict[str, Any]:
        """The record's JSON Schema; takes ``TypeAdapter.json_schema``'s keywords."""
        return _adapter(cls).json_schema(**kwargs)

    def _repr_html_(self) -> str:
        return record_table(self.model_dump(mode="json", exclude_defaults=True))


Record = _Record
"""The base of every record type (for type hints)."""


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Source(_Record):
    """Where facts come from: a local text (``path``) or a published page (``url``)."""

    id: Id
    title: Text
    author: str | None = None
    published: PartialDate | None = None
    path: str | None = Field(
        None, description="Path of the source text, relative to the dataset file."
    )
    url: str | None = None
    last_line: int | None = Field(
        None,
        ge=1,
        description="Last line of the source text that belongs to the work; "
        "quotes are only looked for up to it (page furniture follows).",
    )
    citation: str | None = Field(None, description="How the source asks to be cited.")
    covers_until: PartialDate | None = Field(
        None,
        description="The last date the source describes: a group it describes is not "
        "known to live past it unless a later source says so.",
    )
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Citation(_Record):
    """A verbatim quote from a source that states the fact it is attached to."""

    source: Ref
    quote: Text
    locator: str | None = Field(
        None, description="Where in the source: a row id, a page, a paragraph."
    )
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Name(_Record):
    """A name a group or person bore, with its kind and, where known, its span."""

    name: Text
    kind: NameKind
    start: PartialDate | None = None
    end: PartialDate | None = None
    citations: tuple[Citation, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class _Named(_Record):
    id: Ref
    name: Text
    names: tuple[Name, ...] = ()

    def all_names(self) -> Iterator[Name]:
        """The canonical name (unless listed with its span) and every other name."""
        if not any(n.name == self.name for n in self.names):
            yield Name(name=self.name, kind="official")
        yield from self.names


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Group(_Named):
    """An organisation. ``name`` is its canonical label; ``names`` every name it bore.

    ``founded`` and ``dissolved`` may be left out: lineage then takes them from
    the events (a founding, the split or merger that created the group; a
    dissolution, or the merger or absorption that ended it).
    """

    id: Ref
    name: Text
    names: tuple[Name, ...] = ()
    founded: PartialDate | None = None
    dissolved: PartialDate | None = None
    region: str | None = None
    note: str | None = None
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Person(_Named):
    """A person; ``origin`` only where a source states it (cite it)."""

    id: Ref
    name: Text
    names: tuple[Name, ...] = ()
    origin: str | None = None
    citations: tuple[Citation, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Role(_Record):
    """A person's position in a group from ``start`` to ``end`` (either may be unknown)."""

    id: Id
    person: Ref
    group: Ref
    title: RoleTitle
    start: PartialDate | None = None
    end: PartialDate | None = None
    citations: tuple[Citation, ...] = Field(min_length=1)
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Party(_Record):
    """A group taking part in a merger; ``faction`` if only part of it did."""

    group: Ref
    faction: bool = False
