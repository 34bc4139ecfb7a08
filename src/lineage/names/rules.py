"""Spelling rules: the differences between two spellings of one name that never tell
two organisations apart, each a small named step.

:func:`rule_key` folds a name through every step; two names with the same key
are the same name spelt differently. :func:`explain_rules` says which steps made
a spelling meet a name, in the words a user sees ("ou→u", "al- dropped"). The
steps, in order:

==================  ============================================================
place names         one place's other names: Afrique occidentale = Afrique de
                    l'Ouest, Western Africa = West Africa, Mésopotamie, Algérie,
                    Libye, Syrie, Égypte, Tunisie = their English names
letters             DMG and ALA-LC letters: ǧ→j, ḫ→kh, ḏ→dh, ṯ→th, š→sh, ġ→gh;
                    then accents, macrons, ʿayn, hamza and apostrophes go
possessive          ``Islamic State's`` → ``Islamic State``
article             the Arabic article and its sun-letter forms: ``al-``,
                    ``el-``, ``ul-``, ``a-`` (``Qaidat a-Jihad``), ``ad-Din``,
                    ``as-Sunna``, ``ash-Sharia``,
                    ``wal-``/``wa-l-``/``wa'l-`` → ``wa``, ``f'al-`` → ``fi``, ``bil-``, ``lil-``,
                    ``lid-Da'wa``, fused ``Eddine``/``Lidda'awati``/``Ansaruddin``,
                    ``Ahlus``/``Ahlis``
the                 the English article
French w            ``ou`` before a vowel opening a word is w: ``oua``, ``Oual``
French article      a French article opening the name: ``la katiba Macina``,
                    ``L'État islamique`` (inside a name, ``l'``/``d'`` is a
                    word apart: ``de l'Ouest``); and a Spanish, Italian or
                    German one (``los Almorávides``, ``il``, ``die``)
families            one word's spellings: Qaeda/Qaida/Qa'ida/Qaïda/Quaida,
                    Jama'a/Jamaat/Jamāʿat/Jama'atu, Khilafa/Khalifa, Din/Dine/Deen,
                    Daesh/Da'ish/Daech/Daish (a vowel or two after Da-),
                    Bayt/Beit/Bait, Wilayat/Wilaya/Wilaja/Province/Provincia/Provinz,
                    Maqdis/Maqdes, Ansar/Ancar,
                    Maghreb/Maghrib, Sahel/Sahil, Grand/Greater,
                    Organization/Organisation, Ifriqiya/Afriqiya, Sinai/Sina/Sayna,
                    the conjunction wa/w/we (``fi l Iraq w Sham``, ``al-Islam
                    We al-Mouslimine``), and a word for an armed unit:
                    Katiba/Katibat/Battalion/Brigade/Bataillon
ending              the tāʾ marbūṭa: ``-ah``/``-at``/``-atu``/``-ati``/``-eh`` → ``-a``,
                    and in French ``-atou`` (``Nousratou``)
word order          ``Province of X`` (``de``/``di``/``del``/``du X``), ``X Province``,
                    ``Islamic State's X Province``
                    and ``X Province of the Islamic State`` agree, in Arabic too
                    (``al-Dawla al-Islamiyya – Wilayat X``); an Islamic State
                    ``branch`` is its province (so do other ``branch``es
                    and units: ``Katibat al-Mulathamin``, ``al-Mulathamun Brigade``)
transliteration     French and English schemes: ow/au→aw (Dowlat, DMG tauhid),
                    -oune→-oun, -ine→-in, -in→-un (the plural's cases), ch→sh, dj→j, kh→k,
                    gh→g, dh→d, th→t, sh→s, ou→u, oo→u, o→u, ee→i, ei→ai, ae→ai, q→k,
                    y→i, c→s before e/i/y (Macina, Massina), doubled letters
==================  ============================================================

A word written in capitals in mixed-case text (an acronym such as ``IS``) is not
read as an article, a family or an ending (``IS Sinai`` keeps its ``IS``); a
name that is one such word (``MOJWA``) is not folded at all. Daesh is the one
acronym read as the word it has become: ``DAESH`` and ``DAISH`` are spellings of
it, as ``Daesh`` and ``Da'ish`` are (``DASH``, with no vowel, stays an acronym).

>>> rule_key("Ansar al-Din") == rule_key("Ansar Dine") == rule_key("Ansar Eddine")
True
>>> rule_key("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad") == rule_key(
...     "Jamaa Ahl as-Sunnah lid-Da’wah wa’l-Jihad")
True
>>> rule_key("Province of Sinai") == rule_key("Sinai Province of the Islamic State")
True
>>> rule_key("Al Qaeda in the Arabian Peninsula") == rule_key("Al Qaeda")
False
>>> explain_rules("Al-Mourabitoun", "Al Murabitoun")
['ou→u']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from .families import DAESH, family
from .fold import strip_accents
from .places import place_names
from .transliteration import transliterated, transliteration

__all__ = [
    "STEPS",
    "clear_caches",
    "explain_rules",
    "rule_key",
    "run_steps",
    "tokens",
    "word_key",
]

Tokens = list[str]
Events = list[str]
Step = Callable[[Tokens], tuple[Tokens, Events]]

_LETTERS = {
    "ǧ": "j", "Ǧ": "J", "ḫ": "kh", "Ḫ": "Kh", "ḵ": "kh", "Ḵ": "Kh", "ḏ": "dh", "Ḏ": "Dh",
    "ṯ": "th", "Ṯ": "Th", "š": "sh", "Š": "Sh", "ġ": "gh", "Ġ": "Gh", "č": "ch", "Č": "Ch",
    "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
}  # fmt: skip
_LETTER_RE = re.compile("|".join(_LETTERS))
_QUOTES = str.maketrans("", "", "'’‘`ʿʾʼʻ´\"“”′")
_POSSESSIVE = re.compile(r"(?<=\w\w)['’][sS](?=$|[\s,;:.()\[\]/])")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[\W_]+")
_SUN = ("th", "dh", "sh", "t", "d", "r", "z", "s", "n", "l")
_ARTICLES = frozenset({"al", "el", "ul", "il"})
_CLITIC = ("wa", "bi", "li", "fi")
_CLITIC_ARTICLE = {"wal": "wa", "bil": "bi", "lil": "li", "fil": "fi", "fal": "fi", "wel": "wa"}
_AHL = re.compile(r"^ahl(?:[aiu]|[aiu][sl])$")
_FUSED_AHL = re.compile(r"^(ahl)[aiu]?s?(sun+a*h?)$")  # Ahlussunah, Ahlisunnah: ahl as-Sunna
_FUSED_LI = re.compile(r"^(li|bi)(d[aeiu][a-z]{3,})$")  # Lida'awati: li + (ad-)Da'awati
_FUSED_CLITIC = re.compile(r"^(wa|bi|li|fi)([tdrzsnl])(\2[a-z]{2,})$")
_FUSED_ARTICLE = re.compile(r"^[aeiu]([tdrzsn])(\1[a-z]{2,})$")
_FUSED_DIN = re.compile(r"^([a-z]{4,}?)[aeu]d(d(?:i|ee)ne?)$")  # Ansaruddin: Ansar ud-Din
_FRENCH_ARTICLES = frozenset(
    {"le", "la", "les", "los", "las", "il", "lo", "gli", "der", "die", "das"}  # and others'
)
_FRENCH_W = re.compile(r"^ou(?=[aeiy])")
_LEADING_ELISION = re.compile(r"^(\s*)[lL]['’](?=\w)")
_ELISION = re.compile(r"(?<=\s)([lLdD])['’](?=\w)")  # de l'Ouest, d'Afrique: a word apart
_BARE_ARTICLE = re.compile(r"(?<![\w'’])[aA]-(?=\w)")  # Qaidat a-Jihad: al- elided
_ENDING = re.compile(r"^([a-z]{2,}?[^aeiou\d])(?:ah|at|atu|atou|ati|atti|eh)$")
_HEADS = ("province", "branch", "katiba")
_OF = ("of", "de", "di", "del", "du")  # a province: Provincia de Sinai, Province du Sinaï
_OWNERS = (("islamic", "state"), ("dawla", "islamia"), ("is",), ("isis",), ("isil",), ("daesh",))


def tokens(text: str) -> Tokens:
    """The words of ``text``, folded (letters, possessive, accents, quotes, case),
    except that acronyms stay in capitals: a word of up to six capitals in
    mixed-case text, or the whole text when it is one such word.

    >>> tokens("Ǧamāʿat Nuṣrat al-Islām (JNIM)")
    ['jamaat', 'nusrat', 'al', 'islam', 'JNIM']
    """
    shouted = text == text.upper()  # before the article is set apart in lower case
    text = _POSSESSIVE.sub("", _LETTER_RE.sub(lambda m: _LETTERS[m.group()], text))
    text = _LEADING_ELISION.sub(r"\1l ", text)  # L'État: the article apart
    text = _ELISION.sub(r"\1 ", text)
    text = _BARE_ARTICLE.sub(lambda m: "AL-" if m.group()[0] == "A" else "al-", text)
    plain = strip_accents(_CAMEL.sub(" ", text).translate(_QUOTES))
    raw = [t for t in _SPLIT.split(plain) if t]
    joined = " " not in text.strip() and all(len(t) <= 4 for t in raw)  # IS-GS, not AL-QAIDA
    keep = len(raw) == 1 or not shouted or joined
    return [t if keep and _acronym(t) else t.casefold() for t in raw]


def _acronym(word: str) -> bool:
    """``word`` is kept as an acronym: two to six capitals (a lone capital is a letter:
    ``wa L Jihâd``), but not a spelling of
    Daesh (``DAISH`` is the word Daesh, not the letters D-A-I-S-H)."""
    return 2 <= len(word) <= 6 and word.isupper() and not DAESH.match(word.casefold())


def _article(words: Tokens) -> tuple[Tokens, Events]:
    out: Tokens = []
    events: Events = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w.isupper():
            out.append(w)
        elif _is_article(w, nxt):
            events.append(f"{w}- dropped")
        elif w in _CLITIC_ARTICLE:
            out.append(_CLITIC_ARTICLE[w])
            events.append(f"{w}-→{_CLITIC_ARTICLE[w]}")
        elif nxt and w[:2] in _CLITIC and _assimilated(w[2:], nxt, vowel=False):
            out.append(w[:2])
            events.append(f"{w}-→{w[:2]}")
        elif m := _FUSED_DIN.match(w):
            out.extend(m.groups())
            events.append(f"{w}→{' '.join(m.groups())}")
        elif _AHL.match(w):
            out.append("ahl")
            events.append(f"{w}→ahl")
        elif m := _FUSED_AHL.match(w) or _FUSED_LI.match(w):
            out.extend(m.groups())
            events.append(f"{w}→{' '.join(m.groups())}")
        elif m := _FUSED_CLITIC.match(w) or _FUSED_ARTICLE.match(w):
            out.extend(m.groups()[:1] if m.re is _FUSED_CLITIC else ())
            out.append(m.groups()[-1])
            events.append(f"{w}→{m.groups()[-1]}")
        else:
            out.append(w)
    return out, events


def _is_article(word: str, nxt: str) -> bool:
    """``word`` is an article: ``al``/``el``/``ul``/``il``, a bare ``l-`` or sun
    letter (``wa-l-``, ``li-d-``), or one assimilated to ``nxt`` (``ad-Din``)."""
    if word in _ARTICLES:
        return True
    return bool(nxt) and (
        word == "l" or (word in _SUN and nxt.startswith(word)) or _assimilated(word, nxt)
    )


def _assimilated(word: str, nxt: str, vowel: bool = True) -> bool:
    """``word`` is the article assimilated to the sun letter ``nxt`` starts with
    (``ad`` before ``Din``; with ``vowel=False``, the bare ``d`` of ``lid``)."""
    if vowel:
        if len(word) < 2 or word[0] not in "aeiu":
            return False
        word = word[1:]
    return word in _SUN and nxt.startswith(word) and len(nxt) > len(word)


def _french_w(words: Tokens) -> tuple[Tokens, Events]:
    """``oua``, ``Oual Mouslimine``: French writes the Arabic w as ou before a vowel."""
    out = [w if w.isupper() else _FRENCH_W.sub("w", w) for w in words]
    return out, ["ou→w"] * sum(a != b for a, b in zip(words, out, strict=True))


def _french_article(words: Tokens) -> tuple[Tokens, Events]:
    """``la katiba Macina``, ``les Signataires``, ``los Almorávides``: a French,
    Spanish, Italian or German article opening the name."""
    if len(words) > 1 and words[0] in _FRENCH_ARTICLES:
        return words[1:], [f"'{words[0]}' dropped"]
    return words, []


def _the(words: Tokens) -> tuple[Tokens, Events]:
    kept = [w for w in words if w != "the"]
    return kept, ["'the' dropped"] * (len(words) - len(kept))


def _families(words: Tokens) -> tuple[Tokens, Events]:
    return _each(words, family)


def _ending(words: Tokens) -> tuple[Tokens, Events]:
    return _each(words, _ending_of)


def _each(
    words: Tokens, fold: Callable[[str], tuple[str, tuple[str, ...]]]
) -> tuple[Tokens, Events]:
    """Fold each word but acronyms (capitals) on its own, gathering the events."""
    out: Tokens = []
    events: Events = []
    for w in words:
        if not w.isupper():
            w, happened = fold(w)
            events.extend(happened)
        out.append(w)
    return out, events


@lru_cache(maxsize=1 << 14)
def _ending_of(word: str) -> tuple[str, tuple[str, ...]]:
    m = _ENDING.match(word)
    return (m.group(1) + "a", (f"-ah/-at ending:{word}",)) if m else (word, ())


def _order(words: Tokens) -> tuple[Tokens, Events]:
    head = next((h for h in _HEADS if h in words), None)
    if head is None:
        return words, []
    events: Events = []
    of = _OF if head == "province" else ("of",)
    if any(w in of for w in words) or words[-1] != head:
        events.append("word order")
    rest = [w for w in words if w not in (head, *of)]
    dropped = _drop_owner(rest) if head in ("province", "branch") else 0
    if dropped and head == "branch":  # the Islamic State's branches are its provinces
        head = "province"
        events.append("an Islamic State branch read as its province")
    if dropped:
        events.append("'Islamic State' dropped before a province")
    if dropped > 1:
        events.append("'in' dropped")
    return [*sorted(rest, key=str.lower), head], events


def _drop_owner(rest: Tokens) -> int:
    """Drop the Islamic State (and an ``in`` after it) from a province's words, in
    place: 0 if it is not there, 1 if dropped, 2 if an ``in`` went with it."""
    for owner in _OWNERS:
        size = len(owner)
        for at in range(len(rest) - size + 1):
            if tuple(_owner_word(w) for w in rest[at : at + size]) == owner and len(rest) > size:
                del rest[at : at + size]
                if at < len(rest) - 1 and rest[at] == "in":
                    del rest[at]
                    return 2
                return 1
    return 0


def _owner_word(word: str) -> str:
    """A word as the owners are listed: lower case, the y of ``Islāmiyya`` aside."""
    return word.lower().replace("y", "")


STEPS: tuple[tuple[str, Step], ...] = (
    ("place names", place_names),
    ("French w", _french_w),
    ("French article", _french_article),
    ("article", _article),
    ("the", _the),
    ("families", _families),
    ("ending", _ending),
    ("word order", _order),
    ("transliteration", transliteration),
)
"""The token steps of :func:`rule_key`, in order (after :func:`tokens`)."""


@lru_cache(maxsize=4096)
def _trace(text: str) -> list[tuple[Tokens, Events]]:
    """The tokens before each step and the events of that step; last: the result."""
    words = tokens(text)
    first: Events = [f"{k}→{v}" for k, v in _LETTERS.items() if k in text]
    if _POSSESSIVE.search(text):
        first.append("possessive 's dropped")
    stages: list[tuple[Tokens, Events]] = [([], first)]
    for _, step in STEPS:
        after, events = step(words)
        stages.append((words, events))
        words = after
    stages.append((words, []))
    return stages


@lru_cache(maxsize=1 << 16)
def rule_key(text: str) -> str:
    """The key every spelling of a name shares under the rules (see the module).

    >>> rule_key("Jund al-Khilafah") == rule_key("Jund Al Kalifah")
    True
    """
    words = run_steps(tokens(text))
    key = "".join(words)
    return key if all(w.isupper() for w in words) else key.lower()  # acronyms: capitals


def word_key(name: str) -> str:
    """An acronym folded as a word is (``AQMI`` as ``Aqmi``), where that differs
    from its :func:`rule_key`: after an article, ``l'Aqmi`` and ``le Mujao`` hold a
    word, not an acronym. "" for any other name.

    >>> word_key("AQMI"), rule_key("l'Aqmi"), rule_key("AKMI"), word_key("Ansar Dine")
    ('akmi', 'akmi', 'AKMI', '')
    """
    if not name.isupper() or not name.isalpha():
        return ""
    key = rule_key(name.lower())
    return key if key != rule_key(name).lower() else ""


def run_steps(words: Tokens) -> Tokens:
    """``words`` (as :func:`tokens` gives them) through every step of the rules; an
    acronym stays in capitals.

    >>> run_steps(tokens("Al-Qa'ida in Mesopotamia"))
    ['kaida', 'in', 'mesuputamia']
    """
    for _, step in STEPS:
        words, _events = step(words)
    return words


def explain_rules(query: str, name: str) -> list[str]:
    """The rules that made ``query`` meet ``name`` (same :func:`rule_key`), once each.

    A step is named when it changed the two spellings differently before they met.

    >>> explain_rules("Ansar Eddine", "Ansar Dine")
    ['eddine→dine']
    >>> explain_rules("Islamic State's Province of West Africa",
    ...               "Islamic State West Africa Province")
    ["possessive 's dropped", 'word order']
    """
    ours, theirs = _trace(query), _trace(name)
    found: list[str] = []
    for (q_words, q_events), (n_words, n_events) in zip(ours, theirs, strict=True):
        if q_words and q_words == n_words:
            break
        if Counter(q_events) != Counter(n_events):
            diff = (Counter(q_events) - Counter(n_events)) + (Counter(n_events) - Counter(q_events))
            found.extend(
                e.split(":", 1)[0] for e in dict.fromkeys(q_events + n_events) if e in diff
            )
    return list(dict.fromkeys(found))


def clear_caches() -> None:
    """Forget every spelling folded so far (for benchmarks of first lookups)."""
    for cached in (rule_key, _trace, family, _ending_of, transliterated):
        cached.cache_clear()
