"""Migrations run from the installed package alone: no alembic.ini, no source checkout."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from setuptools import find_packages

ROOT = Path(__file__).resolve().parents[2]


def _shipped_files() -> list[Path]:
    """What setuptools puts in the wheel for kiosk: package modules and package data."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    tool = config["tool"]["setuptools"]
    data_globs = tool["package-data"]["*"]
    packages = find_packages(str(ROOT), include=tool["packages"]["find"]["include"])
    files: list[Path] = []
    for package in (p for p in packages if p.split(".")[0] == "kiosk"):
        folder = ROOT / package.replace(".", "/")
        for pattern in ["*.py", *data_globs]:
            files.extend(folder.glob(pattern))
    return files


def test_upgrade_works_from_the_shipped_files_only(tmp_path: Path) -> None:
    site = tmp_path / "site"
    for source in _shipped_files():
        target = site / source.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    assert (site / "kiosk/db/migrations/script.py.mako").is_file()
    work = tmp_path / "elsewhere"
    work.mkdir()
    # -I: no PYTHONPATH, no current folder on the path; the copy is put first explicitly.
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(site)!r})\n"
        "import kiosk\n"
        f"assert kiosk.__file__.startswith({str(site)!r}), kiosk.__file__\n"
        "from kiosk.db.engine import make_engine\n"
        "from kiosk.db.migrate import current_revision, head_revision, upgrade\n"
        "engine = make_engine('sqlite:///kiosk.sqlite3')\n"
        "upgrade(engine)\n"
        "print(current_revision(engine), head_revision())\n"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-c", script],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    current, head = done.stdout.split()
    assert current == head != "None"
    assert (work / "kiosk.sqlite3").is_file()


def test_autogenerate_against_head_finds_nothing_to_change(tmp_path: Path) -> None:
    from kiosk.db.migrate import autogenerate_revision, head_revision

    written = autogenerate_revision("no changes", version_path=tmp_path)
    assert written is not None and written.parent == tmp_path
    text = written.read_text(encoding="utf-8")
    head = head_revision()
    assert head is not None
    assert f"revision: str = '{int(head) + 1:04d}'" in text
    assert f"down_revision: str | Sequence[str] | None = '{head}'" in text
    upgrade_body = text.split("def upgrade() -> None:")[1].split("def downgrade")[0]
    assert "op." not in upgrade_body
