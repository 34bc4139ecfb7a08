"""The page: one self-contained HTML file holding the payload, the script and the style.

Nothing is loaded from anywhere: the script (``view.js``) and the style
(``view.css``), package data beside this module, are inlined; the payload is
JSON inside ``<script type="application/json">``, where every ``<``, ``>``,
``&`` and line or paragraph separator is written as a ``\\u`` escape, so that
no text from the data can close the block or open a comment. A
Content-Security-Policy allows only the page's own script and style (by
their SHA-256 hashes) and no connection, image or font from anywhere.

>>> page = render_page({"title": "</script><script>alert(1)</script>", "lanes": []})
>>> "<script>alert(1)" in page
False
>>> "\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)" in page
True
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["HtmlView", "page_asset", "render_page", "script_json"]

_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def script_json(data: Any) -> str:
    """``data`` as JSON that is safe inside a ``<script>`` block of an HTML page.

    >>> script_json({"name": "a</script><!--b\u2028"})
    '{"name": "a\\\\u003c/script\\\\u003e\\\\u003c!--b\\\\u2028"}'
    >>> json.loads(script_json({"name": "a</script>"}))["name"]
    'a</script>'
    """
    text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    return "".join(_JSON_ESCAPES.get(ch, ch) for ch in text)


def page_asset(name: str) -> str:
    """The text of one of the page's files shipped beside this module (``view.js``, ...)."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_page(data: dict[str, Any]) -> str:
    """The whole page for a payload (see :mod:`.payload`)."""
    script, style = page_asset("view.js"), page_asset("view.css")
    policy = (
        "default-src 'none'; "
        f"script-src {_sha256(script)}; "
        f"style-src {_sha256(style)}; "
        "base-uri 'none'; form-action 'none'"
    )
    title = html.escape(str(data.get("title") or "Lineage"), quote=True)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n"
        f"<style>{style}</style>\n"
        "</head>\n<body>\n"
        '<noscript><p class="noscript">This lineage view draws itself with JavaScript; '
        "allow scripts for this file to see it.</p></noscript>\n"
        f'<script type="application/json" id="lineage-data">{script_json(data)}</script>\n'
        f"<script>{script}</script>\n"
        "</body>\n</html>\n"
    )


class HtmlView:
    """An interactive lineage page: ``.html`` (the text), ``save(path)``, and inline
    display in Jupyter.

    ``inputs`` are the dataset files the page was made from: :meth:`save`
    refuses to write over one of them.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> page = HtmlView("<!DOCTYPE html><p>hi</p>", inputs=[folder / "data.json"])
    >>> page.save(folder / "view.html")
    >>> (folder / "view.html").read_text(encoding="utf-8")
    '<!DOCTYPE html><p>hi</p>'
    >>> page.save(folder / "data.json")
    Traceback (most recent call last):
    ...
    lineage.exceptions.ArgumentError: ...data.json: is also an input of this command — write to another file
    """  # noqa: E501

    def __init__(self, html: str, *, inputs: Iterable[str | os.PathLike[str]] = ()) -> None:
        self.html = html
        self.inputs = tuple(Path(p) for p in inputs)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the page with lineage's one writer (:mod:`lineage.io.files`):
        atomically, and never over one of its inputs."""
        from ...io.files import write_text_atomic

        write_text_atomic(path, self.html, inputs=self.inputs)

    def _repr_html_(self) -> str:
        """The page in an ``<iframe srcdoc>``: notebooks need not run inline scripts of
        their own output, and the page stays apart from the notebook's."""
        return (
            '<iframe sandbox="allow-scripts" style="width: 100%; height: 640px; border: 0" '
            f'title="lineage view" srcdoc="{html.escape(self.html, quote=True)}"></iframe>'
        )

    def __repr__(self) -> str:
        return f"<HtmlView: {len(self.html):,} characters>"
