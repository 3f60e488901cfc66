"""The firmware build: a clear message naming the Debian package when a tool is missing, and a
cache that does not rebuild what has not changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hardware.firmware import build as fwbuild


def test_missing_compiler_names_the_debian_package(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    real_which = shutil.which
    monkeypatch.setattr(
        fwbuild.shutil, "which", lambda tool: None if tool.startswith("avr-g") else real_which(tool)
    )
    with pytest.raises(fwbuild.ToolchainMissing, match=r"install the Debian package.*gcc-avr"):
        fwbuild.build(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_missing_arduino_core_and_simavr_are_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(fwbuild, "CORE_DIR", tmp_path / "no-core")
    monkeypatch.setattr(fwbuild, "SIMAVR_HEADER", tmp_path / "no-simavr.h")
    assert fwbuild.main(["--cache", str(tmp_path / "cache")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot build the relay firmware")
    assert "arduino-core-avr" in err
    assert "libsimavr-dev" in err
    assert "Traceback" not in err


@pytest.mark.firmware
def test_second_build_comes_from_the_cache(tmp_path: Path) -> None:
    from tests.support import require

    missing = fwbuild.missing_packages(runner=False)
    require(not missing, "Debian packages " + ", ".join(missing))
    first = fwbuild.build(tmp_path, runner=False)
    stamp = first.elf.stat().st_mtime_ns
    second = fwbuild.build(tmp_path, runner=False)
    assert second == first
    assert second.elf.stat().st_mtime_ns == stamp
    assert [p.name for p in tmp_path.iterdir()] == [first.elf.parent.name]  # no leftovers
