"""What the check-in screens need from the core services, as structural types.

The screens only read results, so they depend on shapes, not on the service classes: the real
services and the small fakes in UI tests both fit. Outcome values are compared as strings, which
the core's StrEnum outcomes are.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol
from uuid import UUID

from PySide6.QtCore import SignalInstance


class PatronLike(Protocol):
    @property
    def display_name(self) -> str: ...


class StaffLike(Protocol):
    @property
    def staff_id(self) -> UUID: ...
    @property
    def display_name(self) -> str: ...


class ScanResultLike(Protocol):
    @property
    def outcome(self) -> str: ...
    @property
    def patron(self) -> PatronLike | None: ...
    @property
    def staff(self) -> StaffLike | None: ...
    @property
    def todays_reservations(self) -> Sequence[str]: ...


class PinResultLike(Protocol):
    @property
    def outcome(self) -> str: ...
    @property
    def attempts_left(self) -> int | None: ...
    @property
    def locked_until(self) -> datetime | None: ...


class CheckInLike(Protocol):
    def handle_scan(self, text: str) -> ScanResultLike: ...


class StaffAuthLike(Protocol):
    def verify_pin(self, staff_id: UUID, pin: str, action: str) -> PinResultLike: ...


class ScanSource(Protocol):
    """The ScanInput object: every scan, whatever its source, arrives through `scanned`."""

    @property
    def scanned(self) -> SignalInstance: ...

    def feed(self, text: str) -> None: ...
