"""xref: which groups of two datasets (or of one) are likely one, scored, with reasons.

xref only *proposes*: :func:`xref` returns scored :class:`Candidate` pairs;
a person, or a threshold through :func:`candidates_to_links`, decides, and
the resolver (:mod:`.resolver`) applies the decisions. Three steps, as in the
links file's design, each testable alone.

Linking is not all-pairs: :mod:`.blocking` finds the pairs sharing a rare
enough key (a distinctive word, a whole name, an acronym), and only those are
scored, by their names, their dates and their shared neighbours
(:mod:`.scoring` says how and why).

>>> from lineage.model import Dataset, Group, Name
>>> ours = Dataset(groups=[
...     Group(id="aqim", name="Al Qaeda in the Islamic Maghreb", founded="2007"),
...     Group(id="is-libya", name="Islamic State in Libya", founded="2014")])
>>> theirs = Dataset(groups=[
...     Group(id="g1", name="AQIM", names=[Name(name="AQIM", kind="acronym", note="key")],
...           founded="2007-01"),
...     Group(id="g2", name="Islamic State", founded="2013")])
>>> found = xref(ours, theirs, a_name="ours", b_name="theirs", min_score=0)
>>> [(c.a, c.b, round(c.score, 2)) for c in found]  # IS and IS in Libya: only generic words
[('ours:aqim', 'theirs:g1', 0.81)]
>>> found[0].reasons
("acronym of the other's name: 'Al Qaeda in the Islamic Maghreb' / 'AQIM'", 'founded alike: 2007 and 2007')
>>> links = candidates_to_links(found, accept_above=0.8, decided_by="xref", date="2026-11-25")
>>> [(k.a, k.b, k.judgement) for k in links.links]
[('ours:aqim', 'theirs:g1', 'same')]
"""  # noqa: E501

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from .._gc import collector_paused
from ..exceptions import ArgumentError
from ..model import Dataset
from .blocking import DEFAULT_MAX_BLOCK, blocked_pairs
from .links import QUALIFIED_PATTERN, Link, Links, canonical_links
from .profiles import GENERIC, NameForm, Profile, profiles
from .resolver import Pair, Resolution
from .scoring import NameEvidence, combine, life_evidence, life_reason, name_evidence

__all__ = [
    "DEFAULT_ACCEPT",
    "DEFAULT_MIN_SCORE",
    "Candidate",
    "Judged",
    "candidates_to_links",
    "xref",
]

DEFAULT_MIN_SCORE = 0.5
"""Candidates scoring less are not returned (``min_score=0`` returns every pair scored)."""
DEFAULT_ACCEPT = 0.8
"""The threshold the CLI accepts candidates above, unless told otherwise."""
STRONG = 0.7
"""A pair this strong (by names and dates) counts as a shared neighbour of others."""

Judged = Links | Resolution | Collection[tuple[str, str]]
"""Pairs already judged: a links file, a resolution, or pairs of qualified ids."""


@dataclass(frozen=True)
class Candidate:
    """A pair of groups xref proposes as one: ``a`` from the first dataset, ``b`` from the
    second (qualified ids), its ``score`` in [0, 1], and why.

    ``name_score`` is the names' part of it; ``names`` the names that matched and how;
    ``dates`` the date evidence; ``neighbours`` the pairs of neighbours that match.
    """

    a: str
    b: str
    score: float
    name_score: float
    names: str
    dates: str
    neighbours: tuple[str, ...] = ()

    @property
    def pair(self) -> Pair:
        """The unordered pair, smaller id first (as a :class:`Link` keeps it)."""
        return (self.a, self.b) if self.a < self.b else (self.b, self.a)

    @property
    def reasons(self) -> tuple[str, ...]:
        """Every reason, in words: names, dates, then each shared neighbour."""
        return (self.names, self.dates, *(f"shared neighbour: {n}" for n in self.neighbours))


def xref(
    a: Dataset,
    b: Dataset,
    *,
    a_name: str,
    b_name: str,
    known: Judged | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
    max_block: int = DEFAULT_MAX_BLOCK,
) -> list[Candidate]:
    """Candidate pairs of groups of ``a`` and ``b``, best first.

    ``a_name`` and ``b_name`` are the datasets' names in qualified ids
    (``<name>:<record id>``, as in a links file). With one name for both,
    ``a`` and ``b`` must be one dataset: xref then proposes likely duplicates
    within it, each pair once, never a group with itself. Pairs ``known``
    judges (any judgement) are skipped. Only pairs sharing a blocking key
    rarer than ``max_block`` groups are scored (see :mod:`.blocking`); those
    scoring at least ``min_score`` are returned.
    """
    for name in (a_name, b_name):
        if not re.fullmatch(QUALIFIED_PATTERN, f"{name}:x"):
            raise ArgumentError(
                f"{name!r} is not a dataset's name",
                "name a dataset by its file's stem, a slug (a-z, 0-9, '.', '_', '-'): 'mmp'",
            )
    same = a_name == b_name
    if same and a is not b:
        raise ArgumentError(
            f"two datasets are both named {a_name!r}",
            "give each dataset its own name (the stem of its file's name)",
        )
    with collector_paused():
        return _xref(a, b, a_name, b_name, same, known, min_score, max_block)


def _xref(
    a: Dataset,
    b: Dataset,
    a_name: str,
    b_name: str,
    same: bool,
    known: Judged | None,
    min_score: float,
    max_block: int,
) -> list[Candidate]:
    forms: dict[tuple[str, bool], NameForm] = {}
    pa = profiles(a, a_name, forms=forms)
    pb = pa if same else profiles(b, b_name, forms=forms)
    generic = _generic(pa, pb)
    judged = _judged(known)
    pairs = [
        (pa[i], pb[j])
        for i, j in sorted(blocked_pairs(pa, pb, same=same, max_block=max_block))
        if not judged(pa[i].qid, pb[j].qid)
    ]
    first = [_first(p, q, generic) for p, q in pairs]
    strong: dict[str, set[str]] = {}
    for (p, q), (name, life) in zip(pairs, first, strict=True):
        if combine(name[0], life, 0) >= STRONG:
            strong.setdefault(p.id, set()).add(q.id)
            if same:
                strong.setdefault(q.id, set()).add(p.id)
    out = []
    for (p, q), (name, life) in zip(pairs, first, strict=True):
        shared = _shared(p, q, strong, same) if life != "conflict" else []
        score = combine(name[0], life, len(shared))
        if score >= min_score:
            out.append(_candidate(p, q, score, name, life, shared, (a_name, b_name)))
    return sorted(out, key=lambda c: (-c.score, c.a, c.b))


def _generic(pa: list[Profile], pb: list[Profile]) -> frozenset[str]:
    """:data:`GENERIC`, and the words more than 1% of either side's groups (and 20) bear."""
    frequent: set[str] = set()
    for side in (pa, pb) if pa is not pb else (pa,):
        counts = Counter(t for p in side for t in p.tokens)
        cap = max(20, len(side) // 100)
        frequent.update(t for t, n in counts.items() if n > cap)
    return GENERIC | frequent


def _judged(known: Judged | None) -> Callable[[str, str], bool]:
    if known is None:
        return lambda _a, _b: False
    if isinstance(known, Resolution):
        resolution = known
        return lambda a, b: resolution.judgement(a, b) is not None
    listed = known.links if isinstance(known, Links) else known
    pairs = {_ordered(*(k.pair if isinstance(k, Link) else k)) for k in listed}
    return lambda a, b: _ordered(a, b) in pairs


def _ordered(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


def _first(p: Profile, q: Profile, generic: frozenset[str]) -> tuple[NameEvidence, str]:
    evidence = name_evidence(p, q, generic)
    life = life_evidence(p.life, q.life) if evidence[0] else "no dates"
    return evidence, life


def _shared(
    p: Profile, q: Profile, strong: dict[str, set[str]], same: bool
) -> list[tuple[str, str, str, str]]:
    """``(x, y, how x is tied to p, how y to q)`` for each neighbour ``x`` of ``p`` strongly
    matched to a neighbour ``y`` of ``q`` (within one dataset, neither ``p`` nor ``q``)."""
    out = []
    for x, kind in p.neighbours.items():
        for y in strong.get(x, ()):
            if y in q.neighbours and not (same and (p.id in (x, y) or q.id in (x, y))):
                out.append((x, y, kind, q.neighbours[y]))
                break
    return out


def _candidate(
    p: Profile,
    q: Profile,
    score: float,
    name: NameEvidence,
    life: str,
    shared: list[tuple[str, str, str, str]],
    names: tuple[str, str],
) -> Candidate:
    score_n, how, na, nb = name
    shown = f"{how} ({score_n:.2f})" if how == "names alike" else how
    neighbours = tuple(f"{names[0]}:{x} ~ {names[1]}:{y} ({k}; {m})" for x, y, k, m in shared)
    dates = life_reason(life, p.life, q.life)
    return Candidate(p.qid, q.qid, score, score_n, f"{shown}: {na!r} / {nb!r}", dates, neighbours)


def candidates_to_links(
    candidates: Iterable[Candidate],
    *,
    accept_above: float,
    decided_by: str,
    date: dt.date | str,
    one_to_one: bool = True,
) -> Links:
    """``same`` links for the candidates scoring above ``accept_above``, reasons as evidence.

    ``one_to_one``: taking candidates best first, a record already linked is not
    linked again (a wrong match is worse than none: the weaker candidate is left
    for a person to judge). Pass ``False`` to link every candidate above the
    threshold, as when looking for several duplicates of one record.
    """
    taken: set[str] = set()
    links: dict[Pair, Link] = {}
    for c in sorted(candidates, key=lambda c: (-c.score, c.a, c.b)):
        if c.score <= accept_above or c.pair in links:
            continue
        if one_to_one and (c.a in taken or c.b in taken):
            continue
        taken.update((c.a, c.b))
        note = f"xref score {c.score:.2f}, accepted above {accept_above:g}: {c.names}"
        links[c.pair] = Link(
            a=c.a,
            b=c.b,
            judgement="same",
            note=note,
            decided_by=decided_by,
            date=date,  # validated: a day, or its text YYYY-MM-DD
            evidence=c.reasons,
        )
    return canonical_links(Links(links=tuple(links.values())))
