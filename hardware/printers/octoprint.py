"""`OctoPrintBackend`: a printer behind an OctoPrint server, over its REST API with an API key
(docs/api in OctoPrint's source: version, connection, printer, files, job).

OctoPrint streams the file itself; we upload it with `print=true` and follow `/api/job` and
`/api/printer`. The emergency stop is M112 through `/api/printer/command`: OctoPrint sends M112
ahead of its queue ("force-sending"), and the printer halts until reset."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from threading import Event
from typing import Any

from hardware.printers.backend import Listener
from hardware.printers.http_json import HttpStatusError, JsonHttp
from hardware.printers.job_files import check_job_file
from hardware.printers.model import (
    BackendError,
    Capabilities,
    Heater,
    JobOutcome,
    JobProgress,
    PrinterStatus,
)
from hardware.printers.polling import Control, PollingBackend, Snapshot

# OctoPrint's state texts (octoprint.util.comm), by what they mean for a job.
_CONNECTING = (
    "Opening serial connection",
    "Detecting serial connection",
    "Connecting",
    "Detecting baudrate",
)


def status_from(job_state: str, flags: dict[str, Any] | None, error: str = "") -> PrinterStatus:
    """Our status from `/api/job`'s `state` text and `/api/printer`'s state flags (None when
    OctoPrint answered 409: no printer connected)."""
    text = job_state or "Offline"
    if flags is None or not flags.get("operational"):
        if text.startswith("Error") or "error" in text.lower():
            return PrinterStatus("error", error or text)
        if text.startswith(_CONNECTING):
            return PrinterStatus("connecting", text)
        return PrinterStatus("disconnected", "OctoPrint is not connected to the printer")
    # "Pausing" still runs the moves already queued, and OctoPrint ignores a resume then:
    # only "Paused" is paused.
    if flags.get("paused") and not flags.get("pausing") and not flags.get("resuming"):
        return PrinterStatus("paused", text)
    if any(
        flags.get(flag)
        for flag in ("printing", "pausing", "resuming", "cancelling", "finishing", "paused")
    ):
        return PrinterStatus("printing", text)
    if flags.get("error"):
        return PrinterStatus("error", error or text)
    if flags.get("ready"):
        return PrinterStatus("ready", "")
    return PrinterStatus("busy", text)


def heaters_from(temperature: dict[str, Any]) -> tuple[Heater, ...]:
    heaters = []
    for name in sorted(temperature):
        reading = temperature[name]
        if not isinstance(reading, dict) or reading.get("actual") is None:
            continue
        target = reading.get("target")
        heaters.append(Heater(name, float(reading["actual"]), float(target) if target else None))
    return tuple(heaters)


class OctoPrintBackend(PollingBackend):
    capabilities = Capabilities(
        job_control=True,
        keeps_printing=True,
        temperatures=True,
        progress=True,
        emergency_stop="halt",
        file_types=(".gcode", ".gco", ".g"),
    )

    def __init__(
        self,
        url: str,
        api_key: str,
        *,
        name: str | None = None,
        on_event: Listener | None = None,
        printer_port: str | None = None,
        poll_interval: float = 1.0,
        request_timeout: float = 5.0,
    ) -> None:
        """`printer_port`: if given and OctoPrint is not connected to its printer, ask it to
        connect on that port ("AUTO" lets OctoPrint choose); otherwise leave its connection be."""
        self._http = JsonHttp(
            url,
            name=name or url,
            headers={"X-Api-Key": api_key},
            timeout=request_timeout,
            refused="OctoPrint refused the API key; check the key in OctoPrint's settings "
            "under Application Keys",
        )
        super().__init__(name or url, on_event, poll_interval)
        self.url = self._http.base_url
        self._printer_port = printer_port
        self._halted = False

    def _open(self, timeout: float) -> None:
        version = self._http.get("/api/version", timeout=timeout)
        if not isinstance(version, dict) or "api" not in version:
            raise BackendError(f"{self.name}: {self.url} does not answer like OctoPrint")
        if self._printer_port is None:
            return
        current = self._http.get("/api/connection", timeout=timeout).get("current", {})
        if current.get("state") in ("Operational", "Printing", "Paused"):
            return
        self._http.post(
            "/api/connection",
            {"command": "connect", "port": self._printer_port, "autoconnect": False},
            timeout=timeout,
        )
        deadline = time.monotonic() + timeout
        pause = Event()
        while self._poll().status.kind in ("connecting", "disconnected"):
            if time.monotonic() >= deadline:
                raise BackendError(
                    f"{self.name}: OctoPrint did not connect to the printer on "
                    f"{self._printer_port} within {timeout:g} s"
                )
            pause.wait(0.1)

    def _poll(self) -> Snapshot:
        job = self._http.get("/api/job")
        try:
            printer = self._http.get("/api/printer")
        except HttpStatusError as exc:
            if exc.status != 409:  # 409: OctoPrint has no printer connected
                raise
            printer = None
        flags = printer.get("state", {}).get("flags") if printer else None
        error = (printer or {}).get("state", {}).get("error", "") or job.get("error", "")
        status = status_from(job.get("state", ""), flags, error)
        if status.kind == "ready":
            self._halted = False
        elif self._halted and status.kind in ("error", "disconnected"):
            status = PrinterStatus("halted", "emergency stop; reset the printer and reconnect")
        info = job.get("job", {}).get("file", {}) or {}
        file_name = info.get("name") or ""
        progress_info = job.get("progress", {}) or {}
        completion = progress_info.get("completion")
        progress = None
        if completion is not None:
            progress = JobProgress(
                file_name,
                min(1.0, max(0.0, float(completion) / 100.0)),
                progress_info.get("printTime"),
                progress_info.get("printTimeLeft"),
                status.kind == "paused",
            )
        outcome: JobOutcome | None = None
        detail = ""
        if status.kind == "ready" and completion is not None:
            done = float(completion) >= 100.0
            outcome = "completed" if done else "cancelled"
            detail = "" if done else "stopped in OctoPrint or at the printer before the end"
        heaters = heaters_from((printer or {}).get("temperature", {}))
        return Snapshot(
            PrinterStatus(
                status.kind,
                status.detail,
                file_name if status.kind in ("printing", "paused") else "",
            ),
            heaters,
            progress,
            ended_job=file_name,
            outcome=outcome,
            outcome_detail=detail,
        )

    def _check_file(self, path: Path) -> None:
        check_job_file(path, file_types=self.capabilities.file_types, printer=self.name)

    def _send_job(self, path: Path, timeout: float, aborted: Callable[[], bool]) -> None:
        self._http.upload(
            "/api/files/local",
            path,
            fields={"select": "true", "print": "true"},
            timeout=timeout,
            aborted=aborted,
        )

    def _control(self, action: Control, timeout: float) -> None:
        if action == "emergency_stop":
            self._halted = True
            self._http.post("/api/printer/command", {"commands": ["M112"]}, timeout=timeout)
            return
        body: dict[str, str] = (
            {"command": "cancel"} if action == "cancel" else {"command": "pause", "action": action}
        )
        try:
            self._http.post("/api/job", body, timeout=timeout)
        except HttpStatusError as exc:
            if exc.status == 409:
                raise BackendError(f"{self.name}: no job is printing or paused") from None
            raise
