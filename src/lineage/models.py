"""The records of a lineage dataset, as frozen, slotted pydantic dataclasses.

A dataset (:class:`Dataset`) holds five lists: ``sources`` (where facts come
from), ``groups``, ``people``, ``roles`` (a person's position in a group over a
span) and ``events``. Events are a union discriminated on ``kind``:

==============  =====================================================  =========
kind            meaning                                                lineage?
==============  =====================================================  =========
``founding``    a group is created (no parent group stated)            no
``dissolution`` a group ceases                                         no
``merger``      several groups (or factions of them) form one          yes
``split``       a faction leaves a group and forms or joins another    yes
``absorption``  a group joins another and ceases as itself             yes
``rename``      a group takes a new name and stays the same group      (same group)
``pledge``      a group pledges allegiance to another, until ``end``   no
``alliance``    groups cooperate, until ``end``                        no
``rivalry``     groups compete or fight, until ``end``                 no
``departure``   people leave a group                                   no
``joining``     people join (or rejoin) a group                        no
==============  =====================================================  =========

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

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
)
from pydantic.dataclasses import dataclass
from pydantic.fields import FieldInfo

from .dates import PartialDate

__all__ = [
    "EVENT_TYPES",
    "LINEAGE_KINDS",
    "SYMMETRIC_KINDS",
    "Absorption",
    "Alliance",
    "BaseEvent",
    "Citation",
    "Dataset",
    "Departure",
    "Dissolution",
    "Event",
    "Founding",
    "Group",
    "Joining",
    "Merger",
    "Name",
    "Party",
    "Person",
    "Pledge",
    "Rename",
    "Rivalry",
    "Role",
    "Source",
    "Split",
]

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]*$", max_length=200),
    Field(description="A stable slug: lower-case letters, digits, '.', '_' and '-'."),
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
LINEAGE_KINDS = frozenset({"merger", "split", "absorption"})
"""Event kinds that make one group out of another (renames keep the group)."""
SYMMETRIC_KINDS = frozenset({"alliance", "rivalry"})
"""Event kinds between equals: the graph has an edge each way between their members."""


_CONFIG = ConfigDict(extra="forbid")


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
        from .results import record_html

        return record_html(self)


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
class BaseEvent(_Record):
    """Fields every event has; see the concrete kinds below."""

    kind: str
    id: Id
    date: PartialDate
    description: Text
    confidence: Confidence = "high"
    people: tuple[Ref, ...] = ()
    citations: tuple[Citation, ...] = Field(min_length=1)
    note: str | None = None

    def group_refs(self) -> Iterator[tuple[str, str]]:
        """``(field, group id)`` for every group the event names."""
        return iter(())

    def lineage_edges(self) -> Iterator[tuple[str, str]]:
        """``(older, newer)`` group pairs this event makes one out of the other."""
        return iter(())

    def creates(self) -> str | None:
        """The group this event brings into being, if any."""
        return None

    def ends(self) -> Iterator[str]:
        """The groups this event ends."""
        return iter(())

    def group_ids(self) -> tuple[str, ...]:
        """The ids of the groups the event names, in field order (fast: no field paths)."""
        return tuple(g for _, g in self.group_refs())

    @property
    def groups(self) -> tuple[str, ...]:
        """The distinct ids of the groups the event names."""
        return tuple(dict.fromkeys(self.group_ids()))


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Founding(BaseEvent):
    kind: Literal["founding"]
    group: Ref

    def group_ids(self) -> tuple[str, ...]:
        return (self.group,)

    def group_refs(self) -> Iterator[tuple[str, str]]:
        yield "group", self.group

    def creates(self) -> str | None:
        return self.group


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Dissolution(BaseEvent):
    kind: Literal["dissolution"]
    group: Ref

    def group_ids(self) -> tuple[str, ...]:
        return (self.group,)

    def group_refs(self) -> Iterator[tuple[str, str]]:
        yield "group", self.group

    def ends(self) -> Iterator[str]:
        yield self.group


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Party(_Record):
    """A group taking part in a merger; ``faction`` if only part of it did."""

    group: Ref
    faction: bool = False


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Merger(BaseEvent):
    kind: Literal["merger"]
    parties: tuple[Party, ...] = Field(min_length=1)
    result: Ref
    result_is_new: bool = True

    def group_ids(self) -> tuple[str, ...]:
        return (*(p.group for p in self.parties), self.result)

    def group_refs(self) -> Iterator[tuple[str, str]]:
        for i, p in enumerate(self.parties):
            yield f"parties[{i}].group", p.group
        yield "result", self.result

    def lineage_edges(self) -> Iterator[tuple[str, str]]:
        for p in self.parties:
            yield p.group, self.result

    def creates(self) -> str | None:
        return self.result if self.result_is_new else None

    def ends(self) -> Iterator[str]:
        for p in self.parties:
            if not p.faction and p.group != self.result:
                yield p.group


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Split(BaseEvent):
    kind: Literal["split"]
    parent: Ref
    splinter: Ref
    splinter_is_new: bool = True

    def group_ids(self) -> tuple[str, ...]:
        return (self.parent, self.splinter)

    def group_refs(self) -> Iterator[tuple[str, str]]:
        yield "parent", self.parent
        yield "splinter", self.splinter

    def lineage_edges(self) -> Iterator[tuple[str, str]]:
        yield self.parent, self.splinter

    def creates(self) -> str | None:
        return self.splinter if self.splinter_is_new else None


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Absorption(BaseEvent):
    kind: Literal["absorption"]
    absorbed: Ref
    into: Ref

    def group_ids(self) -> tuple[str, ...]:
        return (self.absorbed, self.into)

    def group_refs(self) -> Iterator[tuple[str, str]]:
        yield "absorbed", self.absorbed
        yield "into", self.into

    def lineage_edges(self) -> Iterator[tuple[str, str]]:
        yield self.absorbed, self.into

    def ends(self) -> Iterator[str]:
        yield self.absorbed


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Rename(BaseEvent):
    kind: Literal["rename"]
    group: Ref
    previous_name: Text
    new_name: Text

    def group_refs(self) -> Iterator[tuple[str, str]]:
        yield "group", self.group


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Pledge(BaseEvent):
    kind: Literal["pledge"]
    group: Ref
    patron: Ref
    end: PartialDate | None = None

    def group_ids(self) -> tuple[str, ...]:
        return (self.group, self.patron)

    def group_refs(self) -> Iterator[tuple[str, str]]:
        yield "group", self.group
        yield "patron", self.patron


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Alliance(BaseEvent):
    kind: Literal["alliance"]
    members: tuple[Ref, ...] = Field(min_length=2)
    end: PartialDate | None = None

    def group_refs(self) -> Iterator[tuple[str, str]]:
        for i, g in enumerate(self.members):
            yield f"members[{i}]", g


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Rivalry(BaseEvent):
    kind: Literal["rivalry"]
    members: tuple[Ref, ...] = Field(min_length=2)
    end: PartialDate | None = None

    def group_refs(self) -> Iterator[tuple[str, str]]:
        for i, g in enumerate(self.members):
            yield f"members[{i}]", g


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Departure(BaseEvent):
    """People leave a group (``people`` must name them)."""

    kind: Literal["departure"]
    group: Ref

    def group_refs(self) -> Iterator[tuple[str, str]]:
        yield "group", self.group


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Joining(BaseEvent):
    """People join or rejoin a group (``people`` must name them)."""

    kind: Literal["joining"]
    group: Ref

    def group_refs(self) -> Iterator[tuple[str, str]]:
        yield "group", self.group


Event = Annotated[
    Founding
    | Dissolution
    | Merger
    | Split
    | Absorption
    | Rename
    | Pledge
    | Alliance
    | Rivalry
    | Departure
    | Joining,
    Field(discriminator="kind"),
]
"""Any event; pydantic picks the model from its ``kind``."""

EVENT_TYPES: dict[str, type[BaseEvent]] = {
    "founding": Founding,
    "dissolution": Dissolution,
    "merger": Merger,
    "split": Split,
    "absorption": Absorption,
    "rename": Rename,
    "pledge": Pledge,
    "alliance": Alliance,
    "rivalry": Rivalry,
    "departure": Departure,
    "joining": Joining,
}


class Dataset(BaseModel):
    """A whole lineage file."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_: str | None = Field(None, alias="$schema")
    sources: tuple[Source, ...] = ()
    groups: tuple[Group, ...] = ()
    people: tuple[Person, ...] = ()
    roles: tuple[Role, ...] = ()
    events: tuple[Event, ...] = ()
