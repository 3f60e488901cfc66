"""Logging to a rotating file in the platform log dir, one grep-able line per event."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

import platformdirs

APP_NAME = "makerspace-kiosk"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def setup_logging(
    log_dir: Path | None, level: str = "INFO", *, also_stderr: bool = False
) -> Path | None:
    """Send logs to `log_dir/kiosk.log` (rotated at 5 MB, 5 files kept).

    Returns the log file path, or None when the directory cannot be written (a read-only
    terminal must still run; the logs then go to stderr)."""
    root = logging.getLogger()
    root.setLevel(level.upper())
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
    formatter = logging.Formatter(LOG_FORMAT)
    path: Path | None = (log_dir or default_log_dir()) / "kiosk.log"
    try:
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=5_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        path = None
        also_stderr = True
    else:
        file_handler.setFormatter(formatter)
        file_handler._kiosk = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    if also_stderr:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(formatter)
        stream._kiosk = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    return path
