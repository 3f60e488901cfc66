"""The serial scanner driver against the scanner simulator, through real pyserial on a pty."""

from __future__ import annotations

import contextlib
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hardware.scanner import SerialScanner, decode_scan
from hardware.sim.scanner import ScannerSimulator
from hardware.transport import LinkState
from tests.hardware.support import Recorder


class Scans:
    def __init__(self) -> None:
        self._lock = threading.Condition()
        self.texts: list[str] = []

    def __call__(self, text: str) -> None:
        with self._lock:
            self.texts.append(text)
            self._lock.notify_all()

    def wait(self, count: int, timeout: float = 5.0) -> list[str]:
        with self._lock:
            if not self._lock.wait_for(lambda: len(self.texts) >= count, timeout):
                raise AssertionError(f"expected {count} scans, got {self.texts}")
            return list(self.texts)


@pytest.fixture
def simulator() -> Iterator[ScannerSimulator]:
    with ScannerSimulator() as sim:
        yield sim


@contextlib.contextmanager
def start_scanner(
    sim: ScannerSimulator, scans: Scans, states: Recorder | None = None, **options: int
) -> Iterator[SerialScanner]:
    scanner = SerialScanner(
        sim.port, scans, on_state=states.on_state if states else None, **options
    )
    with scanner:
        assert scanner.connected
        assert sim.wait_host_open(3.0)
        yield scanner


def test_each_line_is_one_scan_whatever_the_terminator(simulator: ScannerSimulator) -> None:
    scans = Scans()
    with start_scanner(simulator, scans):
        simulator.scan("21234000567890")
        simulator.scan("MKS-CARD-0042", terminator=b"\r")
        simulator.scan("https://library.example/c/7f3a", terminator=b"\n")
        simulator.scan("Ünïcødé ✓ 名前")
        assert scans.wait(4) == [
            "21234000567890",
            "MKS-CARD-0042",
            "https://library.example/c/7f3a",
            "Ünïcødé ✓ 名前",
        ]


def test_control_characters_are_stripped_and_empty_scans_ignored(
    simulator: ScannerSimulator,
) -> None:
    scans = Scans()
    with start_scanner(simulator, scans):
        simulator.send(b"\x02CARD\x00123\x03\r\n")  # STX/ETX framing and a stray NUL
        simulator.send(b"\r\n\r\n  \x1b\x07\r\n" + "\ufeff\u200b".encode())  # BOM, zero-width space
        simulator.send(b"\r\n  padded  \r\n")
        assert scans.wait(2) == ["CARD123", "padded"]
        simulator.scan("last")
        assert scans.wait(3)[2] == "last"


def test_invalid_utf8_is_replaced_not_fatal(simulator: ScannerSimulator) -> None:
    scans = Scans()
    with start_scanner(simulator, scans):
        simulator.send(b"CARD\xff\xfe42\r\n")
        assert scans.wait(1) == ["CARD\ufffd\ufffd42"]


def test_over_long_scan_is_dropped_with_an_error_and_the_next_scan_works(
    simulator: ScannerSimulator,
) -> None:
    scans, states = Scans(), Recorder()
    rejected: list[int] = []
    scanner = SerialScanner(
        simulator.port, scans, on_state=states.on_state, max_length=32, on_rejected=rejected.append
    )
    with scanner:
        assert simulator.wait_host_open(3.0)
        simulator.scan("9" * 33)
        simulator.scan("é" * 32)  # 64 bytes, but 32 characters: the limit counts characters
        simulator.send(b"\x02" + b"x" * 5000 + b"\x03\r\n")  # a flood, dropped unread
        simulator.scan("8" * 32)
        assert scans.wait(2) == ["é" * 32, "8" * 32]
        too_long, flood = states.wait_state("error", count=1), states.wait_state("error", count=2)
        assert too_long.detail == "scan longer than 32 characters dropped"
        assert flood.detail == "line longer than 144 bytes dropped"
        assert rejected == [33, 145]
    assert states.kinds() == ["connected", "error", "error", "disconnected"]


def test_max_length_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        SerialScanner("loop://", lambda text: None, max_length=0)


def test_a_failing_scan_handler_is_reported_and_scanning_continues(
    simulator: ScannerSimulator,
) -> None:
    scans, states = Scans(), Recorder()

    def on_scan(text: str) -> None:
        if text == "bad":
            raise KeyError(text)
        scans(text)

    scanner = SerialScanner(simulator.port, on_scan, on_state=states.on_state)
    scanner.start(timeout=3.0)
    try:
        assert simulator.wait_host_open(3.0)
        simulator.scan("bad")
        simulator.scan("good")
        assert scans.wait(1) == ["good"]
        assert "KeyError" in states.wait_state("error").detail
    finally:
        scanner.stop()


def test_scanner_comes_back_after_being_unplugged(tmp_path: Path) -> None:
    scans, states = Scans(), Recorder()
    by_id = tmp_path / "usb-Scanner_0001-if00"
    first = ScannerSimulator()
    by_id.symlink_to(first.start())
    scanner = SerialScanner(str(by_id), scans, on_state=states.on_state)
    try:
        scanner.start(timeout=3.0)
        assert first.wait_host_open(3.0)
        first.scan("one")
        scans.wait(1)
        first.stop()
        assert states.wait_state("disconnected").detail.startswith("device lost")
        assert not scanner.connected
        with ScannerSimulator(terminator=b"\r") as second:
            by_id.unlink()
            by_id.symlink_to(second.port)
            assert second.wait_host_open(5.0)
            assert scanner.wait_connected(3.0)
            second.scan("two")
            assert scans.wait(2) == ["one", "two"]
    finally:
        scanner.stop()
        first.stop()


def test_simulator_refuses_an_unknown_terminator() -> None:
    with pytest.raises(ValueError, match="terminator"):
        ScannerSimulator(terminator=b";")


@given(st.binary(max_size=300))
def test_decode_scan_never_raises_and_returns_only_printable_text(line: bytes) -> None:
    text = decode_scan(line)
    if text is not None:
        assert text == text.strip() and text
        assert all(unicodedata.category(ch) not in ("Cc", "Cf") for ch in text)


def test_link_states_reach_the_scanner_owner(simulator: ScannerSimulator) -> None:
    states: list[LinkState] = []
    scanner = SerialScanner(simulator.port, lambda text: None, on_state=states.append)
    scanner.start(timeout=3.0)
    scanner.stop()
    assert [state.kind for state in states] == ["connected", "disconnected"]
    assert {state.port for state in states} == {simulator.port}
