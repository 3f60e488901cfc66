"""`makerspace-kiosk equipment ...` in-process, on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, main
from tests.support import write_cli_config


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    return write_cli_config(
        tmp_path,
        """[[relays]]
name = "bench"
port = "/dev/ttyACM0"

[[printers]]
name = "mk4"
port = "/dev/ttyUSB0"
""",
    )


def run(capsys: pytest.CaptureFixture[str], config: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--config", str(config), "equipment", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("action", ["list", "add", "import", "bind", "retire"])
def test_every_equipment_action_has_help(capsys: pytest.CaptureFixture[str], action: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["equipment", action, "--help"])
    assert exit_info.value.code == 0
    assert "usage: makerspace-kiosk equipment" in capsys.readouterr().out


def test_add_bind_list_retire(capsys: pytest.CaptureFixture[str], config_file: Path) -> None:
    code, out, _ = run(
        capsys, config_file, "add", "Prusa 1", "--kind", "3d_printer", "--training", "fdm"
    )
    assert (code, out) == (EXIT_OK, "Added 3d_printer 'Prusa 1' to branch main.\n")
    assert run(capsys, config_file, "add", "Kit 1", "--kind", "arduino kit", "--lendable")[0] == 0
    code, out, _ = run(
        capsys,
        config_file,
        "bind",
        "prusa 1",
        "--relay",
        "bench",
        "--channel",
        "2",
        "--printer",
        "mk4",
    )
    assert (code, out) == (EXIT_OK, "'Prusa 1' is bound to relay bench:2 and printer mk4.\n")
    code, out, _ = run(capsys, config_file, "list")
    assert out.splitlines() == [
        "Prusa 1  [3d_printer, reservable]  free  (training fdm, relay bench:2, printer mk4)",
        "Kit 1  [arduino_kit, reservable/lendable]  free",
    ]
    assert run(capsys, config_file, "retire", "Prusa 1")[0] == EXIT_OK
    code, out, _ = run(capsys, config_file, "list")
    assert out.splitlines() == ["Kit 1  [arduino_kit, reservable/lendable]  free"]
    code, out, _ = run(capsys, config_file, "list", "--all")
    assert out.splitlines() == [
        "Prusa 1  [3d_printer, reservable]  retired  (training fdm)",
        "Kit 1  [arduino_kit, reservable/lendable]  free",
    ]


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["add", "X", "--kind", "robot"], EXIT_USAGE, "error: unknown kind 'robot'"),
        (
            ["add", "X", "--kind", "other", "--relay", "door", "--channel", "1"],
            EXIT_USAGE,
            "error: no relay controller named 'door' is configured ([[relays]] has bench)",
        ),
        (["add", "X", "--kind", "other", "--relay", "bench"], EXIT_USAGE, "go together"),
        (["add", "X", "--kind", "other", "--branch", "west"], EXIT_FAILURE, "error: no branch"),
        (["retire", "Nothing"], EXIT_FAILURE, "error: branch main has no item named 'Nothing'"),
        (["bind", "Nothing"], EXIT_USAGE, "error: name a relay and channel, a printer"),
    ],
)
def test_bad_input_is_one_line_with_its_exit_code(
    capsys: pytest.CaptureFixture[str], config_file: Path, argv: list[str], code: int, message: str
) -> None:
    got, out, err = run(capsys, config_file, *argv)
    assert got == code
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith(message) or message in err


def test_duplicate_and_second_retire_are_conflicts(
    capsys: pytest.CaptureFixture[str], config_file: Path
) -> None:
    assert run(capsys, config_file, "add", "Laser", "--kind", "laser_cutter")[0] == EXIT_OK
    code, _, err = run(capsys, config_file, "add", "laser", "--kind", "laser_cutter")
    assert (code, err) == (EXIT_FAILURE, "error: branch main already has an item named 'laser'\n")
    assert run(capsys, config_file, "retire", "Laser")[0] == EXIT_OK
    code, _, err = run(capsys, config_file, "retire", "Laser")
    assert (code, err) == (EXIT_FAILURE, "error: 'Laser' is already retired\n")


def test_import_all_or_nothing_with_lines(
    capsys: pytest.CaptureFixture[str], config_file: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,kind,relay,channel\nLaser,laser_cutter,,\nBot,robot,,\n", "utf-8")
    code, out, err = run(capsys, config_file, "import", str(bad))
    assert code == EXIT_FAILURE
    assert err.splitlines()[0].startswith(f"{bad}:3: unknown kind 'robot'")
    assert err.splitlines()[1].startswith("Imported nothing: 1 problem(s)")
    assert run(capsys, config_file, "list")[1] == "No equipment.\n"

    good = tmp_path / "good.toml"
    good.write_text(
        '[[equipment]]\nname = "Laser"\nkind = "laser_cutter"\nrelay = "bench"\nchannel = 1\n',
        "utf-8",
    )
    code, out, _ = run(capsys, config_file, "import", str(good))
    assert (code, out) == (EXIT_OK, "Imported 1 item(s).\n")
    code, _, err = run(capsys, config_file, "import", str(tmp_path / "missing.csv"))
    assert (code, err.strip()) == (EXIT_USAGE, f"error: no such file: {tmp_path / 'missing.csv'}")
