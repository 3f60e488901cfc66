"""Every state of every flow, posed on a kiosk window, for the tests that check each screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from kiosk.core.results import (
    PinOutcome,
    PinResult,
    PresenceCounts,
    ScanOutcome,
    ScanResult,
    StaffSummary,
)
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.card_setup import Match, SetupStep
from tests.ui.fakes import PATRON, STAFF

WELCOME = ScanResult(
    ScanOutcome.WELCOME,
    patron=PATRON,
    visit_counted=False,
    checked_in_at=datetime(2026, 1, 5, 15, 4, tzinfo=UTC),
)
ADMIN = StaffSummary(STAFF.staff_id, STAFF.display_name, "admin")


def _console(window: KioskWindow) -> None:
    window.navigator.start("staff_console", staff=ADMIN)
    window.console._presence_loaded(PresenceCounts(120, 45, 240))


def _setup(window: KioskWindow, step: SetupStep, **values: object) -> None:
    _console(window)
    window.console.open_setup()
    window.console._render_setup(step=step, card_time="15:04", **values)


def _staff_pin(window: KioskWindow, result: PinResult | None = None) -> None:
    window.checkin.show_scan_result(ScanResult(ScanOutcome.STAFF, staff=STAFF))
    if result is not None:
        window.checkin.show_pin_result(result)


POSES: dict[str, Callable[[KioskWindow], object]] = {
    "attract": lambda w: w.reset_to_attract(),
    "checking": lambda w: w.checkin.show(w.checkin.checking, None),
    "welcome": lambda w: w.checkin.show_scan_result(WELCOME),
    "welcome-countdown": lambda w: (w.checkin.show_scan_result(WELCOME), w._show_countdown(9)),
    "unknown": lambda w: w.checkin.show_scan_result(ScanResult(ScanOutcome.UNKNOWN_CARD)),
    "library-barcode": lambda w: w.checkin.show_scan_result(
        ScanResult(ScanOutcome.LIBRARY_BARCODE)
    ),
    "unavailable": lambda w: w.checkin.show_scan_result(ScanResult(ScanOutcome.UNAVAILABLE)),
    "message-countdown": lambda w: (
        w.checkin.show_scan_result(ScanResult(ScanOutcome.REVOKED_CARD)),
        w._show_countdown(5),
    ),
    "pin": _staff_pin,
    "pin-wrong": lambda w: _staff_pin(w, PinResult(PinOutcome.WRONG_PIN, attempts_left=2)),
    "pin-locked": lambda w: _staff_pin(
        w, PinResult(PinOutcome.LOCKED, locked_until=datetime(2099, 1, 5, 15, 45, tzinfo=UTC))
    ),
    "console": _console,
    "setup-card": lambda w: _setup(w, SetupStep.CARD),
    "setup-who": lambda w: _setup(w, SetupStep.WHO),
    "setup-who-found": lambda w: _setup(
        w,
        SetupStep.WHO,
        matches=(Match("00000000-0000-0000-0000-000000000005", "Zoë Müller (2012)"),),
        searched=True,
    ),
    "setup-new": lambda w: _setup(w, SetupStep.NEW),
    "setup-done": lambda w: _setup(w, SetupStep.DONE, done_name="Zoë Müller"),
    "demo-picker": lambda w: w.navigator.start("demo"),
    "language-picker": lambda w: w.navigator.start("language"),
    "accessibility": lambda w: w.navigator.start("accessibility"),
}
