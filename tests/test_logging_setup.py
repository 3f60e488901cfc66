"""Logs go to a rotating file; what is logged before the file is open is kept, not lost."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.logging_setup import StartupBuffer, buffer_startup_logs, setup_logging


@pytest.fixture(autouse=True)
def clean_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    yield
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_records_before_the_file_opens_are_written_to_it(tmp_path: Path) -> None:
    buffer_startup_logs("INFO")
    logging.getLogger("kiosk.test").info("early event id=%s", 42)
    logging.getLogger("kiosk.test").debug("below the level")
    path = setup_logging(tmp_path / "logs", "INFO")
    logging.getLogger("kiosk.test").warning("later event")
    assert path == tmp_path / "logs" / "kiosk.log"
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "INFO kiosk.test early event id=42" in text
    assert "WARNING kiosk.test later event" in text
    assert "below the level" not in text
    assert text.index("early event") < text.index("later event")
    assert not any(isinstance(h, StartupBuffer) for h in logging.getLogger().handlers)


def test_unwritable_log_dir_falls_back_to_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.geteuid() == 0:
        # root writes anywhere; a path under a regular file can never be a directory.
        blocked = tmp_path / "file"
        blocked.write_text("x")
        log_dir = blocked / "logs"
    else:
        log_dir = tmp_path / "ro"
        log_dir.mkdir(mode=0o500)
    assert setup_logging(log_dir, "INFO") is None
    logging.getLogger("kiosk.test").error("disk trouble")
    assert "disk trouble" in capsys.readouterr().err


def test_buffer_is_bounded() -> None:
    buffer = StartupBuffer(capacity=3)
    for index in range(5):
        buffer.emit(logging.makeLogRecord({"msg": f"m{index}"}))
    assert [r.getMessage() for r in buffer.records] == ["m0", "m1", "m2"]
    assert buffer.dropped == 2
