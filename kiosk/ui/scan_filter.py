"""Tells a keyboard-wedge scanner's burst of keystrokes from a person typing.

A USB scanner "types" its data a few milliseconds per character and ends with Enter; people
type tens to hundreds of milliseconds apart. The filter sits on the QApplication, so it sees
every key press before any widget does, whatever has focus.

Because the first keys of a burst look exactly like typing, every printable key press is held
back until the filter knows what it is: the next key arriving within `max_interkey_ms` extends
the burst; Enter after at least `min_length` held characters makes it a scan, which goes to
ScanInput.feed() and never reaches a widget. Anything else (a pause, a non-printable key, a
shortcut, a short burst) ends the hold and the held keys are replayed, in order, to the object
that would have received them, as normal typing. A person typing therefore sees each key after
a delay of about max_interkey_ms, and nothing is lost.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QWindow

from kiosk.ui.scan_input import ScanInput

log = logging.getLogger(__name__)

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Shift makes capitals and Keypad marks the numeric pad; scanners use both. AltGr arrives as
# Control+Alt on some platforms and types characters, so it counts as typing too.
_TYPING_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
_ALT_GR = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
    }
)


# A widget that takes typed secrets (the staff PIN screen) sets this property; while such a
# widget, or a child of it, receives the keys, nothing is held or taken as a scan, however fast
# the keys come: a PIN typed quickly and ended with Enter is a PIN.
TYPED_SECRET_PROPERTY = "kioskTypedSecret"


def mark_typed_secret(widget: QObject) -> None:
    """Keys typed into `widget` (or its children) are always typing, never a scan."""
    widget.setProperty(TYPED_SECRET_PROPERTY, True)


def _takes_typed_secrets(receiver: QObject | None) -> bool:
    while receiver is not None:
        if receiver.property(TYPED_SECRET_PROPERTY):
            return True
        receiver = receiver.parent()
    return False


@dataclass(frozen=True)
class _HeldKey:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    timestamp: int


def _monotonic_ms() -> float:
    return time.monotonic() * 1000.0


class KeyboardScanFilter(QObject):
    """Application-wide key event filter that turns scanner bursts into ScanInput.feed() calls.

    Install it with ``QApplication.instance().installEventFilter(scan_filter)`` (or
    ``scan_filter.install()``).

    Gaps between keys are measured with the key events' own timestamps, which the platform
    stamps on arrival, so a frame that keeps the GUI thread busy for a moment cannot split a
    burst whose keys queued up meanwhile. Events without a timestamp (synthesised ones) are
    timed on arrival at the filter. `clock`, if given, returns milliseconds from a monotonic
    source and replaces both; tests inject one to control time without sleeping.
    """

    def __init__(
        self,
        scan_input: ScanInput,
        max_interkey_ms: int = 30,
        min_length: int = 4,
        max_length: int = 256,
        *,
        clock: Callable[[], float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if max_interkey_ms <= 0 or min_length < 1 or max_length < min_length:
            raise ValueError("need max_interkey_ms > 0 and 1 <= min_length <= max_length")
        self._scan_input = scan_input
        self._max_gap_ms = float(max_interkey_ms)
        self._min_length = min_length
        self._max_length = max_length
        self._clock = clock
        self._held: list[_HeldKey] = []
        self._held_chars = 0  # also counts characters beyond max_length that are not kept
        self._target: QObject | None = None
        self._last_key_time: tuple[str, float] = ("", 0.0)
        self._replaying = False
        # Held keys are given back once no key has arrived for twice the gap: a safety margin,
        # since firing a little late costs a person a few milliseconds while firing early
        # would split a scan whose keys were merely queued behind a busy frame.
        self._hold_ms = 2 * int(max_interkey_ms)
        self._last_arrival_ms = 0.0
        # One timer per burst, re-armed only when it fires early, rather than restarted on
        # every key: the filter stays cheap however long the burst.
        self._release_timer = QTimer(self)
        self._release_timer.setSingleShot(True)
        self._release_timer.timeout.connect(self._on_release_timer)

    def install(self) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before installing the scan filter")
        app.installEventFilter(self)

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.flush()

    @property
    def holding(self) -> bool:
        """True while keys are held back, waiting to see whether they are a scan."""
        return bool(self._held_chars)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or self._replaying:
            return False
        try:
            return self._on_key_press(watched, event)  # type: ignore[arg-type]
        except Exception:
            # A defect here must never eat keys or crash the kiosk: give back what is held.
            log.exception("scan filter failed; passing keys through")
            self._held.clear()
            self._held_chars = 0
            return False

    def _on_key_press(self, watched: QObject, event: QKeyEvent) -> bool:
        now = self._key_time(event)
        gap_ok = self._held_chars > 0 and self._within_gap(now)
        key = event.key()
        if key in _MODIFIER_KEYS:
            # Scanners press Shift around capitals; that neither ends nor extends a burst.
            return False
        if _takes_typed_secrets(self._receiver(watched)):
            self.flush()
            return False
        if self._held_chars and not gap_ok:
            self.flush()
        if key in _ENTER_KEYS and self._held_chars and not event.isAutoRepeat():
            return self._finish_burst()
        if not self._is_typing(event):
            # Arrows, Backspace, shortcuts: a person is at the keyboard.
            self.flush()
            return False
        if not self._held_chars:
            self._target = self._receiver(watched)
        self._hold(event)
        self._last_key_time = now
        self._last_arrival_ms = _monotonic_ms()
        if not self._release_timer.isActive():
            self._release_timer.start(self._hold_ms)
        return True

    def _on_release_timer(self) -> None:
        remaining = self._hold_ms - (_monotonic_ms() - self._last_arrival_ms)
        if self._held_chars and remaining >= 1.0:
            self._release_timer.start(math.ceil(remaining))
            return
        self.flush()

    def _stop_release_timer(self) -> None:
        if self._release_timer.isActive():
            self._release_timer.stop()

    def _key_time(self, event: QKeyEvent) -> tuple[str, float]:
        if self._clock is not None:
            return ("clock", self._clock())
        stamp = event.timestamp()
        if stamp:
            return ("event", float(stamp))
        return ("monotonic", _monotonic_ms())

    def _within_gap(self, now: tuple[str, float]) -> bool:
        source, value = now
        last_source, last_value = self._last_key_time
        if source != last_source:
            return False  # times from different sources cannot be compared
        # A negative gap means the platform's millisecond counter wrapped: start afresh.
        return 0.0 <= value - last_value <= self._max_gap_ms

    @staticmethod
    def _receiver(watched: QObject) -> QObject:
        # The platform hands keys to the window, which passes them to its focus widget. Held
        # keys are replayed to that widget even if focus moves while they are held: they were
        # typed into it.
        if isinstance(watched, QWindow):
            focused = watched.focusObject()
            if focused is not None:
                return focused
        return watched

    @staticmethod
    def _is_typing(event: QKeyEvent) -> bool:
        text = event.text()
        if len(text) != 1 or not text.isprintable() or event.isAutoRepeat():
            return False
        modifiers = event.modifiers()
        if modifiers & _ALT_GR == _ALT_GR:
            modifiers &= ~_ALT_GR
        return not (modifiers & ~_TYPING_MODIFIERS)

    def _hold(self, event: QKeyEvent) -> None:
        self._held_chars += 1
        if len(self._held) < self._max_length:
            self._held.append(
                _HeldKey(event.key(), event.modifiers(), event.text(), event.timestamp())
            )

    def _finish_burst(self) -> bool:
        """Enter arrived within the gap. True when it was a scan and Enter is swallowed."""
        if self._held_chars < self._min_length:
            # Too short to be a scan: the keys and the Enter belong to the focused widget.
            self.flush()
            return False
        self._stop_release_timer()
        text = "".join(held.text for held in self._held)
        count = self._held_chars
        self._held.clear()
        self._held_chars = 0
        self._target = None
        if count > self._max_length:
            self._scan_input.refuse_overlong(count)
        else:
            self._scan_input.feed(text)
        return True

    def flush(self) -> None:
        """Replay held keys to their original receiver as ordinary typing."""
        self._stop_release_timer()
        held, count, target = self._held, self._held_chars, self._target
        self._held, self._held_chars, self._target = [], 0, None
        if not count:
            return
        if count > self._max_length:
            # Far longer than anything a person types between pauses: a scanner spilling
            # garbage without Enter. Replaying it would fill a text field with noise.
            log.warning("scanner burst of %d characters without Enter dropped", count)
            return
        if target is None or not shiboken6.isValid(target):
            log.info("%d held key(s) dropped: their receiver has gone", count)
            return
        self._replaying = True
        try:
            for held_key in held:
                replay = QKeyEvent(
                    QEvent.Type.KeyPress, held_key.key, held_key.modifiers, held_key.text
                )
                replay.setTimestamp(held_key.timestamp)
                QCoreApplication.sendEvent(target, replay)
                if not shiboken6.isValid(target):
                    break
        finally:
            self._replaying = False
