"""Port names as a config file writes them: a device path, a pyserial URL, or a stable
"usb:VID:PID[:SERIAL]" name. Pure Python without pyserial, so that a config check stays cheap."""

from __future__ import annotations

from dataclasses import dataclass

USB_PREFIX = "usb:"


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
