"""`makerspace-kiosk rules|hours|closures ...` in-process, on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, main
from tests.support import write_cli_config


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    return write_cli_config(tmp_path)


def run(capsys: pytest.CaptureFixture[str], config: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--config", str(config), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_rules_show_and_set(capsys: pytest.CaptureFixture[str], config_file: Path) -> None:
    code, out, _ = run(capsys, config_file, "rules", "show")
    assert code == EXIT_OK
    assert "laser_cutter (defaults): slot 30, 30-120 min a booking" in out
    code, out, _ = run(
        capsys, config_file, "rules", "set", "laser_cutter", "max_minutes=60", "buffer_minutes=15"
    )
    assert code == EXIT_OK
    _, out, _ = run(capsys, config_file, "rules", "show")
    assert "laser_cutter: slot 30, 30-60 min a booking" in out and "buffer 15" in out
    code, _, err = run(capsys, config_file, "rules", "set", "laser_cutter", "max_minutes=10")
    assert code == EXIT_USAGE and "max_minutes must be at least min_minutes" in err
    code, _, err = run(capsys, config_file, "rules", "set", "laser_cutter", "max_minutes=lots")
    assert code == EXIT_USAGE and "FIELD=NUMBER" in err


def test_hours_and_closures(capsys: pytest.CaptureFixture[str], config_file: Path) -> None:
    assert run(capsys, config_file, "hours", "set", "mon", "09:00-12:00", "13:00-17:30")[0] == 0
    assert run(capsys, config_file, "hours", "set", "sun", "closed")[0] == EXIT_OK
    _, out, _ = run(capsys, config_file, "hours", "show")
    assert "mon  09:00-12:00, 13:00-17:30" in out and "sun  closed" in out
    code, _, err = run(capsys, config_file, "hours", "set", "tue", "17:00-09:00")
    assert code == EXIT_USAGE and "closing must come after opening" in err
    code, out, _ = run(capsys, config_file, "closures", "add", "2099-12-25", "Christmas Day")
    assert code == EXIT_OK and "Closed on 2099-12-25: Christmas Day." in out
    _, out, _ = run(capsys, config_file, "closures", "list")
    assert "2099-12-25  Christmas Day" in out
    assert run(capsys, config_file, "closures", "remove", "2099-12-25")[0] == EXIT_OK
    _, out, _ = run(capsys, config_file, "closures", "list")
    assert "No closures ahead." in out
    code, _, err = run(capsys, config_file, "closures", "remove", "2099-12-25")
    assert code == EXIT_FAILURE and "not closed" in err
