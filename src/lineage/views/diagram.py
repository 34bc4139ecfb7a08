"""A drawn diagram as an object: it displays itself in Jupyter and saves by extension.

:class:`Diagram` wraps the Axes a drawing returns (see
:func:`lineage.views.plotting.draw`); :func:`image_type` names the image
types it writes. Nothing here imports matplotlib.

>>> image_type("jnim.PNG")
'.png'
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..exceptions import ArgumentError
from ..io.files import write_text_atomic

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["IMAGE_TYPES", "Diagram", "image_type"]


IMAGE_TYPES = (".png", ".svg", ".pdf")
"""The image types a diagram is saved as, by file extension (the CLI's too)."""


def image_type(path: str | os.PathLike[str], *, page: bool = False) -> str:
    """The extension of ``path`` if it is one of :data:`IMAGE_TYPES`; else a clear error
    (which names .html too where the caller also writes the interactive page)."""
    suffix = Path(path).suffix.lower()
    if suffix not in IMAGE_TYPES:
        raise ArgumentError(
            f"{os.fspath(path)}: unknown image type {suffix or '(none)'!r}",
            "use .png, .svg or .pdf" + (", or .html for the interactive view" if page else ""),
        )
    return suffix


class Diagram:
    """A drawn figure that displays itself in Jupyter and saves by file extension."""

    def __init__(self, ax: Axes) -> None:
        self.ax = ax
        self.figure: Figure = ax.figure  # type: ignore[assignment]

    def save(self, path: str | os.PathLike[str], *, dpi: int = 150) -> None:
        """Write PNG, SVG or PDF (from the extension; see :data:`IMAGE_TYPES`), with
        lineage's one writer (:mod:`lineage.io.files`): atomically, never through a
        planted temporary name."""
        write_text_atomic(path, self.image(image_type(path), dpi=dpi))

    def image(self, kind: str, *, dpi: int = 150) -> bytes:
        """The figure as an image file's bytes: ``kind`` is ``.png``, ``.svg`` or ``.pdf``."""
        return self._render(kind.lstrip("."), dpi=dpi)

    def _render(self, fmt: str, *, dpi: int = 110) -> bytes:
        buf = io.BytesIO()
        self.figure.savefig(buf, format=fmt, dpi=dpi, bbox_inches="tight")
        return buf.getvalue()

    def _repr_png_(self) -> bytes:
        return self._render("png")

    def _repr_svg_(self) -> str:
        return self._render("svg").decode("utf-8")
