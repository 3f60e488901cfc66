"""Touch-first rules checked on the real widgets: big targets, big type, nothing off screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.results import ScanOutcome, ScanResult
from kiosk.ui.main_window import KioskWindow
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import STAFF
from tests.ui.poses import POSES

MIN_TARGET_PX = 48
MIN_KEY_PX = 64
MIN_FONT_PT = 18.0


def visible(root: QWidget, kind: type[QWidget]) -> list[QWidget]:
    return [w for w in root.findChildren(kind) if w.isVisibleTo(root) and w.isVisible()]


def scrolls_into_view(widget: QWidget, window: QWidget, screen_rect: QRect) -> bool:
    """A control in a list that scrolls (a day's times, say): its list's visible part is on
    screen, and the control lies within the list's content, so a finger brings it into view."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is None or parent.widget() is None:
        return False
    viewport = parent.viewport()
    shown = QRect(viewport.mapTo(window, viewport.rect().topLeft()), viewport.size())
    content = parent.widget()
    area = QRect(widget.mapTo(content, widget.rect().topLeft()), widget.size())
    inside = content.rect().contains(area)
    return screen_rect.contains(shown) and inside and widget.width() <= viewport.width()


@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)])
@pytest.mark.parametrize("pose", list(POSES))
def test_every_screen_meets_the_touch_rules(
    qtbot: QtBot, make_window: WindowFactory, pose: str, size: tuple[int, int]
) -> None:
    window = make_window(demo_cards=(("Demo patron", "payload"),))
    window.resize(*size)
    window.reset_to_attract()
    POSES[pose](window)
    for _ in range(3):  # layouts that post further layout requests settle (as in test_look)
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    assert window.size().width() == size[0] and window.size().height() == size[1]
    screen_rect = QRect(0, 0, *size)

    buttons = visible(window, QAbstractButton)
    texts = visible(window, QLabel) + visible(window, QLineEdit) + buttons
    assert buttons or pose in ("checking",), "a screen without any button needs a reason"
    for button in buttons:
        assert button.height() >= MIN_TARGET_PX, f"{button.objectName()} too small to touch"
        where = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        assert screen_rect.contains(where) or scrolls_into_view(button, window, screen_rect), (
            f"{button.objectName()} is off screen"
        )
    for widget in texts:
        assert widget.font().pointSizeF() >= MIN_FONT_PT, f"{widget.objectName()} text too small"
    for label in visible(window, QLabel):
        assert isinstance(label, QLabel)
        if label.wordWrap() and label.text():
            # A wrapped label squeezed below the height its text needs is clipped text.
            assert label.height() >= label.heightForWidth(label.width()) - 2, label.text()
            where = QRect(label.mapTo(window, label.rect().topLeft()), label.size())
            assert screen_rect.contains(where) or scrolls_into_view(
                label, window, screen_rect
            ), f"{label.text()!r} is off screen"


def test_keypad_keys_are_at_least_64_px(qtbot: QtBot, window: KioskWindow) -> None:
    window.checkin.show_scan_result(ScanResult(ScanOutcome.STAFF, staff=STAFF))
    window.resize(1024, 600)
    QApplication.processEvents()
    keys = visible(window.staff_pin.keypad, QAbstractButton)
    assert len(keys) == 12
    assert all(key.height() >= MIN_KEY_PX and key.width() >= MIN_KEY_PX for key in keys)


def test_one_primary_action_per_screen(window: KioskWindow) -> None:
    for pose in ("welcome", "unknown", "setup-who", "setup-done"):
        window.reset_to_attract()
        POSES[pose](window)
        primary = [b for b in visible(window, QAbstractButton) if b.property("role") == "primary"]
        assert len(primary) == 1, pose


def test_fullscreen_by_default_is_frameless(make_window: WindowFactory) -> None:
    from PySide6.QtCore import Qt

    window = make_window(fullscreen=True)
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    windowed = make_window(fullscreen=False)
    assert not windowed.windowFlags() & Qt.WindowType.FramelessWindowHint
