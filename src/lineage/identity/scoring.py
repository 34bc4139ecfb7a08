"""Scoring a pair of groups: their names, their lives, their neighbours.

A score in [0, 1], built so that a wrong match is worse than none:

1. **Names** decide the score; the best of
   * the same name (:func:`~lineage.names.normalise` equal): 1.0; the same
     but for transliteration and function words (their words folded by
     :func:`~lineage.names.loose_key`, joined, equal: "Al Qaida" and
     "al-Qaeda", "Islamic Front" and "The Islamic Front"): 0.97;
   * an acronym one lists that the other's words make ("Al Qaeda in the
     Islamic Maghreb", ``AQIM``): 0.3 for two letters, 0.5 for three, 0.75
     for four, 0.85 for more; 0.1 more when both list it (an acronym is
     short: it names several groups);
   * the words of two names (:func:`token_similarity`): a weighted overlap
     in which a shared :data:`~.profiles.GENERIC` word counts little (0.2),
     and an unshared one still counts against (0.8), unless one name's
     words are all in the other's (then 0.3: "Ahrar al-Sham" within
     "Harakat Ahrar al-Sham al-Islamiyya"). Any other word counts 1.
     Words that differ by spelling alone (Jaro-Winkler ≥ 0.88 between
     folded words of four letters or more, numbers never) count as shared.
     Names whose words differ score at most 0.75, when one adds only
     generic words to a name they share a distinctive word of ("Ahrar
     al-Sham", "Harakat Ahrar al-Sham al-Islamiyya"); otherwise at most
     0.5: a word swapped for another ("Ras Kamboni Brigade" and "Movement"),
     a distinctive word added (a splinter or a branch is often its parent's
     name and a word: "Real IRA", "Ansar al-Islam Syria"), or only generic
     words in common ("Islamic State", "Movement for an Islamic State"),
     which dates and neighbours do not raise (3.). Names with
     different numbers ("Óglaigh na hÉireann 1" and "2") score at most
     0.3. So "Islamic State in Libya" and "Islamic State" score 0.29,
     "Ansar al-Shariah (Libya)" and "(Tunisia)" 0.17.
2. **Dates** can only confirm or refute: lives that cannot overlap (every
   date naming one group more than a year before the other was founded, or
   after it ended) multiply the score by 0.25; otherwise a founding alike
   (within a year, each known to three years) closes 25% of the gap to 1,
   lives that merely overlap 10%. Sources often disagree on when a group
   ended (one has it merge in 2015, another sees it in 2017): that is no
   conflict.
3. **Neighbours**: each group linked to both by lineage or pledge events
   that is itself a strong candidate (name and dates ≥ 0.7) closes 20% more.
   Dates and neighbours together close at most half the gap, and only for
   names that are plausible (above 0.5): they confirm a name, never make two
   different names alike. A name that scores 0.6 can reach 0.8, never more.

>>> from lineage.identity.profiles import GENERIC
>>> round(token_similarity({"islamic", "state", "libia"}, {"islamic", "state"}, GENERIC), 2)
0.29
>>> round(token_similarity({"ahrar", "sam"}, {"harakat", "ahrar", "sam", "islamia"}, GENERIC), 2)
0.75
>>> round(token_similarity({"jund", "kilafa"}, {"jund", "kalifa"}, GENERIC), 2)
0.98
>>> combine(0.9, "conflict", 3), combine(0.6, "founded alike", 2), combine(0.5, "founded alike", 2)
(0.225, 0.8, 0.5)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from collections.abc import Set as AbstractSet

from rapidfuzz.distance import JaroWinkler

from .profiles import Life, Profile

__all__ = [
    "SLACK_DAYS",
    "NameEvidence",
    "combine",
    "life_evidence",
    "life_reason",
    "name_evidence",
    "token_similarity",
]

SAME_NAME, SAME_LOOSE = 1.0, 0.97
ACRONYM = {2: 0.3, 3: 0.5, 4: 0.75}
ACRONYM_LONG, BOTH_LIST = 0.85, 0.1
SHARED_GENERIC, CONTAINED_GENERIC, SWAPPED_GENERIC = 0.2, 0.3, 0.8
WORDS_DIFFER, OTHERWISE_DIFFER, NUMBERS_DIFFER = 0.75, 0.5, 0.3
FUZZY = 0.88
SLACK_DAYS = 365
"""Sources disagree on dates: lives are ruled out only beyond a year's slack."""
PRECISE_DAYS = 3 * 366
CONFLICT, FOUNDED_ALIKE, OVERLAP, PER_NEIGHBOUR, CONTEXT_CAP = 0.25, 0.25, 0.1, 0.2, 0.5
CONTEXT_FLOOR = 0.5
_BONUS = {"founded alike": FOUNDED_ALIKE, "lives overlap": OVERLAP}

NameEvidence = tuple[float, str, str, str]
"""``(score, how, name in a, name in b)``."""


def token_similarity(ta: AbstractSet[str], tb: AbstractSet[str], generic: Collection[str]) -> float:
    """Weighted overlap of two names' folded words (see the module docstring)."""
    shared = ta & tb
    only_a, only_b = set(ta - shared), set(tb - shared)
    matched = sum(SHARED_GENERIC if t in generic else 1.0 for t in shared)
    own = matched > len(shared) * SHARED_GENERIC  # a word not generic is shared
    unmatched = 0.0  # so far: what the words spelt alike miss
    if only_a and only_b:
        for x, y, q in _fuzzy(only_a, only_b):
            only_a.discard(x)
            only_b.discard(y)
            weight = SHARED_GENERIC if x in generic and y in generic else 1.0
            matched += q * weight
            unmatched += (1.0 - q) * weight
            own = own or weight == 1.0
    if not matched:
        return 0.0
    against = CONTAINED_GENERIC if not (only_a and only_b) else SWAPPED_GENERIC
    unmatched += sum(against if t in generic else 1.0 for t in (*only_a, *only_b))
    return min(matched / (matched + unmatched), _cap(only_a, only_b, own, generic))


def _cap(only_a: set[str], only_b: set[str], own: bool, generic: Collection[str]) -> float:
    """How alike names can be whose words differ so (1.0: they do not differ)."""
    if not (only_a or only_b):
        return 1.0
    if any(not t.isalpha() for t in only_a) and any(not t.isalpha() for t in only_b):
        return NUMBERS_DIFFER
    added = only_a or only_b  # the words one name adds, when the other adds none
    if own and not (only_a and only_b) and all(t in generic for t in added):
        return WORDS_DIFFER
    return OTHERWISE_DIFFER


def _fuzzy(only_a: set[str], only_b: set[str]) -> list[tuple[str, str, float]]:
    """Greedy best pairs of words spelt alike (numbers and short words never)."""
    scored = sorted(
        (
            (JaroWinkler.normalized_similarity(x, y), x, y)
            for x in only_a
            if len(x) >= 4 and x.isalpha()
            for y in only_b
            if len(y) >= 4 and y.isalpha()
        ),
        reverse=True,
    )
    used: set[str] = set()
    out = []
    for q, x, y in scored:
        if q < FUZZY:
            break
        if x not in used and y not in used:
            used.update((x, y))
            out.append((x, y, q))
    return out


def _acronym(acronym: str, both: bool) -> float:
    return ACRONYM.get(len(acronym), ACRONYM_LONG if len(acronym) > 4 else 0.0) + (
        BOTH_LIST if both else 0.0
    )


def name_evidence(pa: Profile, pb: Profile, generic: Collection[str]) -> NameEvidence:
    """The best evidence the names of two groups give (see the module docstring)."""
    best: NameEvidence = (0.0, "", "", "")
    for fa in pa.forms:
        for fb in pb.forms:
            if fa.key == fb.key:
                return (SAME_NAME, "same name", fa.text, fb.text)
            if fa.loose == fb.loose:
                best = (SAME_LOOSE, "same name, spelling aside", fa.text, fb.text)
    if best[0]:
        return best
    for x, y, flip in ((pa, pb, False), (pb, pa, True)):
        for acronym in x.acronyms:
            both = acronym in y.acronyms
            if both or acronym in y.initials:
                score = _acronym(acronym, both)
                if score > best[0]:
                    other = acronym.upper() if both else _expanded(y, acronym)
                    how = "same acronym" if both else "acronym of the other's name"
                    pair = (other, acronym.upper()) if flip else (acronym.upper(), other)
                    best = (score, how, *pair)
    for fa in pa.forms:
        for fb in pb.forms:
            score = token_similarity(fa.tokens, fb.tokens, generic)
            if score > best[0]:
                best = (score, "names alike", fa.text, fb.text)
    return best


def _expanded(p: Profile, acronym: str) -> str:
    return next((f.text for f in p.forms if acronym in f.initials), acronym)


def _conflict(x: Life, y: Life) -> str:
    """How ``y``'s dates rule out ``x``'s life ('' if they do not): every one before ``x``
    was founded, or every one after it ended."""
    if y.named is None:
        return ""
    if x.founded is not None and y.named[1] < x.founded[0] - SLACK_DAYS:
        return "only named before the other was founded"
    if x.dissolved is not None and y.named[0] > x.dissolved[1] + SLACK_DAYS:
        return "only named after the other ended"
    return ""


def life_evidence(la: Life, lb: Life) -> str:
    """``"conflict"``, ``"founded alike"``, ``"lives overlap"`` or ``"no dates"``."""
    if la.named is None or lb.named is None:
        return "no dates"
    if _conflict(la, lb) or _conflict(lb, la):
        return "conflict"
    fa, fb = la.founded, lb.founded
    if (
        fa is not None
        and fb is not None
        and fa[1] - fa[0] <= PRECISE_DAYS
        and fb[1] - fb[0] <= PRECISE_DAYS
        and fa[0] - SLACK_DAYS <= fb[1]
        and fb[0] - SLACK_DAYS <= fa[1]
    ):
        return "founded alike"
    return "lives overlap"


def _years(span: tuple[int, int] | None) -> str:
    """``1950``, ``1949–1951``, ``…–1950`` (on or before), ``1950–…`` (on or after)."""
    if span is None:
        return "?"
    lo, hi = (dt.date.fromordinal(d).year for d in span)
    shown = ["…" if y in (1, 9999) else str(y) for y in (lo, hi)]
    return shown[0] if lo == hi else "–".join(shown)


def life_reason(kind: str, la: Life, lb: Life) -> str:
    """The date evidence in words, with the years it rests on."""
    if kind == "conflict":
        why = _conflict(la, lb) or _conflict(lb, la)
        side = "b" if _conflict(la, lb) else "a"
        return f"lives cannot overlap: {side} is {why} (a: {_life(la)}; b: {_life(lb)})"
    if kind == "founded alike":
        return f"founded alike: {_years(la.founded)} and {_years(lb.founded)}"
    if kind == "lives overlap":
        return f"lives overlap (a: {_life(la)}; b: {_life(lb)})"
    return "no dates to compare"


def _life(life: Life) -> str:
    named = f"named {_years(life.named)}" if life.named else ""
    parts = [
        f"founded {_years(life.founded)}" if life.founded else "",
        f"ended {_years(life.dissolved)}" if life.dissolved else "",
        named,
    ]
    return ", ".join(p for p in parts if p)


def combine(name: float, life: str, neighbours: int) -> float:
    """The final score from the name score, the date evidence and the shared neighbours."""
    if life == "conflict":
        return name * CONFLICT
    if name <= CONTEXT_FLOOR:
        return name
    bonus = min(CONTEXT_CAP, _BONUS.get(life, 0.0) + PER_NEIGHBOUR * neighbours)
    return name + (1.0 - name) * bonus
