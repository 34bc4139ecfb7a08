"""The data model: partial dates, records, events and the dataset (pure data).

Nothing here knows about graphs, files or drawing; everything else builds on it.
"""

from .dataset import Dataset
from .dates import MAX, MIN, PartialDate, holds_at, holds_certainly, parse_date
from .events import (
    EVENT_TYPES,
    LINEAGE_KINDS,
    SHAPING_KINDS,
    SYMMETRIC_KINDS,
    Absorption,
    Alliance,
    BaseEvent,
    Departure,
    Dissolution,
    Event,
    Founding,
    Joining,
    Merger,
    Pledge,
    Rename,
    Rivalry,
    Split,
)
from .records import (
    CONFIDENCE_RANK,
    Citation,
    Group,
    Name,
    Party,
    Person,
    Record,
    Role,
    Source,
)

__all__ = [
    "CONFIDENCE_RANK",
    "EVENT_TYPES",
    "LINEAGE_KINDS",
    "MAX",
    "MIN",
    "SHAPING_KINDS",
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
    "PartialDate",
    "Party",
    "Person",
    "Pledge",
    "Record",
    "Rename",
    "Rivalry",
    "Role",
    "Source",
    "Split",
    "holds_at",
    "holds_certainly",
    "parse_date",
]
