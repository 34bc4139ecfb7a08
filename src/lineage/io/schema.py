"""The JSON Schema of a dataset file, generated from the models.

``lineage schema`` prints it; the committed ``data/groups.schema.json`` is its
output, named by the data file's ``$schema`` so editors validate the file as
it is typed. A test keeps the two in step.

>>> schema()["title"]
'lineage dataset'
"""

from __future__ import annotations

import json
from typing import Any

from ..model import Dataset

__all__ = ["file_schema", "schema", "schema_json", "schema_text"]


def file_schema(model: Any, file_name: str, title: str, description: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a file holding ``model``, named ``file_name``."""
    out = model.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://lineage.invalid/{file_name}",
        **out,
        "title": title,
        "description": description,
    }


def schema_text(doc: dict[str, Any]) -> str:
    """A schema as canonical JSON text, ending in a newline."""
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a dataset file."""
    return file_schema(
        Dataset,
        "groups.schema.json",
        "lineage dataset",
        "Groups, people, roles and events of militant-organisation lineage, "
        "each fact cited with a verbatim quote.",
    )


def schema_json() -> str:
    """The schema as canonical JSON text, ending in a newline."""
    return schema_text(schema())
