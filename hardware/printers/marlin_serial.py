"""`MarlinBackend`: a Marlin printer on USB serial (Prusa firmware of the MK3 family included),
as a `PrinterBackend`. A thin adapter: the streaming, resends and timeouts all live in
`hardware.marlin.driver.MarlinPrinter`, used through its public methods only."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hardware.marlin.driver import (
    JobFinished,
    MarlinPrinter,
    PrinterError,
    PrinterEvent,
    PrinterState,
)
from hardware.marlin.driver import JobProgress as MarlinProgress
from hardware.marlin.events import (
    FirmwareError,
    Halted,
    HostPrompt,
    PowerCutRequested,
    Temperatures,
)
from hardware.marlin.gcode import GcodeError, read_gcode
from hardware.marlin.lines import HeaterReading
from hardware.marlin.slicer import model_mismatch
from hardware.printers.backend import Listener, PrinterBackend
from hardware.printers.model import (
    BackendError,
    Capabilities,
    Heater,
    JobProgress,
    JobRejected,
    PrinterStatus,
)

_HEATER_NAMES = {"B": "bed", "C": "chamber", "P": "probe", "A": "ambient", "W": "redundant"}
NO_EMERGENCY_PARSER = (
    "this firmware has no emergency parser: M112 waits behind the commands already in the "
    "printer's buffer; cut its power relay for a stop that cannot wait"
)


def heaters_from(readings: tuple[HeaterReading, ...]) -> tuple[Heater, ...]:
    """Marlin's T/T0/T1/B/C readings under the names every backend uses. With several tools
    Marlin reports `T:` (the active tool) and `T0:`, `T1:`...; the numbered ones are kept."""
    numbered = any(r.name.startswith("T") and r.name[1:].isdigit() for r in readings)
    heaters: list[Heater] = []
    for reading in readings:
        if reading.name == "T":
            if numbered:
                continue
            name = "tool0"
        elif reading.name.startswith("T") and reading.name[1:].isdigit():
            name = f"tool{reading.name[1:]}"
        else:
            name = _HEATER_NAMES.get(reading.name, reading.name.lower())
        heaters.append(Heater(name, reading.actual, reading.target))
    return tuple(heaters)


class MarlinBackend(PrinterBackend):
    capabilities = Capabilities(
        job_control=True,
        temperatures=True,
        progress=True,
        emergency_stop="halt",
        file_types=(".gcode", ".gco", ".g"),
    )

    def __init__(
        self,
        port: str,
        *,
        name: str | None = None,
        on_event: Listener | None = None,
        driver_options: Mapping[str, Any] | None = None,
    ) -> None:
        """`driver_options` go to `MarlinPrinter` as they are (baudrate, reply_timeout...)."""
        super().__init__(name or port, on_event)
        self.port = port
        self._job = ""
        try:
            self._printer = MarlinPrinter(
                port, on_event=self._on_driver_event, **(driver_options or {})
            )
        except ValueError as exc:  # a malformed usb:VID:PID name
            raise BackendError(str(exc)) from None

    def connect(self, timeout: float = 10.0) -> None:
        self._start_events()
        try:
            caps = self._printer.connect(timeout=timeout)
        except PrinterError as exc:
            self._stop_events()
            raise BackendError(str(exc)) from None
        if not caps.emergency_parser:
            self.capabilities = dataclasses.replace(self.capabilities, note=NO_EMERGENCY_PARSER)
        # The driver's events reach us on its event thread; return once they have caught up,
        # so that `status` says "ready" when connect() does.
        ready = self._printer.state
        self.wait_until(lambda backend: backend.status.kind == ready.kind, timeout=2.0)

    def close(self) -> None:
        self._printer.close()
        self._stop_events()

    @property
    def driver(self) -> MarlinPrinter:
        return self._printer

    def start_job(
        self, path: str | Path, timeout: float = 60.0, *, abort: threading.Event | None = None
    ) -> None:
        path = Path(path)
        # .bgcode goes on to the G-code check, whose message names the slicer setting to change.
        if path.suffix.lower() not in (*self.capabilities.file_types, ".bgcode"):
            raise JobRejected(f"{path.name}: not a G-code file; nothing was sent")
        self._require_ready()
        try:
            job = read_gcode(path)
        except GcodeError as exc:
            raise JobRejected(f"{exc}; nothing was sent") from None
        caps = self._printer.capabilities
        if job.printer_model:
            problem = model_mismatch(job.printer_model, caps.firmware_name, caps.machine_type)
            if problem:
                raise JobRejected(f"{path.name}: {problem}; nothing was sent")
        # Reading and checking a long file takes a while: a cancel meanwhile sends nothing.
        self._check_abort(abort)
        self._job = path.name
        try:
            self._printer.start_job(job)
        except PrinterError as exc:
            raise BackendError(str(exc)) from None

    def pause(self, timeout: float = 10.0) -> None:
        self._printer.pause()

    def resume(self, timeout: float = 10.0) -> None:
        self._printer.resume()

    def cancel(self, timeout: float = 10.0) -> None:
        self._printer.cancel()

    def emergency_stop(self, timeout: float = 5.0) -> None:
        try:
            self._printer.emergency_stop()
        except PrinterError as exc:
            raise BackendError(str(exc)) from None

    def reset(self, timeout: float = 10.0) -> None:
        """Talk to the printer afresh after it was reset or power-cycled (after a halt)."""
        try:
            self._printer.reset(timeout)
        except PrinterError as exc:
            raise BackendError(str(exc)) from None

    # Runs on the driver's event thread, in the driver's order.
    def _on_driver_event(self, event: PrinterEvent) -> None:
        if isinstance(event, PrinterState):
            job = self._job if event.kind in ("printing", "paused") else ""
            self._set_status(PrinterStatus(event.kind, event.detail, job))
        elif isinstance(event, Temperatures):
            if event.readings:
                self._set_heaters(heaters_from(event.readings))
        elif isinstance(event, MarlinProgress):
            self._set_progress(self._progress_from(event))
        elif isinstance(event, JobFinished):
            self._job_ended(self._job, event.outcome, event.detail)
        elif isinstance(event, FirmwareError | Halted):
            self._message(event.text if isinstance(event, FirmwareError) else event.reason)
        elif isinstance(event, HostPrompt):
            buttons = f" [{' / '.join(event.buttons)}]" if event.buttons else ""
            self._message(f"the printer asks: {event.message}{buttons}")
        elif isinstance(event, PowerCutRequested):
            self._request_power_cut(event.reason)

    def _progress_from(self, progress: MarlinProgress) -> JobProgress:
        return JobProgress(
            self._job, progress.fraction, progress.elapsed, progress.eta, progress.paused
        )
