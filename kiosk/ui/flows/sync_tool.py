"""Staff's "Network & sync" tool, opened from the staff console: where the kiosk stands with
the central store (read every couple of seconds while open: the status is a snapshot the sync
worker keeps, so reading it does no I/O), "Sync now", and the conflicts a round left, each
with a "Resolved" button. The core checks (and audits) the role on every call."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QTimer

from kiosk.core.permissions import StaffAction
from kiosk.core.results import StaffSummary
from kiosk.core.sync_views import ConflictView
from kiosk.errors import NotFound, PermissionDenied, Unavailable
from kiosk.sync.status import Link, SyncStatus
from kiosk.ui import sync_text
from kiosk.ui.clock_text import display_zone
from kiosk.ui.navigator import Flow, FlowContext, Navigator, Stay
from kiosk.ui.screens.sync_tool import ConflictCard, SyncToolScreen, SyncToolView
from kiosk.ui.staff_tools import StaffTool

logger = logging.getLogger(__name__)

TOOL_IDLE_S = 180
TOOL_COUNTDOWN_S = 15
REFRESH_MS = 2000
# Where a round can be asked for: configured, and joined as far as the kiosk knows.
_SYNCABLE = (Link.STARTING, Link.ONLINE, Link.OFFLINE)


class SyncToolFlow(Flow):
    name = "sync"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self._zone = display_zone(context.settings.timezone)
        # Injectable for tests: a time today is shown without its date.
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.screen = SyncToolScreen()
        self.add_screen(self.screen)
        self.screen.back.connect(self._back)
        self.screen.sync_now.connect(self.sync_now)
        self.screen.resolve.connect(self.resolve)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.staff: StaffSummary | None = None
        self._reset_state()
        context.staff_tools.add(
            StaffTool(
                "sync",
                label=lambda: self.tr("Network & sync"),
                action=StaffAction.SYNC,
                start=lambda staff: self.nav.start(self.name, staff=staff),
            )
        )

    def _reset_state(self) -> None:
        self.status = SyncStatus(Link.NOT_CONFIGURED)
        self.conflicts: tuple[ConflictView, ...] | None = None
        # The conflict count the list was read at: when the worker counts another, read again.
        self._listed_count: int | None = None
        self._loading = False
        # The round staff asked for: the attempt time before it, until a newer attempt ends.
        self._asked_after: datetime | None = None
        self._asked = False
        self._round_line = ""
        self._status_line = ""
        self._working = False

    @property
    def view(self) -> SyncToolView | None:
        return self.screen.view

    def start(self, **arguments: Any) -> None:
        staff = arguments.get("staff")
        if not isinstance(staff, StaffSummary):
            logger.error("sync tool started without a staff member")
            self.nav.home()
            return
        self.staff = staff
        self._reset_state()
        self.screen.clear()
        self.show(self.screen, Stay(TOOL_IDLE_S, TOOL_COUNTDOWN_S))
        self.status = self.context.services.sync_status()
        self.timer.start()
        self.render()
        self.load_conflicts()

    def _back(self) -> None:
        staff = self.staff
        self.reset()
        if staff is None:
            self.nav.home()
            return
        self.nav.start("staff_console", staff=staff)

    def reset(self) -> None:
        super().reset()
        self.timer.stop()
        self.staff = None
        self._reset_state()
        self.screen.clear()

    # -- the link ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the worker's snapshot again (no I/O) and show what changed."""
        if self.staff is None:
            self.timer.stop()
            return
        status = self.context.services.sync_status()
        if status == self.status:
            return
        self.status = status
        if self._asked and not status.syncing and status.last_attempt_at != self._asked_after:
            self._asked = False
            self._round_line = self._round_result(status)
        if (
            self._listed_count is not None
            and status.counted_at is not None
            and status.conflicts != self._listed_count
            and not self._working
        ):
            self.load_conflicts()  # a round found a new conflict, or another kiosk resolved one
        self.render()

    def sync_now(self) -> None:
        if self.staff is None or self.status.link not in _SYNCABLE or self.status.syncing:
            return
        self.sync_now_asked()
        # Returns at once: the worker runs the round on its own thread.
        self.context.services.sync_now()
        self.render()

    def sync_now_asked(self) -> None:
        """From now on the round line says the asked round runs, until a newer attempt ends."""
        self._asked = True
        self._asked_after = self.status.last_attempt_at
        self._round_line = self.tr("Syncing now…")

    def _round_result(self, status: SyncStatus) -> str:
        at = status.last_attempt_at
        when = sync_text.when(at, self._zone, self.now()) if at is not None else ""
        if status.link is Link.ONLINE:
            return self.tr("Synced at {when}.").format(when=when)
        if status.link is Link.NOT_JOINED:
            return self.tr("The sync did not run: this kiosk is not joined yet.")
        return self.tr("The sync did not work at {when}. The kiosk keeps every change.").format(
            when=when
        )

    # -- conflicts ---------------------------------------------------------------------------

    def load_conflicts(self) -> None:
        staff = self.staff
        if staff is None or self._loading:
            return
        self._loading = True
        counted = self.status.conflicts
        services = self.context.services

        def loaded(found: tuple[ConflictView, ...]) -> None:
            self._loading = False
            self.conflicts = found
            self._listed_count = counted
            self.render()

        self.run(
            self.context.lanes.database,
            lambda: services.current().sync_review.conflicts(staff.staff_id),
            loaded,
            self._failed,
        )

    def resolve(self, key: str) -> None:
        staff = self.staff
        if staff is None or self._working or self.conflicts is None:
            return
        conflict_id = uuid.UUID(key)
        if all(c.conflict_id != conflict_id for c in self.conflicts):
            return
        self._working = True
        self._status_line = ""
        self.render()
        services = self.context.services

        def resolved(_none: object) -> None:
            self._working = False
            if self.conflicts is not None:
                self.conflicts = tuple(c for c in self.conflicts if c.conflict_id != conflict_id)
            self._status_line = self.tr("Marked resolved.")
            self.render()

        self.run(
            self.context.lanes.database,
            lambda: services.current().sync_review.resolve(staff.staff_id, conflict_id),
            resolved,
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self._working = False
        self._loading = False
        if isinstance(error, PermissionDenied):
            logger.warning("sync tool action refused: %s", error)
            self._status_line = self.tr(
                "Your account may not do this. Please ask an administrator."
            )
        elif isinstance(error, NotFound):
            self._status_line = self.tr("That conflict is no longer listed.")
            self.load_conflicts()
        else:
            if not isinstance(error, Unavailable):
                logger.error("sync tool call failed: %r", error)
            self._status_line = self.tr(
                "The database can't be reached right now. Please try again."
            )
        self.render()

    # -- drawing -----------------------------------------------------------------------------

    def render(self) -> None:
        if self.staff is None:
            return
        status = self.status
        conflicts = self.conflicts or ()
        round_line = self._round_line
        if status.syncing and not self._asked:
            round_line = self.tr("Syncing now…")
        self.screen.show_view(
            SyncToolView(
                link=status.link,
                state=sync_text.state_text(status.link),
                state_role=sync_text.state_role(status.link),
                details=sync_text.detail_lines(status, self._zone, self.now()),
                can_sync_now=status.link in _SYNCABLE,
                syncing=status.syncing or self._asked,
                round_line=round_line,
                conflicts=tuple(
                    ConflictCard(
                        str(c.conflict_id),
                        sync_text.conflict_title(c, self._zone),
                        sync_text.conflict_lines(c, self._zone),
                    )
                    for c in conflicts
                ),
                conflicts_loaded=self.conflicts is not None,
                # A kiosk on its own has nothing to clash with, unless it once had a link.
                show_conflicts=status.link is not Link.NOT_CONFIGURED or bool(conflicts),
                status_line=self._status_line,
                working=self._working,
            )
        )
