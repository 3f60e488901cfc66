"""Broken configurations and unreachable databases end in one line and a documented exit code,
never a traceback."""

from __future__ import annotations

import re
import secrets
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main

REPO = Path(__file__).resolve().parent.parent


def _config(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        f'[cards.keys]\nT1 = "hex:{secrets.token_hex(32)}"\n'
        f'[logging]\ndir = "{tmp_path / "logs"}"\n' + body,
        encoding="utf-8",
    )
    path.chmod(0o600)
    return path


def _one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("opener", ["[", "{x = "])
def test_toml_nested_past_the_recursion_limit_is_one_line_naming_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], opener: str
) -> None:
    closer = "]" if opener == "[" else "}"
    depth = sys.getrecursionlimit() * 2
    config = _config(tmp_path, "[ui]\nlocale = " + opener * depth + "1" + closer * depth + "\n")

    code = main(["--config", str(config), "db", "upgrade"])

    line = _one_line(capsys.readouterr().err)
    assert code == 2
    assert "ui.locale" in line
    assert "nested too deeply" in line
    assert "line 6" in line


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("foo+bar://kiosk@db.example.org/kiosk", "'foo+bar' is not a database kind"),
        ("mysql+pymysql://kiosk:s3cret@db.example.org/kiosk", "'pymysql'"),
    ],
    ids=["unknown-dialect", "driver-not-installed"],
)
@pytest.mark.parametrize("command", [["db", "upgrade"], ["run"], ["card", "print"]])
def test_unusable_database_url_is_one_line_naming_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, expected: str,
    command: list[str],
) -> None:  # fmt: skip
    if "pymysql" in url:
        with pytest.raises(ImportError):
            __import__("pymysql")  # the point of the test: this driver is not installed
    config = _config(tmp_path, f'[database]\nurl = "{url}"\n')

    code = main(["--config", str(config), *command])

    line = _one_line(capsys.readouterr().err)
    assert code == 2
    assert "database.url" in line
    assert "line 6" in line
    assert expected in line
    assert "s3cret" not in line


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_unreachable_database_keeps_its_documented_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    port = _closed_port()
    config = _config(
        tmp_path, f'[database]\nurl = "postgresql+psycopg://kiosk@127.0.0.1:{port}/kiosk"\n'
    )

    code = main(["--config", str(config), "db", "upgrade"])

    line = _one_line(capsys.readouterr().err)
    assert code == 1
    assert "database unavailable" in line
    documented = (REPO / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| (\d+) \| (.+?) \|$", documented, re.MULTILINE))
    assert "database" in table["1"].lower()
    assert "configuration" in table["2"].lower()


def test_unusable_url_from_an_installed_command_is_one_line() -> None:
    # The same through the console script's process, as IT would see it.
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--config", "/nonexistent/kiosk.toml", "db", "upgrade"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2
    _one_line(result.stderr)
