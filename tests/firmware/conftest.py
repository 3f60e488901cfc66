"""Firmware-in-the-loop fixtures: the relay firmware is compiled once per session (cached by a
hash of its sources) and each test gets its own emulated controller."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hardware.firmware.build import Firmware, build, default_cache_dir, missing_packages
from hardware.firmware.emulator import EmulatedController
from tests.support import require


@pytest.fixture(scope="session")
def firmware() -> Firmware:
    missing = missing_packages()
    require(not missing, "Debian packages " + ", ".join(missing))
    return build(default_cache_dir())


@pytest.fixture
def emulator(firmware: Firmware) -> Iterator[EmulatedController]:
    assert firmware.runner is not None
    with EmulatedController(firmware.runner, firmware.elf) as controller:
        yield controller
