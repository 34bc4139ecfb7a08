"""The lineage graph (a networkx MultiDiGraph with a typed index) and the
time-aware queries over it, as plain functions."""

from .build import Spans, build_graph, effective_spans
from .index import GraphIndex, index_of

__all__ = ["GraphIndex", "Spans", "build_graph", "effective_spans", "index_of"]
