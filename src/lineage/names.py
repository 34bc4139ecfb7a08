"""Name resolution that survives transliteration.

Names of groups and people reach a user in many spellings: ``Wilāyat`` and
``Wilayat``, ``Da’wah`` and ``Da'wah``, ``al-Qaeda`` and ``Al Qaeda``. lineage
compares names through :func:`normalise`, which removes the differences that
never distinguish two organisations:

* case, accents and diacritics (Unicode NFKD, combining marks dropped);
* apostrophes and quote marks of every style (’ ‘ ' ` ʿ ʾ " “ ”);
* hyphens, spaces and other punctuation, so ``al-X``, ``Al X`` and ``AlX`` agree.

When that finds nothing, a looser :func:`loose_key` also folds common
transliteration variants (``kh``/``k``, ``ou``/``u``, ``y``/``i``, ``q``/``k``,
doubled letters, a leading ``al``) and is used only when it points to a single
record. When nothing matches, rapidfuzz proposes the closest names.

>>> normalise("Wilāyat al-Islāmiyya") == normalise("wilayat Al Islamiyya")
True
>>> normalise("lid-Da’wah wa'l-Jihad") == normalise("lid Da'wah wa`l Jihad")
True
>>> loose_key("Iyad Ag Ghaly") == loose_key("Iyad Ag Ghali")
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from .dates import PartialDate, holds_at
from .exceptions import AmbiguousNameError, UnknownNameError
from .models import Name

__all__ = ["NameIndex", "loose_key", "normalise"]

_QUOTES = str.maketrans("", "", "'’‘`ʿʾ´\"“”′")
_ARTICLES = frozenset({"al", "el", "ul", "the"})
_FOLDS = (
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("sh", "s"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ae", "ai"),
    ("q", "k"),
    ("y", "i"),
)
_DOUBLE = re.compile(r"(.)\1+")
_TOKEN = re.compile(r"[^\w]+|_")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """The key two spellings of one name share: letters and digits, unaccented, case-folded.

    Idempotent: ``normalise(normalise(s)) == normalise(s)``.

    >>> normalise("Al Qaeda’s  AQIM"), normalise("al-qaedas aqim")
    ('alqaedasaqim', 'alqaedasaqim')
    """
    return "".join(c for c in _strip_marks(text) if c.isalnum())


@lru_cache(maxsize=1 << 16)
def loose_key(text: str) -> str:
    """A looser key that also folds common transliteration variants.

    >>> loose_key("Al Qaida") == loose_key("al-Qaeda")
    True
    """
    tokens = [t for t in _TOKEN.split(_strip_marks(text).translate(_QUOTES)) if t]
    kept = [t for t in tokens if t not in _ARTICLES] or tokens
    key = "".join(kept)
    for old, new in _FOLDS:
        key = key.replace(old, new)
    key = _DOUBLE.sub(r"\1", key)
    return key.removesuffix("h")


@dataclass(frozen=True, slots=True)
class _Entry:
    record: str
    name: Name


class NameIndex:
    """Every name of a set of records (groups or people), ready to resolve.

    ``what`` is the word used in messages (``"group"``, ``"person"``);
    ``exists(record_id, at)`` says whether a record existed at a date.
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
        self._describe = describe or (lambda rid: rid)
        self._exact: dict[str, set[str]] = {}
        self._ids: set[str] = set()
        self._canonical: dict[str, str] = {}
        self._by_key: dict[str, list[_Entry]] = {}
        self._by_loose: dict[str, set[str]] = {}
        self._labels: dict[str, tuple[str, str]] = {}

    def add(self, record: str, canonical: str, names: Iterable[Name]) -> None:
        """Index a record under its id and every one of its names."""
        self._ids.add(record)
        self._canonical[record] = canonical
        for name in names:
            self._exact.setdefault(name.name, set()).add(record)
            key = normalise(name.name)
            if not key:
                continue
            self._by_key.setdefault(key, []).append(_Entry(record, name))
            self._by_loose.setdefault(loose_key(name.name), set()).add(record)
            self._labels.setdefault(key, (name.name, record))

    def __contains__(self, name: str) -> bool:
        try:
            self.resolve(name)
        except LookupError:
            return False
        return True

    def resolve(self, query: str, at: PartialDate | None = None) -> str:
        """The id of the one record ``query`` names (at ``at`` when given).

        Raises :class:`~lineage.UnknownNameError` with suggestions, or
        :class:`~lineage.AmbiguousNameError` listing the candidates.
        """
        if query in self._ids:
            return query
        exact = self._exact.get(query)
        if exact is not None and len(exact) == 1 and at is None:
            return next(iter(exact))
        key = normalise(query)
        entries = self._by_key.get(key, [])
        if entries:
            return self._choose(query, entries, at)
        loose = self._by_loose.get(loose_key(query), set()) if key else set()
        if len(loose) == 1:
            return next(iter(loose))
        if len(loose) > 1:
            entries = [e for k, es in self._by_key.items() for e in es if e.record in loose]
            return self._choose(query, entries, at)
        raise UnknownNameError(query, self.what, self.suggest(query))

    def _choose(self, query: str, entries: list[_Entry], at: PartialDate | None) -> str:
        records = list(dict.fromkeys(e.record for e in entries))
        if len(records) == 1:
            return records[0]
        if at is not None:
            current = [
                e.record
                for e in entries
                if holds_at(e.name.start, e.name.end, at)
                and (self._exists is None or self._exists(e.record, at))
            ]
            current = list(dict.fromkeys(current))
            if len(current) == 1:
                return current[0]
            if current:
                records = current
        key = normalise(query)
        canonical = [r for r in records if normalise(self._canonical[r]) == key]
        if len(canonical) == 1:
            return canonical[0]
        candidates = []
        for rid in records:
            spans = [
                f"{e.name.start or '…'} to {e.name.end or '…'}"
                for e in entries
                if e.record == rid and (e.name.start or e.name.end)
            ]
            desc = self._describe(rid) + (f", named so {'; '.join(spans)}" if spans else "")
            candidates.append((rid, desc))
        hint = (
            f"use the {self.what}'s id"
            if at is not None
            else f"pass a date (at=…, --at) to pick the {self.what} that bore the name then, "
            "or use its id"
        )
        raise AmbiguousNameError(query, candidates, hint)

    def suggest(self, query: str, limit: int = 3) -> list[str]:
        """The names closest to ``query`` (rapidfuzz WRatio, score ≥ 70), best first."""
        key = normalise(query)
        if not key:
            return []
        found = process.extract(
            key, self._labels.keys(), scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=70
        )
        out: list[str] = []
        seen: set[str] = set()
        for match, _score, _ in found:
            label, record = self._labels[match]
            if record in seen:
                continue
            seen.add(record)
            out.append(label)
            if len(out) == limit:
                break
        return out
