"""The leaked-thread check in tests/conftest.py tells our threads and stray ones from the rest."""

from __future__ import annotations

import functools
import threading

from hardware.framing import LineFramer
from kiosk.ids import uuid7
from tests.support import counts_as_leaked, leaked_threads


def _idle() -> None:
    pass


def test_a_daemon_thread_running_project_code_counts() -> None:
    framer = LineFramer(64)
    for target in (uuid7, functools.partial(uuid7), framer.reset):
        thread = threading.Thread(target=target, name="probe", daemon=True)
        assert counts_as_leaked(thread), target


def test_a_daemon_thread_of_a_library_or_a_test_does_not_count() -> None:
    assert not counts_as_leaked(threading.Thread(target=_idle, name="probe", daemon=True))


def test_a_non_daemon_thread_counts_whoever_started_it() -> None:
    assert counts_as_leaked(threading.Thread(target=_idle, name="probe", daemon=False))


def test_a_thread_still_running_after_the_snapshot_is_reported_until_it_ends() -> None:
    before = set(threading.enumerate())
    release = threading.Event()
    thread = threading.Thread(target=release.wait, name="still-running", daemon=False)
    thread.start()
    leaked = leaked_threads(before)
    try:
        assert leaked() == ["still-running"]
    finally:
        release.set()
        thread.join()
    assert leaked() == []
