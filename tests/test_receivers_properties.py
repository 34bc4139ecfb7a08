"""Any dataset the checks accept exports to GEXF and GraphML that the official schemas accept.

The datasets are :func:`tests.test_properties.datasets` (every kind of event,
dates of every precision) with names, descriptions and quotes drawn from any
text XML can carry: markup characters, entity look-alikes, line breaks,
combining marks, right-to-left scripts, astral characters. The characters
XML 1.0 cannot carry (most C0 controls, U+FFFE, U+FFFF) the checks refuse.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from lineage import DataError, Dataset, Lineage
from lineage.views.export import edge_id, to_gexf, to_graphml

from .test_properties import datasets
from .test_receivers import SCHEMAS, xmlschema_errors

pytest.importorskip("xmlschema", reason="pip install xmlschema (it is in the [test] extra)")
pytestmark = pytest.mark.skipif(
    not all(path.exists() for path in SCHEMAS.values()),
    reason="the official XML Schemas are not in ../shared/specs",
)

TEXT = st.text(
    alphabet=st.one_of(
        st.characters(
            exclude_categories=("Cs", "Cc"),  # surrogates; controls (XML allows three)
            exclude_characters="\ufffe\uffff",  # not XML characters either
        ),
        st.sampled_from("\t\n\r&<>\"'#|\\%;[]{}`*_ "),
    ),
    min_size=1,
    max_size=24,
)


@st.composite
def hostile_datasets(draw: st.DrawFn) -> Lineage:
    doc: dict[str, Any] = draw(datasets())
    for g in doc["groups"]:
        g["name"] = draw(TEXT)
    for e in doc["events"]:
        e["description"] = draw(TEXT)
        e["citations"] = [{"source": "s", "quote": draw(TEXT)}]
    try:
        return Lineage(Dataset.model_validate(doc))
    except (DataError, ValueError):  # e.g. two names the checks take to be one
        assume(False)
        raise  # unreachable: assume(False) stops the example


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_datasets())
@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_any_accepted_dataset_exports_valid_xml(fmt: str, generated: Lineage) -> None:
    writer = {"gexf": to_gexf, "graphml": to_graphml}[fmt]
    text = writer(generated.graph)
    assert xmlschema_errors(fmt, text) == []
    ids = {edge_id(u, v, k) for u, v, k in generated.graph.edges(keys=True)}
    assert len(ids) == generated.graph.number_of_edges()
    assert all(f'id="{i}"' in text for i in ids)
