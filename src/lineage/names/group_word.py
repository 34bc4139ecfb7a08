"""A name written without its word for group, asked at a date: ``Tawhid wal Jihad``
in 2004 for ``Jama'at al-Tawhid wal-Jihad``, ``Tawhid and Jihad`` for ``Tawhid and
Jihad Group``, ``Ahl as-Sunnah lid-Da'wah wa'l-Jihad`` for ``Jamaa Ahl as-Sunnah …``.

Only a date says which group such a short name meant: Zarqawi's group was
``Tawhid wal Jihad`` in 2004, and so was MUJAO in the Sahel press of 2011-13. So
the word is left out only when the query gives a date, and exactly one group bore
a name that reads so at that date; without a date, or with two such groups, it is
no match. :func:`~.structure.shape` calls :func:`without_group_word` last.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..model import PartialDate, spans_into
from .result import Match
from .rules import rule_key, run_steps, tokens

if TYPE_CHECKING:
    from .structure import Finder

__all__ = ["GROUP_WORDS", "short_keys", "without_group_word"]

GROUP_WORDS = frozenset({"jama", "grup", "grupe", "grupu"})
"""Words for group as the spelling rules fold them: Jama'at/Jamaat/Jamāʿat, Group,
Groupe, Grupo/Gruppo."""


@lru_cache(maxsize=1 << 12)
def short_keys(name: str) -> frozenset[str]:
    """The rule keys of ``name`` without the word for group that opens or closes it.

    >>> sorted(short_keys("Jama'at al-Tawhid wal-Jihad")), sorted(short_keys("Ansar Dine"))
    (['tawhidwajihad'], [])
    >>> sorted(short_keys("Tawhid and Jihad Group"))
    ['tawhidandjihad']
    """
    words = run_steps(tokens(name))
    if len(words) < 3:  # 'Jama'at X' keeps a name of two words at least
        return frozenset()
    cuts = []
    if words[0] in GROUP_WORDS:
        cuts.append(words[1:])
    if words[-1] in GROUP_WORDS:
        cuts.append(words[:-1])
    return frozenset("".join(c).lower() for c in cuts)


def without_group_word(f: Finder, text: str, at: PartialDate | None) -> Match | None:
    """The one record that bore, at ``at``, a name that is ``text`` with a word for
    group before or after it; None without a date, or for none or several."""
    key = rule_key(text)
    if at is None or not key:
        return None
    found: dict[str, str] = {}
    for rid, record in f.records.items():
        for n in record.all_names():
            if spans_into(n.start, n.end, at) and key in short_keys(n.name):
                found.setdefault(rid, n.name)
    if len(found) != 1:
        return None
    ((rid, name),) = found.items()
    why = f"{name!r} without its word for group, the one group so called within {at}"
    return Match(rid, name, "shape", (why,))
