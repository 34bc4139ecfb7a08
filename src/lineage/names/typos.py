"""Slips of the pen: a word no name holds, read as the word it is one slip from.

A name that every rule misses may hold a misspelt word ("Islamic State of Irag
and the Levant", "Ansar Byat al-Maqdis"). A word of the query is read as a slip
only when all of these hold:

* no name of the index holds it, and it is no place, country or nationality
  (``Iran`` is never a slip of ``Iraq``, ``Algerian`` never one of ``Nigerian``);
* it has at least four letters, and what it is read as is no acronym (``Iscap``,
  the Islamic State's Central Africa Province, is not ``ISWAP``), no nationality
  and no place spelt a letter from another (``San'a`` is not ``Sina``);
* it is one edit from a word the index holds (a letter added, dropped or
  changed, or two letters swapped), or two edits when both have eight letters
  or more;
* corrected, the whole query is one of the index's names under the spelling
  rules: no word is added, dropped or moved, and every other word is as written.

At most two words of a query are corrected, and at least one of its words that
count (not an article or a small word such as "the" or "of") stays as written,
unless the query has one such word of six letters or more (``Al Murabitum``):
one short word is too little to tell a slip from another word (``Case`` is not
``The Base``). Corrections that name two records make the query ambiguous,
never a guess.

>>> vocabulary = Vocabulary.of(["Islamic State of Iraq and the Levant", "Ansar Dine"])
>>> [" ".join(c.words) for c in vocabulary.corrections("Islamic State of Irag and the Levant")]
['islamic state of iraq and the levant']
>>> vocabulary.corrections("Islamic State of Iran and the Levant")  # a country
[]
>>> vocabulary.corrections("ISIB")  # an acronym
[]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from .places import NATIONALITIES, PLACES, WORLD, other_place_names
from .rules import tokens
from .wording import SMALL

__all__ = ["MAX_SLIPS", "Correction", "Vocabulary"]

MAX_SLIPS = 2
"""The most words of one query read as slips."""
_SHORTEST = 4
_LONG = 8  # a word this long may be two edits from the one it is a slip of
_MAX_COMBINATIONS = 16


@dataclass(frozen=True, slots=True)
class Correction:
    """A query's words with its slips corrected, and each slip as ``(written, read)``."""

    words: tuple[str, ...]
    slips: tuple[tuple[str, str], ...]


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Every word of a place or nationality the qualifier rules or the world list know."""
    names = [*PLACES, *WORLD, *NATIONALITIES, *other_place_names()]
    return frozenset(w.casefold() for name in names for w in tokens(name))


@lru_cache(maxsize=1)
def _peoples() -> frozenset[str]:
    """The nationalities and look-alike place spellings: never what a slip is read as."""
    return frozenset(w.casefold() for name in NATIONALITIES for w in tokens(name))


class Vocabulary:
    """The words of an index's names, for reading a query's slips: ``words`` all of
    them (a query word among them stands as written), the words a slip may be
    read as only those that are no acronym (as :func:`~.rules.tokens` keeps them,
    in capitals) and no nationality."""

    def __init__(self, words: Iterable[str]) -> None:
        written = set(words)
        self.words = frozenset(w.casefold() for w in written)
        peoples = _peoples()
        self._targets = sorted(
            w
            for w in written
            if w.isalpha() and not w.isupper() and len(w) >= _SHORTEST and w not in peoples
        )

    @classmethod
    def of(cls, names: Iterable[str]) -> Vocabulary:
        """The vocabulary of ``names``: their words as :func:`~.rules.tokens` gives them."""
        return cls(w for name in names for w in tokens(name))

    def corrections(self, query: str) -> list[Correction]:
        """The readings of ``query`` with one or two slips corrected (see the module),
        each a word list as :func:`~.rules.tokens` gives it; none when a word is
        unknown and no slip of a known one, or when nothing is to correct."""
        words = tokens(query)
        options: list[list[str]] = []
        slipped = 0
        for word in words:
            close = self._close(word)
            if close is None:
                options.append([word])
            elif not close:
                return []  # a word nobody's name holds, nor anything near it
            else:
                slipped += 1
                if slipped > MAX_SLIPS:
                    return []
                options.append(close)
        counted = [w for w in words if w.casefold() not in SMALL and len(w) >= 3]
        kept = [w for w, o in zip(words, options, strict=True) if o == [w] and w in counted]
        if not slipped or not (kept or (len(counted) == 1 and len(counted[0]) >= 6)):
            return []
        found: list[Correction] = []
        for chosen in product(*options):
            if len(found) == _MAX_COMBINATIONS:
                break
            slips = tuple((w, c) for w, c in zip(words, chosen, strict=True) if w != c)
            found.append(Correction(tuple(chosen), slips))
        return found

    def _close(self, word: str) -> list[str] | None:
        """None when ``word`` stands as written; else the known words it is a slip of
        (an empty list: it is unknown and a slip of none)."""
        if word.isupper() or word in self.words or word in _places() or not word.isalpha():
            return None
        if len(word) < _SHORTEST:
            return []
        from rapidfuzz import process
        from rapidfuzz.distance import DamerauLevenshtein

        found = process.extract(
            word, self._targets, scorer=DamerauLevenshtein.distance, score_cutoff=2, limit=None
        )
        return sorted(
            known
            for known, edits, _ in found
            if edits <= (2 if min(len(word), len(known)) >= _LONG else 1)
        )
