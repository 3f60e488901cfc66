"""`python -m hardware printer --backend ...` with every backend, through `hardware.cli.main`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hardware.cli import main
from hardware.sim.marlin import MarlinSimConfig, MarlinSimulator
from tests.hardware.printers.fake_moonraker import FakeMoonraker
from tests.hardware.printers.fake_prusalink import FakePrusaLink
from tests.hardware.printers.octoprint_server import OctoPrintServer, free_port


@pytest.fixture
def moonraker() -> Iterator[FakeMoonraker]:
    fake = FakeMoonraker().start()
    yield fake
    fake.stop()


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    return lines[0]


def test_moonraker_status(moonraker: FakeMoonraker, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["printer", "--backend", "moonraker", moonraker.url, "status"]) == 0
    out = capsys.readouterr().out
    assert "state: ready" in out and "tool0: 24.5 °C" in out and "emergency stop: halt" in out


def test_moonraker_print_follows_the_job_to_its_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakeMoonraker(finish_at_once=True).start()
    try:
        part = tmp_path / "part.gcode"
        part.write_text("G28\nG1 X10\n")
        assert main(["printer", "--backend", "moonraker", fake.url, "print", str(part)]) == 0
        out = capsys.readouterr().out
        assert "printing part.gcode" in out and "done: part.gcode" in out
        assert fake.files == {"part.gcode": b"G28\nG1 X10\n"}
    finally:
        fake.stop()


def test_unreachable_moonraker_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    assert main(["printer", "--backend", "moonraker", url, "--timeout", "2", "status"]) == 1
    line = one_error_line(capsys.readouterr().err)
    assert line.startswith(f"error: moonraker: nothing answers at {url}")


def test_prusalink_refuses_a_file_for_another_model_and_sends_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakePrusaLink(password="pw").start()
    try:
        part = tmp_path / "part.gcode"
        part.write_text('M862.3 P "MK4S"\nG28\n')
        args = ["printer", "--backend", "prusalink", fake.url, "--password", "pw"]
        assert main([*args, "--model", "MINI", "print", str(part)]) == 2
        line = one_error_line(capsys.readouterr().err)
        assert "sliced for a MK4S" in line and line.endswith("nothing was sent")
        assert fake.files == {}
        assert main([*args, "status"]) == 0
        out = capsys.readouterr().out
        assert "state: ready" in out and "note: PrusaLink has no emergency stop" in out
    finally:
        fake.stop()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--backend", "prusalink", "http://127.0.0.1:1"], "PrusaLink needs its password"),
        (["--backend", "octoprint", "http://127.0.0.1:1"], "OctoPrint needs an API key"),
        (["--backend", "moonraker", "ftp://printer"], "is not an http:// or https:// address"),
        (["/dev/ttyACM0"], "press Ctrl-C there to cancel"),
    ],
)
def test_usage_errors_are_one_line(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["printer", *args, "pause"]) == 2
    assert message in one_error_line(capsys.readouterr().err)


def test_marlin_is_the_default_backend(capsys: pytest.CaptureFixture[str]) -> None:
    sim = MarlinSimulator(MarlinSimConfig(baudrate=250000, move_model=False))
    port = sim.start()
    try:
        assert main(["printer", port, "status"]) == 0
        assert "state: ready" in capsys.readouterr().out
    finally:
        sim.stop()


@pytest.mark.slow
def test_octoprint_wrong_key_and_a_print(
    octoprint_server: OctoPrintServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = octoprint_server.url
    assert main(["printer", "--backend", "octoprint", url, "--api-key", "nope", "status"]) == 1
    assert "OctoPrint refused the API key" in one_error_line(capsys.readouterr().err)
    part = tmp_path / "short.gcode"
    part.write_text("G90\n" + "G4 P100\n" * 5)
    key = ["--api-key", octoprint_server.api_key, "--connect-port", "VIRTUAL"]
    assert main(["printer", "--backend", "octoprint", url, *key, "print", str(part)]) == 0
    assert "done: short.gcode" in capsys.readouterr().out
