"""Every output goes through one writer: it never replaces an input, never follows a
planted link, honours the umask, writes special files directly, keeps links and
modes, and leaves no temporary file behind, even on SIGTERM."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import lineage
from lineage.exceptions import ArgumentError
from lineage.io import canonical_json, read_dataset, write_dataset
from lineage.io.files import plan_outputs, write_outputs, write_text_atomic

from .crafted import run

DATA = Path(lineage.BUNDLED)
KEY = "group_id,name\n1,Alpha Front\n2,Beta Brigade\n"
REL = (
    "unique_id,type,group1_id,group2_id,date,description,group1_name,group2_name\n"
    '7,spl,2,1,2001-00-00,"Beta Brigade split from Alpha Front.",Beta Brigade,Alpha Front\n'
)
needs_links = pytest.mark.skipif(not hasattr(os, "link"), reason="no links on this system")
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def _copy(tmp_path: Path, name: str = "a.json") -> Path:
    out = tmp_path / name
    shutil.copyfile(DATA, out)
    return out


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# -- never over an input ------------------------------------------------------------


def test_an_export_never_replaces_its_own_dataset(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    before = data.read_bytes()
    code, out, err = run("export", "--format", "json", "-o", data, "--data", data)
    assert (code, out) == (2, "")
    assert (
        err.strip() == f"lineage: {data}: is also an input of this command — write to another file"
    )
    assert data.read_bytes() == before


@needs_links
@pytest.mark.parametrize("alias", ["hard link", "symbolic link", "another spelling"])
def test_an_input_is_recognised_under_another_name(tmp_path: Path, alias: str) -> None:
    data = _copy(tmp_path)
    before = data.read_bytes()
    other = tmp_path / "other.json"
    if alias == "hard link":
        os.link(data, other)
    elif alias == "symbolic link":
        other.symlink_to(data)
    else:
        (tmp_path / "sub").mkdir()
        other = tmp_path / "sub" / ".." / "a.json"
    code, _, err = run("export", "--format", "csv", "-o", other, "--data", data)
    assert code == 2
    assert "is also an input of this command" in err
    assert data.read_bytes() == before


def test_an_import_never_replaces_its_csv_files(tmp_path: Path) -> None:
    rel, key = tmp_path / "rel.csv", tmp_path / "key.csv"
    rel.write_text(REL, encoding="utf-8")
    key.write_text(KEY, encoding="utf-8")
    code, _, err = run("import", "mmp", rel, key, "-o", rel, "--report", key)
    assert code == 2
    assert "rel.csv: is also an input of this command" in err
    assert (rel.read_text(encoding="utf-8"), key.read_text(encoding="utf-8")) == (REL, KEY)
    code, _, err = run("import", "mmp", rel, key, "-o", tmp_path / "x.json", "--report", key)
    assert code == 2
    assert "key.csv: is also an input of this command" in err
    assert _files(tmp_path) == ["key.csv", "rel.csv"]


def test_two_outputs_cannot_be_one_file(tmp_path: Path) -> None:
    rel, key = tmp_path / "rel.csv", tmp_path / "key.csv"
    rel.write_text(REL, encoding="utf-8")
    key.write_text(KEY, encoding="utf-8")
    code, _, err = run(
        "import", "mmp", rel, key, "-o", tmp_path / "x.json", "--report", tmp_path / "x.json"
    )
    assert code == 2
    assert "are the same file" in err
    assert _files(tmp_path) == ["key.csv", "rel.csv"]


def test_every_output_is_checked_before_the_first_is_written(tmp_path: Path) -> None:
    rel, key = tmp_path / "rel.csv", tmp_path / "key.csv"
    rel.write_text(REL, encoding="utf-8")
    key.write_text(KEY, encoding="utf-8")
    missing = tmp_path / "missing" / "r.json"
    code, _, err = run("import", "mmp", rel, key, "-o", tmp_path / "mmp.json", "--report", missing)
    assert code == 2
    assert f"the folder {missing.parent} does not exist" in err
    assert _files(tmp_path) == ["key.csv", "rel.csv"]  # the dataset was not written first


def test_a_failure_in_the_second_output_leaves_the_first_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("old first\n", encoding="utf-8")
    plans = plan_outputs([first, second])
    real = os.fsync
    calls = []

    def failing(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(fd)

    monkeypatch.setattr(os, "fsync", failing)
    with pytest.raises(OSError, match="No space left") as info:
        write_outputs([(plans[0], "new first\n"), (plans[1], "second\n")])
    assert info.value.filename == str(second)  # named as given, never a temporary file
    assert first.read_text(encoding="utf-8") == "old first\n"
    assert _files(tmp_path) == ["first.txt"]


# -- temporary files ---------------------------------------------------------------


def test_draw_never_writes_through_a_planted_temporary_name(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    out = tmp_path / "d.png"
    for planted in (f".{out.name}.tmp{out.suffix}", f".{out.name}.tmp"):
        try:
            (tmp_path / planted).symlink_to(victim)
        except OSError:
            pytest.skip("this system cannot make symbolic links")
    code, _, _ = run("draw", "JNIM", "-o", out)
    assert code == 0
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert out.read_bytes().startswith(b"\x89PNG")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.is_symlink()) == [
        "d.png",
        "victim.txt",
    ]


def test_temporary_names_are_unpredictable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = []
    real = os.replace

    def spy(src: str, dst: str) -> None:
        names.append(Path(src).name)
        real(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    for _ in range(3):
        write_text_atomic(tmp_path / "x.txt", "x")
    assert len(set(names)) == 3
    assert all(n.startswith(".x.txt.") and len(n) > len(".x.txt..tmp") + 12 for n in names)


@pytest.mark.skipif(not hasattr(signal, "SIGTERM"), reason="no SIGTERM on this system")
def test_sigterm_during_a_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old\n", encoding="utf-8")

    def killed(_fd: int) -> None:
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(os, "fsync", killed)
    with pytest.raises(SystemExit) as info:
        write_text_atomic(target, "new\n")
    assert info.value.code == 128 + signal.SIGTERM
    assert _files(tmp_path) == ["out.json"]
    assert target.read_text(encoding="utf-8") == "old\n"
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # restored


@pytest.mark.skipif(not hasattr(signal, "SIGTERM"), reason="no SIGTERM on this system")
def test_sigterm_to_a_running_export_leaves_no_temporary_file(tmp_path: Path) -> None:
    script = (
        "import os, sys, time\n"
        "real = os.fsync\n"
        "def slow(fd):\n"
        "    print('writing', flush=True); time.sleep(30)\n"
        "os.fsync = slow\n"
        "from lineage.cli import main\n"
        "main(['export', '--format', 'json', '-o', sys.argv[1]])\n"
    )
    out = tmp_path / "big.json"
    with subprocess.Popen(
        [sys.executable, "-c", script, str(out)], stdout=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None
        assert proc.stdout.readline() == "writing\n"
        assert any(p.name.endswith(".tmp") for p in tmp_path.iterdir())
        proc.terminate()
        assert proc.wait(timeout=20) == 128 + signal.SIGTERM
    assert _files(tmp_path) == []


# -- modes, links and special files -------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_honours_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        assert run("export", "--format", "csv", "-o", tmp_path / "x.csv")[0] == 0
        write_dataset(read_dataset(DATA), tmp_path / "y.json")
    finally:
        os.umask(old)
    for name in ("x.csv", "y.json"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == mode


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    assert run("export", "--format", "csv", "-o", out)[0] == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert out.read_text(encoding="utf-8").startswith('"id","kind"')


def _messy(tmp_path: Path) -> Path:
    data = tmp_path / "real.json"
    data.write_text(canonical_json(read_dataset(DATA)).replace("\n  ", "\n    "), encoding="utf-8")
    (tmp_path / "seeds").mkdir(exist_ok=True)
    return data


@needs_links
def test_fmt_writes_through_a_symbolic_link_keeping_it_and_the_mode(tmp_path: Path) -> None:
    real = _messy(tmp_path)
    real.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(real.name)
    code, out, _ = run("fmt", link)
    assert (code, out) == (0, f"formatted {link}\n")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == DATA.read_text(encoding="utf-8")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


@needs_links
def test_fmt_keeps_hard_links(tmp_path: Path) -> None:
    real = _messy(tmp_path)
    twin = tmp_path / "twin.json"
    os.link(real, twin)
    assert run("fmt", real)[0] == 0
    assert real.stat().st_ino == twin.stat().st_ino
    assert twin.read_text(encoding="utf-8") == DATA.read_text(encoding="utf-8")
    assert real.stat().st_nlink == 2


@needs_fifo
def test_a_named_pipe_is_written_into_not_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()))
    reader.start()
    code, _, _ = run("export", "--format", "csv", "-o", pipe)
    reader.join(timeout=20)
    assert code == 0
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert got[0].startswith(b'"id","kind"')


@pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="no /dev/stdout here")
def test_dev_stdout_is_written_to_not_replaced(tmp_path: Path) -> None:
    out = tmp_path / "shell.csv"
    with out.open("w") as handle:
        proc = subprocess.run(
            [sys.executable, "-m", "lineage", "export", "--format", "csv", "-o", "/dev/stdout"],
            stdout=handle,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith('"id","kind"')  # not overwritten by a message
    assert "wrote" not in text
    assert Path("/dev/stdout").is_symlink() or Path("/dev/stdout").is_char_device()


def test_a_dash_is_standard_output(tmp_path: Path) -> None:
    code, out, _ = run("schema", "-o", "-")
    assert code == 0
    assert out.startswith("{")
    assert _files(tmp_path) == []


def test_write_refuses_a_folder_and_a_dangling_link(tmp_path: Path) -> None:
    with pytest.raises(ArgumentError, match="is a folder"):
        plan_outputs([tmp_path])
    dangling = tmp_path / "dangling.json"
    try:
        dangling.symlink_to(tmp_path / "elsewhere" / "x.json")
    except OSError:
        pytest.skip("this system cannot make symbolic links")
    with pytest.raises(ArgumentError, match="is a link to a file that does not exist"):
        plan_outputs([dangling])
