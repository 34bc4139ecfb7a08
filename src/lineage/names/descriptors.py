"""Words around a name that only say what it is: a descriptor (``the Islamic State
group``, ``le groupe État islamique``, ``(militant group)``), a "so-called" inside a
name, and a reference in a bracket (``(QDe.141)``, a footnote ``[1]``). Pure text,
as :mod:`.shapes` is; :mod:`.structure` and :mod:`.wings` look the rest up.
"""

from __future__ import annotations

import re

from .shapes import words

__all__ = ["described", "descriptor", "reference", "so_called"]

_DESCRIPTORS = frozenset(
    {"group", "militant group", "armed group", "terrorist group", "jihadist group"}
    | {"organization", "organisation", "terrorist organization", "militant organization"}
)
_KIND = r"(?:(?:jihadist|militant|terrorist|armed|islamist)\s+)?group"
_LEADING_DESCRIPTOR = re.compile(
    r"^(?:(?:the|le|la|l['’])\s*)?(?:so-called|soi-disant|"
    + _KIND
    + r"|tanzim|تنظيم|جماعة"  # organisation, group: 'tanzim' in Arabic script
    r"|(?:groupe|secte|n[ée]buleuse)(?:\s+(?:jihadiste|terroriste|armée?|islamiste))?"
    r"|organisation|organization)"
    r"\s+(?!(?:for|of|to|pour)(?:\s|$))(?P<rest>\S.*)$",  # 'Group for …' is a name's own
    re.IGNORECASE,
)
_TRAILING_DESCRIPTOR = re.compile(
    r"^(?:the\s+)?(?P<rest>\S.*?)\s+(?:"
    + _KIND
    + r"|organization|organisation|sect|secte)$",  # not 'movement': the Base Movement
    re.IGNORECASE,
)
_SO_CALLED = re.compile(r"\s+(?:so-called|soi-disant|self-styled|autoproclam[ée]e?)\s+", re.I)
_REFERENCE = re.compile(r"Q[DI][ei]?\.\s?\d{1,4}|\d{1,3}", re.IGNORECASE)


def descriptor(text: str) -> bool:
    """Whether a bracket only says what the thing is: ``(militant group)``.

    >>> descriptor("militant group"), descriptor("Mali")
    (True, False)
    """
    return " ".join(words(text)) in _DESCRIPTORS


def so_called(text: str) -> str | None:
    """``text`` without a "so-called" inside it (``al-Qaeda in the so-called Islamic
    Maghreb``); None when there is none.

    >>> so_called("al-Qaeda in the so-called Islamic Maghreb")
    'al-Qaeda in the Islamic Maghreb'
    """
    plain = _SO_CALLED.sub(" ", text).strip()
    return plain if plain != text.strip() else None


def reference(text: str) -> bool:
    """Whether a bracket holds only a reference: a UN sanctions number (``QDe.141``)
    or a footnote mark (``1``, ``[1]``).

    >>> reference("QDe.141"), reference("1"), reference("Mali")
    (True, True, False)
    """
    return _REFERENCE.fullmatch(text.strip()) is not None


def described(text: str) -> tuple[str, str] | None:
    """``the Islamic State group``, ``le groupe État islamique``, ``the so-called
    Islamic State``: ``(the name, the words around it)`` when a descriptor opens
    or closes the text.

    >>> described("the Islamic State group"), described("le groupe Etat islamique")
    (('Islamic State', 'the … group'), ('Etat islamique', 'le groupe …'))
    """
    for pattern in (_LEADING_DESCRIPTOR, _TRAILING_DESCRIPTOR):
        m = pattern.match(text.strip())
        if m:
            rest = m.group("rest")
            start, end = m.start("rest"), m.end("rest")
            said = (m.string[:start] + "…" + m.string[end:]).strip()
            return rest, said
    return None
