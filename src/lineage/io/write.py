"""Writing datasets in canonical form: stable key and record order, two-space
indent, final newline, written atomically."""

from __future__ import annotations

import json
import os

from ..model import Dataset
from .files import write_text_atomic

__all__ = ["canonical_json", "canonical_order", "write_dataset"]


def canonical_order(dataset: Dataset) -> Dataset:
    """The same dataset with its records in canonical order.

    Sources, groups, people and roles by id; events by date, then id.
    """
    return dataset.model_copy(
        update={
            "sources": tuple(sorted(dataset.sources, key=lambda r: r.id)),
            "groups": tuple(sorted(dataset.groups, key=lambda r: r.id)),
            "people": tuple(sorted(dataset.people, key=lambda r: r.id)),
            "roles": tuple(sorted(dataset.roles, key=lambda r: r.id)),
            "events": tuple(sorted(dataset.events, key=lambda e: (e.date.sort_key(), e.id))),
        }
    )


def canonical_json(dataset: Dataset) -> str:
    """The canonical text of a dataset: fields in model order, two-space indent, final newline."""
    data = canonical_order(dataset).model_dump(mode="json", by_alias=True, exclude_defaults=True)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write_dataset(dataset: Dataset, path: str | os.PathLike[str]) -> None:
    """Write ``dataset`` in canonical form, atomically (the old file survives any failure)."""
    text = canonical_json(dataset)
    write_text_atomic(path, text)
