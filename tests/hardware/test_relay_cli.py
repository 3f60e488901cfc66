"""`python -m hardware relay ...` and `probe` against the relay simulator on a pty."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hardware.cli import main
from hardware.sim.relay import RelaySimulator


@pytest.fixture
def sim() -> Iterator[RelaySimulator]:
    with RelaySimulator() as device:
        yield device  # type: ignore[misc]


def test_unlock_for_minutes_then_status_then_lock_all(
    sim: RelaySimulator, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["relay", sim.port, "unlock", "2", "--minutes", "30"]) == 0
    out = capsys.readouterr().out
    assert "channel 2 unlocked for 30 min" in out
    assert sim.relays == (False, True, False, False)
    assert sim.model.seconds_left(1, sim.now_ms()) == 1800
    # Opening the port resets a Uno with auto-reset (and this simulator): everything locks.
    assert main(["relay", sim.port, "status"]) == 0
    captured = capsys.readouterr()
    assert "channel 2: locked" in captured.out
    assert "disable auto-reset" in captured.err
    assert sim.opens == 2


def test_status_prints_channels_inputs_and_heartbeat(
    sim: RelaySimulator, capsys: pytest.CaptureFixture[str]
) -> None:
    sim.reset_on_open = False
    sim.model.unlocked[2] = True
    sim.model.until_ms[2] = sim.now_ms() + 90_000
    sim.set_input(1, True)
    assert sim.wait_for(lambda: sim.model.in_active[0], timeout=3.0)
    assert main(["relay", sim.port, "--no-reset", "status"]) == 0
    out = capsys.readouterr().out
    assert "relay controller RC-1 fw 1.1.0, 4 channels" in out
    assert "channel 1: locked" in out
    assert "channel 3: unlocked, 0:01:30 left" in out or "channel 3: unlocked, 0:01:29 left" in out
    assert "door: open" in out  # active: the door contact pulls A0 to GND when it opens
    assert "e-stop: released" in out
    assert "heartbeat: off" in out


def test_lock_one_and_all(sim: RelaySimulator, capsys: pytest.CaptureFixture[str]) -> None:
    sim.reset_on_open = False
    sim.model.unlocked[:] = [True, True, False, False]
    sim.model.until_ms[:] = [sim.now_ms() + 60_000] * 4
    assert main(["relay", sim.port, "--no-reset", "lock", "1"]) == 0
    assert sim.relays == (False, True, False, False)
    assert main(["relay", sim.port, "--no-reset", "lock", "all"]) == 0
    assert sim.relays == (False,) * 4
    assert "all channels locked" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["unlock", "2", "--minutes", "0"], 2, "between 1 second and 24 hours"),
        (["unlock", "2", "--minutes", "1441"], 2, "between 1 second and 24 hours"),
        (["lock", "two"], 2, "expected a channel number or 'all'"),
        (["unlock", "7", "--seconds", "10"], 1, "no such channel"),
    ],
)
def test_bad_input_gives_one_clear_line(
    sim: RelaySimulator,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    code: int,
    message: str,
) -> None:
    assert main(["relay", sim.port, *argv]) == code
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert sim.relays == (False,) * 4


def test_estop_refusal_is_explained(
    sim: RelaySimulator, capsys: pytest.CaptureFixture[str]
) -> None:
    sim.reset_on_open = False
    sim.set_input(2, True)
    assert sim.wait_for(lambda: sim.model.in_active[1], timeout=3.0)
    assert main(["relay", sim.port, "--no-reset", "unlock", "1", "--seconds", "60"]) == 1
    assert "e-stop is pressed" in capsys.readouterr().err
    assert sim.relays == (False,) * 4


def test_missing_port_fails_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["relay", "/dev/does-not-exist", "--timeout", "0.5", "status"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    assert "Traceback" not in err


def test_probe_command_names_the_controller(
    sim: RelaySimulator, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["probe", sim.port]) == 0
    assert "relay controller RC-1" in capsys.readouterr().out


def test_controller_without_auto_reset_works_without_the_flag(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with RelaySimulator(reset_on_open=False) as sim:
        assert main(["relay", sim.port, "--timeout", "3", "unlock", "1", "--seconds", "90"]) == 0
        assert sim.relays[0]
        assert main(["relay", sim.port, "--no-reset", "status"]) == 0
        captured = capsys.readouterr()
        assert "channel 1: unlocked" in captured.out
        assert "auto-reset" not in captured.err


def test_config_shows_and_changes_the_stored_settings(
    sim: RelaySimulator, capsys: pytest.CaptureFixture[str]
) -> None:
    sim.reset_on_open = False
    assert main(["relay", sim.port, "--no-reset", "config"]) == 0
    out = capsys.readouterr().out
    assert "relay modules: active-low (input LOW = relay on)" in out
    assert "keep-alive cap: 8 h" in out
    argv = ["relay", sim.port, "--no-reset", "config", "--polarity", "high", "--nc", "2"]
    assert main([*argv, "--feedback", "1,3", "--keep-alive-cap", "1800"]) == 0
    out = capsys.readouterr().out
    assert "relay modules: active-high (input HIGH = relay on)" in out
    assert "inputs wired normally closed: 2" in out
    assert "channels with feedback: 1, 3" in out
    assert "keep-alive cap: 30 min" in out
    assert sim.wait_for(lambda: not sim.model.active_low and sim.model.nc_inputs == [2], 1.0)
    code = main(["relay", sim.port, "--no-reset", "config", "--nc", "two"])
    assert code == 2
    assert capsys.readouterr().err == (
        "error: expected inputs as numbers separated by commas, not 'two'\n"
    )
    assert main(["relay", sim.port, "--no-reset", "config", "--feedback", "5"]) == 1
    assert capsys.readouterr().err == "error: the controller refused the value\n"
