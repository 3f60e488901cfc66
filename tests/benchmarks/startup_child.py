"""Child process of bench_startup.py: starts either a bare PySide6 window or the real kiosk
(`makerspace-kiosk --config PATH run --windowed`), prints PAINTED when the attract screen (or
the bare window) is first painted, and quits."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print("PAINTED", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def bare() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1280, 800)
    watcher = _FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


def kiosk(config_path: str) -> int:
    from kiosk import gui
    from kiosk.cli import main

    original_show = gui.KioskGui.show
    watcher = _FirstPaint()

    def show_and_watch(self: gui.KioskGui, fullscreen: bool) -> None:
        self.window.attract.installEventFilter(watcher)
        original_show(self, fullscreen)

    gui.KioskGui.show = show_and_watch  # type: ignore[method-assign]
    return main(["--config", config_path, "run", "--windowed"])


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "bare" else kiosk(sys.argv[2]))
