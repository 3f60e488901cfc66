"""`PrusaLinkBackend`: a Prusa MK4, XL or MINI (Buddy firmware) through PrusaLink's local HTTP
API, as Prusa publishes it (Prusa-Link-Web's spec/openapi.yaml: /api/version, /api/v1/status,
/api/v1/job, /api/v1/storage, /api/v1/files/{storage}/{path}).

The printer prints from its own storage: we PUT the file there with `Print-After-Upload: ?1`
and follow `/api/v1/status`. Authentication is HTTP Digest with the user and password shown on
the printer's screen (older firmware: an API key). The API has no emergency stop: the strongest
stop it offers is stopping the job (DELETE /api/v1/job/{id}); the capabilities say so."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

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
    StateKind,
)
from hardware.printers.polling import Control, PollingBackend, Snapshot

NO_EMERGENCY_STOP = (
    "PrusaLink has no emergency stop: the job is stopped and the printer finishes its current "
    "move; cut its power relay for a stop that cannot wait"
)
_KINDS: dict[str, StateKind] = {
    "IDLE": "ready",
    "READY": "ready",
    "FINISHED": "ready",
    "STOPPED": "ready",
    "BUSY": "busy",
    "PRINTING": "printing",
    "PAUSED": "paused",
    # The printer waits for a person (filament runout, a crash, a prompt): the job goes on after.
    "ATTENTION": "paused",
    "ERROR": "error",
}
_OUTCOMES: dict[str, JobOutcome] = {
    "FINISHED": "completed",
    "STOPPED": "cancelled",
    "ERROR": "failed",
}


def snapshot_from(status: dict[str, Any], job_name: str = "") -> Snapshot:
    """Our terms for `/api/v1/status`; `job_name` is the file of the job it reports, if known."""
    printer = status.get("printer", {})
    state = str(printer.get("state", "")).upper()
    kind = _KINDS.get(state, "busy")
    detail = ""
    if state == "ATTENTION":
        detail = "the printer needs attention; see its screen"
    elif state == "ERROR":
        detail = (printer.get("status_printer") or {}).get(
            "message"
        ) or "the printer reports an error"
    heaters = tuple(
        Heater(name, float(printer[actual]), float(printer.get(target) or 0) or None)
        for name, actual, target in (
            ("tool0", "temp_nozzle", "target_nozzle"),
            ("bed", "temp_bed", "target_bed"),
        )
        if printer.get(actual) is not None
    )
    job = status.get("job") or {}
    progress = None
    if kind in ("printing", "paused") and job:
        progress = JobProgress(
            job_name,
            min(1.0, float(job.get("progress") or 0.0) / 100.0),
            job.get("time_printing"),
            job.get("time_remaining"),
            kind == "paused",
        )
    return Snapshot(
        PrinterStatus(kind, detail, job_name if kind in ("printing", "paused") else ""),
        heaters,
        progress,
        ended_job=job_name,
        outcome=_OUTCOMES.get(state),
    )


class PrusaLinkBackend(PollingBackend):
    capabilities = Capabilities(
        job_control=True,
        keeps_printing=True,
        temperatures=True,
        progress=True,
        emergency_stop="stop-job",
        file_types=(".gcode", ".bgcode"),
        note=NO_EMERGENCY_STOP,
    )

    def __init__(
        self,
        url: str,
        *,
        password: str | None = None,
        user: str = "maker",
        api_key: str | None = None,
        model: str = "",
        name: str | None = None,
        on_event: Listener | None = None,
        poll_interval: float = 2.0,
        request_timeout: float = 5.0,
    ) -> None:
        """`password` (and `user`) for Digest authentication, or `api_key` on older firmware.
        `model` ("MK4", "XL", "MINI"...): files sliced for another model are refused."""
        self._http = JsonHttp(
            url,
            name=name or url,
            headers={"X-Api-Key": api_key} if api_key else {},
            timeout=request_timeout,
            digest=(user, password) if password else None,
            refused="the printer refused the user name and password; they are on its screen "
            "under Settings > Network > PrusaLink",
        )
        super().__init__(name or url, on_event, poll_interval)
        self.url = self._http.base_url
        self.model = model
        self._job_id: int | None = None  # the last job the printer reported
        self._job_name = ""
        # The printer's last job before ours: its FINISHED is not our job's outcome.
        self._previous_job: int | None = None

    def _open(self, timeout: float) -> None:
        version = self._http.get("/api/version", timeout=timeout)
        if not isinstance(version, dict) or "api" not in version:
            raise BackendError(f"{self.name}: {self.url} does not answer like PrusaLink")

    def _poll(self) -> Snapshot:
        status = self._http.get("/api/v1/status") or {}
        job = status.get("job") or {}
        if job.get("id") is not None and job.get("id") != self._job_id:
            self._job_id = int(job["id"])
            info = self._http.get("/api/v1/job") or {}  # 204 (no content): no job any more
            file = info.get("file") or {}
            self._job_name = file.get("display_name") or file.get("name") or ""
        ours = self._job_id is not None and self._job_id != self._previous_job
        return snapshot_from(status, self._job_name if ours else "")

    def _check_file(self, path: Path) -> None:
        check_job_file(
            path, file_types=self.capabilities.file_types, model=self.model, printer=self.name
        )

    def _storage(self, timeout: float) -> str:
        storages = (self._http.get("/api/v1/storage", timeout=timeout) or {}).get(
            "storage_list", []
        )
        for storage in storages:
            if storage.get("available") and not storage.get("read_only") and storage.get("path"):
                return str(storage["path"])
        raise BackendError(
            f"{self.name}: the printer has no storage to print from (is its USB drive in?)"
        )

    def _send_job(self, path: Path, timeout: float, aborted: Callable[[], bool]) -> None:
        storage = self._storage(timeout)
        target = f"/api/v1/files/{quote(storage.strip('/'))}/{quote(path.name)}"
        headers = {"Print-After-Upload": "?1", "Overwrite": "?1"}
        try:
            self._http.put_file(target, path, headers, timeout=timeout, aborted=aborted)
        except HttpStatusError as exc:
            if exc.status == 409:
                raise BackendError(
                    f"{self.name}: the printer is busy or printing that file"
                ) from None
            raise
        self._previous_job = self._job_id

    def _control(self, action: Control, timeout: float) -> None:
        if self._job_id is None:
            self._apply_fresh()
        if self._job_id is None:
            raise BackendError(f"{self.name}: no job is printing or paused")
        path = f"/api/v1/job/{self._job_id}"
        try:
            if action in ("pause", "resume"):
                self._http.request("PUT", f"{path}/{action}", timeout=timeout)
            else:  # cancel, and the emergency stop: PrusaLink has nothing harder
                if action == "emergency_stop":
                    self._request_power_cut(NO_EMERGENCY_STOP)
                self._http.request("DELETE", path, timeout=timeout)
        except HttpStatusError as exc:
            if exc.status in (404, 409):
                raise BackendError(
                    f"{self.name}: the printer refused to {action.replace('_', ' ')} "
                    f"(HTTP {exc.status}: no such job, or not in a state for it)"
                ) from None
            raise

    def _apply_fresh(self) -> None:
        with self._poll_lock:
            self._apply(self._poll())
