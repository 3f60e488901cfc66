"""`python -m hardware`: in-process through main(argv), and once as a real process."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
import serial

from hardware import cli
from hardware.cli import NamedProbe, identify, identify_all, main
from hardware.discovery import list_ports
from hardware.sim.scanner import ScannerSimulator
from hardware.transport import SerialLink
from tests.hardware.support import HostAwareDevice

ROOT = Path(__file__).resolve().parents[2]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.mark.parametrize("argv", [["--help"], ["list", "-h"], ["probe", "--help"],
                                  ["sim", "--help"], ["scan", "--help"]])  # fmt: skip
def test_help_everywhere(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(argv, capsys)
    assert code == 0
    assert out.startswith("usage: python -m hardware")


def test_top_level_help_names_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["--help"], capsys)
    for command in ("list", "probe", "sim", "scan"):
        assert f"    {command} " in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "required: COMMAND"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["sim", "toaster"], "invalid choice: 'toaster'"),
        (["probe"], "required: PORT"),
        (["probe", "usb:zz:0043"], "not a 4-digit hex number"),
        (["list", "--timeout", "-1"], "expected a positive number"),
        (["list", "--probe", "--no-probe"], "not allowed with argument"),
        (["scan", "/dev/ttyACM0", "--count", "many"], "invalid int value"),
    ],
)
def test_usage_errors_exit_2_with_one_clear_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(argv, capsys)
    assert code == 2
    error_lines = [line for line in err.splitlines() if "error:" in line]
    assert len(error_lines) == 1
    assert message in error_lines[0]


@pytest.mark.parametrize("command", ["probe", "scan"])
def test_missing_port_is_a_device_error(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run([command, str(tmp_path / "ttyACM9")], capsys)
    assert code == 1
    assert out == ""
    assert err == f"error: {tmp_path / 'ttyACM9'}: no such port (is the device plugged in?)\n"


def test_scan_prints_each_scan(capsys: pytest.CaptureFixture[str]) -> None:
    with ScannerSimulator() as simulator:

        def trigger() -> None:
            if simulator.wait_host_open(5.0):
                simulator.scan("\x02MKS-0042\x03")
                simulator.scan("21234000567890", terminator=b"\r")

        scanning = threading.Thread(target=trigger)
        scanning.start()
        code, out, err = run(["scan", simulator.port, "--count", "2"], capsys)
        scanning.join(5.0)
    assert code == 0
    assert out == "MKS-0042\n21234000567890\n"
    assert f"listening on {simulator.port}" in err


@pytest.mark.parametrize("flags", [[], ["--no-probe"]])
def test_list_without_probing_shows_every_port(
    flags: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with HostAwareDevice() as device:
        code, out, err = run(["list", *flags, "--port", device.port], capsys)
        assert device.opens == 0  # listing never opens a port unless asked to probe
    assert code == 0
    assert "warning" not in err
    lines = out.splitlines()
    assert lines[0].split() == ["PORT", "USB", "ID", "SERIAL", "DESCRIPTION", "DEVICE"]
    listed = [line.split()[0] for line in lines[1:] if line.strip()]
    assert listed == [info.device for info in list_ports()] + [device.port]
    assert out.count("(not probed)") == len(listed)


def banner_probe(port: str, timeout: float) -> str | None:
    """A probe in the shape device families provide: open, await a banner, describe."""
    seen: list[bytes] = []
    link = SerialLink(
        port,
        on_line=seen.append,
        banner=lambda line: line.startswith(b"HELLO "),
        banner_timeout=timeout,
        reconnect=False,
    )
    try:
        link.start(timeout=timeout)
    except Exception:
        return None
    link.stop()
    return seen[0].decode()[6:] if seen else None


def failing_probe(port: str, timeout: float) -> str | None:
    raise RuntimeError("driver bug")


def test_identify_asks_each_probe_until_one_answers() -> None:
    with HostAwareDevice(boot=[b"HELLO test device v2\n"]) as known, HostAwareDevice() as silent:
        probes = [NamedProbe("broken", failing_probe), NamedProbe("test", banner_probe)]
        assert identify(known.port, probes, 1.0) == "test device v2"
        assert identify(silent.port, probes, 0.2) is None
        assert identify_all([known.port, silent.port], probes, 0.3) == {
            known.port: "test device v2",
            silent.port: None,
        }


def test_identify_all_is_bounded_even_if_a_probe_hangs() -> None:
    release = threading.Event()

    def hanging_probe(port: str, timeout: float) -> str | None:
        release.wait(10.0)
        return "too late"

    started = time.monotonic()
    try:
        result = identify_all(["/dev/a", "/dev/b"], [NamedProbe("hang", hanging_probe)], 0.1)
        assert result == {"/dev/a": None, "/dev/b": None}
        assert time.monotonic() - started < 5.0
    finally:
        release.set()


def test_missing_device_families_are_tolerated(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "broken_family.py").write_text("raise RuntimeError('half-installed')\n")
    (tmp_path / "toy_family.py").write_text(
        textwrap.dedent(
            """
            def register(subparsers):
                toy = subparsers.add_parser("toy", help="a toy device")
                toy.add_argument("port")
                toy.set_defaults(func=lambda args: print("toy on", args.port) or 0)

            def probe(port, timeout=2.0):
                return "toy device" if port.endswith("toy") else None
            """
        )
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(cli, "FAMILY_CLIS", ("no_such_family.cli", "broken_family", "toy_family"))
    monkeypatch.setattr(
        cli,
        "PROBE_MODULES",
        (("no_such_family.client", "nothing"), ("broken_family", "broken"), ("toy_family", "toy")),
    )
    code, out, _ = run(["toy", "/dev/x"], capsys)
    assert (code, out) == (0, "toy on /dev/x\n")
    toy_port = tmp_path / "toy"
    toy_port.touch()
    code, out, err = run(["probe", str(toy_port)], capsys)
    assert (code, out) == (0, f"{toy_port}: toy device\n")
    assert "note: broken probe unavailable: RuntimeError: half-installed" in err
    assert "nothing" not in err  # an absent family is not worth a note
    code, _, err = run(["probe", str(tmp_path / "broken_family.py")], capsys)
    assert code == 1
    assert "no toy answered" in err


def test_terminator_is_for_the_scanner_only(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["sim", "relay", "--terminator", "cr"], capsys)
    assert code == 2
    assert err == "error: --terminator applies to the scanner simulator only\n"


def test_sim_of_a_missing_family_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(cli.SIMULATORS, "relay", ("no_such.sim", "RelaySimulator", "relay"))
    code, _, err = run(["sim", "relay"], capsys)
    assert code == 1
    assert err.startswith("error: the relay simulator is not available")


def test_probe_and_list_identify_the_simulated_relay_and_printer(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from hardware.sim.marlin import MarlinSimulator
    from hardware.sim.relay import RelaySimulator

    with RelaySimulator() as relay, MarlinSimulator() as printer:
        code, out, _ = run(["probe", relay.port, "--timeout", "1"], capsys)
        assert code == 0
        assert out.startswith(f"{relay.port}: relay controller ")
        code, out, _ = run(["probe", printer.port, "--timeout", "1"], capsys)
        assert code == 0
        assert out.startswith(f"{printer.port}: 3D printer: ")
        code, out, err = run(
            ["list", "--probe", "--timeout", "1", "--port", relay.port, "--port", printer.port],
            capsys,
        )
        assert code == 0
        assert err.startswith("warning: probing opens every port listed; that resets")
        rows = {line.split()[0]: line for line in out.splitlines() if line.startswith("/dev/")}
        assert "relay controller" in rows[relay.port]
        assert "3D printer" in rows[printer.port]


# -- as a real process ---------------------------------------------------------------------------


def _readline(stream: object, timeout: float) -> str:
    fd = stream.fileno()  # type: ignore[attr-defined]
    deadline = time.monotonic() + timeout
    data = b""
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        ready, _, _ = select.select([fd], [], [], max(remaining, 0))
        if not ready:
            raise AssertionError(f"no line within {timeout} s (got {data!r})")
        chunk = os.read(fd, 1)
        if not chunk:
            break
        data += chunk
    return data.decode()


def _environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def test_module_help_as_a_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "hardware", "--help"],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=ROOT,
        env=_environment(),
    )
    assert result.returncode == 0
    assert "usage: python -m hardware" in result.stdout
    assert result.stderr == ""


def test_sim_scanner_as_a_process_prints_its_port_and_stops_on_sigterm() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "hardware", "sim", "scanner", "--terminator", "cr"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=_environment(),
    )
    try:
        port = _readline(process.stdout, 20.0).strip()
        assert port.startswith("/dev/")
        with serial.Serial(port, timeout=0.1) as scanner_port:
            assert process.stdin is not None
            process.stdin.write(b"TYPED-CARD-7\n")
            process.stdin.flush()
            received = b""
            deadline = time.monotonic() + 10.0
            while not received.endswith(b"\r") and time.monotonic() < deadline:
                received += scanner_port.read(64)
        assert received == b"TYPED-CARD-7\r"
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=10)
        assert process.returncode == 0
        assert b"Traceback" not in err
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=10)
