"""Project files in a round when something is wrong with one of them: a file this terminal
cannot read, a store that cannot make a temporary file, a damaged copy here, a damaged or
missing copy at central, and an upload that found central lacking a file another terminal was
finishing. None fails the round or holds rows back, and each mends itself in later rounds
(real PostgreSQL and SQLite)."""

from __future__ import annotations

import errno
import io
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete

import kiosk.sync.files as files_module
from kiosk.core.project_files.store import FileStore
from kiosk.sync.tables import table
from tests.sync.library import Kiosk, count_rows, library
from tests.sync.test_sync_files import _gcode, _leftovers, _stored, _submit_with_file

pytestmark = pytest.mark.postgres


class _Unreadable(io.RawIOBase):
    """A file whose reads fail the way a failing disk's do."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        raise OSError(errno.EIO, "Input/output error")

    def close(self) -> None:
        self._handle.close()
        super().close()


def _damage(path: Path, at: int) -> bytes:
    """Flip one bit of the stored file at `path` (same length); the damaged bytes."""
    path.chmod(0o600)
    damaged = bytearray(path.read_bytes())
    damaged[at] ^= 0x01
    path.write_bytes(bytes(damaged))
    return bytes(damaged)


def _holds(kiosk: Kiosk, sha: str, source: Path) -> bool:
    copy = _stored(kiosk, sha)
    return copy is not None and copy.read_bytes() == source.read_bytes()


def test_a_file_that_cannot_be_read_is_refused_and_the_round_pulls_all_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with library(tmp_path) as lib:
        north, south = lib.terminal("north"), lib.terminal("south")
        sha = _submit_with_file(north, _gcode(tmp_path, 100_000))
        south.services.patrons.create("Grace Hopper", card_number="G-1")
        lib.sync(south)
        real_open = open

        def failing_open(path: Path, *args: Any, **kwargs: Any) -> Any:
            handle = real_open(path, *args, **kwargs)
            return _Unreadable(handle) if Path(path).name == sha else handle

        monkeypatch.setattr(files_module, "open", failing_open, raising=False)
        report = lib.sync(north)
        assert (report.files.refused, report.files.sent) == (1, 0)
        assert "1 file(s) refused" in report.summary()
        assert north.count("patrons") == 2  # south's came
        assert count_rows(lib.central, "file_contents", sha256=sha) == 0

        monkeypatch.undo()
        assert lib.sync(north).files.sent == 1  # the next round sends it
        assert _stored(north, sha) is not None


def test_a_store_that_cannot_make_a_temporary_file_waits_and_the_round_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with library(tmp_path) as lib:
        north, south = lib.terminal("north"), lib.terminal("south")
        source = _gcode(tmp_path, 100_000)
        sha = _submit_with_file(north, source)
        lib.sync(north)

        def no_room(self: FileStore, suffix: str) -> tuple[int, Path]:
            raise OSError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(FileStore, "temporary", no_room)
        report = lib.sync(south)
        assert (report.files.waiting, report.files.received) == (1, 0)
        assert report.applied > 0 and south.count("projects") == 1
        assert _stored(south, sha) is None

        monkeypatch.undo()
        assert lib.sync(south).files.received == 1
        assert _holds(south, sha, source)


def test_a_damaged_copy_here_is_set_aside_once_and_a_good_one_fetched_from_central(
    tmp_path: Path,
) -> None:
    with library(tmp_path) as lib:
        north, south = lib.terminal("north"), lib.terminal("south")
        sha = _submit_with_file(north, source := _gcode(tmp_path))
        path = _stored(north, sha)
        assert path is not None
        damaged = _damage(path, -10)
        thumbnail = FileStore(path.parents[2], sweep=False).thumbnail_path(sha)
        thumbnail.write_bytes(b"a picture of the damaged copy")

        first = lib.sync(north)
        assert (first.files.refused, first.files.sent) == (1, 0)
        assert count_rows(lib.central, "file_contents", sha256=sha) == 0
        assert count_rows(lib.central, "file_content_chunks", sha256=sha) == 0
        assert _stored(north, sha) is None and not thumbnail.exists()
        aside = path.parents[2] / "damaged" / sha
        assert aside.read_bytes() == damaged  # kept for staff, out of the store
        # Not sent again round after round: north waits for a good copy.
        again = lib.sync(north)
        assert (again.files.bytes_sent, again.files.refused, again.files.waiting) == (0, 0, 1)

        # South stores the same file: it sends it in the round that brings north's rows.
        assert south.services.file_store is not None
        FileStore(south.services.file_store).store(source)
        assert lib.sync(south).files.sent == 1
        mended = lib.sync(north)
        assert mended.files.received == 1
        assert _holds(north, sha, source)
        assert _leftovers(north) == []


def test_a_file_missing_chunks_at_central_is_dropped_there_and_sent_again(
    tmp_path: Path,
) -> None:
    with library(tmp_path) as lib:
        north, south = lib.terminal("north"), lib.terminal("south")
        sha = _submit_with_file(north, source := _gcode(tmp_path))
        lib.sync(north)
        chunks = table("file_content_chunks")
        with lib.central.begin() as conn:
            conn.execute(delete(chunks).where(chunks.c.sha256 == sha, chunks.c.chunk_no == 1))

        refused = lib.sync(south)
        assert (refused.files.refused, refused.files.received) == (1, 0)
        assert count_rows(lib.central, "file_contents", sha256=sha) == 0
        assert count_rows(lib.central, "file_content_chunks", sha256=sha) == 0

        assert lib.sync(north).files.sent == 1
        assert lib.sync(south).files.received == 1
        assert _holds(south, sha, source)


def test_an_upload_that_found_central_lacking_a_file_stored_meanwhile_leaves_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with library(tmp_path) as lib:
        north, south, east = (lib.terminal(code) for code in ("north", "south", "east"))
        source = _gcode(tmp_path)
        sha = _submit_with_file(north, source)
        lib.sync(north)
        assert count_rows(lib.central, "file_contents", sha256=sha) == 1

        # South's copy went bad, and south asked central before north's upload was counted.
        assert lib.sync(south).files.received == 1
        theirs = _stored(south, sha)
        assert theirs is not None
        _damage(theirs, 5)
        with monkeypatch.context() as stale:
            stale.setattr(files_module, "_at_central", lambda conn, shas: {})
            late = lib.sync(south)
        assert count_rows(lib.central, "file_contents", sha256=sha) == 1
        assert count_rows(lib.central, "file_content_chunks", sha256=sha) == 3
        assert late.files.bytes_sent == 0

        report = lib.sync(east)
        assert (report.files.received, report.files.refused) == (1, 0)
        assert _holds(east, sha, source)
