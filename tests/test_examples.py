"""Every example script runs; the tour notebook executes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

EXAMPLES = ROOT / "examples"

EXPECT = {
    "what_did_mojwa_become.py": ["Al Murabitoun (al-murabitoun)", "2015  split"],
    "where_did_jnim_come_from.py": [
        "Led in 2017 by: Iyad Ag Ghali",
        "Al Qaeda in the Islamic Maghreb",
    ],
    "camps.py": ["End of 2014:", "Islamic State: Islamic State, Jund al-Khilafa, Wilayat Sinai"],
    "draw_diagrams.py": ["wrote", "jnim.png"],
    "combine_with_mmp.py": ["MUJAO is groups:mojwa", "Where the sources disagree", "mmp:mmp-r1769"],
}


def test_every_script_is_covered() -> None:
    assert {p.name for p in EXAMPLES.glob("*.py")} == set(EXPECT)


@pytest.mark.parametrize("script", sorted(EXPECT))
def test_example_runs(script: str, tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(EXAMPLES / script), str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    if proc.stdout.startswith("skipped: "):
        assert script == "combine_with_mmp.py"  # the only one that needs outside files
        pytest.skip(proc.stdout.strip())
    for expected in EXPECT[script]:
        assert expected in proc.stdout
    if script == "draw_diagrams.py":
        assert (tmp_path / "jnim.png").read_bytes().startswith(b"\x89PNG")


def test_tour_notebook_executes() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    nb = nbformat.read(EXAMPLES / "tour.ipynb", as_version=4)
    assert all(not cell.get("outputs") for cell in nb.cells if cell.cell_type == "code")
    nbclient.NotebookClient(nb, timeout=120, kernel_name="python3").execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o for o in outputs if "text/html" in o.get("data", {})]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert html
    assert images
