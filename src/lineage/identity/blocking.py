"""Blocking: which pairs of groups are worth scoring, found through a key index.

Linking is not all-pairs: each group's profile (:mod:`.profiles`) holds a few
*keys*, and only groups that share a key are ever scored. The keys are

* ``t<token>``: a word of one of its names, folded (``qaida`` and ``qaeda``
  agree), unless it is one of the :data:`~.profiles.GENERIC` words;
* ``s<skeleton>``: that word's consonants, so transliterations that fold
  apart still meet (``Khilafa`` and ``Kalifah``: ``klf``);
* ``=<loose key>``: a whole name, transliteration folded, so that two groups
  both called "Islamic State" meet though every word of it is generic;
* ``b<word> <word>``: two words in a row of a name that has only generic
  words ("Jamaat Nusrat al-Islam wal-Muslimin": ``nusrat islam``...), so
  that its spellings meet;
* ``#<acronym>``: an acronym it lists (or a name holds, ``(MUJAO)``), and
  ``~<initials>``: the acronym its names would make; a listed acronym meets
  the same listed acronym or initials, initials meet only a listed acronym.

A key that more than ``max_block`` groups of either side hold (20 unless
told) says too little to block on (in 10,000 synthetic groups, a word such as
``Furqan`` that ~800 share) and is skipped: only its rarer keys can bring
such groups together. So each group meets a few others, whatever the size.

>>> from lineage.model import Dataset, Group
>>> from lineage.identity.profiles import profiles
>>> def ds(*names):
...     return Dataset(groups=[Group(id=f"g{i}", name=n) for i, n in enumerate(names)])
>>> a = profiles(ds("Al Qaeda in the Islamic Maghreb", "Islamic State"), "a")
>>> b = profiles(ds("AQIM", "Islamic State in Libya", "The Islamic State"), "b")
>>> sorted(blocked_pairs(a, b))  # "Islamic State in Libya" shares only generic words
[(0, 0), (1, 2)]
>>> blocked_pairs(profiles(ds("Ansar Dine", "Ansar al-Islam", "Sinai Province",
...                           "West Africa Province"), "a"), b)  # only generic words shared
set()
"""

from __future__ import annotations

from collections.abc import Sequence

from .profiles import Profile

__all__ = ["DEFAULT_MAX_BLOCK", "KeyIndex", "blocked_pairs"]

DEFAULT_MAX_BLOCK = 20
"""A key more groups than this hold (on either side) is not blocked on: as for scoring
(see :mod:`.scoring`), a word more than 20 groups bear says little of which group."""


class KeyIndex:
    """The profiles of one side by each of their keys."""

    def __init__(self, side: Sequence[Profile]) -> None:
        self.groups: dict[str, list[int]] = {}
        add = self.groups.setdefault
        for i, p in enumerate(side):
            for key in p.keys:
                add(key, []).append(i)

    def count(self, key: str) -> int:
        """How many groups hold ``key``."""
        return len(self.groups.get(key, ()))


def _probes(key: str) -> tuple[str, ...]:
    """The keys of the other side that ``key`` meets."""
    if key[0] == "#":
        return (key, "~" + key[1:])
    if key[0] == "~":
        return ("#" + key[1:],)
    return (key,)


def blocked_pairs(
    a: Sequence[Profile],
    b: Sequence[Profile],
    *,
    same: bool = False,
    max_block: int = DEFAULT_MAX_BLOCK,
) -> set[tuple[int, int]]:
    """``(i, j)`` for each ``a[i]``, ``b[j]`` sharing a key rare enough to block on.

    ``same``: ``a`` and ``b`` are one dataset; then ``i < j`` (never a group with itself).
    """
    index_b = KeyIndex(b)
    index_a = index_b if same else KeyIndex(a)
    pairs: set[tuple[int, int]] = set()
    add = pairs.add
    limit = max_block
    for key, holders in index_a.groups.items():
        if len(holders) > limit:
            continue
        for probe in _probes(key):
            found = index_b.groups.get(probe)
            if found is None or len(found) > limit:
                continue
            for i in holders:
                for j in found:
                    if not same:
                        add((i, j))
                    elif i != j:
                        add((i, j) if i < j else (j, i))
    return pairs
