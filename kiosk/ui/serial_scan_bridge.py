"""Scans from a serial (USB CDC) scanner, delivered to the one scan entry point on the GUI
thread, exactly like keyboard-wedge scans."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Qt, Signal

from hardware.scanner import SerialScanner
from hardware.transport import LinkState
from kiosk.ui.scan_input import ScanInput

logger = logging.getLogger(__name__)


class SerialScanBridge(QObject):
    """Owns a SerialScanner; its reader thread emits signals that Qt queues to the GUI thread."""

    _scanned = Signal(str)
    _refused = Signal(int)

    def __init__(
        self,
        port: str,
        scan_input: ScanInput,
        *,
        baudrate: int = 9600,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._scanned.connect(scan_input.feed, Qt.ConnectionType.QueuedConnection)
        self._refused.connect(scan_input.refuse_overlong, Qt.ConnectionType.QueuedConnection)
        self._scanner = SerialScanner(
            port,
            on_scan=self._scanned.emit,
            on_state=self._on_state,
            max_length=scan_input.max_length,
            on_rejected=self._refused.emit,
            baudrate=baudrate,
        )
        self._starter: threading.Thread | None = None

    @property
    def connected(self) -> bool:
        return self._scanner.connected

    def start(self) -> None:
        """Open the port off the GUI thread; an absent scanner is retried in the background."""
        self._starter = threading.Thread(
            target=self._scanner.start,
            kwargs={"timeout": 2.0},
            name="serial-scanner-start",
            daemon=True,
        )
        self._starter.start()

    def stop(self) -> None:
        if self._starter is not None:
            self._starter.join(timeout=5.0)
        self._scanner.stop()

    def wait_connected(self, timeout: float) -> bool:
        return self._scanner.wait_connected(timeout)

    def _on_state(self, state: LinkState) -> None:
        # Runs on the reader thread; logging is thread-safe. The port name is not personal.
        if state.kind == "error":
            logger.warning("serial scanner %s: %s", state.port, state.detail)
        else:
            logger.info("serial scanner %s %s", state.port, state.kind)
