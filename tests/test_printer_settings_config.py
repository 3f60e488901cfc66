"""`[[printers]]` entries carry the Marlin settings a printer needs, and the device hub hands
them to the driver."""

from __future__ import annotations

from pathlib import Path

from kiosk.config import load_config
from kiosk.devices.hub import marlin_settings
from tests.test_config import MINIMAL, error_for, write

PRINTER = '[[printers]]\nname = "Ender 3"\nport = "/dev/ttyUSB0"\n'


def test_printer_entry_settings_reach_the_marlin_driver(tmp_path: Path) -> None:
    text = MINIMAL + PRINTER + (
        'rx_buffer = 64\nadvanced_ok = "auto"\nresets_on_open = false\n'
        "reply_timeout_s = 8\nlong_command_timeout_s = 1200\nuser_wait_timeout_s = 0\n"
    )
    (spec,) = load_config(write(tmp_path, text)).printers
    settings = marlin_settings(spec)
    assert settings.rx_buffer == 64 and settings.advanced_ok is None
    assert not settings.resets_on_open
    assert settings.timeouts.reply_timeout == 8 and settings.timeouts.long_command_timeout == 1200
    assert settings.timeouts.user_wait_timeout is None


def test_defaults_are_those_of_a_stock_marlin(tmp_path: Path) -> None:
    (spec,) = load_config(write(tmp_path, MINIMAL + PRINTER)).printers
    settings = marlin_settings(spec)
    assert (settings.rx_buffer, settings.advanced_ok, settings.resets_on_open) == (128, None, True)


def test_a_bad_printer_setting_is_one_line_naming_the_key(tmp_path: Path) -> None:
    error = error_for(tmp_path, MINIMAL + PRINTER + 'advanced_ok = "yes"\n')
    assert "advanced_ok" in str(error) and '"auto"' in str(error)
    error = error_for(tmp_path, MINIMAL + PRINTER + "rx_buffer = 16\n")
    assert "rx_buffer" in str(error) and "between 32 and 4096" in str(error)
