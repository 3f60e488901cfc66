"""The simulated Marlin checks lines exactly as the firmware does; tests talk raw pyserial to it."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import serial

from hardware.marlin.lines import checksum, numbered_line
from hardware.sim.marlin import MarlinFaults, MarlinSimConfig, MarlinSimulator
from tests.hardware.support import wait_until


def bad_checksum(number: int, command: str) -> bytes:
    body = f"N{number} {command}".encode()
    return body + b"*" + str((checksum(body) + 1) % 256).encode() + b"\n"


class Wire:
    def __init__(self, port: str) -> None:
        self.serial = serial.Serial(port, timeout=0.05)
        self.buffer = b""

    def send(self, data: bytes) -> None:
        self.serial.write(data)

    def lines_until(self, last: str, timeout: float = 3.0) -> list[str]:
        """Every line received up to and including the first equal to `last`."""
        deadline = time.monotonic() + timeout
        got: list[str] = []
        while time.monotonic() < deadline:
            self.buffer += self.serial.read(self.serial.in_waiting or 1)
            while b"\n" in self.buffer:
                line, self.buffer = self.buffer.split(b"\n", 1)
                got.append(line.decode())
                if got[-1] == last:
                    return got
        raise AssertionError(f"no {last!r} within {timeout} s; got {got}")


@pytest.fixture
def make_wire() -> Iterator:
    sims: list[tuple[MarlinSimulator, Wire]] = []

    def make(config: MarlinSimConfig | None = None, faults: MarlinFaults | None = None):
        sim = MarlinSimulator(config or MarlinSimConfig(baudrate=None, move_model=False), faults)
        port = sim.start()
        # Opening the port discards the boot banner already written; a reboot sends it again.
        wait_until(lambda: sim.replies_pending() == 0)
        wire = Wire(port)
        sim.reboot()
        wire.lines_until("echo:SD card ok")
        sims.append((sim, wire))
        return sim, wire

    yield make
    for sim, wire in sims:
        wire.serial.close()
        sim.stop()


def test_line_checks_match_marlin(make_wire) -> None:
    sim, wire = make_wire()
    wire.send(numbered_line(0, "M110 N0"))
    assert wire.lines_until("ok") == ["ok"]
    wire.send(numbered_line(2, "G28"))
    assert wire.lines_until("ok") == [
        "Error:Line Number is not Last Line Number+1, Last Line: 0",
        "Resend: 1",
        "ok",
    ]
    wire.send(bad_checksum(1, "G28"))
    assert wire.lines_until("ok")[0] == "Error:checksum mismatch, Last Line: 0"
    wire.send(b"N1 G28\n")
    assert wire.lines_until("ok")[0] == "Error:No Checksum with line number, Last Line: 0"
    wire.send(b"G28*12\n")
    assert wire.lines_until("ok")[0] == "Error:No Line Number with checksum, Last Line: 0"
    wire.send(numbered_line(1, "G28") + b"M114 ; where is the head?\n")
    assert wire.lines_until("ok")[-1] == "ok"
    assert wire.lines_until("ok")[0].startswith("X:0.00")
    assert sim.snapshot()[-2:] == [(1, "G28"), (None, "M114")]


def test_error_discards_what_is_in_the_receive_buffer(make_wire) -> None:
    # Slow commands keep the queue full, so the following lines wait in the receive buffer.
    config = MarlinSimConfig(baudrate=None, move_model=False, command_time=0.05, bufsize=1)
    sim, wire = make_wire(config)
    wire.send(numbered_line(0, "M110 N0"))
    wire.lines_until("ok")
    lines = [numbered_line(n, "G4 P0") for n in (1, 2)] + [bad_checksum(3, "G4 P0")]
    wire.send(b"".join(lines) + numbered_line(4, "G4 P0"))
    replies = wire.lines_until("Resend: 3")
    assert "Error:checksum mismatch, Last Line: 2" in replies
    wire.lines_until("ok")
    # Line 4 sat in the receive buffer and was discarded with it: had it been read, it would
    # have drawn a second error. Sent again in order, both run.
    wire.send(numbered_line(3, "G4 P0") + numbered_line(4, "G4 P0"))
    wait_until(lambda: len(sim.snapshot()) >= 5)
    assert [n for n, _ in sim.snapshot()] == [0, 1, 2, 3, 4]
    assert sim.errors_sent == 1


def test_advanced_ok_reports_line_and_free_slots(make_wire) -> None:
    _, wire = make_wire(MarlinSimConfig(baudrate=None, move_model=False, advanced_ok=True))
    wire.send(numbered_line(0, "M110 N0"))
    assert wire.lines_until("ok N0 P16 B3") == ["ok N0 P16 B3"]
    wire.send(numbered_line(1, "M105"))
    assert wire.lines_until("ok T:21.00 /0.00 B:21.00 /0.00 @:0 B@:0")


def test_receive_buffer_overruns_when_a_host_ignores_flow_control(make_wire) -> None:
    config = MarlinSimConfig(baudrate=None, move_model=False, command_time=0.2, bufsize=1)
    sim, wire = make_wire(config)
    wire.send(b"".join(numbered_line(n, "G4 P0 ; padding") for n in range(1, 12)))
    wait_until(lambda: sim.overrun_bytes > 0, timeout=2.0, what="bytes lost to overrun")


def test_line_rate_is_throttled_by_baud(make_wire) -> None:
    _, wire = make_wire(MarlinSimConfig(baudrate=9600, move_model=False))
    line = numbered_line(0, "M110 N0")  # 17 bytes: 17.7 ms at 9600 baud
    started = time.monotonic()
    for _ in range(5):
        wire.send(line)
    for _ in range(5):
        wire.lines_until("ok")
    # Bounded from below only: the wire cannot be faster than its baud rate.
    assert time.monotonic() - started >= 5 * len(line) * 10 / 9600


def test_emergency_parser_acts_before_the_queue(make_wire) -> None:
    config = MarlinSimConfig(
        baudrate=None, move_model=False, command_time=0.5, bufsize=2, emergency_parser=True
    )
    sim, wire = make_wire(config)
    lines = [numbered_line(0, "M110 N0")] + [numbered_line(n, "G4 P0") for n in (1, 2, 3)]
    wire.send(b"".join(lines) + b"M112\n")
    assert "Error:Printer halted. kill() called!" in wire.lines_until(
        "Error:Printer halted. kill() called!", timeout=0.4
    )
    assert sim.snapshot() == []


def test_injected_faults(make_wire) -> None:
    faults = MarlinFaults(garble_resends=1, spurious_resends={1: 1}, drop_ok_lines={2})
    sim, wire = make_wire(MarlinSimConfig(baudrate=None, move_model=False), faults)
    wire.send(numbered_line(0, "M110 N0"))
    wire.lines_until("ok")
    wire.send(numbered_line(1, "G4 P0"))
    assert wire.lines_until("ok") == ["ok"]
    assert wire.lines_until("ok") == ["Resend: 1", "ok"]
    wire.send(numbered_line(1, "G4 P0"))
    assert wire.lines_until("ok")[1] == "Resend: 2#x"
    wire.send(numbered_line(2, "G4 P0") + numbered_line(3, "G4 P0"))
    assert wire.lines_until("ok") == ["ok"]  # line 2's ok was dropped; this is line 3's
    assert [n for n, _ in sim.snapshot()] == [0, 1, 2, 3]
