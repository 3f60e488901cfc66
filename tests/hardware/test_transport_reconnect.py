"""The device vanishes and comes back: the link notices, reopens with backoff, awaits the banner
again, and lines flow as before. Also reopening by USB identity, resolved at every open."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

from hardware import discovery
from hardware.discovery import PortInfo
from hardware.transport import LinkError, SerialLink, backoff_delays
from tests.hardware.support import HostAwareDevice, Recorder

BOOT = [b"\xf0\x0f line noise while resetting\r\n", b"start\n"]


def point(link_path: Path, target: str) -> None:
    """Repoint a symlink atomically, as udev does for /dev/serial/by-id/..."""
    staging = link_path.with_name(link_path.name + ".new")
    staging.unlink(missing_ok=True)
    staging.symlink_to(target)
    os.replace(staging, link_path)


def test_device_vanishes_and_comes_back_at_the_same_by_id_path(tmp_path: Path) -> None:
    recorder = Recorder()
    by_id = tmp_path / "usb-Arduino_Uno_85735313-if00"
    first = HostAwareDevice(boot=BOOT)
    point(by_id, first.start())
    link = SerialLink(
        str(by_id),
        on_line=recorder.on_line,
        on_state=recorder.on_state,
        banner=lambda line: line == b"start",
    )
    try:
        link.start(timeout=3.0)
        assert link.connected
        first.send(b"before\n")
        assert recorder.wait_lines(2) == [b"start", b"before"]

        first.stop()  # unplugged: reads fail with EIO
        lost = recorder.wait_state("disconnected")
        assert lost.detail.startswith("device lost")
        assert not link.connected
        with pytest.raises(LinkError, match="not connected"):
            link.write(b"into the void\n")

        with HostAwareDevice(boot=BOOT) as second:
            point(by_id, second.port)
            assert link.wait_connected(5.0)
            second.send(b"after\n")
            # The noise before the second banner is discarded; the banner itself is delivered.
            assert recorder.wait_lines(4)[2:] == [b"start", b"after"]
            link.write(b"hello again\n")
            assert second.wait_received(b"hello again\n") == b"hello again\n"
            assert second.opens == 1
            assert recorder.kinds()[:2] == ["connected", "disconnected"]
            assert recorder.kinds().count("connected") == 2
    finally:
        link.stop()
        first.stop()


def test_reconnect_waits_for_the_banner_again(tmp_path: Path) -> None:
    recorder = Recorder()
    by_id = tmp_path / "ttyACM-relay"
    with HostAwareDevice(boot=[b"start\n"]) as first:
        point(by_id, first.port)
        link = SerialLink(
            str(by_id),
            on_line=recorder.on_line,
            on_state=recorder.on_state,
            banner=lambda line: line == b"start",
        )
        link.start(timeout=3.0)
    try:
        recorder.wait_state("disconnected")
        with HostAwareDevice(boot=[b"booting\n"]) as second:  # no banner yet
            point(by_id, second.port)
            second.wait_opens(1)
            second.send(b"still booting\n")
            assert not link.connected
            assert second.received == b""
            second.send(b"start\nready\n")
            assert link.wait_connected(3.0)
            assert recorder.wait_lines(3) == [b"start", b"start", b"ready"]
    finally:
        link.stop()


def test_usb_name_is_resolved_again_at_every_reopen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No USB adapter is plugged in here, so the OS's port list is the one thing replaced."""
    recorder = Recorder()
    plugged: list[PortInfo] = []
    monkeypatch.setattr(discovery, "list_ports", lambda: list(plugged))

    def plug(port: str) -> None:
        plugged[:] = [
            PortInfo(port, "other adapter", vid=0x0403, pid=0x6001, serial_number="FT1"),
            PortInfo(port + "-x", "Arduino Uno", vid=0x2341, pid=0x0043, serial_number="OTHER"),
            PortInfo(port, "Arduino Uno", vid=0x2341, pid=0x0043, serial_number="8573"),
        ]

    with HostAwareDevice() as first:
        plug(first.port)
        link = SerialLink(
            "usb:2341:0043:8573", on_line=recorder.on_line, on_state=recorder.on_state
        )
        link.start(timeout=3.0)
        assert link.connected
        first.send(b"one\n")
        recorder.wait_lines(1)
    try:
        recorder.wait_state("disconnected")
        plugged.clear()
        assert "no USB serial device usb:2341:0043:8573" in recorder.wait_state("error").detail
        with HostAwareDevice() as second:
            plug(second.port)
            assert link.wait_connected(5.0)
            second.send(b"two\n")
            assert recorder.wait_lines(2) == [b"one", b"two"]
    finally:
        link.stop()


def test_unknown_usb_device_fails_start_with_a_clear_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(discovery, "list_ports", lambda: [])
    link = SerialLink("usb:2341:0043", on_line=lambda line: None, reconnect=False)
    with pytest.raises(LinkError, match="no USB serial device usb:2341:0043 is plugged in"):
        link.start(timeout=2.0)


def test_backoff_doubles_from_a_tenth_of_a_second_to_five_seconds() -> None:
    delays = list(itertools.islice(backoff_delays(), 9))
    assert delays == [0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 5.0, 5.0, 5.0]
