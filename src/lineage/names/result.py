"""What resolving a name found, and why: :class:`NameMatch`.

``match`` is one of

==========  =====================================================================
exact       the record's id, or one of its names as written or but for case,
            accents and punctuation
rule        one of its names under the spelling rules (:mod:`.rules`), a shape
            rule (:mod:`.structure`) or another wording (:mod:`.wording`: small
            words, word order, plural endings): ``rules`` names each rule used
fuzzy       one of its names with one or two words misspelt (:mod:`.typos`:
            a word no name holds, one letter off a word that one does, and the
            rest of the name exactly as the rules read it); ``rules`` says
            which words were read as slips
none        not resolved; ``runners_up`` holds close names, if any (similarity
            alone never resolves a name, it only suggests)
ambiguous   several records bear the name: ``candidates`` lists them
==========  =====================================================================

``score`` is the similarity (0–100) of the spelling to the name it matched or to
the closest name: an indication, never what decided the match.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, Literal, Protocol, TypeVar

from ..model import Name, PartialDate, holds_at, parse_date, spans_into, surely_spans_into

__all__ = [
    "TIER_WHY",
    "Candidate",
    "Kind",
    "Match",
    "NameMatch",
    "Named",
    "bearers",
    "match_line",
    "out_of_time",
    "similarity",
]

Kind = Literal["exact", "rule", "fuzzy", "none", "ambiguous"]

TIER_WHY = {
    "id": "its id",
    "alias": "an id it has in a combined dataset",
    "exact": "exact name",
    "normalised": "the same name but for case, accents or punctuation",
}


class Named(Protocol):
    """A record with names: a :class:`~lineage.models.Group` or :class:`~lineage.models.Person`."""

    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...

    def all_names(self) -> Iterator[Name]: ...


R = TypeVar("R", bound=Named)


@dataclass(frozen=True, slots=True)
class Match:
    """One record found by a tier: its id, the name of it that matched, the tier
    (``id``, ``alias``, ``exact``, ``normalised``, ``rules``, ``shape``, ``wording``,
    ``slip``) and the
    rules used, in the words shown to a user."""

    id: str
    name: str
    tier: str
    rules: tuple[str, ...] = ()

    @property
    def kind(self) -> Kind:
        """The ``match`` of a :class:`NameMatch` found by this tier."""
        if self.tier in ("id", "alias", "exact", "normalised"):
            return "exact"
        return "fuzzy" if self.tier == "slip" else "rule"

    def under(self, rule: str) -> Match:
        """This match, found through one more (shape) rule, named first."""
        return Match(self.id, self.name, "shape", (rule, *self.rules))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A record close to a spelling: its id, its closest name and their similarity."""

    id: str
    name: str
    score: float


@dataclass(frozen=True)
class NameMatch(Generic[R]):
    """What a spelling resolved to, and why (see the module for ``match``).

    ``record`` and ``name`` (the name of it that matched) are None unless
    resolved; ``tier`` is ``id``, ``alias``, ``exact``, ``normalised``, ``rules``,
    ``shape``, ``wording`` or ``slip`` when resolved; ``rules`` the rules used; ``runners_up`` the
    closest other records; ``candidates`` ``(id, description)`` when ambiguous;
    ``note`` why a spelling close to a name was not taken for it.
    """

    query: str
    match: Kind
    record: R | None = None
    name: str | None = None
    tier: str = ""
    rules: tuple[str, ...] = ()
    score: float = 0.0
    runners_up: tuple[Candidate, ...] = ()
    candidates: tuple[tuple[str, str], ...] = ()
    note: str = ""

    @property
    def id(self) -> str | None:
        """The id of the record found, or None."""
        return self.record.id if self.record is not None else None

    @property
    def resolved(self) -> bool:
        return self.record is not None

    @property
    def why(self) -> str:
        """The reason in a few words: the tier or the rules, or why not resolved."""
        if self.record is not None:
            return ", ".join(self.rules) or TIER_WHY.get(self.tier, self.tier)
        if self.match == "ambiguous":
            return "could mean: " + "; ".join(f"{cid} ({d})" for cid, d in self.candidates)
        parts = [self.note] if self.note else []
        if self.runners_up:
            best = self.runners_up[0]
            parts.append(
                f"closest: {best.name!r} ({best.id}, {best.score:.0f}) — "
                "similarity alone never resolves a name"
            )
        return "; ".join(parts) or "no name or spelling of one matches"

    def line(self) -> str:
        """One line for a user: what was matched and why.

        >>> from lineage import load
        >>> print(load().resolve("Ansar el-Dine").line())
        matched 'Ansar el-Dine' → Ansar Dine: el- dropped
        """
        if self.record is None:
            return f"not matched {self.query!r}: {self.why}"
        shown = self.record.name
        if self.name is not None and self.name != shown:
            shown += f" (as {self.name!r})"
        return f"matched {self.query!r} → {shown}: {self.why}"

    def __str__(self) -> str:
        return self.line()

    def __repr__(self) -> str:
        """The match in one line, the record by its id (a record's repr runs to pages).

        >>> from lineage import load
        >>> load().resolve("Ansar Eddine")  # doctest: +NORMALIZE_WHITESPACE
        NameMatch(query='Ansar Eddine', match='rule', id='ansar-dine', name='Ansar Dine',
                  tier='rules', rules=('eddine→dine',), score=90.0)
        """
        shown = f"query={self.query!r}, match={self.match!r}, id={self.id!r}, name={self.name!r}"
        shown += f", tier={self.tier!r}, rules={self.rules!r}, score={self.score}"
        if self.candidates:
            shown += f", candidates={[cid for cid, _ in self.candidates]!r}"
        return f"{type(self).__name__}({shown})"


def match_line(found: NameMatch[R]) -> str:
    """The line ``lineage show`` prints above a group found by a rule or a slip, or by a
    name it did not bear at the date asked; ``""`` when the name was the record's id or
    one of its names as written (nothing to explain).

    >>> from lineage import load
    >>> lg = load()
    >>> match_line(lg.resolve("AQIM")), match_line(lg.resolve("Ansar Eddine"))
    ('', "matched 'Ansar Eddine' → Ansar Dine: eddine→dine")
    """
    return found.line() if found.match in ("rule", "fuzzy") or found.rules else ""


def out_of_time(record: Named, found: Match, at: PartialDate | None) -> tuple[str, ...]:
    """Why a name matched that the record did not bear at ``at``: its span, said so
    (a record is still found by a former name, as GTD rows of later years write it)."""
    if at is None:
        return ()
    spans = [n for n in record.all_names() if n.name == found.name]
    if not spans or any(holds_at(n.start, n.end, at) for n in spans):
        return ()
    span = "; ".join(f"{n.start or '…'} to {n.end or '…'}" for n in spans)
    said = () if found.rules else (TIER_WHY.get(found.tier, found.tier),)
    return (*said, f"a name it bore {span}, not at {at}")


def similarity(query: str, name: str) -> float:
    """rapidfuzz WRatio of the normalised forms, 0–100 (as the suggestions score)."""
    from rapidfuzz import fuzz

    from .fold import normalise

    return round(float(fuzz.WRatio(normalise(query), normalise(name))), 1)


def bearers(
    entries: list[tuple[str, Name]],
    at: PartialDate,
    exists: Callable[[str, PartialDate], bool] | None,
) -> tuple[list[str], set[str], list[str]]:
    """Of the records whose ``entries`` (record id, name) a name matched, those that
    existed within ``at``: the ones that bore it as of the end of ``at``, the ones
    that surely bore it at some time within ``at``, and the ones that may have."""
    first = parse_date(at.earliest.isoformat())
    alive = [e for e in entries if exists is None or exists(e[0], at) or exists(e[0], first)]
    now = [
        r for r, n in alive if holds_at(n.start, n.end, at) and (exists is None or exists(r, at))
    ]
    sure = {r for r, n in alive if surely_spans_into(n.start, n.end, at)}
    within = [r for r, n in alive if spans_into(n.start, n.end, at)]
    return list(dict.fromkeys(now)), sure, list(dict.fromkeys(within))
