"""lineage: how militant organisations descend from one another.

Splits, mergers, absorptions, pledges, renames and leaders, time-aware and
traced to quoted sources. Start with :func:`load`::

    >>> import lineage
    >>> lg = lineage.load()
    >>> [g.name for g in lg.origins("JNIM")][:4]
    ['AQIM Sahara branch', 'Al Murabitoun', 'Ansar Dine', 'Macina Liberation Front']
"""

import importlib as _importlib
import typing as _typing

from .check import check_dataset
from .exceptions import (
    AmbiguousNameError,
    ArgumentError,
    DataError,
    DateError,
    LineageError,
    MissingDependencyError,
    Problem,
    UnknownNameError,
)
from .facade import Lineage
from .graph import build_graph
from .io import read_dataset, write_dataset
from .loading import BUNDLED, load
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
    Undirected,
    holds_at,
    parse_date,
)
from .names import normalise
from .views.results import GroupState, Snapshot

if _typing.TYPE_CHECKING:
    from .sources.mmp import ImportReport, import_mmp, read_mmp
    from .sources.synth import synthesize, write_synthetic
    from .views.html import HtmlView

# Importers, generators and the interactive view load on first use: a query pays
# nothing for them.
_LAZY = {
    "HtmlView": "views.html",
    "ImportReport": "sources.mmp",
    "import_mmp": "sources.mmp",
    "read_mmp": "sources.mmp",
    "synthesize": "sources.synth",
    "write_synthetic": "sources.synth",
}


def __getattr__(name: str) -> _typing.Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'lineage' has no attribute {name!r}")
    value = getattr(_importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "BUNDLED",
    "Absorption",
    "Alliance",
    "AmbiguousNameError",
    "ArgumentError",
    "Citation",
    "DataError",
    "Dataset",
    "DateError",
    "Departure",
    "Dissolution",
    "Event",
    "Founding",
    "Group",
    "GroupState",
    "HtmlView",
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
    "Undirected",
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
