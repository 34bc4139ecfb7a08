"""Mermaid flowcharts, split into several diagrams where one would pass Mermaid's limits.

Mermaid refuses a diagram of more than 500 edges (``maxEdges``) or 50,000
characters (``maxTextSize``). Both are *secure* settings: a diagram's own
frontmatter or ``%%{init}%%`` directive cannot raise them (Mermaid ignores the
attempt and still refuses), only the page that runs Mermaid can — and GitHub's
cannot be asked. So a lineage that fits is one flowchart, as before; a larger
one (an MMP import has 593 relations) is a Markdown document of several
```` ```mermaid ```` blocks, each a flowchart within both limits: splits, mergers,
absorptions and pledges first, then alliances, then rivalries, each family cut
into consecutive parts if it is still too big. A group keeps its node id
(``n0``, ``n1``…) in every part it appears in. ``mmdc`` renders such a file
(``mmdc -i lineage.md -o lineage.svg`` writes one SVG per block).

>>> from lineage import load
>>> print(to_mermaid(load().graph).splitlines()[0])
flowchart LR
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from ...model import SYMMETRIC_KINDS
from .flat import each_relation, relation_label

__all__ = ["MAX_EDGES", "MAX_TEXT", "mermaid_diagrams", "mermaid_escape", "to_mermaid"]

MAX_EDGES = 500
"""Mermaid's default ``maxEdges``: a flowchart may hold at most this many edges."""
MAX_TEXT = 50_000
"""Mermaid's default ``maxTextSize``, in JavaScript (UTF-16) characters."""
_MARGIN = 100  # below MAX_TEXT: room for the "flowchart LR" header

_MERMAID_ESCAPES = [
    ("#", "#35;"),  # first: every later replacement writes a '#'
    ("&", "#amp;"),  # or "&lt;" in a name would show as "<"
    ('"', "#quot;"),
    ("<", "#lt;"),
    (">", "#gt;"),
    ("`", "#96;"),
    ("|", "#124;"),
    ("%", "#37;"),  # "%%{init: …}%%" is a directive anywhere in a diagram's text
    ("\\", "#92;"),  # a backslash and an "n" would be a line break
    ("\r\n", "<br>"),
    ("\r", "<br>"),
    ("\n", "<br>"),  # the one tag a label may hold: a line break
]


def mermaid_escape(text: str) -> str:
    """Text safe inside a Mermaid quoted label: entity codes for the special
    characters, ``<br>`` for a line break. Mermaid shows it as ``text``.

    >>> mermaid_escape('a "b" <c> #d & e\\nf')
    'a #quot;b#quot; #lt;c#gt; #35;d #amp; e<br>f'
    >>> mermaid_escape("C:\\\\new")
    'C:#92;new'
    """
    for old, new in _MERMAID_ESCAPES:
        text = text.replace(old, new)
    return text


_MERMAID_ARROW = {
    "merger": "-->",
    "split": "-->",
    "absorption": "-->",
    "pledge": "-.->",
    "alliance": "<-.->",
    "rivalry": "x-.-x",
    "undirected": "---",
}

FAMILIES = ("Splits, mergers, absorptions and pledges", "Alliances", "Rivalries")
"""The parts a split export is cut into, in order, by event kind."""
_FAMILY = {"alliance": 1, "rivalry": 2}  # every other kind: 0


def _size(text: str) -> int:
    """Length as JavaScript counts it (UTF-16 code units), as ``maxTextSize`` does."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _Part:
    family: int
    nodes: dict[str, None] = field(default_factory=dict)
    edges: list[str] = field(default_factory=list)
    size: int = 0

    def take(self, ends: list[str], line: str, lines: dict[str, str]) -> bool:
        """Add an edge (or a lone group, with no ``line``) if it fits; say whether it did."""
        new = [g for g in ends if g not in self.nodes]
        grow = sum(_size(lines[g]) + 1 for g in new) + (_size(line) + 1 if line else 0)
        if self.nodes and (
            len(self.edges) + bool(line) > MAX_EDGES or self.size + grow > MAX_TEXT - _MARGIN
        ):
            return False
        self.nodes.update(dict.fromkeys(new))
        self.size += grow
        if line:
            self.edges.append(line)
        return True


Item = tuple[int, list[str], str]


def _pack(items: list[Item], lines: dict[str, str]) -> list[_Part]:
    """Cut ``(family, groups, line)`` items, in family order, into parts within both limits."""
    parts: list[_Part] = []
    for family, ends, line in sorted(items, key=lambda item: item[0]):
        if not (parts and parts[-1].family == family and parts[-1].take(ends, line, lines)):
            parts.append(_Part(family))
            parts[-1].take(ends, line, lines)
    return parts


def mermaid_diagrams(G: nx.MultiDiGraph) -> list[tuple[str, str]]:
    """``(title, flowchart)`` pairs, each within Mermaid's limits: one untitled
    flowchart when the whole graph fits, else the parts described above (groups
    in no relation go in the first)."""
    ids = {g: f"n{i}" for i, g in enumerate(G.nodes)}
    lines = {g: f'  {ids[g]}["{mermaid_escape(name)}"]' for g, name in G.nodes(data="name")}
    items: list[Item] = [(0, [g], "") for g in G.nodes if G.degree(g) == 0]
    for u, v, _key, data in each_relation(G):
        default = "---" if data["kind"] in SYMMETRIC_KINDS else "-->"
        arrow = _MERMAID_ARROW.get(data["kind"], default)
        label = mermaid_escape(relation_label(data))
        line = f'  {ids[u]} {arrow}|"{label}"| {ids[v]}'
        items.append((_FAMILY.get(data["kind"], 0), [u, v], line))
    whole = "\n".join(["flowchart LR", *lines.values(), *(line for *_, line in items if line)])
    edges = sum(1 for *_, line in items if line)
    if edges <= MAX_EDGES and _size(whole) <= MAX_TEXT - _MARGIN:
        return [("", whole + "\n")]
    parts = _pack(items, lines)
    totals = Counter(part.family for part in parts)
    done: Counter[int] = Counter()
    diagrams = []
    for part in parts:
        done[part.family] += 1
        title = FAMILIES[part.family]
        if totals[part.family] > 1:
            title += f" ({done[part.family]} of {totals[part.family]})"
        text = "\n".join(["flowchart LR", *(lines[g] for g in part.nodes), *part.edges])
        diagrams.append((title, text + "\n"))
    return diagrams


def to_mermaid(G: nx.MultiDiGraph) -> str:
    """A Mermaid flowchart (renders in GitHub Markdown inside a ```` ```mermaid ```` block),
    or, past Mermaid's limits, Markdown holding one such block per part."""
    diagrams = mermaid_diagrams(G)
    if len(diagrams) == 1:
        return diagrams[0][1]
    relations = sum(1 for _ in each_relation(G))
    lines = [
        f"<!-- lineage: {relations} relations between {G.number_of_nodes()} groups are more "
        f"than one Mermaid diagram may draw ({MAX_EDGES} edges, {MAX_TEXT:,} characters; a "
        f"diagram cannot raise these limits), so they are drawn in {len(diagrams)} diagrams. -->",
    ]
    for title, text in diagrams:
        lines += ["", f"## {title}", "", "```mermaid", text.rstrip("\n"), "```"]
    return "\n".join(lines) + "\n"
