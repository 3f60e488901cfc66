"""Shared test setup: Qt runs offscreen, whatever the developer's display, and no test leaves a
thread of ours running."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator

import pytest

from tests.support import THREAD_END_GRACE_S, leaked_threads, wait_until

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def no_leaked_threads() -> Iterator[None]:
    """Fail a test that leaves running a thread it started: any non-daemon thread, and any
    thread running kiosk or hardware code (link readers, drivers, event threads, simulators,
    workers), daemon or not.

    Threads of a module- or session-scoped fixture are set up before this fixture looks, so a
    simulator shared by a module's tests is not counted against any one of them."""
    before = set(threading.enumerate())
    yield
    leaked = leaked_threads(before)
    if not leaked():
        return
    try:
        wait_until(lambda: not leaked(), timeout=THREAD_END_GRACE_S, what="test threads to end")
    except AssertionError:
        pytest.fail(f"threads left running: {leaked()}", pytrace=False)
