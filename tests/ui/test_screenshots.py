"""The review script renders every screen to a real, distinct picture."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kiosk.ui.screenshots import main


def test_every_screen_is_rendered_to_its_own_png(qapp: QApplication, tmp_path: Path) -> None:
    assert main([str(tmp_path / "shots"), "--size", "800x480"]) == 0
    files = sorted((tmp_path / "shots").glob("*-800x480.png"))
    names = {path.name.removesuffix("-800x480.png") for path in files}
    assert {"attract", "checking", "welcome", "staff-pin", "error-unknown_card"} <= names
    assert "demo-picker" in names
    images = [QImage(str(path)) for path in files]
    assert all(image.width() == 800 and image.height() == 480 for image in images)
    # Every pose looks different: a screen that failed to show would repeat another one.
    assert len({bytes(image.constBits()) for image in images}) == len(images)
