"""The print queue as staff use it: the queue service's staff calls (role checked and audited
in the database) together with the printers' runners, so that a queued job starts at once and a
pause or an emergency stop reaches the printer only after the staff member's role allowed it.

Every method blocks (database, printer): the screens call it on a lane, never on the GUI thread.
Events from the runners go to the listeners from the runners' threads."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from hardware.printers.backend import PrinterBackend
from hardware.printers.model import PrinterEvent
from kiosk.core.permissions import StaffAction
from kiosk.core.print_views import (
    ACTIVE_STATUSES,
    PrinterLive,
    PrinterQueue,
    PrintJobView,
    PrintQueueEvent,
)
from kiosk.devices.print_runner import JobStore, PowerHold, PrinterRunner

log = logging.getLogger(__name__)

Listener = Callable[[PrintQueueEvent], None]


class QueueService(JobStore, Protocol):
    """`kiosk.core.print_queue.PrintQueueService`, as the desk uses it."""

    def authorize(self, staff_id: uuid.UUID, action: StaffAction, *, printer: str = "") -> None: ...

    def queues(self, staff_id: uuid.UUID) -> tuple[PrinterQueue, ...]: ...

    def snapshot(self) -> tuple[PrinterQueue, ...]: ...

    def enqueue(
        self,
        staff_id: uuid.UUID,
        printer: str,
        sha256: str,
        file_name: str,
        *,
        project_id: uuid.UUID | None = None,
        estimated_seconds: int | None = None,
    ) -> PrintJobView: ...

    def move(self, staff_id: uuid.UUID, job_id: uuid.UUID, steps: int) -> PrintJobView: ...

    def cancel(self, staff_id: uuid.UUID, job_id: uuid.UUID) -> PrintJobView: ...

    def requeue(self, staff_id: uuid.UUID, job_id: uuid.UUID) -> PrintJobView: ...


class QueuedPrinter(Protocol):
    """A printer of the device hub (`PrinterDevice`): its backend, and its events."""

    name: str
    backend: PrinterBackend

    def add_printer_listener(self, listener: Callable[[PrinterEvent], None]) -> None: ...


class PrintDesk:
    def __init__(
        self,
        service: Callable[[], QueueService],
        printers: Sequence[str],
        runners: Mapping[str, PrinterRunner],
    ) -> None:
        # The service comes through a getter: the database opens after the devices do.
        self._service = service
        self._printers = tuple(printers)
        self._runners = dict(runners)
        self._listeners: list[Listener] = []

    @classmethod
    def build(
        cls,
        service: Callable[[], QueueService],
        printers: Sequence[str],
        devices: Sequence[QueuedPrinter],
        *,
        work_dir: Path,
        power: PowerHold | None,
        runner_options: Mapping[str, float] | None = None,
    ) -> PrintDesk:
        """A runner for each of the queue's `printers` among the hub's printer `devices`."""
        desk = cls(service, printers, {})
        for device in devices:
            if device.name not in printers:
                continue
            runner = PrinterRunner(
                device.backend,
                service,
                publish=desk._publish,
                work_dir=work_dir,
                power=power,
                **dict(runner_options or {}),  # type: ignore[arg-type]
            )
            device.add_printer_listener(runner.on_event)
            desk._runners[device.name] = runner
        return desk

    # -- life --------------------------------------------------------------------------------

    def start(self) -> None:
        for runner in self._runners.values():
            runner.start()

    def stop(self) -> None:
        for runner in self._runners.values():
            runner.stop()

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def runner(self, printer: str) -> PrinterRunner:
        return self._runners[printer]

    # -- reads -------------------------------------------------------------------------------

    def printers(self) -> tuple[str, ...]:
        return tuple(p for p in self._printers if p in self._runners)

    def queues(self, staff_id: uuid.UUID) -> tuple[PrinterQueue, ...]:
        return self._service().queues(staff_id)

    def snapshot(self) -> tuple[PrinterQueue, ...]:
        return self._service().snapshot()

    def live(self) -> tuple[PrinterLive, ...]:
        return tuple(runner.live() for runner in self._runners.values())

    # -- staff actions -----------------------------------------------------------------------

    def enqueue(
        self,
        staff_id: uuid.UUID,
        printer: str,
        sha256: str,
        file_name: str,
        *,
        project_id: uuid.UUID | None = None,
        estimated_seconds: int | None = None,
    ) -> PrintJobView:
        view = self._service().enqueue(
            staff_id,
            printer,
            sha256,
            file_name,
            project_id=project_id,
            estimated_seconds=estimated_seconds,
        )
        self._wake(printer)
        return view

    def move(self, staff_id: uuid.UUID, job_id: uuid.UUID, steps: int) -> PrintJobView:
        return self._service().move(staff_id, job_id, steps)

    def requeue(self, staff_id: uuid.UUID, job_id: uuid.UUID) -> PrintJobView:
        view = self._service().requeue(staff_id, job_id)
        self._wake(view.printer)
        return view

    def cancel(self, staff_id: uuid.UUID, job_id: uuid.UUID) -> PrintJobView:
        """A waiting job is cancelled at once; a job on the printer is stopped there, and its
        end recorded when the printer confirms it."""
        view = self._service().cancel(staff_id, job_id)
        if view.status in ACTIVE_STATUSES:
            self._runners[view.printer].cancel()
        return view

    def pause(self, staff_id: uuid.UUID, printer: str) -> None:
        self._service().authorize(staff_id, StaffAction.PRINT_QUEUE, printer=printer)
        self._runners[printer].pause()

    def resume(self, staff_id: uuid.UUID, printer: str) -> None:
        self._service().authorize(staff_id, StaffAction.PRINT_QUEUE, printer=printer)
        self._runners[printer].resume()

    def reset(self, staff_id: uuid.UUID, printer: str) -> None:
        self._service().authorize(staff_id, StaffAction.PRINT_QUEUE, printer=printer)
        self._runners[printer].reset()

    def emergency_stop(self, staff_id: uuid.UUID, printer: str) -> None:
        self._service().authorize(staff_id, StaffAction.PRINT_EMERGENCY_STOP, printer=printer)
        self._runners[printer].emergency_stop()

    # -- helpers -----------------------------------------------------------------------------

    def _wake(self, printer: str) -> None:
        runner = self._runners.get(printer)
        if runner is not None:
            runner.wake()

    def _publish(self, event: PrintQueueEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("print queue listener failed")
