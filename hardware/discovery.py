"""Finding serial ports: what is plugged in, and which port a "usb:VID:PID[:SERIAL]" name means.

Device paths such as /dev/ttyACM0 change when a cable is moved; the USB vendor id, product id and
serial number do not, so a branch's config can name a device by those instead."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from serial.tools import list_ports as _list_ports

log = logging.getLogger(__name__)

USB_PREFIX = "usb:"


class PortNotFound(LookupError):
    """No port (or more than one) matches a USB device name."""


@dataclass(frozen=True)
class PortInfo:
    device: str
    description: str = ""
    vid: int | None = None
    pid: int | None = None
    serial_number: str | None = None
    manufacturer: str | None = None
    product: str | None = None
    location: str | None = None

    @property
    def usb_id(self) -> str | None:
        """ "VID:PID" in hex, as lsusb prints it, or None for a port that is not USB."""
        if self.vid is None or self.pid is None:
            return None
        return f"{self.vid:04x}:{self.pid:04x}"

    @property
    def usb_name(self) -> str | None:
        """The stable name to put in a config file, e.g. "usb:2341:0043:85735313"."""
        if self.usb_id is None:
            return None
        suffix = f":{self.serial_number}" if self.serial_number else ""
        return f"{USB_PREFIX}{self.usb_id}{suffix}"


@dataclass(frozen=True)
class UsbSpec:
    vid: int
    pid: int
    serial_number: str | None = None

    def matches(self, port: PortInfo) -> bool:
        if port.vid != self.vid or port.pid != self.pid:
            return False
        return self.serial_number is None or port.serial_number == self.serial_number

    def __str__(self) -> str:
        suffix = f":{self.serial_number}" if self.serial_number else ""
        return f"{USB_PREFIX}{self.vid:04x}:{self.pid:04x}{suffix}"


def parse_usb_spec(port: str) -> UsbSpec | None:
    """The USB device a "usb:VID:PID[:SERIAL]" name stands for, or None for any other port name.

    Raises ValueError with a readable message when the name starts with "usb:" but is malformed."""
    if not port.lower().startswith(USB_PREFIX):
        return None
    parts = port[len(USB_PREFIX) :].split(":", 2)
    if len(parts) < 2:
        raise ValueError(f"{port!r}: expected usb:VID:PID or usb:VID:PID:SERIAL (hex ids)")
    ids: list[int] = []
    for label, text in (("vendor id", parts[0]), ("product id", parts[1])):
        try:
            value = int(text, 16)
        except ValueError:
            value = -1
        if not 0 <= value <= 0xFFFF or not text:
            raise ValueError(f"{port!r}: the {label} {text!r} is not a 4-digit hex number")
        ids.append(value)
    serial_number = parts[2] if len(parts) == 3 and parts[2] else None
    return UsbSpec(ids[0], ids[1], serial_number)


def list_ports() -> list[PortInfo]:
    """Every serial port the operating system reports, sorted by device path."""
    found = [
        PortInfo(
            device=info.device,
            description=info.description if info.description not in (None, "n/a") else "",
            vid=info.vid,
            pid=info.pid,
            serial_number=info.serial_number,
            manufacturer=info.manufacturer,
            product=info.product,
            location=info.location,
        )
        for info in _list_ports.comports()
    ]
    return sorted(found, key=lambda port: port.device)


def resolve_port(port: str, ports: Iterable[PortInfo] | None = None) -> str:
    """The device path or pyserial URL to open for `port`.

    Anything that is not a "usb:" name is returned unchanged. A "usb:" name is looked up in
    `ports` (default: the ports plugged in now); it must match exactly one port, because opening
    the wrong relay controller is worse than opening none."""
    spec = parse_usb_spec(port)
    if spec is None:
        return port
    candidates = list(list_ports() if ports is None else ports)
    matches = [info for info in candidates if spec.matches(info)]
    if not matches:
        raise PortNotFound(f"no USB serial device {spec} is plugged in")
    if len(matches) > 1:
        names = ", ".join(f"{info.device} ({info.usb_name})" for info in matches)
        raise PortNotFound(f"{spec} matches several ports ({names}); add the serial number")
    return matches[0].device


def request_low_latency(port: object) -> bool:
    """Ask the driver to pass received bytes on at once instead of holding them (FTDI adapters
    hold them up to 16 ms by default). True if the driver accepted; ptys, CDC-ACM ports,
    URL ports and other platforms quietly decline."""
    setter = getattr(port, "set_low_latency_mode", None)
    if setter is None:
        return False
    try:
        setter(True)
    except (ValueError, OSError, NotImplementedError) as exc:
        log.debug("low-latency mode not available on %s: %s", getattr(port, "port", "?"), exc)
        return False
    return True
