"""What the staff console shows about synchronisation, and what it may ask for.

Free of SQLAlchemy and Qt, so a screen may import it: the screen renders a `SyncStatus` and
calls `SyncControl.sync_now()`; `status()` never does I/O and is safe on the GUI thread."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol


class Link(enum.Enum):
    """Where this terminal stands with the central store."""

    NOT_CONFIGURED = "not_configured"  # no [sync] central_url: the terminal works on its own
    NOT_JOINED = "not_joined"  # configured, but `makerspace-kiosk terminal join` not run yet
    STARTING = "starting"  # configured and joined; no round has finished yet
    ONLINE = "online"  # the last round reached central and finished
    OFFLINE = "offline"  # the last round failed; the worker tries again at `next_try_at`


class FailureCode(enum.StrEnum):
    """Why a round failed, for the screen to put in the staff's language. A closed set: the
    English line beside it (`SyncStatus.last_error`) is for the log and the command line."""

    CONNECTION_REFUSED = "connection_refused"  # the server's host answered; nothing listens
    UNREACHABLE = "unreachable"  # unknown host name, no route, no answer
    CONNECTION_LOST = "connection_lost"  # the connection broke during the round
    TIMED_OUT = "timed_out"  # central did not answer in time
    LOGIN_REFUSED = "login_refused"  # wrong role, password or pg_hba.conf entry
    NO_DATABASE = "no_database"  # the database named in central_url does not exist
    TLS = "tls"  # the secure connection failed (certificates, sslmode)
    BAD_URL = "bad_url"  # central_url is not a PostgreSQL URL
    NOT_CENTRAL = "not_central"  # a database, but `central init` was never run on it
    SCHEMA_NEWER = "schema_newer"  # params: central, kiosk (migration revisions)
    SCHEMA_OLDER = "schema_older"  # params: central, kiosk
    NOT_JOINED = "not_joined"  # `terminal join` was not run here
    UNKNOWN_TERMINAL = "unknown_terminal"  # central does not know this terminal (was reset)
    REVOKED = "revoked"  # central shut this terminal out
    OTHER = "other"  # anything else: the log has the details


@dataclass(frozen=True)
class SyncFailure:
    """A round's failure as a code and its parameters (plain strings, no password, no SQL).
    `code` is a `FailureCode` value; a screen words a code it does not know generically."""

    code: str
    params: Mapping[str, str] = field(default_factory=dict)


class RefusalCode(enum.StrEnum):
    """Why a database refused a change a round brought (`ConflictView.detail["reason_code"]`
    beside the English `reason`)."""

    BOOKING_OVERLAP = "booking_overlap"  # the machine is booked for that time already
    DUPLICATE = "duplicate"  # a unique value taken meanwhile (a card number)
    MISSING_LINK = "missing_link"  # it refers to a row this database does not hold
    INVALID_VALUE = "invalid_value"  # a value missing or not allowed (not null, check, type)
    OTHER = "other"


@dataclass(frozen=True)
class SyncStatus:
    """A snapshot. Times are timezone-aware UTC (shown in the branch's zone by the screen).

    - `pending`: changes made here that central does not have yet (as of `counted_at`).
    - `conflicts`: conflict records staff have not resolved (bookings central refused, changes
      a database refused), this branch's and this terminal's.
    - `last_error`: why the last round failed, one plain English line that never holds a
      password, for the log and the command line (None once a round succeeds).
    - `failure`: the same as a code with parameters, for a screen to word in its language.
    - `syncing`: a round is running now."""

    link: Link
    syncing: bool = False
    last_sync_at: datetime | None = None
    last_attempt_at: datetime | None = None
    next_try_at: datetime | None = None
    pending: int = 0
    conflicts: int = 0
    counted_at: datetime | None = None
    last_error: str | None = None
    failure: SyncFailure | None = None
    last_summary: str | None = None

    @property
    def online(self) -> bool:
        return self.link is Link.ONLINE


@dataclass(frozen=True)
class ConflictView:
    """One unresolved conflict record, for staff. `kind` is reservation_overlap (`row_id` the
    booking central refused, kept as conflicted; `other_row_id` the one that stands) or
    rejected_change (`reason` says which constraint refused it, in English for the log, and
    `reason_code` as a `RefusalCode`); `detail` holds no card
    numbers or names: for a booking its item's name and times."""

    conflict_id: str
    kind: str
    at: datetime
    table_name: str
    row_id: str
    other_row_id: str | None
    patron_id: str | None
    detail: dict[str, object]


class SyncControl(Protocol):
    def status(self) -> SyncStatus:
        """The latest snapshot; no I/O."""
        ...

    def sync_now(self) -> None:
        """Start a round as soon as possible (returns at once; watch `status()`)."""
        ...

    def conflicts(self) -> tuple[ConflictView, ...]:
        """Unresolved conflict records, oldest first (reads the database: call it off the GUI
        thread, on the database lane)."""
        ...
