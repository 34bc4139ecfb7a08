"""What every rule of the second validation pass shares: the :class:`Checker`
(the dataset, the problems found so far, and facts derived from the dataset
once for all rules), the citation walkers and the date helper.

A rule is a function ``rule(ck: Checker) -> None`` that reports each problem
it finds with :meth:`Checker.add`:

>>> from lineage.model import Dataset
>>> ds = Dataset.model_validate({"groups": [{"id": "a", "name": "A"}]})
>>> ck = Checker(ds, "f.json")
>>> def no_people(ck: Checker) -> None:
...     if not ck.ds.people:
...         ck.add("-", "people", "names no one", "add a person")
>>> no_people(ck)
>>> [str(p) for p in ck.problems]
['f.json: people: names no one — add a person']
>>> sorted(ck.groups)
['a']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar, cast

from ..exceptions import Problem
from ..graph.build import Spans, effective_spans
from ..model import Citation, Dataset, Group, Name, PartialDate, Person, Source
from ..names.fold import normalise_uncached as normalise  # bulk: each name once

__all__ = ["Checker", "Claims", "Rule", "cited", "end_before_start"]

Claims = list[tuple[str, Name]]
"""The listings that share one normalised name: ``[(group id, Name), ...]``."""

_T = TypeVar("_T")


class Checker:
    """One run of the checks over ``dataset``: the problems found so far, and what
    the rules share.

    ``spans`` (:func:`~lineage.graph.effective_spans`) and ``shared_names`` (the
    :meth:`~lineage.names.NameIndex.shared` names of the groups) may be given
    when already computed; otherwise the rules that need them compute them.
    """

    def __init__(
        self,
        dataset: Dataset,
        file: str = "<string>",
        *,
        base_dir: Path | None = None,
        verify_quotes: bool = False,
        spans: Spans | None = None,
        shared_names: Iterable[list[tuple[str, Name]]] | None = None,
    ) -> None:
        self.ds = dataset
        self.file = file
        self.base_dir = base_dir
        self.verify_quotes = verify_quotes
        self._shared_names = shared_names
        self.problems: list[Problem] = []
        self._spans = spans
        self._derived: dict[Callable[[Checker], Any], Any] = {}

    def add(self, record: str, field: str, message: str, fix: str) -> None:
        """Report one problem (in this file) with ``record``'s ``field``."""
        self.problems.append(Problem(self.file, record, field, message, fix))

    @cached_property
    def groups(self) -> dict[str, Group]:
        """The groups by id."""
        return {g.id: g for g in self.ds.groups}

    @cached_property
    def people(self) -> set[str]:
        """The ids of the people."""
        return {p.id for p in self.ds.people}

    @cached_property
    def sources(self) -> dict[str, Source]:
        """The sources by id."""
        return {s.id: s for s in self.ds.sources}

    @cached_property
    def shared_names(self) -> list[Claims]:
        """Every normalised group name borne by two or more listings (of one group or
        of several), as given or computed; read by more than one rule, so kept.

        >>> from lineage.model import Dataset
        >>> ds = Dataset.model_validate({"groups": [{"id": "a", "name": "The Front",
        ...     "names": [{"name": "the front", "kind": "nickname", "note": "n"}]}]})
        >>> [[(gid, n.name) for gid, n in claims] for claims in Checker(ds).shared_names]
        [[('a', 'The Front'), ('a', 'the front')]]
        """
        if self._shared_names is not None:
            return list(self._shared_names)
        owners: dict[str, Claims] = {}
        for g in self.ds.groups:
            for n in g.all_names():
                key = normalise(n.name)
                if key:
                    owners.setdefault(key, []).append((g.id, n))
        return [claims for claims in owners.values() if len(claims) > 1]

    @cached_property
    def spans(self) -> Spans:
        """Each group's effective ``(founded, dissolved)``, as given or computed."""
        return self._spans if self._spans is not None else effective_spans(self.ds)

    def derived(self, make: Callable[[Checker], _T]) -> _T:
        """``make(self)``, computed once however many rules ask for it.

        >>> from lineage.model import Dataset
        >>> ck = Checker(Dataset.model_validate({}))
        >>> calls = []
        >>> def count(ck: Checker) -> int:
        ...     calls.append(1)
        ...     return len(ck.ds.groups)
        >>> ck.derived(count), ck.derived(count), len(calls)
        (0, 0, 1)
        """
        try:
            return cast(_T, self._derived[make])
        except KeyError:
            value = self._derived[make] = make(self)
            return value


Rule = Callable[[Checker], None]
"""A check of one kind: it reports what it finds with :meth:`Checker.add`."""


def cited(dataset: Dataset) -> Iterator[tuple[str, str, Citation]]:
    """Every citation in ``dataset`` as ``(record id, field path, citation)``.

    Groups and people (their own citations, then their names'), then roles,
    then events, each in file order.

    >>> from lineage.model import Dataset
    >>> quote = {"source": "s", "quote": "A"}
    >>> ds = Dataset.model_validate({"groups": [{"id": "a", "name": "A",
    ...     "citations": [quote], "names": [{"name": "A", "kind": "official",
    ...     "citations": [quote, quote]}]}]})
    >>> [(rid, field) for rid, field, _ in cited(ds)]
    [('a', 'citations[0]'), ('a', 'names[0].citations[0]'), ('a', 'names[0].citations[1]')]
    """
    named: tuple[Group | Person, ...] = (*dataset.groups, *dataset.people)
    for rec in named:
        for i, c in enumerate(rec.citations):
            yield rec.id, f"citations[{i}]", c
        for j, n in enumerate(rec.names):
            for i, c in enumerate(n.citations):
                yield rec.id, f"names[{j}].citations[{i}]", c
    for role in dataset.roles:
        for i, c in enumerate(role.citations):
            yield role.id, f"citations[{i}]", c
    for event in dataset.events:
        for i, c in enumerate(event.citations):
            yield event.id, f"citations[{i}]", c


def _citations(dataset: Dataset) -> Iterator[Citation]:
    """Every citation, in :func:`cited`'s order, without saying where. A twin kept
    for speed: it builds no field path (8% of the checks at 100k groups); a test
    keeps the two walks in step."""
    named: tuple[Group | Person, ...] = (*dataset.groups, *dataset.people)
    for rec in named:
        yield from rec.citations
        for n in rec.names:
            yield from n.citations
    for records in (dataset.roles, dataset.events):
        for r in records:
            yield from r.citations


def end_before_start(
    ck: Checker,
    rid: str,
    field: str,
    start: PartialDate | None,
    end: PartialDate | None,
    what: str,
) -> None:
    """Report ``what`` (``end``) if it comes definitely before ``start``."""
    if start is not None and end is not None and end.definitely_before(start):
        ck.add(
            rid,
            field,
            f"{what} {end} comes before its start {start}",
            "swap the dates or correct one of them",
        )
