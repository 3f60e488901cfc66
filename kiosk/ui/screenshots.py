"""Render every kiosk screen with sample data to PNG files, for review.

    python -m kiosk.ui.screenshots OUTDIR [--size 1280x800 ...] [--locale es]
        [--large-text] [--high-contrast]

Runs offscreen; needs no database, scanner or display.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast
from uuid import UUID

from PySide6.QtCore import QCoreApplication

from kiosk.core import print_views
from kiosk.core.booking_views import (
    Availability,
    BoardRow,
    BookingLimits,
    BookingRefused,
    ItemAvailability,
    Refusal,
    RefusalCode,
    ReservationSummary,
    Slot,
    SlotState,
)
from kiosk.core.print_views import (
    FailureCode,
    HeaterReading,
    JobStatus,
    PrinterLive,
    PrinterQueue,
    PrintJobView,
    PrintRefused,
)
from kiosk.core.results import (
    LockoutNotice,
    PatronSummary,
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
from kiosk.devices.status import DeviceKind, DeviceStatus, LinkStatus, LockReport
from kiosk.sync.status import SyncStatus
from kiosk.ui.flows.print_queue import PrintQueueFlow
from kiosk.ui.kit_poses import kit_poses
from kiosk.ui.ports import DeviceHubLike, PrintDeskLike, ServiceSource
from kiosk.ui.screens.card_setup import Match, SetupStep

if TYPE_CHECKING:
    from PIL import Image

    from kiosk.core.project_files.mesh import Triangles
    from kiosk.ui.main_window import KioskWindow

DEFAULT_SIZES = ((1280, 800), (1024, 600))

# The equipment screens' sample day: 10:40 on a weekday, slots of 30 minutes 9:00-18:00.
_PRINTER, _LASER, _VINYL, _SEWING = (
    UUID(int=0x101),
    UUID(int=0x102),
    UUID(int=0x103),
    UUID(int=0x104),
)


class _PosedBooking:
    """Sample answers for the equipment screens and the start screen's board."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        today = now.replace(hour=9, minute=0, second=0, microsecond=0)
        self.mine = (
            ReservationSummary(
                UUID(int=0x901),
                _PRINTER,
                "Prusa MK4",
                today.replace(hour=10, minute=30),
                today.replace(hour=11, minute=30),
                "booked",
            ),
            ReservationSummary(
                UUID(int=0x902),
                _LASER,
                "Laser cutter",
                today + timedelta(days=2, hours=5),
                today + timedelta(days=2, hours=6),
                "booked",
            ),
        )

    def availability(self, patron_id: UUID | None, first_day: object, days: int) -> Availability:
        start = self.now.replace(hour=9, minute=0, second=0, microsecond=0)
        items = []
        for item_id, name, kind, icon, state, training in (
            (_PRINTER, "Prusa MK4", "3d_printer", "printer", "free", None),
            (_LASER, "Laser cutter", "laser_cutter", "laser", "free", "laser-safety"),
            (_VINYL, "Cricut vinyl cutter", "vinyl_cutter", "vinyl", "in_use", None),
            (_SEWING, "Sewing machine", "sewing_machine", "sewing", "out_of_order", None),
        ):
            by_day: list[tuple[Slot, ...]] = []
            for day in range(days):
                slots = []
                for index in range(18):
                    begins = start + timedelta(days=day, minutes=30 * index)
                    ends = begins + timedelta(minutes=30)
                    if day == 5:
                        state_of = SlotState.CLOSED  # a holiday on the sixth day
                    elif ends <= self.now:
                        state_of = SlotState.PAST
                    elif any(
                        r.item_id == item_id and r.starts_at <= begins < r.ends_at
                        for r in self.mine
                    ):
                        state_of = SlotState.YOURS
                    elif (index * 7 + day * 3 + item_id.int) % 5 == 0 or (
                        item_id == _VINYL and day == 0 and index < 12
                    ):
                        state_of = SlotState.BOOKED
                    else:
                        state_of = SlotState.FREE
                    slots.append(Slot(begins, ends, state_of))
                by_day.append(tuple(slots))
            items.append(
                ItemAvailability(item_id, name, kind, icon, state, training, 30, tuple(by_day))
            )
        first = self.now.date()
        return Availability(
            tuple(first + timedelta(days=d) for d in range(days)), "UTC", tuple(items)
        )

    def limits(self, item_id: UUID) -> BookingLimits:
        return BookingLimits(30, 30, 180, 30)

    def my_reservations(self, patron_id: UUID) -> tuple[ReservationSummary, ...]:
        # None for the plain welcome; the poses with reservations show `mine` themselves.
        return ()

    def release_no_shows(self) -> int:
        return 0

    def closed_day_bookings(self, patron_id: UUID | None = None) -> tuple[()]:
        return ()

    def board(self) -> tuple[BoardRow, ...]:
        return (
            BoardRow(_PRINTER, "Prusa MK4", "printer", "free", None),
            BoardRow(
                _LASER, "Laser cutter", "laser", "reserved", self.now.replace(hour=12, minute=0)
            ),
            BoardRow(
                _VINYL,
                "Cricut vinyl cutter",
                "vinyl",
                "in_use",
                self.now.replace(hour=15, minute=30),
            ),
            BoardRow(_SEWING, "Sewing machine", "sewing", "out_of_order", None),
            BoardRow(UUID(int=0x105), "Bambu X1", "printer", "needs_check", None),
        )


class _PosedServices:
    """Screens are posed directly; the few calls a flow makes get fixed sample answers."""

    def __init__(self, now: datetime | None = None) -> None:
        self.checkin = self
        self.staff_auth = self
        self.console = self
        self.waivers = _PosedWaivers()
        self.booking = _PosedBooking(now or datetime.now(UTC))
        # What the console's sync line shows; posed as a kiosk that lost its link.
        from kiosk.ui.posed_sync import posed_status

        self.sync_state: SyncStatus = posed_status("offline", now or datetime.now(UTC))

    def current(self) -> _PosedServices:
        return self

    def warnings(self) -> tuple[str, ...]:
        return ()

    def database_status(self) -> DeviceStatus:
        return DeviceStatus(
            "database", DeviceKind.DATABASE, LinkStatus.CONNECTED, "sqlite:///kiosk.db"
        )

    def sync_status(self) -> SyncStatus:
        return self.sync_state

    def sync_now(self) -> None:
        pass  # posed: no worker behind it

    def handle_scan(self, text: str) -> ScanResult:
        return ScanResult(ScanOutcome.UNAVAILABLE)

    def verify_pin(self, staff_id: UUID, pin: str, action: str) -> PinResult:
        return PinResult(PinOutcome.UNAVAILABLE)

    def presence(self, staff_id: UUID) -> PresenceCounts:
        return PresenceCounts(37, 12, 240)

    def recent_lockouts(self, staff_id: UUID) -> tuple[LockoutNotice, ...]:
        return ()


_WAIVER_TEXT = (
    "1. Machines are used only after training. Staff certify you on each machine before you "
    "book it.\n\n"
    "2. Wear the safety gear staff give you: goggles at the laser cutter and the drill press, "
    "hair tied back near anything that turns.\n\n"
    "3. Never leave a running machine. If something smells, smokes or sounds wrong, press stop "
    "and tell a staff member.\n\n"
    "4. Clean up after yourself and put tools back where you found them.\n\n"
    "5. The library may end a session that is not safe. Repeated unsafe use can lose you your "
    "booking rights.\n\n"
    "6. Projects you make are yours. The library may photograph them for its showcase only "
    "with your permission."
)


class _PosedWaivers:
    def current(self, patron_id: UUID, language: str) -> WaiverText | None:
        return WaiverText("2026-03", "en", _WAIVER_TEXT, accepted=False)


class _PosedPrintDesk:
    """Two printers: one printing with a queue behind it, one stopped after a failed job."""

    def __init__(self, now: datetime) -> None:
        def job(
            n: int, printer: str, name: str, status: JobStatus, **values: object
        ) -> PrintJobView:
            return PrintJobView(
                UUID(int=100 + n),
                printer,
                name,
                "0" * 64,
                status,
                n,
                now,
                **values,  # type: ignore[arg-type]
            )

        self.queues_posed = (
            PrinterQueue(
                "Prusa MK4",
                job(1, "Prusa MK4", "dragon-keychain.gcode", JobStatus.PRINTING, progress=0.42),
                (
                    job(
                        2,
                        "Prusa MK4",
                        "robot-arm-gripper.gcode",
                        JobStatus.QUEUED,
                        estimated_seconds=5400,
                    ),
                    job(
                        3,
                        "Prusa MK4",
                        "phone-stand.gcode",
                        JobStatus.QUEUED,
                        estimated_seconds=2700,
                    ),
                ),
                (
                    job(
                        4,
                        "Prusa MK4",
                        "whistle.gcode",
                        JobStatus.CANCELLED,
                        failure_code=FailureCode.CANCELLED,
                    ),
                ),
            ),
            PrinterQueue(
                "Ender 3",
                None,
                (),
                (
                    job(
                        5,
                        "Ender 3",
                        "chess-knight.gcode",
                        JobStatus.FAILED,
                        failure_code=FailureCode.PRINTER_RESET,
                        failure_detail="the printer restarted; the job is not sent again",
                    ),
                ),
            ),
        )
        self.live_posed = (
            PrinterLive(
                "Prusa MK4",
                "printing",
                heaters=(HeaterReading("tool0", 214.6, 215.0), HeaterReading("bed", 60.1, 60.0)),
                job_id=UUID(int=101),
                fraction=0.42,
                remaining_s=3120.0,
            ),
            PrinterLive(
                "Ender 3",
                "halted",
                "the printer restarted; reset it",
                heaters=(HeaterReading("tool0", 38.0, 0.0), HeaterReading("bed", 31.0, 0.0)),
                can_reset=True,
            ),
        )

    def add_listener(self, listener: Callable[[object], None]) -> None:
        pass

    def live(self) -> tuple[PrinterLive, ...]:
        return self.live_posed

    def queues(self, staff_id: UUID) -> tuple[PrinterQueue, ...]:
        return self.queues_posed

    def snapshot(self) -> tuple[PrinterQueue, ...]:
        return self.queues_posed


class _PosedDevices:
    """A relay controller that is up, a printer coming back, a scanner not plugged in."""

    def __init__(self) -> None:
        self._states = (
            DeviceStatus(
                "Workshop relays",
                DeviceKind.RELAY,
                LinkStatus.CONNECTED,
                "relay controller A1B2 fw 1.1.0, 4 channels, 2 inputs",
            ),
            DeviceStatus("Prusa MK3S", DeviceKind.PRINTER, LinkStatus.RECONNECTING, "port closed"),
            DeviceStatus(
                "Card scanner",
                DeviceKind.SCANNER,
                LinkStatus.MISSING,
                "nothing is connected at /dev/ttyACM1",
            ),
        )

    def add_listener(self, listener: object) -> None:
        pass

    def devices(self) -> tuple[object, ...]:
        return tuple(_PosedDevice(state) for state in self._states)

    def relay_names(self) -> tuple[str, ...]:
        return ("Workshop relays",)

    def lock_all(self, name: str) -> LockReport:
        return LockReport(name, True, "4 channels locked")

    def stop_all(self) -> None:
        pass


class _PosedDevice:
    def __init__(self, state: DeviceStatus) -> None:
        self.name = state.name
        self._state = state
        self.needs_start = False

    def start(self) -> None:
        pass

    def status(self) -> DeviceStatus:
        return self._state


def _parse_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        return int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, not {text!r}") from None


def _settle(app: QCoreApplication) -> None:
    # A text change can queue a layout request that queues another: let them all run.
    for _ in range(5):
        app.sendPostedEvents()
        app.processEvents()


def render_all(
    out_dir: Path,
    sizes: Sequence[tuple[int, int]] = DEFAULT_SIZES,
    locale: str = "en",
    *,
    large_text: bool = False,
    high_contrast: bool = False,
    check: Callable[[str, KioskWindow], None] | None = None,
) -> list[Path]:
    """Every pose at every size into `out_dir`; `check(name, window)`, when given, looks at
    each posed window before it is saved (the layout tests use it on every pose here)."""
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.device_bridge import DeviceBridge
    from kiosk.ui.lanes import Lanes
    from kiosk.ui.main_window import KioskWindow
    from kiosk.ui.scan_input import ScanInput
    from kiosk.ui.settings import UiSettings
    from kiosk.ui.translation import install_translator

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    # Closing the last window with no event loop running would leave a quit queued that ends
    # the next loop anyone starts in this process.
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    install_translator(app, locale)
    out_dir.mkdir(parents=True, exist_ok=True)
    settings = UiSettings(
        library_name="Riverside Public Library",
        branch_name="Eastgate Makerspace",
        fullscreen=False,
        large_text=large_text,
        high_contrast=high_contrast,
        locale=locale,
        demo_cards=(
            ("Amara Okafor (adult)", "demo-payload-1"),
            ("Zoë Müller (minor)", "demo-payload-2"),
            ("Nguyễn Văn An (adult)", "demo-payload-3"),
            ("Staff: Dana Whitfield", "demo-payload-4"),
        ),
    )
    lanes = Lanes()
    # Posed stand-ins answer only what posing the screens asks of them.
    bridge = DeviceBridge(cast(DeviceHubLike, _PosedDevices()), lanes)
    posed_now = datetime.now(UTC).replace(hour=10, minute=40, second=0, microsecond=0)
    posed = _PosedServices(posed_now)
    services = cast(ServiceSource, posed)
    desk = _PosedPrintDesk(datetime.now(UTC))
    window = KioskWindow(
        settings,
        services,
        ScanInput(),
        lanes=lanes,
        devices=bridge,
        print_desk=cast(PrintDeskLike, desk),
    )
    print_queue = window.navigator.flow("print_queue")
    assert isinstance(print_queue, PrintQueueFlow)
    checkin = window.checkin
    console = window.console
    now = datetime.now(UTC)
    welcome = ScanResult(
        ScanOutcome.WELCOME,
        patron=PatronSummary(UUID(int=1), "Amara Okafor", is_minor=False),
        visit_counted=True,
        checked_in_at=now,
    )
    staff_summary = StaffSummary(UUID(int=2), "Dana Whitfield", role="admin")
    staff = ScanResult(ScanOutcome.STAFF, staff=staff_summary)
    for outcome in (ScanOutcome.WELCOME, ScanOutcome.UNKNOWN_CARD, ScanOutcome.STAFF):
        window.scan_log.record(outcome, now)

    def open_console() -> None:
        window.navigator.start("staff_console", staff=staff_summary)
        console._presence_loaded(PresenceCounts(37, 12, 240))

    def open_print_queue(printer: str) -> None:
        print_queue.start(staff=staff_summary)
        print_queue._loaded(desk.queues_posed)
        print_queue._select(printer)

    def setup(step: SetupStep, **values: object) -> None:
        open_console()
        console.open_setup()
        console._card_at = now
        console._render_setup(step=step, **values)

    from kiosk.ui.booking_model import LengthChoice
    from kiosk.ui.flows.equipment import EquipmentFlow
    from kiosk.ui.project_poses import (
        reviews_poses,
        submit_poses,
        welcome_notices_pose,
    )
    from kiosk.ui.screens.equipment import LengthView

    equipment = window.navigator.flow("equipment")
    assert isinstance(equipment, EquipmentFlow)
    equipment.now = lambda: posed_now
    patron = welcome.patron
    assert patron is not None
    booking = posed.booking

    def equipment_list() -> None:
        equipment.patron = patron
        equipment.show(equipment.list_screen, None)
        equipment._loaded(booking.availability(patron.patron_id, posed_now.date(), 7), None)

    def machine(item: UUID, week: bool = False) -> None:
        equipment_list()
        equipment.open_machine(item, week=week)

    def length(walk_in: bool = False) -> LengthView:
        machine(_PRINTER)
        view = equipment.machine_screen.view
        assert view is not None
        starts = posed_now if walk_in else posed_now.replace(hour=14, minute=0)
        equipment._ask_length(view, starts, booking.limits(_PRINTER), walk_in=walk_in)
        length_view = equipment.length_screen.view
        assert length_view is not None
        equipment.length_screen.show_view(
            replace(length_view, choice=LengthChoice(90, 30, 180, 30))
        )
        return length_view

    def refused() -> None:
        view = length()
        equipment._booking_refused(
            BookingRefused(
                (
                    Refusal(RefusalCode.NEEDS_TRAINING, {"training": "laser-safety"}),
                    Refusal(RefusalCode.NEEDS_WAIVER, {}),
                    Refusal(RefusalCode.DAY_LIMIT, {"minutes": 90, "used": 60, "limit": 120}),
                )
            ),
            replace(view, item_name="Laser cutter"),
        )

    def booked() -> None:
        length()
        equipment._booked_ok(booking.mine[1], False)

    def reservations() -> None:
        equipment.patron = patron
        equipment.show(equipment.reservations_screen, None)
        equipment._reservations_loaded(booking.mine, "")

    def reservations_confirm() -> None:
        reservations()
        equipment._ask_cancel(booking.mine[1].reservation_id)

    def reservations_cancel_refused() -> None:
        equipment.patron = patron
        equipment.show(equipment.reservations_screen, None)
        refused = (Refusal(RefusalCode.NOT_CANCELLABLE, {"status": "active"}),)
        equipment._reservations_loaded(booking.mine, "", refused)

    def welcome_today() -> None:
        checkin.show_scan_result(welcome)
        equipment._today_loaded(patron, booking.mine)

    def welcome_closed_day() -> None:
        from kiosk.core.equipment_admin_views import ClosedDayBooking

        checkin.show_scan_result(welcome)
        mine = booking.mine[1]
        closed = ClosedDayBooking(
            mine.reservation_id,
            "Amara Okafor",
            mine.item_name,
            mine.starts_at,
            mine.ends_at,
            "Staff training day",
        )
        equipment._today_loaded(patron, booking.mine)
        equipment._closed_loaded(patron, (closed,))

    def attract_board() -> None:
        window.reset_to_attract()
        equipment._board_loaded(booking.board())

    poses: list[tuple[str, Callable[[], None]]] = [
        ("attract", window.reset_to_attract),
        ("checking", lambda: checkin.show(checkin.checking, None)),
        ("welcome", lambda: checkin.show_scan_result(welcome)),
        (
            "welcome-again-today",
            lambda: checkin.show_scan_result(
                ScanResult(
                    ScanOutcome.WELCOME,
                    patron=PatronSummary(UUID(int=3), "Nguyễn Văn An", is_minor=False),
                    visit_counted=False,
                    checked_in_at=now,
                )
            ),
        ),
        (
            "welcome-countdown",
            _in_turn(lambda: checkin.show_scan_result(welcome), lambda: window._show_countdown(7)),
        ),
    ]
    for outcome in (
        ScanOutcome.UNKNOWN_CARD,
        ScanOutcome.REVOKED_CARD,
        ScanOutcome.FORGED_CARD,
        ScanOutcome.MALFORMED,
        ScanOutcome.LIBRARY_BARCODE,
        ScanOutcome.KIT_LABEL,
        ScanOutcome.UNAVAILABLE,
    ):
        poses.append((f"error-{outcome}", partial(checkin.show_scan_result, ScanResult(outcome))))
    poses += [
        ("staff-pin", lambda: checkin.show_scan_result(staff)),
        (
            "staff-pin-wrong",
            _in_turn(
                lambda: checkin.show_scan_result(staff),
                lambda: checkin.show_pin_result(PinResult(PinOutcome.WRONG_PIN, attempts_left=3)),
            ),
        ),
        (
            "staff-pin-locked",
            _in_turn(
                lambda: checkin.show_scan_result(staff),
                lambda: checkin.show_pin_result(
                    PinResult(PinOutcome.LOCKED, locked_until=now + timedelta(minutes=14))
                ),
            ),
        ),
        ("console", open_console),
        ("staff-tools", _in_turn(open_console, console.open_tools)),
        ("card-setup-scan", lambda: setup(SetupStep.CARD, card_time=None)),
        (
            "card-setup-who",
            lambda: setup(
                SetupStep.WHO,
                matches=(Match(str(UUID(int=5)), "Zoë Müller (2012)"),),
                searched=True,
            ),
        ),
        ("card-setup-new", lambda: setup(SetupStep.NEW)),
        ("card-setup-done", lambda: setup(SetupStep.DONE, done_name="Zoë Müller")),
        ("trainings-find", lambda: _pose_trainings(window, staff_summary, now, "find")),
        ("trainings-patron", lambda: _pose_trainings(window, staff_summary, now, "patron")),
        ("trainings-confirm", lambda: _pose_trainings(window, staff_summary, now, "confirm")),
        ("waiver", lambda: _pose_waiver(window, minor=False)),
        ("waiver-minor", lambda: _pose_waiver(window, minor=True)),
        ("print-queue", lambda: open_print_queue("Prusa MK4")),
        ("print-queue-failed", lambda: open_print_queue("Ender 3")),
        ("print-queue-refused", lambda: _refuse_print(open_print_queue, print_queue, now)),
        *_machine_poses(window, staff_summary, now),
        *_equipment_admin_poses(window, now),
        *_sync_poses(window, posed_now),
        ("demo-picker", lambda: window.navigator.start("demo")),
        ("language-picker", lambda: window.navigator.start("language")),
        ("accessibility", lambda: window.navigator.start("accessibility")),
        *_picker_poses(window),
        ("attract-board", attract_board),
        ("welcome-today", welcome_today),
        ("welcome-closed-day", welcome_closed_day),
        ("equipment", equipment_list),
        ("equipment-day", lambda: machine(_PRINTER)),
        ("equipment-week", lambda: machine(_PRINTER, week=True)),
        ("equipment-out-of-order", lambda: machine(_SEWING)),
        ("equipment-length", lambda: _ignore(length())),
        ("equipment-use-now", lambda: _ignore(length(walk_in=True))),
        ("equipment-refused", refused),
        ("equipment-booked", booked),
        ("equipment-reservations", reservations),
        ("equipment-cancel-confirm", reservations_confirm),
        ("equipment-cancel-refused", reservations_cancel_refused),
        *submit_poses(window),
        welcome_notices_pose(window),
        *((name, partial(pose, window)) for name, pose in kit_poses(patron, staff_summary, now)),
        *reviews_poses(window, staff_summary),
    ]
    written: list[Path] = []
    window.show()
    for width, height in sizes:
        window.resize(width, height)
        for name, pose in poses:
            window.reset_to_attract()
            pose()
            _settle(app)
            if check is not None:
                check(f"{name}-{width}x{height}", window)
            suffix = "" if locale == "en" else f"-{locale}"
            suffix += "-large" if large_text else ""
            suffix += "-contrast" if high_contrast else ""
            path = out_dir / f"{name}-{width}x{height}{suffix}.png"
            window.grab().save(str(path))
            written.append(path)
    window.reset_to_attract()
    window.close()
    window.shutdown()
    install_translator(app, "en")
    app.setQuitOnLastWindowClosed(quit_on_close)
    return written


def _picker_poses(window: object) -> list[tuple[str, Callable[[], None]]]:
    """The USB picker in each of its states, posed from sample data (no stick needed)."""
    from kiosk.core.project_files import (
        FileKind,
        FilePreview,
        GcodeStats,
        RefusalCode,
        StoredFile,
    )
    from kiosk.core.project_files.previews import ROW_THUMBNAIL_PX, THUMBNAIL_PX
    from kiosk.core.project_files.render import render
    from kiosk.ui.flows.usb_picker import UsbPickerFlow
    from kiosk.ui.screens.usb_picker import PickerRow, PickerView

    navigator = window.navigator  # type: ignore[attr-defined]
    flow = navigator.flow(UsbPickerFlow.name)
    assert isinstance(flow, UsbPickerFlow)
    thumb = Path(tempfile.gettempdir()) / "kiosk-screenshot-model.png"
    if not thumb.exists():
        render(_sample_model(), THUMBNAIL_PX).save(thumb)
    rows = (
        PickerRow("models", is_folder=True),
        PickerRow("rocket-fin.stl", kind=FileKind.STL, size=1_843_284),
        PickerRow("rocket-body.3mf", kind=FileKind.THREE_MF, size=402_113),
        PickerRow("rocket_0.2mm_PLA_MK3S_1h12m.gcode", kind=FileKind.GCODE, size=3_512_944),
        PickerRow("team-photo.jpg", kind=FileKind.JPEG, size=2_311_002),
        PickerRow("blink.ino", kind=FileKind.INO, size=412),
        PickerRow("setup.exe", size=1_200_000, refusal=RefusalCode.UNKNOWN_KIND),
    )
    stl = StoredFile("ab" * 32, FileKind.STL, 1_843_284, "rocket-fin.stl")
    gcode = StoredFile("cd" * 32, FileKind.GCODE, 3_512_944, "rocket_0.2mm_PLA_MK3S_1h12m.gcode")
    stats = GcodeStats(4332, 5210.0, 15.5, 118, (60, 55, 0.2, 160, 150, 23.6), True)

    def pose(view: PickerView, pictures: dict[int, bytes] | None = None) -> Callable[[], None]:
        def run() -> None:
            flow.start(printer="MK3S")
            flow.reset()
            flow.render(view)
            flow.screen.show_pictures(pictures or {})
            flow.show(flow.screen, None)

        return run

    pictures = {1: _png(render(_sample_model(), ROW_THUMBNAIL_PX)), 4: _png(_sample_photo())}

    return [
        ("usb-picker-no-stick", pose(PickerView("no_stick"))),
        ("usb-picker-folder", pose(PickerView("folder", where=("MAKER",), rows=rows), pictures)),
        (
            "usb-picker-copying",
            pose(
                PickerView(
                    "copying",
                    ("MAKER",),
                    file_name="rocket-fin.stl",
                    done=700_000,
                    total=1_843_284,
                )
            ),
        ),
        (
            "usb-picker-preview-model",
            pose(
                PickerView(
                    "preview",
                    preview=FilePreview(stl, str(thumb), model_size_mm=(42, 42, 120)),
                    printer="MK3S",
                )
            ),
        ),
        (
            "usb-picker-preview-gcode",
            pose(PickerView("preview", preview=FilePreview(gcode, None, stats), printer="MK3S")),
        ),
        (
            "usb-picker-refused",
            pose(PickerView("refused", file_name="bomb.3mf", refusal=RefusalCode.ZIP_BOMB)),
        ),
    ]


def _png(picture: Image.Image) -> bytes:
    import io

    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def _sample_photo() -> Image.Image:
    """A stand-in for a team photo: a sky over grass."""
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (56, 42), (120, 180, 235))
    ImageDraw.Draw(picture).rectangle((0, 28, 56, 42), fill=(90, 160, 70))
    return picture


def _sample_model() -> Triangles:
    """A rocket-ish sample: a cylinder with a cone, as triangles."""
    import numpy as np

    steps = 48
    angles = np.linspace(0, 2 * np.pi, steps + 1)
    ring = np.stack([np.cos(angles), np.sin(angles)], axis=1) * 20
    triangles = []
    for i in range(steps):
        (x0, y0), (x1, y1) = ring[i], ring[i + 1]
        triangles.append([[x0, y0, 0], [x1, y1, 0], [x1, y1, 80]])
        triangles.append([[x0, y0, 0], [x1, y1, 80], [x0, y0, 80]])
        triangles.append([[x0, y0, 80], [x1, y1, 80], [0, 0, 120]])
        triangles.append([[x0, y0, 0], [0, 0, 0], [x1, y1, 0]])
    return np.asarray(triangles, dtype=np.float32)


def _pose_trainings(window: KioskWindow, staff: StaffSummary, now: datetime, step: str) -> None:
    from kiosk.ui.flows.trainings import TrainingsFlow

    flow = window.navigator.flow("trainings")
    assert isinstance(flow, TrainingsFlow)
    window.navigator.start("trainings", staff=staff)
    if step == "find":
        flow._found(())
        return
    laser = TrainingInfo(UUID(int=11), "laser", "Laser cutter", 12)
    printer = TrainingInfo(UUID(int=12), "fdm", "3D printer", None)
    sewing = TrainingInfo(UUID(int=13), "sewing", "Sewing machine", 24)
    vinyl = TrainingInfo(UUID(int=14), "vinyl", "Vinyl cutter", 12)
    flow._show_patron(
        PatronTrainings(
            UUID(int=5),
            "Zoë Müller",
            is_minor=True,
            guardian_consent=True,
            consent_recorded_at=now - timedelta(days=40),
            trainings=(
                PatronTraining(printer, CertificationState.VALID, certified_at=now),
                PatronTraining(
                    laser,
                    CertificationState.VALID,
                    certified_at=now,
                    expires_at=now + timedelta(days=300),
                ),
                PatronTraining(
                    sewing, CertificationState.EXPIRED, expires_at=now - timedelta(days=3)
                ),
                PatronTraining(vinyl, CertificationState.NONE),
            ),
        ),
        "Certified on Laser cutter." if step == "patron" else "",
    )
    if step == "confirm":
        flow.choose("laser")


def _refuse_print(
    open_print_queue: Callable[[str], None], flow: PrintQueueFlow, now: datetime
) -> None:
    """A job "Print again" was refused for: the longest reason staff read on the queue."""
    open_print_queue("Ender 3")
    booked = {
        "starts_at": (now + timedelta(minutes=40)).isoformat(),
        "ends_at": (now + timedelta(hours=2)).isoformat(),
    }
    flow._failed(PrintRefused((print_views.Refusal(print_views.RefusalCode.BOOKED, booked),)))


def _pose_waiver(window: KioskWindow, *, minor: bool) -> None:
    from kiosk.ui.flows.waiver import WaiverFlow

    flow = window.navigator.flow("waiver")
    assert isinstance(flow, WaiverFlow)
    name = "Zoë Müller" if minor else "Amara Okafor"
    window.navigator.start("waiver", patron=PatronSummary(UUID(int=1), name, minor))
    flow._loaded(WaiverText("2026-03", "en", _WAIVER_TEXT, accepted=False), "")


def _ignore(_value: object) -> None:
    pass


def _machine_poses(
    window: KioskWindow, staff: StaffSummary, now: datetime
) -> list[tuple[str, Callable[[], None]]]:
    """The patron's machine session in each of its steps, and the staff Machines tool."""
    from kiosk.core.machine_views import Channel, MachineRow, ProblemView, SessionView
    from kiosk.ui.flows.machine_session import MachineSessionFlow
    from kiosk.ui.flows.machines import MachinesFlow
    from kiosk.ui.screens.machine_session import MachineSessionView, SessionStep

    session = window.navigator.flow("machine_session")
    tool = window.navigator.flow("machines")
    assert isinstance(session, MachineSessionFlow) and isinstance(tool, MachinesFlow)
    laser = "Laser cutter (Glowforge)"

    def step(step: SessionStep, **values: object) -> Callable[[], None]:
        view = MachineSessionView(step, machine=laser, until="15:30")
        return lambda: session._show(replace(view, **values))  # type: ignore[arg-type]

    bench = Channel("bench", 2)
    rows = (
        MachineRow(
            UUID(int=11),
            laser,
            "laser_cutter",
            "laser",
            "in_use",
            bench,
            None,
            SessionView(
                UUID(int=21),
                UUID(int=11),
                laser,
                "patron",
                bench,
                None,
                now,
                now + timedelta(minutes=40),
                now,
            ),
        ),
        MachineRow(
            UUID(int=12),
            "Prusa MK4",
            "3d_printer",
            "printer",
            "needs_check",
            Channel("bench", 3),
            "mk4",
            None,
            (
                ProblemView(
                    UUID(int=31),
                    UUID(int=12),
                    "Prusa MK4",
                    "not_heating",
                    now - timedelta(minutes=12),
                    True,
                ),
            ),
        ),
        MachineRow(
            UUID(int=13),
            "Sewing machine 1",
            "sewing_machine",
            "sewing",
            "free",
            Channel("bench", 1),
            None,
        ),
        MachineRow(
            UUID(int=14), "Vinyl cutter", "vinyl_cutter", "vinyl", "out_of_order", None, None
        ),
    )

    def machines_tool() -> None:
        tool.staff = staff
        tool.show(tool.screen, None)
        tool.selected = UUID(int=12)
        tool._loaded(rows)

    return [
        ("session-unlocking", step(SessionStep.UNLOCKING)),
        ("session-unlocked", step(SessionStep.UNLOCKED)),
        ("session-ending-soon", step(SessionStep.UNLOCKED, ending_soon=True)),
        # Only a machine that powers a printer is kept on past its slot.
        ("session-kept-on", step(SessionStep.KEPT_ON, machine="Prusa MK4")),
        ("session-locked", step(SessionStep.LOCKED)),
        ("session-failed", step(SessionStep.FAILED)),
        (
            "session-refused",
            step(
                SessionStep.REFUSED,
                can_report=False,
                message="Your time starts at 15:30. Please come back then.",
            ),
        ),
        ("session-report", step(SessionStep.REPORT)),
        ("session-reported", step(SessionStep.REPORTED)),
        ("machines-tool", machines_tool),
    ]


def _equipment_admin_poses(
    window: KioskWindow, now: datetime
) -> list[tuple[str, Callable[[], None]]]:
    from kiosk.ui import posed_equipment_admin

    admin = StaffSummary(UUID(int=4), "Dana Whitfield", "admin")
    return [
        (
            f"equipment-admin-{section}",
            posed_equipment_admin.pose(window.navigator, admin, now, section),
        )
        for section in posed_equipment_admin.POSES
    ]


def _sync_poses(window: KioskWindow, now: datetime) -> list[tuple[str, Callable[[], None]]]:
    from kiosk.ui import posed_sync

    staff = StaffSummary(UUID(int=4), "Dana Whitfield", "staff")
    return [
        *(
            (f"sync-{state}", posed_sync.pose(window.navigator, staff, now, state))
            for state in posed_sync.POSES
        ),
        (
            "welcome-booking-not-kept",
            partial(posed_sync.welcome_with_refused_booking, window, now),
        ),
    ]


def _in_turn(*steps: Callable[[], None]) -> Callable[[], None]:
    def run() -> None:
        for step in steps:
            step()

    return run


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kiosk.ui.screenshots", description="Render every kiosk screen to PNG."
    )
    parser.add_argument("out_dir", type=Path, help="folder for the PNG files (created if needed)")
    parser.add_argument(
        "--size", type=_parse_size, action="append", help="WIDTHxHEIGHT (repeatable)"
    )
    parser.add_argument("--locale", default="en", help="language to render in, e.g. es")
    parser.add_argument("--large-text", action="store_true", help="text 1.5 times larger")
    parser.add_argument("--high-contrast", action="store_true", help="the high-contrast theme")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    written = render_all(
        args.out_dir,
        args.size or DEFAULT_SIZES,
        args.locale,
        large_text=args.large_text,
        high_contrast=args.high_contrast,
    )
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
