"""The staff "Network & sync" tool posed in each state of the link, from made-up data and
without calls to the core: for the screenshots and for the tests that check every screen fits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from uuid import UUID

from kiosk.core.results import PatronSummary, ScanOutcome, ScanResult, StaffSummary
from kiosk.core.sync_views import BookingSide, ConflictView
from kiosk.sync.status import FailureCode, Link, RefusalCode, SyncFailure, SyncStatus
from kiosk.ui.flows.sync_tool import SyncToolFlow
from kiosk.ui.navigator import Navigator
from kiosk.ui.sync_text import booking_conflicted_text

if TYPE_CHECKING:
    from kiosk.ui.main_window import KioskWindow

POSES = ("online", "offline", "not-joined", "standalone", "running")


def posed_status(name: str, now: datetime) -> SyncStatus:
    last = now - timedelta(minutes=42)
    if name == "offline":
        return SyncStatus(
            Link.OFFLINE,
            last_sync_at=last,
            last_attempt_at=now - timedelta(minutes=1),
            next_try_at=now + timedelta(minutes=4),
            pending=17,
            conflicts=2,
            counted_at=now,
            last_error="central db.library.example: the database server refused the connection",
            failure=SyncFailure(FailureCode.CONNECTION_REFUSED),
        )
    if name == "not-joined":
        return SyncStatus(Link.NOT_JOINED, pending=5, counted_at=now)
    if name == "standalone":
        return SyncStatus(Link.NOT_CONFIGURED)
    return SyncStatus(
        Link.ONLINE,
        syncing=name == "running",
        last_sync_at=now - timedelta(minutes=1),
        last_attempt_at=now - timedelta(minutes=1),
        pending=0,
        conflicts=2,
        counted_at=now,
    )


def posed_conflicts(now: datetime) -> tuple[ConflictView, ...]:
    starts = now.replace(hour=14, minute=0) + timedelta(days=1)
    ends = starts + timedelta(hours=1, minutes=30)
    return (
        ConflictView(
            UUID(int=0xC01),
            "reservation_overlap",
            now - timedelta(minutes=5),
            "reservations",
            refused=BookingSide(
                UUID(int=0xD01),
                "Laser cutter (Glowforge)",
                starts,
                ends,
                "Zoë Castellanos",
                "Makerspace door",
                "conflicted",
            ),
            standing=BookingSide(
                UUID(int=0xD02),
                "Laser cutter (Glowforge)",
                starts,
                ends,
                "Nguyễn Văn An",
                "North branch desk",
                "booked",
            ),
        ),
        ConflictView(
            UUID(int=0xC02),
            "rejected_change",
            now - timedelta(minutes=3),
            "loans",
            op="insert",
            reason="database error: UniqueViolation",
            reason_code=RefusalCode.DUPLICATE,
            terminal_name="Makerspace door",
        ),
    )


def pose(navigator: Navigator, staff: StaffSummary, now: datetime, name: str) -> Callable[[], None]:
    """A function that shows the tool in state `name` (one of POSES)."""

    def show() -> None:
        flow = navigator.flow("sync")
        assert isinstance(flow, SyncToolFlow)
        flow.now = lambda: now
        flow.staff = staff
        flow.show(flow.screen, None)
        flow.status = posed_status(name, now)
        flow.conflicts = () if name in ("not-joined", "standalone") else posed_conflicts(now)
        if name == "running":
            flow.sync_now_asked()
        flow.render()

    return show


def welcome_with_refused_booking(window: KioskWindow, now: datetime) -> None:
    """The patron's welcome at their next check-in, telling them their booking was not kept."""
    patron = PatronSummary(UUID(int=0xA1), "Zoë Castellanos", is_minor=False)
    window.checkin.show_scan_result(
        ScanResult(ScanOutcome.WELCOME, patron=patron, visit_counted=True, checked_in_at=now)
    )
    starts = now.replace(hour=14, minute=0) + timedelta(days=1)
    text = booking_conflicted_text(
        {"item_name": "Laser cutter (Glowforge)", "starts_at": starts.isoformat()}, None
    )
    window.welcome.show_notices((text,) if text else ())
