"""Identity: which records of several datasets are one organisation, kept apart from the data.

Judgements live in a links file (:mod:`.links`, read and written by
:mod:`.files`, its schema from :mod:`.schema`); the resolver (:mod:`.resolver`)
turns them, with the datasets that are loaded, into clusters with one
canonical id each. Three steps, each testable alone: read, resolve, and
merging (which applies :meth:`Resolution.canonical` to the records).

>>> from lineage.identity import parse_links, resolve
>>> links = parse_links('''{"$schema": "links.schema.json", "links": [
...   {"a": "mmp:mmp-g67", "b": "groups:gspc", "judgement": "same",
...    "note": "MMP's GSPC", "decided_by": "analyst", "date": "2026-11-25"},
...   {"a": "groups:aqim", "b": "groups:gspc", "judgement": "same",
...    "note": "the GSPC renamed itself AQIM in 2007", "decided_by": "analyst",
...    "date": "2026-11-25"}]}''', "links.json")
>>> r = resolve(links, {"groups": {"aqim", "gspc"}, "mmp": {"mmp-g67"}}, file="links.json")
>>> sorted(r.clusters[0])
['groups:aqim', 'groups:gspc', 'mmp:mmp-g67']
>>> r.canonical("mmp:mmp-g67")
'groups:aqim'
"""

from .files import links_json, parse_links, read_links, write_links
from .links import (
    JUDGEMENTS,
    QUALIFIED_PATTERN,
    Judgement,
    Link,
    Links,
    QualifiedId,
    canonical_links,
    dataset_name,
    link_label,
    link_sort_key,
    split_id,
)
from .resolver import Known, Pair, Resolution, record_ids, resolve
from .schema import links_schema, links_schema_json

__all__ = [
    "JUDGEMENTS",
    "QUALIFIED_PATTERN",
    "Judgement",
    "Known",
    "Link",
    "Links",
    "Pair",
    "QualifiedId",
    "Resolution",
    "canonical_links",
    "dataset_name",
    "link_label",
    "link_sort_key",
    "links_json",
    "links_schema",
    "links_schema_json",
    "parse_links",
    "read_links",
    "record_ids",
    "resolve",
    "split_id",
    "write_links",
]
