"""The Qt side of the kiosk's devices: their live state on the GUI thread.

Drivers report from their own threads; the hub hands each immutable status or notice to this
bridge, which re-emits it through a queued signal, so every slot connected to `changed` or
`notice` runs on the GUI thread. Anything that talks to a device runs on that device's lane."""

from __future__ import annotations

import contextlib
import logging
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from kiosk.devices.status import DeviceNotice, DeviceStatus, LockReport
from kiosk.ui.lanes import Lanes
from kiosk.ui.ports import DeviceHubLike, DeviceLike, MachineControlLike

logger = logging.getLogger(__name__)

RETRY_MS = 10_000
MAX_NOTICES = 20


class DeviceBridge(QObject):
    changed = Signal(object)  # DeviceStatus
    notice = Signal(object)  # DeviceNotice
    _from_device = Signal(object)

    def __init__(
        self,
        hub: DeviceHubLike,
        lanes: Lanes,
        *,
        retry_ms: int = RETRY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._hub = hub
        self._lanes = lanes
        # The hub's machine control (kiosk.devices.hub.DeviceHub has one; stand-in hubs of
        # tests and screenshots may not).
        self.machine_control: MachineControlLike | None = getattr(hub, "machines", None)
        self._states: dict[str, DeviceStatus] = {d.name: d.status() for d in hub.devices()}
        self._notices: deque[DeviceNotice] = deque(maxlen=MAX_NOTICES)
        self._starting: set[str] = set()
        self._closed = False
        self._from_device.connect(self._on_item, Qt.ConnectionType.QueuedConnection)
        hub.add_listener(self._post)
        # Devices that were absent are tried again now and then; drivers that reconnect by
        # themselves say so through `needs_start`.
        self._retry = QTimer(self)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self.start)

    def _post(self, item: DeviceStatus | DeviceNotice) -> None:
        # Runs on a device thread.
        if self._closed:
            return
        # RuntimeError: the bridge is being destroyed; nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            self._from_device.emit(item)

    @Slot(object)
    def _on_item(self, item: object) -> None:
        if isinstance(item, DeviceStatus):
            self._states[item.name] = item
            self.changed.emit(item)
        elif isinstance(item, DeviceNotice):
            self._notices.appendleft(item)
            self.notice.emit(item)

    def start(self) -> None:
        """Open every device that is not open yet, each on its own lane."""
        if self._closed:
            return
        for device in self._hub.devices():
            if device.needs_start and device.name not in self._starting:
                self._starting.add(device.name)
                self._start(device)
        if not self._retry.isActive():
            self._retry.start()

    def _start(self, device: DeviceLike) -> None:
        name = device.name

        def started(_result: object) -> None:
            self._starting.discard(name)

        def failed(error: BaseException) -> None:
            self._start_failed(name, error)

        self._lanes.device(name).submit(device.start, on_result=started, on_error=failed)

    def _start_failed(self, name: str, error: BaseException) -> None:
        self._starting.discard(name)
        logger.error("device %s could not be started: %r", name, error)

    def states(self) -> tuple[DeviceStatus, ...]:
        return tuple(self._states.values())

    def notices(self) -> tuple[DeviceNotice, ...]:
        return tuple(self._notices)

    def relay_names(self) -> tuple[str, ...]:
        return self._hub.relay_names()

    def lock_all(self, done: Callable[[tuple[LockReport, ...]], None]) -> None:
        """Lock every relay controller at once, each on its lane; `done` gets every report."""
        names = self.relay_names()
        reports: dict[str, LockReport] = {}

        def collect(report: LockReport) -> None:
            reports[report.name] = report
            if len(reports) == len(names):
                done(tuple(reports[name] for name in names))

        if not names:
            done(())
            return
        for name in names:
            self._lock(name, collect)

    def _lock(self, name: str, collect: Callable[[LockReport], None]) -> None:
        def lock() -> LockReport:
            return self._hub.lock_all(name)

        def failed(error: BaseException) -> None:
            collect(LockReport(name, False, str(error)))

        self._lanes.device(name).submit(lock, on_result=collect, on_error=failed)

    def shutdown(self) -> None:
        """Close every device on its own lane; the lanes' shutdown waits for them."""
        self._closed = True
        self._retry.stop()
        for device in self._hub.devices():
            stop = getattr(device, "stop", None)
            if stop is not None:
                self._lanes.device(device.name).submit(stop)
