"""The picker's service: from the configuration to a stored file and its preview."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kiosk.config import load_config
from kiosk.core.project_files import (
    BuildVolume,
    FileKind,
    FileRefused,
    ProjectFiles,
    ProjectFilesSettings,
    RefusalCode,
)
from tests.core.project_files import makers
from tests.test_config import MINIMAL, write


def test_settings_come_from_the_configuration(tmp_path: Path) -> None:
    from kiosk.core.project_files.settings import project_files_settings

    text = MINIMAL + (
        '[files]\nusb_roots = ["/media/kiosk"]\nmax_file_mb = 50\nmax_zip_ratio = 20\n'
        f'store_dir = "{tmp_path / "store"}"\n'
        '[[printers]]\nname = "MK3S"\nport = "/dev/ttyACM0"\nbuild_x_mm = 250\n'
        "build_y_mm = 210\nbuild_z_mm = 200\n"
    )
    settings = project_files_settings(load_config(write(tmp_path, text)))
    assert settings.usb_roots == ("/media/kiosk",)
    assert settings.store_dir == str(tmp_path / "store")
    assert settings.limits.max_file_bytes == 50 * 1024 * 1024
    assert settings.limits.max_zip_ratio == 20
    assert settings.volume("MK3S") == BuildVolume(250, 210, 200, 1.75, 1.24)
    assert settings.volume("other") is None


def test_the_settings_load_nothing_heavy() -> None:
    import subprocess

    code = (
        "import sys, kiosk.ui.settings, kiosk.core.project_files as p; p.FileKind; "
        "print(sorted(m for m in ('numpy', 'PIL', 'trimesh') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_copy_and_preview_through_the_service(tmp_path: Path) -> None:
    media = tmp_path / "media"
    stick = media / "MAKER"
    stick.mkdir(parents=True)
    makers.write(stick, "walls.gcode", makers.square_gcode())
    settings = ProjectFilesSettings(
        (str(media),),
        str(tmp_path / "store"),
        printers=(("MK3S", BuildVolume(250, 210, 210)),),
        mounts_only=False,
    )
    files = ProjectFiles(settings)
    (found,) = files.sticks()
    (entry,) = files.listing(found, ())
    stored = files.copy(found, entry.parts)
    assert stored.kind is FileKind.GCODE and stored.clean_name == "walls.gcode"
    shown = files.preview(stored, "MK3S")
    assert shown.gcode is not None and shown.gcode.fits is True and shown.gcode.layers == 5
    with pytest.raises(FileRefused) as caught:
        files.copy(found, ("..", "..", "etc", "passwd"))
    assert caught.value.code is RefusalCode.UNSAFE_NAME
