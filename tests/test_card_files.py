"""`card print` never leaks a card file to other users and never writes through a link."""

from __future__ import annotations

import os
import pathlib
import secrets
from pathlib import Path

import pytest

from kiosk.cli import main


@pytest.fixture
def printing_setup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A configuration with one imported patron, card A-001; returns the config path."""
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path / "kiosk.db"}"\n'
        f'[cards.keys]\nT1 = "hex:{secrets.token_hex(32)}"\n'
        f'[logging]\ndir = "{tmp_path / "logs"}"\n',
        encoding="utf-8",
    )
    os.chmod(config, 0o600)
    patrons = tmp_path / "p.csv"
    patrons.write_text("card_number,display_name,birth_year\nA-001,Ada Lovelace,1990\n")
    assert main(["--config", str(config), "patron", "import", str(patrons)]) == 0
    capsys.readouterr()
    return config


def _print(config: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--config", str(config), "card", "print", "--out", str(out_dir)])
    return code, capsys.readouterr().err


def test_planted_symlink_under_a_card_name_is_not_followed(
    printing_setup: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "cards"
    out_dir.mkdir(mode=0o700)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (out_dir / "card-A-001.png").symlink_to(victim)
    (out_dir / "cards-a4.pdf").symlink_to(victim)

    code, err = _print(printing_setup, out_dir, capsys)

    assert code == 0, err
    assert victim.read_text() == "precious"
    for name in ("card-A-001.png", "cards-a4.pdf"):
        path = out_dir / name
        assert not path.is_symlink(), name
        assert path.stat().st_mode & 0o777 == 0o600, name
    assert (out_dir / "card-A-001.png").read_bytes().startswith(b"\x89PNG")
    # The private staging folder is gone.
    assert sorted(p.name for p in out_dir.iterdir()) == ["card-A-001.png", "cards-a4.pdf"]


def test_card_files_are_private_from_their_first_byte(
    printing_setup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    # With no umask to help and no chmod allowed afterwards, a file ends 0600 only if it was
    # created 0600: there is no window in which another user could open it.
    def no_chmod(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a card file was made private only after it was created")

    monkeypatch.setattr(os, "chmod", no_chmod)
    monkeypatch.setattr(os, "fchmod", no_chmod)
    monkeypatch.setattr(pathlib.Path, "chmod", no_chmod)
    out_dir = tmp_path / "cards"
    previous = os.umask(0)
    try:
        code, err = _print(printing_setup, out_dir, capsys)
    finally:
        os.umask(previous)
    assert code == 0, err
    assert out_dir.stat().st_mode & 0o777 == 0o700
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == ["card-A-001.png", "cards-a4.pdf"]
    for name in names:
        assert (out_dir / name).stat().st_mode & 0o777 == 0o600, name


@pytest.mark.parametrize("mode", [0o755, 0o770, 0o702])
def test_output_folder_other_users_can_open_is_refused(
    printing_setup: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], mode: int
) -> None:
    out_dir = tmp_path / "shared-cards"
    out_dir.mkdir()
    out_dir.chmod(mode)

    code, err = _print(printing_setup, out_dir, capsys)

    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert str(out_dir) in lines[0]
    assert "other users" in lines[0]
    assert list(out_dir.iterdir()) == []


def test_output_folder_that_is_a_symlink_is_refused(
    printing_setup: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "elsewhere"
    real.mkdir(mode=0o700)
    link = tmp_path / "cards"
    link.symlink_to(real, target_is_directory=True)

    code, err = _print(printing_setup, link, capsys)

    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "symbolic link" in err
    assert list(real.iterdir()) == []
