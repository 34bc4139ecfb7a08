"""lineage: how militant organisations descend from one another.

Splits, mergers, absorptions, pledges, renames and leaders, time-aware and
traced to quoted sources. Start with :func:`load`::

    >>> import lineage
    >>> lg = lineage.load()
    >>> [g.name for g in lg.origins("JNIM")][:4]
    ['AQIM Sahara branch', 'Al Murabitoun', 'Ansar Dine', 'Macina Liberation Front']
"""

from .check import check_dataset
from .exceptions import (
    AmbiguousNameError,
    DataError,
    LineageError,
    MissingDependencyError,
    Problem,
    UnknownNameError,
)
from .facade import Lineage, load
from .graph import build_graph
from .io import read_dataset, write_dataset
from .model import (
    Absorption,
    Alliance,
    Citation,
    Dataset,
    Departure,
    Dissolution,
    Event,
    Founding,
    Group,
    Joining,
    Merger,
    Name,
    PartialDate,
    Party,
    Person,
    Pledge,
    Rename,
    Rivalry,
    Role,
    Source,
    Split,
    holds_at,
    parse_date,
)
from .names import normalise
from .sources.mmp import ImportReport, import_mmp, read_mmp
from .sources.synth import synthesize, write_synthetic
from .views.results import GroupState, Snapshot

__all__ = [
    "Absorption",
    "Alliance",
    "AmbiguousNameError",
    "Citation",
    "DataError",
    "Dataset",
    "Departure",
    "Dissolution",
    "Event",
    "Founding",
    "Group",
    "GroupState",
    "ImportReport",
    "Joining",
    "Lineage",
    "LineageError",
    "Merger",
    "MissingDependencyError",
    "Name",
    "PartialDate",
    "Party",
    "Person",
    "Pledge",
    "Problem",
    "Rename",
    "Rivalry",
    "Role",
    "Snapshot",
    "Source",
    "Split",
    "UnknownNameError",
    "build_graph",
    "check_dataset",
    "holds_at",
    "import_mmp",
    "load",
    "normalise",
    "parse_date",
    "read_dataset",
    "read_mmp",
    "synthesize",
    "write_dataset",
    "write_synthetic",
]

__version__ = "0.1.0"
