"""The kiosk's machine control against the real relay firmware on the emulated MCU, the relay
pins watched: a session unlocks its channel only, relocks at its end, and after a reset of the
controller mid-session the channel is powered again for the time left, the difference reported.
Once with active-low relay modules (the common boards, and the firmware's default) and once
with active-high ones: the kiosk never deals with levels, the pins show the right one."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from hardware.firmware.emulator import RELAY_PINS, EmulatedController
from hardware.relay.client import RelayClient
from hardware.relay.events import RelayEvent
from kiosk.core.clock import FixedClock
from kiosk.core.machine_views import Channel
from kiosk.devices.machine_control import MachineControl
from kiosk.devices.machine_events import ChannelDifference, MachineLocked, StateReapplied
from tests.firmware.conftest import ever_on
from tests.hardware.support import EventLog

pytestmark = pytest.mark.firmware

START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
SESSION = uuid.UUID("0190f000-0000-7000-8000-0000000000bb")
CH3 = Channel("bench", 3)
# The level of a relay output while its relay is on, by the modules' polarity.
ON_LEVEL = {"low": "0", "high": "1"}


class Wired:
    def __init__(self, port: str, clock: FixedClock, log: EventLog) -> None:
        self.control: MachineControl | None = None
        self.client = RelayClient(port, wait_banner=False, timeout=0.3, on_event=self._forward)
        self.control = MachineControl({"bench": self.client}, {}, clock.now)
        self.control.add_listener(log)

    def _forward(self, event: RelayEvent) -> None:
        if self.control is not None:
            self.control.on_relay_event("bench", event)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def log() -> EventLog:
    return EventLog()


@pytest.fixture
def wired(emulator: EmulatedController, clock: FixedClock, log: EventLog) -> Iterator[Wired]:
    wired = Wired(emulator.port, clock, log)
    wired.client.start(timeout=5.0)
    try:
        yield wired
    finally:
        wired.client.stop()


def test_a_session_unlocks_its_channel_and_relocks_it_at_the_end(
    wired: Wired, emulator: EmulatedController, clock: FixedClock, log: EventLog
) -> None:
    control = wired.control
    assert control is not None
    control.unlock(CH3, START + timedelta(minutes=20), session_id=SESSION)
    emulator.wait_relay(3, True)
    assert emulator.level(RELAY_PINS[2]) == ON_LEVEL[emulator.polarity]
    clock.advance(timedelta(minutes=20))
    control.tick()
    assert log.wait(MachineLocked).reason == "time_up"
    emulator.wait_relay(3, False)
    assert emulator.relays() == (False,) * 4
    assert ever_on(emulator) == [3]


def test_a_reset_mid_session_powers_the_channel_again_for_the_time_left(
    wired: Wired, emulator: EmulatedController, clock: FixedClock, log: EventLog
) -> None:
    control = wired.control
    assert control is not None
    control.unlock(CH3, START + timedelta(minutes=20), session_id=SESSION)
    emulator.wait_relay(3, True)
    clock.advance(timedelta(minutes=5))
    emulator.reset()
    report = log.wait(StateReapplied)
    assert report.differences == (ChannelDifference(3, True, False, True, SESSION),)
    # Off at the reset (the firmware's fail-safe), then on again: the re-applied state.
    emulator.sync()
    assert [on for on, _ in emulator.relay_changes(3)][-2:] == [False, True]
    emulator.wait_relay(3, True)
    status = wired.client.status()
    assert 895 <= status.channel(3).seconds_left <= 900
    assert ever_on(emulator) == [3]
