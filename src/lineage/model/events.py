"""Events: a union of record types discriminated on ``kind``.

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
``undirected``  a split, merger or affiliation between groups whose    no
                direction the source does not state
==============  =====================================================  =========

An ``undirected`` event records what a source says happened between groups
when it does not say which way (which group split from which, which one
continued, which pledged to which; an affiliation may be mere cooperation).
It never feeds descent, allegiance or camps: it is listed, and drawn and
exported without a direction, marked "direction unknown".

>>> sorted(LINEAGE_KINDS), sorted(SHAPING_KINDS - LINEAGE_KINDS)
(['absorption', 'merger', 'split'], ['dissolution', 'founding'])
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import Field
from pydantic.dataclasses import dataclass

from .dates import PartialDate
from .records import RECORD_CONFIG as _CONFIG
from .records import Citation, Confidence, Id, Party, Record, Ref, Text

__all__ = [
    "EVENT_TYPES",
    "LINEAGE_KINDS",
    "SHAPING_KINDS",
    "SYMMETRIC_KINDS",
    "Absorption",
    "Alliance",
    "BaseEvent",
    "Departure",
    "Dissolution",
    "Event",
    "Founding",
    "Joining",
    "Merger",
    "Pledge",
    "Rename",
    "Rivalry",
    "Split",
    "Undirected",
]

LINEAGE_KINDS = frozenset({"merger", "split", "absorption"})
"""Event kinds that make one group out of another (renames keep the group)."""
SHAPING_KINDS = LINEAGE_KINDS | {"founding", "dissolution"}
"""Event kinds that may create or end a group."""
SYMMETRIC_KINDS = frozenset({"alliance", "rivalry", "undirected"})
"""Event kinds between equals: the graph has an edge each way between their members."""


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class BaseEvent(Record):
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
class _Tie(BaseEvent):
    """Groups bound as equals (allies or rivals) from ``date`` until ``end``."""

    members: tuple[Ref, ...] = Field(min_length=2)
    end: PartialDate | None = None

    def group_refs(self) -> Iterator[tuple[str, str]]:
        for i, g in enumerate(self.members):
            yield f"members[{i}]", g


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Alliance(_Tie):
    kind: Literal["alliance"]


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Rivalry(_Tie):
    kind: Literal["rivalry"]


UndirectedRelation = Literal["split", "merger", "affiliation"]


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Undirected(_Tie):
    """A ``relation`` between ``members`` whose direction the source does not state."""

    kind: Literal["undirected"]
    relation: UndirectedRelation


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
    | Joining
    | Undirected,
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
    "undirected": Undirected,
}
