"""The kiosk window: a stack of screens driven by scans, taps and the idle timer.

Service calls run on a one-thread worker; every request carries an id, and a result is used only
while its request is still the one the screen is waiting for. Going back to the start screen
forgets the request, so a late answer can never bring a patron's screen back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import StrEnum
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.results import PinOutcome, PinResult, ScanOutcome, ScanResult, StaffSummary
from kiosk.ui.countdown_banner import CountdownBanner
from kiosk.ui.idle import IdleTimer
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.checking import CheckingScreen
from kiosk.ui.screens.message import MessageKind, MessageScreen
from kiosk.ui.services import CheckInLike, ScanSource, StaffAuthLike
from kiosk.ui.settings import UiSettings
from kiosk.ui.theme import theme_window
from kiosk.ui.worker import ServiceWorker

if TYPE_CHECKING:
    from kiosk.ui.screens.demo_picker import DemoPickerScreen
    from kiosk.ui.screens.staff_pin import StaffPinScreen
    from kiosk.ui.screens.welcome import WelcomeScreen

logger = logging.getLogger(__name__)

EXIT_ACTION = "exit_kiosk"
DEMO_SHORTCUT = "F2"

_ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


_MESSAGE_FOR_OUTCOME = {
    ScanOutcome.UNKNOWN_CARD: MessageKind.UNKNOWN_CARD,
    ScanOutcome.REVOKED_CARD: MessageKind.REVOKED_CARD,
    ScanOutcome.FORGED_CARD: MessageKind.FORGED_CARD,
    ScanOutcome.MALFORMED: MessageKind.MALFORMED,
    ScanOutcome.UNAVAILABLE: MessageKind.UNAVAILABLE,
}


class _Kind(StrEnum):
    SCAN = "scan"
    PIN = "pin"


@dataclass(frozen=True)
class _Request:
    job_id: int
    kind: _Kind
    scan_text: str = ""


class KioskWindow(QWidget):
    quit_requested = Signal()

    def __init__(
        self,
        settings: UiSettings,
        checkin: CheckInLike,
        staff_auth: StaffAuthLike,
        scan_input: ScanSource,
        *,
        tick_ms: int = 1000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        theme_window(self)
        self.settings = settings
        self._checkin = checkin
        self._staff_auth = staff_auth
        self._scan_input = scan_input
        self._zone = _display_zone(settings.timezone)
        self._request: _Request | None = None
        self._pending_scan: str | None = None
        self._staff: StaffSummary | None = None
        self._exit_approved = False

        self.attract = AttractScreen(
            settings.library_name, settings.branch_name, demo=bool(settings.demo_cards)
        )
        self.checking = CheckingScreen()
        # Screens other than the start screen are built the first time they are shown: the
        # patron at a kiosk that was just switched on sees the start screen sooner.
        self._welcome: WelcomeScreen | None = None
        self._message: MessageScreen | None = None
        self._staff_pin: StaffPinScreen | None = None
        self.demo_picker: DemoPickerScreen | None = None
        self.stack = QStackedWidget()
        self.stack.setObjectName("ScreenStack")
        for screen in (self.attract, self.checking):
            self.stack.addWidget(screen)
        self.banner = CountdownBanner()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The window's size is the screen's, not the content's: no minimum size pushed to the
        # window system each time a screen changes (a layout fitting 1024x600 is tested).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.banner)

        self.idle = IdleTimer(self, tick_ms=tick_ms)
        self.idle.countdown.connect(self.banner.show_seconds)
        self.idle.countdown_cleared.connect(self.banner.clear)
        self.idle.expired.connect(self._on_idle_expired)

        self.worker = ServiceWorker(self)
        self.worker.succeeded.connect(self._on_job_succeeded, Qt.ConnectionType.QueuedConnection)
        self.worker.failed.connect(self._on_job_failed, Qt.ConnectionType.QueuedConnection)

        scan_input.scanned.connect(self._on_scan)
        rejected = getattr(scan_input, "rejected", None)
        if rejected is not None:
            # Input the scan path refused (e.g. far too long) still gets an answer on screen.
            rejected.connect(self._on_scan_rejected)

        if settings.demo_cards:
            from kiosk.ui.screens.demo_picker import DemoPickerScreen

            self.demo_picker = DemoPickerScreen(settings.demo_cards)
            self.stack.addWidget(self.demo_picker)
            self.demo_picker.card_chosen.connect(self._on_demo_card_chosen)
            self.demo_picker.cancelled.connect(self.reset_to_attract)
            self.attract.demo_requested.connect(self.open_demo_picker)
            self.demo_shortcut = QShortcut(QKeySequence(DEMO_SHORTCUT), self)
            self.demo_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            self.demo_shortcut.activated.connect(self.open_demo_picker)

        app = QApplication.instance()
        if app is not None:
            # Any touch or key anywhere counts as "still here", whichever widget receives it.
            app.installEventFilter(self)
            app.aboutToQuit.connect(self.shutdown)

        self.setWindowTitle(self.tr("Makerspace Kiosk"))
        if settings.fullscreen:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            self.setWindowState(Qt.WindowState.WindowFullScreen)
        else:
            self.resize(1280, 800)
        self.stack.setCurrentWidget(self.attract)

    # -- screens built on first use ----------------------------------------------------------

    @property
    def welcome(self) -> WelcomeScreen:
        if self._welcome is None:
            from kiosk.ui.screens.welcome import WelcomeScreen

            self._welcome = WelcomeScreen()
            self.stack.addWidget(self._welcome)
            self._welcome.done.connect(self.reset_to_attract)
        return self._welcome

    @property
    def message(self) -> MessageScreen:
        if self._message is None:
            self._message = MessageScreen()
            self.stack.addWidget(self._message)
            self._message.dismissed.connect(self.reset_to_attract)
        return self._message

    @property
    def staff_pin(self) -> StaffPinScreen:
        if self._staff_pin is None:
            from kiosk.ui.screens.staff_pin import StaffPinScreen

            self._staff_pin = StaffPinScreen()
            self.stack.addWidget(self._staff_pin)
            self._staff_pin.cancelled.connect(self.reset_to_attract)
            self._staff_pin.submitted.connect(self._on_pin_submitted)
        return self._staff_pin

    # -- scans -------------------------------------------------------------------------------

    @Slot(str)
    def _on_scan(self, text: str) -> None:
        if self._request is not None:
            if self._request.kind is _Kind.SCAN and self._request.scan_text == text:
                logger.debug("repeat of the scan in progress ignored")
                return
            # Only the latest scan waits: a queue of old scans would replay stale screens.
            self._pending_scan = text
            logger.debug("scan queued behind the request in progress")
            return
        self._start_scan(text)

    @Slot(str)
    def _on_scan_rejected(self, reason: str) -> None:
        if self._request is not None:
            return  # the answer to the scan in progress is more useful than this one
        logger.info("scan refused by the scan input: %s", reason)
        self._show_message(MessageKind.MALFORMED)

    def show_checking(self) -> None:
        self._show(self.checking)

    def _start_scan(self, text: str) -> None:
        self.show_checking()
        checkin = self._checkin
        job_id = self.worker.submit(lambda: checkin.handle_scan(text))
        self._request = _Request(job_id, _Kind.SCAN, text)

    def show_scan_result(self, result: ScanResult) -> None:
        outcome = result.outcome
        if outcome == ScanOutcome.WELCOME and result.patron is not None:
            logger.info("check-in: welcome")
            self._show(self.welcome)
            self.welcome.show_patron(
                str(result.patron.display_name), tuple(result.todays_reservations)
            )
        elif outcome == ScanOutcome.STAFF and result.staff is not None:
            logger.info("staff card scanned: asking for PIN")
            self._show(self.staff_pin)
            self._staff = result.staff
            self.staff_pin.start(str(result.staff.display_name))
        elif outcome in _MESSAGE_FOR_OUTCOME:
            logger.info("check-in: %s", outcome)
            self._show_message(_MESSAGE_FOR_OUTCOME[outcome])
        else:
            logger.error("check-in returned an unexpected outcome %r", outcome)
            self._show_message(MessageKind.UNAVAILABLE)

    def _show_message(self, kind: MessageKind) -> None:
        self._show(self.message)
        self.message.show_kind(kind)

    # -- staff exit --------------------------------------------------------------------------

    @Slot(str)
    def _on_pin_submitted(self, pin: str) -> None:
        staff = self._staff
        if staff is None or self._request is not None:
            return
        self.staff_pin.set_busy(True)
        staff_auth = self._staff_auth
        staff_id = staff.staff_id
        job_id = self.worker.submit(lambda: staff_auth.verify_pin(staff_id, pin, EXIT_ACTION))
        self._request = _Request(job_id, _Kind.PIN)

    def show_pin_result(self, result: PinResult) -> None:
        outcome = result.outcome
        logger.info("staff PIN check: %s", outcome)
        if outcome == PinOutcome.OK:
            self._exit_approved = True
            self.reset_to_attract()
            self.quit_requested.emit()
        elif outcome == PinOutcome.WRONG_PIN:
            self.staff_pin.show_wrong_pin(result.attempts_left)
        elif outcome == PinOutcome.LOCKED:
            self.staff_pin.show_locked(self._clock_time(result.locked_until))
        elif outcome == PinOutcome.UNKNOWN:
            self.staff_pin.show_unknown()
        else:
            self.staff_pin.show_unavailable()

    def _clock_time(self, moment: datetime | None) -> str | None:
        if moment is None:
            return None
        return moment.astimezone(self._zone).strftime("%H:%M")

    # -- demo --------------------------------------------------------------------------------

    @Slot()
    def open_demo_picker(self) -> None:
        if self.demo_picker is None or self._request is not None:
            return
        self.reset_to_attract()
        self._show(self.demo_picker)

    @Slot(str)
    def _on_demo_card_chosen(self, payload: str) -> None:
        # The real scan path, exactly as a scanner would deliver it.
        self._scan_input.feed(payload)

    # -- results from the worker -------------------------------------------------------------

    @Slot(int, object)
    def _on_job_succeeded(self, job_id: int, result: object) -> None:
        request = self._take_request(job_id)
        if request is None:
            return
        try:
            if request.kind is _Kind.SCAN:
                self.show_scan_result(result)  # type: ignore[arg-type]
            else:
                self.show_pin_result(result)  # type: ignore[arg-type]
        except Exception:
            # A result that does not look like the contract says is a bug, not the patron's fault.
            logger.exception("could not show the %s result", request.kind)
            self._fail(request)
        self._run_pending_scan()

    @Slot(int, object)
    def _on_job_failed(self, job_id: int, error: object) -> None:
        request = self._take_request(job_id)
        if request is None:
            return
        exc_info = error if isinstance(error, BaseException) else None
        logger.error("%s service call failed: %r", request.kind, type(error), exc_info=exc_info)
        self._fail(request)
        self._run_pending_scan()

    def _take_request(self, job_id: int) -> _Request | None:
        request = self._request
        if request is None or request.job_id != job_id:
            logger.debug("late service result %d dropped", job_id)
            return None
        self._request = None
        return request

    def _fail(self, request: _Request) -> None:
        if request.kind is _Kind.SCAN:
            self._show_message(MessageKind.UNAVAILABLE)
        else:
            self.staff_pin.show_unavailable()

    def _run_pending_scan(self) -> None:
        text, self._pending_scan = self._pending_scan, None
        if text is not None:
            self._start_scan(text)

    # -- screens and the idle timer ----------------------------------------------------------

    def _show(self, screen: QWidget) -> None:
        # Only the screen on display may hold a patron's details; all others are wiped.
        if self._welcome is not None and screen is not self._welcome:
            self._welcome.clear()
        if self._staff_pin is not None and screen is not self._staff_pin:
            self._staff_pin.clear()
            self._staff = None
        if self._message is not None and screen is not self._message:
            self._message.kind = None
        self.stack.setCurrentWidget(screen)
        settings = self.settings
        if screen is self.attract:
            self.idle.stop()
        elif screen is self.checking:
            self.idle.arm(settings.checking_timeout_s)
        elif screen is self._message:
            self.idle.arm(settings.message_timeout_s)
        else:
            self.idle.arm(settings.idle_timeout_s, settings.countdown_s)

    @Slot()
    def reset_to_attract(self) -> None:
        """Forget the patron and any request in flight, and show the start screen."""
        self._request = None
        self._pending_scan = None
        self._show(self.attract)
        self.banner.clear()
        if self.demo_picker is not None:
            self.demo_picker.reset()

    @Slot()
    def _on_idle_expired(self) -> None:
        if self.stack.currentWidget() is self.checking:
            logger.error(
                "no answer from the check-in service within %d s", self.settings.checking_timeout_s
            )
            self._request = None
            self._pending_scan = None
            self._show_message(MessageKind.UNAVAILABLE)
            return
        self.reset_to_attract()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _ACTIVITY_EVENTS:
            return False
        try:
            if self.idle.running and self.stack.currentWidget() in (
                self._welcome,
                self._staff_pin,
                self.demo_picker,
            ):
                self.idle.reset()
        except RuntimeError:
            # The window is being torn down while the application still delivers events.
            pass
        return False

    # -- lifecycle ---------------------------------------------------------------------------

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    @Slot()
    def shutdown(self) -> None:
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if not self.worker.shutdown(timeout_s=2.0):
            logger.warning("a service call was still running at shutdown")

    def closeEvent(self, event: QCloseEvent) -> None:
        # In kiosk mode a patron's Alt+F4 must not close the kiosk; staff exit with card + PIN.
        if self.settings.fullscreen and event.spontaneous() and not self._exit_approved:
            logger.info("close request ignored in kiosk mode")
            event.ignore()
            return
        self.shutdown()
        super().closeEvent(event)


def _display_zone(name: str | None) -> tzinfo | None:
    if not name:
        return None  # astimezone(None) means the terminal's own zone
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        logger.warning("unknown time zone %r; showing times in the terminal's zone", name)
        return None
