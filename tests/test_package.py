"""Packaging: the public API, py.typed, and the README session as a doctest."""

from __future__ import annotations

import doctest
import re

import lineage

from .conftest import ROOT


def test_all_matches_public_names() -> None:
    public = {n for n in dir(lineage) if not n.startswith("_")}
    modules = {n for n in public if type(getattr(lineage, n)).__name__ == "module"}

    # isort-style, as ruff keeps it: constants, then classes, then functions
    def style(name: str) -> tuple[int, str]:
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert sorted(lineage.__all__, key=style) == lineage.__all__
    assert set(lineage.__all__) == public - modules
    for name in lineage.__all__:
        assert getattr(lineage, name) is not None, name  # lazy names load on first use


def test_py_typed_ships() -> None:
    assert (ROOT / "src" / "lineage" / "py.typed").exists()


def test_error_hierarchy() -> None:
    for cls in (lineage.DataError, lineage.UnknownNameError, lineage.AmbiguousNameError):
        assert issubclass(cls, lineage.LineageError)
    assert issubclass(lineage.DataError, ValueError)
    assert issubclass(lineage.UnknownNameError, LookupError)
    assert issubclass(lineage.AmbiguousNameError, LookupError)


def test_readme_session_runs() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert blocks
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    session: dict[str, object] = {}  # one session, read top to bottom
    for i, block in enumerate(blocks):
        test = parser.get_doctest(block, session, f"README[{i}]", "README.md", 0)
        runner.run(test, clear_globs=False)
        session.update(test.globs)  # DocTest copies its globals: carry them on
    assert runner.failures == 0
    assert runner.tries > 5
