"""Files: where the bundled data lie, and the one writer every output goes through.

Every file lineage writes (a dataset, an export, a diagram, a schema, a
report) is planned with :func:`plan_outputs` before any work is done, and
written with :func:`write_outputs` once every output's content is ready:

* **checked first, all at once**: each output's folder exists and can be
  written in, the output is not a folder, it is not one of the command's
  inputs (the same path, or the same file under another name or link), and no
  two outputs are one file. A refusal is an :class:`~lineage.ArgumentError`
  naming the output as it was given;
* **a plain file is replaced atomically**: the text goes to a temporary file
  beside the target, named unpredictably and created exclusively (``O_EXCL``,
  so never through a planted link), then renamed over it; the old file
  survives any failure, and the temporary file is removed on an error, on
  Ctrl-C and on SIGTERM. Every output's temporary file is written before the
  first is renamed, so a full disk leaves every old file as it was;
* **modes**: a new file gets the mode the umask gives (``0644`` under the
  usual ``022``); a replaced file keeps its mode;
* **links**: a symbolic link is written through (the link stays, the file
  it names gets the text); a file with several hard links (or in a folder
  that cannot be written in) is rewritten in place, so that every name sees
  the new text;
* **special files** (a terminal, a device such as ``/dev/stdout`` or
  ``/dev/null``, a named pipe) are written to directly, never replaced;
  :data:`STDOUT` (``"-"``) is standard output.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> write_text_atomic(folder / "a.txt", "hello\\n")
>>> (folder / "a.txt").read_text()
'hello\\n'
>>> try:
...     plan_outputs([folder / "a.txt"], inputs=[folder / "a.txt"])
... except ArgumentError as exc:
...     print(exc.message.split(": ")[-1], "|", exc.fix)
is also an input of this command | write to another file
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import stat
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from ..exceptions import ArgumentError

__all__ = [
    "STDOUT",
    "Output",
    "bundled_path",
    "plan_outputs",
    "read_bounded",
    "write_outputs",
    "write_text_atomic",
]

STDOUT = "-"
"""The output name that means standard output."""

How = Literal["stdout", "stderr", "direct", "replace", "in_place", "new"]
PathLike = str | os.PathLike[str]

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def bundled_path() -> Path:
    """The bundled ``groups.json``: package data when installed, else the repository's."""
    packaged = resources.files("lineage").joinpath("data", "groups.json")
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / "data" / "groups.json"


def read_bounded(path: PathLike, max_bytes: int) -> bytes:
    """The bytes of an input file the user named, read no further than ``max_bytes``.

    A device (``/dev/zero``, a terminal) or a folder is refused before it is read,
    a plain file larger than ``max_bytes`` too, and a pipe once it gives more:
    each a :class:`ValueError` saying so (an :class:`OSError` when the file
    cannot be opened).
    """
    fd = os.open(path, os.O_RDONLY | _CLOEXEC | _BINARY)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ValueError("is a folder, not a file")
        if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
            raise ValueError("is a device, not a file")
        if info.st_size > max_bytes:
            raise ValueError(f"is {info.st_size:,} bytes, over the {max_bytes:,}-byte limit")
        chunks: list[bytes] = []
        size = 0
        while size <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > max_bytes:
        raise ValueError(f"is over the {max_bytes:,}-byte limit")
    return b"".join(chunks)


@dataclass(frozen=True)
class Output:
    """One planned output: how it will be written, and the inputs it must not be."""

    shown: str
    """The output as the user gave it (every message names it so)."""
    how: How
    """``stdout`` or ``stderr`` (written through that stream), ``direct`` (another
    special file), ``replace`` (a plain file, atomically), ``in_place`` (a file
    with several hard links) or ``new``."""
    path: Path | None
    """The file written (links resolved); ``None`` for standard output."""
    mode: int | None = None
    """The mode a replaced file keeps."""
    inputs: tuple[str, ...] = ()


def _refuse(shown: str, message: str, fix: str) -> ArgumentError:
    return ArgumentError(f"{shown}: {message}", fix)


def _folder_writable(shown: str, folder: Path) -> None:
    if not folder.is_dir():
        raise _refuse(shown, f"the folder {folder} does not exist", "create it or write elsewhere")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _refuse(shown, f"the folder {folder} cannot be written in", "write elsewhere")


def _our_stream(st: os.stat_result) -> How | None:
    """``"stdout"`` or ``"stderr"`` if ``st`` is the file one of them already writes to
    (``-o /dev/stdout``, or the file the shell sent it to): written through that
    stream, so that the two never overwrite each other."""
    for fd, name in ((1, "stdout"), (2, "stderr")):
        with contextlib.suppress(OSError, ValueError):
            if os.path.samestat(st, os.fstat(fd)):
                return name  # type: ignore[return-value]
    return None


def _plan_one(given: PathLike, inputs: tuple[str, ...]) -> Output:
    shown = os.fspath(given)
    if isinstance(given, str) and given == STDOUT:
        return Output(shown, "stdout", None, inputs=inputs)
    path = Path(given)
    try:
        st = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise _refuse(
                shown,
                "is a link to a file that does not exist",
                "remove the link or write elsewhere",
            ) from None
        _folder_writable(shown, path.parent)
        return Output(shown, "new", path, inputs=inputs)
    except OSError as exc:
        raise _refuse(shown, f"cannot be written ({exc.strerror})", "write elsewhere") from None
    if stat.S_ISDIR(st.st_mode):
        raise _refuse(shown, "is a folder", "give the name of a file")
    if stat.S_ISSOCK(st.st_mode):
        raise _refuse(shown, "is a socket", "write to a file")
    ours = _our_stream(st)
    if ours is not None:
        return Output(shown, ours, None, inputs=inputs)
    if not stat.S_ISREG(st.st_mode):
        return Output(shown, "direct", path, inputs=inputs)
    real = Path(os.path.realpath(path))
    if not os.access(real, os.W_OK):
        raise _refuse(shown, "cannot be written (it is read-only)", "write elsewhere")
    mode = stat.S_IMODE(st.st_mode)
    if st.st_nlink > 1 or not os.access(real.parent, os.W_OK | os.X_OK):
        # renaming would break the other links (or cannot be done in a read-only
        # folder): the file itself is rewritten
        return Output(shown, "in_place", real, mode, inputs)
    return Output(shown, "replace", real, mode, inputs)


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: the same resolved path, or the same inode."""
    with contextlib.suppress(OSError):
        if os.path.realpath(a) == os.path.realpath(b):
            return True
        return a.samefile(b)
    return False


def plan_outputs(outputs: Iterable[PathLike], *, inputs: Iterable[PathLike] = ()) -> list[Output]:
    """Check every output before anything is written (see the module docstring).

    ``inputs`` are the files the command reads: an output that is one of them
    is refused. ``"-"`` (a ``str``) is standard output.
    """
    named = tuple(os.fspath(p) for p in inputs)
    planned = [_plan_one(p, named) for p in outputs]
    for out in planned:
        if out.path is None:
            continue
        if out.how != "direct" and any(_same_file(out.path, Path(i)) for i in named):
            raise _refuse(out.shown, "is also an input of this command", "write to another file")
    files = [o for o in planned if o.path is not None and o.how != "direct"]
    for i, a in enumerate(files):
        for b in files[i + 1 :]:
            if a.path is not None and b.path is not None and _same_file(a.path, b.path):
                raise _refuse(
                    f"{a.shown} and {b.shown}", "are the same file", "give each output its own file"
                )
    return planned


def plan_output(output: PathLike, *, inputs: Iterable[PathLike] = ()) -> Output:
    """:func:`plan_outputs` for one output."""
    return plan_outputs([output], inputs=inputs)[0]


@contextlib.contextmanager
def _terminable() -> Iterator[None]:
    """SIGTERM raises ``SystemExit(143)`` meanwhile (as Ctrl-C raises), so that the
    ``finally`` clauses that remove temporary files run; the old handler is restored."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.getsignal(signal.SIGTERM)
    if old != signal.SIG_DFL:
        yield  # someone else handles SIGTERM (or ignores it): leave it to them
        return

    def stop(signum: int, _frame: Any) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def _write_fd(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _stage(out: Output, data: bytes) -> Path:
    """Write ``data`` to a new temporary file beside ``out``; its path."""
    assert out.path is not None
    folder = out.path.parent
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | _BINARY
    while True:
        tmp = folder / f".{out.path.name}.{secrets.token_hex(8)}.tmp"
        try:
            fd = os.open(tmp, flags, 0o666)  # the umask applies
            break
        except FileExistsError:  # pragma: no cover - 64 random bits taken
            continue
    try:
        if out.mode is not None and hasattr(os, "fchmod"):
            os.fchmod(fd, out.mode)
        _write_fd(fd, data)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    os.close(fd)
    return tmp


def _write_into(out: Output, data: bytes) -> None:
    """Write ``data`` into the file itself: standard output, a special file, or a
    hard-linked file rewritten in place."""
    if out.how in ("stdout", "stderr"):
        stream: Any = sys.stdout if out.how == "stdout" else sys.stderr
        stream.flush()
        binary = getattr(stream, "buffer", None)
        if binary is not None:
            binary.write(data)
            binary.flush()
        else:
            stream.write(data.decode("utf-8"))
            stream.flush()
        return
    assert out.path is not None
    if out.how == "direct":
        fd = os.open(out.path, os.O_WRONLY | os.O_APPEND | _CLOEXEC | _BINARY)
        try:
            _write_fd(fd, data)
        finally:
            os.close(fd)
        return
    fd = os.open(out.path, os.O_WRONLY | _NOFOLLOW | _CLOEXEC | _BINARY)
    try:
        _write_fd(fd, data)
        os.ftruncate(fd, len(data))
        os.fsync(fd)
    finally:
        os.close(fd)


def _as_bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def write_outputs(items: Sequence[tuple[Output, str | bytes]]) -> None:
    """Write each planned output's content (text is written as UTF-8).

    The plans are checked again first (a file may have appeared since). Every
    replaced or new file is staged to its temporary file before the first is
    renamed into place; nothing is left behind on any failure. An error names
    the output as the user gave it, never a temporary file.
    """
    fresh = [(plan_output(_given(o), inputs=o.inputs), _as_bytes(c)) for o, c in items]
    staged: list[tuple[Path, Output]] = []
    current = fresh[0][0] if fresh else None
    with _terminable():
        try:
            for current, data in fresh:
                if current.how in ("replace", "new"):
                    staged.append((_stage(current, data), current))
            for tmp, current in staged:
                tmp.replace(current.path)  # type: ignore[arg-type]
            staged = []
            for current, data in fresh:
                if current.how not in ("replace", "new"):
                    _write_into(current, data)
        except OSError as exc:
            shown = current.shown if current is not None else "output"
            raise OSError(exc.errno, exc.strerror or str(exc), shown) from None
        finally:
            for tmp, _ in staged:
                tmp.unlink(missing_ok=True)


def _given(out: Output) -> PathLike:
    return STDOUT if out.shown == STDOUT and out.how == "stdout" else Path(out.shown)


def write_text_atomic(
    path: PathLike, text: str | bytes, *, inputs: Iterable[PathLike] = ()
) -> None:
    """Write ``text`` to ``path`` with the one writer (see the module docstring)."""
    write_outputs([(plan_output(_path(path), inputs=inputs), text)])


def _path(path: PathLike) -> PathLike:
    """A ``str`` path as a :class:`Path`, so that only the CLI's ``"-"`` means stdout."""
    return Path(path) if isinstance(path, str) else path
