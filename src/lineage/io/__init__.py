"""Dataset files: reading (shape checked, every problem named), canonical
writing, atomic file writes and the JSON Schema."""

from .files import bundled_path, write_text_atomic
from .read import MAX_BYTES, parse_dataset, read_dataset
from .write import canonical_json, canonical_order, write_dataset

__all__ = [
    "MAX_BYTES",
    "bundled_path",
    "canonical_json",
    "canonical_order",
    "parse_dataset",
    "read_dataset",
    "write_dataset",
    "write_text_atomic",
]
