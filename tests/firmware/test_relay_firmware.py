"""The compiled Arduino firmware under simavr, driven through the Python client (and raw pyserial
for frames the client never sends). Relay levels are read from the emulated MCU's pins."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

import pytest
import serial

from hardware.firmware.build import Firmware
from hardware.firmware.emulator import EmulatedController, Polarity
from hardware.relay.client import RelayClient, RelayRefused, probe
from hardware.relay.events import (
    ChannelExpired,
    DeviceReset,
    Discrepancy,
    EStopLocked,
    InputChanged,
    Reconciled,
)
from hardware.relay.protocol import Malformed, encode_request, parse_device_line, seal
from hardware.sim.relay import DEBOUNCE_MS, RelayModel
from tests.firmware.conftest import Raw, ever_on
from tests.hardware.support import EventLog, wait_until

pytestmark = pytest.mark.firmware


def test_firmware_fits_the_uno(firmware: Firmware) -> None:
    assert firmware.elf.stat().st_size > 0
    assert firmware.hex.read_text().startswith(":")
    assert 1000 < firmware.flash_bytes <= 32256
    assert firmware.ram_bytes < 1536


def test_unlock_raises_the_relay_pin_and_lock_drops_it(
    client: RelayClient, emulator: EmulatedController
) -> None:
    assert client.info is not None and client.info.channels == 4
    client.unlock(2, 600)
    emulator.wait_relay(2, True)
    client.unlock(4, 600)
    emulator.wait_relay(4, True)
    emulator.sync()
    assert emulator.relays() == (False, True, False, True)
    client.lock(2)
    emulator.wait_relay(2, False)
    client.lock_all()
    emulator.wait_relay(4, False)
    status = client.status()
    assert not any(c.unlocked for c in status.channels)


def test_timer_expiry_drops_the_pin_on_time_and_reports(
    client: RelayClient, emulator: EmulatedController, events: EventLog
) -> None:
    client.unlock(1, 1)
    high = emulator.wait_relay(1, True)
    low = emulator.wait_relay(1, False, timeout=15.0)
    assert events.wait(ChannelExpired) == ChannelExpired(1)
    assert 995_000 <= low.emulated_us - high.emulated_us <= 1_020_000


def test_bad_crc_is_refused_and_the_pin_stays_low(raw: Raw, emulator: EmulatedController) -> None:
    frame = bytearray(encode_request(5, "UNLOCK", 1, 60))
    frame[frame.index(b"60")] = ord("9")  # "90" seconds: a one-digit hit of line noise
    assert raw.ask(bytes(frame)) == seal(b"0 ERR CRC")
    lower = bytes(frame).replace(b"9", b"6").lower()  # the right CRC, in lower case
    assert raw.ask(lower) == seal(b"0 ERR SYNTAX")
    assert raw.ask(b"5 UNLOCK 1 60\n") == seal(b"0 ERR SYNTAX")
    assert ever_on(emulator) == []
    assert raw.ask(encode_request(5, "UNLOCK", 1, 60)) == seal(b"5 OK ch=1 t=60")
    emulator.wait_relay(1, True)


def test_duplicate_sequence_is_answered_but_not_acted_twice(
    raw: Raw, emulator: EmulatedController
) -> None:
    unlock = encode_request(41, "UNLOCK", 3, 1)
    assert raw.ask(unlock) == seal(b"41 OK ch=3 t=1")
    emulator.wait_relay(3, True)
    emulator.wait_relay(3, False, timeout=15.0)
    assert raw.next_line() == seal(b"!1 EXPIRED ch=3")
    assert raw.ask(unlock) == seal(b"41 OK ch=3 t=1")  # the resend: same answer...
    emulator.sync()
    assert [on for on, _ in emulator.relay_changes(3)] == [False, True, False]  # ...stays off
    assert raw.ask(encode_request(42, "UNLOCK", 3, 1)) == seal(b"42 OK ch=3 t=1")
    emulator.wait_relay(3, True)


def test_heartbeat_loss_locks_all_but_the_keep_alive_channel(
    emulator: EmulatedController, events: EventLog
) -> None:
    relay = RelayClient(emulator.port, wait_banner=False, heartbeat=1, keep_alive=[3], timeout=0.3)
    relay.start(timeout=5.0)
    relay.unlock(1, 600)
    relay.unlock(3, 600)
    emulator.wait_relay(3, True)
    relay.stop()  # the host falls silent
    emulator.wait_relay(1, False, timeout=15.0)
    emulator.sync()
    assert emulator.relays() == (False, False, True, False)


def test_host_pings_keep_the_heartbeat_satisfied_until_the_host_stops(
    emulator: EmulatedController,
) -> None:
    relay = RelayClient(emulator.port, wait_banner=False, heartbeat=1, timeout=0.3)
    relay.start(timeout=5.0)
    try:
        relay.unlock(1, 600)
        high = emulator.wait_relay(1, True)
        # Well past the 1 s heartbeat timeout, with the host running.
        wait_until(
            lambda: emulator.sync() - high.emulated_us > 2_500_000, timeout=20.0, what="2.5 s"
        )
        assert emulator.relays()[0]
    finally:
        relay.stop()
    stopped_us = emulator.sync()
    low = emulator.wait_relay(1, False, timeout=15.0)
    # The last ping came at most a quarter of the timeout before the host stopped.
    assert stopped_us < low.emulated_us <= stopped_us + 1_050_000


def test_a_flood_of_bad_frames_starves_neither_timers_nor_the_watchdog(
    raw: Raw, emulator: EmulatedController
) -> None:
    assert raw.ask(encode_request(1, "KEEP", 4, 1)) == seal(b"1 OK ch=4 ka=1")  # a reset clears it
    assert raw.ask(encode_request(2, "UNLOCK", 1, 2)) == seal(b"2 OK ch=1 t=2")
    high = emulator.wait_relay(1, True)
    raw.port.timeout = 0.05
    raw.port.write_timeout = 0.1
    flooding = threading.Event()
    flooding.set()
    received = bytearray()

    def flood() -> None:
        while flooding.is_set():
            # A full pty times the write out: the emulated UART takes only 11.5 kB/s.
            with contextlib.suppress(serial.SerialTimeoutException):
                raw.port.write(b"x\n" * 64 + b"17 UNLOCK 1 60*0000\n")

    def drain() -> None:
        while flooding.is_set():
            received.extend(raw.port.read(4096))

    threads = [threading.Thread(target=flood), threading.Thread(target=drain)]
    start_us = emulator.sync()
    for thread in threads:
        thread.start()
    try:
        low = emulator.wait_relay(1, False, timeout=15.0)
        wait_until(lambda: emulator.sync() - high.emulated_us > 2_600_000, timeout=15.0)
    finally:
        flooding.clear()
        for thread in threads:
            thread.join(2.0)
    end_us = emulator.sync()
    assert 1_995_000 <= low.emulated_us - high.emulated_us <= 2_030_000
    assert b"!1 EXPIRED ch=1" in received
    assert b"BOOT" not in received
    assert b"0 ERR SYNTAX" in received  # still answered, at a bounded rate
    # A burst of 8, then one each 25 ms (and two events), not one reply per bad line.
    assert received.count(b"\n") <= 8 + (end_us - start_us) // 25_000 + 2
    raw.port.timeout = 2.0
    raw.port.write(b"\n")  # end the flood's last, cut-off line
    raw.port.reset_input_buffer()
    raw.port.write(encode_request(3, "STATUS"))
    while not (reply := raw.next_reply()).startswith(b"3 "):
        pass
    assert b" ka=0,0,0,1 " in reply  # no reset happened


def test_inputs_report_and_estop_locks_everything(
    client: RelayClient, emulator: EmulatedController, events: EventLog
) -> None:
    client.set_keep_alive(2, True)
    client.unlock(2, 600)
    emulator.wait_relay(2, True)
    emulator.set_input("A0", 0)  # door contact pulled to ground
    assert events.wait(InputChanged) == InputChanged(1, True)
    emulator.set_input("A1", 0)  # e-stop pressed
    assert events.wait(EStopLocked) == EStopLocked((2,))
    emulator.wait_relay(2, False)
    with pytest.raises(RelayRefused, match="ESTOP"):
        client.unlock(1, 10)
    emulator.set_input("A1", 1)
    assert events.wait(InputChanged, count=3) == InputChanged(2, False)
    client.unlock(1, 10)
    emulator.wait_relay(1, True)


def test_restart_starts_with_everything_locked_and_the_client_reconciles(
    firmware: Firmware, polarity: Polarity, tmp_path: Path, events: EventLog
) -> None:
    assert firmware.runner is not None
    by_id = tmp_path / "usb-relay"
    first = EmulatedController(firmware.runner, firmware.elf, polarity=polarity)
    by_id.symlink_to(first.start())
    relay = RelayClient(str(by_id), wait_banner=False, timeout=0.3, on_event=events)
    second: EmulatedController | None = None
    try:
        relay.start(timeout=5.0)
        relay.unlock(2, 600)
        first.wait_relay(2, True)
        first.stop()  # power blip: the board goes away and boots again
        second = EmulatedController(firmware.runner, firmware.elf, polarity=polarity)
        staging = tmp_path / "staging"
        staging.symlink_to(second.start())
        os.replace(staging, by_id)
        reconciled = events.wait(Reconciled, count=2, timeout=20.0)
        assert reconciled.differences == (Discrepancy(2, True, False),)
        assert relay.wait_ready(3.0)
        second.sync()
        assert second.relays() == (False,) * 4
        assert not any(c.unlocked for c in relay.status().channels)
    finally:
        relay.stop()
        first.stop()
        if second is not None:
            second.stop()


def banner(polarity: Polarity) -> bytes:
    return RelayModel(active_low=polarity == "low").reset(0)[0].lstrip(b"\n")


def test_reset_in_the_middle_of_a_reply_leaves_the_banner_on_a_line_of_its_own(
    raw: Raw, emulator: EmulatedController
) -> None:
    """A brown-out while a reply is on the wire: the reply is cut short, and the banner must not
    be glued to it (the host would take the whole line for noise and miss the reset)."""
    expected = banner(emulator.polarity)
    assert raw.ask(encode_request(9, "PING")).startswith(b"9 OK")  # the boot output is over
    for attempt in range(10):  # under load a reset may land between replies: try again
        # Three replies back to back keep the line busy for about 15 ms.
        seqs = [10 * attempt + n for n in (1, 2, 3)]
        raw.port.write(b"".join(encode_request(seq, "STATUS") for seq in seqs))
        head = raw.port.read(8)
        emulator.reset()
        lines = []
        while (line := raw.port.readline()) != expected and line.endswith(b"\n"):
            lines.append(line)
        assert line == expected, f"no banner line of its own after {lines!r}"
        received = [head + lines[0], *lines[1:]] if lines else [head]
        if any(isinstance(parse_device_line(ln), Malformed) for ln in received):
            break  # the reset did cut a reply short
    else:
        pytest.fail("the reset never came in the middle of a reply")


def test_reset_mid_session_is_noticed_and_the_controller_configured_again(
    emulator: EmulatedController, events: EventLog
) -> None:
    relay = RelayClient(
        emulator.port,
        wait_banner=False,
        heartbeat=30,
        keep_alive=[3],
        timeout=0.3,
        on_event=events,
    )
    relay.start(timeout=5.0)
    try:
        relay.unlock(1, 600)
        emulator.wait_relay(1, True)
        emulator.reset()
        emulator.wait_relay(1, False)
        assert isinstance(events.wait(DeviceReset), DeviceReset)
        assert events.wait(Reconciled, count=2).differences == (Discrepancy(1, True, False),)
        assert relay.wait_ready(3.0)
        status = relay.status()
        assert status.heartbeat_s == 30 and status.channel(3).keep_alive
        assert not status.channel(1).unlocked
    finally:
        relay.stop()


CONFORMANCE = [
    encode_request(1, "HELLO"),
    encode_request(2, "STATUS"),
    encode_request(3, "UNLOCK", 2, 60),
    encode_request(3, "UNLOCK", 2, 60),
    encode_request(4, "STATUS"),
    encode_request(5, "KEEP", 4, 1),
    encode_request(6, "HB", 30),
    encode_request(7, "UNLOCK", 5, 10),
    encode_request(8, "UNLOCK", 1, 0),
    encode_request(9, "UNLOCK", 1, 86401),
    encode_request(10, "UNLOCK", 1),
    encode_request(11, "LOCK", "x"),
    encode_request(12, "KEEP", 1, 2),
    encode_request(13, "OPEN", 1),
    encode_request(14, "PING", 1),
    seal(b"15 HELLO "),
    seal(b"16  HELLO"),
    seal(b"0 HELLO"),
    seal(b"65536 HELLO"),
    seal(b"1234567 HELLO"),
    seal(b"17"),
    seal(b"18 UNLOCK 1 2 3 4 5 6"),
    seal(b"19 \xff\xfe"),
    b"20 PING*0000\n",
    b"21 PING\n",
    b"x" * 81 + b"\n",
    encode_request(22, "STATUS"),
    encode_request(23, "LOCK", "ALL"),
    encode_request(24, "STATUS"),
    encode_request(25, "SET", "kamax", 3600),
    encode_request(26, "SET", "kamax", 86401),
    encode_request(27, "SET", "nc", "2"),
    encode_request(28, "SET", "nc", "3"),
    encode_request(29, "SET", "fb", "4,1"),
    encode_request(30, "SET", "fb", "1,1"),
    encode_request(31, "SET", "fb", "1,"),
    encode_request(32, "SET", "fb", "-"),
    encode_request(33, "SET", "pol", "sideways"),
    encode_request(34, "SET", "volume", "11"),
    encode_request(35, "SET", "kamax"),
    encode_request(36, "HELLO"),
    encode_request(37, "UNLOCK", 3, 60),
    encode_request(38, "SET", "nc", "-"),
    encode_request(39, "SET", "kamax", 28800),
]


def test_python_simulator_answers_exactly_like_the_firmware(
    raw: Raw, emulator: EmulatedController
) -> None:
    model = RelayModel(active_low=emulator.polarity == "low")
    model.reset(0)
    now = 0
    for frame in CONFORMANCE:
        # The firmware's loop runs between requests: inputs settle (SET nc changes them).
        model.tick(now)
        now += DEBOUNCE_MS
        model.tick(now)
        (expected,) = model.feed(frame, now)
        assert raw.ask(frame) == expected, frame


def test_frame_error_replies_are_rate_limited_like_the_simulator(raw: Raw) -> None:
    """Twelve bad lines in 2 ms: the first 8 are answered, the rest are not, in both."""
    burst = b"x\n" * 12 + encode_request(30, "PING")
    model = RelayModel()
    model.reset(0)
    expected = model.feed(burst, 0)
    assert len(expected) == 9
    raw.port.write(burst)
    got = [raw.next_reply() for _ in expected]
    assert [line.split(b" up=")[0] for line in got] == [line.split(b" up=")[0] for line in expected]


def test_probe_identifies_the_emulated_controller(emulator: EmulatedController) -> None:
    assert probe(emulator.port) == "relay controller RC-1 fw 1.1.0, 4 channels, 2 inputs"
    assert ever_on(emulator) == []  # probing switched nothing
