"""The transliteration step of the spelling rules (:mod:`.rules`): French and
English schemes of one Arabic word brought to one spelling, each fold named as a
user sees it.

>>> transliterated("mourabitoune")
('murabitun', ('-oune→-oun', 'ou→u', 'ou→u'))
>>> transliterated("massina"), transliterated("macina")
(('masina', ('doubled letters',)), ('masina', ('c→s',)))
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["transliterated", "transliteration"]

_FOLDS = (
    ("ch→sh", "ch", "sh"),
    ("dj→j", "dj", "j"),
    ("kh→k", "kh", "k"),
    ("gh→g", "gh", "g"),
    ("dh→d", "dh", "d"),
    ("th→t", "th", "t"),
    ("sh→s", "sh", "s"),
    ("ou→u", "ou", "u"),
    ("oo→u", "oo", "u"),
    ("o→u", "o", "u"),
    ("ee→i", "ee", "i"),
    ("ei→ai", "ei", "ai"),
    ("ae→ai", "ae", "ai"),
    ("q→k", "q", "k"),
    ("y→i", "y", "i"),
)
_DOUBLE = re.compile(r"([a-z])\1+")
_OW = re.compile(r"(?:ow|au)(?=[^aeiouwy])")  # Dowlat, Tauhid: the diphthong aw (DMG au)
_PLURAL = re.compile(r"(?<=[a-z]{4}[^aeiouy])in$")  # Mulathamin, Mujahidin: the -un plural
_SOFT_C = re.compile(r"c(?=[eiy])")  # a c that sounds s (ch is sh by then)


def transliteration(words: list[str]) -> tuple[list[str], list[str]]:
    """Acronyms in a longer name too (``AQIM Sahara branch`` folds as a shouted
    ``SAHARA BRANCH OF AQIM`` does); a name that is one acronym keeps its letters,
    in capitals: ``AKMI`` is not ``Aqmi`` spelt with a k."""
    if all(w.isupper() for w in words):
        return list(words), []
    out: list[str] = []
    events: list[str] = []
    for w in words:
        w, happened = transliterated(w.lower())
        events.extend(happened)
        out.append(w)
    return out, events


@lru_cache(maxsize=1 << 14)
def transliterated(word: str) -> tuple[str, tuple[str, ...]]:
    events: list[str] = []
    mute = next((e for e in ("ounes", "ines", "oune", "ine") if word.endswith(e)), "")
    if mute and len(word) > 5:  # a French mute e, and a plural s: Mourabitounes
        cut = mute.rstrip("s")[:-1]
        word = word[: len(word) - len(mute)] + cut
        events.append(f"-{mute}→-{cut}")
    events.extend(f"{m.group()}→aw" for m in _OW.finditer(word))
    word = _OW.sub("aw", word)
    for label, old, new in _FOLDS:
        if old in word:
            events.extend([label] * word.count(old))
            word = word.replace(old, new)
    word, soft = _SOFT_C.subn("s", word)  # Macina, Massina
    events.extend(["c→s"] * soft)
    word, plural = _PLURAL.subn("un", word)
    events.extend(["-in→-un"] * plural)
    folded = _DOUBLE.sub(r"\1", word)
    if folded != word:
        events.append("doubled letters")
    return folded, tuple(events)
