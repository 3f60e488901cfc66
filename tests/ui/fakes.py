"""Small stand-ins for the core services: the UI is what is under test, so these return real
result objects on cue and record how they were called."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QListWidget, QWidget

from kiosk.core.booking_views import (
    Availability,
    BoardRow,
    BookingLimits,
    BookingRefused,
    ItemAvailability,
    Refusal,
    RefusalCode,
    ReservationSummary,
    SlotState,
)
from kiosk.core.booking_views import Slot as BookingSlot
from kiosk.core.permissions import StaffAction, allowed
from kiosk.core.results import (
    LockoutNotice,
    PatronMatch,
    PatronSummary,
    PinOutcome,
    PinResult,
    PresenceCounts,
    ScanOutcome,
    ScanResult,
    StaffSummary,
)
from kiosk.core.sync_views import BookingSide, ConflictView
from kiosk.core.training_views import PatronStanding, WaiverText
from kiosk.devices.status import DeviceKind, DeviceStatus, LinkStatus
from kiosk.errors import Conflict, NotFound, PermissionDenied
from kiosk.sync.status import Link, SyncStatus
from kiosk.ui.ports import LendingLike

PATRON = PatronSummary(UUID("0190a0a0-0000-7000-8000-000000000001"), "Zoë Castellanos", False)
STAFF = StaffSummary(UUID("0190a0a0-0000-7000-8000-0000000000aa"), "Dana Whitfield", "staff")
PATRON_CARD = "MK1.patron-card"
STAFF_CARD = "MK1.staff-card"
RIGHT_PIN = "482916"
GATE_TIMEOUT_S = 5.0


class FakeCheckIn:
    """Answers by scanned text; unknown text is an unknown card. `gate`, when set, holds each
    call until the test releases it (with a timeout, so nothing waits forever)."""

    def __init__(self) -> None:
        self.answers: dict[str, ScanResult | Exception] = {
            PATRON_CARD: ScanResult(
                ScanOutcome.WELCOME,
                patron=PATRON,
                visit_counted=True,
            ),
            STAFF_CARD: ScanResult(ScanOutcome.STAFF, staff=STAFF),
        }
        self.calls: list[str] = []
        self.gate: threading.Event | None = None
        self.started = threading.Event()
        self._lock = threading.Lock()

    def handle_scan(self, text: str) -> ScanResult:
        with self._lock:
            self.calls.append(text)
        self.started.set()
        if self.gate is not None and not self.gate.wait(GATE_TIMEOUT_S):
            raise TimeoutError("test gate never opened")
        answer = self.answers.get(text, ScanResult(ScanOutcome.UNKNOWN_CARD))
        if isinstance(answer, Exception):
            raise answer
        return answer


class FakeStaffAuth:
    """Accepts RIGHT_PIN; otherwise answers from `wrong_answers` in turn."""

    def __init__(self) -> None:
        self.calls: list[tuple[UUID, str, str]] = []
        self.wrong_answers: list[PinResult] = []
        self.respond: Callable[[str], PinResult] | None = None

    def verify_pin(self, staff_id: UUID, pin: str, action: str) -> PinResult:
        self.calls.append((staff_id, pin, action))
        if self.respond is not None:
            return self.respond(pin)
        if pin == RIGHT_PIN:
            return PinResult(PinOutcome.OK, staff=STAFF)
        if self.wrong_answers:
            return self.wrong_answers.pop(0)
        return PinResult(PinOutcome.WRONG_PIN, attempts_left=None)


class FakeConsole:
    """The staff console service's contract, with the role check done as the core does it."""

    def __init__(self) -> None:
        self.roles: dict[UUID, str] = {STAFF.staff_id: STAFF.role}
        self.audit: list[tuple[str, UUID, str]] = []
        self.patrons: dict[UUID, str] = {PATRON.patron_id: PATRON.display_name}
        self.cards: dict[str, UUID] = {PATRON_CARD: PATRON.patron_id}
        self.lockouts: tuple[LockoutNotice, ...] = ()

    def authorize(self, staff_id: UUID, action: StaffAction) -> StaffSummary:
        role = self.roles.get(staff_id)
        if role is None:
            raise NotFound("no such staff account")
        granted = allowed(role, action)
        self.audit.append(("granted" if granted else "refused", staff_id, action.value))
        if not granted:
            raise PermissionDenied(f"a {role} account may not {action.value}")
        return StaffSummary(staff_id, "Dana Whitfield", role)

    def record_outcome(self, staff_id: UUID, action: StaffAction, detail: dict[str, object]):
        self.audit.append(("result", staff_id, action.value))

    def recent_lockouts(self, staff_id: UUID) -> tuple[LockoutNotice, ...]:
        self.authorize(staff_id, StaffAction.OPEN_CONSOLE)
        return self.lockouts

    def presence(self, staff_id: UUID) -> PresenceCounts:
        self.authorize(staff_id, StaffAction.OPEN_CONSOLE)
        return PresenceCounts(3, 2, 240)

    def find_patrons(self, staff_id: UUID, text: str) -> tuple[PatronMatch, ...]:
        self.authorize(staff_id, StaffAction.SET_UP_CARD)
        return tuple(
            PatronMatch(pid, name, None, 1)
            for pid, name in self.patrons.items()
            if name.casefold().startswith(text.casefold())
        )

    def link_card(self, staff_id: UUID, scan_text: str, patron_id: UUID) -> PatronSummary:
        self.authorize(staff_id, StaffAction.SET_UP_CARD)
        if scan_text in self.cards:
            raise Conflict("this card is already set up for another patron")
        self.cards[scan_text] = patron_id
        return PatronSummary(patron_id, self.patrons[patron_id], False)

    def register_patron(
        self, staff_id: UUID, scan_text: str, display_name: str, birth_year: int | None
    ) -> PatronSummary:
        self.authorize(staff_id, StaffAction.REGISTER_PATRON)
        if scan_text in self.cards:
            raise Conflict("this card is already set up for another patron")
        patron_id = UUID(int=len(self.patrons) + 100)
        self.patrons[patron_id] = display_name
        self.cards[scan_text] = patron_id
        return PatronSummary(patron_id, display_name, False)


WAIVER_TEXT = "Wear goggles at the laser cutter.\n\nNever leave a running machine."


class FakeWaivers:
    """The current waiver, not yet accepted; accepting it records who did."""

    def __init__(self) -> None:
        self.accepted: list[tuple[UUID, str]] = []

    def current(self, patron_id: UUID, language: str) -> WaiverText | None:
        return WaiverText("2026-03", "en", WAIVER_TEXT, accepted=False)

    def accept(self, patron_id: UUID, version: str) -> PatronStanding:
        self.accepted.append((patron_id, version))
        return PatronStanding(patron_id, False, False, frozenset(), None)


class FakeSyncControl:
    """The sync worker's status and "sync now", set by the test; not configured by default."""

    def __init__(self) -> None:
        self.current = SyncStatus(Link.NOT_CONFIGURED)
        self.rounds_asked = 0

    def status(self) -> SyncStatus:
        return self.current

    def sync_now(self) -> None:
        self.rounds_asked += 1


CONFLICT_AT = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


def overlap_conflict(number: int = 1) -> ConflictView:
    """A booking made here offline that central refused, and the one made at the north desk."""
    starts = datetime(2026, 1, 6, 14, 0, tzinfo=UTC)
    ends = starts + timedelta(hours=1)
    return ConflictView(
        UUID(int=0xC00 + number),
        "reservation_overlap",
        CONFLICT_AT,
        "reservations",
        refused=BookingSide(
            UUID(int=0xD00 + number),
            "Laser cutter",
            starts,
            ends,
            PATRON.display_name,
            "Makerspace door",
            "conflicted",
        ),
        standing=BookingSide(
            UUID(int=0xE00 + number),
            "Laser cutter",
            starts,
            ends,
            "Amara Okafor",
            "North desk",
            "booked",
        ),
    )


class FakeSyncReview:
    """The conflicts list with the role check done as the core does it."""

    def __init__(self, console: FakeConsole) -> None:
        self.console = console
        self.listed: list[ConflictView] = []
        self.resolved: list[tuple[UUID, UUID]] = []
        self.reads = 0

    def conflicts(self, staff_id: UUID) -> tuple[ConflictView, ...]:
        self.console.authorize(staff_id, StaffAction.SYNC)
        self.reads += 1
        return tuple(self.listed)

    def resolve(self, staff_id: UUID, conflict_id: UUID) -> None:
        self.console.authorize(staff_id, StaffAction.SYNC)
        if all(c.conflict_id != conflict_id for c in self.listed):
            raise NotFound("this conflict is no longer listed")
        self.listed = [c for c in self.listed if c.conflict_id != conflict_id]
        self.resolved.append((staff_id, conflict_id))


class FakeServices:
    """The service source the window reads: `current()` hands out the fakes, or raises while
    `down` (a database that is not open)."""

    def __init__(
        self, checkin: FakeCheckIn, staff_auth: FakeStaffAuth, console: FakeConsole
    ) -> None:
        self.checkin = checkin
        self.staff_auth = staff_auth
        self.console = console
        self.waivers = FakeWaivers()
        self.booking: FakeBooking | None = None  # set by tests of the equipment screens
        # Set by the kit tests: the real lending service on a SQLite file.
        self.lending: LendingLike | None = None
        self.down = False
        self.startup_warnings: tuple[str, ...] = ()
        self.sync = FakeSyncControl()
        self.sync_review = FakeSyncReview(console)

    def current(self) -> FakeServices:
        if self.down:
            raise RuntimeError("the database could not be opened")
        return self

    def warnings(self) -> tuple[str, ...]:
        return self.startup_warnings

    def database_status(self) -> DeviceStatus:
        status = LinkStatus.RECONNECTING if self.down else LinkStatus.CONNECTED
        return DeviceStatus("database", DeviceKind.DATABASE, status, "test database")

    def sync_status(self) -> SyncStatus:
        return self.sync.status()

    def sync_now(self) -> None:
        self.sync.sync_now()


class DeliveryProbe(QObject):
    """Connected after the window to the worker's signals (queued): Qt delivers queued calls in
    order, so once the probe has seen a result, the window has handled it too."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[int] = []

    @Slot(int, object)
    def record(self, job_id: int, _payload: object) -> None:
        self.seen.append(job_id)


def all_texts(root: QWidget) -> list[str]:
    """Every piece of text any widget under `root` holds, shown or not."""
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        texts += [widget.toolTip(), widget.accessibleName(), widget.statusTip()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QListWidget):
            texts += [widget.item(row).text() for row in range(widget.count())]
    return texts


class FakeBooking:
    """The booking service's contract over a few machines with 30-minute slots from 9:00 to
    18:00 UTC, today and six more days; `refuse_with` makes the next book() refuse."""

    SLOT = 30

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.items = [
            (UUID(int=0x101), "Prusa MK4", "3d_printer", "printer", "free", None),
            (UUID(int=0x102), "Laser cutter", "laser_cutter", "laser", "free", "Laser safety"),
            (UUID(int=0x103), "Sewing machine", "sewing_machine", "sewing", "out_of_order", None),
        ]
        self.reservations: list[ReservationSummary] = []
        self.refuse_with: tuple[Refusal, ...] = ()
        self.calls: list[str] = []
        self.board_rows: tuple[BoardRow, ...] = ()

    def _day_start(self, day: date) -> datetime:
        return datetime.combine(day, time(9, 0), tzinfo=UTC)

    def _taken(self, item_id: UUID, start: datetime, end: datetime) -> ReservationSummary | None:
        for r in self.reservations:
            live = r.status in ("booked", "active")
            if r.item_id == item_id and live and r.starts_at < end and start < r.ends_at:
                return r
        return None

    def availability(self, patron_id: UUID | None, first_day: date, days: int) -> Availability:
        self.calls.append("availability")
        items = []
        for item_id, name, kind, icon, state, training in self.items:
            by_day = []
            for offset in range(days):
                slots = []
                start = self._day_start(first_day + timedelta(days=offset))
                for index in range(18):
                    s = start + timedelta(minutes=self.SLOT * index)
                    e = s + timedelta(minutes=self.SLOT)
                    taken = self._taken(item_id, s, e)
                    if e <= self.now:
                        st = SlotState.PAST
                    elif taken is not None:
                        st = SlotState.YOURS if patron_id == PATRON.patron_id else SlotState.BOOKED
                    else:
                        st = SlotState.FREE
                    slots.append(BookingSlot(s, e, st))
                by_day.append(tuple(slots))
            items.append(
                ItemAvailability(
                    item_id, name, kind, icon, state, training, self.SLOT, tuple(by_day)
                )
            )
        dates = tuple(first_day + timedelta(days=o) for o in range(days))
        return Availability(dates, "UTC", tuple(items))

    def limits(self, item_id: UUID) -> BookingLimits:
        return BookingLimits(slot_minutes=30, min_minutes=30, max_minutes=120, step_minutes=30)

    def _reserve(self, item_id: UUID, starts_at: datetime, minutes: int) -> ReservationSummary:
        if self.refuse_with:
            refusals, self.refuse_with = self.refuse_with, ()
            raise BookingRefused(refusals)
        end = starts_at + timedelta(minutes=minutes)
        if self._taken(item_id, starts_at, end) is not None:
            raise BookingRefused((Refusal(RefusalCode.OVERLAP, {}),))
        name = next(i[1] for i in self.items if i[0] == item_id)
        reservation = ReservationSummary(
            UUID(int=0x900 + len(self.reservations)), item_id, name, starts_at, end, "booked"
        )
        self.reservations.append(reservation)
        return reservation

    def book(
        self, patron_id: UUID, item_id: UUID, starts_at: datetime, minutes: int
    ) -> ReservationSummary:
        self.calls.append(f"book {minutes}")
        return self._reserve(item_id, starts_at, minutes)

    def walk_in(self, patron_id: UUID, item_id: UUID, minutes: int) -> ReservationSummary:
        self.calls.append(f"walk_in {minutes}")
        return self._reserve(item_id, self.now, minutes)

    def cancel(self, patron_id: UUID, reservation_id: UUID) -> None:
        self.calls.append("cancel")
        self.reservations = [
            replace(r, status="cancelled") if r.reservation_id == reservation_id else r
            for r in self.reservations
        ]

    def my_reservations(self, patron_id: UUID) -> tuple[ReservationSummary, ...]:
        self.calls.append("my_reservations")
        return tuple(r for r in self.reservations if r.ends_at > self.now)

    def board(self) -> tuple[BoardRow, ...]:
        self.calls.append("board")
        return self.board_rows

    def closed_day_bookings(self, patron_id: UUID | None = None) -> tuple[object, ...]:
        return ()

    def release_no_shows(self) -> int:
        self.calls.append("release_no_shows")
        return 0
