"""Exceptions raised by lineage.

::

    LineageError                      the root: catch this to catch them all
    ├── DataError(ValueError)         a dataset is malformed or contradicts itself
    ├── DateError(ValueError)         a date lineage cannot read (``message``, ``fix``)
    ├── ArgumentError(ValueError)     an argument out of its range (``message``, ``fix``)
    ├── UnknownNameError(LookupError) no group or person bears that name
    ├── AmbiguousNameError(LookupError) several do; the message lists them
    └── MissingDependencyError(ImportError) an optional extra is not installed

Every message says what is wrong and what to do about it. Errors are
structured: a :class:`DateError` keeps what is wrong and its fix apart, so
that a dataset problem can name them without parsing the message. Anything
lineage raises that is not a :class:`LineageError` is a bug in lineage.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "AmbiguousNameError",
    "ArgumentError",
    "DataError",
    "DateError",
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
    and ``fix`` what to do about it. A ``"-"`` is left out of the printed line.

    >>> print(Problem("groups.json", "mojwa", "names[0].start", "not a date", "write YYYY"))
    groups.json: mojwa: names[0].start: not a date — write YYYY
    >>> print(Problem("groups.json", "-", "-", "is empty", "write a JSON object"))
    groups.json: is empty — write a JSON object
    """

    file: str
    record: str
    field: str
    message: str
    fix: str

    def __str__(self) -> str:
        where = [part for part in (self.file, self.record, self.field) if part != "-"]
        return f"{': '.join(where)}: {self.message} — {self.fix}"


class DataError(LineageError, ValueError):
    """A dataset failed validation; ``problems`` lists every problem found.

    The message is one line per problem, in the form
    ``FILE: RECORD-ID: FIELD: what is wrong — what to do``.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems) or "invalid data")


class _Fixable(LineageError, ValueError):
    """An error with what is wrong (``message``) and what to do (``fix``) kept apart."""

    def __init__(self, message: str, fix: str) -> None:
        self.message = message
        self.fix = fix
        super().__init__(f"{message} — {fix}")


class DateError(_Fixable):
    """A date lineage cannot read.

    >>> from lineage import parse_date
    >>> try:
    ...     parse_date("2015-13")
    ... except DateError as e:
    ...     print(e.message, "|", e.fix)
    '2015-13': there is no month 13 | months run 01 to 12
    """


class ArgumentError(_Fixable):
    """An argument outside what a function accepts (a direction, a format, a window)."""


class UnknownNameError(LineageError, LookupError):
    """No record bears the name; ``suggestions`` holds close matches.

    ``what`` is the kind of record looked for (``"group"``, ``"person"``,
    ``"group or person"``, ``"event"``); ``fix`` says what to do.
    """

    def __init__(self, name: str, what: str, suggestions: Sequence[str] = ()) -> None:
        self.name = name
        self.what = what
        self.suggestions: tuple[str, ...] = tuple(suggestions)
        self.fix = (
            "did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
            if self.suggestions
            else f"check the spelling, or give the {what}'s id"
        )
        super().__init__(f"no {what} is called {name!r} — {self.fix}")

    def __str__(self) -> str:
        return str(self.args[0])


class AmbiguousNameError(LineageError, LookupError):
    """Several records bear the name; ``candidates`` lists ``(id, description)``.

    ``dated`` says whether a date was given; without one, a date may tell the
    records apart (the one that bore the name then).
    """

    def __init__(
        self, name: str, candidates: Sequence[tuple[str, str]], *, what: str, dated: bool
    ) -> None:
        self.name = name
        self.what = what
        self.dated = dated
        self.candidates: tuple[tuple[str, str], ...] = tuple(candidates)
        self.listed = "; ".join(f"{cid} ({desc})" for cid, desc in self.candidates)
        self.fix = (
            f"use the {what}'s id"
            if dated
            else f"pass a date (at=) to pick the {what} that bore the name then, or use its id"
        )
        super().__init__(f"{name!r} could mean: {self.listed} — {self.fix}")

    def __str__(self) -> str:
        return str(self.args[0])


class MissingDependencyError(LineageError, ImportError):
    """An optional dependency is missing; the message says what to install."""

    def __init__(self, package: str, extra: str, feature: str) -> None:
        super().__init__(
            f"{feature} needs {package}, which is not installed — "
            f"run: pip install 'lineage[{extra}]' (or pip install {package})"
        )
