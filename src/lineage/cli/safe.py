"""Nothing from a dataset reaches the terminal as a control.

In tables, lines and error messages every control character (C0 but newline and
tab, DEL, C1, the bidirectional overrides and isolates, line and paragraph
separators) is shown escaped (``\\x1b``, ``\\u202e``), and within one table cell or one
line newlines and tabs too; ``--json`` output escapes them as JSON does
(``\\u001b``), so it still parses to the same text.

>>> terminal_safe("Evil\\x1b]0;title\\x07 \\u202egnp.exe\\nnext")
'Evil\\\\x1b]0;title\\\\x07 \\\\u202egnp.exe\\\\nnext'
>>> terminal_safe("two\\nlines\\tand a tab", keep="\\n\\t")
'two\\nlines\\tand a tab'
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

__all__ = ["UNSAFE_IN_JSON", "safe_cell", "safe_output", "terminal_safe"]

F = TypeVar("F", bound=Callable[..., Any])

_CONTROLS = "\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029"
_UNSAFE = re.compile(f"[{_CONTROLS}]")
UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escaped(match: re.Match[str]) -> str:
    named = _NAMED.get(match.group())
    if named is not None:
        return named
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str, keep: str = "") -> str:
    """``text`` with every control character escaped, but those in ``keep``."""
    if text.isprintable() and not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: m.group() if m.group() in keep else _escaped(m), text)


def safe_cell(value: object) -> str | None:
    return None if value is None else terminal_safe(str(value))


class _SafeStream(io.TextIOBase):
    """Standard output with control characters escaped (newlines and tabs kept), for
    what a command prints itself. It has no ``buffer``, so click writes text to it."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError("text only")
        self.inner.write(terminal_safe(text, keep="\n\t"))
        return len(text)

    def flush(self) -> None:
        self.inner.flush()

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return bool(self.inner.isatty())

    def fileno(self) -> int:
        return int(self.inner.fileno())

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(getattr(self.inner, "encoding", None) or "utf-8")

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self.inner, "errors", None)


def safe_output(func: F) -> F:
    """Run ``func`` with standard output escaping control characters."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with contextlib.redirect_stdout(_SafeStream(sys.stdout)):
            return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
