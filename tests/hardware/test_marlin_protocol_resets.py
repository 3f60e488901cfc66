"""Resets, `wait` and noise as the protocol sees them: a reset is never answered by sending the
job again, noise is never a reply, and `wait` is a nudge, not progress."""

from __future__ import annotations

import pytest

from hardware.marlin import lines
from hardware.marlin.events import Acknowledged, FirmwareRestarted, Halted, ReplyTimedOut
from tests.hardware.test_marlin_protocol import JOB, feed, numbers, synced


@pytest.mark.parametrize(
    "received",
    [
        b"start",
        b"okstart",
        b"T:210.0start",
        b"\x00start",
        b"\xff\xfe\x00start",
        b"ok T:20.1 /0start",
    ],
)
def test_a_start_glued_to_a_cut_line_or_noise_is_a_reset(received: bytes) -> None:
    protocol, _ = synced()
    protocol.queue_job(JOB[:5])
    protocol.next_writes()
    events = protocol.receive(received)
    assert [type(e) for e in events] == [FirmwareRestarted]
    assert protocol.halted and protocol.next_writes() == []
    assert protocol.job_queued == 0, "the rest of the job must be dropped, never replayed"


@pytest.mark.parametrize(
    "text",
    ["//action:start", "// action:start", 'echo:Unknown command: "restart"', "echo:M118 restart"],
)
def test_words_ending_in_start_are_not_resets(text: str) -> None:
    assert not lines.is_reset_banner(text)


def test_noise_lines_neither_count_as_a_reply_nor_keep_a_line_waiting() -> None:
    protocol, clock = synced(reply_timeout=2.0)
    protocol.queue_job(JOB[:2])
    assert numbers(protocol.next_writes()) == [1, 2]
    for _ in range(30):  # a burst of noise with line ends, well past the reply timeout
        clock.now += 0.25
        assert protocol.receive(b"\x93\xf1\x07\xc2") == []
        assert protocol.receive(bytes(range(128, 160))) == []
    events = protocol.poll()
    assert [type(e) for e in events] == [ReplyTimedOut]
    assert protocol.stats.noise_lines == 60


def test_chatter_that_is_not_an_ok_cannot_hold_a_line_past_the_timeout() -> None:
    protocol, clock = synced(reply_timeout=2.0, max_silent_retries=2)
    protocol.queue_job(JOB[:1])
    protocol.next_writes()
    timed_out: list[object] = []
    for _ in range(100):
        clock.now += 0.5
        feed(protocol, "echo:SD card ok", "X:0.00 Y:0.00 Z:0.00 E:0.00 Count X:0 Y:0 Z:0")
        timed_out += protocol.poll()
        protocol.next_writes()
    kinds = [type(e) for e in timed_out]
    assert kinds == [ReplyTimedOut, ReplyTimedOut, Halted]


def test_noise_between_a_resend_request_and_its_ok_changes_nothing() -> None:
    protocol, _ = synced()
    protocol.queue_job(JOB[:3])
    protocol.next_writes()
    events = feed(protocol, "Resend: 1")
    events += protocol.receive(b"\x80\x81")
    events += feed(protocol, "ok")  # the `ok` Marlin 2.1 prints after every resend request
    assert [e for e in events if isinstance(e, Acknowledged)] == []
    # Line 1 again (and no more: lines 1-3 may still be on their way, taking up the buffer).
    assert numbers(protocol.next_writes()) == [1]


def test_wait_with_lines_unconfirmed_resends_at_once_but_is_not_progress() -> None:
    protocol, clock = synced(reply_timeout=30.0, max_silent_retries=2)
    protocol.queue_job(JOB[:2])
    protocol.next_writes()
    assert feed(protocol, "wait") == []  # too soon: the lines may still be on the wire
    clock.now += 1.5
    assert [type(e) for e in feed(protocol, "wait")] == [ReplyTimedOut]
    assert numbers(protocol.next_writes()) == [1, 2]
    clock.now += 1.5
    feed(protocol, "wait")
    protocol.next_writes()
    clock.now += 1.5
    assert [type(e) for e in feed(protocol, "wait")] == [Halted]


def test_wait_with_nothing_outstanding_is_ignored() -> None:
    protocol, clock = synced()
    clock.now += 10
    assert feed(protocol, "wait", "wait") == []
    assert not protocol.halted
