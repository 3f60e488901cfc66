"""The Qt side of the kiosk: application, translator, theme, scan input, lanes, the device
bridge and the window, built from what the composition root (kiosk/app.py) hands over."""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from kiosk.core.project_files.settings import project_files_settings
from kiosk.ui.device_bridge import DeviceBridge
from kiosk.ui.lanes import Lanes
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.ports import DeviceHubLike, PrintDeskLike, ServiceSource
from kiosk.ui.scan_filter import KeyboardScanFilter
from kiosk.ui.scan_input import ScanInput
from kiosk.ui.settings import UiSettings
from kiosk.ui.theme import apply_theme
from kiosk.ui.translation import install_translator

log = logging.getLogger(__name__)

# (label, payload) pairs for the demo's simulate-scan control, or a callable that makes them.
DemoCards = tuple[tuple[str, str], ...] | Callable[[], tuple[tuple[str, str], ...]]


def ui_settings(
    config: Config, *, windowed: bool, demo_cards: tuple[tuple[str, str], ...] = ()
) -> UiSettings:
    return UiSettings(
        library_name=config.library.name,
        branch_name=config.library.branch,
        idle_timeout_s=config.ui.idle_timeout_s,
        countdown_s=config.ui.countdown_s,
        locale=config.ui.locale,
        fullscreen=config.ui.fullscreen and not windowed,
        demo_cards=demo_cards,
        timezone=config.library.timezone,
        message_timeout_s=config.ui.message_timeout_s,
        show_full_name=config.ui.show_full_name,
        sound=config.ui.sound,
        sound_volume=config.ui.sound_volume,
        large_text=config.ui.large_text,
        high_contrast=config.ui.high_contrast,
        project_files=project_files_settings(config),
    )


class _SerialScans(QObject):
    """Hands scans from the serial scanner's reader thread to the scan input, queued."""

    scanned = Signal(str)
    refused = Signal(int)

    def __init__(self, scan_input: ScanInput) -> None:
        super().__init__(scan_input)
        self.scanned.connect(scan_input.feed, Qt.ConnectionType.QueuedConnection)
        self.refused.connect(scan_input.refuse_overlong, Qt.ConnectionType.QueuedConnection)


class KioskGui:
    """The running Qt pieces, kept together so tests and benchmarks can build them in-process."""

    def __init__(
        self,
        app: QApplication,
        config: Config,
        settings: UiSettings,
        services: ServiceSource,
        devices: DeviceHubLike | None = None,
        *,
        tick_ms: int = 1000,
        add_scanner: Callable[..., None] | None = None,
        print_desk: PrintDeskLike | None = None,
        machine_journal: Path | None = None,
    ) -> None:
        self.app = app
        self.scan_input = ScanInput(max_length=config.scan.max_length)
        self.scan_filter = KeyboardScanFilter(
            self.scan_input,
            max_interkey_ms=config.scan.max_interkey_ms,
            min_length=config.scan.min_length,
            max_length=config.scan.max_length,
        )
        app.installEventFilter(self.scan_filter)
        self.lanes = Lanes()
        self.bridge: DeviceBridge | None = None
        if devices is not None:
            if add_scanner is not None and config.scan.serial_port:
                serial = _SerialScans(self.scan_input)
                add_scanner(on_scan=serial.scanned.emit, on_rejected=serial.refused.emit)
            self.bridge = DeviceBridge(devices, self.lanes)
        self.window = KioskWindow(
            settings,
            services,
            self.scan_input,
            lanes=self.lanes,
            devices=self.bridge,
            print_desk=print_desk,
            tick_ms=tick_ms,
            machine_journal=machine_journal,
        )
        if self.bridge is not None:
            self.bridge.start()

    def show(self, fullscreen: bool) -> None:
        if fullscreen:
            self.window.showFullScreen()
        else:
            self.window.resize(1280, 800)
            self.window.show()

    def close(self) -> None:
        self.app.removeEventFilter(self.scan_filter)
        self.window.shutdown()
        self.window.close()


class _FirstPaint(QObject):
    FALLBACK_MS = 500

    def __init__(self, action: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._action: Callable[[], None] | None = action
        # Offscreen or minimised windows may never paint; do the work anyway.
        QTimer.singleShot(self.FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._action is not None:
            # After this paint has reached the screen, not in the middle of it.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        action, self._action = self._action, None
        if action is not None:
            action()


def launch(
    config: Config,
    *,
    services: ServiceSource,
    devices: DeviceHubLike | None = None,
    add_scanner: Callable[..., None] | None = None,
    print_desk: PrintDeskLike | None = None,
    windowed: bool,
    demo_cards: DemoCards = (),
    title: str = "Makerspace Kiosk",
    when_shown: Callable[[], None] | None = None,
    machine_journal: Path | None = None,
) -> int:
    """Run the kiosk until staff exit it; returns the process exit code.

    `when_shown` runs once, right after the window's first paint (or after a short while at
    the latest): slow start-up work waits until the patron already sees the attract screen."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("makerspace-kiosk")
    # Qt's own quit-on-last-window-closed would also fire when the window is closed after the
    # loop has ended, leaving a stray quit queued for whoever runs a loop next; closing the
    # (windowed) kiosk quits only while it runs.
    app.setQuitOnLastWindowClosed(False)
    running = False

    def quit_if_running() -> None:
        if running:
            app.quit()

    app.lastWindowClosed.connect(quit_if_running)
    install_translator(app, config.ui.locale)
    apply_theme(app)
    # Labels made by a callable are made now, after the translator is installed.
    cards = demo_cards() if callable(demo_cards) else demo_cards
    settings = ui_settings(config, windowed=windowed, demo_cards=cards)
    gui = KioskGui(
        app,
        config,
        settings,
        services,
        devices,
        add_scanner=add_scanner,
        print_desk=print_desk,
        machine_journal=machine_journal,
    )
    # Only while this loop runs: a quit queued when no loop runs would end the next one.
    gui.window.quit_requested.connect(quit_if_running)
    gui.window.setWindowTitle(title)
    if when_shown is not None:
        first_paint = _FirstPaint(when_shown, gui.window)
        gui.window.installEventFilter(first_paint)
    gui.show(settings.fullscreen)
    # Ctrl-C in the terminal that started a windowed kiosk should end it; Qt's loop only lets
    # Python run signal handlers when the interpreter gets control, hence the idle timer.
    # systemd stops the kiosk with SIGTERM: close cleanly so the worker thread is joined.
    previous = {
        number: signal.signal(number, lambda *_: app.quit())
        for number in (signal.SIGINT, signal.SIGTERM)
    }
    keepalive = QTimer()
    keepalive.start(250)
    keepalive.timeout.connect(lambda: None)
    log.info("kiosk started fullscreen=%s", settings.fullscreen)
    running = True
    try:
        code = app.exec()
    finally:
        running = False
        app.lastWindowClosed.disconnect(quit_if_running)
        # The loop has stopped: from here on a signal should act as it did before launch.
        for number, handler in previous.items():
            signal.signal(number, handler)
    gui.close()
    log.info("kiosk stopped code=%s", code)
    return code
