"""The facts of chosen sources only.

>>> from lineage import load
>>> lg = load()
>>> len(restrict(lg.dataset, ["no-such-source"]).events)
0
>>> len(restrict(lg.dataset, [lg.sources[0].id]).events) == len(lg.events)
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..model import Citation, Dataset

__all__ = ["restrict"]


def _chosen(source: str, wanted: set[str]) -> bool:
    dataset, _, own = source.rpartition(":")
    return source in wanted or own in wanted or (bool(dataset) and dataset in wanted)


def restrict(dataset: Dataset, sources: Iterable[str]) -> Dataset:
    """``dataset`` with only the events and roles that cite one of ``sources`` (a source
    id, qualified or not, or a dataset's name), each keeping only those citations."""
    wanted = set(sources)

    def kept(citations: tuple[Citation, ...]) -> tuple[Citation, ...]:
        return tuple(c for c in citations if _chosen(c.source, wanted))

    def trim(records: Iterable[Any]) -> tuple[Any, ...]:
        out = []
        for record in records:
            cited = kept(record.citations)
            if cited:
                out.append(record.model_copy(update={"citations": cited}))
        return tuple(out)

    return dataset.model_copy(
        update={
            "sources": tuple(s for s in dataset.sources if _chosen(s.id, wanted)),
            "roles": trim(dataset.roles),
            "events": trim(dataset.events),
        }
    )
