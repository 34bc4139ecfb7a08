"""A whole dataset file: sources, groups, people, roles and events."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .events import Event
from .records import Group, Person, Role, Source

__all__ = ["Dataset"]


class Dataset(BaseModel):
    """A whole lineage file."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_: str | None = Field(None, alias="$schema")
    sources: tuple[Source, ...] = ()
    groups: tuple[Group, ...] = ()
    people: tuple[Person, ...] = ()
    roles: tuple[Role, ...] = ()
    events: tuple[Event, ...] = ()
