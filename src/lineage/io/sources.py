"""Reading a source's text, only from the folders a dataset may read.

A dataset file is input from someone else, and its sources' ``path`` fields
name files to read. :func:`read_source` reads one only when it is

* inside an allowed folder: the dataset's own folder, or a folder the user
  names (``lineage check --sources-dir DIR``). The path is joined to the
  dataset's folder and normalised as written, so ``../`` that leaves every
  allowed folder, an absolute path (``/etc/passwd``) and a device
  (``/dev/zero``, ``/proc/self/environ``) are refused before anything is
  touched;
* reached without following a symbolic link: each folder on the way and the
  file itself are opened relative to the one before, refusing links
  (``O_NOFOLLOW``), so a link planted inside the folder cannot lead out of it;
* a regular file (not a named pipe, which would hang, nor a device), opened
  without blocking, of at most ``max_bytes`` (:data:`MAX_SOURCE_BYTES`),
  read no further than that;
* UTF-8 text.

A refusal is a :class:`SourceError` whose message names the path as the
dataset gives it and never says anything about the file it points to: no
resolved path, no size or offset, and the same words whether it exists or not.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "s.txt").write_text("the text", encoding="utf-8")
>>> read_source("s.txt", folder)
'the text'
>>> for path in ("../../../../etc/passwd", "/etc/shadow", "/dev/zero"):
...     try:
...         read_source(path, folder)
...     except SourceError as exc:
...         print(exc.message)
source path '../../../../etc/passwd' is outside the dataset's folder
source path '/etc/shadow' is outside the dataset's folder
source path '/dev/zero' is outside the dataset's folder
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..exceptions import LineageError

__all__ = ["MAX_SOURCE_BYTES", "SourceError", "allowed_part", "read_source"]

MAX_SOURCE_BYTES = 64 * 1024 * 1024
"""A source text larger than this is refused (64 MiB; a long book is under 5)."""

_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_FILE_FLAGS = os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
_OUTSIDE_FIX = (
    "put the source text in the dataset's folder, or name the folder that holds it "
    "(lineage check --sources-dir DIR)"
)
_AT_FD = os.open in os.supports_dir_fd and _NOFOLLOW != 0


class SourceError(LineageError, ValueError):
    """A source text that may not, or cannot, be read: ``message`` and ``fix``."""

    def __init__(self, message: str, fix: str) -> None:
        self.message = message
        self.fix = fix
        super().__init__(f"{message} — {fix}")


def allowed_part(
    given: str, base_dir: Path, allowed: Sequence[Path]
) -> tuple[Path, tuple[str, ...]]:
    """``(allowed folder, the parts below it)`` of the source path ``given`` (relative to
    ``base_dir``), judged on the path as written; :class:`SourceError` if it is in none.

    >>> folder, parts = allowed_part("texts/a.txt", Path("/d"), [Path("/d")])
    >>> folder.as_posix(), parts
    ('/d', ('texts', 'a.txt'))
    >>> roots = [Path("/d/data"), Path("/d/seeds")]
    >>> folder, parts = allowed_part("../seeds/a.txt", Path("/d/data"), roots)
    >>> folder.as_posix(), parts
    ('/d/seeds', ('a.txt',))
    """
    if not given or "\x00" in given or Path(given).is_absolute() or Path(given).drive:
        raise SourceError(f"source path {given!r} is outside the dataset's folder", _OUTSIDE_FIX)
    target = Path(os.path.normpath(base_dir / given))
    for folder in allowed:
        with contextlib.suppress(ValueError):
            parts = target.relative_to(folder).parts
            if parts:
                return folder, parts
    raise SourceError(f"source path {given!r} is outside the dataset's folder", _OUTSIDE_FIX)


def read_source(
    given: str,
    base_dir: Path,
    allowed: Sequence[Path] = (),
    *,
    max_bytes: int = MAX_SOURCE_BYTES,
) -> str:
    """The UTF-8 text of the source file ``given`` (relative to ``base_dir``), read
    only if it lies in ``allowed`` (by default ``base_dir`` alone); see the module
    docstring for what is refused."""
    folders = [Path(f).resolve() for f in (allowed or [base_dir])]
    folder, parts = allowed_part(given, Path(base_dir).resolve(), folders)
    with _opened(given, folder, parts) as fd:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SourceError(
                f"source path {given!r} is not a regular file", "give the path of a text file"
            )
        too_big = info.st_size > max_bytes  # refused unread
        raw = b"" if too_big else _read_at_most(fd, max_bytes + 1)
    if too_big or len(raw) > max_bytes:
        raise SourceError(
            f"source file {given!r} is over the {max_bytes:,}-byte limit for a source text",
            "cite a shorter text, or split it",
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SourceError(f"source file {given!r} is not UTF-8 text", "save it as UTF-8") from None


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    left = limit
    while left > 0:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _link_refused(given: str, part: str) -> SourceError:
    return SourceError(
        f"source path {given!r} goes through a symbolic link ({part!r}), which is not followed",
        "copy the text itself into the dataset's folder, or name the folder it is really in "
        "(lineage check --sources-dir DIR)",
    )


def _missing(given: str, folder: Path, parts: tuple[str, ...]) -> SourceError:
    return SourceError(
        f"source file {given!r} not found (looked at {folder.joinpath(*parts)})",
        "put the source text there or correct the path",
    )


@contextlib.contextmanager
def _opened(given: str, folder: Path, parts: tuple[str, ...]) -> Iterator[int]:
    """The file ``folder/parts`` opened for reading, no link followed on the way."""
    fd = _open_walk(given, folder, parts) if _AT_FD else _open_checked(given, folder, parts)
    try:
        yield fd
    finally:
        os.close(fd)


def _open_walk(given: str, folder: Path, parts: tuple[str, ...]) -> int:
    """Open each part relative to the folder before it (``openat``), refusing links."""
    try:
        fd = os.open(folder, _DIR_FLAGS)
    except FileNotFoundError:
        raise _missing(given, folder, parts) from None
    except OSError as exc:
        raise SourceError(
            f"the folder of source path {given!r} cannot be read ({exc.strerror})",
            "check the folder's permissions",
        ) from None
    try:
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            flags = _FILE_FLAGS if last else _DIR_FLAGS | _NOFOLLOW
            try:
                nxt = os.open(part, flags, dir_fd=fd)
            except OSError as exc:
                raise _open_error(exc, given, folder, parts, part, fd) from None
            os.close(fd)
            fd = nxt
    except BaseException:
        os.close(fd)
        raise
    return fd


def _open_error(
    exc: OSError, given: str, folder: Path, parts: tuple[str, ...], part: str, fd: int
) -> SourceError:
    if exc.errno == errno.ENOENT:
        return _missing(given, folder, parts)
    with contextlib.suppress(OSError):
        if stat.S_ISLNK(os.stat(part, dir_fd=fd, follow_symlinks=False).st_mode):
            return _link_refused(given, part)
    if exc.errno in (errno.ENOTDIR, errno.ELOOP):
        return SourceError(
            f"source path {given!r} is not a path to a file", "give the path of a text file"
        )
    return SourceError(
        f"source file {given!r} cannot be read ({exc.strerror})", "check the file's permissions"
    )


def _open_checked(given: str, folder: Path, parts: tuple[str, ...]) -> int:
    """Where ``openat`` is missing (Windows): refuse any link on the way, then open."""
    here = folder
    for part in parts:
        here = here / part
        try:
            reparse: object = getattr(here.lstat(), "st_reparse_tag", 0)  # a junction
            if here.is_symlink() or reparse:
                raise _link_refused(given, part)
        except FileNotFoundError:
            raise _missing(given, folder, parts) from None
    try:
        return os.open(here, _FILE_FLAGS)
    except FileNotFoundError:
        raise _missing(given, folder, parts) from None
    except OSError as exc:
        raise SourceError(
            f"source file {given!r} cannot be read ({exc.strerror})", "check the file's permissions"
        ) from None
