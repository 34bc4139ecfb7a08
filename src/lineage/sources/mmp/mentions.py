"""Where a description names a row's two groups: sentences with the groups marked.

A description is read one sentence at a time. In each sentence every
mention of one of the row's groups (under any name it may be written under,
see :func:`.names.aliases_for`) is replaced by a marker ``⟦0⟧`` or ``⟦1⟧``
(the group's place in the ``names`` mapping), so that the rules of
:mod:`.directions` are plain regular expressions over the marked text.

* A name matches across spelling noise: ``'``/``’``, and a hyphen, dash or
  space, are interchangeable ("Al Qaeda" is found in "al-Qaeda's").
* A name inside a longer proper name does not count: "Irish Republican
  Army" in "Provisional Irish Republican Army" (preceded by a capitalised
  word that cannot start a sentence's subject).
* Where two names overlap the longer wins; "X (ABC)" where both are names of
  one group is one mention.
* Curly quotes in the marked text are made straight.

>>> names = {"g1": ["Alpha Front", "AF"], "g2": ["Beta Brigade"]}
>>> for m in marked_sentences("The Alpha Front (AF) grew. Beta-Brigade’s men left it.", names):
...     print(m.text)
The ⟦0⟧ grew.
⟦1⟧'s men left it.
>>> s = marked_sentences("In 2001 Beta Brigade split from Alpha Front.", names)[0]
>>> s.text, s.ids, s.words(8, s.text.index(" from"))
('In 2001 ⟦1⟧ split from ⟦0⟧.', ('g1', 'g2'), 'Beta Brigade split')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Marked", "Names", "alias_pattern", "marked_sentences"]

Names = dict[str, list[str]]  # group id -> the names a description may write it under

_NOT_A_NAME_START = {"The", "A", "An", "In", "When", "After", "Members", "Some", "Its", "Former"}
_QUOTES = "'’‘`"
_JOINERS = "-–— "


def alias_pattern(alias: str) -> str:
    """A regex for ``alias`` as a description may write it (quotes, hyphens, spaces vary).

    >>> bool(re.fullmatch(alias_pattern("Hay'at Tahrir al-Sham"), "Hay’at Tahrir al Sham"))
    True
    """
    parts = []
    for ch in alias:
        if ch in _QUOTES:
            parts.append("['’‘`]")
        elif ch in _JOINERS:
            parts.append(r"[-–—\s]+")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


@dataclass(frozen=True)
class Marked:
    """One sentence with the groups' mentions replaced by markers ``⟦i⟧``."""

    text: str  # the marked sentence
    source: str  # the sentence as written
    ids: tuple[str, ...]  # marker i stands for ids[i]
    spans: tuple[tuple[int, int, int, int], ...]  # (marked start, end, source start, end)

    def words(self, start: int, end: int) -> str:
        """The sentence's words, as written, behind the marked text's ``start:end``."""
        return self.source[self._source_pos(start, True) : self._source_pos(end, False)]

    def _source_pos(self, pos: int, at_start: bool) -> int:
        shift = 0
        for ms, me, ss, se in self.spans:
            if pos <= ms:
                break
            if pos < me:
                return ss if at_start else se
            shift = se - me
        return pos + shift


def marked_sentences(text: str, names: Names) -> list[Marked]:
    """The description's sentences, each with its group mentions marked."""
    ids = tuple(names)
    return [_mark(s, names, ids) for s in re.split(r"(?<=[.;])\s+", text) if s.strip()]


def _mentions(text: str, names: Names, ids: tuple[str, ...]) -> list[tuple[int, int, int]]:
    """``(start, end, marker)`` of each mention, longest first where they overlap."""
    found: list[tuple[int, int, int]] = []
    for gid, aliases in names.items():
        for alias in aliases:
            if len(alias) < 2:
                continue
            flags = 0 if alias.isupper() else re.I
            for m in re.finditer(rf"(?<![\w-]){alias_pattern(alias)}(?![\w-])", text, flags):
                prev = re.search(r"([A-Z][\w'’-]*)\s+$", text[: m.start()])
                if prev and prev.group(1) not in _NOT_A_NAME_START:
                    continue
                found.append((m.start(), m.end(), ids.index(gid)))
    found.sort(key=lambda o: (-(o[1] - o[0]), o[0]))
    kept: list[tuple[int, int, int]] = []
    for s, e, i in found:
        if all(e <= ks or s >= ke for ks, ke, _ in kept):
            kept.append((s, e, i))
    return _merge_parenthesised(sorted(kept), text)


def _merge_parenthesised(
    spans: list[tuple[int, int, int]], text: str
) -> list[tuple[int, int, int]]:
    """'Alpha Front (AF)' is one mention when both are names of one group."""
    out: list[tuple[int, int, int]] = []
    for s, e, i in spans:
        if out and out[-1][2] == i and re.fullmatch(r"\s*\(\s*", text[out[-1][1] : s]):
            close = re.match(r"\s*\)", text[e:])
            if close:
                out[-1] = (out[-1][0], e + close.end(), i)
                continue
        out.append((s, e, i))
    return out


def _mark(sentence: str, names: Names, ids: tuple[str, ...]) -> Marked:
    pieces: list[str] = []
    spans: list[tuple[int, int, int, int]] = []
    pos = 0
    length = 0
    for s, e, i in _mentions(sentence, names, ids):
        pieces.append(sentence[pos:s])
        length += s - pos
        marker = f"⟦{i}⟧"
        spans.append((length, length + len(marker), s, e))
        pieces.append(marker)
        length += len(marker)
        pos = e
    pieces.append(sentence[pos:])
    text = "".join(pieces)
    for q in _QUOTES[1:]:
        text = text.replace(q, "'")
    return Marked(text, sentence, ids, tuple(spans))
