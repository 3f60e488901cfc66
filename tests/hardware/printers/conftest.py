"""Servers for the printer backend tests, started once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hardware.printers.octoprint_server import (
    OctoPrintServer,
    OctoPrintUnavailable,
    install,
)
from tests.support import require


@pytest.fixture(scope="session")
def octoprint_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OctoPrintServer]:
    """A real OctoPrint from PyPI with its virtual printer. Skips on a machine that cannot
    install it; under CI=true that is a failure."""
    try:
        executable, _ = install()
        server = OctoPrintServer(executable, Path(tmp_path_factory.mktemp("octoprint")))
        server.start()
    except OctoPrintUnavailable as exc:
        require(False, f"a real OctoPrint server ({exc})")
        raise AssertionError("unreachable") from None
    yield server
    server.stop()
