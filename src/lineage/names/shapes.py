"""The shapes a written name takes around a name: ``X (Y)``, ``A / B``, ``A: B``,
``A – B``, ``X in PLACE`` and ``ISIS-X``; and whether an acronym spells a phrase.

Pure text: nothing here looks a name up (that is :mod:`.structure`).

>>> bracketed("Ansar al-Dine (Mali)")
('Ansar al-Dine', 'Mali')
>>> alternatives("ISIS/ISIL"), pair("JNIM: Group for Support of Islam and Muslims")
(['ISIS', 'ISIL'], ('JNIM', 'Group for Support of Islam and Muslims'))
>>> owner_rest("ISIS-Greater Sahara"), owner_rest("Islamic State in the Greater Sahara")
('Greater Sahara', 'Greater Sahara')
>>> acronym_spells("ISIL", "Islamic State of Iraq and the Levant")
True
>>> acronym_spells("IS", "Islamic State in Libya")
False
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .fold import strip_marks

__all__ = [
    "acronym_spells",
    "alternatives",
    "arabic_article_opens",
    "bracketed",
    "faction",
    "glossed",
    "has_unit",
    "in_place",
    "joined_owner",
    "listed",
    "looks_like_acronym",
    "opens_with_article",
    "owned",
    "owned_first",
    "owner_rest",
    "pair",
    "trailing_acronym",
    "unit_before",
    "without_unit",
    "words",
]

_BRACKETED = re.compile(r"^(?P<out>.*?\S)\s*[(\[](?P<in>[^()\[\]]*[^()\[\]\s][^()\[\]]*)[)\]]\s*$")
_SLASH = re.compile(r"\s*/\s*")
MAX_ALTERNATIVES = 12
_COLON = re.compile(r"^(?P<a>[^:]*\S)\s*:\s+(?P<b>\S[^:]*)$")
_DASH = re.compile(r"\s+[-–—]\s+")
_FACTIONS = (
    re.compile(r"^(?P<a>.*\S)\s+[-–—]\s+(?P<x>\S.*?)\s+faction$", re.IGNORECASE),
    re.compile(r"^(?P<a>.*\S)\s*\((?P<x>[^()]*\S)\s+faction\)$", re.IGNORECASE),
)
_IN = re.compile(
    r"^(?P<out>.*\S)\s+(?:in|en|au|aux|dans|f[iī](?:\s+(?:ard|bilad))?)\s+(?P<place>\S.*)$",
    re.IGNORECASE,
)
_LIST = re.compile(r"\s*[,;]\s*|\s+(?:or|ou)\s+", re.IGNORECASE)
_FILLER = re.compile(
    r"^(?:(?:sometimes|often|also|alternatively|or|ou|formerly|previously|aussi|parfois|"
    r"(?:also\s+)?(?:known|referred\s+to)\s+as|a\.?k\.?a\.?|dit|alias|appel[ée]e?s?"
    r"|(?:arabic\s+|english\s+)?acronym\s+(?:of|for)|acronyme(?:\s+arabe|\s+anglais)?\s+d[eu]"
    r")\s*:?\s+)+",
    re.IGNORECASE,
)
_LANGUAGE_NOTE = re.compile(  # ISGS en anglais, JNIM pour l'acronyme arabe
    r"\s+(?:(?:en|in)\s+(?:anglais|arabe|fran[çc]ais|english|arabic|french)"
    r"|pour\s+l['’]acronyme\s+(?:arabe|anglais))$",
    re.IGNORECASE,
)
_OF = re.compile(r"^(?P<x>.*\S)\s+(?P<how>(?:of|du|de|d['’])\s*(?P<o>\S.*))$", re.IGNORECASE)
_FIRST_OF = re.compile(r"^(?P<x>.*?\S)\s+(?P<how>of\s+(?P<o>\S.*))$", re.IGNORECASE)
_OWNED_BY = re.compile(r"^(?P<how>(?P<o>[^\s'’]+(?:\s+[^\s'’]+)?)['’]s)\s+(?P<x>\S.*)$")
_OWNER = re.compile(
    r"^(?:the\s+)?(?:islamic\s+state\s+(?:of|in)\s+iraq\s+and\s+(?:the\s+levant|syria)"
    r"|islamic\s+state(?:['’]s)?|isis|isil|is|daesh|daech|(?:l['’])?[ée]tat\s+islamique|ei"
    r"|estado\s+isl[aâá]mico|stato\s+islamico|islamischer?\s+staat|islamitische\s+staat)"
    r"(?:\s*[-–—:]\s*|\s+)(?:(?:in|of|dans|en|au|del|de|do|no|na|nel|im)\s+"
    r"(?:the\s+|le\s+|la\s+|el\s+|der\s+|de\s+|l['’])?)?"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_JOINED_OWNER = re.compile(r"^IS(?:IS|IL)(?P<rest>[A-Z]{2,})$")
_GLOSS = re.compile(r"^(?P<x>[^()]*\S)\s*\((?P<gloss>[^()]*[^()\s][^()]*)\)\s*(?P<y>\S[^()]*)$")
_OPEN_ENDED = {(w,) for w in ("al", "el", "ul", "wa", "fi", "li", "bi", "l", "ad", "as", "ash")}
_OPENING_ARTICLE = re.compile(r"\s*(?:l['’]\s*|(?:le|la|les|the)\s+)\S", re.IGNORECASE)
_ARTICLE_OPENS = re.compile(r"(?:al|el|ul)(?:-|\s+)\w", re.IGNORECASE)
_UNITS = frozenset(
    {"brigade", "brigades", "battalion", "battalions", "katiba", "katibat", "bataillon"}
)
_QUOTES = str.maketrans("", "", "'’‘`ʿʾʼʻ´")
_WORD = re.compile(r"[\W_]+")
_ELIDED = re.compile(r"\b([ld])['’]")
_ACRONYM = re.compile(r"[^\W_][\w.&-]{1,11}")
# words an acronym may skip (it may also take their initial)
_SKIPPABLE = frozenset(
    {"of", "the", "and", "in", "for", "a", "an", "on", "to", "with", "al", "el", "ul", "ad"}
    | {"as", "ash", "at", "wa", "wal", "fi", "li", "bi", "de", "du", "des", "la", "le", "l"}
    | {"d", "et", "en", "au", "aux", "pour", "land", "lands", "bilad"}  # AQIM, AQLIM
)


def bracketed(text: str) -> tuple[str, str] | None:
    """``X (Y)`` or ``X [Y]`` as ``(X, Y)``: a bracket that ends the text."""
    m = _BRACKETED.match(text)
    return (m.group("out"), m.group("in").strip()) if m else None


def alternatives(text: str) -> list[str]:
    """``A / B`` as ``[A, B]`` (every part non-empty, twelve at most: a longer list is
    no name), else ``[]``."""
    if "/" not in text:
        return []
    parts = _SLASH.split(text.strip())
    return parts if 1 < len(parts) <= MAX_ALTERNATIVES and all(parts) else []


def listed(text: str) -> list[str]:
    """A bracket's list of other names, as a glossary writes it (``AQIM, sometimes
    alternatively AQMI``; ``aka Ansar Eddine``): the names, words such as "also
    known as" or "sometimes" aside; [] when it holds no such list.

    >>> listed("AQIM, sometimes alternatively AQMI"), listed("sometimes Ansar Eddine")
    (['AQIM', 'AQMI'], ['Ansar Eddine'])
    >>> listed("GSIM, ou JNIM pour l'acronyme arabe"), listed("acronyme arabe de l’EI")
    (['GSIM', 'JNIM'], ['l’EI'])
    >>> listed("Mali")
    []
    """
    parts = [_LANGUAGE_NOTE.sub("", _FILLER.sub("", p)).strip() for p in _LIST.split(text.strip())]
    parts = [p for p in parts if p]
    return parts if parts and parts != [text.strip()] else []


def pair(text: str) -> tuple[str, str] | None:
    """``A: B`` or ``A – B`` (a spaced dash, once) as ``(A, B)``."""
    m = _COLON.match(text)
    if m:
        return m.group("a"), m.group("b")
    parts = _DASH.split(text.strip())
    if len(parts) != 2 or not all(parts) or words(parts[0])[-1:] in _OPEN_ENDED:
        return None  # 'Jama'at al - Tawhid': a dash after an article joins, not parts
    return parts[0], parts[1]


def faction(text: str) -> tuple[str, str] | None:
    """``A - X Faction`` or ``A (X faction)``, as ACLED names a group's wings, as
    ``(A, X)``.

    >>> faction("Islamic State (West Africa) - Greater Sahara Faction")
    ('Islamic State (West Africa)', 'Greater Sahara')
    >>> faction("Boko Haram (Shekau faction)"), faction("Ansar Dine")
    (('Boko Haram', 'Shekau'), None)
    """
    for pattern in _FACTIONS:
        m = pattern.match(text.strip())
        if m:
            return m.group("a"), m.group("x")
    return None


def in_place(text: str) -> tuple[str, str] | None:
    """``X in PLACE`` as ``(X, PLACE)`` (the last ``in``; French ``en``/``au`` and
    Arabic ``fi``, ``fi Ard`` "in the land of" and ``fi Bilad`` too).

    >>> in_place("Jund al-Khilafah fi Ard al-Jazayer")
    ('Jund al-Khilafah', 'al-Jazayer')
    >>> in_place("Jund al-Khilāfah fī Arḍ al-Jazāʾir")  # the same length, marks aside
    ('Jund al-Khilāfah', 'al-Jazāʾir')
    """
    plain = strip_marks(text)
    m = _IN.match(plain) if len(plain) == len(text) else _IN.match(text)
    return (text[: m.end("out")], text[m.start("place") :]) if m else None


def owned_first(text: str) -> tuple[str, str, str] | None:
    """``X of O`` split at the first ``of`` (``Sahara Emirate subgroup of al-Qaeda in
    the Lands of the Islamic Maghreb``), as :func:`owned` gives it.

    >>> owned_first("Sahara branch of al-Qaeda in the Lands of the Islamic Maghreb")[1]
    'al-Qaeda in the Lands of the Islamic Maghreb'
    """
    m = _FIRST_OF.match(text.strip())
    return (m.group("x"), m.group("o"), m.group("how")) if m else None


def owned(text: str, possessive: bool = False) -> tuple[str, str, str] | None:
    """``X of O``, ``X d'O``, ``X du O`` (the last one) or ``O's X`` (first if
    ``possessive``) as ``(X, O, how O was written)``: a name, then one that may own it.

    >>> owned("l'émirat du Sahara d'Aqmi")
    ("l'émirat du Sahara", 'Aqmi', "d'Aqmi")
    >>> owned("AQIM’s Sahara Emirate"), owned("Ansar Dine")
    (('Sahara Emirate', 'AQIM', 'AQIM’s'), None)
    """
    for pattern in (_OWNED_BY, _OF) if possessive else (_OF, _OWNED_BY):
        m = pattern.match(text.strip())
        if m:
            return m.group("x"), m.group("o"), m.group("how")
    return None


def owner_rest(text: str) -> str | None:
    """What follows the Islamic State at the start of ``text`` (``ISIS-``, ``IS``,
    ``Islamic State in``, ``Islamic State's``), or None."""
    m = _OWNER.match(text.strip())
    return m.group("rest") if m else None


def joined_owner(text: str) -> str | None:
    """``ISISWAP`` as ``WAP``: an acronym of the Islamic State joined to a branch's."""
    m = _JOINED_OWNER.match(text.strip())
    return m.group("rest") if m else None


def trailing_acronym(text: str) -> tuple[str, str] | None:
    """``X ACRONYM`` (no bracket) as ``(X, ACRONYM)``: a name, then a word of two to
    six capitals (``Front de Libération de Macina FLM``).

    >>> trailing_acronym("Front de Libération de Macina FLM"), trailing_acronym("IS Sahel")
    (('Front de Libération de Macina', 'FLM'), None)
    """
    rest, _, last = text.strip().rpartition(" ")
    if rest.count(" ") >= 1 and last.isupper() and last.isalpha() and 2 <= len(last) <= 6:
        return rest, last
    return None


def glossed(text: str) -> tuple[str, str] | None:
    """``X (gloss) Y`` as ``("X Y", "gloss")``: a bracket inside a name, as a gloss
    or translation of the word before it (``al-Mulathameen (Masked) Brigade``).

    >>> glossed("al-Mulathameen (Masked) Brigade"), glossed("Ansar Dine (Mali)")
    (('al-Mulathameen Brigade', 'Masked'), None)
    """
    m = _GLOSS.match(text.strip())
    return (f"{m.group('x')} {m.group('y')}", m.group("gloss")) if m else None


def opens_with_article(text: str) -> bool:
    """Whether an English or French article opens ``text`` (``l'Aqmi``, ``le Mujao``).

    >>> opens_with_article("l'Aqmi"), opens_with_article("Aqmi")
    (True, False)
    """
    return _OPENING_ARTICLE.match(text) is not None


def without_unit(text: str) -> tuple[str, str] | None:
    """``X Brigade`` as ``(X, "Brigade")``: a name ending in a word for an armed unit.

    >>> without_unit("Al-Mua'qi'oon Biddam Brigade"), without_unit("Ansar Dine")
    (("Al-Mua'qi'oon Biddam", 'Brigade'), None)
    """
    head, _, last = text.strip().rpartition(" ")
    if head and last.casefold() in _UNITS:
        return head.rstrip(), last
    return None


def has_unit(text: str) -> bool:
    """Whether a word of ``text`` is a word for an armed unit (``Katibat``, ``Brigade``).

    >>> has_unit("Katibat al-Mulathamin"), has_unit("al-Mulathamun")
    (True, False)
    """
    return any(w.casefold() in _UNITS for w in words(text))


def unit_before(text: str) -> tuple[str, str] | None:
    """``Katiba al-X`` or ``al-X Brigade`` as ``("Katiba", "al-X")``: a unit word before
    or after a name opening with the Arabic article.

    >>> unit_before("katiba Al-Mourabitoune"), unit_before("Katiba Macina")
    (('katiba', 'Al-Mourabitoune'), None)
    >>> unit_before("Al-Murabitoun brigade")
    ('brigade', 'Al-Murabitoun')
    """
    if "(" in text:
        return None
    unit, _, rest = text.strip().partition(" ")
    if unit.casefold() in _UNITS and arabic_article_opens(rest):
        return unit, rest.strip()
    rest, _, unit = text.strip().rpartition(" ")
    if unit.casefold() in _UNITS and arabic_article_opens(rest):
        return unit, rest.strip()
    return None


def arabic_article_opens(text: str) -> bool:
    """Whether ``text`` opens with the Arabic article (``al-``, ``el-``, ``Al ``):
    a unit named by a word (``al-Mulathamun``), not by a place (``Macina``).

    >>> arabic_article_opens("al-Mulathamun"), arabic_article_opens("Macina")
    (True, False)
    """
    return _ARTICLE_OPENS.match(text.strip()) is not None and any(len(w) >= 4 for w in words(text))


def looks_like_acronym(text: str) -> bool:
    """One word of 2 to 12 letters, in capitals or short (``AAD``, ``IS-K``, ``Mujao``).

    >>> looks_like_acronym("MUJAO"), looks_like_acronym("Mujao"), looks_like_acronym("Mali Sud")
    (True, True, False)
    """
    text = text.strip()
    if not _ACRONYM.fullmatch(text):
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and (sum(c.isupper() for c in letters) >= 2 or len(letters) <= 6)


def words(text: str) -> tuple[str, ...]:
    """The words, a French elided article apart (``l'Ouest``), other quotes dropped."""
    text = _ELIDED.sub(r"\1 ", strip_marks(text))
    return tuple(w for w in _WORD.split(text.translate(_QUOTES)) if w)


@lru_cache(maxsize=4096)
def acronym_spells(acronym: str, phrase: str) -> bool:
    """Whether ``acronym`` is made of the initials of ``phrase``'s words, in order:
    every word gives its first one to three letters, and only small words
    (``of``, ``the``, ``al``, ``de``…) may give none.

    >>> acronym_spells("AAD", "Ansar al-Dine")
    True
    >>> acronym_spells("JAK-A", "Jund al-Khilafah in Algeria")
    True
    >>> acronym_spells("MUJAO", "Movement for Unity and Jihad in West Africa")
    False
    """
    letters = "".join(words(acronym))
    spelt = words(phrase)
    if len(letters) < 2 or not spelt:
        return False

    @cache
    def fit(i: int, j: int) -> bool:
        if j == len(spelt):
            return i == len(letters)
        word = spelt[j]
        if word in _SKIPPABLE and fit(i, j + 1):
            return True
        return any(
            letters[i : i + k] == word[:k] and fit(i + k, j + 1)
            for k in range(1, min(3, len(word)) + 1)
        )

    return fit(0, 0)
