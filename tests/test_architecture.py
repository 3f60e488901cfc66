"""The agreed boundaries (DESIGN.md) and lint cleanliness are checked, not hoped for."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

from tests.support import require

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    path = Path(sys.executable).with_name(name)
    found = str(path) if path.exists() else shutil.which(name)
    require(found is not None, f"the {name} command (pip install -e '.[dev]')")
    assert found is not None
    return found


def test_import_contracts_hold() -> None:
    result = subprocess.run(
        [_tool("lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "kiosk", "hardware", "tests"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# What starts threads, and the keyword that names them.
_THREAD_MAKERS = {"Thread": "name", "ThreadPoolExecutor": "thread_name_prefix"}


def _thread_calls(tree: ast.AST) -> Iterator[tuple[ast.Call, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in _THREAD_MAKERS:
                yield node, _THREAD_MAKERS[name]


def test_every_thread_we_start_has_a_name() -> None:
    """A named thread says whose it is in a leaked-thread failure, a log line and a stack dump."""
    unnamed: list[str] = []
    calls = 0
    for package in ("kiosk", "hardware"):
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for call, keyword_name in _thread_calls(tree):
                calls += 1
                if not any(keyword.arg == keyword_name for keyword in call.keywords):
                    unnamed.append(f"{path.relative_to(ROOT)}:{call.lineno} ({keyword_name}=)")
    assert calls > 0, "no Thread(...) calls found: the scan itself is broken"
    assert unnamed == [], f"threads started without a name: {unnamed}"


def test_no_import_contract_allows_indirect_imports() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    assert contracts
    assert [c["name"] for c in contracts if c.get("allow_indirect_imports")] == []
