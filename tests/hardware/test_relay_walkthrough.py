"""The walk-through library IT does on a laptop: a simulated controller with auto-reset off
(as installed), unlock a channel for 30 minutes from the CLI, and see it still unlocked from
a second CLI run."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from hardware.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _readline(process: subprocess.Popen[bytes], timeout: float) -> str:
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    assert ready, "the simulator printed no port"
    return process.stdout.readline().decode().strip()


def test_unlock_survives_the_cli_exiting(capsys: pytest.CaptureFixture[str]) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-m", "hardware", "sim", "relay", "--no-auto-reset"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    )
    try:
        port = _readline(process, 20.0)
        assert main(["relay", "--no-reset", port, "unlock", "2", "--minutes", "30"]) == 0
        capsys.readouterr()
        assert main(["relay", "--no-reset", port, "status"]) == 0
        status = capsys.readouterr().out
        channel_2 = next(line for line in status.splitlines() if "channel 2" in line)
        channel_1 = next(line for line in status.splitlines() if "channel 1" in line)
        assert "unlocked" in channel_2
        assert "locked" in channel_1 and "unlocked" not in channel_1
        assert main(["relay", "--no-reset", port, "lock", "2"]) == 0
        capsys.readouterr()
        assert main(["relay", "--no-reset", port, "status"]) == 0
        status = capsys.readouterr().out
        assert "unlocked" not in next(ln for ln in status.splitlines() if "channel 2" in ln)
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=10)


def test_no_auto_reset_is_for_the_relay_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sim", "scanner", "--no-auto-reset"]) == 2
    assert "relay" in capsys.readouterr().err
