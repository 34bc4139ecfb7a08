"""Shape rules: resolving a name written around a name (see :mod:`.shapes`).

Each rule resolves the parts with the index and accepts only what the parts
agree on; a qualifier is never dropped blindly.

========================  ===================================================
faction                   ``Islamic State (West Africa) - Greater Sahara Faction``
                          (ACLED): the group the faction's name names, read
                          under the owner where it is a place; a place of the
                          group's own region is the group itself
alternatives              ``ISIS/ISIL``: every part names the same record
another of its names      ``Movement for Oneness … (MUJAO)``: both name it; so
                          do all of a list, ``(AQIM, sometimes AQMI)``, ``(EIGS,
                          ISGS en anglais)``, ``(acronyme arabe de l'EI)``; and
                          ``X (Y) Z`` where ``Y`` and ``X Z`` name it
abbreviation              ``Ansar al-Dine (AAD)``: the bracket is the
                          initials of the name before it
qualifier                 ``Ansar al-Dine (Mali)``, ``Jund al-Khilafa in
                          Algeria``: dropped only when the place agrees with
                          the record's sourced region (:mod:`.places`); ``Tawhid
                          wal Jihad in Mali``: of a name several records bear,
                          the one whose region agrees
read as 'in'              ``Al Qaeda (Iraq)`` → ``Al Qaeda in Iraq``
Islamic State branch      ``ISIS-Greater Sahara``, ``Islamic State in Sinai``,
                          ``Estado Islámico del Gran Sahara``,
                          ``IS-GS``, ``ISIL-WA``, ``ISISWAP``, ``Islamic State of
                          Iraq and the Levant-West Africa``, ``Daech dans le
                          grand Sahara``, ``Etat islamique au Sahel``,
                          ``EI-Sahel``: read as ``Islamic State in X``, ``X
                          Province`` or the joined acronym (``ISX``, ``ISIS-X``)
descriptor                ``Al-Mourabitoun (militant group)``: a bracket that only
                          says what the thing is, or holds a reference
                          (``(QDe.141)``, a footnote ``[1]``); so do ``the Islamic State
                          group``, ``le groupe État islamique``, ``the so-called``
                          (``تنظيم``/``جماعة`` in Arabic script)
owner                     ``l'émirat du Sahara d'Aqmi``, ``AQIM's Sahara Emirate``
                          (read at the last ``of``, the first, and as ``O's X``):
                          the rest names a record and so do the words that own
                          it, which one of the record's names holds or which
                          the data has it pledged to (by the date asked:
                          ``Al-Mourabitoun d'Aqmi``, ``al-Murabitoun branch of
                          AQIM``); a place is no owner
movement                  ``the Boko Haram movement``, ``le mouvement Ansar
                          Dine``, ``Harakat Ansar al-Din``, ``Boko Haram
                          Terrorists``: beside a name of its own, never a
                          translation (GTD's ``Base Movement`` is not ``The
                          Base``), an acronym or a one-word al-X
unit word left out        ``al-Mulathamun`` for ``al-Mulathamun Battalion``: the
                          rest an Arabic word with its article, not a place
                          (``Macina`` is not ``Katiba Macina``); and ``katiba
                          Al-Mourabitoune`` for ``Al Mourabitoun``
unit and another name     ``Al-Mua'qi'oon Biddam Brigade (Those who Sign with
                          Blood)``: the bracket names the record, and so does the
                          rest without its last word, a word for an armed unit
acronym and close name    ``Movement for Unity and Jihad in West Africa
                          (MUJAO)``: the bracket is one of its names and the
                          rest is close to another of them (similarity ≥ 85,
                          10 ahead of any other record)
acronym and one word      ``Salafist Group for Preaching and Fighting (GSPC)``:
                          the bracket is one of its names and the rest is one
                          of them with one word in place of another (three
                          shared at least), not a place or a people, and no
                          other record's name is so near
acronym of the owner      ``Sahara Branch of al-Qaida in the Islamic Maghreb
                          (AQIM)``: the bracket spells the group the rest
                          belongs to; ``BH (Boko Haram)``: the initials before it;
                          ``(AGIM)``: an acronym of its own a look-alike letter off;
                          ``… Macina FLM``: an acronym of its own, unbracketed
translation in brackets   ``Jund al-Khilafa (Soldiers of the Caliphate)``: the
                          bracket is, as the spelling rules read it, another of
                          its names without the ``in PLACE`` of its own region
group word left out       ``Tawhid wal Jihad`` asked at 2004: the one group that
                          bore then a name with a word for group before or after
                          it (``Jama'at al-Tawhid wal-Jihad``); never undated
                          (:mod:`.group_word`)
encoding repaired         ``PrĂ©dication``: UTF-8 a tool decoded as Windows-1250
                          or -1252, read back (:func:`.fold.repaired`)
gloss, so-called          ``al-Mulathameen (Masked) Brigade``: a one-word gloss
                          that names no group, place or people; ``al-Qaeda in
                          the so-called Islamic Maghreb``
branch somewhere          ``the Islamic State's Egyptian affiliate``: the one
                          group pledged to the owner whose sourced region, or a
                          name it bore then, names the place (not a place the
                          owner's own names hold)
========================  ===================================================

Two parts naming different records make the name ambiguous, never a guess. The
faction, owner, gloss and unit rules live in :mod:`.wings`, the acronym rules in
:mod:`.acronyms`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from ..exceptions import AmbiguousNameError
from ..model import PartialDate
from .acronyms import abbreviates_owner, acronym_slip, close_gloss, close_name, one_word
from .descriptors import described, descriptor, reference
from .fold import normalise, repaired
from .group_word import without_group_word
from .places import agrees, place_of
from .result import Match, Named
from .shapes import (
    acronym_spells,
    alternatives,
    bracketed,
    faction,
    in_place,
    joined_owner,
    listed,
    looks_like_acronym,
    owner_rest,
    pair,
    trailing_acronym,
    without_unit,
)
from .wings import affiliate_of, faction_of, movement, owned_by, set_aside, unit_word

__all__ = ["Finder", "shape"]

MAX_DEPTH = 3


class Finder(Protocol):
    """What the shape rules need of an index."""

    @property
    def records(self) -> Mapping[str, Named]:
        """The indexed records by id."""

    @property
    def affiliates(self) -> Callable[[str, PartialDate | None], list[str]] | None:
        """The records pledged to a record (at a date), when the index knows."""

    def find(self, text: str, at: PartialDate | None, depth: int, notes: list[str]) -> Match | None:
        """The record ``text`` names by any tier; raises AmbiguousNameError."""

    def region(self, record: str) -> str | None: ...

    def label(self, record: str) -> str: ...

    def closest(self, text: str) -> list[tuple[str, str, float]]:
        """``(record, name, similarity)`` of the records closest to ``text``, best first."""

    def conflict(
        self, query: str, records: list[str], at: PartialDate | None
    ) -> AmbiguousNameError:
        """The error for a name whose parts name different records."""


def shape(
    f: Finder, text: str, at: PartialDate | None, depth: int, notes: list[str]
) -> Match | None:
    """The record a name written around a name resolves to, or None."""
    if depth >= MAX_DEPTH:
        return None
    wing = faction(text)
    if wing is not None:
        return faction_of(f, *wing, at, depth, notes)
    fixed = repaired(text)  # PrĂ©dication: a table exported in the wrong encoding
    if fixed is not None:
        again = f.find(fixed, at, depth + 1, notes)
        return again.under(f"read as {fixed!r}, its encoding repaired") if again else None
    aside = set_aside(f, text, at, depth) or affiliate_of(f, text, at, depth)
    if aside is not None:  # a gloss, a "so-called" inside; an owner's branch somewhere
        return aside
    parts = alternatives(text)
    if parts:
        return _alternatives(f, text, parts, at, depth, notes)
    found = bracketed(text)
    if found is not None:
        return _bracketed(f, text, *found, at, depth, notes)
    tail = trailing_acronym(text)
    if tail is not None and (named := _same(f, *tail, at, depth)) is not None:
        return named.under(f"{tail[1]!r} is another of its names")
    rest = owner_rest(text) or joined_owner(text)
    found_owner = _owner(f, text, rest, at, depth, notes) if rest else None
    if found_owner is not None:
        return found_owner
    both = pair(text)
    if both is not None:
        return _pair(f, text, *both, at, depth, notes)
    where = in_place(text)
    if where is not None:  # or 'X branch of Al-Qaeda in the Islamic Maghreb'
        return _in_place(f, text, *where, at, depth, notes) or owned_by(f, text, at, depth)
    around = described(text)
    if around is not None:
        inner = f.find(around[0], at, depth + 1, notes)
        return inner.under(f"'{around[1]}' dropped") if inner is not None else None
    held = owned_by(f, text, at, depth) or unit_word(f, text, at, depth)
    return held or movement(f, text, at, depth) or without_group_word(f, text, at)


def _same(f: Finder, x: str, y: str, at: PartialDate | None, depth: int) -> Match | None:
    """What ``x`` names, when ``y`` names the same record (else None)."""
    outer = f.find(x, at, depth + 1, [])
    inner = f.find(y, at, depth + 1, []) if outer is not None else None
    return outer if inner is not None and outer is not None and inner.id == outer.id else None


def _one(f: Finder, text: str, found: list[Match], at: PartialDate | None) -> Match | None:
    ids = list(dict.fromkeys(m.id for m in found))
    if len(ids) > 1:
        raise f.conflict(text, ids, at)
    return found[0] if found else None


def _alternatives(
    f: Finder, text: str, parts: list[str], at: PartialDate | None, depth: int, notes: list[str]
) -> Match | None:
    found = [f.find(p, at, depth + 1, notes) for p in parts]
    if any(m is None for m in found):
        missing = [p for p, m in zip(parts, found, strict=True) if m is None]
        notes.append(f"{missing[0]!r} matches nothing, so the alternatives do not agree")
        ids = list(dict.fromkeys(m.id for m in found if m is not None))
        if len(ids) > 1:
            raise f.conflict(text, ids, at)
        return None
    match = _one(f, text, [m for m in found if m is not None], at)
    shown = " / ".join(repr(p) for p in parts)
    return match.under(f"alternatives {shown} agree") if match else None


def _bracketed(
    f: Finder, text: str, x: str, y: str, at: PartialDate | None, depth: int, notes: list[str]
) -> Match | None:
    outer = f.find(x, at, depth + 1, notes)
    inner = f.find(y, at, depth + 1, notes)
    if outer is not None and inner is not None:
        if outer.id != inner.id and not abbreviates_owner(f, x, y, inner, at, depth):
            raise f.conflict(text, [outer.id, inner.id], at)
        if outer.id != inner.id:  # Sahara Branch of al-Qaida in the Islamic Maghreb (AQIM)
            return outer.under(f"'({y})' abbreviates the group it belongs to")
        return outer.under(f"'({y})' is another of its names")
    if inner is not None and looks_like_acronym(x) and acronym_spells(x, y):
        return inner.under(f"{x!r} abbreviates '({y})'")  # BH (Boko Haram)
    if outer is not None and (names := listed(y)):
        found = [f.find(p, at, depth + 1, []) for p in names]
        if all(m is not None and m.id == outer.id for m in found):
            return outer.under(f"'({y})' lists other names of it")
    if outer is not None:
        return _qualified(f, text, x, y, outer, at, depth, notes)
    if inner is not None and looks_like_acronym(y):
        return close_name(f, x, y, inner, notes) or one_word(f, x, y, inner, notes)
    if inner is not None and (unit := without_unit(x)) is not None:
        head = f.find(unit[0], at, depth + 1, [])
        if head is not None and head.id == inner.id:
            return head.under(f"'({y})' is another of its names, {unit[1]!r} dropped before it")
    if place_of(y) is not None:
        reading = f.find(f"{x} in {y}", at, depth + 1, [])
        if reading is not None:
            return reading.under(f"'({y})' read as 'in {y}'")
    return None


def _qualified(
    f: Finder,
    text: str,
    x: str,
    y: str,
    outer: Match,
    at: PartialDate | None,
    depth: int,
    notes: list[str],
) -> Match | None:
    """``X (Y)`` where X names a record and Y names none."""
    if looks_like_acronym(y) and acronym_spells(y, x):
        return outer.under(f"'({y})' abbreviates the name")
    if descriptor(y):
        return outer.under(f"descriptor '({y})' dropped")
    if reference(y):
        return outer.under(f"reference '({y})' set aside")
    if (slipped := acronym_slip(f, y, outer.id)) is not None:
        return outer.under(f"'({y})' read as {slipped!r}, a letter off")  # (AGIM)
    place = place_of(y)
    if place is None and (glossed := close_gloss(f, y, outer)) is not None:
        return glossed  # Jund al-Khilafa (Soldiers of the Caliphate)
    if place is None:
        notes.append(f"{y!r} is not a name of {f.label(outer.id)}, a place, or its initials")
        return None
    reading = f.find(f"{x} in {y}", at, depth + 1, [])
    region = f.region(outer.id)
    agree = agrees(place, region)
    if reading is not None and reading.id != outer.id:
        if agree:
            raise f.conflict(text, [outer.id, reading.id], at)
        return reading.under(f"'({y})' read as 'in {y}'")
    if agree:
        return outer.under(f"qualifier '({y})' dropped")
    notes.append(
        f"qualifier '({y})' does not agree with the region of {f.label(outer.id)} "
        f"({region or 'not recorded'})"
    )
    return None


def _pair(
    f: Finder, text: str, a: str, b: str, at: PartialDate | None, depth: int, notes: list[str]
) -> Match | None:
    """``A: B`` or ``A – B``: read as ``A (B)`` and as ``B (A)``; they must agree."""
    found = [
        m
        for x, y in ((a, b), (b, a))
        if (m := _bracketed(f, text, x, y, at, depth, notes)) is not None
    ]
    return _one(f, text, found, at)


def _owner(
    f: Finder, text: str, rest: str, at: PartialDate | None, depth: int, notes: list[str]
) -> Match | None:
    """``ISIS-X``, ``IS X``, ``Islamic State in X``: a branch of the Islamic State."""
    readings = [f"Islamic State in {rest}"]
    readings.append(rest if rest.lower().endswith(("province", "wilayat")) else f"{rest} Province")
    if rest.isupper() and looks_like_acronym(rest):
        readings += ["IS" + rest, "ISIS-" + rest]
    found: list[Match] = []
    for reading in readings:
        if normalise(reading) == normalise(text):
            continue
        m = f.find(reading, at, depth + 1, notes)
        if m is not None:
            found.append(m.under(f"read as {reading!r}"))
    found.sort(key=lambda m: len(m.rules))  # the most direct reading explains it
    return _one(f, text, found, at)


def _in_place(
    f: Finder,
    text: str,
    x: str,
    where: str,
    at: PartialDate | None,
    depth: int,
    notes: list[str],
) -> Match | None:
    """``X in PLACE`` where X names a record whose region agrees with PLACE; ``X fi
    PLACE`` is first read as ``X in PLACE``, a name of its own."""
    place = place_of(where)
    if place is None:
        return None
    reading = f"{x} in {where}"
    if normalise(reading) != normalise(text):
        found = f.find(reading, at, depth + 1, [])
        if found is not None:
            return found.under(f"read as {reading!r}")
    try:
        outer = f.find(x, at, depth + 1, notes)
    except AmbiguousNameError as several:  # 'Tawhid wal Jihad in West Africa': MUJAO's
        there = [c for c, _ in several.candidates if agrees(place, f.region(c))]
        if len(there) != 1:
            raise
        why = f"{x!r} names several groups; only {f.label(there[0])}'s region is in {where}"
        return Match(there[0], x, "shape", (why,))
    if outer is None:
        return None
    region = f.region(outer.id)
    if agrees(place, region):
        return outer.under(f"qualifier 'in {where}' dropped")
    notes.append(
        f"qualifier 'in {where}' does not agree with the region of {f.label(outer.id)} "
        f"({region or 'not recorded'})"
    )
    return None
