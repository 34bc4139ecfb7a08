"""The name index: every name of a set of records, ready to resolve (see :mod:`.fold`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, Protocol, TypeVar

from ..exceptions import AmbiguousNameError, UnknownNameError
from ..model import Name, PartialDate, holds_at
from .fold import loose_key, normalise, normalise_uncached

__all__ = ["NameIndex", "Named"]


_Entry = tuple[str, Name]  # (record id, the Name)


class Named(Protocol):
    """A record with names: a :class:`~lineage.models.Group` or :class:`~lineage.models.Person`."""

    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...

    def all_names(self) -> Iterator[Name]: ...


R = TypeVar("R", bound=Named)


class NameIndex(Generic[R]):
    """Every name of a set of records (groups or people), ready to resolve.

    ``what`` is the word used in messages (``"group"``, ``"person"``);
    ``exists(record_id, at)`` says whether a record existed at a date.
    ``records`` holds the indexed records by id.
    """

    def __init__(
        self,
        what: str,
        *,
        exists: Callable[[str, PartialDate], bool] | None = None,
        describe: Callable[[str], str] | None = None,
    ) -> None:
        self.what = what
        self._exists = exists
        self._describe = describe or str  # not a lambda: an index must pickle
        # name as written -> its record id, or None when several records bear it
        self._exact: dict[str, str | None] = {}
        self.records: dict[str, R] = {}
        # normalised name -> its entry, or a list of them when several share it
        # (most names are one record's: no list for those, a third less memory)
        self._by_key: dict[str, _Entry | list[_Entry]] = {}
        self._by_loose: dict[str, set[str]] | None = None  # built on first use
        # other ids that name a record (in a combination: a member's qualified id,
        # an unqualified id): one target, or several when ambiguous
        self._aliases: dict[str, tuple[str, ...]] = {}

    def add(self, item: R) -> None:
        """Index a record under its id and every one of its names."""
        record = item.id
        self.records[record] = item
        exact = self._exact
        by_key = self._by_key
        key_of = normalise_uncached
        for name in item.all_names():
            text = name.name
            if exact.setdefault(text, record) != record:
                exact[text] = None
            key = key_of(text)
            if not key:
                continue
            entry = (record, name)
            found = by_key.get(key)
            if found is None:
                by_key[key] = entry
            elif isinstance(found, list):
                found.append(entry)
            else:
                by_key[key] = [found, entry]

    def _entries(self, key: str) -> list[_Entry]:
        found = self._by_key.get(key)
        if found is None:
            return []
        return found if isinstance(found, list) else [found]

    def _loose(self) -> dict[str, set[str]]:
        """The transliteration-folded tier, built the first time a name misses."""
        if self._by_loose is None:
            self._by_loose = {}
            for key in self._by_key:
                for record, name in self._entries(key):
                    self._by_loose.setdefault(loose_key(name.name), set()).add(record)
        return self._by_loose

    def shared(self) -> Iterator[list[_Entry]]:
        """``[(record id, Name), ...]`` for every normalised name two or more entries share."""
        for found in self._by_key.values():
            if isinstance(found, list):
                yield found

    def alias(self, key: str, targets: tuple[str, ...]) -> None:
        """Let ``key`` (another id) name the record ``targets[0]``; several: ambiguous."""
        self._aliases[key] = targets

    def resolve(self, query: str, at: PartialDate | None = None) -> str:
        """The id of the one record ``query`` names (at ``at`` when given).

        Raises :class:`~lineage.UnknownNameError` with suggestions, or
        :class:`~lineage.AmbiguousNameError` listing the candidates.
        """
        if query in self.records:  # a record id
            return query
        targets = self._aliases.get(query)
        if targets is not None:
            if len(targets) == 1:
                return targets[0]
            candidates = [(t, self._describe(t)) for t in targets]
            raise AmbiguousNameError(query, candidates, what=self.what, dated=at is not None)
        if at is None:
            exact = self._exact.get(query)
            if exact is not None:
                return exact
        key = normalise(query)
        entries = self._entries(key)
        if entries:
            return self._choose(query, entries, at)
        loose = self._loose().get(loose_key(query), set()) if key else set()
        if len(loose) == 1:
            return next(iter(loose))
        if len(loose) > 1:
            entries = [e for k in self._by_key for e in self._entries(k) if e[0] in loose]
            return self._choose(query, entries, at)
        raise UnknownNameError(query, self.what, self.suggest(query))

    def _choose(self, query: str, entries: list[_Entry], at: PartialDate | None) -> str:
        records = list(dict.fromkeys(rec for rec, _ in entries))
        if len(records) == 1:
            return records[0]
        if at is not None:
            current = [
                rec
                for rec, name in entries
                if holds_at(name.start, name.end, at)
                and (self._exists is None or self._exists(rec, at))
            ]
            current = list(dict.fromkeys(current))
            if len(current) == 1:
                return current[0]
            if current:
                records = current
        candidates = []
        for rid in records:
            spans = [
                f"{name.start or '…'} to {name.end or '…'}"
                for rec, name in entries
                if rec == rid and (name.start or name.end)
            ]
            desc = self._describe(rid) + (f", named so {'; '.join(spans)}" if spans else "")
            candidates.append((rid, desc))
        raise AmbiguousNameError(query, candidates, what=self.what, dated=at is not None)

    def suggest(self, query: str, limit: int = 3) -> list[str]:
        """The names closest to ``query`` (rapidfuzz WRatio, score ≥ 70), best first."""
        from rapidfuzz import fuzz, process  # only a miss pays for the import

        key = normalise(query)
        if not key:
            return []
        found = process.extract(
            key, self._by_key.keys(), scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=70
        )
        out: list[str] = []
        seen: set[str] = set()
        for match, _score, _ in found:
            record, name = self._entries(match)[0]
            label = name.name
            if record in seen:
                continue
            seen.add(record)
            out.append(label)
            if len(out) == limit:
                break
        return out
