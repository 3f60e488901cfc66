"""What the screens and flows need from the rest of the kiosk, as Protocols.

The application passes the real services and device hub; UI tests pass small fakes that return
real result objects. Nothing here imports the database layer or a serial driver."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence
    from datetime import date, datetime, time
    from uuid import UUID

    from PySide6.QtCore import SignalInstance

    from kiosk.core.equipment_admin_views import (
        ClosureView,
        EquipmentSetup,
        HoursView,
        ItemDraft,
        ItemRow,
        RuleView,
    )
    from kiosk.core.lending_views import KitOutcome, KitPreview, KitStatus, LoanView
    from kiosk.core.machine_views import Channel, MachineRow, ProblemView, SessionPlan, SessionView
    from kiosk.core.permissions import StaffAction
    from kiosk.core.print_views import PrinterLive, PrinterQueue, PrintJobView, PrintQueueEvent
    from kiosk.core.project_views import (
        Decision,
        Notice,
        ProjectDraft,
        ProjectFileRef,
        ProjectStatus,
        ProjectView,
        ShowcaseEntry,
    )
    from kiosk.core.results import (
        LockoutNotice,
        PatronMatch,
        PatronSummary,
        PinResult,
        PresenceCounts,
        ScanResult,
        StaffSummary,
    )
    from kiosk.core.sync_views import ConflictView
    from kiosk.core.training_views import (
        PatronStanding,
        PatronTraining,
        PatronTrainings,
        WaiverText,
    )
    from kiosk.devices.machine_events import Expected, MachineEvent, StateReapplied
    from kiosk.devices.status import DeviceNotice, DeviceStatus, LockReport
    from kiosk.sync.status import SyncStatus


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


class TrainingsLike(Protocol):
    def find_patrons(self, staff_id: UUID, text: str) -> tuple[PatronMatch, ...]: ...

    def patron_for_card(self, staff_id: UUID, scan_text: str) -> PatronSummary: ...

    def patron_trainings(self, staff_id: UUID | None, patron_id: UUID) -> PatronTrainings: ...

    def certify(self, staff_id: UUID | None, patron_id: UUID, code: str) -> PatronTraining: ...

    def revoke(self, staff_id: UUID | None, patron_id: UUID, code: str) -> None: ...

    def record_consent(self, staff_id: UUID | None, patron_id: UUID) -> PatronTrainings: ...

    def withdraw_consent(self, staff_id: UUID | None, patron_id: UUID) -> PatronTrainings: ...


class WaiversLike(Protocol):
    def current(self, patron_id: UUID, language: str) -> WaiverText | None: ...

    def accept(self, patron_id: UUID, version: str) -> PatronStanding: ...


class LendingLike(Protocol):
    """kiosk.core.lending.LendingService, as the kit screens use it. Refusals arrive as
    kiosk.core.lending_views.LoanRefused; staff calls check the role in the database."""

    def check_kit(self, patron_id: UUID, label_text: str) -> KitPreview: ...

    def borrow_or_return(self, patron_id: UUID, label_text: str) -> KitOutcome: ...

    def return_loan(self, patron_id: UUID, loan_id: UUID) -> KitOutcome: ...

    def patron_loans(self, patron_id: UUID) -> tuple[LoanView, ...]: ...

    def kit_status(self, staff_id: UUID, label_text: str) -> KitStatus: ...

    def lend(self, staff_id: UUID, label_text: str, card_text: str) -> LoanView: ...

    def take_back(self, staff_id: UUID, label_text: str, *, needs_check: bool) -> LoanView: ...

    def mark_checked(self, staff_id: UUID, label_text: str) -> KitStatus: ...

    def open_loans(self, staff_id: UUID) -> tuple[LoanView, ...]: ...


def lending_of(core: object) -> LendingLike:
    """The lending service of the core services; LookupError on a core without one."""
    service: LendingLike | None = getattr(core, "lending", None)
    if service is None:
        raise LookupError("this kiosk's core has no lending service")
    return service


class MachinesLike(Protocol):
    """kiosk.core.machines.MachineService, as the session and staff screens use it."""

    def plan_start(self, patron_id: UUID, reservation_id: UUID) -> SessionPlan: ...

    def record_start(
        self, patron_id: UUID, reservation_id: UUID, confirmed_at: datetime
    ) -> SessionView: ...

    def record_unlock_failed(
        self,
        item_id: UUID,
        problem: str,
        *,
        patron_id: UUID | None = None,
        staff_id: UUID | None = None,
    ) -> None: ...

    def machines(self, staff_id: UUID) -> tuple[MachineRow, ...]: ...

    def plan_unlock(self, staff_id: UUID, item_id: UUID, minutes: int) -> SessionPlan: ...

    def record_unlock(
        self, staff_id: UUID, item_id: UUID, minutes: int, confirmed_at: datetime
    ) -> SessionView: ...

    def plan_lock(self, staff_id: UUID, item_id: UUID) -> SessionPlan: ...

    def record_lock(self, staff_id: UUID, item_id: UUID, locked_at: datetime) -> None: ...

    def mark(self, staff_id: UUID, item_id: UUID, state: str) -> MachineRow: ...

    def report_problem(self, patron_id: UUID | None, item_id: UUID, reason: str) -> ProblemView: ...

    def open_sessions(self) -> tuple[SessionView, ...]: ...

    def record_kept_on(self, session_id: UUID, at: datetime) -> None: ...

    def record_ended(
        self, session_id: UUID, reason: str, locked_at: datetime
    ) -> SessionView | None: ...

    def record_device_notice(self, what: str, detail: dict[str, object]) -> None: ...


class EquipmentAdminLike(Protocol):
    """kiosk.core.equipment_admin.EquipmentAdminService: the staff console's Equipment & rules."""

    def setup(self, staff_id: UUID) -> EquipmentSetup: ...

    def save_item(self, staff_id: UUID, draft: ItemDraft) -> ItemRow: ...

    def retire_item(self, staff_id: UUID, item_id: UUID) -> ItemRow: ...

    def set_rule(self, staff_id: UUID, kind: str, changes: Mapping[str, int]) -> RuleView: ...

    def set_hours(
        self, staff_id: UUID, weekday: int, spans: Sequence[tuple[time, time]]
    ) -> HoursView: ...

    def add_closure(self, staff_id: UUID, day: date, reason: str) -> ClosureView: ...

    def remove_closure(self, staff_id: UUID, day: date) -> None: ...


class SyncReviewLike(Protocol):
    """kiosk.core.sync_review.SyncReviewService: the conflicts a sync round left for staff."""

    def conflicts(self, staff_id: UUID) -> tuple[ConflictView, ...]: ...

    def resolve(self, staff_id: UUID, conflict_id: UUID) -> None: ...


class MachineControlLike(Protocol):
    """kiosk.devices.machine_control.MachineControl: blocking calls, run on the machines lane."""

    def add_listener(self, listener: Callable[[MachineEvent], None]) -> None: ...

    def expected(self) -> tuple[Expected, ...]: ...

    def unlock(
        self,
        channel: Channel,
        until: datetime,
        *,
        session_id: UUID | None = None,
        printer: str | None = None,
    ) -> datetime: ...

    def attach(self, channel: Channel, session_id: UUID) -> None: ...

    def lock(self, channel: Channel) -> datetime: ...

    def restore(self, expected: Iterable[Expected]) -> tuple[StateReapplied, ...]: ...

    def tick(self) -> None: ...


class ProjectsLike(Protocol):
    """kiosk.core.projects.ProjectService, as the project screens use it (on the database
    lane)."""

    def tags(self) -> tuple[str, ...]: ...

    def resolve_collaborator(self, scan_text: str) -> PatronSummary: ...

    def submit(self, owner_id: UUID, draft: ProjectDraft) -> UUID: ...

    def pending_notices(self, patron_id: UUID) -> tuple[Notice, ...]: ...

    def mark_seen(self, patron_id: UUID, notice_ids: Iterable[UUID]) -> int: ...

    def review_queue(self, staff_id: UUID) -> tuple[ProjectView, ...]: ...

    def all_projects(self, staff_id: UUID) -> tuple[ProjectView, ...]: ...

    def review(
        self,
        staff_id: UUID,
        project_id: UUID,
        decision: Decision,
        feedback: str = "",
        *,
        gcode: ProjectFileRef | None = None,
    ) -> ProjectStatus: ...

    def set_hidden(self, staff_id: UUID | None, project_id: UUID, hidden: bool) -> None: ...

    def showcase(self, limit: int | None = None) -> tuple[ShowcaseEntry, ...]: ...


def projects_of(core: object) -> ProjectsLike:
    """The project service of the core services; LookupError on a core without one (the
    project screens then say the service is unavailable)."""
    service: ProjectsLike | None = getattr(core, "projects", None)
    if service is None:
        raise LookupError("this kiosk's core has no project service")
    return service


class CoreServices(Protocol):
    """The services the flows use, all usable once the database is open."""

    @property
    def checkin(self) -> CheckInLike: ...

    @property
    def staff_auth(self) -> StaffAuthLike: ...

    @property
    def console(self) -> ConsoleLike: ...

    @property
    def trainings(self) -> TrainingsLike: ...

    @property
    def waivers(self) -> WaiversLike: ...

    @property
    def machines(self) -> MachinesLike: ...

    @property
    def equipment_admin(self) -> EquipmentAdminLike: ...

    @property
    def sync_review(self) -> SyncReviewLike: ...


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

    def sync_status(self) -> SyncStatus:
        """The link to the central store (not configured, not joined, online, offline), the
        last sync and the changes waiting. No I/O: safe on the GUI thread."""
        ...

    def sync_now(self) -> None:
        """Ask for a sync round now; returns at once (watch `sync_status`)."""
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


class PrintDeskLike(Protocol):
    """The print queue as staff use it (kiosk.devices.print_desk.PrintDesk). Every call blocks:
    database calls on the database lane, printer controls on the printer's lane."""

    def add_listener(self, listener: Callable[[PrintQueueEvent], None]) -> None: ...

    def live(self) -> tuple[PrinterLive, ...]: ...

    def queues(self, staff_id: UUID) -> tuple[PrinterQueue, ...]: ...

    def snapshot(self) -> tuple[PrinterQueue, ...]: ...

    def enqueue(
        self,
        staff_id: UUID,
        printer: str,
        sha256: str,
        file_name: str,
        *,
        project_id: UUID | None = None,
        estimated_seconds: int | None = None,
    ) -> PrintJobView: ...

    def move(self, staff_id: UUID, job_id: UUID, steps: int) -> PrintJobView: ...

    def requeue(self, staff_id: UUID, job_id: UUID) -> PrintJobView: ...

    def cancel(self, staff_id: UUID, job_id: UUID) -> PrintJobView: ...

    def pause(self, staff_id: UUID, printer: str) -> None: ...

    def resume(self, staff_id: UUID, printer: str) -> None: ...

    def reset(self, staff_id: UUID, printer: str) -> None: ...

    def emergency_stop(self, staff_id: UUID, printer: str) -> None: ...
