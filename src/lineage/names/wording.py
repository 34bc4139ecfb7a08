"""Wording: a translation of a name in the same words, worded another way.

Translations of one Arabic or French name differ in their small words, their
word order and their endings ("Group for Supporting Islam and Muslims", "Group
of Support to Islam and Muslims", "Front of Liberation of Macina" beside
"Macina Liberation Front"). :func:`wording_key` sets those aside: two names with
the same key hold the same words, each as often, once the small words (English
and French articles, prepositions and "and") are dropped, an English plural
``-s`` or ``-ing`` is cut, and the spelling rules (:mod:`.rules`) have read each
word. No word is added or dropped beyond the small ones, and a key needs two
words at least, so a place or a name's distinguishing word always counts. A
query with a shape (brackets, a slash, a colon) is left to the shape rules
(:func:`reads`).

>>> wording_key("Front of Liberation of Macina") == wording_key("Macina Liberation Front")
True
>>> wording_key("Katibas du Macina") == wording_key("Katiba Macina")
True
>>> wording_key("Islamic State in Libya") == wording_key("Islamic State")
False
>>> explain_wording("Group of Support to Islam and Muslims", "Group to Support Islam and Muslims")
["'of' aside"]
>>> explain_wording("Front of Liberation of Macina", "Macina Liberation Front")
["'of' aside", 'word order']
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .rules import run_steps, tokens

__all__ = ["explain_wording", "one_word_apart", "reads", "wording_key"]

SMALL = frozenset(
    {"the", "of", "for", "to", "in", "and", "a", "an", "on", "with", "by", "who", "which", "that"}
    | {"de", "du", "des", "d", "l", "la", "le", "les", "pour", "et", "en", "au", "aux", "dans"}
)
"""The small words a wording sets aside."""
_SHAPED = re.compile(r"[()\[\]/:]|\s[-–—]\s")


def _stem(word: str) -> str:
    if len(word) >= 7 and word.endswith("ing"):
        return word[:-3]
    if len(word) >= 5 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def reads(query: str) -> bool:
    """Whether a wording may read ``query``: plain words, not ending in a small one.

    A bracket, a slash, a colon or a dash between words is a shape for the shape
    rules (:mod:`.structure`), which drop a qualifier only where it agrees with
    the group's region; a fragment ("Islamic State in") is no name.

    >>> reads("Front of Liberation of Macina"), reads("Islamic State (Iraq)")
    (True, False)
    >>> reads("Islamic State in")
    False
    """
    if _SHAPED.search(query):
        return False
    words = tokens(query)
    return bool(words) and words[-1] not in SMALL


def _words(text: str) -> list[str]:
    """The words a wording counts, in the order written."""
    words = [w if w.isupper() else _stem(w) for w in tokens(text) if w not in SMALL]
    return [w.lower() for w in run_steps(words)]


@lru_cache(maxsize=1 << 14)
def wording_key(text: str) -> str | None:
    """The words of ``text`` as a wording reads them, in order; None under two words."""
    folded = sorted(_words(text))
    return " ".join(folded) if len(folded) >= 2 else None


def one_word_apart(query: str, name: str) -> tuple[str, str] | None:
    """``(a word of query, the word of name it stands for)`` when the two hold the
    same words as a wording counts them but one word each, and share three at least.

    The one word may be a translation ("Fighting" for "Combat") or another word
    altogether, so this alone never resolves a name: the shape rules ask it only of
    a name whose bracketed acronym already names the record (:mod:`.structure`).

    >>> one_word_apart("Salafist Group for Preaching and Fighting",
    ...                "Salafist Group for Preaching and Combat")
    ('Fighting', 'Combat')
    >>> one_word_apart("Moro Liberation Front", "Macina Liberation Front") is None  # two shared
    True
    """
    if len(_counted(query)) != len(_counted(name)):
        return None  # one word for one word: as many words
    ours, theirs = Counter(_counted(query)), Counter(_counted(name))
    extra, lacking = ours - theirs, theirs - ours
    if extra.total() != 1 or lacking.total() != 1 or (ours & theirs).total() < 3:
        return None
    return _written(query, next(iter(extra))), _written(name, next(iter(lacking)))


@lru_cache(maxsize=1 << 14)
def _counted(text: str) -> tuple[str, ...]:
    """:func:`_words`, kept: the one-word rule reads every name for each query."""
    return tuple(_words(text))


def _written(text: str, folded: str) -> str:
    """The word of ``text`` that :func:`_words` reads as ``folded``."""
    return next((w for w in text.split() if _words(w) == [folded]), folded)


def explain_wording(query: str, name: str) -> list[str]:
    """What a wording set aside to read ``query`` as ``name``, in a user's words."""
    written = [w for w in query.replace("-", " ").split() if w]
    theirs = Counter(w.casefold() for w in name.replace("-", " ").split())
    ours = Counter(w.casefold() for w in written)
    extra = [w for w in dict.fromkeys(written) if w.casefold() in SMALL - theirs.keys()]
    lacking = [w for w in theirs if w in SMALL and w not in ours]
    listed = ", ".join(repr(w) for w in extra)
    if extra and lacking:
        why = [f"{listed} in place of " + ", ".join(repr(w) for w in lacking)]
    elif extra or lacking:
        why = [f"{listed} aside" if extra else "without " + ", ".join(repr(w) for w in lacking)]
    else:
        why = []
    named = {_stem(w.casefold()): w for w in name.replace("-", " ").split()}
    for w in written:
        other = named.get(_stem(w.casefold()))
        if other is not None and other.casefold() != w.casefold() and w.casefold() not in SMALL:
            why.append(f"{w!r} for {other!r}")  # a plural or -ing ending, either way
    if _words(query) != _words(name):
        why.append("word order")
    return why or ["small words aside"]
