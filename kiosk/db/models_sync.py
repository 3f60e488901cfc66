"""What synchronisation between branch terminals and the central store keeps.

On every database (terminal or central):

- `sync_state`: one row; this database's role, its node id, the last hybrid-logical-clock value
  it issued, and (on a terminal) its branch, pull cursor and last round's outcome.
- `sync_outbox`: one change record per change of a synchronised row, written in the same
  transaction as the change (kiosk.sync.outbox); pushed (terminal) or published into the change
  log (central).
- `sync_rows`: the clock of each synchronised row (a base stamp, the stamps of fields changed
  since, and whether it was deleted), so changes arriving in any order resolve the same way.
- `sync_conflicts`: what synchronisation could not take as it came (a booking central refused,
  a change that broke a constraint here), for staff to see; synchronised within the branch.

Only used on the central store (the tables exist everywhere, so one migration chain serves both):

- `sync_changes`: the change log; `seq` is the cursor terminals pull from and `change_id` is
  unique, which makes pushing a change twice the same as pushing it once.
- `sync_terminals`: the registry of terminals that joined, with their branch and progress.
- `file_contents` and `file_content_chunks`: the bytes of project and print files, by SHA-256,
  in chunks of a MiB (kiosk.sync.files). A `file_contents` row is written only once central
  checked every chunk it holds against what the terminal hashed, so a file whose upload was cut
  off never counts as stored."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Index,
    Integer,
    LargeBinary,
    String,
    Uuid,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.models import Base, Tracked, _uuid_pk
from kiosk.db.types import UTCDateTime

SYNC_ROLES = ("terminal", "central")
CHANGE_OPS = ("insert", "update", "delete")
TABLE_NAME_MAX = 64
NODE_MAX = 32  # a node id is a UUID's 32 hex digits
CONFLICT_KINDS = ("reservation_overlap", "rejected_change")
# Sync's own bookkeeping: logs and clocks written with plain statements, never edited from a
# stale copy and never synchronised themselves, so they carry no row times or row version.
BOOKKEEPING_TABLES = frozenset(
    {
        "sync_state",
        "sync_outbox",
        "sync_rows",
        "sync_changes",
        "sync_terminals",
        "file_contents",
        "file_content_chunks",
    }
)
SHA256_HEX = 64

# A 64-bit integer key that is SQLite's rowid (so it counts up) and a bigint on PostgreSQL.
_SEQ = BigInteger().with_variant(Integer(), "sqlite")
_PAYLOAD = JSON().with_variant(JSONB(), "postgresql")
_PENDING = text("pushed_at IS NULL")


class SyncState(Base):
    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    role: Mapped[str | None] = mapped_column(String(16))
    node_id: Mapped[str] = mapped_column(String(NODE_MAX))
    # The last hybrid-logical-clock value issued here (kiosk.sync.hlc).
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    terminal_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    branch_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    # The central change log's `seq` up to which this terminal has pulled.
    pull_cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    # The highest `seq` central gave a change this terminal pushed, as far as this database
    # knows; a restored backup knows less than central, and pulls its own later changes back.
    own_max_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    joined_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(String(400))


class ChangeRecord:
    """What a change carries, in the outbox and in the change log alike. `payload` is the whole
    row as JSON (just its id for a delete); `hlc` and `node_id` make its stamp."""

    change_id: Mapped[uuid.UUID] = mapped_column(Uuid(), unique=True)
    table_name: Mapped[str] = mapped_column(String(TABLE_NAME_MAX))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    op: Mapped[str] = mapped_column(String(8))
    payload: Mapped[dict[str, Any]] = mapped_column(_PAYLOAD)
    # The columns an update changed; None for an insert or delete (the whole row).
    fields: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True))
    hlc: Mapped[int] = mapped_column(BigInteger)
    node_id: Mapped[str] = mapped_column(String(NODE_MAX))


class OutboxChange(ChangeRecord, Base):
    __tablename__ = "sync_outbox"
    __table_args__ = (
        Index(
            "ix_sync_outbox_pending", "position", sqlite_where=_PENDING, postgresql_where=_PENDING
        ),
    )

    position: Mapped[int] = mapped_column(_SEQ, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    pushed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class RowClock(Base):
    __tablename__ = "sync_rows"

    table_name: Mapped[str] = mapped_column(String(TABLE_NAME_MAX), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    # The stamp (kiosk.sync.hlc.Stamp text) of the change that made the row here.
    stamp: Mapped[str] = mapped_column(String(64))
    # {column: stamp} of the columns changed since, when later than `stamp`.
    fields: Mapped[dict[str, str] | None] = mapped_column(JSON(none_as_null=True))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class ChangeLogEntry(ChangeRecord, Base):
    __tablename__ = "sync_changes"
    __table_args__ = (Index("ix_sync_changes_node_id_seq", "node_id", "seq"),)

    seq: Mapped[int] = mapped_column(_SEQ, primary_key=True, autoincrement=True)
    # Terminals of this branch pull the change; None: every terminal does.
    branch_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SyncTerminal(Base):
    __tablename__ = "sync_terminals"

    terminal_id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    code: Mapped[str] = mapped_column(String(64))
    node_id: Mapped[str] = mapped_column(String(NODE_MAX))
    branch_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    pulled_to: Mapped[int] = mapped_column(BigInteger, default=0)
    # Set by IT to shut a lost or stolen terminal out; its pushes are refused.
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SyncConflict(Tracked, Base):
    """Something a round could not take as it came. `kind` is reservation_overlap (central
    refused an offline booking: `row_id` is the refused reservation, `other_row_id` the one that
    stands) or rejected_change (a change broke a constraint of this database: `detail` holds
    the error and what the change carried, never card numbers)."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_resolved_at", "resolved_at"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    kind: Mapped[str] = mapped_column(String(32))
    table_name: Mapped[str] = mapped_column(String(TABLE_NAME_MAX))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    other_row_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    patron_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    branch_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_by: Mapped[uuid.UUID | None] = mapped_column(Uuid())


class FileContent(Base):
    """A file central holds whole and checked: `chunks` rows of file_content_chunks, numbered
    from 0, whose bytes together are `size` long and hash to `sha256`."""

    __tablename__ = "file_contents"

    sha256: Mapped[str] = mapped_column(String(SHA256_HEX), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    chunks: Mapped[int] = mapped_column(Integer)
    stored_at: Mapped[datetime] = mapped_column(UTCDateTime())


class FileContentChunk(Base):
    """One MiB (the last one less) of a file's bytes; rows of a file being uploaded are here
    before its file_contents row, and only that row makes them count."""

    __tablename__ = "file_content_chunks"

    sha256: Mapped[str] = mapped_column(String(SHA256_HEX), primary_key=True)
    chunk_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
