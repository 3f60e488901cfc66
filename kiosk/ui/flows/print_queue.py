"""The print queue staff tool: what each printer is doing, its queue and its failed jobs, and
the staff controls. Every action goes through the print desk, whose core checks the staff
member's role (and audits it) before anything reaches a printer."""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from kiosk.core.permissions import StaffAction
from kiosk.core.print_views import (
    JobChanged,
    PrinterLive,
    PrinterQueue,
    PrintQueueEvent,
    PrintRefused,
)
from kiosk.core.results import StaffSummary
from kiosk.errors import Conflict, InvalidInput, NotFound, PermissionDenied, Unavailable
from kiosk.ui.clock_text import display_zone
from kiosk.ui.navigator import Flow, FlowContext, Navigator, Stay
from kiosk.ui.ports import PrintDeskLike
from kiosk.ui.print_refusal_text import refused_text
from kiosk.ui.screens.print_queue import PrinterPanel, PrintQueueScreen, PrintQueueView
from kiosk.ui.staff_tools import StaffTool

logger = logging.getLogger(__name__)

QUEUE_IDLE_S = 300
QUEUE_COUNTDOWN_S = 15


class _Events(QObject):
    """The desk's events (from printer threads) onto the GUI thread."""

    arrived = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._closed = False

    def post(self, event: PrintQueueEvent) -> None:
        if not self._closed:
            with contextlib.suppress(RuntimeError):  # being destroyed: nobody to tell
                self.arrived.emit(event)


class PrintQueueFlow(Flow):
    name = "print_queue"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self.screen = PrintQueueScreen()
        self.add_screen(self.screen)
        self.desk: PrintDeskLike | None = context.print_desk
        self.zone = display_zone(context.settings.timezone)
        self.staff: StaffSummary | None = None
        self._queues: tuple[PrinterQueue, ...] = ()
        self._live: dict[str, PrinterLive] = {}
        self._selected = ""
        self._status_line = ""
        self._working = False
        self._reloading = False
        self._stale = False
        self._events = _Events(self)
        self._events.arrived.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        if self.desk is not None:
            self.desk.add_listener(self._events.post)
        self.screen.back.connect(self._back)
        self.screen.select.connect(self._select)
        self.screen.pause.connect(lambda p: self._printer_action(p, "pause"))
        self.screen.resume.connect(lambda p: self._printer_action(p, "resume"))
        self.screen.reset_printer.connect(lambda p: self._printer_action(p, "reset"))
        self.screen.emergency_stop.connect(lambda p: self._printer_action(p, "emergency_stop"))
        self.screen.cancel.connect(self._cancel)
        self.screen.requeue.connect(self._requeue)
        self.screen.move_job.connect(self._move)
        if self.desk is not None:
            context.staff_tools.add(
                StaffTool(
                    "print_queue",
                    label=lambda: self.tr("Print queue"),
                    action=StaffAction.PRINT_QUEUE,
                    start=lambda staff: self.nav.start(self.name, staff=staff),
                )
            )

    @property
    def view(self) -> PrintQueueView | None:
        return self.screen.view

    # -- opening -----------------------------------------------------------------------------

    def start(self, **arguments: Any) -> None:
        staff = arguments.get("staff")
        if not isinstance(staff, StaffSummary) or self.desk is None:
            logger.error("print queue started without a staff member or a print desk")
            self.nav.home()
            return
        self.staff = staff
        self._status_line = ""
        self._working = False
        desk = self.desk
        self._live = {live.printer: live for live in desk.live()}
        self._queues = ()
        self.show(self.screen, Stay(QUEUE_IDLE_S, QUEUE_COUNTDOWN_S))
        self._render()
        staff_id = staff.staff_id
        self.run(
            self.context.lanes.database,
            lambda: desk.queues(staff_id),
            self._loaded,
            self._failed,
        )

    def _loaded(self, queues: tuple[PrinterQueue, ...]) -> None:
        self._reloading = False
        self._queues = queues
        if self._stale:
            self._reload()  # a job changed while this answer was on its way
        if not self._selected and queues:
            self._selected = queues[0].printer
        self._render()

    def _reload(self) -> None:
        desk = self.desk
        if desk is None or self.staff is None:
            return
        if self._reloading:
            self._stale = True
            return
        self._reloading = True
        self._stale = False
        self.run(self.context.lanes.database, desk.snapshot, self._loaded, self._failed)

    # -- events ------------------------------------------------------------------------------

    @Slot(object)
    def _on_event(self, event: object) -> None:
        if self.staff is None:
            return  # not open: the next opening reads everything afresh
        if isinstance(event, PrinterLive):
            self._live[event.printer] = event
            self._render()
        elif isinstance(event, JobChanged):
            self._reload()

    # -- actions -----------------------------------------------------------------------------

    def _select(self, printer: str) -> None:
        self._selected = printer
        self._render()

    def _printer_action(self, printer: str, what: str) -> None:
        desk, staff = self.desk, self.staff
        if desk is None or staff is None:
            return
        calls: dict[str, Callable[[uuid.UUID, str], None]] = {
            "pause": desk.pause,
            "resume": desk.resume,
            "reset": desk.reset,
            "emergency_stop": desk.emergency_stop,
        }
        call = calls[what]
        done = {
            "pause": self.tr("Pausing {printer}…"),
            "resume": self.tr("Resuming {printer}…"),
            "reset": self.tr("{printer} is connected again."),
            "emergency_stop": self.tr("Emergency stop sent to {printer}."),
        }[what].format(printer=printer)
        self._act(self.context.lanes.device(printer), lambda: call(staff.staff_id, printer), done)

    def _cancel(self, job_id: uuid.UUID) -> None:
        desk, staff = self.desk, self.staff
        printer = self._printer_of(job_id)
        if desk is None or staff is None or printer is None:
            return
        self._act(
            self.context.lanes.device(printer),
            lambda: desk.cancel(staff.staff_id, job_id),
            self.tr("Cancelling…"),
        )

    def _requeue(self, job_id: uuid.UUID) -> None:
        desk, staff = self.desk, self.staff
        if desk is None or staff is None:
            return
        self._act(
            self.context.lanes.database,
            lambda: desk.requeue(staff.staff_id, job_id),
            self.tr("Queued again."),
        )

    def _move(self, job_id: uuid.UUID, steps: int) -> None:
        desk, staff = self.desk, self.staff
        if desk is None or staff is None:
            return
        self._act(self.context.lanes.database, lambda: desk.move(staff.staff_id, job_id, steps), "")

    def _act(self, lane: Any, call: Callable[[], object], done: str) -> None:
        self._working = True
        self._render()

        def finished(_result: object) -> None:
            self._working = False
            self._status_line = done
            self._reload()
            self._render()

        self.run(lane, call, finished, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._working = False
        self._reloading = False
        self._status_line = self.error_text(error)
        if isinstance(error, PermissionDenied):
            logger.warning("print queue action refused: %s", error)
        else:
            logger.error("print queue action failed: %r", error)
        self._render()

    def error_text(self, error: BaseException) -> str:
        if isinstance(error, PermissionDenied):
            return self.tr("Your account may not do this. Please ask an administrator.")
        if isinstance(error, PrintRefused):
            return refused_text(error, self.zone)
        if isinstance(error, Conflict | InvalidInput | NotFound):
            return self.tr("That did not work: {reason}.").format(reason=str(error))
        if isinstance(error, Unavailable):
            return self.tr("The database can't be reached right now. Please try again.")
        # A printer's own one-line answer (not reachable, not ready).
        return self.tr("The printer did not do it: {reason}").format(reason=str(error))

    def _back(self) -> None:
        staff = self.staff
        self.reset()
        if staff is None:
            self.nav.home()
            return
        self.nav.start("staff_console", staff=staff)

    def reset(self) -> None:
        super().reset()
        self.staff = None
        self._queues = ()
        self._status_line = ""
        self._working = False
        self._reloading = False
        self._stale = False
        self.screen.clear()

    # -- helpers -----------------------------------------------------------------------------

    def _printer_of(self, job_id: uuid.UUID) -> str | None:
        for queue in self._queues:
            jobs = (queue.active, *queue.waiting, *queue.failed)
            if any(job is not None and job.job_id == job_id for job in jobs):
                return queue.printer
        return None

    def _render(self) -> None:
        if self.staff is None:
            return
        panels = tuple(PrinterPanel(q, self._live.get(q.printer)) for q in self._queues)
        view = PrintQueueView(
            printers=panels,
            selected=self._selected,
            status_line=self._status_line,
            working=self._working,
        )
        self.screen.show_view(view)
