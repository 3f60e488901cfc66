"""Logging to a rotating file in the platform log dir, one grep-able line per event."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

APP_NAME = "makerspace-kiosk"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"
STARTUP_BUFFER_RECORDS = 1000


def default_log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


class StartupBuffer(logging.Handler):
    """Holds log records until the log file is opened.

    The kiosk opens its log file once the start screen is up (loading the rotating handler's
    module costs start-up time the patron would see); nothing logged before is lost."""

    def __init__(self, capacity: int = STARTUP_BUFFER_RECORDS) -> None:
        super().__init__()
        self.capacity = capacity
        self.records: list[logging.LogRecord] = []
        self.dropped = 0

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < self.capacity:
            self.records.append(record)
        else:
            self.dropped += 1


def buffer_startup_logs(level: str = "INFO") -> StartupBuffer:
    root = logging.getLogger()
    root.setLevel(level.upper())
    buffer = StartupBuffer()
    root.addHandler(buffer)
    return buffer


def _private_rotating_handler(path: Path) -> logging.Handler:
    import io
    import logging.handlers
    import os

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        """Every log file, rotated ones included, is created 0600: logs name staff accounts
        and terminals, and must not be readable by other users whatever the umask."""

        def _open(self) -> io.TextIOWrapper:
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            return open(fd, "a", encoding=self.encoding, errors=self.errors)

    return PrivateRotatingFileHandler(path, maxBytes=5_000_000, backupCount=5, encoding="utf-8")


def setup_logging(
    log_dir: Path | None, level: str = "INFO", *, also_stderr: bool = False
) -> Path | None:
    """Send logs to `log_dir/kiosk.log` (rotated at 5 MB, 5 files kept).

    Returns the log file path, or None when the directory cannot be written (a read-only
    terminal must still run; the logs then go to stderr). Records held by a StartupBuffer are
    written first."""
    import logging.handlers

    root = logging.getLogger()
    root.setLevel(level.upper())
    buffered: list[logging.LogRecord] = []
    for handler in list(root.handlers):
        if isinstance(handler, StartupBuffer):
            buffered.extend(handler.records)
            root.removeHandler(handler)
        elif getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
            handler.close()
    formatter = logging.Formatter(LOG_FORMAT)
    path: Path | None = (log_dir or default_log_dir()) / "kiosk.log"
    handlers: list[logging.Handler] = []
    try:
        assert path is not None
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        file_handler: logging.Handler = _private_rotating_handler(path)
    except OSError:
        path = None
        also_stderr = True
    else:
        handlers.append(file_handler)
    if also_stderr:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(formatter)
        handler._kiosk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        for record in buffered:
            if record.levelno >= root.level:
                handler.handle(record)
    return path
