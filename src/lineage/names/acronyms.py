"""Shape rules for a bracketed acronym (:mod:`.structure` calls them): ``X (ACRONYM)``
where only the acronym names a record, read when X is close to one of its names or
one word from one (never when X says another place, people or faith); an acronym
that abbreviates the group a name belongs to (``Sahara Branch of al-Qaida in the
Islamic Maghreb (AQIM)``); an acronym a letter off (``(AGIM)``); and a bracket
that is another of the record's names without its own place (a translation).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import PartialDate
from .fold import strip_marks
from .places import agrees, all_places_in, people, place_of
from .result import Match
from .shapes import acronym_spells, in_place, looks_like_acronym, owned, owned_first
from .wording import one_word_apart

if TYPE_CHECKING:
    from .structure import Finder

__all__ = [
    "CLOSE",
    "MARGIN",
    "abbreviates_owner",
    "acronym_slip",
    "close_gloss",
    "close_name",
    "one_word",
]

CLOSE = 85.0
"""How similar the rest of ``X (ACRONYM)`` must be to one of the acronym's record's names."""
MARGIN = 10.0
_LOOK_ALIKE = frozenset(frozenset(p) for p in ("GQ", "O0", "IL", "I1", "MN", "UV", "EF"))
_FAITHS = frozenset(
    {"muslim", "musulman", "christian", "chretien", "jew", "jewish", "juif", "shia", "shiite"}
    | {"chiite", "sunni", "sunnite", "druze", "yazidi", "hindu", "buddhist", "touareg"}
)


def acronym_slip(f: Finder, y: str, record: str) -> str | None:
    """The acronym of ``record`` that ``y`` is one look-alike letter off, as long, four
    letters at least: ``AGIM`` for ``AQIM`` (G for Q), beside a name already found.
    Another letter is another acronym: ``AQIS`` is al-Qaeda in the Indian Subcontinent."""
    if not (looks_like_acronym(y) and y.isupper() and len(y) >= 4):
        return None
    for n in f.records[record].all_names():
        if n.name.isupper() and len(n.name) == len(y):
            diff = [(a, b) for a, b in zip(n.name, y, strict=True) if a != b]
            if len(diff) == 1 and frozenset(diff[0]) in _LOOK_ALIKE:
                return n.name
    return None


def abbreviates_owner(
    f: Finder, x: str, y: str, inner: Match, at: PartialDate | None, depth: int
) -> bool:
    """``X of O (ACRONYM)`` where the acronym names O, not the whole: its initials
    spell O, and O names the acronym's group."""
    if not looks_like_acronym(y):
        return False
    for parts in (owned(x), owned_first(x)):
        if parts is not None and acronym_spells(y, parts[1]):
            owner = f.find(parts[1], at, depth + 1, [])
            return owner is not None and owner.id == inner.id
    return False


def close_name(f: Finder, x: str, y: str, inner: Match, notes: list[str]) -> Match | None:
    """``X (ACRONYM)`` where only the acronym names a record: X must be close to one
    of that record's names, and closer than to any other record's."""
    closest = f.closest(x)
    same = [(name, score) for rid, name, score in closest if rid == inner.id]
    other = max((score for rid, _, score in closest if rid != inner.id), default=0.0)
    if same and same[0][1] >= CLOSE and same[0][1] >= other + MARGIN:
        name, score = same[0]
        if _other_place(x, name, notes):
            return None
        return Match(
            inner.id,
            name,
            "shape",
            (f"'({y})' is one of its names and {x!r} is close to {name!r} ({score:.0f})",),
        )
    notes.append(f"'({y})' is a name of {f.label(inner.id)} but {x!r} is not close to its names")
    return None


def close_gloss(f: Finder, y: str, outer: Match) -> Match | None:
    """``X (Y)`` where only X names a record and Y, two words or more and no acronym,
    is one of its names without the ``in PLACE`` of the record's own region, as the
    spelling rules read it: the writer's translation (``Jund al-Khilafa (Soldiers of
    the Caliphate)`` for ``Soldiers of the Caliphate in Algeria``). A word more or
    another word is no translation (``(Kazakh Soldiers of the Caliphate)``)."""
    from .rules import rule_key

    if looks_like_acronym(y) or len(_plain(y)) < 2:
        return None
    key = rule_key(y)
    region = f.region(outer.id)
    for name in f.records[outer.id].all_names():
        short = _without_own_place(name.name, region)
        if short is not None and rule_key(short) == key:
            why = f"'({y})' is {name.name!r} without its own place, another of its names"
            return outer.under(why)
    return None


def _without_own_place(name: str, region: str | None) -> str | None:
    """``name`` without an ``in PLACE`` that its record's region agrees with
    (``Soldiers of the Caliphate`` of ``… in Algeria``), or None."""
    where = in_place(name)
    place = place_of(where[1]) if where else None
    return where[0] if where and place and agrees(place, region) else None


def one_word(f: Finder, x: str, y: str, inner: Match, notes: list[str]) -> Match | None:
    """``X (ACRONYM)`` where only the acronym names a record: X is one of its names
    with one word in place of another, and no other record has such a name."""
    found = [
        (rid, name.name, swap)
        for rid, record in f.records.items()
        for name in record.all_names()
        if (swap := one_word_apart(x, name.name)) is not None
    ]
    mine = [hit for hit in found if hit[0] == inner.id]
    if not mine or len(mine) != len(found):
        return None
    rid, name, (word, theirs) = mine[0]
    if _other_place(x, name, notes) or all_places_in(theirs):
        return None  # nor is 'Iran' a word for 'Levant'
    why = f"'({y})' is one of its names and {x!r} is {name!r} with {word!r} for {theirs!r}"
    return Match(rid, name, "shape", (why,))


def _other_place(x: str, name: str, notes: list[str]) -> bool:
    """Whether ``x`` names a place, a people or a faith ``name`` does not: ``Islamic
    State in Libya`` is not ``Islamic State in Iraq``, nor ``… Islam and Christians``
    ``… Islam and Muslims``, whatever acronym follows it."""
    extra = sorted(all_places_in(x) - all_places_in(name))
    theirs = _plain(name)
    extra += [w for w in _plain(x) if _people(w) and not any(t[:5] == w[:5] for t in theirs)]
    if extra:
        notes.append(f"{x!r} names {', '.join(extra)}, which {name!r} does not")
    return bool(extra)


def _plain(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", strip_marks(text))


def _people(word: str) -> bool:
    """A nationality, a people or a faith, in the singular or the plural."""
    return people(word) or any(w in _FAITHS for w in (word, word.rstrip("s"), word[:-1]))
