"""Clicking as a finger would: only what is on screen.

A button inside a scroll area that is scrolled out of view cannot be touched, and the scroll
areas' flick gesture (QScroller) hands a press only to the widget at that point of the screen:
a click sent to a button outside the viewport is lost, and whether a button lies inside the
viewport can depend on when the layout settled. `finger_clicks` (autouse in tests/ui) scrolls
every area that holds the target to it before each `qtbot.mouseClick`, as a patron would drag
it into view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

WAIT_MS = 30_000


def scroll_into_view(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            parent.ensureWidgetVisible(widget, 0, 0)
        parent = parent.parentWidget()


def click_in_view(original: Any) -> Any:
    def click(widget: QWidget, *args: Any, **kwargs: Any) -> None:
        if isinstance(widget, QWidget):
            scroll_into_view(widget)
        original(widget, *args, **kwargs)

    return click


def tap(qtbot: QtBot, button: QAbstractButton) -> None:
    # A button added to a shown layout is shown by a queued call: let it come.
    qtbot.waitUntil(button.isVisible, timeout=WAIT_MS)
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
