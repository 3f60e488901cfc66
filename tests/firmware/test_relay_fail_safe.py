"""Fail-safe behaviour of the relay firmware on real boards, watched on the emulated MCU's pins:
outputs at the "off" level of the configured polarity from the first microseconds after a reset,
the polarity kept in EEPROM, normally-closed inputs, the keep-alive cap and feedback faults."""

from __future__ import annotations

import pytest

from hardware.firmware.build import Firmware
from hardware.firmware.emulator import RELAY_PINS, EmulatedController, Polarity
from hardware.relay.client import RelayClient, RelayRefused
from hardware.relay.events import EStopLocked, FeedbackFault, InputChanged
from hardware.relay.protocol import encode_request, seal
from tests.firmware.conftest import Raw, ever_on
from tests.hardware.support import EventLog, wait_until

pytestmark = pytest.mark.firmware

# What each pin may show on its way to "off": never the level that switches the relay on. An
# active-low output passes through the pull-up (input, PORT bit set) to a driven HIGH; an
# active-high one goes straight from floating to a driven LOW.
OFF_PATH = {"low": ["U", "1"], "high": ["0"]}
# The firmware drives the outputs from .init3, before the C runtime: a few instructions.
EARLY_US = 10


def states_since(emulator: EmulatedController, pin: str, since_us: int) -> list[str]:
    return [c.level for c in emulator.changes if c.pin == pin and c.emulated_us >= since_us]


def test_outputs_are_off_from_the_first_microseconds_and_again_after_a_reset(
    raw: Raw, emulator: EmulatedController
) -> None:
    assert raw.ask(encode_request(1, "UNLOCK", 2, 600)) == seal(b"1 OK ch=2 t=600")
    emulator.wait_relay(2, True)
    reset_us = emulator.reset()
    emulator.wait_relay(2, False)
    raw.next_event()  # the banner: setup() has run
    emulator.sync()
    path = OFF_PATH[emulator.polarity]
    for pin in RELAY_PINS:
        boot = [c for c in emulator.changes if c.pin == pin and c.emulated_us < reset_us]
        assert [c.level for c in boot[: len(path)]] == path, pin
        assert boot[len(path) - 1].emulated_us <= EARLY_US
        # The reset leaves every pin floating; the firmware drives it off at once.
        assert states_since(emulator, pin, reset_us) == ["Z", *path], pin
        driven = [c for c in emulator.changes if c.pin == pin and c.emulated_us >= reset_us]
        assert driven[-1].emulated_us - reset_us <= EARLY_US
    assert [on for on, _ in emulator.relay_changes(2)] == [False, True, False]
    assert ever_on(emulator) == [2]


def test_polarity_is_kept_in_eeprom_reported_and_obeyed_after_a_reset(
    firmware: Firmware,
) -> None:
    assert firmware.runner is not None
    # A board flashed for active-high modules, now wired to active-low ones.
    with EmulatedController(firmware.runner, firmware.elf, polarity="high") as emulator:
        raw = Raw(emulator.port)
        try:
            assert raw.ask(encode_request(1, "UNLOCK", 1, 600)) == seal(b"1 OK ch=1 t=600")
            emulator.wait_relay(1, True)
            assert raw.ask(encode_request(2, "SET", "pol", "low")) == seal(b"2 OK pol=low")
            emulator.sync()
            # Every output at the active-low "off" level, and channel 1 locked.
            assert [emulator.level(pin) for pin in RELAY_PINS] == ["1"] * 4
            assert raw.ask(encode_request(3, "STATUS")).startswith(b"3 OK t=0,0,0,0 ")
            reset_us = emulator.reset()
            assert b" pol=low " in raw.next_event()  # the banner
            emulator.sync()
            for pin in RELAY_PINS:
                assert states_since(emulator, pin, reset_us) == ["Z", "U", "1"]
            hello = raw.ask(encode_request(4, "HELLO"))
            assert b" fw=1.1.0 " in hello and b" pol=low " in hello
        finally:
            raw.port.close()


def test_a_normally_closed_estop_reads_pressed_when_its_wire_breaks(
    client: RelayClient, emulator: EmulatedController, events: EventLog
) -> None:
    # The e-stop's contact is closed (pin at GND) while released, as NC wiring has it; read as
    # normally open (the default) that is "pressed".
    emulator.set_input("A1", 0)
    assert events.wait(InputChanged) == InputChanged(2, True)
    info = client.configure(nc_inputs=[2])
    assert info.nc_inputs == (2,) and info.firmware == "1.1.0"
    assert events.wait(InputChanged, count=2) == InputChanged(2, False)
    client.unlock(1, 600)
    emulator.wait_relay(1, True)
    emulator.set_input("A1", 1)  # the wire is cut: the pin floats up to its pull-up
    assert events.wait(EStopLocked) == EStopLocked(())  # the first "press", nothing on
    assert events.wait(EStopLocked, count=2) == EStopLocked((1,))
    emulator.wait_relay(1, False)
    assert client.status().estop
    with pytest.raises(RelayRefused, match="ESTOP"):
        client.unlock(1, 10)


def test_the_keep_alive_cap_locks_keep_alive_channels_when_the_host_falls_silent(
    emulator: EmulatedController,
) -> None:
    relay = RelayClient(emulator.port, wait_banner=False, timeout=0.3)
    relay.start(timeout=5.0)
    try:
        # Three seconds, not one: the host must reopen the port to hear the event before the
        # cap runs out, which a loaded machine may not do within a second.
        assert relay.configure(keep_alive_cap_s=3).keep_alive_cap_s == 3
        relay.set_keep_alive(1, True)
        relay.unlock(2, 600)  # not keep-alive, and no heartbeat armed: the cap is not for it
        relay.unlock(1, 600)
        on = emulator.wait_relay(1, True)
    finally:
        relay.stop()  # the host falls silent
    stopped_us = emulator.sync()
    raw = Raw(emulator.port, timeout=10.0)
    try:
        assert raw.next_event().startswith(b"!1 KACAP ch=1*")
    finally:
        raw.port.close()
    off = emulator.wait_relay(1, False)
    # The cap counts from the last frame, which the UNLOCK was (millis() ticks by 1.024 ms).
    assert on.emulated_us + 2_990_000 <= off.emulated_us <= stopped_us + 3_050_000
    assert emulator.relays()[1]


def test_feedback_reports_a_relay_that_stays_on_when_it_should_be_off(
    client: RelayClient, emulator: EmulatedController, events: EventLog
) -> None:
    assert client.configure(feedback_channels=[1]).feedback_channels == (1,)
    # (A healthy relay that drops out within the settling time raises no fault: that depends
    # on emulated milliseconds between a request and a pin change, which a host cannot time;
    # the Python model's test covers it, and the model answers as the firmware does.)
    client.unlock(1, 600)
    emulator.set_input("A2", 0)  # the auxiliary contact closes: the load is powered
    emulator.set_input("A3", 0)  # channel 2 has no feedback configured: ignored
    wait_until(lambda: client.status().feedback[0], what="feedback on")
    client.lock(1)  # ...and the contact stays welded
    assert events.wait(FeedbackFault) == FeedbackFault(1, True)
    status = client.status()
    assert not status.channel(1).unlocked and status.feedback == (True, False, False, False)
    emulator.set_input("A2", 1)
    assert events.wait(FeedbackFault, count=2) == FeedbackFault(1, False)
    faults = [event for event in events.items if isinstance(event, FeedbackFault)]
    assert faults == [FeedbackFault(1, True), FeedbackFault(1, False)]


@pytest.mark.parametrize("modules", ["low", "high"])
def test_a_board_configured_for_the_other_polarity_powers_every_relay(
    firmware: Firmware, modules: Polarity
) -> None:
    """Why the polarity setting matters, and what the docs warn about: the firmware cannot tell
    which modules are wired; configured wrongly, "off" switches every relay on."""
    assert firmware.runner is not None
    wrong = {0: 0x00 if modules == "low" else 0xFF}
    with EmulatedController(firmware.runner, firmware.elf, polarity=modules, eeprom=wrong) as emu:
        emu.sync()
        assert emu.relays() == (True,) * 4
