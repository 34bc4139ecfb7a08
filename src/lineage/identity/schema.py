"""The JSON Schema of a links file, generated from the models.

The committed ``data/links.schema.json`` is :func:`links_schema_json`'s
output, named by a links file's ``$schema`` so that editors validate the file
as it is typed. A test keeps the two in step.

>>> links_schema()["title"]
'lineage identity links'
>>> links_schema()["$defs"]["Link"]["required"]
['a', 'b', 'judgement', 'note', 'decided_by', 'date']
"""

from __future__ import annotations

from typing import Any

from ..io.schema import file_schema, schema_text
from .links import Links

__all__ = ["links_schema", "links_schema_json"]


def links_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a links file."""
    return file_schema(
        Links,
        "links.schema.json",
        "lineage identity links",
        "Judgements that records of two datasets are the same, not the same, "
        "or undecided; each with why, who decided and when. Kept apart from the data.",
    )


def links_schema_json() -> str:
    """The schema as canonical JSON text, ending in a newline."""
    return schema_text(links_schema())
