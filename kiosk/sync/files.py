"""File contents in a round: the bytes of the files a terminal's project and print job rows
name go to central, and come from central to the other terminals of the branch.

Central keeps each file by SHA-256 in chunks of a MiB (`file_content_chunks`), and counts it as
stored only once its `file_contents` row is written: that happens after central hashed every
chunk it holds and each matched what the terminal hashed while reading the file from its store
(and those bytes hashed whole to the file's SHA-256). Chunks are committed one by one, so an
upload cut off is taken up where it stopped at the next round, and never counts before that.
Every write to a file's chunks or row at central holds an advisory lock on its hash and first
checks that central does not count it as stored already, so an upload that found it lacking a
moment before (while another terminal was finishing it) never replaces or deletes its chunks.
A terminal whose own copy does not hash to its name sets that copy aside, so that it fetches
central's; a copy it cannot read is counted as refused and left for the next round.

A terminal fetches a file its rows name and its store lacks chunk by chunk into a temporary
file of its store, which is moved into place only when the whole hashes right (FileStore.
receive). A file central does not have yet is asked for again next round; a file whose bytes
at central are damaged or missing is refused, nothing is stored, and central stops counting it
as stored, so that a terminal holding a good copy sends it again. One chunk at a time is in
memory."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, delete, func, select, union
from sqlalchemy.dialects.postgresql import insert as pg_insert

from kiosk.core.project_files.kinds import FileRefused, NotTheFile
from kiosk.sync.tables import among, chunk_size, table

if TYPE_CHECKING:
    from kiosk.core.project_files.store import FileStore

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024
# First key of the advisory lock on one file's contents at central ("FILE"; the second is the
# file's SHA-256 hashed).
FILE_LOCK = 0x46494C45
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


def push_files(local: Engine, central_engine: Engine, store: FileStore, moved: FilesMoved) -> None:
    """Send central the files this terminal's rows name, holds, and central lacks. A copy here
    that does not hash to its name is set aside (FileStore.set_aside), so the next fetch brings
    central's; a copy that cannot be read is left for the next round. Neither fails the round."""
    with local.connect() as conn:
        named = referenced(conn)
    held = sorted(sha for sha in named if store.contains(sha))
    if not held:
        return
    with central_engine.connect() as conn:
        there = _at_central(conn, held)
    for sha in held:
        if sha in there:
            continue
        if _upload(central_engine, sha, store.path(sha), moved) is _Sent.DAMAGED:
            try:
                store.set_aside(sha)
            except OSError as exc:
                log.error("damaged file %s cannot be set aside: %s", sha[:12], exc)


def _central_digests(conn: Connection, sha: str) -> dict[int, str]:
    """Each chunk central holds of `sha`, hashed by central."""
    query = select(_chunks.c.chunk_no, func.encode(func.sha256(_chunks.c.data), "hex")).where(
        _chunks.c.sha256 == sha
    )
    return {int(n): str(digest) for n, digest in conn.execute(query)}


def _lock_stored(conn: Connection, sha: str) -> bool:
    """Lock `sha` at central until the transaction ends; whether central counts it as stored.

    Every write to a file's chunks or to its file_contents row holds this lock, so chunks of a
    file central counts as stored are never replaced or deleted by an upload that found
    central lacking it a moment before."""
    conn.execute(select(func.pg_advisory_xact_lock(FILE_LOCK, func.hashtext(sha))))
    found = conn.scalar(select(_contents.c.sha256).where(_contents.c.sha256 == sha))
    return found is not None


class _Sent(Enum):
    SENT = "sent"
    # Central counts it as stored already (another terminal sent it meanwhile).
    THERE = "there"
    # Left for the next round: unreadable here, or it did not check out at central.
    NOT_YET = "not yet"
    # This terminal's copy does not hash to its name.
    DAMAGED = "damaged"


def _upload(central_engine: Engine, sha: str, path: Path, moved: FilesMoved) -> _Sent:
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
            return _Sent.NOT_YET
        with source:
            while True:
                try:
                    data = source.read(CHUNK)
                except OSError as exc:
                    # This disk's trouble with one file: the others and the rows go on.
                    log.warning("file %s cannot be read to send it: %s", sha[:12], exc)
                    moved.refused += 1
                    moved.bytes_sent += sent
                    return _Sent.NOT_YET
                if not data:
                    break
                whole.update(data)
                digest = hashlib.sha256(data).hexdigest()
                number = len(digests)
                digests.append(digest)
                size += len(data)
                if there.get(number) == digest:
                    continue  # sent by a round that was cut off
                with conn.begin():
                    if _lock_stored(conn, sha):
                        break
                    statement = pg_insert(_chunks).values(sha256=sha, chunk_no=number, data=data)
                    conn.execute(
                        statement.on_conflict_do_update(
                            index_elements=[_chunks.c.sha256, _chunks.c.chunk_no],
                            set_={"data": statement.excluded.data},
                        )
                    )
                sent += len(data)
        moved.bytes_sent += sent
        with conn.begin():
            if _lock_stored(conn, sha):
                log.info("file %s was stored at central meanwhile: not sent", sha[:12])
                return _Sent.THERE
            if whole.hexdigest() != sha:
                log.error(
                    "file %s in this terminal's store is damaged: not sent, set aside to be "
                    "fetched again from central",
                    sha[:12],
                )
                conn.execute(delete(_chunks).where(_chunks.c.sha256 == sha))
                moved.refused += 1
                return _Sent.DAMAGED
            conn.execute(
                delete(_chunks).where(_chunks.c.sha256 == sha, _chunks.c.chunk_no >= len(digests))
            )
            there = _central_digests(conn, sha)
            if there != dict(enumerate(digests)):
                # Changed by another upload under way, or damaged at central: sent again.
                log.warning("file %s did not check out at central: sent again next round", sha[:12])
                conn.execute(delete(_chunks).where(_chunks.c.sha256 == sha))
                return _Sent.NOT_YET
            conn.execute(
                pg_insert(_contents)
                .values(sha256=sha, size=size, chunks=len(digests), stored_at=func.now())
                .on_conflict_do_nothing(index_elements=[_contents.c.sha256])
            )
    moved.sent += 1
    return _Sent.SENT


def _forget(conn: Connection, sha: str) -> None:
    """Central no longer counts `sha` as stored: a terminal holding a good copy sends it again."""
    with conn.begin():
        _lock_stored(conn, sha)
        conn.execute(delete(_contents).where(_contents.c.sha256 == sha))
        conn.execute(delete(_chunks).where(_chunks.c.sha256 == sha))


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
                conn.rollback()
                log.error("file from central refused, dropped at central to be sent again: %s", exc)
                moved.refused += 1
                _forget(conn, sha)
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
