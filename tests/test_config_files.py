"""The [files] section and the printers' build volume keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config
from tests.test_config import MINIMAL, write


def test_files_section_is_read(tmp_path: Path) -> None:
    text = MINIMAL + '[files]\nusb_roots = ["/media/kiosk"]\nmax_file_mb = 50\nstore_dir = "~/pf"\n'
    files = load_config(write(tmp_path, text)).files
    assert files.usb_roots == ("/media/kiosk",)
    assert files.max_file_mb == 50
    assert files.store_dir == Path("~/pf").expanduser()


@pytest.mark.parametrize(
    ("value", "words"),
    [('["media"]', "absolute"), ('["/"]', "root folder"), ("[]", "list"), ('"/media"', "list")],
)
def test_usb_roots_must_be_absolute_folders_below_the_root(
    tmp_path: Path, value: str, words: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, MINIMAL + f"[files]\nusb_roots = {value}\n"))
    assert caught.value.key == "files.usb_roots" and words in str(caught.value)


def test_a_printer_has_a_build_volume_and_filament(tmp_path: Path) -> None:
    text = MINIMAL + (
        '[[printers]]\nname = "MK3S"\nport = "/dev/ttyACM0"\nbuild_x_mm = 250\n'
        "build_y_mm = 210\nbuild_z_mm = 210\nfilament_diameter_mm = 2.85\nfilament_density = 1.27\n"
    )
    (printer,) = load_config(write(tmp_path, text)).printers
    assert (printer.build_x_mm, printer.build_y_mm, printer.build_z_mm) == (250, 210, 210)
    assert (printer.filament_diameter_mm, printer.filament_density) == (2.85, 1.27)
