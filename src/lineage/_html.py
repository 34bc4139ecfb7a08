"""HTML tables for notebook display, every cell escaped (a leaf: imports nothing of lineage).

>>> table(("a",), [("<b>",)]).split("<tbody>")[1]
'<tr><td>&lt;b&gt;</td></tr></tbody></table>'
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence

__all__ = ["FADED", "record_table", "table"]


def _cell(value: object) -> str:
    return html.escape("" if value is None else str(value))


FADED = ' class="possible" style="opacity:0.55"'
"""How a row that is only possible (not certain) is marked: faded."""


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    faded: Sequence[bool] = (),
) -> str:
    """An HTML table with every cell escaped; rows flagged in ``faded`` are faded.

    >>> table(("a",), [(1,), (2,)], faded=[False, True]).count("opacity")
    1
    """
    head = "".join(f"<th>{_cell(h)}</th>" for h in headers)
    body = "".join(
        f"<tr{FADED if i < len(faded) and faded[i] else ''}>"
        + "".join(f"<td>{_cell(v)}</td>" for v in row)
        + "</tr>"
        for i, row in enumerate(rows)
    )
    return f'<table class="lineage"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def record_table(fields: Mapping[str, object]) -> str:
    """A record's fields (as dumped to JSON data) as a two-column table."""
    return table(("field", "value"), fields.items())
