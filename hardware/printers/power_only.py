"""`PowerOnlyBackend`: a printer the kiosk cannot talk to (Bambu Lab and others with no open
local API), of which it owns only the power, through a relay channel.

What the kiosk can do with it: reserve it (that is the kiosk's business) and switch its power
on for the reserved time and off again. No job control, no temperatures, no progress: jobs are
started on the printer itself or in its maker's app. The capabilities say exactly that, and
every job method raises `NotSupported` with a sentence a person understands. The emergency stop
cuts the power."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Protocol

from hardware.printers.backend import Listener, PrinterBackend
from hardware.printers.model import BackendError, Capabilities, PrinterStatus
from hardware.relay.client import RelayClient, RelayError

POWER_ONLY = (
    "power only: start, pause and stop prints on the printer itself or in its maker's app; "
    "the kiosk switches its power"
)
MAX_POWER_SECONDS = 86400  # the relay controller's longest unlock


class PowerSwitch(Protocol):
    def on(self, seconds: int) -> None: ...

    def off(self) -> None: ...


class RelayChannelPower:
    """One channel of the relay/lock controller as a printer's power switch. The controller
    switches the channel off by itself when the time is up, even if the kiosk has crashed."""

    def __init__(self, client: RelayClient, channel: int) -> None:
        self.client = client
        self.channel = channel

    def on(self, seconds: int) -> None:
        self.client.unlock(self.channel, seconds)

    def off(self) -> None:
        self.client.lock(self.channel)


class PowerOnlyBackend(PrinterBackend):
    capabilities = Capabilities(
        job_control=False,
        temperatures=False,
        progress=False,
        emergency_stop="power-cut",
        power_relay=True,
        file_types=(),
        note=POWER_ONLY,
    )

    def __init__(self, name: str, power: PowerSwitch, *, on_event: Listener | None = None) -> None:
        super().__init__(name, on_event)
        self._power = power

    def connect(self, timeout: float = 10.0) -> None:
        self._start_events()
        self._set_status(PrinterStatus("power-only", "power off"))

    def close(self) -> None:
        """Leaves the power as it is: the controller ends a powered period by itself."""
        self._set_status(PrinterStatus("disconnected"))
        self._stop_events()

    def power_on(self, seconds: int) -> None:
        """Power the printer for `seconds` (a reservation's length, at most a day)."""
        if not 0 < seconds <= MAX_POWER_SECONDS:
            raise BackendError(
                f"{self.name}: power can be switched on for 1 s to 24 h, not {seconds} s"
            )
        try:
            self._power.on(seconds)
        except RelayError as exc:
            raise BackendError(f"{self.name}: the power relay did not switch on ({exc})") from None
        self._set_status(PrinterStatus("power-only", f"power on for {seconds} s"))

    def power_off(self) -> None:
        try:
            self._power.off()
        except RelayError as exc:
            raise BackendError(f"{self.name}: the power relay did not switch off ({exc})") from None
        self._set_status(PrinterStatus("power-only", "power off"))

    def start_job(
        self, path: str | Path, timeout: float = 60.0, *, abort: threading.Event | None = None
    ) -> None:
        raise self._not_supported("start a job")

    def pause(self, timeout: float = 10.0) -> None:
        raise self._not_supported("pause a job")

    def resume(self, timeout: float = 10.0) -> None:
        raise self._not_supported("resume a job")

    def cancel(self, timeout: float = 10.0) -> None:
        raise self._not_supported("cancel a job")

    def emergency_stop(self, timeout: float = 5.0) -> None:
        """Cut the printer's power. It loses the print, but stops at once."""
        self.power_off()
