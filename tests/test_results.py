"""Notebook display: HTML tables (escaped), DataFrames, the missing-extra hint."""

from __future__ import annotations

import builtins
from typing import Any

import pytest

import lineage
from lineage import MissingDependencyError

from .build import group
from .build import lineage as make


def test_results_are_lists_with_html(lg: lineage.Lineage) -> None:
    became = lg.became("MOJWA")
    assert became == [lg.group("al-murabitoun"), lg.group("isgs"), lg.group("jnim")]
    assert "<td>al-murabitoun</td>" in became._repr_html_()
    explanation = lg.explain("AQIM", "ISGS")
    html = explanation._repr_html_()
    assert "mojwa-split" in html
    assert "The result of this blend was Al Murabitoun" in html
    assert "<table" in lg.timeline("Boko Haram")._repr_html_()
    assert "Abubakar Shekau" in lg.snapshot("2016")._repr_html_()
    assert "<td>origin</td><td>Tuareg</td>" in lg.person("Ag Ghali")._repr_html_()


def test_html_escapes_hostile_names() -> None:
    lg = make([group("a", "<script>alert('x')</script> & co")])
    html = lg.groups[0]._repr_html_() + lineage.load().became("MOJWA")._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; co" in html


def test_frames(lg: lineage.Lineage) -> None:
    pytest.importorskip("pandas")
    events = lg.events_frame()
    assert len(events) == len(lg.events)
    assert events.loc["jnim-formed", "date"] == "2017-03-02"
    groups = lg.groups_frame()
    assert groups.loc["jnim", "leaders"] == ["Iyad Ag Ghali"]
    assert groups.loc["mojwa", "founded"] == "2011"


def test_missing_pandas_says_what_to_install(
    lg: lineage.Lineage, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_pandas(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas":
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(MissingDependencyError, match=r"pip install 'lineage\[notebook\]'"):
        lg.events_frame()
    assert issubclass(MissingDependencyError, ImportError)
