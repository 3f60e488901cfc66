"""What the check-in screens need from the core services.

The window takes anything with these methods: the real services in the application, small fakes
returning real result objects in UI tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from uuid import UUID

    from PySide6.QtCore import SignalInstance

    from kiosk.core.results import PinResult, ScanResult


class CheckInLike(Protocol):
    def handle_scan(self, text: str) -> ScanResult: ...


class StaffAuthLike(Protocol):
    def verify_pin(self, staff_id: UUID, pin: str, action: str) -> PinResult: ...


class ScanSource(Protocol):
    """The ScanInput object: every scan, whatever its source, arrives through `scanned`."""

    @property
    def scanned(self) -> SignalInstance: ...

    def feed(self, text: str) -> None: ...
