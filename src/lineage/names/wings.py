"""Shape rules for a name written with what it belongs to: the group that holds it
(``l'émirat du Sahara d'Aqmi``), the wing of a group it is (ACLED's ``Islamic State
(West Africa) - Greater Sahara Faction``), or a word for an armed unit
(``al-Mulathamun`` for ``al-Mulathamun Battalion``, ``katiba Al-Mourabitoune``).
:func:`~.structure.shape` calls them; each resolves the parts with the index and
accepts only what they agree on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ..model import Name, PartialDate, holds_at, parse_date, spans_into
from .descriptors import described, so_called
from .fold import strip_marks
from .places import PLACES, agrees, all_places_in, named_in, people, place_in, place_of, places_in
from .result import Match
from .shapes import (
    arabic_article_opens,
    bracketed,
    glossed,
    has_unit,
    owned,
    owned_first,
    unit_before,
)

if TYPE_CHECKING:
    from .structure import Finder

__all__ = ["affiliate_of", "faction_of", "movement", "owned_by", "set_aside", "unit_word"]

_WORD = re.compile(r"[^\W_]+")
_MOVEMENT = re.compile(
    r"^(?:(?:the|le|la|l['’])\s*)?(?:movement|mouvement|harakat?|harakah|حركة)\s+(?P<a>\S.*)$"
    r"|^(?:the\s+|le\s+)?(?P<b>\S.*?)\s+"
    r"(?P<w>movement|mouvement|terrorists|militants|jihadists|insurgents|fighters)$",
    re.I,
)
_CONTINENTS = frozenset({"africa", "asia", "europe", "america", "americas", "oceania"})
_STILL = parse_date("9999")  # a pledge the data has not ended holds "now"
_BRANCH_WORD = re.compile(
    r"^(?P<x>\S.*?)\s+(?P<w>branch|wing|faction|branche|sub-?group|arm)$", re.I
)


def owned_by(f: Finder, text: str, at: PartialDate | None, depth: int) -> Match | None:
    """``X of O``, ``X d'O``, ``O's X``: X names a record and O names one too, a
    group that holds it (``l'émirat du Sahara d'Aqmi``, ``Katiba Macina d'Ansar
    Dine``). O must name a record, not a place, or the words are no owner."""
    every = (owned(text), owned(text, possessive=True), owned_first(text))
    readings = dict.fromkeys(r for r in every if r)
    for x, o, how in readings:  # 'X of O' and 'O's X' where a name holds both
        found = _owned_by(f, x, o, how, at, depth)
        if found is not None:
            return found
    return None


def _owned_by(
    f: Finder, x: str, o: str, how: str, at: PartialDate | None, depth: int
) -> Match | None:
    owner = f.find(o, at, depth + 1, [])
    if owner is None:
        return None
    found = f.find(x, at, depth + 1, [])
    wing = _BRANCH_WORD.match(x) if found is None else None
    if wing is not None:  # 'al-Murabitoun branch of AQIM': a group pledged to AQIM
        found = f.find(wing.group("x"), at, depth + 1, [])
        if found is None or not _pledged(f, found.id, owner.id, at):
            return None
        how = f"{wing.group('w')} {how}"
    elif found is None or found.tier == "slip":
        return None
    elif _named_after(f, found.id, owner.id, at):
        return found.under(f"{how!r} dropped, naming {f.label(owner.id)}")
    elif not _pledged(f, found.id, owner.id, at):
        return None  # 'Sahara Emirate of the Islamic State' is not AQIM's emirate
    return found.under(f"{how!r} dropped: the data has it pledged to {f.label(owner.id)}")


def _pledged(f: Finder, record: str, owner: str, at: PartialDate | None) -> bool:
    """Whether the data has ``record`` pledged to ``owner`` (certainly by ``at``)."""
    return f.affiliates is not None and record in f.affiliates(owner, at)


def movement(f: Finder, text: str, at: PartialDate | None, depth: int) -> Match | None:
    """``the Ansar Dine movement``, ``le mouvement Ansar Dine``, ``Harakat Ansar
    al-Din``, ``Boko Haram Terrorists``: a group's own name (not a translation of it:
    GTD's ``Base Movement`` is not al-Qaeda's ``The Base``) with the word movement,
    or a word for its members, beside it."""
    m = _MOVEMENT.match(text.strip())
    rest = (m.group("a") or m.group("b")) if m else None
    found = f.find(rest, at, depth + 1, []) if rest else None
    if found is None or found.tier == "slip":
        return None
    kinds = {n.kind for n in _names(f, found.id) if n.name == found.name}
    if not kinds or kinds & {"translation", "acronym"}:
        return None  # 'Sentinels Movement', 'le mouvement MLF': words others bear
    if arabic_article_opens(found.name) and len(_WORD.findall(found.name)) <= 2:
        return None  # al-X, a word many movements bear: the Lebanese al-Mourabitoun movement
    word = (m.group("w") if m and m.group("w") else "movement").lower()
    return found.under(f"the word {word!r} set aside beside its own name")


def _named_after(f: Finder, record: str, owner: str, at: PartialDate | None) -> bool:
    """Whether one of ``record``'s names borne at ``at`` (undated: one it still bears)
    holds one of ``owner``'s (``AQIM Sahara branch`` holds ``AQIM``): the data itself
    says the owner holds it. Boko Haram bore ISWAP's name only until 2016-17."""
    if record == owner:
        return True
    phrases = [_spaced(n.name) for n in _names(f, owner)]
    borne: Callable[[Name], bool] = (
        (lambda n: n.end is None) if at is None else (lambda n: spans_into(n.start, n.end, at))
    )
    return _bears(f, record, phrases, borne)


def _names(f: Finder, record: str) -> Iterator[Name]:
    return f.records[record].all_names()


def _bears(
    f: Finder, record: str, phrases: list[str], keep: Callable[[Name], bool] | None = None
) -> bool:
    """Whether a name of ``record`` (of those ``keep`` keeps) holds one of ``phrases``
    (as :func:`_spaced` gives them)."""
    names = (n for n in _names(f, record) if keep is None or keep(n))
    return any(p in _spaced(n.name) for n in names for p in phrases)


def _names_a_people(text: str) -> bool:
    """Whether ``text`` holds a nationality, a people or a place's adjective."""
    return any(people(w) or place_in(w) for w in _WORD.findall(strip_marks(text)))


def _owns_others(f: Finder, record: str) -> bool:
    """Whether another record's name holds one of ``record``'s names of two words or
    more (``Al Qaeda`` in ``Al Qaeda in the Islamic Maghreb``): a group others are
    named after, whose brigade is one of its units, not itself."""
    mine = [m for m in (_spaced(n.name) for n in _names(f, record)) if m.count(" ") > 2]
    return any(_bears(f, rid, mine) for rid in f.records if rid != record)


def _spaced(text: str) -> str:
    """``text``'s words, folded, between spaces: ``" aqim sahara branch "``."""
    return " " + " ".join(_WORD.findall(strip_marks(text))) + " "


def unit_word(f: Finder, text: str, at: PartialDate | None, depth: int) -> Match | None:
    """``al-Mulathamun`` for ``al-Mulathamun Battalion``: a name of a unit written
    without its unit word, where the rest is an Arabic word with its article, not a
    place (``Macina`` is not ``Katiba Macina``) nor an acronym, and the name with the
    unit word is a spelling of one of its names."""
    before = unit_before(text)
    if before is not None:  # katiba Al-Mourabitoune: the unit named al-X is al-X
        found = f.find(before[1], at, depth + 1, [])
        if found is None or found.tier not in ("exact", "normalised", "rules"):
            return None
        if _owns_others(f, found.id):  # an al-Qaeda brigade is a unit of al-Qaeda
            return None
        return found.under(f"unit word {before[0]!r} set aside beside its name")
    if not arabic_article_opens(text) or has_unit(text) or place_of(text):
        return None
    found = f.find(f"{text} Battalion", at, depth + 1, [])
    if found is None or found.tier not in ("exact", "normalised", "rules"):
        return None
    return Match(found.id, found.name, "shape", (f"{found.name!r} without its unit word",))


def faction_of(
    f: Finder, a: str, x: str, at: PartialDate | None, depth: int, notes: list[str]
) -> Match | None:
    """``A - X Faction``, where X is a place: the group named for A's owner in X
    (``Islamic State (West Africa) - Greater Sahara Faction`` as ``Islamic State in
    Greater Sahara``), or A itself where X lies in A's region and no other group
    bears X in a name (``- Lake Chad Faction`` of ISWAP; not ``AQIM - Sahara
    Faction``: the data holds AQIM's Sahara branch). A faction named for a group or a
    person is left alone: whom it followed is for the events to say."""
    outer = f.find(a, at, depth + 1, notes)
    place = place_of(x)
    if outer is None or place is None:
        if outer is not None:
            notes.append(f"{x!r} names no faction of {f.label(outer.id)} the data holds")
        return None
    head = bracketed(a)
    reading = f"{head[0] if head else a} in {x}"
    found = f.find(reading, at, depth + 1, [])
    if found is not None and found.id != outer.id:
        return found.under(f"the {x} faction of {f.label(outer.id)}, read as {reading!r}")
    others = [rid for rid in f.records if rid != outer.id and _bears(f, rid, [_spaced(x)])]
    if agrees(place, f.region(outer.id)) and not others:
        return outer.under(f"the {x} faction, in its own region")
    notes.append(f"{x!r} names no faction of {f.label(outer.id)} the data holds")
    return None


def set_aside(f: Finder, text: str, at: PartialDate | None, depth: int) -> Match | None:
    """A gloss in brackets inside a name (``al-Mulathameen (Masked) Brigade``), or a
    "so-called" inside it: the rest must name a group, and the gloss no other group
    and no place."""
    plain = so_called(text) if described(text) is None else None  # 'the so-called X' is
    if plain is not None:  # a descriptor's, opening the name
        found = f.find(plain, at, depth + 1, [])
        return found.under("'so-called' set aside") if found is not None else None
    parts = glossed(text)
    if parts is not None and (same := _same_inside(f, *parts, at, depth)) is not None:
        return same  # Al Mua'qi'oon Biddam (Those who Sign with Blood) Brigade
    if parts is None or all_places_in(parts[1]) or _names_a_people(parts[1]):
        return None  # '(Lebanese)' tells another group apart: no gloss
    if len(_WORD.findall(parts[1])) > 1 or arabic_article_opens(parts[1]):
        return None  # a gloss is a word ('(Masked)'); '(Ansaroul Islam)' names a group
    found = f.find(parts[0], at, depth + 1, [])
    if found is None or found.tier == "slip":
        return None
    other = f.find(parts[1], at, depth + 1, [])
    if other is not None and other.id != found.id:
        return None
    return found.under(f"the gloss '({parts[1]})' set aside")


def _same_inside(
    f: Finder, rest: str, inside: str, at: PartialDate | None, depth: int
) -> Match | None:
    """``X (Y) Z`` where ``Y`` and ``X Z`` both name one record: another of its names
    inside it."""
    if len(_WORD.findall(inside)) < 2:
        return None
    found = f.find(rest, at, depth + 1, [])
    other = f.find(inside, at, depth + 1, []) if found is not None else None
    if found is None or other is None or other.id != found.id or "slip" in (found.tier, other.tier):
        return None
    return found.under(f"'({inside})' inside it is another of its names")


_BRANCH = r"(?:branch|affiliate|franchise|wing|offshoot|arm)"  # not province: a wilayat is its own
_BRANCHES = (  # (owner, place) in each: 'the Islamic State's Egyptian affiliate' ...
    re.compile(r"^(?:the\s+)?(?P<o>.+?)['’]s?\s+(?P<p>\S+(?:\s\S+)?)\s+" + _BRANCH + r"$", re.I),
    re.compile(r"^(?:the\s+)?(?P<p>\S+(?:\s\S+)?)\s+" + _BRANCH + r"\s+of\s+(?P<o>.+)$", re.I),
    re.compile(r"^(?:the\s+)?(?P<o>.+?)\s+" + _BRANCH + r"\s+in\s+(?:the\s+)?(?P<p>.+)$", re.I),
    re.compile(r"^(?:the\s+|an?\s+)?(?P<p>\S+)-based\s+(?P<o>.+?)\s+" + _BRANCH + r"$", re.I),
    re.compile(
        r"^(?:la\s+|une\s+)?(?:branche|filiale)\s+(?P<p>\S+)\s+(?:de\s+l['’]\s*|du\s+|des\s+"
        r"|de\s+|d['’]\s*)(?P<o>.+)$",
        re.I,
    ),
    re.compile(
        r"^(?:la\s+|une\s+)?(?:branche|filiale)\s+(?:de\s+l['’]\s*|du\s+|de\s+|d['’]\s*)"
        r"(?P<o>.+?)\s+(?:en|au|aux|dans\s+le)\s+(?P<p>.+)$",
        re.I,
    ),
)


def branch_of(text: str) -> tuple[str, str] | None:
    """``(owner, place)`` of a name that calls a group an owner's branch somewhere.

    >>> branch_of("Islamic State's Egyptian affiliate"), branch_of("branche de Daech en Algérie")
    (('Islamic State', 'Egyptian'), ('Daech', 'Algérie'))
    >>> branch_of("branche maghrébine d'Al-Qaida"), branch_of("Ansar Dine")
    (('Al-Qaida', 'maghrébine'), None)
    """
    for pattern in _BRANCHES:
        m = pattern.match(text.strip())
        if m and place_in(m.group("p")) is not None:
            return m.group("o"), m.group("p")
    return None


def affiliate_of(f: Finder, text: str, at: PartialDate | None, depth: int) -> Match | None:
    """``the Islamic State's Egyptian affiliate``, ``branche maghrébine d'Al-Qaïda``,
    ``branche de Daech en Algérie``: the one group the data has pledged to the owner
    (at ``at`` when given; undated, by a pledge it has not ended) whose sourced
    region, or a name it bore then, names the place itself (a wider or a narrower
    region is not enough: the data may lack the others there); none when no group or
    several do."""
    parts = branch_of(text)
    if parts is None or f.affiliates is None:
        return None
    owner_text, where = parts
    place = place_in(where)
    owner = f.find(owner_text, at, depth + 1, []) if place is not None else None
    if owner is None or place is None:
        return None
    if place in _CONTINENTS:
        return None  # every affiliate the data holds may be in Africa
    pledged = f.affiliates(owner.id, _STILL if at is None else at)  # undated: as things stand
    found = [r for r in pledged if _there(f, r, owner.id, place, at)]
    around = [r for r in pledged if r not in found and _around(place, f.region(r))]
    if len(found) != 1 or around:  # 'Borno-based': Boko Haram's region, ISWAP's around it
        return None  # a wider place than a group's region may hold groups the data lacks
    why = f"the one group pledged to {f.label(owner.id)} that the data places in {place.title()}"
    return Match(found[0], text, "shape", (why,))  # a description, not one of its names


def _around(place: str, region: str | None) -> bool:
    """Whether ``region`` names a place ``place`` lies within (Nigeria, for Borno)."""
    return bool(region) and any(p in PLACES.get(place, ()) for p in places_in(region or ""))


def _there(f: Finder, record: str, owner: str, place: str, at: PartialDate | None) -> bool:
    """Whether ``record``'s sourced region, or a name it bore (at ``at``), names
    ``place`` itself: ``Islamic State West Africa Province`` is in West Africa. A
    place the owner's own names hold says nothing (``Islamic State of Iraq and the
    Levant – Sinai Province`` is not the Islamic State's Iraqi branch)."""
    if named_in(place, f.region(record)):
        return True
    if any(named_in(place, n.name) for n in _names(f, owner)):
        return False
    names = (n for n in _names(f, record) if at is None or holds_at(n.start, n.end, at))
    return any(named_in(place, n.name) for n in names)
