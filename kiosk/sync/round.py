"""One synchronisation round of a terminal: push its outbox, then pull and apply what changed
elsewhere. Used by `makerspace-kiosk sync`, `terminal join` and the background worker."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from kiosk.db.errors import DB_ERRORS
from kiosk.errors import PermissionDenied, Unavailable
from kiosk.sync import central, outbox, state
from kiosk.sync.connect import central_url, check_schema, unavailable
from kiosk.sync.failures import CentralUnavailable, TerminalRevoked
from kiosk.sync.files import FilesMoved, fetch_files, open_store, push_files
from kiosk.sync.local import write_unit
from kiosk.sync.pull import Progress, pull_all
from kiosk.sync.push import prune, push_all
from kiosk.sync.status import FailureCode, SyncFailure

NOT_JOINED = (
    "this terminal has not joined a central store: run "
    "'makerspace-kiosk terminal join --central URL --branch CODE'"
)


class NotJoined(Unavailable):
    """This terminal has not joined a central store yet."""

    failure = SyncFailure(FailureCode.NOT_JOINED)

    def __init__(self) -> None:
        super().__init__(NOT_JOINED)


@dataclass(frozen=True)
class RoundReport:
    pushed: int
    already_there: int
    pulled: int
    applied: int
    conflicts: int
    refused: int
    pending: int
    seconds: float
    files: FilesMoved = field(default_factory=FilesMoved)

    def summary(self) -> str:
        parts = [
            f"pushed {self.pushed} change(s)"
            + (f" ({self.already_there} central already had)" if self.already_there else ""),
            f"pulled {self.pulled} (applied {self.applied})",
        ]
        if self.conflicts:
            parts.append(f"{self.conflicts} booking(s) conflicted")
        if self.refused:
            parts.append(f"{self.refused} change(s) refused (see the conflicts list)")
        files = self.files
        if files.sent:
            parts.append(f"sent {files.sent} file(s) ({_megabytes(files.bytes_sent)})")
        if files.received:
            parts.append(f"received {files.received} file(s) ({_megabytes(files.bytes_received)})")
        if files.waiting:
            parts.append(f"{files.waiting} file(s) not at central yet")
        if files.refused:
            parts.append(f"{files.refused} file(s) refused (damaged, see the log)")
        parts.append(f"{self.pending} waiting")
        return ", ".join(parts)


def _megabytes(count: int) -> str:
    return f"{count / 1_000_000:.1f} MB"


def utc_now() -> datetime:
    return datetime.now(UTC)


def run_round(
    local: Engine,
    central_engine: Engine,
    url: str,
    *,
    now: Callable[[], datetime] = utc_now,
    pull_progress: Progress | None = None,
    files: Path | None = None,
) -> RoundReport:
    """Unavailable (one line, no password) when central cannot be used; the outbox keeps every
    change for the next round. PermissionDenied (TerminalRevoked) when central shut this
    terminal out. Each failure's `failure` is its code (kiosk.sync.failures.failure_of).

    `files` is the root of this terminal's file store: the contents of the files its rows name
    go to central and come from it (kiosk.sync.files). None: rows only."""
    started = time.monotonic()
    with local.connect() as conn:
        known = state.read(conn)
    if known is None or known.role != "terminal" or known.terminal_id is None:
        raise NotJoined()
    try:
        try:
            with central_engine.connect() as conn:
                check_schema(conn, central_url(url))
                found = central.terminal_entry(conn, known.terminal_id)
            if found is None:
                raise CentralUnavailable(
                    "the central store does not know this terminal (was it reset?): run "
                    "'makerspace-kiosk terminal join' again; nothing here is lost",
                    SyncFailure(FailureCode.UNKNOWN_TERMINAL),
                )
            entry, revoked_at = found
            if revoked_at is not None:
                raise TerminalRevoked(
                    "the central store has shut this terminal out; ask library IT"
                )
            pushed = push_all(local, central_engine, entry, now)
            pulled = pull_all(local, central_engine, entry, now, pull_progress)
            # Files after the rows, so that no file holds rows back.
            moved = FilesMoved()
            store = None if files is None else open_store(files)
            if store is not None:
                push_files(local, central_engine, store, moved)
                fetch_files(local, central_engine, store, moved)
        except DB_ERRORS as exc:
            raise unavailable(url, exc) from None
    except (Unavailable, PermissionDenied) as error:
        _note_failure(local, now(), str(error))
        raise
    at = now()
    with write_unit(local) as conn:
        state.set_values(conn, last_sync_at=at, last_attempt_at=at, last_error=None)
        prune(conn, at)
        waiting = outbox.pending_count(conn)
    return RoundReport(
        pushed=pushed.pushed,
        already_there=pushed.duplicates,
        pulled=pulled.received,
        applied=pulled.applied,
        conflicts=pushed.conflicts,
        refused=pushed.rejected + pulled.rejected,
        pending=waiting,
        seconds=time.monotonic() - started,
        files=moved,
    )


def _note_failure(local: Engine, at: datetime, message: str) -> None:
    # Best effort: the status screen shows the last failure, but a local database that cannot
    # be written is reported by the services themselves.
    try:
        with write_unit(local) as conn:
            state.set_values(conn, last_attempt_at=at, last_error=message[:400])
    except DB_ERRORS:
        pass
