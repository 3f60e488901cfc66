"""Finding serial ports: what is plugged in, and which port a "usb:VID:PID[:SERIAL]" name means.

Device paths such as /dev/ttyACM0 change when a cable is moved; the USB vendor id, product id and
serial number do not, so a branch's config can name a device by those instead."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from serial.tools import list_ports as _list_ports

from hardware.port_names import PortInfo, parse_usb_spec

log = logging.getLogger(__name__)


class PortNotFound(LookupError):
    """No port (or more than one) matches a USB device name."""


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
