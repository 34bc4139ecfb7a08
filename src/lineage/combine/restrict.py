"""The facts of chosen sources only.

>>> from lineage import load
>>> lg = load()
>>> len(restrict(lg.dataset, ["carbonari-north-africa"]).events) == len(lg.events)
True
>>> restrict(lg.dataset, ["no-such-source"])  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
lineage.exceptions.ArgumentError: no source is called 'no-such-source' — name a source ...
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..exceptions import ArgumentError
from ..model import Citation, Dataset

__all__ = ["restrict"]


def _chosen(source: str, wanted: set[str]) -> bool:
    dataset, _, own = source.rpartition(":")
    return source in wanted or own in wanted or (bool(dataset) and dataset in wanted)


def restrict(dataset: Dataset, sources: Iterable[str]) -> Dataset:
    """``dataset`` with only the events and roles that cite one of ``sources`` (a source
    id, qualified or not, or a dataset's name), each keeping only those citations."""
    wanted = set(sources)
    for name in sorted(wanted):  # a name that matches nothing is a typo, not "no facts"
        if not any(_chosen(s.id, {name}) for s in dataset.sources):
            known = sorted({s.id.partition(":")[0] for s in dataset.sources if ":" in s.id})
            raise ArgumentError(
                f"no source is called {name!r}",
                "name a source by its id or a dataset by its name"
                + (f" (datasets: {', '.join(known)})" if known else "")
                + ": lineage sources lists them",
            )

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
