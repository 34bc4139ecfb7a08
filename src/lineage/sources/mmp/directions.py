"""Who did what to whom, read from a relationship's free-text description.

MMP's order of the two groups is not reliable for splits, and says nothing
about who merged into whom, so the description is read for a verb with the
two groups around it. Each reader takes the description and the names each
group may be written under (group id → aliases) and gives a pair of group
ids, or ``None`` when the description does not say:

* :func:`split_direction` → ``(splinter, parent)``: "X split from Y",
  "X broke away from Y", "X, a splinter of Y", "members of Y split to form X";
* :func:`merged_into` → ``(absorbed, continuing)``: "X merged into Y",
  "X joined Y", "Y absorbed X";
* :func:`merged_to_form` → ``(party, result)``: "X and Y merged to form Z";
* :func:`pledged_to` → ``(group, patron)``: "X pledged allegiance to Y".

>>> names = {"a": ["Alpha Front"], "b": ["Beta Brigade"]}
>>> split_direction("In 2014 Beta Brigade split from Alpha Front.", names)
('b', 'a')
>>> split_direction("Members of the Alpha Front split to form the Beta Brigade.", names)
('b', 'a')
>>> merged_into("Beta Brigade absorbed Alpha Front.", names)
('a', 'b')
>>> print(pledged_to("They cooperate.", names))
None

A name inside a longer proper name does not count ("Irish Republican Army"
in "Provisional Irish Republican Army"), and overlapping names go to the
longer one.
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["merged_into", "merged_to_form", "pledged_to", "split_direction"]

Names = dict[str, list[str]]  # group id -> the names a description may write it under

_SPLIT_FROM = re.compile(
    r"\b(?:split(?:s)?(?: off)?|splinter(?:ed|s)?|broke away|breaks away|separated(?: itself)?|"
    r"defected|seceded|left)\b(?:\s+from)+\b",
    re.I,
)
_SPLINTER_OF = re.compile(r"\bsplinter(?: group| faction)? of\b", re.I)
_SPLIT_TO_FORM = re.compile(
    r"\b(?:split|splits|broke away|splinter(?:ed)?|left)\b[^.]{0,80}?"
    r"\b(?:to|and) (?:form|found|create)\b",
    re.I,
)
_INTO = re.compile(
    r"\b(?:merged|merges|merge|was incorporated|were incorporated|incorporated|"
    r"formally joined|joined)"
    r"(?: together)?\s+(?:with\s+\S+\s+)?into\b|\b(?:formally )?joined\b",
    re.I,
)
_ABSORBED = re.compile(r"\babsorbed\b", re.I)
_TO_FORM = re.compile(r"\bto (?:form|create)\b|\binto a new organi[sz]ation(?: called)?\b", re.I)
_PLEDGED_TO = re.compile(
    r"\b(?:pledged|declared|swore|sworn)\b[^.]{0,40}?\b(?:allegiance|loyalty|bay'?ah?)\b[^.]{0,15}?\bto\b"
    r"|\bformally joined\b|\bjoined\b",
    re.I,
)
_NOT_A_NAME_START = {"The", "A", "An", "In", "When", "After", "Members", "Some", "Its", "Former"}


def split_direction(description: str, names: Names) -> tuple[str, str] | None:
    """``(splinter, parent)`` as the description states it, or None."""
    return (
        _direction(_SPLIT_FROM, description, names, "subject-verb-object")
        or _direction(_SPLINTER_OF, description, names, "subject-verb-object")
        or _direction(_SPLIT_TO_FORM, description, names, "object-verb-subject")
    )


def merged_into(description: str, names: Names) -> tuple[str, str] | None:
    """``(absorbed, continuing)``: "X merged into Y", "X joined Y" or "Y absorbed X"."""
    into = _direction(_INTO, description, names, "subject-verb-object")
    if into is not None:
        return into
    absorbed = _direction(_ABSORBED, description, names, "subject-verb-object")
    return None if absorbed is None else (absorbed[1], absorbed[0])


def merged_to_form(description: str, names: Names) -> tuple[str, str] | None:
    """``(party, result)``: "X (and others) merged to form Y"."""
    return _direction(_TO_FORM, description, names, "subject-verb-object")


def pledged_to(description: str, names: Names) -> tuple[str, str] | None:
    """``(group, patron)``: "X pledged allegiance to Y", "X joined Y"."""
    return _direction(_PLEDGED_TO, description, names, "subject-verb-object")


class _Aliases:
    """Occurrences of the two groups' names in one sentence of a description.

    An alias is skipped when it sits inside a longer proper name (preceded by a
    capitalised word, as 'Irish Republican Army' in 'Provisional Irish
    Republican Army'); where two aliases overlap the longer wins.
    """

    def __init__(self, text: str, groups: Names) -> None:
        found: list[tuple[int, int, str]] = []
        for gid, names in groups.items():
            for alias in names:
                if len(alias) < 2:
                    continue
                flags = 0 if alias.isupper() else re.I
                for m in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text, flags):
                    prev = re.search(r"([A-Z][\w'’-]*)\s+$", text[: m.start()])
                    if prev and prev.group(1) not in _NOT_A_NAME_START:
                        continue
                    found.append((m.start(), m.end(), gid))
        found.sort(key=lambda o: (-(o[1] - o[0]), o[0]))
        kept: list[tuple[int, int, str]] = []
        for s, e, gid in found:
            if all(e <= ks or s >= ke for ks, ke, _ in kept):
                kept.append((s, e, gid))
        self.spans = sorted(kept)

    def first_before(self, pos: int) -> str | None:
        """The sentence's first group, if it comes before ``pos`` (the subject)."""
        prior = [o for o in self.spans if o[1] <= pos]
        return prior[0][2] if prior else None

    def nearest_before(self, pos: int) -> str | None:
        """The group named last before ``pos``."""
        prior = [o for o in self.spans if o[1] <= pos]
        return prior[-1][2] if prior else None

    def right_after(self, text: str, pos: int) -> str | None:
        """The group named right after ``pos`` (only 'the'/'its' may come between)."""
        for s, _, gid in self.spans:
            if s >= pos:
                gap = text[pos:s].strip().lower()
                return gid if gap in ("", "the", "its", "of the", "from the") else None
        return None


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.;])\s+", text) if s.strip()]


def _direction(
    pattern: re.Pattern[str],
    text: str,
    groups: Names,
    form: Literal["subject-verb-object", "object-verb-subject"],
) -> tuple[str, str] | None:
    """(subject, object) of a verb pattern, when both are the dyad's two groups.

    ``form`` ``"subject-verb-object"``: the sentence's first group is the subject
    and the group right after the verb the object ("X split from Y").
    ``"object-verb-subject"``: the nearest group before the verb is the object
    and the group right after is the subject ("members of Y split to form X").
    """
    for sentence in _sentences(text):
        aliases = _Aliases(sentence, groups)
        for m in pattern.finditer(sentence):
            after = aliases.right_after(sentence, m.end())
            if form == "subject-verb-object":
                # the nearest group before the verb, else the sentence's first
                for before in (aliases.nearest_before(m.start()), aliases.first_before(m.start())):
                    if before and after and before != after:
                        return before, after
            else:
                before = aliases.nearest_before(m.start())
                if before and after and before != after:
                    return after, before
    return None
