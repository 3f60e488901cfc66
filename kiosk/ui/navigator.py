"""The navigator: which flow is on screen, where scans go, and back to the start when idle.

The window only hosts the navigator's stack. Each use case is a `Flow` that owns its screens and
their order; flows ask the navigator to show a screen (with how long it may stay), to go home,
or to start another flow by name. So a new flow is added by registering it, without touching the
window or the other flows."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk.ui.idle import IdleTimer
from kiosk.ui.lanes import Lanes, Request, TaskLane

if TYPE_CHECKING:
    from kiosk.ui.device_bridge import DeviceBridge
    from kiosk.ui.languages import SessionLanguage
    from kiosk.ui.look import SessionLook
    from kiosk.ui.machine_bridge import MachineBridge
    from kiosk.ui.patron_actions import PatronActions
    from kiosk.ui.ports import PrintDeskLike, ServiceSource
    from kiosk.ui.scan_log import ScanLog
    from kiosk.ui.settings import UiSettings
    from kiosk.ui.staff_tools import StaffTools

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stay:
    """How long a screen stays without activity before the kiosk goes home (or the flow's
    `on_timeout` decides otherwise). `countdown_s` shows the "still there?" banner."""

    seconds: int
    countdown_s: int = 0
    # Touches and keys restart the countdown (a patron reading); off for "please wait" screens.
    activity_extends: bool = True


@dataclass
class FlowContext:
    """What every flow gets from the composition root."""

    settings: UiSettings
    services: ServiceSource
    lanes: Lanes
    devices: DeviceBridge | None
    scan_log: ScanLog
    patron_actions: PatronActions
    # Tools the staff console offers (machines, trainings, loans, reviews, print queue).
    staff_tools: StaffTools
    quit: Callable[[], None]
    # The one scan entry point, for flows that make scans (the demo's simulate-a-scan).
    feed_scan: Callable[[str], None]
    # The language this session speaks; back to the default when the session ends.
    language: SessionLanguage
    # Larger text and high contrast for this session; the defaults again when it ends.
    look: SessionLook
    # The print queue's staff side, when printers are configured.
    print_desk: PrintDeskLike | None = None
    # Unlocked machines: their clock and events (None without relay controllers).
    machines: MachineBridge | None = None


class Flow(QObject):
    """One use case. Subclasses set `name`, build their screens with `add_screen` and show them
    with `show`. Requests made through `run` are dropped when the flow is reset, so a late
    answer never changes the screen."""

    name = ""

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator)
        self.nav = navigator
        self.context = context
        self._requests: list[Request] = []

    # -- for subclasses ----------------------------------------------------------------------

    def add_screen(self, screen: QWidget) -> QWidget:
        self.nav.add_screen(screen, self)
        return screen

    def show(self, screen: QWidget, stay: Stay | None) -> None:
        self.nav.show(screen, stay, self)

    def run(
        self,
        lane: TaskLane,
        call: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Request:
        self._requests = [request for request in self._requests if request.live]
        request = lane.submit(call, on_result=on_result, on_error=on_error or self.on_error)
        self._requests.append(request)
        return request

    def busy(self) -> bool:
        return any(request.live for request in self._requests)

    # -- hooks -------------------------------------------------------------------------------

    def start(self, **arguments: Any) -> None:
        """Begin the flow (another flow or the navigator asked for it by name)."""
        raise NotImplementedError

    def accepts_scans(self) -> bool:
        """Whether a scan goes to this flow while it is on screen (else to the scan flow)."""
        return False

    def handle_scan(self, text: str) -> None:
        raise NotImplementedError

    def handle_scan_refused(self, reason: str) -> None:
        logger.info("scan refused by the scan input: %s", reason)

    def on_timeout(self, screen: QWidget) -> None:
        self.nav.home()

    def on_error(self, error: BaseException) -> None:
        logger.error("%s flow: a call failed: %r", self.name, error, exc_info=error)
        self.nav.home()

    def reset(self) -> None:
        """Forget everything: requests in flight and whatever the screens hold."""
        for request in self._requests:
            request.drop()
        self._requests.clear()


class Navigator(QObject):
    """Hosts the flows' screens in one stack; the first flow registered owns the home screen
    and receives scans whenever the flow on screen does not take them."""

    screen_changed = Signal(QWidget)
    # home(): the patron's session is over (session options such as the language go back).
    session_ended = Signal()

    def __init__(self, stack: QStackedWidget, idle: IdleTimer, parent: QObject | None = None):
        super().__init__(parent)
        self.stack = stack
        self.idle = idle
        self._flows: dict[str, Flow] = {}
        self._owner: dict[QWidget, Flow] = {}
        self._stay: Stay | None = None
        self._home: tuple[QWidget, Flow] | None = None
        self.scan_flow: Flow | None = None
        idle.expired.connect(self._on_idle_expired)

    # -- flows -------------------------------------------------------------------------------

    def register(self, flow: Flow) -> None:
        if not flow.name or flow.name in self._flows:
            raise ValueError(f"flow name {flow.name!r} is empty or taken")
        self._flows[flow.name] = flow
        if self.scan_flow is None:
            self.scan_flow = flow

    def flow(self, name: str) -> Flow:
        return self._flows[name]

    def flows(self) -> tuple[Flow, ...]:
        return tuple(self._flows.values())

    def has_flow(self, name: str) -> bool:
        """Whether this kiosk runs the flow (a flow offers what leads to another only then)."""
        return name in self._flows

    def start(self, name: str, **arguments: Any) -> None:
        flow = self._flows.get(name)
        if flow is None:
            logger.error("no flow named %r", name)
            self.home()
            return
        flow.start(**arguments)

    @property
    def current_flow(self) -> Flow | None:
        screen = self.stack.currentWidget()
        return self._owner.get(screen) if screen is not None else None

    # -- screens -----------------------------------------------------------------------------

    def add_screen(self, screen: QWidget, flow: Flow) -> None:
        self._owner[screen] = flow
        self.stack.addWidget(screen)

    def set_home(self, screen: QWidget, flow: Flow) -> None:
        self._home = (screen, flow)

    def show(self, screen: QWidget, stay: Stay | None, flow: Flow) -> None:
        previous = self.current_flow
        if previous is not None and previous is not flow:
            previous.reset()  # only the flow on screen may hold a patron's details
        self.stack.setCurrentWidget(screen)
        self._stay = stay
        if stay is None:
            self.idle.stop()
        else:
            self.idle.arm(stay.seconds, stay.countdown_s)
        self.screen_changed.emit(screen)

    def home(self) -> None:
        """Forget every flow's state and show the start screen."""
        for flow in self._flows.values():
            flow.reset()
        self.session_ended.emit()
        if self._home is not None:
            screen, flow = self._home
            self.stack.setCurrentWidget(screen)
            self._stay = None
            self.idle.stop()
            self.screen_changed.emit(screen)

    def back_to_start(self, stay: Stay) -> None:
        """The start screen again, keeping the session: the patron chose a session option
        (their language, say) and has yet to scan. Idle for `stay`, the session ends."""
        if self._home is not None:
            screen, flow = self._home
            self.show(screen, stay, flow)

    def at_home(self) -> bool:
        return self._home is not None and self.stack.currentWidget() is self._home[0]

    # -- input -------------------------------------------------------------------------------

    def route_scan(self, text: str) -> None:
        flow = self.current_flow
        if flow is not None and flow.accepts_scans():
            flow.handle_scan(text)
        elif self.scan_flow is not None:
            self.scan_flow.handle_scan(text)

    def route_scan_refused(self, reason: str) -> None:
        flow = self.current_flow
        target = flow if flow is not None and flow.accepts_scans() else self.scan_flow
        if target is not None:
            target.handle_scan_refused(reason)

    def activity(self) -> None:
        """A touch or a key anywhere: the person is still there."""
        if self._stay is not None and self._stay.activity_extends and self.idle.running:
            self.idle.reset()

    def _on_idle_expired(self) -> None:
        flow = self.current_flow
        screen = self.stack.currentWidget()
        if flow is None or screen is None:
            self.home()
        else:
            flow.on_timeout(screen)
