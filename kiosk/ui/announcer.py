"""Tells a screen reader what just appeared: a new screen, a countdown, a changed notice.

Nothing is spoken by the kiosk itself; the text goes to the platform's accessibility bridge as
an announcement event (Qt's QAccessibleAnnouncementEvent), which the screen reader reads out if
one is running and which costs nothing if none is. The last announcement is kept, so tests and
the screenshots tool can see what a screen reader would have heard."""

from __future__ import annotations

import logging
from typing import Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

logger = logging.getLogger(__name__)

Politeness = QAccessible.AnnouncementPoliteness


@runtime_checkable
class Announces(Protocol):
    """A screen that says, in a sentence or two, what it shows (its title and its message)."""

    def announcement(self) -> str: ...


class Announcer(QObject):
    announced = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last: str = ""
        self._screen: QWidget | None = None
        self._watched: set[QWidget] = set()
        # Flows show a screen and then fill it: what it says is known once control returns
        # to the event loop. Only the latest screen is read when several follow at once.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._announce_screen)

    def screen_shown(self, screen: QWidget) -> None:
        self._screen = screen
        self._timer.start()
        # A screen whose message changes while it stays (a wrong PIN, an action's result)
        # says so through its `notice_changed` signal.
        notices = getattr(screen, "notice_changed", None)
        if notices is not None and screen not in self._watched:
            self._watched.add(screen)
            notices.connect(lambda text, source=screen: self._notice(source, text))

    def _notice(self, screen: QWidget, text: str) -> None:
        if text and shiboken6.isValid(screen) and screen.isVisible():
            self.say(screen, text, Politeness.Assertive)

    def _announce_screen(self) -> None:
        screen, self._screen = self._screen, None
        if screen is None or not shiboken6.isValid(screen) or not screen.isVisible():
            return
        text = screen.announcement() if isinstance(screen, Announces) else ""
        text = text or screen.accessibleName()
        if text:
            # A screen change interrupts whatever was being read: it is what the person
            # now looks at.
            self.say(screen, text, Politeness.Assertive)

    def say(self, source: QWidget, text: str, politeness: Politeness = Politeness.Polite) -> None:
        self.last = text
        event = QAccessibleAnnouncementEvent(source, text)
        event.setPoliteness(politeness)
        try:
            QAccessible.updateAccessibility(event)
        except RuntimeError as exc:  # a screen torn down in the same moment
            logger.debug("announcement dropped: %s", exc)
        self.announced.emit(text)


def joined(*parts: str) -> str:
    """Sentences for one announcement, skipping empty ones."""
    return " ".join(part.strip() for part in parts if part and part.strip())
