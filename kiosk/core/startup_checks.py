"""Checks run once at start whose findings staff should see: files other users can read.

Qt-free: the start-up code logs each warning, and the staff console shows the same tuple."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kiosk.file_privacy import open_to_others


def startup_warnings(*, config_file: Path | None, database_file: Path | None) -> tuple[str, ...]:
    """Plain-language warnings, in a stable order; empty when all is well."""
    warnings: list[str] = []
    if config_file is not None and open_to_others(config_file):
        warnings.append(
            f"The configuration file {config_file} can be read by other users of this "
            "computer. Make it private: chmod 600 it."
        )
    for path in _database_files(database_file):
        if open_to_others(path):
            warnings.append(
                f"The database file {path} can be read by other users of this computer; it "
                "holds patron names. Make it private: chmod 600 it."
            )
    return tuple(warnings)


def _database_files(database_file: Path | None) -> Iterable[Path]:
    if database_file is None:
        return ()
    return (
        database_file,
        *(database_file.with_name(database_file.name + suffix) for suffix in ("-wal", "-shm")),
    )
