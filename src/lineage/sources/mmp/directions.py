"""Which way a relation goes, read from a row's description by a small table of rules.

MMP's codebook does not fix the direction of ``aff``, ``spl`` or ``mer`` rows
(nor does the order of its columns), so a direction is taken only where the
description states it. Each rule of :data:`RULES` is a regular expression over
a sentence in which the row's two groups are marked ``⟦0⟧``/``⟦1⟧``
(:mod:`.mentions`); it reads the groups ``A`` and ``B``, which mean:

==============  ===============================  ================================
relation        ``A``                            ``B``
==============  ===============================  ================================
``pledge``      the group that pledged           the group it pledged to (patron)
``split``       the splinter (formed or joined)  the parent it left
``absorption``  the group merged into another    the group that continued
``merger``      a party of the merger            the group the merger formed
==============  ===============================  ================================

Placeholders: ``{A}`` is a mention right there (after an optional "the" or
"its"); ``{A...}`` is the nearest mention of a group before what follows, with
anything in between (the subject of a sentence such as "X, founded in 1990,
split from Y"); the other group must differ.

**Fealty.** An ``aff`` row is a pledge only where the words state fealty:
allegiance, loyalty, fealty or bay'ah pledged, declared, sworn or vowed *to*
the other group, or an act of allegiance signed for it, or loyalty kept to
it — by the group, its leader or its leadership, not by a member, one
senior figure among several, or a co-founder; being a branch, wing, front,
affiliate, franchise, department or division *of* it (created as one, or
said to be one); taking orders from it; falling under its umbrella.
Cooperation is not fealty: fighting alongside, joint or claimed attacks,
training, funding, hosting or a safe haven, "pledged support", "declared
support", "affiliated with", "affiliates", shared members, fighters drawn
from the other, designation as linked or associated. Such rows stay
undirected affiliations, as does "X joined Y" in an ``aff`` row (row 1987:
"rumored ... joined AQ as an ally"). A ``spl`` row is not read as a split
where a group "separated itself from" another (distancing from an ally) or
ended or renounced an affiliation: no splinter is named.

A reading is *hedged* when its sentence says "reportedly", "allegedly",
"purportedly", "suspected", "rumored", "believed" or "possibly"; the
importer then gives the event low confidence.

>>> names = {"a": ["Alpha Front"], "b": ["Beta Brigade"]}
>>> read_direction("spl", "In 2014 Beta Brigade split from Alpha Front.", names)[:4]
('split', 'b', 'a', 'X split from Y')
>>> read_direction("aff", "Beta Brigade reportedly pledged allegiance to Alpha Front.", names)
Reading(relation='pledge', first='b', second='a', rule='X pledged allegiance to Y', \
words='Beta Brigade reportedly pledged allegiance to Alpha Front', hedged=True)
>>> print(read_direction("aff", "Beta Brigade fought alongside Alpha Front.", names))
None
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from .mentions import Marked, Names, marked_sentences

__all__ = ["RULES", "Reading", "Rule", "apply_rule", "read_direction"]


class Rule(NamedTuple):
    """A phrasing that states a direction: its name, relation, MMP type and pattern."""

    name: str
    relation: str  # pledge | split | absorption | merger
    type: str  # the MMP type whose rows it reads: aff | spl | mer
    pattern: str  # a regex over a marked sentence, with {A}, {A...}, {B}, {B...}


class Reading(NamedTuple):
    """A direction read from a description: ``first`` is A, ``second`` is B."""

    relation: str
    first: str
    second: str
    rule: str
    words: str  # the description's words that state it
    hedged: bool


_THE = r"(?:the |its )?"
_PAREN = r"(?: \([^)]*\))?"
_SPLIT_VERB = (
    r"(?:splits?(?: off| away)?|splinter(?:ed|s)|broke (?:away|off)|breaks away|"
    r"separated|defected|seceded)"
)
_FORM = r"(?:to form|to found|to create|forming|founding|and formed|and founded)"
_NEW = r"(?: an? (?:new|separate) (?:group|organi[sz]ation|unit)(?: called| named| known as)?)?"
_PLEDGE_ADVERB = (
    r"(?: (?:has|have|had|also|formally|officially|initially|publicly|openly|later|then|"
    r"first|once|reportedly|allegedly|again))*"
)
_LINK = (
    r"(?:,| (?:is|was|are|were|remains|remained|became|has been|had been|acted as|acts as|"
    r"served as|serves as|operates as|operated as|created to be|created as|formed as|"
    r"reportedly|allegedly|also|now|once|formally|officially|effectively|originally))*"
)

RULES: tuple[Rule, ...] = (
    Rule("X pledged allegiance to Y", "pledge", "aff",
         r"{A}" + _PAREN + _PLEDGE_ADVERB + r" (?:pledged|pledges|declared|declares|swore|"
         r"swears|sworn|vowed|vows|re-pledged|renewed)(?: (?:its|their|his|a|an|formal|full))*"
         r" (?:allegiance|loyalty|fealty|bay'?ah|bay'?at|loyalty oath|oath of allegiance)"
         r"(?: oath)? (?:to|for) {B}"),
    Rule("X's pledge of allegiance to Y", "pledge", "aff",
         r"{A}'s? (?:pledge|oath|declaration) of (?:allegiance|loyalty|fealty|bay'?ah) to {B}"),
    Rule("X is a branch/wing/front/affiliate of Y", "pledge", "aff",
         r"{A}" + _PAREN + _LINK + r" (?:an?|the|its) (?:[\w-]+ ){0,3}?(?:branch|wing|front|"
         r"affiliate|franchise|department|division)(?: group| organi[sz]ation)? (?:of|to|for) {B}"),
    Rule("X takes orders from Y", "pledge", "aff",
         r"{A}" + _PAREN + r" (?:takes|took|take|taking) orders from (?:both )?{B}"),
    Rule("X falls under the umbrella of Y", "pledge", "aff",
         r"{A}" + _PAREN + r" (?:falls|fell|is|was|operates|operated) (?:in|under|within) "
         r"the umbrella of {B}"),
    Rule("X split from Y", "split", "spl", r"{A...}\b" + _SPLIT_VERB + r"(?: from)+ {B}"),
    Rule("X left Y", "split", "spl", r"{A...}\bleft {B}"),
    Rule("X, a splinter of Y", "split", "spl",
         r"{A...}\ban? (?:splinter|breakaway)(?: group| faction| organi[sz]ation)? of {B}"),
    Rule("members of Y split to form X", "split", "spl",
         r"{B...}\b(?:splits?(?: off)?|broke (?:away|off)|splintered|left)\b[^.;]{0,80}?"
         r"\b(?:to|and) (?:form|found|create)" + _NEW + " {A}"),
    Rule("split from Y to form X", "split", "spl",
         r"\b(?:" + _SPLIT_VERB + r" from|left) {B}[^⟦]{0,60}?\b" + _FORM + _NEW + " {A}"),
    Rule("members of Y formed X", "split", "spl",
         r"\b(?:members|fighters|dissidents|militants|an? (?:breakaway |splinter )?"
         r"(?:faction|group)) of {B}[^⟦]{0,40}?\b(?:formed|founded|created|helped (?:to )?"
         r"(?:found|form|create)) {A}"),
    Rule("X merged into Y", "absorption", "mer",
         r"{A...}\b(?:merged|merges|merge|was incorporated|were incorporated|incorporated|"
         r"integrated)(?: together)?(?: (?:their|its) (?:groups?|organi[sz]ations?|forces))?"
         r"(?: with [^⟦]{1,40}?)? into {B}"),
    Rule("merged X into Y", "absorption", "mer", r"\bmerged {A} into {B}"),
    Rule("X joined Y", "absorption", "mer",
         r"{A...}\b(?:formally |officially )?(?:re)?joined {B}"),
    Rule("Y absorbed X", "absorption", "mer",
         r"{B...}\babsorbed (?:the (?:remaining )?(?:membership|members|assets|fighters|"
         r"remnants) of )?{A}"),
    Rule("X and Y merged to form Z", "merger", "mer",
         r"{A...}\b(?:merged|merges|merge|united|combined)\b[^.;]{0,60}?\b(?:to (?:form|create)|"
         r"into a new (?:organi[sz]ation|group)(?: called| named| known as)?) {B}"),
    Rule("Z was formed by the merger of X", "merger", "mer",
         r"{B}[^⟦]{0,80}?\b(?:formed|founded|created|established)\b[^⟦]{0,40}?"
         r"\bby (?:the |a )?merger of [^⟦]{0,80}?{A}"),
)  # fmt: skip
"""The rules, tried in this order; the first that reads a row decides."""

_HEDGE = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|suspected|rumou?red|believed|possibly)\b", re.I
)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """The rule's pattern with its placeholders expanded (the second must differ)."""
    first = "A" if pattern.find("{A") < pattern.find("{B") else "B"
    second = "B" if first == "A" else "A"

    def slot(name: str, loose: bool) -> str:
        differs = f"(?!(?P={first}))" if name == second else ""
        if loose:
            return rf"⟦(?P<{name}>{differs}\d)⟧(?:(?!⟦(?P={name})⟧).)*?"
        return rf"{_THE}⟦(?P<{name}>{differs}\d)⟧"

    out = pattern
    for name in (first, second):
        out = out.replace(f"{{{name}...}}", slot(name, True)).replace(
            f"{{{name}}}", slot(name, False)
        )
    return re.compile(out, re.I)


def _match(rule: Rule, sentence: Marked) -> Reading | None:
    m = _compiled(rule.pattern).search(sentence.text)
    if m is None:
        return None
    a, b = sentence.ids[int(m.group("A"))], sentence.ids[int(m.group("B"))]
    words = sentence.words(m.start(), m.end()).strip(" ,")
    return Reading(rule.relation, a, b, rule.name, words, bool(_HEDGE.search(sentence.source)))


def apply_rule(rule: Rule, description: str, names: Names) -> Reading | None:
    """What ``rule`` reads in ``description`` (the first sentence it reads), or None."""
    for sentence in marked_sentences(description, names):
        reading = _match(rule, sentence)
        if reading is not None:
            return reading
    return None


def read_direction(mmp_type: str, description: str, names: Names) -> Reading | None:
    """The direction the first rule for ``mmp_type`` reads in ``description``, or None."""
    sentences = marked_sentences(description, names)
    for rule in RULES:
        if rule.type != mmp_type:
            continue
        for sentence in sentences:
            reading = _match(rule, sentence)
            if reading is not None:
                return reading
    return None
