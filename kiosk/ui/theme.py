"""The look of the kiosk: the QSS theme and the SVG icons bundled in assets/."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.resources import asset

logger = logging.getLogger(__name__)

THEME_FILE = ("theme", "kiosk.qss")


@cache
def stylesheet() -> str:
    """The kiosk theme; an unreadable theme file degrades to Qt's default look, not a crash."""
    path = asset(*THEME_FILE)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        logger.error("theme file %s unreadable: %s", path, exc)
        return ""


def apply_theme(app: QApplication) -> None:
    """Theme the whole application, so anything outside the kiosk window matches it too."""
    app.setStyleSheet(stylesheet())


def icon_pixmap(name: str, size: int, widget: QWidget | None = None) -> QPixmap:
    """A crisp pixmap of assets/icons/<name>.svg at `size` logical pixels (empty if missing)."""
    path = asset("icons", f"{name}.svg")
    if not path.is_file():
        logger.warning("icon %s missing", path)
        return QPixmap()
    ratio = widget.devicePixelRatioF() if widget is not None else 1.0
    pixmap = QIcon(str(path)).pixmap(QSize(size, size), ratio)
    return pixmap


def set_role(widget: QWidget, role: str) -> None:
    """Tag a widget for the theme (QSS selectors match on the `role` property)."""
    widget.setProperty("role", role)
    widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
