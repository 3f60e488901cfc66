"""Fixtures for hardware tests. Helpers to import live in tests/hardware/support.py."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from tests.hardware.support import wait_until

_HARDWARE_THREADS = (
    "serial-link:",
    "sim:",
    "relay-client:",
    "relay-events:",
    "marlin:",
    "marlin-events:",
    "printer-events:",
    "printer-poll:",
)


@pytest.fixture
def no_leaked_threads() -> Iterator[None]:
    """Fail a test that leaves a serial link, driver, event or simulator thread running.

    Opt in per module with `pytestmark = pytest.mark.usefixtures("no_leaked_threads")`; not
    autouse, because a module-scoped simulator is legitimately alive between tests."""
    before = set(threading.enumerate())
    yield

    def leaked() -> list[str]:
        return [
            thread.name
            for thread in threading.enumerate()
            if thread not in before and thread.name.startswith(_HARDWARE_THREADS)
        ]

    try:
        wait_until(lambda: not leaked(), timeout=3.0, what="hardware threads to end")
    except AssertionError:
        pytest.fail(f"threads left running: {leaked()}", pytrace=False)
