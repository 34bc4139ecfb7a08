"""What xref knows of a group: its names as tokens and keys, its life, its neighbours.

A :class:`Profile` is built once per group (:func:`profiles`), so that scoring
a pair is set arithmetic on ready data. Every name goes through
:func:`~lineage.names.normalise` (its exact key) and
:func:`~lineage.names.loose_key` (transliteration folded); its *tokens* are
its words, unaccented and folded the same way one by one (and French
``dj``/``ch``/``-ne`` as ``j``/``sh``/``-n``), without function words (``al``, ``the``,
``in``, ``wa``, ``de``...) or single letters; its *loose* form, those words
joined:

>>> name_form("Jamāʿat Nuṣrat al-Islām wal-Muslimīn").loose
'jamatnusratislammuslimin'
>>> name_form("Djamaat el-Nousra").loose
'jamatnusra'
>>> name_form("Al Qaeda in the Islamic Maghreb").initials
('qim', 'aqim')
>>> name_form("Mouvement pour l'Unicité et le Jihad en Afrique de l'Ouest").initials
('mujao',)
>>> sorted(name_form("Tehreek-e-Jafaria (TJP)").acronyms), name_form("AQIM Sahara branch").acronyms
(['tjp'], frozenset())

``GENERIC`` words name many groups ("Islamic", "State", "Front", "Ansar"...):
sharing one is weak evidence, and no blocking key is made from one (see
:mod:`.blocking`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from ..model import LINEAGE_KINDS, SHAPING_KINDS, Dataset, PartialDate
from ..names import loose_key, normalise_uncached, strip_marks

__all__ = ["GENERIC", "STOPWORDS", "Life", "NameForm", "Profile", "name_form", "profiles"]

ARTICLES = frozenset({"al", "el", "ul", "il", "as", "ash", "at", "ad", "adh", "an", "ar", "az"})
"""The Arabic article and its assimilated forms (``as-Sunna``, ``ash-Shabaab``)."""
# fmt: off
# English, French, Spanish, German, Italian, Arabic and Urdu function words
STOPWORDS = ARTICLES | {
    "the", "of", "in", "for", "and", "on", "to", "from", "with", "at", "by", "a", "an", "le", "la",
    "les", "de", "du", "des", "et", "en", "pour", "l", "d", "y", "del", "los", "las", "el", "und",
    "der", "die", "das", "fur", "di", "e", "wa", "wal", "bil", "lil", "li", "fi", "min", "wa'l",
    "lid", "bi", "ud", "ut", "us", "ur", "uz",
}
# fmt: on
"""Words never compared: articles, prepositions, conjunctions."""
# fmt: off
GENERIC = frozenset(loose_key(w) for w in (
    "islamic", "islami", "islamiya", "islamiyya", "islamiyah", "islam", "muslim", "muslimin",
    "muslimeen", "state", "front", "group", "groups", "army", "movement", "jihad", "jihadi",
    "mujahideen", "mujahidin", "mujahedeen", "ansar", "ansaru", "nusra", "nusrat", "sharia",
    "shariah", "sunna", "sunnah", "tawhid", "dawa", "dawah", "khilafa", "caliphate", "qaeda",
    "qaida", "province", "wilayat", "wilaya", "brigade", "brigades", "battalion", "battalions",
    "katiba", "katibat", "kataib", "liwa", "jaysh", "jaish", "jabhat", "jabha", "harakat",
    "haraka", "tanzim", "jamaat", "jamaa", "jama", "jamaah", "jemaah", "majlis", "council",
    "union", "organization", "organisation", "party", "forces", "force", "faction", "network",
    "wing", "branch", "committee", "liberation", "national", "revolutionary", "popular", "people",
    "peoples", "democratic", "fighters", "fighting", "resistance", "ahl", "hizb", "saraya",
))
# fmt: on
"""Words that name many groups: evidence only when shared with more."""

_QUOTES = str.maketrans("", "", "'’‘`ʿʾ´\"“”′")  # as normalise drops them
_SPLIT = re.compile(r"[\W_]+")
_ELISION = re.compile(r"\b([ld])['’]")
_CAPS = re.compile(r"\(([A-Z]{2,8})\)")  # an acronym in brackets: "... (MUJAO)"
_VOWELS = str.maketrans("", "", "aeiou")
_NOT_INITIAL = STOPWORDS - ARTICLES  # "al" makes the A of AQIM; "in" and "the" no letter


class NameForm(NamedTuple):
    """One name, ready to compare: its text, exact and loose keys, tokens and acronyms."""

    text: str
    key: str  # normalise(text)
    loose: str  # its words folded, joined
    tokens: frozenset[str]  # its words folded
    acronyms: frozenset[str]  # an acronym it is, or holds (``(MUJAO)``), normalised
    initials: tuple[str, ...]  # the acronyms its words would make
    keys: frozenset[str]  # its blocking keys (see lineage.identity.blocking)


class Life(NamedTuple):
    """A group's dates as day ordinals (``None``: unknown).

    ``founded``/``dissolved`` are the ranges of the effective founding and end
    (the group's own, else the events creating or ending it); ``named`` spans
    every date that names it, from the earliest day the first may be to the
    last day the last may be.
    """

    founded: tuple[int, int] | None = None
    dissolved: tuple[int, int] | None = None
    named: tuple[int, int] | None = None


@dataclass(slots=True)
class Profile:
    """A group as xref sees it (see the module docstring)."""

    id: str
    qid: str
    forms: tuple[NameForm, ...]  # names that are not acronyms
    acronyms: frozenset[str]  # acronyms it lists (or holds in a name)
    initials: frozenset[str]  # acronyms its names would make
    tokens: frozenset[str]
    keys: frozenset[str]  # blocking keys (see lineage.identity.blocking)
    life: Life
    neighbours: dict[str, str] = field(default_factory=dict)  # group id -> event kind


_NO_LIFE = Life()


@lru_cache(maxsize=1 << 16)
def _fold(token: str) -> str:
    """A word folded as :func:`~lineage.names.loose_key` folds, and French ``dj``, ``ch``
    and a final ``-ne`` too."""
    if not token.isalpha():
        return token
    if len(token) > 4 and token.endswith("ne"):  # French: Mouslimine, Moudjahidine
        token = token[:-1]
    return loose_key(token.replace("dj", "j").replace("ch", "sh"))


def name_form(text: str, kind: str = "official") -> NameForm:
    """``text`` ready to compare (``kind`` ``"acronym"`` marks an acronym).

    Its ``key`` is :func:`~lineage.names.normalise`'s, from the same unaccented
    words (one Unicode decomposition a name, not two).
    """
    if kind == "acronym" or (text.isupper() and len(text) < 9 and " " not in text.strip()):
        key = normalise_uncached(text)
        return NameForm(text, key, key, frozenset(), frozenset({key}), (), frozenset({f"#{key}"}))
    caps = _CAPS.findall(text) if "(" in text else ()
    words_of = _CAPS.sub(" ", text) if caps else text  # "(MUJAO)" is an acronym, not a word
    plain = words_of.lower() if words_of.isascii() else strip_marks(words_of)
    if "'" in plain or "’" in plain:
        plain = _ELISION.sub(r"\1 ", plain)  # l'Ouest: l Ouest
    words = _SPLIT.split(plain.translate(_QUOTES))
    key = normalise_uncached(text) if caps else "".join(words)
    folded = [_fold(w) for w in words if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]
    letters = [w for w in words if len(w) > 1 and w not in _NOT_INITIAL and w.isalpha()]
    full = "".join(w[0] for w in letters)
    bare = "".join(w[0] for w in letters if w not in ARTICLES)
    initials = tuple(i for i in ((bare,) if bare == full else (bare, full)) if len(i) > 1)
    acronyms = frozenset(normalise_uncached(c) for c in caps)
    loose = "".join(folded)
    keys = {f"={loose}", *(k for w in folded for k in _word_keys(w))} if loose else set()
    if len(keys) == 1 and len(folded) > 1:  # only generic words: block on pairs of them
        keys.update(f"b{x} {y}" for x, y in pairwise(folded))
    keys.update(f"~{i}" for i in initials if len(i) >= 3)
    keys.update(f"#{a}" for a in acronyms)
    return NameForm(text, key, loose, frozenset(folded), acronyms, initials, frozenset(keys))


@lru_cache(maxsize=1 << 16)
def _word_keys(word: str) -> tuple[str, ...]:
    """The blocking keys a folded word makes: itself and its consonants (none if generic)."""
    if word in GENERIC:
        return ()
    skeleton = word.translate(_VOWELS) if word.isalpha() else ""
    return (f"t{word}", f"s{skeleton}") if len(skeleton) >= 3 else (f"t{word}",)


def profiles(
    dataset: Dataset, name: str, *, forms: dict[tuple[str, bool], NameForm] | None = None
) -> list[Profile]:
    """A :class:`Profile` of each group of ``dataset``, whose qualified ids start ``name:``.

    ``forms`` keeps the names already read (two datasets share many), by text and
    whether an acronym; pass one dict for both sides of a comparison.
    """
    lives, neighbours = _event_facts(dataset)
    memo = {} if forms is None else forms
    out = []
    for g in dataset.groups:
        named = []
        for n in g.all_names():
            form = memo.get((n.name, n.kind == "acronym"))
            if form is None:
                form = memo[n.name, n.kind == "acronym"] = name_form(n.name, n.kind)
            named.append(form)
        life = lives.get(g.id, _NO_LIFE)
        if g.founded is not None or g.dissolved is not None:
            life = _own_dates(life, g.founded, g.dissolved)
        out.append(_profile(g.id, f"{name}:{g.id}", named, life, neighbours.get(g.id, {})))
    return out


def _profile(
    gid: str, qid: str, named: list[NameForm], life: Life, neighbours: dict[str, str]
) -> Profile:
    if len(named) == 1:  # most groups: no sets to merge
        f = named[0]
        forms: tuple[NameForm, ...] = (f,) if f.tokens else ()
        initials = frozenset(f.initials)
        return Profile(gid, qid, forms, f.acronyms, initials, f.tokens, f.keys, life, neighbours)
    forms = tuple(f for f in named if f.tokens)
    return Profile(
        gid,
        qid,
        forms,
        frozenset().union(*(f.acronyms for f in named)),
        frozenset(i for f in forms for i in f.initials),
        frozenset().union(*(f.tokens for f in forms)),
        frozenset().union(*(f.keys for f in named)),
        life,
        neighbours,
    )


def _span(date: PartialDate) -> tuple[int, int]:
    return date.earliest.toordinal(), date.latest.toordinal()


def _own_dates(life: Life, founded: PartialDate | None, dissolved: PartialDate | None) -> Life:
    start = _span(founded) if founded is not None else life.founded
    end = _span(dissolved) if dissolved is not None else life.dissolved
    named = life.named
    for s in (start, end):
        if s is not None:
            named = (min(s[0], named[0]), max(s[1], named[1])) if named else s
    return Life(start, end, named)


def _event_facts(dataset: Dataset) -> tuple[dict[str, Life], dict[str, dict[str, str]]]:
    """Each group's life from the events, and its neighbours by lineage and pledge."""
    spans: dict[str, tuple[int, int]] = {}  # by a date's text
    named: dict[str, tuple[int, int]] = {}
    starts: dict[str, tuple[int, int]] = {}
    ends: dict[str, tuple[int, int]] = {}
    neighbours: dict[str, dict[str, str]] = {}
    for event in dataset.events:
        span = spans.get(event.date.text)
        if span is None:
            span = spans[event.date.text] = _span(event.date)
        lo, hi = span
        for g in event.group_ids():
            s = named.get(g)
            if s is None:
                named[g] = span
            elif lo < s[0] or hi > s[1]:
                named[g] = (lo if lo < s[0] else s[0], hi if hi > s[1] else s[1])
        kind = event.kind
        if kind in SHAPING_KINDS:
            created = event.creates()
            if created is not None and (created not in starts or span < starts[created]):
                starts[created] = span
            for ended in event.ends():
                if ended not in ends or span < ends[ended]:
                    ends[ended] = span
        if kind in LINEAGE_KINDS:
            edges: Iterable[tuple[str, ...]] = event.lineage_edges()
        else:
            edges = (event.group_ids(),) if kind == "pledge" else ()  # (group, patron)
        for x, y in edges:
            if x != y:
                neighbours.setdefault(x, {})[y] = kind
                neighbours.setdefault(y, {})[x] = kind
    lives = {g: Life(starts.get(g), ends.get(g), s) for g, s in named.items()}
    return lives, neighbours
