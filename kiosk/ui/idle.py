"""Counts down to "the patron has walked away" in whole ticks, so tests can drive time."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal


class IdleTimer(QObject):
    """Emits `countdown(seconds_left)` during the last `countdown_s` seconds, then `expired`.

    Time advances one second per tick of a QTimer whose interval is injectable (1000 ms in
    service, a millisecond in tests); `tick()` is public so a test can also step it by hand.
    """

    countdown = Signal(int)
    countdown_cleared = Signal()
    expired = Signal()

    def __init__(self, parent: QObject | None = None, tick_ms: int = 1000) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        self._timeout_s = 0
        self._countdown_s = 0
        self._left = 0
        self._counting_down = False

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def seconds_left(self) -> int:
        return self._left

    def arm(self, timeout_s: int, countdown_s: int = 0) -> None:
        """(Re)start a countdown of `timeout_s` seconds, showing the last `countdown_s` of them."""
        self._timeout_s = timeout_s
        self._countdown_s = countdown_s
        self.reset()

    def reset(self) -> None:
        """Activity: start the current countdown again from the top."""
        if self._timeout_s <= 0:
            return
        self._left = self._timeout_s
        self._clear_countdown()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._timeout_s = 0
        self._left = 0
        self._clear_countdown()

    def tick(self) -> None:
        if self._timeout_s <= 0:
            return
        self._left -= 1
        if self._left <= 0:
            self.stop()
            self.expired.emit()
        elif self._left <= self._countdown_s:
            self._counting_down = True
            self.countdown.emit(self._left)

    def _clear_countdown(self) -> None:
        if self._counting_down:
            self._counting_down = False
            self.countdown_cleared.emit()
