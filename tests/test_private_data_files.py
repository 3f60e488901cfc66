"""The kiosk's data and logs are private to its user, whatever umask it was started with; files
other users can read are reported once at start; card keys in a readable file are refused."""

from __future__ import annotations

import logging
import os
import secrets
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.app import build_context, open_services
from kiosk.cli import main
from kiosk.config import load_config
from kiosk.core.startup_checks import startup_warnings
from kiosk.logging_setup import setup_logging
from kiosk.services import find_startup_warnings


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def clean_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def _config(tmp_path: Path, body: str = "", *, keys: bool = True, private: bool = True) -> Path:
    path = tmp_path / "kiosk.toml"
    key = f'[cards.keys]\nT1 = "hex:{secrets.token_hex(32)}"\n' if keys else ""
    path.write_text(f'[logging]\ndir = "{tmp_path / "logs"}"\n{body}{key}', encoding="utf-8")
    path.chmod(0o600 if private else 0o644)
    return path


def test_cli_makes_its_data_folder_and_database_private_whatever_the_umask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, permissive_umask: None,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    config = _config(tmp_path, keys=False)

    assert main(["--config", str(config), "db", "upgrade"]) == 0, capsys.readouterr().err

    folder = tmp_path / "data" / "makerspace-kiosk"
    assert mode(folder) == 0o700
    assert mode(folder / "kiosk.sqlite3") == 0o600
    assert os.umask(0o022) == 0o022, "the command left the caller's umask changed"


def test_database_and_its_wal_and_shm_are_created_private(
    tmp_path: Path, permissive_umask: None
) -> None:
    database = tmp_path / "kiosk.db"
    config = load_config(_config(tmp_path, f'[database]\nurl = "sqlite:///{database}"\n'))
    services = open_services(config)
    try:
        services.patrons.create("Ada Lovelace", card_number="A-1")
        wal, shm = Path(f"{database}-wal"), Path(f"{database}-shm")
        assert wal.exists() and shm.exists()
        assert {path.name: mode(path) for path in (database, wal, shm)} == {
            "kiosk.db": 0o600,
            "kiosk.db-wal": 0o600,
            "kiosk.db-shm": 0o600,
        }
    finally:
        services.close()


def test_log_folder_and_every_log_file_are_private(
    tmp_path: Path, permissive_umask: None, clean_root_logger: None
) -> None:
    path = setup_logging(tmp_path / "logs", "INFO")
    assert path is not None
    logging.getLogger("kiosk.test").warning("first")
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_kiosk", False))
    handler.doRollover()  # type: ignore[attr-defined]
    logging.getLogger("kiosk.test").warning("second")
    handler.flush()
    assert mode(tmp_path / "logs") == 0o700
    files = sorted((tmp_path / "logs").iterdir())
    assert [f.name for f in files] == ["kiosk.log", "kiosk.log.1"]
    assert all(mode(f) == 0o600 for f in files), [oct(mode(f)) for f in files]


def test_readable_database_and_config_are_found_at_start_for_the_log_and_console(
    tmp_path: Path,
) -> None:
    database = tmp_path / "kiosk.db"
    sqlite3.connect(database).close()
    database.chmod(0o644)
    config_path = _config(tmp_path, f'[database]\nurl = "sqlite:///{database}"\n', private=False)
    config = load_config(config_path)

    warnings = find_startup_warnings(config)

    assert len(warnings) == 2
    assert str(config_path) in warnings[0] and "chmod 600" in warnings[0]
    assert str(database) in warnings[1]
    # The same tuple, Qt-free, reaches the staff console through the services starter.
    context = build_context(config, warnings=warnings)
    try:
        assert context.services.warnings() == warnings
    finally:
        context.close()
    assert startup_warnings(config_file=config_path, database_file=database) == warnings


def test_private_files_give_no_start_up_warning(tmp_path: Path) -> None:
    database = tmp_path / "kiosk.db"
    config = load_config(_config(tmp_path, f'[database]\nurl = "sqlite:///{database}"\n'))
    open_services(config).close()
    assert find_startup_warnings(config) == ()


@pytest.mark.parametrize("command", [["run", "--windowed"], ["card", "print"]])
def test_card_keys_in_a_file_others_can_read_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    config = _config(
        tmp_path, f'[database]\nurl = "sqlite:///{tmp_path / "k.db"}"\n', private=False
    )

    code = main(["--config", str(config), *command])

    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert str(config) in err and "card signing keys" in err
    assert not (tmp_path / "k.db").exists()


def test_readable_key_file_on_read_only_media_can_be_allowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(
        tmp_path, f'[database]\nurl = "sqlite:///{tmp_path / "k.db"}"\n', private=False
    )
    out_dir = tmp_path / "cards"
    code = main(
        ["--config", str(config), "card", "print", "--out", str(out_dir), "--allow-readable-config"]
    )
    assert code == 1  # it ran: there is simply no patron to print
    assert "No cards to print" in capsys.readouterr().err
