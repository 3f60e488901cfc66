"""A database that cannot be used gives one plain line, and loses nothing already saved."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kiosk.db.engine import default_sqlite_path, make_engine
from kiosk.db.errors import DatabaseUnavailable
from kiosk.db.migrate import upgrade
from tests.db.backends import add_patron, count_visits, open_database
from tests.support import require


def _one_line(error: DatabaseUnavailable) -> str:
    text = str(error)
    assert text and "\n" not in text and "Traceback" not in text
    return text


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make a file truly read-only, also for root (who ignores permission bits)."""
    mode = path.stat().st_mode
    path.chmod(0o444)
    immutable = False
    try:
        if os.geteuid() == 0:
            chattr = shutil.which("chattr")
            require(chattr is not None, "chattr, to make a file read-only for root")
            assert chattr is not None
            done = subprocess.run([chattr, "+i", str(path)], capture_output=True, check=False)
            require(done.returncode == 0, "a filesystem that supports chattr +i")
            immutable = True
        yield
    finally:
        if immutable:
            subprocess.run([shutil.which("chattr") or "chattr", "-i", str(path)], check=False)
        path.chmod(mode)


@contextmanager
def exclusive_lock(path: Path, *, readers_too: bool = True) -> Iterator[None]:
    """A second program holding a lock on the file: the exclusive lock that shuts out
    readers too, or (readers_too=False, what a writer in WAL mode holds) the write lock."""
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        if readers_too:
            other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("PRAGMA user_version = 0")  # WAL takes its lock with the first write
        yield
    finally:
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()


def test_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "kiosk.sqlite3"
    with pytest.raises(DatabaseUnavailable) as caught:
        make_engine(f"sqlite:///{target}")
    assert "does not exist" in _one_line(caught.value)
    assert not target.parent.exists()


@pytest.mark.parametrize(
    "content",
    [b"\x00\xff garbage " * 600, b"name,card\nAnn,1\n", os.urandom(8192)],
    ids=["garbage", "text", "random"],
)
def test_file_that_is_not_a_database(tmp_path: Path, content: bytes) -> None:
    target = tmp_path / "kiosk.sqlite3"
    target.write_bytes(content)
    with pytest.raises(DatabaseUnavailable) as caught:
        make_engine(f"sqlite:///{target}")
    assert "not a kiosk database or is corrupt" in _one_line(caught.value)
    assert target.read_bytes() == content, "the file must be left exactly as it was"


def test_locked_file(tmp_path: Path) -> None:
    with open_database("sqlite", tmp_path) as db:
        patron_id = add_patron(db, "Ann", "A-1")
        path = Path(db.engine.url.database or "")
    with exclusive_lock(path):
        with pytest.raises(DatabaseUnavailable) as caught:
            engine = make_engine(f"sqlite:///{path}", busy_timeout_s=0.2)
            engine.dispose()
        assert "locked" in _one_line(caught.value)
    with open_database("sqlite", tmp_path) as db:
        assert count_visits(db, patron_id) == 0
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM patrons").scalar() == 1


def test_read_only_file(tmp_path: Path) -> None:
    with open_database("sqlite", tmp_path) as db:
        add_patron(db, "Ann", "A-1")
        path = Path(db.engine.url.database or "")
    before = path.read_bytes()
    with read_only(path):
        engine = make_engine(f"sqlite:///{path}", busy_timeout_s=0.2)
        try:
            with pytest.raises(DatabaseUnavailable) as caught:
                upgrade(engine)
        finally:
            engine.dispose()
        assert _one_line(caught.value) == f"{path}: the database file is read-only"
    assert path.read_bytes() == before
    with open_database("sqlite", tmp_path) as db, db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT display_name FROM patrons").scalar() == "Ann"


def test_unreachable_server_is_one_line() -> None:
    # Port 1 on localhost: nothing listens, the refusal is immediate.
    with pytest.raises(DatabaseUnavailable) as caught:
        make_engine("postgresql+psycopg://postgres@127.0.0.1:1/test", busy_timeout_s=2)
    text = _one_line(caught.value)
    assert "127.0.0.1" in text
    assert "refused" in text or "cannot reach" in text


def test_bad_url_is_one_line() -> None:
    with pytest.raises(DatabaseUnavailable) as caught:
        make_engine("not a url at all")
    assert "not valid" in _one_line(caught.value)


def test_default_path_is_in_the_user_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = default_sqlite_path()
    assert path.parent == tmp_path / "data" / "makerspace-kiosk"
    assert path.parent.is_dir()
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    assert path.is_file()


def test_unchecked_engine_starts_anyway_and_recovers(tmp_path: Path) -> None:
    """A kiosk that must start while its database is locked gets the same tuned engine; it
    works as soon as the lock is gone."""
    with open_database("sqlite", tmp_path) as db:
        add_patron(db, "Ann", "A-1")
        path = Path(db.engine.url.database or "")
    with exclusive_lock(path):
        engine = make_engine(f"sqlite:///{path}", busy_timeout_s=0.1, check=False)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
            assert conn.exec_driver_sql("SELECT count(*) FROM patrons").scalar() == 1
    finally:
        engine.dispose()
    missing = make_engine(f"sqlite:///{tmp_path / 'gone' / 'k.sqlite3'}", check=False)
    try:
        with pytest.raises(DatabaseUnavailable):
            upgrade(missing)
    finally:
        missing.dispose()
