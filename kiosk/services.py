"""The core services over one database, opened from the configuration.

Module-level imports stay light (no SQLAlchemy): the kiosk paints its start screen before the
database layer is even imported, and the CLI's quick commands start fast."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.config import Config
from kiosk.core.clock import Clock, SystemClock

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from kiosk.core.booking import BookingService
    from kiosk.core.card_codec import CardCodec
    from kiosk.core.cards import CardService
    from kiosk.core.checkin import CheckInService
    from kiosk.core.console import StaffConsoleService
    from kiosk.core.equipment import EquipmentService
    from kiosk.core.equipment_admin import EquipmentAdminService
    from kiosk.core.lending import LendingService
    from kiosk.core.machines import MachineService
    from kiosk.core.patrons import PatronService
    from kiosk.core.pin_policy import PinPolicy
    from kiosk.core.print_queue import PrintQueueService
    from kiosk.core.projects import ProjectService
    from kiosk.core.showcase_export import PictureSource
    from kiosk.core.staff import StaffAuthService
    from kiosk.core.sync_review import SyncReviewService
    from kiosk.core.trainings import TrainingService, WaiverService
    from kiosk.db.terminals import TerminalIdentity
    from kiosk.sync.worker import SyncWorker

log = logging.getLogger(__name__)


@dataclass
class Services:
    engine: Engine
    sessions: sessionmaker[Session]
    database_label: str
    codec: CardCodec
    checkin: CheckInService
    staff_auth: StaffAuthService
    patrons: PatronService
    cards: CardService
    console: StaffConsoleService
    equipment: EquipmentService
    trainings: TrainingService
    waivers: WaiverService
    lending: LendingService
    machines: MachineService
    projects: ProjectService
    # Where a project file's picture is on disk, for the showcase export (the file store's).
    project_pictures: PictureSource
    print_queue: PrintQueueService
    booking: BookingService
    # The console's Equipment & rules tool: equipment and booking changes behind a staff role.
    equipment_admin: EquipmentAdminService
    # The console's Network & sync tool: the conflicts a sync round left, and resolving them.
    sync_review: SyncReviewService
    clock: Clock
    migrated: bool = True
    # The background sync worker when [sync] central_url is set; started by the composition
    # root (kiosk.app), never by the command line, which runs rounds itself.
    sync: SyncWorker | None = None
    # The root of the project file store, whose files' contents sync rounds send and fetch.
    file_store: Path | None = None

    def start_sync(self) -> None:
        if self.sync is not None and self.migrated:
            self.sync.start()

    def close(self) -> None:
        if self.sync is not None:
            self.sync.stop()
        self.engine.dispose()


def database_url(config: Config) -> str:
    if config.database.url:
        return config.database.url
    from kiosk.db.engine import default_sqlite_path

    return f"sqlite:///{default_sqlite_path()}"


def find_startup_warnings(config: Config) -> tuple[str, ...]:
    """What staff should hear about at start (kiosk.core.startup_checks): a configuration or
    database file other users can read. Looks at the files only; opens nothing."""
    from kiosk.core.startup_checks import startup_warnings
    from kiosk.db.engine import sqlite_path

    try:
        database_file = sqlite_path(database_url(config))
    except Exception:  # an unusable URL is reported when the engine is made
        database_file = None
    return startup_warnings(config_file=config.source, database_file=database_file)


def pin_policy(config: Config) -> PinPolicy:
    from kiosk.core.pin_policy import PinPolicy

    staff = config.staff
    return PinPolicy(
        max_attempts=staff.max_pin_attempts,
        lockout=timedelta(minutes=staff.lockout_minutes),
        lockout_cap=timedelta(minutes=staff.lockout_max_minutes),
        daily_guesses=staff.daily_pin_guesses,
        min_length=staff.min_pin_length,
    )


def _label(url: str) -> str:
    # Never print a password that may sit in a PostgreSQL URL.
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def open_services(
    config: Config, *, migrate: bool = True, clock: Clock | None = None, strict: bool = True
) -> Services:
    """Open the database (applying migrations) and build the core services.

    With strict=False a database that cannot be opened or migrated is logged and the services
    are built anyway: the kiosk then answers every scan with "please see a staff member"
    instead of refusing to start."""
    from kiosk.db.engine import make_engine
    from kiosk.db.errors import DatabaseUnavailable
    from kiosk.db.migrate import upgrade

    clock = clock or SystemClock()
    url = database_url(config)
    migrated = True
    try:
        engine = make_engine(url)
    except DatabaseUnavailable as error:
        if strict:
            raise
        log.error("database unavailable at start: %s", error)
        # The kiosk still starts, so that a patron who scans sees "please see a staff member"
        # rather than a dead screen; every use of this engine fails until it is opened again.
        engine = make_engine(url, check=False)
        migrated = migrate = False
    try:
        if migrate:
            try:
                upgrade(engine)
            except DatabaseUnavailable as error:
                if strict:
                    raise
                log.error("database unavailable at start: %s", error)
                migrated = False
        return _build_services(config, engine, url, clock, migrated)
    except BaseException:
        engine.dispose()  # whatever failed, no connection is left open behind it
        raise


def _build_services(
    config: Config, engine: Engine, url: str, clock: Clock, migrated: bool
) -> Services:
    from kiosk.core.booking import BookingService
    from kiosk.core.card_codec import CardCodec
    from kiosk.core.cards import CardService
    from kiosk.core.checkin import CheckInService
    from kiosk.core.console import StaffConsoleService
    from kiosk.core.equipment import EquipmentService
    from kiosk.core.equipment_admin import EquipmentAdminService
    from kiosk.core.lending import LendingService
    from kiosk.core.machines import MachineService
    from kiosk.core.patrons import PatronService
    from kiosk.core.print_calendar import BookingCalendar
    from kiosk.core.print_queue import PrintQueueService
    from kiosk.core.project_files.layout import StoreLayout
    from kiosk.core.project_files.pictures import StorePictures
    from kiosk.core.project_files.settings import project_files_settings, store_root
    from kiosk.core.projects import ProjectService
    from kiosk.core.staff import StaffAuthService
    from kiosk.core.sync_review import SyncReviewService
    from kiosk.core.trainings import TrainingService, WaiverService
    from kiosk.db.engine import make_session_factory
    from kiosk.db.uow import use_clock
    from kiosk.ids import terminal_uuid
    from kiosk.sync import outbox

    sessions = make_session_factory(engine)
    use_clock(sessions, clock.now)
    # Every change the services make is recorded for synchronisation in its own transaction,
    # whether or not a central store is configured yet: a terminal that joins later pushes it.
    outbox.install(sessions, terminal_uuid(config.terminal.id).hex)
    codec = CardCodec(
        config.cards.keys,
        config.cards.signing_key_id,
        accept_library_barcodes=config.cards.accept_library_barcodes,
        library_barcode_pattern=config.cards.library_barcode_pattern,
    )
    terminal_id = config.terminal.id
    visit_window = timedelta(minutes=config.checkin.visit_window_minutes)
    if migrated:
        _register_terminal(sessions, config)
    staff_auth = StaffAuthService(sessions, clock, terminal_id, policy=pin_policy(config))
    projects = ProjectService(
        sessions,
        codec,
        clock,
        terminal_code=terminal_id,
        branch_code=config.library.branch_code,
    )
    console = StaffConsoleService(
        sessions,
        codec,
        clock,
        terminal_id,
        visit_window=visit_window,
        zone=_zone(config.library.timezone),
        lockouts=staff_auth.recent_lockouts,
    )
    equipment = EquipmentService(
        sessions,
        clock,
        branch_code=config.library.branch_code,
        terminal_code=terminal_id,
        relays=[relay.name for relay in config.relays],
        printers=[printer.name for printer in config.printers],
    )
    trainings = TrainingService(sessions, clock, terminal_id, codec)
    file_settings = project_files_settings(config)
    booking = BookingService(
        sessions, clock, branch_code=config.library.branch_code, terminal_code=terminal_id
    )
    return Services(
        engine=engine,
        sessions=sessions,
        database_label=_label(url),
        codec=codec,
        checkin=CheckInService(
            sessions,
            codec,
            clock,
            terminal_id,
            visit_window,
        ),
        staff_auth=staff_auth,
        patrons=PatronService(sessions, clock, import_max_rows=config.patrons.import_max_rows),
        cards=CardService(sessions, clock),
        console=console,
        equipment=equipment,
        trainings=trainings,
        waivers=WaiverService(sessions, clock, terminal_id, default_language=config.ui.locale),
        booking=booking,
        equipment_admin=EquipmentAdminService(console, equipment, booking, trainings),
        sync_review=SyncReviewService(sessions, clock, terminal_id),
        lending=LendingService(
            sessions,
            codec,
            clock,
            branch_code=config.library.branch_code,
            terminal_code=terminal_id,
        ),
        projects=projects,
        project_pictures=StorePictures(file_settings),
        print_queue=PrintQueueService(
            sessions,
            clock,
            terminal_id,
            branch_code=config.library.branch_code,
            printers=[p.name for p in config.printers if p.backend != "power-only"],
            zone=_zone(config.library.timezone),
            files=StoreLayout(store_root(file_settings)),
            calendar=BookingCalendar(booking, equipment),
            projects=projects,
            # Known, so that a job for one is refused as such rather than as an unknown printer.
            no_job_control=[p.name for p in config.printers if p.backend == "power-only"],
        ),
        machines=MachineService(
            sessions,
            clock,
            terminal_code=terminal_id,
            branch_code=config.library.branch_code,
        ),
        clock=clock,
        migrated=migrated,
        sync=_sync_worker(config, engine, clock, store_root(file_settings)),
        file_store=store_root(file_settings),
    )


def _sync_worker(config: Config, engine: Engine, clock: Clock, files: Path) -> SyncWorker | None:
    if not config.sync.central_url:
        return None
    from kiosk.sync.worker import SyncWorker

    return SyncWorker(
        engine,
        config.sync.central_url,
        interval_s=config.sync.interval_s,
        retry_max_s=config.sync.retry_max_s,
        now=clock.now,
        files=files,
    )


def terminal_identity(config: Config) -> TerminalIdentity:
    """What the configuration says about this kiosk and its branch."""
    from kiosk.db.terminals import TerminalIdentity

    return TerminalIdentity(
        code=config.terminal.id,
        name=config.terminal.name,
        branch_code=config.library.branch_code,
        branch_name=config.library.branch,
        timezone=config.library.timezone,
    )


def _register_terminal(sessions: sessionmaker[Session], config: Config) -> None:
    """Make or update this kiosk's branch and terminal rows from the configuration. A failure
    only logs: the check-in service makes the terminal row on first use."""
    from kiosk.db.errors import DB_ERRORS, describe
    from kiosk.db.terminals import register_terminal
    from kiosk.db.uow import UnitOfWork

    identity = terminal_identity(config)
    try:
        with UnitOfWork(sessions) as session:
            register_terminal(session, identity)
    except DB_ERRORS as error:
        log.error("could not record this terminal in the database: %s", describe(error))


def session_end_journal(config: Config) -> Path:
    """Where machine session ends the database has not taken yet are kept across a restart
    (kiosk.devices.session_end_journal): beside a SQLite database, so that a terminal's data
    stays in one folder, else in the user data folder."""
    import platformdirs

    from kiosk.config import APP_NAME
    from kiosk.db.engine import sqlite_path
    from kiosk.devices.session_end_journal import JOURNAL_FILE

    database = sqlite_path(database_url(config))
    folder = (
        database.parent
        if database is not None
        else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    return folder / JOURNAL_FILE


def print_work_dir() -> Path:
    """Where the print queue names a job's stored G-code for the printer while it prints."""
    import platformdirs

    from kiosk.config import APP_NAME

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "print-jobs"


def _zone(name: str) -> tzinfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC
