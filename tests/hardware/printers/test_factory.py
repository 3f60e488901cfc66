"""`make_backend`: the right backend for each configured printer, and plain refusals."""

from __future__ import annotations

import pytest

from hardware.printers.factory import BACKENDS, PrinterSpec, make_backend
from hardware.printers.marlin_serial import MarlinBackend
from hardware.printers.moonraker import MoonrakerBackend
from hardware.printers.octoprint import OctoPrintBackend
from hardware.printers.power_only import PowerOnlyBackend
from hardware.printers.prusalink import PrusaLinkBackend


class Switch:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def on(self, seconds: int) -> None:
        self.calls.append(f"on {seconds}")

    def off(self) -> None:
        self.calls.append("off")


def test_every_backend_is_made_from_its_spec() -> None:
    made = {
        "marlin": make_backend(PrinterSpec("marlin", "/dev/ttyACM0")),
        "octoprint": make_backend(PrinterSpec("octoprint", "http://octopi", api_key="K")),
        "moonraker": make_backend(PrinterSpec("moonraker", "http://voron", name="Voron")),
        "prusalink": make_backend(PrinterSpec("prusalink", "http://mk4", password="pw")),
        "power-only": make_backend(PrinterSpec("power-only", name="P1S"), power=Switch()),
    }
    assert set(made) == set(BACKENDS)
    kinds = (MarlinBackend, OctoPrintBackend, MoonrakerBackend, PrusaLinkBackend, PowerOnlyBackend)
    assert all(isinstance(made[name], kind) for name, kind in zip(BACKENDS, kinds, strict=True))
    assert made["moonraker"].name == "Voron" and made["octoprint"].name == "http://octopi"


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (PrinterSpec("octoprint", "http://octopi"), "OctoPrint needs an API key"),
        (PrinterSpec("prusalink", "http://mk4"), "PrusaLink needs its password"),
        (PrinterSpec("moonraker", "voron.local"), "is not an http:// or https:// address"),
        (PrinterSpec("power-only", name="P1S"), "P1S: a power-only printer needs a relay"),
    ],
)
def test_a_spec_that_cannot_work_is_refused_in_one_line(spec: PrinterSpec, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make_backend(spec)
