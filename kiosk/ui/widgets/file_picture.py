"""The picture of a patron's own file (a model's shaded thumbnail, a photo) beside its name:
scaled to fit a square, and not shown at all where the file has none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel


def file_picture(size: int) -> QLabel:
    label = QLabel()
    # A patron's work, not one of the kiosk's icons; the screen names it after the file.
    label.setProperty("filePreview", True)
    label.setFixedSize(size, size)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def show_file_picture(label: QLabel, path: str | None) -> None:
    """The PNG at `path` (a small thumbnail from the file store) in `label`; hidden without."""
    pixmap = QPixmap(path) if path else QPixmap()
    if not pixmap.isNull():
        size = label.width()
        pixmap = pixmap.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    label.setPixmap(pixmap)
    label.setVisible(not pixmap.isNull())
