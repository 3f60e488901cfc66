"""SerialLink through real pyserial on pty pairs: framing, banner, writes, timeouts, stop."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterator

import pytest

from hardware.transport import JOIN_TIMEOUT, LinkError, LinkState, LinkTimeout, SerialLink
from tests.hardware.support import HostAwareDevice, Recorder, wait_until


@pytest.fixture
def device() -> Iterator[HostAwareDevice]:
    with HostAwareDevice() as dev:
        yield dev


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def open_link(port: str, recorder: Recorder, **options: object) -> SerialLink:
    link = SerialLink(port, on_line=recorder.on_line, on_state=recorder.on_state, **options)  # type: ignore[arg-type]
    link.start(timeout=3.0)
    return link


def test_complete_and_partial_lines_in_any_terminator(
    device: HostAwareDevice, recorder: Recorder
) -> None:
    link = open_link(device.port, recorder)
    try:
        assert link.connected
        device.send(b"one\ntw")
        recorder.wait_lines(1)
        device.send(b"o\r\nthr")  # the rest of "two", then a partial line
        recorder.wait_lines(2)
        device.send(b"ee\r")
        recorder.wait_lines(3)
        device.send(b"\nfour\r\n\nfive\n")  # this LF completes the CRLF, not an empty line
        lines = recorder.wait_lines(6)
        assert lines == [b"one", b"two", b"three", b"four", b"", b"five"]
        assert recorder.kinds() == ["connected"]
    finally:
        link.stop()
    recorder.wait_state("disconnected")


def test_over_long_line_is_dropped_reported_and_the_link_resyncs(
    device: HostAwareDevice, recorder: Recorder
) -> None:
    link = open_link(device.port, recorder, max_line=16)
    try:
        device.send(b"x" * 10)
        device.send(b"y" * 30 + b"\r\nexactly-16-byte\n" + b"z" * 17 + b"\nok\n")
        lines = recorder.wait_lines(2)
        assert lines == [b"exactly-16-byte", b"ok"]
        errors = [state for state in recorder.states if state.kind == "error"]
        assert len(errors) == 2
        assert all("longer than 16 bytes" in state.detail for state in errors)
        assert link.connected
    finally:
        link.stop()


def test_binary_garbage_is_delivered_as_bytes_and_the_link_stays_up(
    device: HostAwareDevice, recorder: Recorder
) -> None:
    garbage = bytes(value for value in range(256) if value not in b"\r\n")
    link = open_link(device.port, recorder)
    try:
        device.send(garbage + b"\n\xff\xfe\x00\nafter\n")
        assert recorder.wait_lines(3) == [garbage, b"\xff\xfe\x00", b"after"]
        link.write(b"still-writable\n")
        device.wait_received(b"still-writable\n")
    finally:
        link.stop()


def test_banner_is_awaited_lines_before_it_discarded_and_nothing_sent_before_it(
    recorder: Recorder,
) -> None:
    boot = [b"\x00\xfe\xff reset noise\r\n", b"echo: not the banner\n"]
    with HostAwareDevice(boot=boot) as device:
        link = SerialLink(
            device.port,
            on_line=recorder.on_line,
            on_state=recorder.on_state,
            banner=lambda line: line.startswith(b"start"),
        )
        try:
            # Returns without the banner: reconnect=True keeps waiting in the background.
            link.start(timeout=0.3)
            device.wait_opens(1)
            assert not link.connected
            with pytest.raises(LinkError, match="not connected"):
                link.write(b"too early\n")
            device.send(b"start v1.0\nfirst line\n")
            assert link.wait_connected(3.0)
            assert recorder.wait_lines(2) == [b"start v1.0", b"first line"]
            assert recorder.kinds() == ["connected"]
            link.write(b"hello\n")
            assert device.wait_received(b"hello\n") == b"hello\n"
        finally:
            link.stop()


def test_banner_is_found_after_bootloader_noise_on_the_same_line(recorder: Recorder) -> None:
    with HostAwareDevice(boot=[b"\x00\xf8\x80\x1bstart v1.0\r\nready\r\n"]) as device:
        link = open_link(device.port, recorder, banner=lambda line: line.startswith(b"start"))
        try:
            assert link.connected
            assert recorder.wait_lines(2) == [b"start v1.0", b"ready"]
        finally:
            link.stop()


def test_banner_that_never_comes_fails_start_without_reconnect(recorder: Recorder) -> None:
    with HostAwareDevice(boot=[b"chatter\n"]) as device:
        link = SerialLink(
            device.port,
            on_line=recorder.on_line,
            on_state=recorder.on_state,
            banner=lambda line: line == b"start",
            banner_timeout=0.3,
            reconnect=False,
        )
        with pytest.raises(LinkError, match="no banner"):
            link.start(timeout=3.0)
        assert not link.connected
        assert recorder.lines == []
        assert device.received == b""


def test_start_on_a_missing_port(tmp_path: object, recorder: Recorder) -> None:
    missing = f"{tmp_path}/ttyACM-nowhere"
    link = SerialLink(missing, on_line=recorder.on_line, reconnect=False)
    with pytest.raises(LinkError, match="no such port"):
        link.start(timeout=2.0)

    retrying = SerialLink(missing, on_line=recorder.on_line, on_state=recorder.on_state)
    retrying.start(timeout=0.3)
    try:
        assert not retrying.connected
        state = recorder.wait_state("error")
        assert state == LinkState(
            "error", missing, "cannot open: no such port (is the device plugged in?)"
        )
    finally:
        retrying.stop()
    # Reported once, not once per retry.
    assert recorder.kinds() == ["error"]


def test_a_second_program_cannot_open_a_port_in_use(
    device: HostAwareDevice, recorder: Recorder
) -> None:
    owner = open_link(device.port, recorder)
    try:
        intruder = SerialLink(device.port, on_line=recorder.on_line, reconnect=False)
        with pytest.raises(LinkError, match="in use by another program"):
            intruder.start(timeout=2.0)
        device.send(b"still ours\n")
        assert recorder.wait_lines(1) == [b"still ours"]
        assert owner.connected
    finally:
        owner.stop()


def test_write_times_out_when_the_device_stops_reading(recorder: Recorder) -> None:
    gate = threading.Event()

    class Stalled(HostAwareDevice):
        def on_data(self, data: bytes) -> None:
            gate.wait(10.0)  # holds the simulator thread, so the pty's buffer fills up

    with Stalled() as device:
        link = open_link(device.port, recorder)
        try:
            outcome: list[BaseException] = []

            def big_write() -> None:
                try:
                    link.write(b"x" * 2_000_000, timeout=2.5)
                except LinkError as exc:
                    outcome.append(exc)

            writer = threading.Thread(target=big_write)
            writer.start()
            wait_until(lambda: device.received, what="the stalled device to get bytes")
            started = time.monotonic()
            # The lock is held by the big write: a second writer gives up after its own timeout.
            with pytest.raises(LinkTimeout, match="another write held the port"):
                link.write(b"small\n", timeout=0.2)
            assert time.monotonic() - started < 1.0
            writer.join(5.0)
            assert len(outcome) == 1
            assert isinstance(outcome[0], LinkTimeout)
            assert link.connected
        finally:
            gate.set()
            link.stop()


def test_stop_never_hangs(device: HostAwareDevice, recorder: Recorder, tmp_path: object) -> None:
    never_started = SerialLink(device.port, on_line=recorder.on_line)
    never_started.stop()

    link = open_link(device.port, recorder)
    link.stop()
    link.stop()
    assert recorder.wait_state("disconnected").detail == "closed"
    assert not link.connected
    with pytest.raises(LinkError):
        link.write(b"after stop\n")

    # Stop while the link is backing off between attempts to open a missing port.
    backing_off = SerialLink(f"{tmp_path}/gone", on_line=recorder.on_line)
    backing_off.start(timeout=1.0)
    started = time.monotonic()
    backing_off.stop()
    assert time.monotonic() - started < JOIN_TIMEOUT


def test_a_link_can_be_started_again_after_stop(
    device: HostAwareDevice, recorder: Recorder
) -> None:
    link = open_link(device.port, recorder)
    with pytest.raises(LinkError, match="already started"):
        link.start(timeout=1.0)
    link.stop()
    link.start(timeout=3.0)
    try:
        device.wait_opens(2)
        device.send(b"second life\n")
        assert recorder.wait_lines(1) == [b"second life"]
        assert recorder.kinds() == ["connected", "disconnected", "connected"]
    finally:
        link.stop()


def test_stop_returns_even_if_a_callback_never_does(device: HostAwareDevice) -> None:
    release = threading.Event()
    entered = threading.Event()

    def stuck(line: bytes) -> None:
        entered.set()
        release.wait(10.0)

    link = SerialLink(device.port, on_line=stuck)
    link.start(timeout=3.0)
    try:
        device.send(b"hold\n")
        assert entered.wait(3.0)
        started = time.monotonic()
        link.stop()
        assert time.monotonic() - started < JOIN_TIMEOUT + 1.0
        with pytest.raises(LinkError, match="still closing"):
            link.start(timeout=1.0)
    finally:
        release.set()
    wait_until(lambda: not link.connected, what="the released reader to close the port")


def test_stop_from_inside_a_callback(device: HostAwareDevice) -> None:
    stopped = threading.Event()
    link: SerialLink

    def on_line(line: bytes) -> None:
        if line == b"bye":
            link.stop()
            stopped.set()

    link = SerialLink(device.port, on_line=on_line)
    link.start(timeout=3.0)
    device.send(b"bye\n")
    assert stopped.wait(3.0)
    wait_until(lambda: not link.connected, what="the link to close")


def test_callback_exceptions_are_reported_and_do_not_kill_the_reader(
    device: HostAwareDevice,
) -> None:
    recorder = Recorder()

    def on_line(line: bytes) -> None:
        if line == b"boom":
            raise ValueError("cannot parse boom")
        recorder.on_line(line)

    def on_state(state: LinkState) -> None:
        recorder.on_state(state)
        raise RuntimeError("state handler bug")

    link = SerialLink(device.port, on_line=on_line, on_state=on_state)
    link.start(timeout=3.0)
    try:
        device.send(b"boom\nfine\n")
        assert recorder.wait_lines(1) == [b"fine"]
        error = recorder.wait_state("error")
        assert error.detail == "line handler failed: ValueError: cannot parse boom"
        link.write(b"ping\n")
        device.wait_received(b"ping\n")
    finally:
        link.stop()


def test_on_connected_callback_may_write(recorder: Recorder) -> None:
    """A driver typically greets the device as soon as the link reports "connected"."""
    with HostAwareDevice(boot=[b"start\n"]) as device:
        link: SerialLink

        def on_state(state: LinkState) -> None:
            recorder.on_state(state)
            if state.kind == "connected":
                link.write(b"M110 N0\n")

        link = SerialLink(
            device.port,
            on_line=recorder.on_line,
            on_state=on_state,
            banner=lambda line: line == b"start",
        )
        link.start(timeout=3.0)
        try:
            assert device.wait_received(b"M110 N0\n") == b"M110 N0\n"
            assert recorder.wait_lines(1) == [b"start"]
        finally:
            link.stop()


def test_pyserial_url_ports_work(recorder: Recorder) -> None:
    link = open_link("loop://", recorder)
    try:
        link.write(b"echo me\r\n")
        assert recorder.wait_lines(1) == [b"echo me"]
    finally:
        link.stop()


def test_bad_configuration_is_refused_up_front() -> None:
    with pytest.raises(ValueError, match="not a 4-digit hex number"):
        SerialLink("usb:arduino:0043", on_line=lambda line: None)
    with pytest.raises(ValueError, match="positive"):
        SerialLink("loop://", on_line=lambda line: None, write_timeout=0)


def test_link_state_is_immutable() -> None:
    state = LinkState("connected", "/dev/ttyACM0")
    with pytest.raises(dataclasses.FrozenInstanceError):
        state.kind = "error"  # type: ignore[misc]
