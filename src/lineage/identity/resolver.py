"""The resolver: which records of the loaded datasets are one, from the links.

:func:`resolve` takes the links and what is loaded: a mapping from each
loaded dataset's name, in load order, to its record ids (a set, or any
container, or a predicate ``id -> bool``). Then:

* a link whose two datasets are not both loaded is *inert*: kept and listed,
  never an error and never merged;
* ``same`` links join records into clusters (connected components); each
  cluster has one canonical id, its member from the earliest-loaded dataset
  (then the smallest record id), so results do not depend on link order;
* ``unsure`` links are listed and never merged; ``not_same`` links are listed,
  and one whose two records ``same`` links join anyway is a contradiction.

Every problem is reported at once in a :class:`~lineage.exceptions.DataError`:
a link to a record its (loaded) dataset does not hold, two links judging one
pair differently, and contradictions, named with the chain of ``same`` links.

>>> from lineage.identity import Link
>>> def link(a, b, judgement):
...     return Link(a=a, b=b, judgement=judgement, note="n", decided_by="me", date="2026-11-25")
>>> known = {"groups": {"aqim", "gspc"}, "mmp": {"mmp-g1", "mmp-g2"}}
>>> r = resolve([link("mmp:mmp-g1", "groups:aqim", "same"),
...              link("mmp:mmp-g2", "groups:gspc", "unsure"),
...              link("acled:x", "groups:aqim", "same")], known)
>>> r.clusters == (frozenset({"groups:aqim", "mmp:mmp-g1"}),)
True
>>> r.canonical("mmp:mmp-g1"), r.canonical("mmp:mmp-g2")
('groups:aqim', 'mmp:mmp-g2')
>>> r.unsure, [i.pair for i in r.inert]
((('groups:gspc', 'mmp:mmp-g2'),), [('acled:x', 'groups:aqim')])
>>> r.judgement("groups:gspc", "mmp:mmp-g2")
'unsure'

networkx's connected components, not a hand-written union-find: the same
graph also gives the shortest chain of ``same`` links that a contradiction is
named by, and networkx is already a dependency. The graph is built from the
links in canonical order, so the chain named is the same whatever the file's
order.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import networkx as nx

from ..exceptions import DataError, Problem
from ..model import Dataset
from .links import Judgement, Link, Links, link_label, link_sort_key, split_id

__all__ = ["Known", "Pair", "Resolution", "record_ids", "resolve"]

Pair = tuple[str, str]
"""Two qualified ids, the smaller first."""
Known = Mapping[str, Container[str] | Callable[[str], bool]]
"""Each loaded dataset's name, in load order, to its record ids (or a predicate on an id)."""
_Entry = tuple[int, Link]


@dataclass(frozen=True)
class Resolution:
    """What the links say about the loaded datasets.

    ``datasets`` are the loaded datasets in load order; ``clusters`` the sets of
    two or more qualified ids that ``same`` links join, ordered by canonical id;
    ``not_same`` and ``unsure`` the pairs so judged (between loaded records);
    ``inert`` the links naming a dataset that is not loaded, in canonical order.
    ``canonical_ids`` maps each clustered id to its cluster's canonical id.
    """

    datasets: tuple[str, ...]
    clusters: tuple[frozenset[str], ...]
    not_same: tuple[Pair, ...]
    unsure: tuple[Pair, ...]
    inert: tuple[Link, ...]
    canonical_ids: Mapping[str, str] = field(repr=False, hash=False)
    _apart: frozenset[Pair] = field(init=False, repr=False, compare=False)
    _undecided: frozenset[Pair] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Judgements between clusters: a not_same (or unsure) between two members
        # holds between every member of one and every member of the other.
        object.__setattr__(self, "_apart", frozenset(self._lifted(self.not_same)))
        object.__setattr__(self, "_undecided", frozenset(self._lifted(self.unsure)))

    def _lifted(self, pairs: Iterable[Pair]) -> Iterable[Pair]:
        for a, b in pairs:
            ca, cb = self.canonical(a), self.canonical(b)
            yield (ca, cb) if ca < cb else (cb, ca)

    def canonical(self, qualified_id: str) -> str:
        """The canonical id of the record's cluster; the id itself if it is in none."""
        return self.canonical_ids.get(qualified_id, qualified_id)

    def cluster(self, qualified_id: str) -> frozenset[str]:
        """Every id judged the same as this one (itself included)."""
        found = (c for c in self.clusters if qualified_id in c)
        return next(found, frozenset({qualified_id}))

    def judgement(self, a: str, b: str) -> Judgement | None:
        """What the links say of two records, through the clusters; ``None`` if nothing.

        ``same`` if one cluster holds both; ``not_same`` if a ``not_same`` link
        joins their clusters; ``unsure`` if an ``unsure`` one does.
        """
        ca, cb = self.canonical(a), self.canonical(b)
        if ca == cb:
            return "same"
        pair = (ca, cb) if ca < cb else (cb, ca)
        if pair in self._apart:
            return "not_same"
        return "unsure" if pair in self._undecided else None


def record_ids(dataset: Dataset) -> frozenset[str]:
    """The ids links may name in a dataset: its groups' and its people's."""
    return frozenset(r.id for r in (*dataset.groups, *dataset.people))


def resolve(links: Links | Iterable[Link], known: Known, *, file: str = "<links>") -> Resolution:
    """Resolve ``links`` against the loaded datasets ``known`` (in load order).

    ``file`` names the links file in problems; a link is named by its index in
    ``links`` and its two ids. Raises :class:`~lineage.exceptions.DataError`
    listing every problem (see the module docstring).
    """
    entries = list(enumerate(links.links if isinstance(links, Links) else links))
    active = [(i, k) for i, k in entries if _loaded(k, known)]
    inert = tuple(sorted((k for _, k in entries if not _loaded(k, known)), key=link_sort_key))
    same = _same_graph(active)
    problems = [
        *_unknown_records(active, known, file),
        *_conflicts(active, file),
        *_contradictions(active, same, file),
    ]
    if problems:
        raise DataError(problems)
    rank = {name: position for position, name in enumerate(known)}
    clusters = _clusters(same, rank)
    return Resolution(
        datasets=tuple(known),
        clusters=clusters,
        not_same=_pairs(active, "not_same"),
        unsure=_pairs(active, "unsure"),
        inert=inert,
        canonical_ids={i: min(c, key=lambda q: _rank(q, rank)) for c in clusters for i in c},
    )


def _loaded(link: Link, known: Known) -> bool:
    return split_id(link.a)[0] in known and split_id(link.b)[0] in known


def _holds(ids: Container[str] | Callable[[str], bool], record: str) -> bool:
    return bool(ids(record)) if callable(ids) else record in ids


def _rank(qualified_id: str, rank: Mapping[str, int]) -> tuple[int, str]:
    dataset, record = split_id(qualified_id)
    return (rank[dataset], record)


def _pairs(active: list[_Entry], judgement: Judgement) -> tuple[Pair, ...]:
    return tuple(sorted({link.pair for _, link in active if link.judgement == judgement}))


def _same_graph(active: list[_Entry]) -> Any:
    """The ``same`` links as a graph, built in canonical order; each edge keeps a link index."""
    same = nx.Graph()
    for index, link in sorted(
        ((i, k) for i, k in active if k.judgement == "same"), key=lambda e: (e[1].pair, e[0])
    ):
        if not same.has_edge(link.a, link.b):
            same.add_edge(link.a, link.b, index=index)
    return same


def _clusters(same: Any, rank: Mapping[str, int]) -> tuple[frozenset[str], ...]:
    found = [frozenset(c) for c in nx.connected_components(same)]
    return tuple(sorted(found, key=lambda c: min(_rank(q, rank) for q in c)))


def _unknown_records(active: list[_Entry], known: Known, file: str) -> Iterable[Problem]:
    for index, link in active:
        for end, qualified in (("a", link.a), ("b", link.b)):
            dataset, record = split_id(qualified)
            if not _holds(known[dataset], record):
                yield Problem(
                    file,
                    link_label(index, link.a, link.b),
                    end,
                    f"names {record!r}, which dataset {dataset!r} does not hold",
                    f"correct the id to one of {dataset!r}'s records, or remove the link "
                    "if the record is gone",
                )


def _conflicts(active: list[_Entry], file: str) -> Iterable[Problem]:
    first: dict[Pair, _Entry] = {}
    for index, link in active:
        seen = first.setdefault(link.pair, (index, link))
        if seen[1].judgement != link.judgement:
            yield Problem(
                file,
                link_label(index, link.a, link.b),
                "judgement",
                f"is {link.judgement!r}, but links[{seen[0]}] judges the same pair "
                f"{seen[1].judgement!r}",
                "keep one judgement for the pair: correct or remove one of the two links",
            )


def _contradictions(active: list[_Entry], same: Any, file: str) -> Iterable[Problem]:
    for index, link in active:
        if link.judgement != "not_same" or link.a not in same or link.b not in same:
            continue
        if same.has_edge(link.a, link.b):
            continue  # a 'same' link for this very pair: reported as a conflict
        try:
            path: list[str] = nx.shortest_path(same, link.a, link.b)
        except nx.NetworkXNoPath:
            continue
        chain = path[0] + "".join(
            f" = {q} (links[{same.edges[p, q]['index']}])" for p, q in pairwise(path)
        )
        yield Problem(
            file,
            link_label(index, link.a, link.b),
            "judgement",
            f"is 'not_same', but 'same' links join the two: {chain}",
            "correct this link, or the 'same' link in that chain that is wrong",
        )
