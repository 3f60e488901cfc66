"""Small stand-ins for the core services: the UI is what is under test, so these return real
result objects on cue and record how they were called."""

from __future__ import annotations

import threading
from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QListWidget, QWidget

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
from kiosk.devices.status import DeviceKind, DeviceStatus, LinkStatus
from kiosk.errors import Conflict, NotFound, PermissionDenied

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


class FakeServices:
    """The service source the window reads: `current()` hands out the fakes, or raises while
    `down` (a database that is not open)."""

    def __init__(
        self, checkin: FakeCheckIn, staff_auth: FakeStaffAuth, console: FakeConsole
    ) -> None:
        self.checkin = checkin
        self.staff_auth = staff_auth
        self.console = console
        self.down = False
        self.startup_warnings: tuple[str, ...] = ()

    def current(self) -> FakeServices:
        if self.down:
            raise RuntimeError("the database could not be opened")
        return self

    def warnings(self) -> tuple[str, ...]:
        return self.startup_warnings

    def database_status(self) -> DeviceStatus:
        status = LinkStatus.RECONNECTING if self.down else LinkStatus.CONNECTED
        return DeviceStatus("database", DeviceKind.DATABASE, status, "test database")


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
