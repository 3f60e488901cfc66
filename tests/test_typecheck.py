"""kiosk/ and hardware/ type-check cleanly under the strict settings in pyproject.toml."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from tests.support import require

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_finds_no_errors() -> None:
    require(importlib.util.find_spec("mypy") is not None, "mypy (pip install -e '.[dev]')")
    # The files, strictness and warn_unused_ignores come from [tool.mypy]; the cache in the
    # tree keeps a developer's repeated runs to about a second.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(ROOT / ".mypy_cache")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_reports_an_unused_ignore(tmp_path: Path) -> None:
    """The settings really are the ones the check relies on: a `type: ignore` that hides
    nothing is an error, not silently kept."""
    require(importlib.util.find_spec("mypy") is not None, "mypy (pip install -e '.[dev]')")
    sample = tmp_path / "sample.py"
    sample.write_text("def double(x: int) -> int:\n    return x * 2  # type: ignore[operator]\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "cache"),
            str(sample),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert 'Unused "type: ignore" comment' in result.stdout
