"""`PrinterSpec` and `make_backend`: a printer as configuration describes it, and the backend
that drives it. One place that knows every backend, for the command line and the kiosk's
device bridge alike."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from hardware.marlin.settings import MarlinSettings
from hardware.printers.backend import Listener, PrinterBackend
from hardware.printers.power_only import PowerSwitch

BackendName = Literal["marlin", "octoprint", "moonraker", "prusalink", "power-only"]
BACKENDS: tuple[BackendName, ...] = ("marlin", "octoprint", "moonraker", "prusalink", "power-only")


@dataclass(frozen=True)
class PrinterSpec:
    backend: BackendName
    target: str = ""  # serial port (marlin) or http://host[:port] (network backends)
    name: str = ""  # shown to people and named in events; defaults to the target
    api_key: str | None = None  # OctoPrint (required), Moonraker, older PrusaLink
    user: str = "maker"  # PrusaLink
    password: str | None = None  # PrusaLink
    model: str = ""  # PrusaLink: files sliced for another model are refused
    connect_port: str | None = None  # OctoPrint: connect it to its printer on this port
    poll_interval: float | None = None  # network backends; None: the backend's default
    baudrate: int = 115200  # marlin
    # marlin: what the firmware was built with and its timeouts; the baudrate above when None
    marlin: MarlinSettings | None = None


def make_backend(
    spec: PrinterSpec, on_event: Listener | None = None, *, power: PowerSwitch | None = None
) -> PrinterBackend:
    """The backend for `spec`, not connected yet. ValueError (one line) when the spec cannot
    work: a missing key or password, an address that is not http(s), no power switch."""
    name = spec.name or spec.target
    polling = {} if spec.poll_interval is None else {"poll_interval": spec.poll_interval}
    if spec.backend == "marlin":
        from hardware.printers.marlin_serial import MarlinBackend

        options = {"settings": spec.marlin} if spec.marlin else {"baudrate": spec.baudrate}
        return MarlinBackend(spec.target, name=name, on_event=on_event, driver_options=options)
    if spec.backend == "octoprint":
        from hardware.printers.octoprint import OctoPrintBackend

        if not spec.api_key:
            raise ValueError("OctoPrint needs an API key (OctoPrint: Settings > Application Keys)")
        return OctoPrintBackend(
            spec.target,
            spec.api_key,
            name=name,
            on_event=on_event,
            printer_port=spec.connect_port,
            **polling,
        )
    if spec.backend == "moonraker":
        from hardware.printers.moonraker import MoonrakerBackend

        return MoonrakerBackend(
            spec.target, api_key=spec.api_key, name=name, on_event=on_event, **polling
        )
    if spec.backend == "prusalink":
        from hardware.printers.prusalink import PrusaLinkBackend

        if not (spec.password or spec.api_key):
            raise ValueError(
                "PrusaLink needs its password (on the printer: Settings > Network > PrusaLink)"
            )
        return PrusaLinkBackend(
            spec.target,
            password=spec.password,
            user=spec.user,
            api_key=spec.api_key,
            model=spec.model,
            name=name,
            on_event=on_event,
            **polling,
        )
    if spec.backend == "power-only":
        from hardware.printers.power_only import PowerOnlyBackend

        if power is None:
            raise ValueError(f"{name or 'printer'}: a power-only printer needs a relay channel")
        return PowerOnlyBackend(name or "printer", power, on_event=on_event)
    raise ValueError(f"unknown printer backend {spec.backend!r}")
