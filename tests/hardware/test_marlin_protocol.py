"""The sans-I/O Marlin protocol, driven by recorded exchanges: what a real Marlin prints, line by
line, and what the host must write in answer."""

from __future__ import annotations

import re

import pytest

from hardware.marlin.events import (
    Acknowledged,
    Busy,
    FirmwareError,
    FirmwareRestarted,
    Halted,
    JobLine,
    ReplyTimedOut,
    Resending,
    Temperatures,
)
from hardware.marlin.protocol import EMERGENCY_RESERVE, MarlinProtocol

LINE = re.compile(rb"^N(-?\d+) (.*)\*(\d+)\n$")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def xor(data: bytes) -> int:
    value = 0
    for byte in data:
        value ^= byte
    return value


def decode(wire: bytes) -> tuple[int, str]:
    """Check a written line as Marlin would and return (number, command)."""
    match = LINE.match(wire)
    assert match, wire
    assert int(match.group(3)) == xor(wire[: wire.index(b"*")]), wire
    return int(match.group(1)), match.group(2).decode()


def numbers(writes: list[bytes]) -> list[int]:
    return [decode(w)[0] for w in writes]


def feed(protocol: MarlinProtocol, *received: str) -> list[object]:
    events: list[object] = []
    for text in received:
        events.extend(protocol.receive(text.encode()))
    return events


def acked(events: list[object]) -> list[int | None]:
    return [e.line for e in events if isinstance(e, Acknowledged)]


def synced(**kwargs: object) -> tuple[MarlinProtocol, FakeClock]:
    """A protocol whose M110 has been confirmed: the next line is N1."""
    clock = FakeClock()
    protocol = MarlinProtocol(clock=clock, **kwargs)  # type: ignore[arg-type]
    protocol.reset_line_numbers()
    assert [decode(w) for w in protocol.next_writes()] == [(0, "M110 N0")]
    assert acked(feed(protocol, "ok")) == [0]
    return protocol, clock


JOB = [f"G1 X{i}.5 Y{i}.25 E{i}.125" for i in range(1, 41)]


def test_lines_carry_consecutive_numbers_and_marlin_checksums() -> None:
    protocol, _ = synced()
    protocol.queue_job(JOB[:3])
    writes = protocol.next_writes()
    assert [decode(w) for w in writes] == [(1, JOB[0]), (2, JOB[1]), (3, JOB[2])]
    # A known line from Marlin's documentation of the checksum.
    assert _line(3, "T0") == b"N3 T0*57\n"


def _line(number: int, command: str) -> bytes:
    from hardware.marlin.lines import numbered_line

    return numbered_line(number, command)


def test_send_ahead_never_overruns_the_128_byte_receive_buffer() -> None:
    protocol, _ = synced()
    protocol.queue_job(JOB)
    inflight: list[bytes] = []
    completed = 0
    while completed < len(JOB):
        inflight += protocol.next_writes()
        assert sum(map(len, inflight)) <= 128 - EMERGENCY_RESERVE
        assert inflight, "the window must never close for good"
        completed += len(acked(feed(protocol, "ok")))
        inflight.pop(0)
    assert protocol.idle


def test_one_line_per_ok_when_asked() -> None:
    protocol, _ = synced(max_inflight_lines=1)
    protocol.queue_job(JOB[:3])
    assert numbers(protocol.next_writes()) == [1]
    assert protocol.next_writes() == []
    feed(protocol, "ok")
    assert numbers(protocol.next_writes()) == [2]


def test_checksum_error_rewinds_once_despite_the_burst_of_identical_requests() -> None:
    protocol, _ = synced()
    protocol.queue_job(JOB[:5])
    assert numbers(protocol.next_writes()) == [1, 2, 3, 4]
    # Line 2 arrived damaged: Marlin refuses it, drops its buffer (line 3), and refuses line 4
    # which arrived after the flush, with the same request.
    events = feed(
        protocol,
        "Error:checksum mismatch, Last Line: 1",
        "Resend: 2",
        "ok",
        "Error:Line Number is not Last Line Number+1, Last Line: 1",
        "Resend: 2",
        "ok",
    )
    assert [e.line for e in events if isinstance(e, Resending)] == [2]
    assert any(isinstance(e, FirmwareError) for e in events)
    assert acked(events) == [], "the ok after a resend request confirms nothing"
    writes = protocol.next_writes()
    assert [decode(w) for w in writes] == [(2, JOB[1]), (3, JOB[2]), (4, JOB[3])]
    # Line 1's own ok arrives when it has run; then the resent lines are confirmed in order.
    assert acked(feed(protocol, "ok", "ok")) == [1, 2]
    assert numbers(protocol.next_writes()) == [5]
    assert acked(feed(protocol, "ok", "ok", "ok")) == [3, 4, 5]
    assert protocol.idle


@pytest.mark.parametrize("request_text", ["Resend: 3", "Resend:3", "rs 3", "rs N3", "RESEND: 3"])
def test_resend_request_forms(request_text: str) -> None:
    protocol, _ = synced()
    protocol.queue_job(JOB[:4])
    protocol.next_writes()
    events = feed(protocol, request_text, "ok")
    assert [e.line for e in events if isinstance(e, Resending)] == [3]
    assert numbers(protocol.next_writes()) == [3, 4]


@pytest.mark.parametrize(
    "garbage", ["Resend: 3#x", "Resend:", "Resend: -", "rs abc", "Resend: 999"]
)
def test_garbled_resend_number_resends_from_the_oldest_unconfirmed_line(garbage: str) -> None:
    protocol, _ = synced()
    protocol.queue_job(JOB[:4])
    protocol.next_writes()
    feed(protocol, "ok")  # line 1 confirmed
    events = feed(protocol, garbage, "ok")
    assert [e.line for e in events if isinstance(e, Resending)] == [2]
    # Had line 2 been refused, lines 3 and 4 may still be on the wire: only line 2 fits beside
    # them in the firmware's buffer.
    assert numbers(protocol.next_writes()) == [2]
    # The firmware in fact had line 2 and refuses it, naming the line it wants: we go forward.
    events = feed(protocol, "Error:Line Number is not Last Line Number+1, Last Line: 2")
    events += feed(protocol, "Resend: 3", "ok")
    assert [e.line for e in events if isinstance(e, Resending)] == [3]
    assert numbers(protocol.next_writes()) == [3, 4]


def test_resend_of_the_line_before_the_oldest_unconfirmed_is_honoured() -> None:
    # Without ADVANCED_OK a stray `ok` may have been counted against the wrong line.
    protocol, _ = synced()
    protocol.queue_job(JOB[:3])
    protocol.next_writes()
    assert acked(feed(protocol, "ok", "ok", "ok")) == [1, 2, 3]
    events = feed(protocol, "Resend: 3", "ok")
    assert [e.line for e in events if isinstance(e, Resending)] == [3]
    assert [decode(w) for w in protocol.next_writes()] == [(3, JOB[2])]


@pytest.mark.parametrize("wanted", [1, 2])
def test_resend_request_far_behind_is_a_reset_and_nothing_is_replayed(wanted: int) -> None:
    protocol, _ = synced()
    protocol.queue_job(JOB[:3])
    protocol.next_writes()
    assert acked(feed(protocol, "ok", "ok", "ok")) == [1, 2, 3]
    events = feed(protocol, f"Resend: {wanted}", "ok")
    restarted = [e for e in events if isinstance(e, FirmwareRestarted)]
    assert restarted and f"line {wanted} again while line 4 was next" in restarted[0].reason
    assert protocol.halted and protocol.next_writes() == []


def test_history_holds_only_the_unconfirmed_window() -> None:
    protocol, _ = synced()
    protocol.queue_job(["G4 P0"] * 300)
    for _ in range(300):
        protocol.next_writes()
        feed(protocol, "ok")
    assert protocol.lines_held <= 2
    events = feed(protocol, "Resend: 1", "ok")
    assert [type(e) for e in events] == [FirmwareRestarted]
    assert protocol.halted and protocol.next_writes() == []


def test_missing_ok_resends_the_same_line_number_and_never_skips() -> None:
    protocol, clock = synced(reply_timeout=2.0)
    protocol.queue_job(JOB[:3])
    assert numbers(protocol.next_writes()) == [1, 2, 3]
    feed(protocol, "ok")  # the ok for line 2 is lost on the cable
    clock.now += 1.9
    assert protocol.poll() == []
    clock.now += 0.2
    events = protocol.poll()
    assert [e.line for e in events if isinstance(e, ReplyTimedOut)] == [2]
    assert [decode(w) for w in protocol.next_writes()] == [(2, JOB[1]), (3, JOB[2])]
    # The firmware had run 2 and 3 already: it refuses the repeats and asks for line 4.
    events = feed(
        protocol,
        "Error:Line Number is not Last Line Number+1, Last Line: 3",
        "Resend: 4",
        "ok",
        "Error:Line Number is not Last Line Number+1, Last Line: 3",
        "Resend: 4",
        "ok",
    )
    assert acked(events) == []
    assert protocol.next_writes() == []
    # Nothing more comes for those lines: the next timeout confirms them from that evidence.
    clock.now += 2.1
    assert acked(protocol.poll()) == [2, 3]
    assert protocol.idle


def test_busy_keepalive_extends_the_reply_timeout() -> None:
    protocol, clock = synced(reply_timeout=3.0)
    protocol.send("G28")
    protocol.next_writes()
    for _ in range(10):
        clock.now += 2.0
        assert [type(e) for e in feed(protocol, "busy: processing")] == [Busy]
        assert protocol.poll() == []
    assert acked(feed(protocol, "ok")) == [1]


def test_printer_stops_after_too_many_silent_timeouts() -> None:
    protocol, clock = synced(reply_timeout=1.0, max_silent_retries=2)
    protocol.send("M114")
    protocol.next_writes()
    kinds = []
    for _ in range(3):
        clock.now += 1.1
        kinds += [type(e) for e in protocol.poll()]
        protocol.next_writes()
    assert kinds == [ReplyTimedOut, ReplyTimedOut, Halted]
    assert protocol.halted


@pytest.mark.parametrize(
    "transcript",
    [
        ["Error:Printer halted. kill() called!"],
        [
            "Error:Thermal Runaway, system stopped! Heater_ID: 0",
            "Error:Printer halted. kill() called!",
        ],
        ["Error:MAXTEMP triggered, system stopped! Heater_ID: 0"],
        ["!! emergency stop"],
    ],
)
def test_kill_and_thermal_runaway_halt_once_and_stop_sending(transcript: list[str]) -> None:
    protocol, _ = synced()
    protocol.queue_job(JOB)
    protocol.next_writes()
    events = feed(protocol, *transcript)
    assert len([e for e in events if isinstance(e, Halted)]) == 1
    assert protocol.halted
    feed(protocol, "ok", "ok")
    assert protocol.next_writes() == []


def test_advanced_ok_counts_and_window() -> None:
    protocol, _ = synced()
    protocol.queue_job(JOB)
    first = protocol.next_writes()
    assert sum(map(len, first)) <= 128 - EMERGENCY_RESERVE
    assert not protocol.advanced_ok
    events = feed(protocol, "ok N1 P15 B3")
    assert acked(events) == [1] and protocol.advanced_ok
    protocol.next_writes()
    # Queue now full in the firmware (B0): those lines have left its receive buffer, so more
    # may be sent than 128 bytes in all.
    events = feed(protocol, "ok N3 P14 B0")
    assert acked(events) == [2, 3], "an ok with a number confirms every earlier line too"
    more = protocol.next_writes()
    assert more
    assert protocol.inflight * len(first[0]) > 128
    # A bare ok (after a resend, or a duplicate) confirms nothing in this mode.
    assert acked(feed(protocol, "ok", "ok")) == []


def test_advanced_ok_m105_reply_confirms_the_poll() -> None:
    protocol, _ = synced()
    feed(protocol, "ok N0 P15 B3")
    protocol.send("M105")
    protocol.next_writes()
    events = feed(protocol, "ok T:21.00 /0.00 B:20.50 /60.00 @:0 B@:0")
    assert acked(events) == [1]
    temps = next(e for e in events if isinstance(e, Temperatures)).readings
    assert [(r.name, r.actual, r.target) for r in temps] == [("T", 21.0, 0.0), ("B", 20.5, 60.0)]


def test_ok_of_a_discarded_line_tail_confirms_nothing() -> None:
    protocol, _ = synced()
    protocol.queue_job(JOB[:2])
    protocol.next_writes()
    events = feed(protocol, 'echo:Unknown command: "57"', "ok", "ok")
    assert acked(events) == [1]


def test_pause_holds_job_lines_but_not_commands() -> None:
    protocol, _ = synced()
    protocol.queue_job(JOB[:3])
    protocol.paused = True
    protocol.send("M105")
    assert [decode(w)[1] for w in protocol.next_writes()] == ["M105"]
    protocol.paused = False
    assert [decode(w)[1] for w in protocol.next_writes()] == JOB[:3]


def test_emergency_stop_is_unnumbered_and_ends_sending() -> None:
    protocol, _ = synced()
    protocol.queue_job(JOB)
    protocol.next_writes()
    assert protocol.emergency_stop() == b"M112\n"
    feed(protocol, "ok", "Resend: 2", "ok")
    assert protocol.next_writes() == []


def test_firmware_restart_is_reported_and_reset_starts_again_at_zero() -> None:
    protocol, _ = synced()
    protocol.queue_job(JOB[:3])
    protocol.next_writes()
    assert [type(e) for e in feed(protocol, "start")] == [FirmwareRestarted]
    assert protocol.next_writes() == []
    protocol.reset_line_numbers()
    assert [decode(w) for w in protocol.next_writes()] == [(0, "M110 N0")]


def test_replies_are_attached_to_the_command_they_answer() -> None:
    protocol, _ = synced()
    protocol.send("M115")
    protocol.next_writes()
    events = feed(protocol, "FIRMWARE_NAME:Marlin 2.1.2", "Cap:AUTOREPORT_TEMP:1", "ok")
    (ack,) = [e for e in events if isinstance(e, Acknowledged)]
    assert ack.command == "M115"
    assert ack.replies == ("FIRMWARE_NAME:Marlin 2.1.2", "Cap:AUTOREPORT_TEMP:1")


def test_only_an_ok_right_after_a_resend_request_is_taken_as_its_own() -> None:
    """Marlin 2.0 printed no `ok` after `Resend:`; the next `ok` then belongs to a command."""
    protocol, _ = synced()
    protocol.queue_job(JOB[:3])
    protocol.next_writes()
    events = feed(
        protocol,
        "Error:checksum mismatch, Last Line: 1",
        "Resend: 2",
        "Error:Line Number is not Last Line Number+1, Last Line: 1",
        "Resend: 2",
        "echo:busy: processing",
        "ok",
    )
    assert acked(events) == [1]


def test_a_confirmed_m110_is_never_sent_again() -> None:
    """A garbled or stale `Resend: 0` must not reset the firmware's line counter mid-job."""
    protocol, _ = synced()
    protocol.queue_job(JOB[:3])
    protocol.next_writes()
    events = feed(protocol, "Resend: 0", "ok")
    assert [e.line for e in events if isinstance(e, Resending)] == [0]
    # Line 1 again, and no more: lines 1-3 may still be on their way, taking up the buffer.
    assert numbers(protocol.next_writes()) == [1]


def test_an_ok_naming_a_line_never_sent_is_ignored() -> None:
    protocol, _ = synced()
    feed(protocol, "ok N0 P15 B3")
    protocol.queue_job(JOB[:2])
    protocol.next_writes()
    assert acked(feed(protocol, "ok N9 P15 B3")) == []
    assert acked(feed(protocol, "ok N2 P15 B3")) == [1, 2]


@pytest.mark.parametrize(
    "report",
    [
        "T:21.00 /0.00 B:21.00 /0.00 @:0 B@:0",  # M155 auto-report
        "//action:notification Printing...",
        "// action:pause",
    ],
)
def test_unsolicited_reports_do_not_hold_off_the_reply_timeout(report: str) -> None:
    protocol, clock = synced(reply_timeout=5.0)
    protocol.queue_job(JOB[:3])
    assert numbers(protocol.next_writes()) == [1, 2, 3]
    assert acked(feed(protocol, "ok", "ok")) == [1, 2]
    # The last line's ok is lost; the printer keeps reporting on its own every 2 s.
    for _ in range(2):
        clock.now += 2.0
        feed(protocol, report)
        assert protocol.poll() == []
    clock.now += 1.1
    events = protocol.poll()
    assert [e.line for e in events if isinstance(e, ReplyTimedOut)] == [3]
    assert [decode(w) for w in protocol.next_writes()] == [(3, JOB[2])]


def test_a_line_lost_on_the_way_is_sent_again_despite_temperature_reports() -> None:
    protocol, clock = synced(reply_timeout=5.0)
    protocol.queue_job(["M400"])
    assert numbers(protocol.next_writes()) == [1]  # never arrives
    for _ in range(3):
        clock.now += 2.0
        feed(protocol, "T:21.00 /0.00 B:21.00 /0.00 @:0 B@:0")
        events = protocol.poll()
    assert [e.line for e in events if isinstance(e, ReplyTimedOut)] == [1]
    assert [decode(w) for w in protocol.next_writes()] == [(1, "M400")]
    assert acked(feed(protocol, "ok")) == [1]
    assert protocol.idle


def test_the_reply_timer_starts_when_a_line_is_sent_not_at_the_last_reply() -> None:
    protocol, clock = synced(reply_timeout=5.0)
    clock.now += 60.0  # idle: nothing outstanding, nothing heard
    protocol.send("M114")
    protocol.next_writes()
    clock.now += 4.9
    assert protocol.poll() == []
    clock.now += 0.2
    assert [type(e) for e in protocol.poll()] == [ReplyTimedOut]


def test_job_lines_are_tagged_with_their_job() -> None:
    protocol, _ = synced()
    protocol.queue_job(JOB[:6], job=7)
    assert numbers(protocol.next_writes()) == [1, 2, 3, 4]
    assert protocol.drop_job() == 2  # cancelled: lines 1-4 are still in the printer
    protocol.queue_job(JOB[:2], job=8)
    tags = []
    for _ in range(6):
        protocol.next_writes()
        tags += [e.tag for e in feed(protocol, "ok") if isinstance(e, Acknowledged)]
    assert tags == [JobLine(7, i) for i in range(4)] + [JobLine(8, 0), JobLine(8, 1)]


@pytest.mark.parametrize("command", ["M109 S200", "M190 S60"])
def test_temperature_lines_keep_a_heating_wait_alive(command: str) -> None:
    protocol, clock = synced(reply_timeout=5.0)
    protocol.send(command)
    protocol.next_writes()
    for _ in range(60):  # a minute of heating, without `busy:`
        clock.now += 1.0
        feed(protocol, "T:120.00 /200.00 B:60.00 /60.00 @:127 B@:0 W:?")
        assert protocol.poll() == []
    assert acked(feed(protocol, "ok")) == [1]
