"""The store's garbage collection: unused files are listed (a dry run touches nothing) and
removed only when asked, with their thumbnails; used and recent files stay; and the
`makerspace-kiosk files gc` command over a real database and store."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.config import load_config
from kiosk.core.project_files import FileStore
from kiosk.core.project_files.garbage import collect_garbage
from kiosk.core.project_files.layout import StoreLayout
from kiosk.db.models_printing import PrintJob
from kiosk.db.models_projects import Project, ProjectFile
from kiosk.db.uow import UnitOfWork
from kiosk.ids import branch_uuid
from kiosk.services import open_services
from tests.core.project_files import makers

DAY = 24 * 3600.0


def stored(store: FileStore, tmp_path: Path, name: str, data: bytes, age_days: float) -> str:
    """A file stored through the store, as if `age_days` ago; its SHA-256."""
    (tmp_path / "stick").mkdir(exist_ok=True)
    sha = store.store(makers.write(tmp_path / "stick", name, data)).sha256
    then = time.time() - age_days * DAY
    os.utime(store.path(sha), (then, then))
    return sha


def thumbnail(store: FileStore, sha: str) -> Path:
    path = store.thumbnail_path(sha)
    path.write_bytes(makers.png(8, 8))
    return path


def test_unused_files_are_listed_then_removed_with_their_thumbnails(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "store")
    used = stored(store, tmp_path, "used.gcode", makers.square_gcode(), age_days=30)
    old = stored(store, tmp_path, "old.png", makers.png(), age_days=30)
    new = stored(store, tmp_path, "new.pdf", makers.pdf(), age_days=0.5)
    old_thumb, used_thumb = thumbnail(store, old), thumbnail(store, used)
    orphan = thumbnail(store, "e" * 64)  # its file is long gone
    layout = StoreLayout(store.root)  # read-only, as the command uses it

    dry = collect_garbage(layout, lambda: {used})
    assert [item.sha256 for item in dry.unused] == [old]
    assert dry.size == len(makers.png()) and dry.recent == 1 and not dry.removed
    assert set(dry.thumbnails) == {old_thumb, orphan}
    assert all(store.contains(sha) for sha in (used, old, new)) and orphan.exists()

    done = collect_garbage(layout, lambda: {used.upper()}, delete=True)
    assert done.removed and [item.sha256 for item in done.unused] == [old] and not done.failed
    assert not store.contains(old) and not old_thumb.exists() and not orphan.exists()
    assert store.contains(used) and used_thumb.exists() and store.contains(new)
    # The recent one goes once it is old enough for the caller.
    collect_garbage(layout, lambda: {used}, delete=True, min_age_s=0)
    assert not store.contains(new)


def test_a_file_stored_again_is_fresh_and_stays(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "store")
    sha = stored(store, tmp_path, "part.stl", makers.binary_stl(makers.cube_triangles()), 30)
    # A patron copies the same file again for a new submission: the store keeps one copy,
    # and it is not collected under them.
    assert store.store(makers.write(tmp_path / "stick", "again.stl", store.path(sha).read_bytes()))
    report = collect_garbage(StoreLayout(store.root), lambda: set(), delete=True)
    assert report.unused == () and report.recent == 1 and store.contains(sha)


def test_files_gc_command_keeps_what_projects_and_jobs_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config_file = makers.kiosk_config(tmp_path)
    store = FileStore(tmp_path / "store")
    model = stored(store, tmp_path, "arm.stl", makers.binary_stl(makers.cube_triangles()), 30)
    gcode = stored(store, tmp_path, "arm.gcode", makers.square_gcode(), 30)
    unused = stored(store, tmp_path, "left.png", makers.png(), 30)
    config = load_config(config_file, require_card_keys=False)
    services = open_services(config)
    try:
        at = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
        with UnitOfWork(services.sessions) as session:
            project = Project(title="Arm", status="approved", submitted_at=at, status_changed_at=at)
            session.add(project)
            session.flush()
            session.add(
                ProjectFile(
                    project_id=project.id,
                    sha256=model,
                    kind="stl",
                    clean_name="arm.stl",
                    size=1,
                    role="model",
                )
            )
            session.add(
                PrintJob(
                    branch_id=branch_uuid(config.library.branch_code),
                    printer_name="ender",
                    gcode_sha256=gcode,
                    file_name="arm.gcode",
                    position=1,
                    queued_at=at,
                    status="done",
                    progress=1.0,
                )
            )
    finally:
        services.close()
    base = ["--config", str(config_file)]
    assert main([*base, "files", "gc"]) == 0
    out = capsys.readouterr().out
    assert unused in out and model not in out and gcode not in out
    assert "Nothing was removed" in out and store.contains(unused)
    assert main([*base, "files", "gc", "--delete"]) == 0
    assert "Removed 1 unused file(s)" in capsys.readouterr().out
    assert not store.contains(unused) and store.contains(model) and store.contains(gcode)
    assert main([*base, "files", "gc", "--min-age-hours", "-1"]) != 0
