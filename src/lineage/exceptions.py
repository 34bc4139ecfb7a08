"""Exceptions raised by lineage.

::

    LineageError                      the root: catch this to catch them all
    ├── DataError(ValueError)         a dataset is malformed or contradicts itself
    ├── UnknownNameError(LookupError) no group or person bears that name
    ├── AmbiguousNameError(LookupError) several do; the message lists them
    └── MissingDependencyError(ImportError) an optional extra is not installed

Every message says what is wrong and what to do about it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "AmbiguousNameError",
    "DataError",
    "LineageError",
    "MissingDependencyError",
    "Problem",
    "UnknownNameError",
]


class LineageError(Exception):
    """Root of every error lineage raises on purpose."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a dataset.

    ``file`` is the dataset's path (or ``"<string>"``), ``record`` the id of the
    record at fault (``"-"`` when the fault is in the file as a whole), ``field``
    the dotted path of the field inside that record, ``message`` what is wrong
    and ``fix`` what to do about it.

    >>> print(Problem("groups.json", "mojwa", "names[0].start", "not a date", "write YYYY"))
    groups.json: mojwa: names[0].start: not a date — write YYYY
    """

    file: str
    record: str
    field: str
    message: str
    fix: str

    def __str__(self) -> str:
        return f"{self.file}: {self.record}: {self.field}: {self.message} — {self.fix}"


class DataError(LineageError, ValueError):
    """A dataset failed validation; ``problems`` lists every problem found.

    The message is one line per problem, in the form
    ``FILE: RECORD-ID: FIELD: what is wrong — what to do``.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems) or "invalid data")


class UnknownNameError(LineageError, LookupError):
    """No group or person bears the name; ``suggestions`` holds close matches."""

    def __init__(self, name: str, what: str, suggestions: Sequence[str] = ()) -> None:
        self.name = name
        self.suggestions: tuple[str, ...] = tuple(suggestions)
        hint = (
            "did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
            if self.suggestions
            else f"run `lineage show` with no name to list every {what}"
        )
        super().__init__(f"no {what} is called {name!r} — {hint}")

    def __str__(self) -> str:
        return str(self.args[0])


class AmbiguousNameError(LineageError, LookupError):
    """Several records bear the name; ``candidates`` lists ``(id, description)``."""

    def __init__(self, name: str, candidates: Sequence[tuple[str, str]], hint: str) -> None:
        self.name = name
        self.candidates: tuple[tuple[str, str], ...] = tuple(candidates)
        listed = "; ".join(f"{cid} ({desc})" for cid, desc in self.candidates)
        super().__init__(f"{name!r} could mean: {listed} — {hint}")

    def __str__(self) -> str:
        return str(self.args[0])


class MissingDependencyError(LineageError, ImportError):
    """An optional dependency is missing; the message says what to install."""

    def __init__(self, package: str, extra: str, feature: str) -> None:
        super().__init__(
            f"{feature} needs {package}, which is not installed — "
            f"run: pip install 'lineage[{extra}]' (or pip install {package})"
        )
