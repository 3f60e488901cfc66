"""The journal of machine session ends not yet in the database: a real file in a temporary
folder, replaced whole, private, and read back the same after a restart."""

from __future__ import annotations

import os
import stat
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.core.machine_views import Channel
from kiosk.devices.session_end_journal import (
    JOURNAL_FILE,
    PendingEnd,
    read_journal,
    write_journal,
)

AT = datetime(2026, 12, 1, 14, 30, 5, tzinfo=UTC)


def _ends() -> tuple[PendingEnd, ...]:
    return (
        PendingEnd(uuid.uuid4(), Channel("bench", 1), "controller", AT),
        PendingEnd(uuid.uuid4(), Channel("back room", 4), "time_up", AT),
    )


def test_ends_are_read_back_as_written_and_the_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / JOURNAL_FILE
    ends = _ends()
    write_journal(path, ends)
    assert read_journal(path) == ends
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [JOURNAL_FILE]  # no temporary file left


def test_nothing_pending_removes_the_file_and_a_missing_file_holds_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / JOURNAL_FILE
    assert read_journal(path) == ()
    write_journal(path, _ends())
    write_journal(path, ())
    assert not path.exists()
    write_journal(path, ())  # removing what is not there is no error


def test_a_write_that_fails_leaves_the_previous_journal(tmp_path: Path) -> None:
    path = tmp_path / JOURNAL_FILE
    first = _ends()
    write_journal(path, first)
    # The temporary file's place is taken (as by a full or broken disk): the write fails.
    (tmp_path / f".{JOURNAL_FILE}.{os.getpid()}.tmp").mkdir()
    with pytest.raises(OSError):
        write_journal(path, first[:1])
    assert read_journal(path) == first


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        '{"format": 99, "ends": []}',
        '{"format": 1, "ends": [{"session": "not-a-uuid"}]}',
        '["format", 1]',
    ],
)
def test_an_unreadable_journal_is_moved_aside_not_lost(tmp_path: Path, text: str) -> None:
    path = tmp_path / JOURNAL_FILE
    path.write_text(text, encoding="utf-8")
    assert read_journal(path) == ()
    assert not path.exists()
    assert (tmp_path / f"{JOURNAL_FILE}.unreadable").read_text(encoding="utf-8") == text
