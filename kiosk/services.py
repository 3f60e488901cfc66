"""The core services over one database, opened from the configuration.

Module-level imports stay light (no SQLAlchemy): the kiosk paints its start screen before the
database layer is even imported, and the CLI's quick commands start fast."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, timedelta, tzinfo
from typing import TYPE_CHECKING

from kiosk.config import Config
from kiosk.core.clock import Clock, SystemClock

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from kiosk.core.card_codec import CardCodec
    from kiosk.core.cards import CardService
    from kiosk.core.checkin import CheckInService
    from kiosk.core.console import StaffConsoleService
    from kiosk.core.equipment import EquipmentService
    from kiosk.core.patrons import PatronService
    from kiosk.core.pin_policy import PinPolicy
    from kiosk.core.staff import StaffAuthService

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
    clock: Clock
    migrated: bool = True

    def close(self) -> None:
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
    from kiosk.core.card_codec import CardCodec
    from kiosk.core.cards import CardService
    from kiosk.core.checkin import CheckInService
    from kiosk.core.console import StaffConsoleService
    from kiosk.core.equipment import EquipmentService
    from kiosk.core.patrons import PatronService
    from kiosk.core.staff import StaffAuthService
    from kiosk.db.engine import make_session_factory
    from kiosk.db.uow import use_clock

    sessions = make_session_factory(engine)
    use_clock(sessions, clock.now)
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
        console=StaffConsoleService(
            sessions,
            codec,
            clock,
            terminal_id,
            visit_window=visit_window,
            zone=_zone(config.library.timezone),
            lockouts=staff_auth.recent_lockouts,
        ),
        equipment=EquipmentService(
            sessions,
            clock,
            branch_code=config.library.branch_code,
            terminal_code=terminal_id,
            relays=[relay.name for relay in config.relays],
            printers=[printer.name for printer in config.printers],
        ),
        clock=clock,
        migrated=migrated,
    )


def _register_terminal(sessions: sessionmaker[Session], config: Config) -> None:
    """Make or update this kiosk's branch and terminal rows from the configuration. A failure
    only logs: the check-in service makes the terminal row on first use."""
    from kiosk.db.errors import DB_ERRORS, describe
    from kiosk.db.terminals import TerminalIdentity, register_terminal
    from kiosk.db.uow import UnitOfWork

    identity = TerminalIdentity(
        code=config.terminal.id,
        name=config.terminal.name,
        branch_code=config.library.branch_code,
        branch_name=config.library.branch,
        timezone=config.library.timezone,
    )
    try:
        with UnitOfWork(sessions) as session:
            register_terminal(session, identity)
    except DB_ERRORS as error:
        log.error("could not record this terminal in the database: %s", describe(error))


def _zone(name: str) -> tzinfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC
