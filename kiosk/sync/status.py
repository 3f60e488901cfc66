"""What the staff console shows about synchronisation, and what it may ask for.

Free of SQLAlchemy and Qt, so a screen may import it: the screen renders a `SyncStatus` and
calls `SyncControl.sync_now()`; `status()` never does I/O and is safe on the GUI thread."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


class Link(enum.Enum):
    """Where this terminal stands with the central store."""

    NOT_CONFIGURED = "not_configured"  # no [sync] central_url: the terminal works on its own
    NOT_JOINED = "not_joined"  # configured, but `makerspace-kiosk terminal join` not run yet
    STARTING = "starting"  # configured and joined; no round has finished yet
    ONLINE = "online"  # the last round reached central and finished
    OFFLINE = "offline"  # the last round failed; the worker tries again at `next_try_at`


@dataclass(frozen=True)
class SyncStatus:
    """A snapshot. Times are timezone-aware UTC (shown in the branch's zone by the screen).

    - `pending`: changes made here that central does not have yet (as of `counted_at`).
    - `conflicts`: conflict records staff have not resolved (bookings central refused, changes
      a database refused), this branch's and this terminal's.
    - `last_error`: why the last round failed, one plain line that never holds a password
      (None once a round succeeds).
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
    last_summary: str | None = None

    @property
    def online(self) -> bool:
        return self.link is Link.ONLINE


@dataclass(frozen=True)
class ConflictView:
    """One unresolved conflict record, for staff. `kind` is reservation_overlap (`row_id` the
    booking central refused, kept as conflicted; `other_row_id` the one that stands) or
    rejected_change (`reason` says which constraint refused it); `detail` holds no card
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
