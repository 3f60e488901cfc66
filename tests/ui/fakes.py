"""Small stand-ins for the core services: the UI is what is under test, so these return real
result objects on cue and record how they were called."""

from __future__ import annotations

import threading
from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QListWidget, QWidget

from kiosk.core.checkin import PatronSummary, ScanOutcome, ScanResult
from kiosk.core.staff import PinOutcome, PinResult, StaffSummary

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
                todays_reservations=("Laser cutter · 16:00–17:00",),
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
