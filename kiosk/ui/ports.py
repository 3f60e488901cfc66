"""What the screens and flows need from the rest of the kiosk, as Protocols.

The application passes the real services and device hub; UI tests pass small fakes that return
real result objects. Nothing here imports the database layer or a serial driver."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable
    from uuid import UUID

    from PySide6.QtCore import SignalInstance

    from kiosk.core.permissions import StaffAction
    from kiosk.core.results import (
        LockoutNotice,
        PatronMatch,
        PatronSummary,
        PinResult,
        PresenceCounts,
        ScanResult,
        StaffSummary,
    )
    from kiosk.devices.status import DeviceNotice, DeviceStatus, LockReport


class CheckInLike(Protocol):
    def handle_scan(self, text: str) -> ScanResult: ...


class StaffAuthLike(Protocol):
    def verify_pin(self, staff_id: UUID, pin: str, action: str) -> PinResult: ...


class ConsoleLike(Protocol):
    def authorize(self, staff_id: UUID, action: StaffAction) -> StaffSummary: ...

    def record_outcome(
        self, staff_id: UUID, action: StaffAction, detail: dict[str, object]
    ) -> None: ...

    def presence(self, staff_id: UUID) -> PresenceCounts: ...

    def recent_lockouts(self, staff_id: UUID) -> tuple[LockoutNotice, ...]: ...

    def find_patrons(self, staff_id: UUID, text: str) -> tuple[PatronMatch, ...]: ...

    def link_card(self, staff_id: UUID, scan_text: str, patron_id: UUID) -> PatronSummary: ...

    def register_patron(
        self, staff_id: UUID, scan_text: str, display_name: str, birth_year: int | None
    ) -> PatronSummary: ...


class CoreServices(Protocol):
    """The services the flows use, all usable once the database is open."""

    @property
    def checkin(self) -> CheckInLike: ...

    @property
    def staff_auth(self) -> StaffAuthLike: ...

    @property
    def console(self) -> ConsoleLike: ...


class ServiceSource(Protocol):
    """The one way flows reach the core: `current()` (called on the database lane) returns the
    services once the database is open, or raises when it is not (yet, or any more)."""

    def current(self) -> CoreServices: ...

    def warnings(self) -> tuple[str, ...]:
        """Start-up findings staff should see (files others can read, say)."""
        ...

    def database_status(self) -> DeviceStatus:
        """The database as the staff console shows it: open, being opened, unavailable."""
        ...


class DeviceHubLike(Protocol):
    """The configured devices (see kiosk.devices.hub). Blocking calls run on device lanes."""

    def add_listener(self, listener: Callable[[DeviceStatus | DeviceNotice], None]) -> None: ...

    def devices(self) -> tuple[DeviceLike, ...]: ...

    def relay_names(self) -> tuple[str, ...]: ...

    def lock_all(self, name: str) -> LockReport: ...

    def stop_all(self) -> None: ...


class DeviceLike(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def needs_start(self) -> bool: ...

    def start(self) -> None: ...

    def status(self) -> DeviceStatus: ...


class ScanSource(Protocol):
    """The ScanInput object: every scan, whatever its source, arrives through `scanned`."""

    @property
    def scanned(self) -> SignalInstance: ...

    def feed(self, text: str) -> None: ...
