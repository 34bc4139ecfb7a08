"""pandas DataFrames of events and groups (the ``notebook`` extra).

>>> import lineage
>>> events_frame(lineage.load()).loc["jnim-formed", "date"]
'2017-03-02'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..exceptions import MissingDependencyError
from .results import sources_of

if TYPE_CHECKING:
    import pandas as pd

    from ..facade import Lineage

__all__ = ["events_frame", "groups_frame"]


def _pandas(feature: str) -> Any:
    try:
        import pandas
    except ImportError:
        raise MissingDependencyError("pandas", "notebook", feature) from None
    return pandas


def events_frame(lg: Lineage) -> pd.DataFrame:
    """Every event, one row each, indexed by id, chronological."""
    pd = _pandas("events_frame()")
    rows = [
        {
            "id": e.id,
            "kind": e.kind,
            "date": str(e.date),
            "earliest": e.date.earliest,
            "latest": e.date.latest,
            "end": str(getattr(e, "end", None) or "") or None,
            "groups": list(e.groups),
            "people": list(e.people),
            "description": e.description,
            "confidence": e.confidence,
            "quotes": [c.quote for c in e.citations],
            "sources": sources_of(e),
            "corroborated": len(sources_of(e)) > 1,
        }
        for e in lg.events
    ]
    return pd.DataFrame(rows).set_index("id")


def groups_frame(lg: Lineage) -> pd.DataFrame:
    """Every group, one row each, indexed by id, with its leaders ever."""
    pd = _pandas("groups_frame()")
    nodes = lg.graph.nodes
    rows = [
        {
            "id": g.id,
            "name": g.name,
            "founded": str(nodes[g.id]["founded"] or "") or None,
            "dissolved": str(nodes[g.id]["dissolved"] or "") or None,
            "region": g.region,
            "names": [n.name for n in g.all_names()],
            "leaders": [p.name for p in lg.leaders(g)],
        }
        for g in lg.groups
    ]
    return pd.DataFrame(rows).set_index("id")
