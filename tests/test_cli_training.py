"""`makerspace-kiosk training ...` and `makerspace-kiosk waiver ...` in-process, on a real
SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, main
from tests.db.backends import Database, add_patron, open_database
from tests.support import write_cli_config


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    return write_cli_config(tmp_path, '[ui]\nlocale = "en"\n')


def run(capsys: pytest.CaptureFixture[str], config: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--config", str(config), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "command",
    [
        ["training", "add"],
        ["training", "list"],
        ["training", "certify"],
        ["training", "revoke"],
        ["waiver", "publish"],
        ["waiver", "list"],
    ],
)
def test_every_action_has_help(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    assert f"usage: makerspace-kiosk {command[0]}" in capsys.readouterr().out


def test_add_list_certify_revoke(
    capsys: pytest.CaptureFixture[str], config_file: Path, tmp_path: Path
) -> None:
    code, out, _ = run(
        capsys, config_file, "training", "add", "laser", "Laser cutter", "--validity-months", "12"
    )
    assert (code, out) == (EXIT_OK, "Added training laser (Laser cutter), valid 12 months.\n")
    assert run(capsys, config_file, "training", "add", "fdm", "3D printer")[0] == EXIT_OK
    code, out, _ = run(capsys, config_file, "training", "list")
    assert out.splitlines() == ["fdm  3D printer  (no expiry)", "laser  Laser cutter  (12 months)"]

    with open_database("sqlite", tmp_path, migrate=False) as db:
        add_patron(db, "Ann", "P-1")
    code, out, _ = run(capsys, config_file, "training", "certify", "LASER", "--card", "P-1")
    assert code == EXIT_OK
    assert out.startswith("Certified card P-1 on laser, until ")
    code, out, _ = run(capsys, config_file, "training", "list", "--card", "P-1")
    lines = out.splitlines()
    assert lines[0] == "adult; guardian consent: none"
    assert lines[1] == "fdm  none"
    assert lines[2].startswith("laser  valid until ")
    assert run(capsys, config_file, "training", "revoke", "laser", "--card", "P-1")[0] == EXIT_OK
    code, out, _ = run(capsys, config_file, "training", "list", "--card", "P-1")
    assert out.splitlines()[2].startswith("laser  revoked on ")


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["training", "add", "laser", "Laser"], EXIT_FAILURE, "already exists"),
        (["training", "add", "la ser", "Laser"], EXIT_USAGE, "training code"),
        (["training", "add", "x", "X", "--validity-months", "0"], EXIT_USAGE, "validity"),
        (["training", "certify", "welding", "--card", "P-1"], EXIT_FAILURE, "no training"),
        (["training", "certify", "laser", "--card", "NOPE"], EXIT_FAILURE, "not set up"),
        (["training", "revoke", "laser", "--card", "P-1"], EXIT_FAILURE, "no valid"),
    ],
)
def test_errors_are_one_line(
    capsys: pytest.CaptureFixture[str],
    config_file: Path,
    tmp_path: Path,
    argv: list[str],
    code: int,
    message: str,
) -> None:
    run(capsys, config_file, "training", "add", "laser", "Laser")
    with open_database("sqlite", tmp_path, migrate=False) as db:
        add_patron(db, "Ann", "P-1")
    got, out, err = run(capsys, config_file, *argv)
    assert got == code
    assert out == ""
    assert err.startswith("error: ") and err.count("\n") == 1
    assert message in err


def test_waiver_publish_and_list(
    capsys: pytest.CaptureFixture[str], config_file: Path, tmp_path: Path
) -> None:
    english = tmp_path / "waiver.txt"
    english.write_text("\ufeffUse the machines with care.\n", encoding="utf-8")
    spanish = tmp_path / "es.txt"
    spanish.write_text("Use las máquinas con cuidado.", encoding="utf-8")
    code, out, _ = run(
        capsys,
        config_file,
        "waiver",
        "publish",
        "--version",
        "2026-03",
        str(english),
        "--language",
        "es",
        str(spanish),
    )
    assert code == EXIT_OK
    assert out.startswith("Published waiver 2026-03 (en, es)")
    code, out, _ = run(capsys, config_file, "waiver", "list")
    assert out.startswith("2026-03  published ") and out.rstrip().endswith("en, es")

    with open_database("sqlite", tmp_path, migrate=False) as db:
        patron = add_patron(db, "Ann", "P-1")
        assert _required(db, patron) == "2026-03"

    code, _, err = run(
        capsys, config_file, "waiver", "publish", "--version", "2026-03", str(english)
    )
    assert (code, err) == (EXIT_FAILURE, "error: waiver version '2026-03' is already published\n")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Máquinas".encode("latin-1"))
    code, _, err = run(capsys, config_file, "waiver", "publish", "--version", "v2", str(latin1))
    assert code == EXIT_USAGE and "not UTF-8" in err and err.count("\n") == 1
    code, _, err = run(
        capsys, config_file, "waiver", "publish", "--version", "v2", str(tmp_path / "none.txt")
    )
    assert code == EXIT_USAGE and "no such file" in err
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    code, _, err = run(capsys, config_file, "waiver", "publish", "--version", "v2", str(empty))
    assert code == EXIT_USAGE and "empty" in err
    code, _, err = run(
        capsys,
        config_file,
        "waiver",
        "publish",
        "--version",
        "v2",
        str(english),
        "--language",
        "español",
        str(spanish),
    )
    assert code == EXIT_USAGE and "language code" in err


def _required(db: Database, patron: object) -> str | None:
    from datetime import UTC, datetime

    from kiosk.core.standing import load_standing
    from kiosk.db.uow import UnitOfWork

    with UnitOfWork(db.session_factory, write=False) as session:
        assert isinstance(patron, __import__("uuid").UUID)
        return load_standing(session, patron, datetime.now(UTC)).waiver_required
