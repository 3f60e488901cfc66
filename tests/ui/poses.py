"""Every state of every flow, posed on a kiosk window, for the tests that check each screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from uuid import UUID

from kiosk.core.booking_views import (
    BoardRow,
    BookingRefused,
    Refusal,
    RefusalCode,
    ReservationSummary,
)
from kiosk.core.results import (
    PatronMatch,
    PinOutcome,
    PinResult,
    PresenceCounts,
    ScanOutcome,
    ScanResult,
    StaffSummary,
)
from kiosk.core.training_views import (
    CertificationState,
    PatronTraining,
    PatronTrainings,
    TrainingInfo,
    WaiverText,
)
from kiosk.ui.flows.equipment import EquipmentFlow
from kiosk.ui.kit_poses import kit_poses
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.card_setup import Match, SetupStep
from tests.ui.fakes import PATRON, STAFF, WAIVER_TEXT, FakeBooking, FakeServices

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


def _trainings(window: KioskWindow, step: str) -> None:
    from kiosk.ui.flows.trainings import TrainingsFlow

    flow = window.navigator.flow("trainings")
    assert isinstance(flow, TrainingsFlow)
    window.navigator.start("trainings", staff=STAFF)
    if step == "find":
        flow._found((PatronMatch(PATRON.patron_id, PATRON.display_name, 2011, 1),))
        return
    at = datetime(2026, 1, 5, 15, 4, tzinfo=UTC)
    laser = TrainingInfo(UUID(int=11), "laser", "Laser cutter", 12)
    flow._show_patron(
        PatronTrainings(
            PATRON.patron_id,
            PATRON.display_name,
            is_minor=True,
            guardian_consent=False,
            consent_recorded_at=None,
            trainings=(
                PatronTraining(
                    TrainingInfo(UUID(int=12), "fdm", "3D printer", None),
                    CertificationState.VALID,
                    certified_at=at,
                ),
                PatronTraining(laser, CertificationState.EXPIRED, certified_at=at, expires_at=at),
                PatronTraining(
                    TrainingInfo(UUID(int=13), "sewing", "Sewing machine", 24),
                    CertificationState.NONE,
                ),
            ),
        ),
        "Certified on 3D printer.",
    )
    if step == "confirm":
        flow.choose("laser")


def _waiver(window: KioskWindow) -> None:
    from kiosk.ui.flows.waiver import WaiverFlow

    flow = window.navigator.flow("waiver")
    assert isinstance(flow, WaiverFlow)
    window.navigator.start("waiver", patron=PATRON, then="staff_console")
    flow._loaded(WaiverText("2026-03", "en", WAIVER_TEXT, accepted=False), "")


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
    "trainings-find": lambda w: _trainings(w, "find"),
    "trainings-patron": lambda w: _trainings(w, "patron"),
    "trainings-confirm": lambda w: _trainings(w, "confirm"),
    "waiver": _waiver,
}


# -- equipment: posed from a fake booking service's data, without calls to it -----------------

EQUIPMENT_NOW = datetime(2026, 1, 5, 10, 40, tzinfo=UTC)


def _equipment(window: KioskWindow) -> EquipmentFlow:
    flow = window.navigator.flow("equipment")
    assert isinstance(flow, EquipmentFlow)
    flow.now = lambda: EQUIPMENT_NOW
    return flow


def _equipment_list(window: KioskWindow) -> EquipmentFlow:
    flow = _equipment(window)
    booking = FakeBooking(EQUIPMENT_NOW)
    flow.patron = PATRON
    flow.show(flow.list_screen, None)
    flow._loaded(booking.availability(PATRON.patron_id, EQUIPMENT_NOW.date(), 7), None)
    return flow


def _machine(window: KioskWindow, week: bool = False) -> EquipmentFlow:
    flow = _equipment_list(window)
    flow.open_machine(flow.machines[0].item_id, week=week)
    return flow


def _length(window: KioskWindow) -> EquipmentFlow:
    flow = _machine(window)
    view = flow.machine_screen.view
    assert view is not None
    limits = FakeBooking(EQUIPMENT_NOW).limits(view.machine.item_id)
    flow._ask_length(view, EQUIPMENT_NOW.replace(hour=14, minute=0), limits)
    return flow


def _refused(window: KioskWindow) -> None:
    flow = _length(window)
    view = flow.length_screen.view
    assert view is not None
    refusals = (
        Refusal(RefusalCode.NEEDS_TRAINING, {"training": "laser-safety"}),
        Refusal(RefusalCode.DAY_LIMIT, {"minutes": 90, "used": 60, "limit": 120}),
        Refusal(RefusalCode.NEEDS_WAIVER, {"version": 2}),
    )
    flow._booking_refused(BookingRefused(refusals), view)


def _reservations(window: KioskWindow) -> None:
    flow = _equipment(window)
    flow.patron = PATRON
    flow.show(flow.reservations_screen, None)
    flow._reservations_loaded(_MINE, "")


def _welcome_closed_day(window: KioskWindow) -> None:
    from kiosk.core.equipment_admin_views import ClosedDayBooking

    window.checkin.show_scan_result(WELCOME)
    flow = _equipment(window)
    flow._today_loaded(PATRON, _MINE)
    booked = _MINE[0]
    closed = ClosedDayBooking(
        booked.reservation_id,
        PATRON.display_name,
        booked.item_name,
        booked.starts_at + timedelta(days=3),
        booked.ends_at + timedelta(days=3),
        "Staff training day",
    )
    flow._closed_loaded(PATRON, (closed,))


def _cancel_refused(window: KioskWindow) -> None:
    flow = _equipment(window)
    flow.patron = PATRON
    flow.show(flow.reservations_screen, None)
    refused = (Refusal(RefusalCode.NOT_CANCELLABLE, {"status": "active"}),)
    flow._reservations_loaded(_MINE, "", refused)


def _welcome_today(window: KioskWindow) -> None:
    window.checkin.show_scan_result(WELCOME)
    _equipment(window)._today_loaded(PATRON, _MINE)


def _board(window: KioskWindow) -> None:
    window.reset_to_attract()
    flow = _equipment(window)
    flow._board_loaded(
        tuple(
            BoardRow(UUID(int=0x100 + n), name, icon, state, until)
            for n, (name, icon, state, until) in enumerate(
                (
                    ("Prusa MK4", "printer", "free", None),
                    ("Laser cutter", "laser", "in_use", EQUIPMENT_NOW.replace(hour=15, minute=30)),
                    ("Sewing machine", "sewing", "out_of_order", None),
                    ("Bambu X1", "printer", "needs_check", None),
                )
            )
        )
    )


_MINE = (
    ReservationSummary(
        UUID(int=0x901),
        UUID(int=0x101),
        "Prusa MK4",
        EQUIPMENT_NOW.replace(hour=16, minute=0),
        EQUIPMENT_NOW.replace(hour=17, minute=0),
        "booked",
    ),
)

POSES.update(
    {
        "machine-board": _board,
        "welcome-today": _welcome_today,
        "welcome-closed-day": _welcome_closed_day,
        "equipment": _equipment_list,
        "equipment-day": _machine,
        "equipment-week": lambda w: _machine(w, week=True),
        "equipment-length": _length,
        "equipment-refused": _refused,
        "equipment-reservations": _reservations,
        "equipment-cancel-refused": _cancel_refused,
    }
)


def _equipment_admin_poses() -> dict[str, Callable[[KioskWindow], object]]:
    from kiosk.ui import posed_equipment_admin

    return {
        f"equipment-admin-{section}": lambda w, section=section: posed_equipment_admin.pose(
            w.navigator, ADMIN, EQUIPMENT_NOW, section
        )()
        for section in posed_equipment_admin.POSES
    }


POSES.update(_equipment_admin_poses())


# -- projects: the submit steps and the welcome's news, from kiosk.ui.project_poses -------------


def _project_pose(name: str) -> Callable[[KioskWindow], object]:
    def pose(window: KioskWindow) -> None:
        from kiosk.ui.project_poses import (
            reviews_poses,
            showcase_pose,
            submit_poses,
            welcome_notices_pose,
        )

        poses = dict(
            [
                *submit_poses(window),
                welcome_notices_pose(window),
                *reviews_poses(window, ADMIN),
                showcase_pose(window),
            ]
        )
        poses[name]()

    return pose


POSES.update(
    {
        name: _project_pose(name)
        for name in (
            "submit-about",
            "submit-tags",
            "submit-people",
            "submit-sharing",
            "submit-licence",
            "submit-files",
            "submit-check",
            "submit-done",
            "welcome-notices",
            "reviews-waiting",
            "reviews-all",
            "reviews-empty",
            "attract-showcase",
        )
    }
)

POSES.update(dict(kit_poses(PATRON, ADMIN, EQUIPMENT_NOW)))


def _board_and_showcase(window: KioskWindow) -> None:
    from kiosk.ui.project_poses import showcase_pose

    _board(window)
    showcase_pose(window)[1]()


POSES["attract-board-showcase"] = _board_and_showcase


def _sync_poses() -> dict[str, Callable[[KioskWindow], object]]:
    from kiosk.ui import posed_sync

    return {
        f"sync-{state}": lambda w, state=state: posed_sync.pose(
            w.navigator, STAFF, EQUIPMENT_NOW, state
        )()
        for state in posed_sync.POSES
    }


def _console_with_sync(window: KioskWindow) -> None:
    from kiosk.ui import posed_sync

    services = window.console.context.services
    assert isinstance(services, FakeServices)
    services.sync.current = posed_sync.posed_status("offline", EQUIPMENT_NOW)
    _console(window)


POSES.update(_sync_poses())
POSES["console-sync-offline"] = _console_with_sync


def _welcome_refused_booking(window: KioskWindow) -> None:
    from kiosk.ui import posed_sync

    posed_sync.welcome_with_refused_booking(window, EQUIPMENT_NOW)


POSES["welcome-booking-not-kept"] = _welcome_refused_booking
