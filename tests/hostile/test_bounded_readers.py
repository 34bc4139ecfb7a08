"""Every reader of a file the user names stops at its limit: /dev/zero is refused at once."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import lineage
from lineage.cli import cli
from lineage.identity import read_links

ZERO = Path("/dev/zero")
pytestmark = pytest.mark.skipif(not ZERO.exists(), reason="no /dev/zero on this system")


def test_a_dataset_from_a_device_is_refused_from_python() -> None:
    started = time.monotonic()
    with pytest.raises(lineage.DataError, match="is a device, not a file"):
        lineage.load(ZERO)
    assert time.monotonic() - started < 5


def test_a_links_file_from_a_device_is_refused() -> None:
    with pytest.raises(lineage.DataError, match="is a device, not a file"):
        read_links(ZERO)


def test_a_table_to_resolve_from_a_device_is_refused() -> None:
    result = CliRunner().invoke(cli, ["resolve", str(ZERO), "--column", "name"])
    assert result.exit_code == 2
    assert "is a device, not a file" in result.stderr
