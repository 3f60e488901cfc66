"""Firmware-in-the-loop fixtures: the relay firmware is compiled once per session (cached by a
hash of its sources) and each test gets its own emulated controller, once with active-low relay
modules (the common SRD-05VDC optocoupler boards, the reference) and once with active-high ones;
the controller's EEPROM holds the matching polarity."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import serial

from hardware.firmware.build import Firmware, build, default_cache_dir, missing_packages
from hardware.firmware.emulator import EmulatedController, Polarity
from hardware.relay.client import RelayClient
from hardware.relay.protocol import Malformed, parse_device_line
from tests.hardware.support import EventLog
from tests.support import require


@pytest.fixture(scope="session")
def firmware() -> Firmware:
    missing = missing_packages()
    require(not missing, "Debian packages " + ", ".join(missing))
    return build(default_cache_dir())


@pytest.fixture(params=["low", "high"], ids=["active-low", "active-high"])
def polarity(request: pytest.FixtureRequest) -> Polarity:
    value: Polarity = request.param
    return value


@pytest.fixture
def emulator(firmware: Firmware, polarity: Polarity) -> Iterator[EmulatedController]:
    assert firmware.runner is not None
    with EmulatedController(firmware.runner, firmware.elf, polarity=polarity) as controller:
        yield controller


@pytest.fixture
def events() -> EventLog:
    return EventLog()


@pytest.fixture
def client(emulator: EmulatedController, events: EventLog) -> Iterator[RelayClient]:
    # The emulator does not reset when the port opens (no DTR on a pty): sync by HELLO.
    relay = RelayClient(emulator.port, wait_banner=False, timeout=0.3, on_event=events)
    relay.start(timeout=5.0)
    try:
        yield relay
    finally:
        relay.stop()


class Raw:
    """Plain pyserial on the emulator's port, for frames a correct host never sends."""

    def __init__(self, port: str, timeout: float = 2.0) -> None:
        self.port = serial.Serial(port, 115200, timeout=timeout)

    def ask(self, frame: bytes) -> bytes:
        self.port.write(frame)
        return self.next_reply()

    def next_reply(self) -> bytes:
        """The next reply: events are skipped, and so is a line that is not a frame at all (the
        tail of the boot banner when opening the port flushed its start away)."""
        while True:
            line = self.next_line()
            if not line.startswith(b"!") and not isinstance(parse_device_line(line), Malformed):
                return line

    def next_line(self) -> bytes:
        """The next line that is not empty (the firmware ends a cut-off line before its
        banner)."""
        while True:
            line = self.port.readline()
            assert line.endswith(b"\n"), f"nothing received: {line!r}"
            if line != b"\n":
                return line

    def next_event(self) -> bytes:
        while True:
            line = self.next_line()
            if line.startswith(b"!") and not isinstance(parse_device_line(line), Malformed):
                return line


@pytest.fixture
def raw(emulator: EmulatedController) -> Iterator[Raw]:
    link = Raw(emulator.port)
    try:
        yield link
    finally:
        link.port.close()


def ever_on(emulator: EmulatedController) -> list[int]:
    """The channels whose relay was switched on at any moment since the emulator started."""
    emulator.sync()
    return [ch for ch in range(1, 5) if any(on for on, _ in emulator.relay_changes(ch))]
