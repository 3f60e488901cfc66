"""One module per use case. A flow is added to the kiosk by adding it to DEFAULT_FLOWS (or to
the list the application passes to the window); the window and the other flows stay as they
are. The first flow listed owns the start screen and receives scans no other flow takes."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.ui.flows.accessibility import AccessibilityFlow
from kiosk.ui.flows.checkin import CheckInFlow
from kiosk.ui.flows.demo import DemoFlow
from kiosk.ui.flows.equipment import EquipmentFlow
from kiosk.ui.flows.equipment_admin import EquipmentAdminFlow
from kiosk.ui.flows.kits_on_loan import KitsOnLoanFlow
from kiosk.ui.flows.language import LanguageFlow
from kiosk.ui.flows.lending import LendingFlow
from kiosk.ui.flows.machine_session import MachineSessionFlow
from kiosk.ui.flows.machines import MachinesFlow
from kiosk.ui.flows.print_queue import PrintQueueFlow
from kiosk.ui.flows.project_notices import ProjectNoticesFlow
from kiosk.ui.flows.project_reviews import ProjectReviewsFlow
from kiosk.ui.flows.showcase import ShowcaseFlow
from kiosk.ui.flows.staff_console import StaffConsoleFlow
from kiosk.ui.flows.submit_project import SubmitProjectFlow
from kiosk.ui.flows.sync_tool import SyncToolFlow
from kiosk.ui.flows.trainings import TrainingsFlow
from kiosk.ui.flows.usb_picker import UsbPickerFlow
from kiosk.ui.flows.waiver import WaiverFlow
from kiosk.ui.navigator import Flow, FlowContext, Navigator

FlowType = Callable[[Navigator, FlowContext], Flow]

DEFAULT_FLOWS: tuple[FlowType, ...] = (
    CheckInFlow,
    StaffConsoleFlow,
    DemoFlow,
    LanguageFlow,
    AccessibilityFlow,
    EquipmentFlow,
    UsbPickerFlow,
    TrainingsFlow,
    WaiverFlow,
    PrintQueueFlow,
    MachineSessionFlow,
    MachinesFlow,
    EquipmentAdminFlow,
    SubmitProjectFlow,
    ProjectNoticesFlow,
    LendingFlow,
    KitsOnLoanFlow,
    ProjectReviewsFlow,
    ShowcaseFlow,
    SyncToolFlow,
)
