"""Builds the hardware clients the configuration declares and keeps each one's live state.

Every method that talks to a device blocks (with the driver's own timeouts), so callers run it
on that device's lane, never on the GUI thread. State changes and notices go to the listeners
from whatever thread the driver reports on; listeners must only hand them on."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Mapping
from typing import Protocol, cast

from hardware.marlin.settings import MarlinSettings, TimeoutPolicy
from hardware.printers import factory as printers
from hardware.printers.backend import PrinterBackend
from hardware.printers.model import (
    BackendError,
    JobEnded,
    PowerCutRequested,
    PrinterEvent,
    PrinterStatus,
    StateChanged,
)
from hardware.printers.power_only import RelayChannelPower
from hardware.relay import events as relay_events
from hardware.relay.client import RelayClient, RelayError
from hardware.scanner import SerialScanner
from hardware.transport import LinkState
from kiosk.config import Config, PrinterSpec, RelaySpec
from kiosk.core.clock import Clock, SystemClock
from kiosk.core.machine_views import Channel
from kiosk.devices.machine_control import MachineControl
from kiosk.devices.status import (
    DeviceKind,
    DeviceNotice,
    DeviceStatus,
    LinkStatus,
    LockReport,
    NoticeKind,
)

log = logging.getLogger(__name__)

Listener = Callable[[DeviceStatus | DeviceNotice], None]

RELAY_START_TIMEOUT_S = 3.0
PRINTER_CONNECT_TIMEOUT_S = 8.0


def port_present(port: str) -> bool:
    """Whether a path-like port exists now; USB ids and URLs are looked up by the driver."""
    if port.lower().startswith("usb:") or "://" in port:
        return True
    return os.path.exists(port)


class ManagedDevice(Protocol):
    name: str
    kind: DeviceKind

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def status(self) -> DeviceStatus: ...

    @property
    def needs_start(self) -> bool: ...


class _Device:
    """State keeping shared by the device wrappers."""

    kind: DeviceKind

    def __init__(self, name: str, port: str, notify: Listener) -> None:
        self.name = name
        self.port = port
        self._notify = notify
        self._lock = threading.Lock()
        self._status = DeviceStatus(name, self.kind, LinkStatus.STARTING, "", port)

    def status(self) -> DeviceStatus:
        with self._lock:
            return self._status

    def _set(self, status: LinkStatus, detail: str = "") -> None:
        new = DeviceStatus(self.name, self.kind, status, detail, self.port)
        with self._lock:
            if new == self._status:
                return
            self._status = new
        log.info("device %s (%s): %s %s", self.name, self.kind, status, detail)
        self._notify(new)

    def _notice(
        self,
        text: str,
        event: object,
        what: NoticeKind,
        *,
        channel: int | None = None,
        job: str = "",
        detail: str = "",
    ) -> None:
        log.warning("device %s (%s): %s", self.name, self.kind, text)
        self._notify(DeviceNotice(self.name, self.kind, text, event, what, channel, job, detail))

    def _unreachable(self, problem: str) -> None:
        if port_present(self.port):
            self._set(LinkStatus.RECONNECTING, problem)
        else:
            self._set(LinkStatus.MISSING, f"nothing is connected at {self.port}")


class RelayDevice(_Device):
    kind = DeviceKind.RELAY

    def __init__(
        self,
        spec: RelaySpec,
        notify: Listener,
        forward: Callable[[str, relay_events.RelayEvent], None] | None = None,
    ) -> None:
        super().__init__(spec.name, spec.port, notify)
        # The machine control hears every event too (a reset it must re-apply state after).
        self._forward = forward
        self.client = RelayClient(
            spec.port,
            wait_banner=spec.auto_reset,
            baudrate=spec.baudrate,
            on_event=self._on_event,
        )
        self._started = False

    @property
    def needs_start(self) -> bool:
        # Once started, the client reconnects by itself.
        return not self._started

    def start(self) -> None:
        self._started = True
        try:
            self.client.start(timeout=RELAY_START_TIMEOUT_S)
        except RelayError as exc:
            if self.client.noise_lines > 0:
                # Lines arrive, but none is a controller frame: a printer or a scanner, say.
                self._set(
                    LinkStatus.FAULT,
                    f"the device at {self.port} does not answer as a relay controller",
                )
            else:
                self._unreachable(str(exc))
            return
        info = self.client.info
        self._set(LinkStatus.CONNECTED, info.describe() if info is not None else "")

    def stop(self) -> None:
        self.client.stop()
        self._started = False
        self._set(LinkStatus.STOPPED)

    def lock_all(self) -> LockReport:
        """Lock every channel, then read STATUS back: confirmed only if every channel is off."""
        try:
            self.client.lock_all()
            status = self.client.status()
        except (RelayError, OSError) as exc:
            return LockReport(self.name, False, str(exc))
        still_on = tuple(ch.channel for ch in status.channels if ch.unlocked)
        if still_on:
            line = f"channels still on: {', '.join(map(str, still_on))}"
            return LockReport(self.name, False, line, still_on)
        return LockReport(self.name, True, f"{len(status.channels)} channels locked")

    def _on_event(self, event: relay_events.RelayEvent) -> None:
        self._show_event(event)
        if self._forward is not None:
            self._forward(self.name, event)

    def _show_event(self, event: relay_events.RelayEvent) -> None:
        match event:
            case relay_events.Connected(info=info):
                self._set(LinkStatus.CONNECTED, info.describe())
            case relay_events.Disconnected(detail=detail):
                self._unreachable(detail)
            case relay_events.Unresponsive(detail=detail):
                self._set(LinkStatus.RECONNECTING, detail)
            case relay_events.Responsive():
                known = self.client.info
                self._set(LinkStatus.CONNECTED, known.describe() if known is not None else "")
            case relay_events.DeviceReset():
                self._notice(
                    "the controller restarted; every channel is locked",
                    event,
                    NoticeKind.CONTROLLER_RESET,
                )
            case relay_events.UnlockUnconfirmed(channel=channel):
                self._notice(
                    f"channel {channel}: unlock not confirmed, locking it again",
                    event,
                    NoticeKind.UNLOCK_UNCONFIRMED,
                    channel=channel,
                )
            case relay_events.UnlockRevoked(channel=channel):
                self._notice(
                    f"channel {channel}: locked again after an unconfirmed unlock",
                    event,
                    NoticeKind.UNLOCK_REVOKED,
                    channel=channel,
                )
            case relay_events.EStopLocked():
                self._notice(
                    "emergency stop pressed: every channel locked", event, NoticeKind.ESTOP_LOCKED
                )
            case relay_events.HeartbeatLost():
                self._notice(
                    "the controller lost the kiosk's heartbeat and locked",
                    event,
                    NoticeKind.HEARTBEAT_LOST,
                )
            case _:
                pass


class PrinterDevice(_Device):
    kind = DeviceKind.PRINTER

    def __init__(
        self, spec: PrinterSpec, notify: Listener, relays: Mapping[str, RelayClient]
    ) -> None:
        super().__init__(spec.name, spec.port or spec.url, notify)
        # The relay channel that powers this printer, when one is configured: cut at once on
        # an emergency stop the printer itself may not act on.
        self.power = RelayChannelPower(relays[spec.relay], spec.channel) if spec.relay else None
        self.backend = make_backend(spec, self._on_event, self.power)
        self._connected = False
        self._printer_listeners: list[Callable[[PrinterEvent], None]] = []

    def add_printer_listener(self, listener: Callable[[PrinterEvent], None]) -> None:
        """Hear every event of the printer's backend (the print queue), on its event thread."""
        self._printer_listeners.append(listener)

    @property
    def needs_start(self) -> bool:
        # Once connected a backend follows the printer by itself; before that, try again.
        return not self._connected

    def start(self) -> None:
        try:
            self.backend.connect(timeout=PRINTER_CONNECT_TIMEOUT_S)
        except BackendError as exc:
            # A printer that is switched off but still on USB answers nothing either: the
            # backend's own line says which it is, and the bridge tries again later.
            if self.port.startswith(("http://", "https://")):
                self._set(LinkStatus.RECONNECTING, str(exc))
            else:
                self._unreachable(str(exc))
            return
        self._connected = True
        self._show(self.backend.status)

    def stop(self) -> None:
        self.backend.close()
        self._connected = False
        self._set(LinkStatus.STOPPED)

    def _on_event(self, event: PrinterEvent) -> None:
        for listener in list(self._printer_listeners):
            try:
                listener(event)
            except Exception:
                log.exception("printer %s: listener failed", self.name)
        if isinstance(event, StateChanged):
            self._show(event.status)
        elif isinstance(event, JobEnded) and event.outcome == "failed":
            self._notice(
                f"job {event.job} failed: {event.detail}",
                event,
                NoticeKind.JOB_FAILED,
                job=str(event.job),
                detail=event.detail,
            )
        elif isinstance(event, PowerCutRequested):
            self._cut_power(event)

    def _cut_power(self, event: PowerCutRequested) -> None:
        # Runs on the backend's event thread; the relay call has its own timeout.
        if self.power is None:
            self._notice(
                f"emergency stop: {event.reason}; no power relay is configured",
                event,
                NoticeKind.NO_POWER_RELAY,
                detail=event.reason,
            )
            return
        try:
            self.power.off()
        except RelayError as exc:
            self._notice(
                f"emergency stop: the power relay did not switch off ({exc})",
                event,
                NoticeKind.POWER_CUT_FAILED,
                detail=str(exc),
            )
            return
        self._notice(
            f"emergency stop: power cut ({event.reason})",
            event,
            NoticeKind.POWER_CUT,
            detail=event.reason,
        )

    def _show(self, status: PrinterStatus) -> None:
        line = status.kind if not status.detail else f"{status.kind}: {status.detail}"
        if status.kind in ("ready", "printing", "paused", "busy", "power-only"):
            self._set(LinkStatus.CONNECTED, line)
        elif status.kind in ("error", "halted"):
            self._set(LinkStatus.FAULT, line)
        elif status.kind == "connecting":
            self._set(LinkStatus.STARTING, line)
        elif self._connected:
            self._set(LinkStatus.RECONNECTING, status.detail or "disconnected")


def make_backend(
    spec: PrinterSpec,
    on_event: Callable[[PrinterEvent], None],
    power: RelayChannelPower | None,
) -> PrinterBackend:
    """The backend a `[[printers]]` entry asks for (through the one printer factory of
    `hardware.printers`); nothing is opened yet."""
    described = printers.PrinterSpec(
        backend=cast(printers.BackendName, spec.backend),
        target=spec.port or spec.url,
        name=spec.name,
        api_key=spec.api_key or None,
        user=spec.user,
        password=spec.password or None,
        baudrate=spec.baudrate,
        marlin=marlin_settings(spec) if spec.backend == "marlin" else None,
    )
    try:
        return printers.make_backend(described, on_event, power=power)
    except ValueError as exc:  # the configuration check should have caught it already
        raise BackendError(str(exc)) from None


def marlin_settings(spec: PrinterSpec) -> MarlinSettings:
    """A `[[printers]]` entry as the Marlin driver's settings."""
    return MarlinSettings(
        baudrate=spec.baudrate,
        rx_buffer=spec.rx_buffer,
        advanced_ok=spec.advanced_ok,
        resets_on_open=spec.resets_on_open,
        timeouts=TimeoutPolicy(
            reply_timeout=spec.reply_timeout_s,
            long_command_timeout=spec.long_command_timeout_s,
            user_wait_timeout=spec.user_wait_timeout_s or None,
        ),
    )


class ScannerDevice(_Device):
    kind = DeviceKind.SCANNER

    def __init__(
        self,
        port: str,
        baudrate: int,
        max_length: int,
        on_scan: Callable[[str], None],
        on_rejected: Callable[[int], None],
        notify: Listener,
    ) -> None:
        super().__init__("Card scanner", port, notify)
        self.scanner = SerialScanner(
            port,
            on_scan=on_scan,
            on_state=self._on_state,
            max_length=max_length,
            on_rejected=on_rejected,
            baudrate=baudrate,
        )
        self._started = False

    @property
    def needs_start(self) -> bool:
        return not self._started

    def start(self) -> None:
        self._started = True
        # An absent scanner is retried in the background by its link.
        self.scanner.start(timeout=2.0)
        if self.scanner.connected:
            self._set(LinkStatus.CONNECTED)
        else:
            self._unreachable("not connected")

    def stop(self) -> None:
        self.scanner.stop()
        self._started = False
        self._set(LinkStatus.STOPPED)

    def _on_state(self, state: LinkState) -> None:
        if state.kind == "connected":
            self._set(LinkStatus.CONNECTED)
        elif state.kind == "disconnected":
            self._unreachable(state.detail or "disconnected")
        else:
            log.warning("serial scanner %s: %s", state.port, state.detail)


class DeviceHub:
    """The devices of one kiosk. Construction opens nothing; `start` is per device."""

    def __init__(self, clock: Clock | None = None) -> None:
        self._listeners: list[Listener] = []
        self.relays: list[RelayDevice] = []
        self.printers: list[PrinterDevice] = []
        self.scanner: ScannerDevice | None = None
        self.machines = MachineControl({}, {}, (clock or SystemClock()).now)

    @classmethod
    def from_config(cls, config: Config, clock: Clock | None = None) -> DeviceHub:
        hub = cls()
        hub.relays = [RelayDevice(spec, hub._notify, hub._relay_event) for spec in config.relays]
        clients = {relay.name: relay.client for relay in hub.relays}
        hub.printers = [PrinterDevice(spec, hub._notify, clients) for spec in config.printers]
        hub.machines = MachineControl(
            clients,
            {printer.name: printer.backend for printer in hub.printers},
            (clock or SystemClock()).now,
            printer_channels={
                Channel(spec.relay, spec.channel): spec.name
                for spec in config.printers
                if spec.relay
            },
        )
        return hub

    def _relay_event(self, name: str, event: relay_events.RelayEvent) -> None:
        try:
            self.machines.on_relay_event(name, event)
        except Exception:  # a failure here must not stop the relay's other listeners
            log.exception("machine control failed on an event of relay %s", name)

    def add_scanner(
        self,
        port: str,
        *,
        baudrate: int,
        max_length: int,
        on_scan: Callable[[str], None],
        on_rejected: Callable[[int], None],
    ) -> None:
        self.scanner = ScannerDevice(port, baudrate, max_length, on_scan, on_rejected, self._notify)

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def devices(self) -> tuple[ManagedDevice, ...]:
        scanner: tuple[ManagedDevice, ...] = (self.scanner,) if self.scanner else ()
        return (*self.relays, *self.printers, *scanner)

    def device(self, name: str) -> ManagedDevice:
        for device in self.devices():
            if device.name == name:
                return device
        raise KeyError(name)

    def lock_all(self, name: str) -> LockReport:
        for relay in self.relays:
            if relay.name == name:
                held = self.machines.release(name)
                report = relay.lock_all()
                self.machines.locked_all(held, report.confirmed)
                return report
        raise KeyError(name)

    def relay_names(self) -> tuple[str, ...]:
        return tuple(relay.name for relay in self.relays)

    def stop_all(self) -> None:
        for device in self.devices():
            try:
                device.stop()
            except Exception:  # one device failing to close must not keep others open
                log.exception("device %s did not stop cleanly", device.name)

    def _notify(self, item: DeviceStatus | DeviceNotice) -> None:
        for listener in list(self._listeners):
            try:
                listener(item)
            except Exception:
                log.exception("device listener failed")
