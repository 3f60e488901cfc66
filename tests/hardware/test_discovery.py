"""Port discovery: USB names, resolution, the OS's port list, low-latency requests."""

from __future__ import annotations

import pytest
import serial
from serial.tools import list_ports as pyserial_list_ports

from hardware.discovery import PortNotFound, list_ports, request_low_latency, resolve_port
from hardware.port_names import PortInfo, UsbSpec, parse_usb_spec
from tests.hardware.support import HostAwareDevice

UNO = PortInfo("/dev/ttyACM0", "Arduino Uno", vid=0x2341, pid=0x0043, serial_number="8573")
UNO_2 = PortInfo("/dev/ttyACM1", "Arduino Uno", vid=0x2341, pid=0x0043, serial_number="9999")
FTDI = PortInfo("/dev/ttyUSB0", "FT232R", vid=0x0403, pid=0x6001, serial_number=None)
BUILTIN = PortInfo("/dev/ttyS0", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("usb:2341:0043", UsbSpec(0x2341, 0x0043)),
        ("USB:2341:0043:85735313", UsbSpec(0x2341, 0x0043, "85735313")),
        ("usb:0403:6001:A:B", UsbSpec(0x0403, 0x6001, "A:B")),
        ("usb:1a86:7523:", UsbSpec(0x1A86, 0x7523)),
        ("/dev/ttyACM0", None),
        ("loop://", None),
    ],
)
def test_parse_usb_spec(text: str, expected: UsbSpec | None) -> None:
    assert parse_usb_spec(text) == expected


@pytest.mark.parametrize("text", ["usb:", "usb:2341", "usb:zz:0043", "usb:2341:12345", "usb::1"])
def test_malformed_usb_spec_is_explained(text: str) -> None:
    with pytest.raises(ValueError, match=r"usb:VID:PID|hex number"):
        parse_usb_spec(text)


def test_usb_names_round_trip() -> None:
    assert UNO.usb_id == "2341:0043"
    assert UNO.usb_name == "usb:2341:0043:8573"
    assert FTDI.usb_name == "usb:0403:6001"
    assert BUILTIN.usb_name is None
    assert str(parse_usb_spec("usb:2341:0043:8573")) == UNO.usb_name


def test_resolve_by_identity() -> None:
    ports = [BUILTIN, UNO, UNO_2, FTDI]
    assert resolve_port("usb:2341:0043:9999", ports) == "/dev/ttyACM1"
    assert resolve_port("usb:0403:6001", ports) == "/dev/ttyUSB0"
    assert resolve_port("/dev/ttyS0", ports) == "/dev/ttyS0"


def test_resolve_refuses_missing_and_ambiguous_devices() -> None:
    with pytest.raises(PortNotFound, match="no USB serial device usb:2341:0043:1 is plugged in"):
        resolve_port("usb:2341:0043:1", [UNO, FTDI])
    with pytest.raises(PortNotFound, match=r"matches several ports.*add the serial number"):
        resolve_port("usb:2341:0043", [UNO, UNO_2])


def test_list_ports_reports_what_the_os_reports() -> None:
    expected = sorted(info.device for info in pyserial_list_ports.comports())
    found = list_ports()
    assert [port.device for port in found] == expected
    assert all(port.description != "n/a" for port in found)


def test_low_latency_is_declined_quietly_where_unsupported() -> None:
    with HostAwareDevice() as device, serial.Serial(device.port, timeout=0.1) as pty_port:
        assert request_low_latency(pty_port) is False
        assert pty_port.is_open
    loop = serial.serial_for_url("loop://", timeout=0.1)
    try:
        assert request_low_latency(loop) is False
    finally:
        loop.close()


def test_low_latency_is_requested_from_the_driver() -> None:
    class Adapter:
        def __init__(self) -> None:
            self.requested: list[bool] = []

        def set_low_latency_mode(self, enabled: bool) -> None:
            self.requested.append(enabled)

    adapter = Adapter()
    assert request_low_latency(adapter) is True
    assert adapter.requested == [True]
