"""One module per use case. A flow is added to the kiosk by adding it to DEFAULT_FLOWS (or to
the list the application passes to the window); the window and the other flows stay as they
are. The first flow listed owns the start screen and receives scans no other flow takes."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.ui.flows.accessibility import AccessibilityFlow
from kiosk.ui.flows.checkin import CheckInFlow
from kiosk.ui.flows.demo import DemoFlow
from kiosk.ui.flows.language import LanguageFlow
from kiosk.ui.flows.staff_console import StaffConsoleFlow
from kiosk.ui.navigator import Flow, FlowContext, Navigator

FlowType = Callable[[Navigator, FlowContext], Flow]

DEFAULT_FLOWS: tuple[FlowType, ...] = (
    CheckInFlow,
    StaffConsoleFlow,
    DemoFlow,
    LanguageFlow,
    AccessibilityFlow,
)
