"""Shape rules for a name written with what it belongs to: the group that holds it
(``l'émirat du Sahara d'Aqmi``), the wing of a group it is (ACLED's ``Islamic State
(West Africa) - Greater Sahara Faction``), or a word for an armed unit
(``al-Mulathamun`` for ``al-Mulathamun Battalion``, ``katiba Al-Mourabitoune``).
:func:`~.structure.shape` calls them; each resolves the parts with the index and
accepts only what they agree on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import PartialDate
from .places import agrees, place_of
from .result import Match
from .shapes import arabic_article_opens, bracketed, has_unit, owned, unit_before

if TYPE_CHECKING:
    from .structure import Finder

__all__ = ["faction_of", "owned_by", "unit_word"]


def owned_by(f: Finder, text: str, at: PartialDate | None, depth: int) -> Match | None:
    """``X of O``, ``X d'O``, ``O's X``: X names a record and O names one too, a
    group that holds it (``l'émirat du Sahara d'Aqmi``, ``Katiba Macina d'Ansar
    Dine``). O must name a record, not a place, or the words are no owner."""
    parts = owned(text)
    if parts is None:
        return None
    x, o, how = parts
    owner = f.find(o, at, depth + 1, [])
    if owner is None:
        return None
    found = f.find(x, at, depth + 1, [])
    if found is None or found.tier == "slip":
        return None
    return found.under(f"{how!r} dropped, naming {f.label(owner.id)}")


def unit_word(f: Finder, text: str, at: PartialDate | None, depth: int) -> Match | None:
    """``al-Mulathamun`` for ``al-Mulathamun Battalion``: a name of a unit written
    without its unit word, where the rest is an Arabic word with its article, not a
    place (``Macina`` is not ``Katiba Macina``) nor an acronym, and the name with the
    unit word is a spelling of one of its names."""
    before = unit_before(text)
    if before is not None:  # katiba Al-Mourabitoune: the unit named al-X is al-X
        found = f.find(before[1], at, depth + 1, [])
        if found is not None and found.tier in ("exact", "normalised", "rules"):
            return found.under(f"unit word {before[0]!r} set aside before its name")
        return None
    if not arabic_article_opens(text) or has_unit(text) or place_of(text):
        return None
    found = f.find(f"{text} Battalion", at, depth + 1, [])
    if found is None or found.tier not in ("exact", "normalised", "rules"):
        return None
    return Match(found.id, found.name, "shape", (f"{found.name!r} without its unit word",))


def faction_of(
    f: Finder, a: str, x: str, at: PartialDate | None, depth: int, notes: list[str]
) -> Match | None:
    """``A - X Faction``: the group X names, or, where X is a place of A's own
    region, A itself (``Islamic State (West Africa) - Lake Chad Faction``). X is
    also read under A's owner (``Greater Sahara`` as ``Islamic State in Greater
    Sahara``)."""
    outer = f.find(a, at, depth + 1, notes)
    if outer is None:
        return None
    place = place_of(x)
    if place is not None and agrees(place, f.region(outer.id)):
        return outer.under(f"the {x} faction, in its own region")
    head = bracketed(a)
    readings = [x] + ([f"{head[0] if head else a} in {x}"] if place is not None else [])
    for reading in readings:
        found = f.find(reading, at, depth + 1, [])
        if found is not None:
            return found.under(f"the {x} faction of {f.label(outer.id)}, read as {reading!r}")
    notes.append(f"{x!r} names no faction of {f.label(outer.id)} the data holds")
    return None
