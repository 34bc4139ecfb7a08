"""Names: folding spellings to comparable keys, and resolving a name to a record.

:mod:`.fold` folds case, accents and punctuation; :mod:`.rules` holds the
spelling rules and :mod:`.structure` the shape rules (brackets, qualifiers,
alternatives); :class:`NameIndex` looks a name up through them in tiers and
:class:`NameMatch` says what it found and why; :mod:`.table` resolves many
names at once (a list, a pandas Series, a CSV file's column).
"""

from typing import TYPE_CHECKING, Any

from .fold import (
    fold_quotes,
    loose_key,
    normalise,
    normalise_uncached,
    strip_accents,
    strip_marks,
)
from .index import Named, NameIndex
from .result import Candidate, NameMatch, match_line

if TYPE_CHECKING:
    from .rules import explain_rules, rule_key

__all__ = [
    "Candidate",
    "NameIndex",
    "NameMatch",
    "Named",
    "explain_rules",
    "fold_quotes",
    "loose_key",
    "match_line",
    "normalise",
    "normalise_uncached",
    "rule_key",
    "strip_accents",
    "strip_marks",
]


def __getattr__(name: str) -> Any:
    """The spelling rules load on first use (a lookup by exact name never needs them)."""
    if name in ("explain_rules", "rule_key"):
        from . import rules

        return getattr(rules, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
