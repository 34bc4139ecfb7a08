"""Checks of what a dataset means, across records (the second validation pass)."""

from .rules import check_dataset, source_text

__all__ = ["check_dataset", "source_text"]
