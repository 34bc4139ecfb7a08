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

__all__ = ["schema", "schema_json"]


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a dataset file."""
    out = Dataset.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://lineage.invalid/groups.schema.json",
        **out,
        "title": "lineage dataset",
        "description": "Groups, people, roles and events of militant-organisation lineage, "
        "each fact cited with a verbatim quote.",
    }


def schema_json() -> str:
    """The schema as canonical JSON text, ending in a newline."""
    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"
