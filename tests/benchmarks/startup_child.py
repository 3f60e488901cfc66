"""Child process of bench_startup.py.

    startup_child.py bare                      a bare PySide6 window
    startup_child.py kiosk CONFIG              `makerspace-kiosk --config CONFIG run --windowed`
    startup_child.py kiosk CONFIG PAYLOAD      the same, then a scan of PAYLOAD once painted

Prints PAINTED at the first paint of the attract screen (or the bare window), and, with a
payload, READY when the welcome screen for that scan is painted; then quits."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _OnPaint(QObject):
    def __init__(self, word: str, then: object) -> None:
        super().__init__()
        self._word = word
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(self._word, flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # type: ignore[call-overload]
        return False


def bare() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1280, 800)
    watcher = _OnPaint("PAINTED", QApplication.quit)
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


def kiosk(config_path: str, payload: str | None) -> int:
    from PySide6.QtTest import QTest

    from kiosk.cli import main
    from kiosk.ui import shell as gui

    original_show = gui.KioskGui.show
    keep: list[QObject] = []

    def show_and_watch(self: gui.KioskGui, fullscreen: bool) -> None:
        window = self.window

        def scan() -> None:
            assert payload is not None
            ready = _OnPaint("READY", QApplication.quit)
            keep.append(ready)
            window.welcome.installEventFilter(ready)
            QTest.keyClicks(window, payload)
            QTest.keyClick(window, Qt.Key.Key_Return)

        painted = _OnPaint("PAINTED", QApplication.quit if payload is None else scan)
        keep.append(painted)
        window.attract.installEventFilter(painted)
        original_show(self, fullscreen)

    gui.KioskGui.show = show_and_watch  # type: ignore[method-assign]
    return main(["--config", config_path, "run", "--windowed"])


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        sys.exit(bare())
    sys.exit(kiosk(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None))
