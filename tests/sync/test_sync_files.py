"""Project files travel with their rows: the bytes a terminal stored reach central and the
other terminals of the branch, checked by SHA-256 at both ends, taken up where a cut-off
upload stopped, never stored damaged, and moved once (real PostgreSQL and SQLite)."""

from __future__ import annotations

import random
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from kiosk.config import SyncSection
from kiosk.core.project_files.store import FileStore
from kiosk.core.project_views import FileRole, ProjectDraft, ProjectFileRef
from kiosk.errors import Unavailable
from kiosk.services import open_services
from kiosk.sync.connect import open_central
from kiosk.sync.round import run_round
from kiosk.sync.tables import table
from tests.sync.library import Kiosk, Library, count_rows, library
from tests.sync.proxy import CuttingProxy
from tests.sync.terminals import terminal_config

pytestmark = pytest.mark.postgres

MIB = 1024 * 1024


def _gcode(folder: Path, size: int = 3_000_000) -> Path:
    """G-code of about `size` bytes, different all through (no two chunks alike)."""
    rng = random.Random(7)
    lines = [b"; sliced for the sync tests\nG28\n"]
    total = len(lines[0])
    while total < size:
        x, y, e = rng.uniform(0, 200), rng.uniform(0, 200), rng.uniform(0, 9000)
        line = f"G1 X{x:.3f} Y{y:.3f} E{e:.5f}\n".encode()
        lines.append(line)
        total += len(line)
    path = folder / "bracket.gcode"
    path.write_bytes(b"".join(lines))
    return path


def _submit_with_file(kiosk: Kiosk, source: Path) -> str:
    services = kiosk.services
    assert services.file_store is not None
    stored = FileStore(services.file_store).store(source)
    patron = services.patrons.create("Ada Lovelace", card_number=f"A-{kiosk.code}")
    ref = ProjectFileRef(stored.sha256, stored.kind, stored.clean_name, stored.size, FileRole.MODEL)
    services.projects.submit(patron.patron_id, ProjectDraft(title="Bracket", files=(ref,)))
    return stored.sha256


def _stored(kiosk: Kiosk, sha: str) -> Path | None:
    assert kiosk.services.file_store is not None
    path = FileStore(kiosk.services.file_store, sweep=False).path(sha)
    return path if path.is_file() else None


def _leftovers(kiosk: Kiosk) -> list[Path]:
    assert kiosk.services.file_store is not None
    return list((kiosk.services.file_store / "tmp").iterdir())


def _chunks_at_central(lib: Library, sha: str) -> int:
    return count_rows(lib.central, "file_content_chunks", sha256=sha)


def test_a_file_submitted_at_one_terminal_is_read_at_another_and_moves_once(
    tmp_path: Path,
) -> None:
    with library(tmp_path) as lib:
        north, south = lib.terminal("north"), lib.terminal("south")
        source = _gcode(tmp_path)
        sha = _submit_with_file(north, source)
        size = source.stat().st_size

        sent = lib.sync(north)
        assert (sent.files.sent, sent.files.bytes_sent) == (1, size)
        assert "sent 1 file(s) (3.0 MB)" in sent.summary()
        assert count_rows(lib.central, "file_contents", sha256=sha) == 1
        assert _chunks_at_central(lib, sha) == -(-size // MIB) == 3

        received = lib.sync(south)
        assert (received.files.received, received.files.bytes_received) == (1, size)
        assert "received 1 file(s) (3.0 MB)" in received.summary()
        copy = _stored(south, sha)
        assert copy is not None and copy.read_bytes() == source.read_bytes()
        assert _leftovers(south) == []

        # Every file is where it belongs: a second round on each moves no bytes.
        for kiosk in (north, south):
            again = lib.sync(kiosk)
            assert (again.files.bytes_sent, again.files.bytes_received) == (0, 0)
            assert (again.files.sent, again.files.received, again.files.waiting) == (0, 0, 0)


def test_an_upload_cut_mid_file_never_counts_and_the_next_round_completes_it(
    tmp_path: Path,
) -> None:
    with library(tmp_path) as lib, CuttingProxy() as proxy:
        north, south = lib.terminal("north"), lib.terminal("south")
        lib.sync(north)
        source = _gcode(tmp_path)
        sha = _submit_with_file(north, source)
        flaky = open_central(lib.via(proxy.port), check=False)
        try:
            # The rows are a few kilobytes: the cut falls in the file's second chunk.
            proxy.cut_after(MIB + MIB // 2)
            with pytest.raises(Unavailable):
                run_round(
                    north.services.engine,
                    flaky,
                    lib.via(proxy.port),
                    now=north.clock.now,
                    files=north.services.file_store,
                )
            assert proxy.cuts == 1
            assert count_rows(lib.central, "file_contents") == 0
            assert 0 < _chunks_at_central(lib, sha) < 3

            # Another terminal of the branch has the row but not the file: it waits.
            early = lib.sync(south)
            assert (early.files.waiting, early.files.received) == (1, 0)
            assert "1 file(s) not at central yet" in early.summary()
            assert _stored(south, sha) is None and _leftovers(south) == []

            proxy.cut_after(None)
            resumed = run_round(
                north.services.engine,
                flaky,
                lib.via(proxy.port),
                now=north.clock.now,
                files=north.services.file_store,
            )
        finally:
            flaky.dispose()
        assert resumed.files.sent == 1
        # Taken up where it stopped: the chunks central had are not sent again.
        assert 0 < resumed.files.bytes_sent < source.stat().st_size
        assert count_rows(lib.central, "file_contents", sha256=sha) == 1
        assert lib.sync(south).files.received == 1
        copy = _stored(south, sha)
        assert copy is not None and copy.read_bytes() == source.read_bytes()


def test_a_file_damaged_at_central_is_refused_and_nothing_is_stored(tmp_path: Path) -> None:
    with library(tmp_path) as lib:
        north, south = lib.terminal("north"), lib.terminal("south")
        sha = _submit_with_file(north, _gcode(tmp_path))
        lib.sync(north)
        chunks = table("file_content_chunks")
        where = (chunks.c.sha256 == sha, chunks.c.chunk_no == 1)
        with lib.central.begin() as conn:
            data = bytearray(conn.scalar(select(chunks.c.data).where(*where)) or b"")
            assert len(data) == MIB
            data[1000] ^= 0x01  # one bit, the same length
            conn.execute(update(chunks).where(*where).values(data=bytes(data)))

        report = lib.sync(south)
        assert (report.files.refused, report.files.received) == (1, 0)
        assert "1 file(s) refused" in report.summary()
        assert report.applied > 0  # the rows came all the same
        assert _stored(south, sha) is None and _leftovers(south) == []
        projects = table("projects")
        with south.services.engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(projects)) == 1


def test_the_background_worker_moves_files_with_the_store_the_kiosk_uses(tmp_path: Path) -> None:
    with library(tmp_path) as lib:
        north = lib.terminal("north")
        source = _gcode(tmp_path, 100_000)
        sha = _submit_with_file(north, source)
        config = terminal_config(
            f"sqlite:///{tmp_path / 'north.sqlite3'}", "north", files=tmp_path / "north-files"
        )
        config = replace(config, sync=SyncSection(central_url=lib.url))
        with closing(open_services(config, clock=north.clock)) as services:
            assert services.sync is not None
            report = services.sync.run_once()  # the worker's round, on this thread
        assert report is not None and report.files.sent == 1
        assert count_rows(lib.central, "file_contents", sha256=sha) == 1
