"""Devices in the configuration: [[relays]] and [[printers]] entries, each checked, with one
line naming the key and its line for every mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, PrinterSpec, RelaySpec, load_config

KEYS = '[cards.keys]\nK1 = "00112233445566778899aabbccddeeff"\n'


def load(tmp_path: Path, text: str) -> object:
    path = tmp_path / "kiosk.toml"
    path.write_text(text + "\n" + KEYS, encoding="utf-8")
    return load_config(path)


def error(tmp_path: Path, text: str) -> str:
    with pytest.raises(ConfigError) as info:
        load(tmp_path, text)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_relays_and_printers_of_every_backend_are_read(tmp_path: Path) -> None:
    config = load(
        tmp_path,
        """
[[relays]]
name = "Workshop"
port = "usb:2341:0043"
auto_reset = false

[[printers]]
name = "MK3S"
port = "/dev/ttyACM0"

[[printers]]
name = "MK4"
backend = "prusalink"
url = "http://192.168.1.40"
password = "p4ss"

[[printers]]
name = "Voron"
backend = "octoprint"
url = "http://octopi.local"
api_key = "ABCDEF0123"
""",
    )
    assert config.relays == (RelaySpec("Workshop", "usb:2341:0043", auto_reset=False),)  # type: ignore[attr-defined]
    printers = config.printers  # type: ignore[attr-defined]
    assert printers[0] == PrinterSpec("MK3S", port="/dev/ttyACM0")
    assert printers[1].backend == "prusalink" and printers[1].password == "p4ss"
    assert printers[2].api_key == "ABCDEF0123"
    assert "p4ss" not in repr(config) and "ABCDEF0123" not in repr(config)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[[relays]]\nport = "/dev/ttyACM0"\n', "relays.name: every [[relays]] entry needs a name"),
        ('[[relays]]\nname = "A"\n', "relays.port: every [[relays]] entry needs a port"),
        ('[[relays]]\nname = "A"\nport = "x"\nspeed = 9600\n', "relays.speed: unknown key"),
        ('[[printers]]\nname = "P"\n', "printers.port: printer 'P' needs a port"),
        (
            '[[printers]]\nname = "P"\nbackend = "bambu"\n',
            "printers.backend: must be one of marlin, octoprint, moonraker, prusalink, power-only",
        ),
        (
            '[[printers]]\nname = "P"\nbackend = "power-only"\nrelay = "Nope"\nchannel = 2\n',
            "printers.relay: power-only printer 'P' needs the relay = name of one of the",
        ),
        (
            '[[printers]]\nname = "P"\nbackend = "moonraker"\n',
            "printers.url: printer 'P' (moonraker) needs a url",
        ),
        (
            '[[printers]]\nname = "P"\nbackend = "octoprint"\nurl = "http://o"\n',
            "printers.api_key: printer 'P' needs OctoPrint's API key",
        ),
        (
            '[[printers]]\nname = "P"\nbackend = "moonraker"\nurl = "ftp://x"\n',
            "printers.url: must be an http:// or https:// address",
        ),
        ("relays = 3\n", "relays: must be a list of tables"),
        (
            '[[relays]]\nname = "A"\nport = "/dev/x"\n[[printers]]\nname = "a"\nport = "/dev/y"\n',
            "names two devices",
        ),
        (
            '[[relays]]\nname = "A"\nport = "/dev/x"\n[[printers]]\nname = "B"\nport = "/dev/x"\n',
            "is already used by relays 'A'",
        ),
    ],
)
def test_device_mistakes_get_one_line_naming_the_key(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert expected in error(tmp_path, text)


def test_a_bad_relay_key_names_its_line(tmp_path: Path) -> None:
    message = error(tmp_path, '[[relays]]\nname = "A"\nport = "/dev/x"\nauto_reset = "no"\n')
    assert "line 4" in message and "relays.auto_reset: must be true or false" in message


def test_a_printer_may_name_the_relay_channel_that_powers_it(tmp_path: Path) -> None:
    config = load(
        tmp_path,
        '[[relays]]\nname = "R"\nport = "/dev/x"\n'
        '[[printers]]\nname = "P"\nport = "/dev/y"\nrelay = "R"\nchannel = 2\n',
    )
    assert config.printers[0].relay == "R"  # type: ignore[attr-defined]
    assert "printers.relay: printer 'P' needs the relay" in error(
        tmp_path, '[[printers]]\nname = "P"\nport = "/dev/y"\nchannel = 2\n'
    )
