"""Helpers shared by tests."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

T = TypeVar("T")


def under_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def require(condition: bool, what: str) -> None:
    """Skip when an outside dependency named by `what` is missing; under CI=true, fail instead,
    because .ci/run installs and starts everything the suite needs."""
    if condition:
        return
    if under_ci():
        pytest.fail(f"missing under CI: {what}", pytrace=False)
    pytest.skip(f"missing: {what}")


def wait_until(
    predicate: Callable[[], T], timeout: float = 5.0, interval: float = 0.005, what: str = ""
) -> T:
    """Poll `predicate` until it returns something truthy, and return that; fail the test with
    `what` (or the predicate's name) after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while True:
        result = predicate()
        if result:
            return result
        if time.monotonic() >= deadline:
            raise AssertionError(
                f"timed out after {timeout:g} s waiting for {what or predicate.__name__}"
            )
        pause.wait(interval)


_PROJECT_PACKAGES = ("kiosk", "hardware")
# A thread may still be finishing its last loop after the object that owns it was stopped.
THREAD_END_GRACE_S = 3.0


def _runs_project_code(thread: threading.Thread) -> bool:
    """True for a thread whose target, or whose Thread subclass, lives in kiosk/ or hardware/.

    `_target` is CPython's own attribute for the callable handed to Thread(); it is there for as
    long as the thread runs, which is exactly when this is asked."""
    target: object = getattr(thread, "_target", None)
    while hasattr(target, "func"):  # functools.partial
        target = target.func
    for owner in (target, type(thread)):
        module = getattr(owner, "__module__", None) or ""
        if module.split(".", 1)[0] in _PROJECT_PACKAGES:
            return True
    return False


def counts_as_leaked(thread: threading.Thread) -> bool:
    if isinstance(thread, threading._DummyThread):
        # Not started by Python: a Qt or driver thread that once called into Python.
        return False
    return not thread.daemon or _runs_project_code(thread)


def leaked_threads(before: set[threading.Thread]) -> Callable[[], list[str]]:
    def leaked() -> list[str]:
        return [
            thread.name
            for thread in threading.enumerate()
            if thread not in before and thread.is_alive() and counts_as_leaked(thread)
        ]

    return leaked


def write_cli_config(folder: Path, extra: str = "", *, card_key: bool = False) -> Path:
    """A kiosk.toml for command-line tests: a library, a SQLite file (where tests.db.backends
    opens it) and a log folder in `folder`, then `extra` (more sections); with `card_key`, a
    fresh card signing key."""
    import secrets

    keys = (
        f'[cards]\nsigning_key_id = "T1"\n\n[cards.keys]\nT1 = "hex:{secrets.token_hex(32)}"\n'
        if card_key
        else ""
    )
    path = folder / "kiosk.toml"
    path.write_text(
        f'[library]\nname = "Test Library"\nbranch_code = "main"\n\n'
        f'[database]\nurl = "sqlite:///{folder / "kiosk.sqlite3"}"\n\n'
        f"{keys}\n"
        f'[logging]\ndir = "{folder / "logs"}"\n\n{extra}',
        encoding="utf-8",
    )
    path.chmod(0o600)  # it may hold a card key
    return path
