"""A dataset's source paths cannot make lineage read, or reveal, a file outside the
dataset's folder; nor hang it, nor exhaust its memory."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import lineage
from lineage.check import check_dataset
from lineage.io import parse_dataset
from lineage.io.sources import SourceError, read_source

from .crafted import budget, run

SECRET = "root:x:0:0:the secret line"


def _doc(path: str, quote: str = "root") -> dict[str, Any]:
    return {
        "sources": [{"id": "s", "title": "S", "path": path}],
        "groups": [{"id": "a", "name": "A", "citations": [{"source": "s", "quote": quote}]}],
    }


def _write(folder: Path, path: str, quote: str = "root", name: str = "d.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / name
    out.write_text(json.dumps(_doc(path, quote)), encoding="utf-8")
    return out


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A secret file beside, not inside, the dataset's folder (``tmp_path/data``)."""
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    return secret


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every path ``os.open`` is asked to open while checking."""
    seen: list[str] = []
    real = os.open

    def spy(path: Any, *args: Any, **kwargs: Any) -> int:
        seen.append(os.fspath(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    return seen


REFUSED = [
    "../secret.txt",
    "../../../../../../etc/passwd",
    "/etc/passwd",
    "/etc/shadow",
    "/proc/self/environ",
    "/dev/zero",
    "sub/../../secret.txt",
    "",
]


@pytest.mark.usefixtures("outside")
@pytest.mark.parametrize("path", REFUSED)
def test_a_path_outside_the_folder_is_refused_unread(
    tmp_path: Path, opened: list[str], path: str
) -> None:
    data = _write(tmp_path / "data", path)
    with budget(5, 50):
        code, out, err = run("check", data)
    assert (code, out) == (2, "")
    [line] = err.splitlines()
    assert line == (
        f"{data}: s: path: source path {path!r} is outside the dataset's folder — put the "
        "source text in the dataset's folder, or name the folder that holds it "
        "(lineage check --sources-dir DIR)"
    )
    assert "quote" not in err  # no verdict on a quote against a text not read
    assert not [p for p in opened if "secret" in p or p.startswith(("/etc", "/proc", "/dev"))]


@pytest.mark.usefixtures("outside")
def test_the_answer_is_the_same_whether_the_target_exists_or_not(tmp_path: Path) -> None:
    there = _write(tmp_path / "data", "../secret.txt")
    absent = _write(tmp_path / "data", "../absent.txt", name="e.json")
    said = [run("check", p)[2].removeprefix(f"{p}: ") for p in (there, absent)]
    assert said[0].replace("secret", "X") == said[1].replace("absent", "X")
    assert str(tmp_path) not in said[0]  # no resolved path
    assert not any(c.isdigit() for c in said[0])  # no size, no offset


@pytest.mark.parametrize("link_in", ["file", "folder"])
def test_a_symbolic_link_is_not_followed(tmp_path: Path, outside: Path, link_in: str) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    try:
        if link_in == "file":
            (folder / "text.txt").symlink_to(outside)
            path = "text.txt"
        else:
            (folder / "texts").symlink_to(tmp_path)
            path = "texts/secret.txt"
    except OSError:
        pytest.skip("this system cannot make symbolic links")
    data = _write(folder, path)
    code, _, err = run("check", data)
    said = err.removeprefix(f"{data}: ")
    assert code == 2
    assert "goes through a symbolic link" in said
    assert "root" not in said
    assert "secret" not in said.replace("'texts/secret.txt'", "")
    assert str(outside) not in said
    # a link to a file that does not exist gets the same words
    (folder / "gone.txt").symlink_to(tmp_path / "nothing-here.txt")
    gone = _write(folder, "gone.txt", name="g.json")
    assert "goes through a symbolic link ('gone.txt')" in run("check", gone)[2]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_is_refused_without_hanging(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    os.mkfifo(folder / "pipe")
    data = _write(folder, "pipe")
    with budget(5, 50):
        code, _, err = run("check", data)
    assert code == 2
    assert "source path 'pipe' is not a regular file" in err


def test_a_folder_is_not_a_source(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    (folder / "texts").mkdir(parents=True)
    code, _, err = run("check", _write(folder, "texts"))
    assert code == 2
    assert "is not a regular file" in err


def test_a_huge_source_is_refused_before_it_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    with (folder / "big.txt").open("wb") as handle:  # sparse: no disk used
        handle.truncate(2 * 1024**3)
    with budget(5, 100):
        code, _, err = run("check", _write(folder, "big.txt"))
    assert code == 2
    assert "is over the 67,108,864-byte limit for a source text" in err


def test_a_source_that_is_not_utf8_names_no_offset(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "latin.txt").write_bytes(b"caf\xe9 root")
    code, _, err = run("check", _write(folder, "latin.txt"))
    assert code == 2
    assert err.strip().endswith("source file 'latin.txt' is not UTF-8 text — save it as UTF-8")


def test_a_text_inside_the_folder_is_read_and_checked(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    (folder / "texts").mkdir(parents=True)
    (folder / "texts" / "s.txt").write_text("root and branch", encoding="utf-8")
    assert run("check", _write(folder, "texts/s.txt"))[0] == 0
    code, _, err = run("check", _write(folder, "texts/s.txt", quote="leaf", name="e.json"))
    assert code == 2
    assert "quote not found in source 's': 'leaf'" in err


@pytest.mark.usefixtures("outside")
def test_a_folder_named_by_the_user_may_be_read(tmp_path: Path) -> None:
    data = _write(tmp_path / "data", "../secret.txt")
    assert run("check", data, "--sources-dir", tmp_path)[0] == 0
    dataset = parse_dataset(data.read_text(encoding="utf-8"), str(data))
    base = data.parent
    assert check_dataset(dataset, base_dir=base, verify_quotes=True, source_dirs=[tmp_path]) == []
    [refused] = check_dataset(dataset, base_dir=base, verify_quotes=True)
    assert "outside the dataset's folder" in refused.message


@pytest.mark.usefixtures("outside")
def test_loading_refuses_too(tmp_path: Path) -> None:
    data = _write(tmp_path / "data", "../secret.txt")
    with pytest.raises(lineage.DataError, match="outside the dataset's folder"):
        lineage.load(data, verify_quotes=True)


def test_the_bundled_data_still_reads_its_own_seed_texts(lg: lineage.Lineage) -> None:
    assert lg.check() == []
    assert run("check")[0] == 0


def test_read_source_refuses_before_touching_anything(tmp_path: Path, opened: list[str]) -> None:
    for path in ("/etc/passwd", "../x", "a/../../x"):
        with pytest.raises(SourceError, match="outside the dataset's folder"):
            read_source(path, tmp_path)
    assert opened == []


def test_a_dataset_that_is_a_device_is_refused() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    with budget(5, 50):
        for args in (["check", "/dev/zero"], ["show", "--data", "/dev/zero"]):
            code, _, err = run(*args)
            assert code == 2
            assert err.strip() == "/dev/zero: is a device, not a file — give the path of a file"
