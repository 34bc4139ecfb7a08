"""Place qualifiers: whether ``X (Mali)`` or ``X in Algeria`` names a group's own region.

A qualifier tells groups apart (``Ansar al-Sharia (Libya)`` and ``Ansar
al-Sharia (Tunisia)`` are two groups), so it is dropped only when it agrees with
the group's sourced ``region``: when the region names that place, or a place
lying within it (``Mali`` agrees with ``Sahel``, ``West Africa`` and ``Africa``).
A qualifier narrower than the region does not agree (``Libya`` is not known to be
where a group of ``North Africa`` is), and a group with no region agrees with none.

>>> place_of("(Mali)"), place_of("Afrique de l'Ouest"), place_of("Macina")
('mali', 'west africa', None)
>>> agrees("algeria", "North Africa (born in Algeria)"), agrees("mali", "Algeria")
(True, False)
>>> agrees("lake chad", "Nigeria (Borno state)"), agrees("libya", "North Africa")
(True, False)
"""

from __future__ import annotations

import re
from functools import lru_cache

from .fold import strip_marks

__all__ = [
    "DEMONYMS",
    "NATIONALITIES",
    "PLACES",
    "WORLD",
    "agrees",
    "all_places_in",
    "named_in",
    "other_place_names",
    "people",
    "place_in",
    "place_names",
    "place_of",
    "places_in",
]

_AFRICA = ("africa",)
_WEST = ("west africa", "africa")
_MAGHREB = ("maghreb", "north africa", "africa")
_MIDDLE_EAST = ("middle east",)
PLACES: dict[str, tuple[str, ...]] = {
    # place: the wider places it lies in (one level or more; no closure is taken)
    "mali": ("sahel", "sahara", "greater sahara", *_WEST),
    "niger": ("sahel", "sahara", "greater sahara", "lake chad", *_WEST),
    "burkina faso": ("sahel", "greater sahara", *_WEST),
    "mauritania": ("sahel", "sahara", "maghreb", *_WEST),
    "nigeria": ("lake chad", *_WEST),
    "borno": ("nigeria", "lake chad", *_WEST),
    "chad": ("sahel", "sahara", "lake chad", "central africa", "africa"),
    "cameroon": ("lake chad", "central africa", "africa"),
    "algeria": ("sahara", *_MAGHREB),
    "libya": ("sahara", *_MAGHREB),
    "tunisia": _MAGHREB,
    "morocco": _MAGHREB,
    "western sahara": ("sahara", *_MAGHREB),
    "egypt": ("north africa", "africa", *_MIDDLE_EAST),
    "sinai": ("egypt", "north africa", "africa", *_MIDDLE_EAST),
    "sudan": ("sahel", "sahara", "east africa", "africa"),
    "somalia": ("horn of africa", "east africa", "africa"),
    "kenya": ("east africa", "africa"),
    "mozambique": ("southern africa", "africa"),
    "democratic republic of the congo": ("central africa", "africa"),
    "sahel": _AFRICA,
    "sahara": _AFRICA,
    "greater sahara": ("sahara", "sahel", "africa"),
    "lake chad": _AFRICA,
    "west africa": _AFRICA,
    "north africa": _AFRICA,
    "maghreb": ("north africa", "africa"),
    "central africa": _AFRICA,
    "east africa": _AFRICA,
    "horn of africa": ("east africa", "africa"),
    "southern africa": _AFRICA,
    "africa": (),
    "iraq": _MIDDLE_EAST,
    "syria": ("levant", *_MIDDLE_EAST),
    "lebanon": ("levant", *_MIDDLE_EAST),
    "jordan": ("levant", *_MIDDLE_EAST),
    "palestine": ("levant", *_MIDDLE_EAST),
    "gaza": ("palestine", "levant", *_MIDDLE_EAST),
    "israel": ("levant", *_MIDDLE_EAST),
    "levant": _MIDDLE_EAST,
    "yemen": ("arabian peninsula", *_MIDDLE_EAST),
    "saudi arabia": ("arabian peninsula", *_MIDDLE_EAST),
    "arabian peninsula": _MIDDLE_EAST,
    "middle east": (),
    "afghanistan": ("khorasan", "south asia", "central asia"),
    "pakistan": ("khorasan", "south asia"),
    "india": ("indian subcontinent", "south asia"),
    "bangladesh": ("indian subcontinent", "south asia"),
    "khorasan": (),
    "indian subcontinent": ("south asia",),
    "south asia": (),
    "central asia": (),
    "philippines": ("southeast asia",),
    "indonesia": ("southeast asia",),
    "southeast asia": (),
}
"""Each place the qualifier rule knows, with the wider places it lies within."""

_OTHER_NAMES = {
    "algerie": "algeria", "libye": "libya", "tunisie": "tunisia", "maroc": "morocco",
    "egypte": "egypt", "tchad": "chad", "cameroun": "cameroon", "mauritanie": "mauritania",
    "burkina": "burkina faso", "irak": "iraq", "syrie": "syria", "liban": "lebanon",
    "somalie": "somalia", "soudan": "sudan", "afrique": "africa", "sahara occidental":
    "western sahara", "grand sahara": "greater sahara", "lac tchad": "lake chad",
    "lake chad basin": "lake chad", "bassin du lac tchad": "lake chad",
    "afrique de l ouest": "west africa", "afrique de l'ouest": "west africa",
    "afrique du nord": "north africa", "moyen orient": "middle east", "levant": "levant",
    "sham": "levant", "bilad al sham": "levant", "maghrib": "maghreb", "islamic maghreb":
    "maghreb", "western africa": "west africa", "northern africa": "north africa",
    "dr congo": "democratic republic of the congo", "drc": "democratic republic of the congo",
    "peninsule arabique": "arabian peninsula", "khurasan": "khorasan", "inde": "india",
    "borno state": "borno", "etat de borno": "borno",
    "jazayer": "algeria", "jazair": "algeria", "ghazza": "gaza", "urdun": "jordan",
    "lubnan": "lebanon", "khorassan": "khorasan", "misr": "egypt", "hind": "india",
    "africa occidental": "west africa", "africa occidentale": "west africa",
    "africa ocidental": "west africa", "westafrika": "west africa",
}  # fmt: skip
WORLD = (
    "andorra", "angola", "argentina", "armenia", "australia", "austria", "azerbaijan",
    "bahamas", "bahrain", "barbados", "belarus", "belgium", "belize", "benin", "bhutan",
    "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria", "burundi",
    "cambodia", "canada", "cape verde", "chile", "china", "colombia", "comoros", "congo",
    "costa rica", "croatia", "cuba", "cyprus", "czechia", "denmark", "djibouti",
    "dominica", "ecuador", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland",
    "france", "gabon", "gambia", "georgia", "germany", "ghana", "greece", "grenada",
    "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland", "iran",
    "ireland", "italy", "ivory coast", "jamaica", "japan", "kazakhstan", "kiribati",
    "korea", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lesotho", "liberia",
    "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "malta",
    "mauritius", "mexico", "moldova", "monaco", "mongolia", "montenegro", "myanmar",
    "namibia", "nauru", "nepal", "netherlands", "nicaragua", "norway", "oman", "palau",
    "panama", "paraguay", "peru", "poland", "portugal", "qatar", "romania", "russia",
    "rwanda", "samoa", "senegal", "serbia", "seychelles", "sierra leone", "singapore",
    "slovakia", "slovenia", "spain", "sri lanka", "suriname", "sweden", "switzerland",
    "tajikistan", "tanzania", "thailand", "togo", "tonga", "trinidad", "turkey", "turkmenistan",
    "tuvalu", "uganda", "ukraine", "emirates", "united kingdom", "britain",
    "united states", "america", "uruguay", "uzbekistan", "vanuatu", "venezuela", "vietnam",
    "zambia", "zimbabwe", "kashmir", "chechnya", "dagestan", "xinjiang", "mindanao",
    "bali", "java", "sumatra", "aceh", "punjab", "balochistan", "baluchistan",
    "kurdistan", "anbar", "diyala", "raqqa", "idlib", "aleppo", "homs", "deir", "mosul",
    "baghdad", "damascus", "tripoli", "benghazi", "barqa", "fezzan", "derna", "sirte",
    "najd", "hijaz", "sanaa", "aden", "abyan", "hadramawt", "shabwah", "lahij", "bayda",
    "caucasus", "khorasan", "gao", "timbuktu", "kidal", "menaka", "mopti", "tillaberi",
)  # fmt: skip
"""Countries and regions the qualifier rules do not place, for the slip rule
(:mod:`.typos`): a word of one of them is never read as a slip of another word."""

NATIONALITIES = (
    "afghan", "algerian", "american", "arab", "british", "burkinabe", "cameroonian",
    "chadian", "egyptian", "french", "indian", "indonesian", "iranian", "iraqi", "jordanian",
    "kenyan", "kurdish", "lebanese", "liberian", "libyan", "malian", "mauritanian",
    "moroccan", "nigerian", "nigerien", "pakistani", "palestinian", "saudi", "senegalese",
    "somali", "sudanese", "syrian", "tunisian", "turkish", "yemeni", "sahrawi", "tuareg",
    "fulani", "peul", "hausa", "algerien", "malien", "tunisien", "marocain",
    "sinai", "sina", "sinaa", "sayna", "sana", "sanaa",
)  # fmt: skip
"""Nationalities and peoples (English and French), and spellings of places that
differ by a letter (Sinai, Sina; Sanaa, Sana), for the slip rule: never a slip,
and never what a slip is read as."""

_WORDS = re.compile(r"[^\W_]+")
_ELIDED = re.compile(r"\b([lLdD])['’](?=\w)")
_QUOTES = str.maketrans("", "", "'’‘`´ʾʿʼʻ")


def other_place_names() -> tuple[str, ...]:
    """The other names (French, Arabic) of places the qualifier rules know."""
    return tuple(_OTHER_NAMES)


def _words(text: str) -> tuple[str, ...]:
    """The words: an elided l'/d' apart (``l'Ouest``), other apostrophes and hamzas
    dropped inside a word (``al-Jaza'ir``, ``al-Jazāʾir``)."""
    text = _ELIDED.sub(r"\1 ", strip_marks(text)).translate(_QUOTES)
    return tuple(_WORDS.findall(text))


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, ...], str]:
    table = {_words(p): p for p in PLACES}
    table.update({_words(k): v for k, v in _OTHER_NAMES.items()})
    return table


def place_of(text: str) -> str | None:
    """The place ``text`` names, whole (brackets and a leading "the", or the Arabic
    article of ``al-Jazayer``, aside), or None."""
    words = _words(text)
    if words[:1] in (("the",), ("le",), ("la",), ("l",), ("al",), ("el",)):
        words = words[1:]
    return _table().get(words)


@lru_cache(maxsize=1024)
def places_in(region: str) -> frozenset[str]:
    """Every place a region's text names (longest first: "Lake Chad" is not "Chad").

    >>> sorted(places_in("North Africa (born in Algeria)"))
    ['algeria', 'north africa']
    """
    return _scan(_words(region), _table())


@lru_cache(maxsize=1)
def _anywhere() -> dict[tuple[str, ...], str]:
    table = {_words(w): w for w in WORLD}
    table.update(_table())
    return table


@lru_cache(maxsize=4096)
def all_places_in(text: str) -> frozenset[str]:
    """Every place ``text`` names, the world's countries and regions too (``WORLD``),
    longest first; what tells two names apart when one says another place.

    >>> sorted(all_places_in("Front de libération du Sénégal")), sorted(places_in("Sénégal"))
    (['senegal'], [])
    """
    return _scan(_words(text), _anywhere())


def _scan(words: tuple[str, ...], table: dict[tuple[str, ...], str]) -> frozenset[str]:
    """The places of ``table`` among ``words``, the longest first at each word."""
    longest = max(len(k) for k in table)
    found: set[str] = set()
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            place = table.get(words[i : i + size])
            if place is not None:
                found.add(place)
                i += size
                break
        else:
            i += 1
    return frozenset(found)


def named_in(place: str, region: str | None) -> bool:
    """Whether ``region`` names ``place`` itself: neither a wider place (the data may
    lack the other groups there) nor a narrower one (``North Africa`` does not say
    Egypt). Where :func:`agrees` reads a qualifier beside a name, this reads a place
    that is all a description gives.

    >>> named_in("algeria", "North Africa (born in Algeria)"), named_in("maghreb", "Algeria")
    (True, False)
    """
    return bool(region) and place in places_in(region or "")


def agrees(place: str, region: str | None) -> bool:
    """Whether the qualifier ``place`` (as :func:`place_of` gives it) names ``region``
    or a wider place that region lies in."""
    if not region:
        return False
    return any(place == p or place in PLACES.get(p, ()) for p in places_in(region))


_PLACE_NAMES = (
    (("afrique", "occidentale"), ("afrique", "de", "l", "ouest"), "Afrique occidentale"),
    (("western", "africa"), ("west", "africa"), "Western Africa"),
    (("mesopotamie",), ("mesopotamia",), "Mésopotamie"),
    (("algerie",), ("algeria",), "Algérie"),
    (("libye",), ("libya",), "Libye"),
    (("syrie",), ("syria",), "Syrie"),
    (("egypte",), ("egypt",), "Égypte"),
    (("tunisie",), ("tunisia",), "Tunisie"),
)


def place_names(words: list[str]) -> tuple[list[str], list[str]]:
    """One place's names in one language: Afrique occidentale is Afrique de l'Ouest."""
    events: list[str] = []
    for old, new, label in _PLACE_NAMES:
        size = len(old)
        for at in range(len(words) - size, -1, -1):
            if tuple(words[at : at + size]) == old:
                words = [*words[:at], *new, *words[at + size :]]
                events.append(label)
    return words, events


DEMONYMS = {
    "egyptian": "egypt", "egyptienne": "egypt", "egyptien": "egypt",
    "algerian": "algeria", "algerienne": "algeria", "algerien": "algeria",
    "libyan": "libya", "libyenne": "libya", "libyen": "libya",
    "tunisian": "tunisia", "tunisienne": "tunisia", "malian": "mali", "malienne": "mali",
    "nigerian": "nigeria", "nigeriane": "nigeria", "nigerien": "niger", "nigerienne": "niger",
    "somali": "somalia", "somalienne": "somalia", "iraqi": "iraq", "irakienne": "iraq",
    "syrian": "syria", "syrienne": "syria", "yemeni": "yemen", "sinai": "sinai",
    "maghrebi": "maghreb", "maghrebine": "maghreb", "north african": "north africa",
    "nord africaine": "north africa", "west african": "west africa",
    "ouest africaine": "west africa", "ouest africain": "west africa",
    "sahelian": "sahel", "sahelienne": "sahel", "sahelien": "sahel",
    "saharan": "sahara", "saharienne": "sahara", "saharien": "sahara",
}  # fmt: skip
"""A place's adjective (English, French), as in "the Islamic State's Egyptian affiliate"."""


def people(word: str) -> bool:
    """Whether ``word`` (folded) is a nationality or a people, singular or plural.

    >>> people("algerians"), people("peuls"), people("muslims")
    (True, True, False)
    """
    return any(w in NATIONALITIES for w in (word, word.rstrip("s"), word[:-1]))


def place_in(text: str) -> str | None:
    """The place ``text`` names, as a name or as its adjective (``égyptienne``).

    >>> place_in("égyptienne"), place_in("West African"), place_in("Egypt"), place_in("red")
    ('egypt', 'west africa', 'egypt', None)
    >>> place_in("ouest-africaine"), place_in("nord-africaine")
    ('west africa', 'north africa')
    """
    return DEMONYMS.get(" ".join(_words(text))) or place_of(text)
