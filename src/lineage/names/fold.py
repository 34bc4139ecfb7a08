"""Name resolution that survives transliteration.

Names of groups and people reach a user in many spellings: ``Wilāyat`` and
``Wilayat``, ``Da’wah`` and ``Da'wah``, ``al-Qaeda`` and ``Al Qaeda``. lineage
compares names through :func:`normalise`, which removes the differences that
never distinguish two organisations:

* case, accents and diacritics (Unicode NFKD, combining marks dropped);
* apostrophes and quote marks of every style (’ ‘ ' ` ʿ ʾ " “ ”);
* hyphens, spaces and other punctuation, so ``al-X``, ``Al X`` and ``AlX`` agree.

When that finds nothing, a looser :func:`loose_key` also folds common
transliteration variants (``kh``/``k``, ``ou``/``u``, ``y``/``i``, ``q``/``k``,
doubled letters, a leading ``al``) and is used only when it points to a single
record. When nothing matches, rapidfuzz proposes the closest names.

>>> normalise("Wilāyat al-Islāmiyya") == normalise("wilayat Al Islamiyya")
True
>>> normalise("lid-Da’wah wa'l-Jihad") == normalise("lid Da'wah wa`l Jihad")
True
>>> loose_key("Iyad Ag Ghaly") == loose_key("Iyad Ag Ghali")
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "fold_quotes",
    "loose_key",
    "normalise",
    "normalise_uncached",
    "repaired",
    "strip_accents",
    "strip_marks",
]

_QUOTES = str.maketrans("", "", "'’‘`ʿʾ´\"“”′")
_ARTICLES = frozenset({"al", "el", "ul", "the"})
_FOLDS = (
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("sh", "s"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ae", "ai"),
    ("q", "k"),
    ("y", "i"),
)
_DOUBLE = re.compile(r"(.)\1+")
_TOKEN = re.compile(r"[^\w]+|_")


class _Marks(dict[int, int | None]):
    """A str.translate table that drops combining marks, filled one character at a
    time as text is seen (a table of the whole Basic Multilingual Plane took ~8 ms of
    every CLI start-up): a character first seen is looked up once, then cached, up
    to :data:`_MARKS_KEPT` characters (hostile text cannot grow it without end).

    >>> "Ḥa\u0301".translate(_Marks())
    'Ḥa'
    """

    def __missing__(self, cp: int) -> int | None:
        kept = None if unicodedata.combining(chr(cp)) else cp
        if len(self) < _MARKS_KEPT:
            self[cp] = kept
        return kept


_MARKS_KEPT = 1 << 14
_MARKS = _Marks()


_NOT_ALNUM = re.compile(r"[\W_]+")


def strip_accents(text: str) -> str:
    """``text`` with accents and other combining marks removed (NFKD), case kept.

    >>> strip_accents("Wilāyat Ḥarakat")
    'Wilayat Harakat'
    """
    return unicodedata.normalize("NFKD", text).translate(_MARKS)


def strip_marks(text: str) -> str:
    """:func:`strip_accents`, case-folded.

    >>> strip_marks("Wilāyat Ḥarakat")
    'wilayat harakat'
    """
    return strip_accents(text).casefold()


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """The key two spellings of one name share: letters and digits, unaccented, case-folded.

    Idempotent: ``normalise(normalise(s)) == normalise(s)``.

    >>> normalise("Al Qaeda’s  AQIM"), normalise("al-qaedas aqim")
    ('alqaedasaqim', 'alqaedasaqim')
    """
    if text.isascii():
        return _NOT_ALNUM.sub("", text.lower())
    # ʿayn and hamza (ʿ ʾ) are letters to Unicode, not punctuation: drop them too
    return _NOT_ALNUM.sub("", strip_marks(text).translate(_QUOTES))


# Bulk indexing normalises each name once per load: going through the cache
# there only costs time, and on a dataset of over 65k names evicts the
# lookups' entries (profiling 100k groups: 20% of indexing).
normalise_uncached = normalise.__wrapped__
""":func:`normalise` without the cache, for bulk work that sees each name once."""


@lru_cache(maxsize=1 << 16)
def loose_key(text: str) -> str:
    """A looser key that also folds common transliteration variants.

    >>> loose_key("Al Qaida") == loose_key("al-Qaeda")
    True
    """
    tokens = [t for t in _TOKEN.split(strip_marks(text).translate(_QUOTES)) if t]
    kept = [t for t in tokens if t not in _ARTICLES] or tokens
    key = "".join(kept)
    for old, new in _FOLDS:
        key = key.replace(old, new)
    key = _DOUBLE.sub(r"\1", key)
    return key.removesuffix("h")


_QUOTE_FOLD = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"'})
_SPACE = re.compile(r"\s+")


def fold_quotes(text: str) -> str:
    """Fold quote styles and whitespace runs, so a quote matches however it was typed.

    >>> fold_quotes("Al Qaeda’s  branch") == fold_quotes("Al Qaeda's branch")
    True
    """
    return _SPACE.sub(" ", text.translate(_QUOTE_FOLD)).strip()


_MOJIBAKE = re.compile("[ÃÂĂâÅ][\u0080-\u00ff\u0100-\u02ff\u2018-\u203a]")


def repaired(text: str) -> str | None:
    """``text`` read back from UTF-8 bytes a tool had decoded as Windows-1252, Latin-1
    or Windows-1250 (the mojibake of badly exported tables: ``PrÃ©dication``,
    ``PrĂ©dication``); None when it shows no such damage or reads no better.

    >>> repaired("Groupe Salafiste pour la PrĂ©dication"), repaired("Prédication")
    ('Groupe Salafiste pour la Prédication', None)
    """
    if not _MOJIBAKE.search(text):
        return None
    for encoding in ("cp1252", "latin-1", "cp1250"):
        try:
            fixed = text.encode(encoding).decode("utf-8")
        except UnicodeError:
            continue
        if fixed != text:
            return fixed
    return None
