"""Helpers shared by tests."""

from __future__ import annotations

import os

import pytest


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
