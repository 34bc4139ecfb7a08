"""Query results that display themselves in Jupyter as HTML tables.

They are plain lists (``==`` a list of the same records) with a
``_repr_html_``; every value is HTML-escaped.

>>> from lineage import load
>>> "<table" in load().became("MOJWA")._repr_html_()
True
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

from .models import BaseEvent, Group, Person

__all__ = ["EventList", "GroupList", "PersonList", "html_table", "record_html"]


def html_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """An HTML table with every cell escaped."""

    def cell(value: object) -> str:
        return html.escape("" if value is None else str(value))

    head = "".join(f"<th>{cell(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell(v)}</td>" for v in row) + "</tr>" for row in rows)
    return f'<table class="lineage"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


class GroupList(list[Group]):
    """Groups, as a list; an HTML table in notebooks."""

    def _repr_html_(self) -> str:
        return html_table(("id", "name", "region"), ((g.id, g.name, g.region) for g in self))


class PersonList(list[Person]):
    """People, as a list; an HTML table in notebooks."""

    def _repr_html_(self) -> str:
        return html_table(("id", "name", "origin"), ((p.id, p.name, p.origin) for p in self))


class EventList(list[BaseEvent]):
    """Events (a timeline or an explanation), as a list; an HTML table with quotes."""

    def _repr_html_(self) -> str:
        return html_table(
            ("date", "kind", "event", "what happened", "quote"),
            (
                (e.date, e.kind, e.id, e.description, " | ".join(c.quote for c in e.citations))
                for e in self
            ),
        )


def record_html(record: Any) -> str:
    """A record's fields as a two-column HTML table."""
    data = record.model_dump(mode="json", exclude_defaults=True)
    return html_table(("field", "value"), ((k, v) for k, v in data.items()))
