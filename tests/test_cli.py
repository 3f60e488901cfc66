"""The `makerspace-kiosk` command line, in-process, on real SQLite files."""

from __future__ import annotations

import io
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from kiosk.cli import main

COMMANDS = [
    [],
    ["run"],
    ["demo"],
    ["db", "upgrade"],
    ["patron", "import"],
    ["card", "print"],
    ["staff", "add"],
]


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        f"""
[library]
name = "Test Library"

[database]
url = "sqlite:///{tmp_path / "kiosk.db"}"

[cards]
signing_key_id = "T1"

[cards.keys]
T1 = "hex:{secrets.token_hex(32)}"

[logging]
dir = "{tmp_path / "logs"}"
""",
        encoding="utf-8",
    )
    path.chmod(0o600)  # it holds a card key: `run` and `card print` refuse it otherwise
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "top")
def test_every_command_has_help(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: makerspace-kiosk" in capsys.readouterr().out


def test_config_that_is_not_toml_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[library]\nname = 'ok'\nthis is not toml\n", encoding="utf-8")
    code, out, err = run(capsys, "--config", str(bad), "db", "upgrade")
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert "line 3" in lines[0]
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[ui]\nidle_timeout_s = 'soon'\n", "ui.idle_timeout_s"),
        ('[scan]\nserial_port = "usb:zz"\n', "scan.serial_port"),
    ],
)
def test_bad_value_names_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, key: str
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    code, _, err = run(capsys, "--config", str(bad), "db", "upgrade")
    assert code == 2
    assert key in err
    assert len(err.strip().splitlines()) == 1


def test_missing_config_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--config", str(tmp_path / "nope.toml"), "db", "upgrade")
    assert code == 2
    assert "nope.toml" in err
    assert "Traceback" not in err


def test_db_upgrade_creates_the_database(
    config_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--config", str(config_file), "db", "upgrade")
    assert code == 0
    assert (tmp_path / "kiosk.db").exists()
    assert "up to date" in out
    # Running it again is harmless.
    assert run(capsys, "--config", str(config_file), "db", "upgrade")[0] == 0


def test_database_in_a_missing_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path / "no" / "such" / "dir" / "k.db"}"\n',
        encoding="utf-8",
    )
    code, _, err = run(capsys, "--config", str(path), "db", "upgrade")
    assert code == 1
    assert err.startswith("error: database unavailable:")
    assert len(err.strip().splitlines()) == 1


def _write_csv(path: Path, rows: list[str]) -> Path:
    path.write_text("card_number,display_name,birth_year\n" + "\n".join(rows) + "\n", "utf-8")
    return path


def test_patron_import_with_a_bad_row_imports_nothing(
    config_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_path = _write_csv(
        tmp_path / "p.csv",
        ["A-001,Ada Lovelace,1990", "A-002,Grace Hopper,nineteen", "A-003,,2001"],
    )
    code, _, err = run(capsys, "--config", str(config_file), "patron", "import", str(csv_path))
    assert code == 1
    assert f"{csv_path}:3:" in err
    assert f"{csv_path}:4:" in err
    assert "Imported nothing" in err
    # Nothing went in: printing finds no cards.
    out_dir = tmp_path / "cards"
    code, _, err = run(capsys, "--config", str(config_file), "card", "print", "--out", str(out_dir))
    assert code == 1
    assert "No cards to print" in err


def test_patron_import_skip_bad_then_print_cards(
    config_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_path = _write_csv(
        tmp_path / "p.csv",
        ["A-001,Ada Lovelace,1990", "A-002,Grace Hopper,nineteen", "A-003,Zoë Ñúñez,2014"],
    )
    code, out, _ = run(
        capsys, "--config", str(config_file), "patron", "import", str(csv_path), "--skip-bad"
    )
    assert code == 0
    assert "Imported 2 patron(s); skipped 1" in out

    out_dir = tmp_path / "cards"
    code, out, _ = run(
        capsys,
        "--config",
        str(config_file),
        "card",
        "print",
        "--out",
        str(out_dir),
        "--paper",
        "letter",
    )
    assert code == 0, out
    pngs = sorted(p.name for p in out_dir.glob("*.png"))
    assert pngs == ["card-A-001.png", "card-A-003.png"]
    with Image.open(out_dir / "card-A-001.png") as card:
        assert card.size == (1011, 638)
    assert (out_dir / "cards-letter.pdf").read_bytes().startswith(b"%PDF")

    code, _, err = run(
        capsys,
        "--config",
        str(config_file),
        "card",
        "print",
        "--out",
        str(out_dir),
        "--card",
        "A-001",
        "--card",
        "Z-999",
    )
    assert code == 1
    assert "Z-999" in err


def test_staff_add_reads_pin_and_refuses_weak_ones(
    config_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def add(name: str, pin: str, *extra: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(pin + "\n"))
        return run(
            capsys, "--config", str(config_file), "staff", "add", "--name", name,
            "--card", "S-0001", "--pin-stdin", *extra,
        )  # fmt: skip

    code, _, err = add("Sam", "12")
    assert code == 2
    assert err.startswith("error: ") and "PIN" in err
    assert len(err.splitlines()) == 1

    code, out, _ = add("Sam", "480151", "--role", "admin")
    assert code == 0
    assert "admin" in out

    code, _, err = add("Kim", "480152")  # the same card number again: a conflict, not a typo
    assert code == 1
    assert err == "error: that card number is already in use\n"


def test_demo_without_gui_writes_cards_and_prints_the_pin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "demo", "--no-gui", "--dir", str(tmp_path), "--patrons", "4")
    assert code == 0
    assert len(list((tmp_path / "cards").glob("card-*.png"))) == 4
    pin_line = next(line for line in out.splitlines() if line.startswith("Staff card PIN:"))
    assert pin_line.split()[3].isdigit()


def test_console_entry_point_runs_as_a_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout.startswith("makerspace-kiosk ")


def test_output_folder_that_is_a_file_is_one_line(
    config_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_path = _write_csv(tmp_path / "p.csv", ["A-001,Ada Lovelace,1990"])
    assert run(capsys, "--config", str(config_file), "patron", "import", str(csv_path))[0] == 0
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    code, _, err = run(
        capsys, "--config", str(config_file), "card", "print", "--out", str(blocker / "cards")
    )
    assert code == 1
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert "blocker" in err


def test_printed_cards_are_private_to_the_printing_user(
    config_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_path = _write_csv(tmp_path / "p.csv", ["A-001,Ada Lovelace,1990"])
    assert run(capsys, "--config", str(config_file), "patron", "import", str(csv_path))[0] == 0
    out_dir = tmp_path / "cards"
    assert run(capsys, "--config", str(config_file), "card", "print", "--out", str(out_dir))[0] == 0
    assert out_dir.stat().st_mode & 0o777 == 0o700
    for path in out_dir.iterdir():
        assert path.stat().st_mode & 0o777 == 0o600, path.name


def test_database_from_a_newer_version_is_refused_in_one_line(
    config_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    assert run(capsys, "--config", str(config_file), "db", "upgrade")[0] == 0
    with sqlite3.connect(tmp_path / "kiosk.db") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    code, _, err = run(capsys, "--config", str(config_file), "db", "upgrade")
    assert code == 1
    assert "newer version" in err
    assert "Traceback" not in err


def test_first_run_without_any_configuration_says_where_it_looked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    code, _, err = run(capsys, "run")
    assert code == 2
    assert str(tmp_path / "config" / "makerspace-kiosk" / "kiosk.toml") in err
    assert "demo" in err
