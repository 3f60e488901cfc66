"""`MoonrakerBackend`: a Klipper printer through Moonraker's HTTP API and websocket
(Moonraker's docs/external_api: printer.md, file_manager.md, server.md,
jsonrpc_notifications.md).

Commands and a poll go over HTTP; the websocket subscribes to Klipper's printer objects so that
changes (`notify_status_update`) arrive as they happen. The poll keeps going as a fallback: a
websocket that drops is reopened, and in between the poll still sees everything. The emergency
stop is Moonraker's `/printer/emergency_stop`: Klipper shuts down at once and needs a firmware
restart."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from websockets.exceptions import WebSocketException
from websockets.sync.client import ClientConnection
from websockets.sync.client import connect as ws_connect

from hardware.printers.backend import Listener
from hardware.printers.http_json import JsonHttp
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

log = logging.getLogger(__name__)

# The printer objects we read (Klipper's docs/Status_Reference.md), and the fields of each.
OBJECTS: dict[str, list[str] | None] = {
    "webhooks": ["state", "state_message"],
    "print_stats": ["state", "filename", "print_duration", "message"],
    "virtual_sdcard": ["progress", "is_active"],
    "extruder": ["temperature", "target"],
    "extruder1": ["temperature", "target"],
    "heater_bed": ["temperature", "target"],
}
_HEATERS = (("extruder", "tool0"), ("extruder1", "tool1"), ("heater_bed", "bed"))
_ENDED: dict[str, JobOutcome] = {
    "complete": "completed",
    "cancelled": "cancelled",
    "error": "failed",
}
WEBSOCKET_RETRY = 2.0  # seconds between attempts to reopen a dropped websocket
WEBSOCKET_WAKE = 0.5  # how often the websocket thread looks whether it should stop


def snapshot_from(objects: dict[str, dict[str, Any]]) -> Snapshot:
    """What Klipper's printer objects say, in our terms."""
    webhooks = objects.get("webhooks", {})
    klippy = webhooks.get("state", "")
    message = webhooks.get("state_message", "")
    heaters = tuple(
        Heater(name, float(obj["temperature"]), float(obj.get("target") or 0) or None)
        for key, name in _HEATERS
        if (obj := objects.get(key)) and obj.get("temperature") is not None
    )
    if klippy != "ready":
        kinds: dict[str, StateKind] = {
            "shutdown": "halted",
            "error": "error",
            "startup": "connecting",
        }
        kind = kinds.get(klippy, "disconnected")
        return Snapshot(
            PrinterStatus(kind, message or f"Klipper is {klippy or 'not connected'}"), heaters
        )
    stats = objects.get("print_stats", {})
    state = stats.get("state", "standby")
    job = stats.get("filename", "") or ""
    if state in ("printing", "paused"):
        fraction = float(objects.get("virtual_sdcard", {}).get("progress") or 0.0)
        elapsed = float(stats.get("print_duration") or 0.0)
        remaining = elapsed / fraction - elapsed if fraction > 0 else None
        progress = JobProgress(job, min(1.0, fraction), elapsed, remaining, state == "paused")
        return Snapshot(PrinterStatus(state, "", job), heaters, progress)
    outcome = _ENDED.get(state)
    detail = stats.get("message", "") if outcome == "failed" else ""
    return Snapshot(
        PrinterStatus("ready"), heaters, ended_job=job, outcome=outcome, outcome_detail=detail
    )


def websocket_url(base_url: str) -> str:
    parts = urlsplit(base_url)
    scheme = "wss" if parts.scheme == "https" else "ws"
    return urlunsplit((scheme, parts.netloc, parts.path.rstrip("/") + "/websocket", "", ""))


class MoonrakerBackend(PollingBackend):
    capabilities = Capabilities(
        job_control=True,
        keeps_printing=True,
        temperatures=True,
        progress=True,
        emergency_stop="halt",
        file_types=(".gcode", ".g", ".gco"),
    )

    def __init__(
        self,
        url: str,
        *,
        api_key: str | None = None,
        name: str | None = None,
        on_event: Listener | None = None,
        poll_interval: float = 2.0,
        request_timeout: float = 5.0,
    ) -> None:
        """`api_key` only where Moonraker does not trust this machine's address."""
        headers = {"X-Api-Key": api_key} if api_key else {}
        self._http = JsonHttp(
            url,
            name=name or url,
            headers=headers,
            timeout=request_timeout,
            refused="Moonraker refused the request; add this machine to trusted_clients in "
            "moonraker.conf or give its API key",
        )
        super().__init__(name or url, on_event, poll_interval)
        self.url = self._http.base_url
        self._headers = headers
        self._objects: dict[str, dict[str, Any]] = {}
        # Klipper's clock at the newest status applied: the poll and the websocket are two
        # channels, and an answer that took longer must not undo a newer one.
        self._eventtime = float("-inf")
        self._ws: ClientConnection | None = None
        self._ws_thread: threading.Thread | None = None
        self._ws_stop = threading.Event()
        self._subscribed = False

    @property
    def websocket_connected(self) -> bool:
        """True while the websocket is open and subscribed to the printer's objects."""
        with self._changed:
            return self._subscribed

    def _result(
        self, method: str, path: str, body: Any = None, timeout: float | None = None
    ) -> Any:
        answer = self._http.request(method, path, body, timeout=timeout)
        return answer.get("result", answer) if isinstance(answer, dict) else answer

    def _open(self, timeout: float) -> None:
        info = self._result("GET", "/server/info", timeout=timeout)
        if not isinstance(info, dict) or "klippy_state" not in info:
            raise BackendError(f"{self.name}: {self.url} does not answer like Moonraker")

    def _connected(self) -> None:
        self._ws_stop.clear()
        self._ws_thread = threading.Thread(
            target=self._listen, name=f"printer-ws:{self.name}", daemon=True
        )
        self._ws_thread.start()

    def close(self) -> None:
        self._ws_stop.set()
        ws = self._ws
        if ws is not None:
            ws.close()
        if self._ws_thread is not None:
            self._ws_thread.join(timeout=5.0)
            self._ws_thread = None
        super().close()

    def _poll(self) -> Snapshot:
        info = self._result("GET", "/server/info")
        if not info.get("klippy_connected", True) or info.get("klippy_state") == "disconnected":
            return Snapshot(
                PrinterStatus("disconnected", "Moonraker is up but Klipper is not connected")
            )
        query = "&".join(
            key if fields is None else f"{key}={','.join(fields)}"
            for key, fields in OBJECTS.items()
        )
        result = self._result("GET", f"/printer/objects/query?{query}")
        if not isinstance(result, dict):
            raise BackendError(f"{self.name}: Moonraker sent no printer status")
        eventtime = float(result.get("eventtime", 0.0))
        if eventtime >= self._eventtime:
            self._eventtime = eventtime
            self._objects = {key: dict(value) for key, value in result.get("status", {}).items()}
        return snapshot_from(self._objects)

    def _check_file(self, path: Path) -> None:
        check_job_file(path, file_types=self.capabilities.file_types, printer=self.name)

    def _send_job(self, path: Path, timeout: float, aborted: Callable[[], bool]) -> None:
        answer = self._http.upload(
            "/server/files/upload",
            path,
            fields={"root": "gcodes", "print": "true"},
            timeout=timeout,
            aborted=aborted,
        )
        answer = answer.get("result", answer) if isinstance(answer, dict) else {}
        if not answer.get("print_started"):
            raise BackendError(
                f"{self.name}: {path.name} was uploaded, but Klipper did not start it"
            )

    def _control(self, action: Control, timeout: float) -> None:
        path = {
            "pause": "/printer/print/pause",
            "resume": "/printer/print/resume",
            "cancel": "/printer/print/cancel",
            "emergency_stop": "/printer/emergency_stop",
        }[action]
        self._result("POST", path, timeout=timeout)

    # -- the websocket -------------------------------------------------------------------------

    def _listen(self) -> None:
        while not self._ws_stop.is_set():
            try:
                self._session()
            except (OSError, WebSocketException, ValueError) as exc:
                log.info("printer %s: websocket: %s", self.name, exc)
            finally:
                self._ws = None
                self._set_subscribed(False)
            self._ws_stop.wait(WEBSOCKET_RETRY)

    def _session(self) -> None:
        with ws_connect(
            websocket_url(self.url), additional_headers=self._headers, open_timeout=5.0
        ) as ws:
            self._ws = ws
            if self._ws_stop.is_set():
                return
            request = {
                "jsonrpc": "2.0",
                "method": "printer.objects.subscribe",
                "params": {"objects": OBJECTS},
                "id": 1,
            }
            ws.send(json.dumps(request))
            while not self._ws_stop.is_set():
                try:
                    text = ws.recv(timeout=WEBSOCKET_WAKE)
                except TimeoutError:
                    continue
                self._on_message(json.loads(text))

    def _on_message(self, message: dict[str, Any]) -> None:
        method = message.get("method")
        if message.get("id") == 1 and isinstance(message.get("result"), dict):
            changes = message["result"].get("status", {})
            eventtime = float(message["result"].get("eventtime", 0.0))
            self._set_subscribed(True)
        elif method == "notify_status_update":
            params = message.get("params") or [{}, 0.0]
            changes, eventtime = params[0], float(params[1])
        elif method in (
            "notify_klippy_ready",
            "notify_klippy_shutdown",
            "notify_klippy_disconnected",
        ):
            self._poll_soon()
            return
        else:
            return
        with self._poll_lock:
            if eventtime < self._eventtime:
                return  # a poll already brought a newer status
            self._eventtime = eventtime
            for key, fields in changes.items():
                self._objects.setdefault(key, {}).update(fields)
            self._apply(snapshot_from(self._objects))

    def _set_subscribed(self, subscribed: bool) -> None:
        with self._changed:
            self._subscribed = subscribed
            self._changed.notify_all()
