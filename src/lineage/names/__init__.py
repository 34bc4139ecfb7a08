"""Names: folding spellings to comparable keys, and resolving a name to a record."""

from .fold import (
    fold_quotes,
    loose_key,
    normalise,
    normalise_uncached,
    strip_accents,
    strip_marks,
)
from .index import Named, NameIndex

__all__ = [
    "NameIndex",
    "Named",
    "fold_quotes",
    "loose_key",
    "normalise",
    "normalise_uncached",
    "strip_accents",
    "strip_marks",
]
