from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

import lineage

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def lg() -> lineage.Lineage:
    """The bundled dataset."""
    return lineage.load()


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> Iterator[None]:
    """lineage never touches the network: any socket connection fails the suite."""

    def guard(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("lineage tried to open a network connection")

    original = socket.socket.connect
    socket.socket.connect = guard  # type: ignore[method-assign]
    try:
        yield
    finally:
        socket.socket.connect = original  # type: ignore[method-assign]
