"""The kiosk window: hosts the navigator's screens and the idle banner over them, and nothing
else. What happens on which screen is the flows' business (kiosk/ui/flows/)."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QApplication, QLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.ui.announcer import Announcer
from kiosk.ui.countdown_banner import CountdownBanner
from kiosk.ui.device_bridge import DeviceBridge
from kiosk.ui.flows import DEFAULT_FLOWS, FlowType
from kiosk.ui.flows.checkin import CheckInFlow
from kiosk.ui.flows.staff_console import StaffConsoleFlow
from kiosk.ui.focus_ring import FocusRing
from kiosk.ui.fonts import install_fonts
from kiosk.ui.idle import IdleTimer
from kiosk.ui.lanes import Lanes
from kiosk.ui.languages import SessionLanguage
from kiosk.ui.look import Look, SessionLook
from kiosk.ui.machine_bridge import MachineBridge
from kiosk.ui.navigator import FlowContext, Navigator
from kiosk.ui.patron_actions import PatronActions
from kiosk.ui.ports import PrintDeskLike, ScanSource, ServiceSource
from kiosk.ui.scan_log import ScanLog
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.message import MessageScreen
from kiosk.ui.screens.staff_pin import StaffPinScreen
from kiosk.ui.screens.welcome import WelcomeScreen
from kiosk.ui.settings import UiSettings
from kiosk.ui.staff_tools import StaffTools
from kiosk.ui.widgets.touch_keyboard import TouchKeyboard

logger = logging.getLogger(__name__)

DEMO_SHORTCUT = "F2"

_ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


class KioskWindow(QWidget):
    quit_requested = Signal()

    def __init__(
        self,
        settings: UiSettings,
        services: ServiceSource,
        scan_input: ScanSource,
        *,
        lanes: Lanes | None = None,
        devices: DeviceBridge | None = None,
        print_desk: PrintDeskLike | None = None,
        flows: Sequence[FlowType] = DEFAULT_FLOWS,
        tick_ms: int = 1000,
        machine_journal: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.look = SessionLook(self, Look(settings.large_text, settings.high_contrast))
        self.settings = settings
        self._exit_approved = False
        self._shut_down = False
        self.lanes = lanes if lanes is not None else Lanes(self)
        self.devices = devices

        self.stack = QStackedWidget()
        self.stack.setObjectName("ScreenStack")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The window's size is the screen's, not the content's: no minimum size pushed to the
        # window system each time a screen changes (a layout fitting 1024x600 is tested).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.stack, 1)
        # Over the screen, not in the layout: the countdown must not push buttons around.
        self.banner = CountdownBanner(self)
        self.idle = IdleTimer(self, tick_ms=tick_ms)
        self.idle.countdown.connect(self._show_countdown)
        self.idle.countdown_cleared.connect(self.banner.clear)
        self.focus_ring = FocusRing(self)
        self.announcer = Announcer(self)

        install_fonts()
        self.language = SessionLanguage(settings.locale, self)
        self.language.apply_default()
        self.navigator = Navigator(self.stack, self.idle, self)
        self.navigator.session_ended.connect(self.language.end_session)
        # Over the screen like the banner; opens for the text fields that ask for it.
        self.keyboard = TouchKeyboard(self, self.language)
        self.navigator.session_ended.connect(self.look.end_session)
        self.navigator.screen_changed.connect(lambda _screen: self.banner.clear())
        self.navigator.screen_changed.connect(self.announcer.screen_shown)
        self.banner.more_time.connect(self.navigator.activity)
        self.scan_log = ScanLog()
        self.machines: MachineBridge | None = None
        if devices is not None and devices.machine_control is not None:
            # Its clock ticks with the window's (tests step it by hand).
            self.machines = MachineBridge(
                devices.machine_control,
                self.lanes,
                services,
                tick_ms=tick_ms,
                journal=machine_journal,
                parent=self,
            )
        self.context = FlowContext(
            settings=settings,
            services=services,
            lanes=self.lanes,
            devices=devices,
            scan_log=self.scan_log,
            patron_actions=PatronActions(),
            staff_tools=StaffTools(),
            quit=self._approved_quit,
            feed_scan=scan_input.feed,
            language=self.language,
            look=self.look,
            print_desk=print_desk,
            machines=self.machines,
        )
        for flow_type in flows:
            self.navigator.register(flow_type(self.navigator, self.context))
        if self.machines is not None:
            self.machines.start()

        scan_input.scanned.connect(self.navigator.route_scan)
        rejected = getattr(scan_input, "rejected", None)
        if rejected is not None:
            # Input the scan path refused (far too long, say) still gets an answer on screen.
            rejected.connect(self.navigator.route_scan_refused)

        if settings.demo_cards:
            self.demo_shortcut = QShortcut(QKeySequence(DEMO_SHORTCUT), self)
            self.demo_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            self.demo_shortcut.activated.connect(lambda: self.navigator.start("demo"))

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
        self.navigator.home()

    # -- the flows and their screens, for the application and tests ---------------------------

    @property
    def checkin(self) -> CheckInFlow:
        flow = self.navigator.flow(CheckInFlow.name)
        assert isinstance(flow, CheckInFlow)
        return flow

    @property
    def console(self) -> StaffConsoleFlow:
        flow = self.navigator.flow(StaffConsoleFlow.name)
        assert isinstance(flow, StaffConsoleFlow)
        return flow

    # The check-in flow's screens, by name, for the screenshots tool and tests.
    @property
    def attract(self) -> AttractScreen:
        return self.checkin.attract

    @property
    def welcome(self) -> WelcomeScreen:
        return self.checkin.welcome

    @property
    def message(self) -> MessageScreen:
        return self.checkin.message

    @property
    def staff_pin(self) -> StaffPinScreen:
        return self.checkin.staff_pin

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    @Slot()
    def reset_to_attract(self) -> None:
        self.navigator.home()

    # -- the banner ----------------------------------------------------------------------------

    def _show_countdown(self, seconds: int) -> None:
        appearing = self.banner.isHidden()
        self.banner.show_seconds(seconds)
        self._place_banner()
        self.banner.raise_()
        self.focus_ring.raise_()
        if appearing:
            self.announcer.say(self.banner, self.banner.label.text())

    def _place_banner(self) -> None:
        # Along the top: every screen keeps its actions at the bottom, where the banner would
        # cover them; a tap on the banner itself also counts as "still here".
        # As tall as its wrapped text needs at this width (larger text wraps to more lines).
        banner = self.banner
        height = max(banner.sizeHint().height(), banner.heightForWidth(self.width()))
        banner.setGeometry(0, 0, self.width(), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_banner()

    # -- activity and lifecycle ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY_EVENTS:
            # RuntimeError: the window is being torn down while events are still delivered.
            with contextlib.suppress(RuntimeError):
                self.navigator.activity()
        return False

    def _approved_quit(self) -> None:
        self._exit_approved = True
        self.navigator.home()
        self.quit_requested.emit()

    @Slot()
    def shutdown(self) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.focus_ring.detach()
        self.navigator.home()
        if self.machines is not None:
            self.machines.shutdown()
        if self.devices is not None:
            self.devices.shutdown()
        if not self.lanes.shutdown(timeout_s=2.0):
            logger.warning("a lane was still busy at shutdown")

    def closeEvent(self, event: QCloseEvent) -> None:
        # In kiosk mode a patron's Alt+F4 must not close the kiosk; staff exit with card + PIN.
        if self.settings.fullscreen and event.spontaneous() and not self._exit_approved:
            logger.info("close request ignored in kiosk mode")
            event.ignore()
            return
        self.shutdown()
        super().closeEvent(event)
