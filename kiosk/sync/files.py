"""File contents in a round: the bytes of the files a terminal's project and print job rows
name go to central, and come from central to the other terminals of the branch.

Central keeps each file by SHA-256 in chunks of a MiB (`file_content_chunks`), and counts it as
stored only once its `file_contents` row is written: that happens after central hashed every
chunk it holds and each matched what the terminal hashed while reading the file from its store
(and those bytes hashed whole to the file's SHA-256). Chunks are committed one by one, so an
upload cut off is taken up where it stopped at the next round, and never counts before that.

A terminal fetches a file its rows name and its store lacks chunk by chunk into a temporary
file of its store, which is moved into place only when the whole hashes right (FileStore.
receive). A file central does not have yet is asked for again next round; a file whose bytes
at central are damaged is refused and nothing is stored. One chunk at a time is in memory."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, delete, func, select, union
from sqlalchemy.dialects.postgresql import insert as pg_insert

from kiosk.core.project_files.kinds import FileRefused, NotTheFile
from kiosk.core.project_files.layout import StoreLayout
from kiosk.sync.tables import among, chunk_size, table

if TYPE_CHECKING:
    from kiosk.core.project_files.store import FileStore

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024
_contents = table("file_contents")
_chunks = table("file_content_chunks")
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass
class FilesMoved:
    sent: int = 0
    bytes_sent: int = 0
    received: int = 0
    bytes_received: int = 0
    # Named by rows here, in neither this store nor central's: asked for again next round.
    waiting: int = 0
    # This terminal's copy, or central's, does not hash to its name: not taken.
    refused: int = 0

    @property
    def moved(self) -> bool:
        """Whether a file was sent, received or refused (not only still waiting)."""
        return bool(self.sent or self.received or self.refused)


def referenced(conn: Connection) -> set[str]:
    """The SHA-256 of every file this database's project files and print jobs name."""
    files, jobs = table("project_files"), table("print_jobs")
    query = union(select(files.c.sha256), select(jobs.c.gcode_sha256))
    found = {str(sha).lower() for sha in conn.scalars(query)}
    return {sha for sha in found if _SHA256.fullmatch(sha)}


def _at_central(conn: Connection, shas: list[str]) -> dict[str, tuple[int, int]]:
    """(size, chunks) of those of `shas` central holds whole and checked."""
    found: dict[str, tuple[int, int]] = {}
    step = chunk_size(conn.dialect.name)
    for start in range(0, len(shas), step):
        part = shas[start : start + step]
        query = select(_contents.c.sha256, _contents.c.size, _contents.c.chunks).where(
            among(_contents.c.sha256, part, conn.dialect.name)
        )
        for sha, size, chunks in conn.execute(query):
            found[sha] = (int(size), int(chunks))
    return found


def open_store(root: Path) -> FileStore | None:
    """This terminal's file store for a round (never swept: the kiosk may be copying into it);
    None, logged, when its folder cannot be made."""
    from kiosk.core.project_files.store import FileStore

    try:
        return FileStore(root, sweep=False)
    except OSError as exc:
        log.error("the file store %s cannot be opened; files are not synchronised: %s", root, exc)
        return None


def push_files(
    local: Engine, central_engine: Engine, store: StoreLayout, moved: FilesMoved
) -> None:
    """Send central the files this terminal's rows name, holds, and central lacks."""
    with local.connect() as conn:
        named = referenced(conn)
    held = sorted(sha for sha in named if store.contains(sha))
    if not held:
        return
    with central_engine.connect() as conn:
        there = _at_central(conn, held)
    for sha in held:
        if sha not in there:
            _upload(central_engine, sha, store.path(sha), moved)


def _central_digests(conn: Connection, sha: str) -> dict[int, str]:
    """Each chunk central holds of `sha`, hashed by central."""
    query = select(_chunks.c.chunk_no, func.encode(func.sha256(_chunks.c.data), "hex")).where(
        _chunks.c.sha256 == sha
    )
    return {int(n): str(digest) for n, digest in conn.execute(query)}


def _upload(central_engine: Engine, sha: str, path: Path, moved: FilesMoved) -> None:
    whole = hashlib.sha256()
    digests: list[str] = []
    size = sent = 0
    with central_engine.connect() as conn:
        there = _central_digests(conn, sha)
        conn.rollback()
        try:
            source = open(path, "rb", buffering=0)  # noqa: SIM115 (closed below)
        except OSError as exc:
            log.warning("file %s cannot be read to send it: %s", sha[:12], exc)
            moved.refused += 1
            return
        with source:
            for data in iter(lambda: source.read(CHUNK), b""):
                whole.update(data)
                digest = hashlib.sha256(data).hexdigest()
                number = len(digests)
                digests.append(digest)
                size += len(data)
                if there.get(number) == digest:
                    continue  # sent by a round that was cut off
                statement = pg_insert(_chunks).values(sha256=sha, chunk_no=number, data=data)
                conn.execute(
                    statement.on_conflict_do_update(
                        index_elements=[_chunks.c.sha256, _chunks.c.chunk_no],
                        set_={"data": statement.excluded.data},
                    )
                )
                conn.commit()
                sent += len(data)
        if whole.hexdigest() != sha:
            log.error("file %s in this terminal's store is damaged: not sent", sha[:12])
            with conn.begin():
                conn.execute(delete(_chunks).where(_chunks.c.sha256 == sha))
            moved.refused += 1
            moved.bytes_sent += sent
            return
        with conn.begin():
            conn.execute(
                delete(_chunks).where(_chunks.c.sha256 == sha, _chunks.c.chunk_no >= len(digests))
            )
            there = _central_digests(conn, sha)
            if there != dict(enumerate(digests)):
                # Changed under us (or damaged at central): the next round sends it again.
                log.warning("file %s did not check out at central: sent again next round", sha[:12])
                conn.execute(delete(_chunks).where(_chunks.c.sha256 == sha))
                moved.bytes_sent += sent
                return
            conn.execute(
                pg_insert(_contents)
                .values(sha256=sha, size=size, chunks=len(digests), stored_at=func.now())
                .on_conflict_do_nothing(index_elements=[_contents.c.sha256])
            )
    moved.sent += 1
    moved.bytes_sent += sent


def fetch_files(local: Engine, central_engine: Engine, store: FileStore, moved: FilesMoved) -> None:
    """Bring into this terminal's store the files its rows name that it lacks."""
    with local.connect() as conn:
        named = referenced(conn)
    lacking = sorted(sha for sha in named if not store.contains(sha))
    if not lacking:
        return
    with central_engine.connect() as conn:
        there = _at_central(conn, lacking)
        moved.waiting += len(lacking) - len(there)
        for sha, (size, count) in sorted(there.items()):
            try:
                if store.receive(sha, _chunks_of(conn, sha, count), size):
                    moved.received += 1
                    moved.bytes_received += size
            except NotTheFile as exc:
                log.error("file from central refused: %s", exc)
                moved.refused += 1
            except FileRefused as exc:
                log.warning("file %s could not be stored: %s", sha[:12], exc)
                moved.waiting += 1
            finally:
                conn.rollback()


def _chunks_of(conn: Connection, sha: str, count: int) -> Iterator[bytes]:
    for number in range(count):
        data = conn.scalar(
            select(_chunks.c.data).where(_chunks.c.sha256 == sha, _chunks.c.chunk_no == number)
        )
        if data is None:
            raise NotTheFile(f"{sha[:12]}: chunk {number} is missing at central")
        yield bytes(data)
