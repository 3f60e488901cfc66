"""A print queue over a real SQLite file (or PostgreSQL schema), for the queue's tests: the
service, its G-code files, a calendar the test controls, and staff accounts."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from kiosk.core.clock import FixedClock
from kiosk.core.print_queue import BookedPeriod, PrintQueueService, ProjectPrints
from kiosk.db.models import AuditEvent, StaffAccount
from kiosk.db.models_printing import PrintJob
from kiosk.db.terminals import TerminalIdentity, register_terminal
from kiosk.db.uow import UnitOfWork
from tests.db.backends import Database

START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)


class StoreFiles:
    """Files by SHA-256 in a folder, named by their hash as a content store keeps them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def add(self, text: str) -> str:
        data = text.encode()
        digest = hashlib.sha256(data).hexdigest()
        (self.root / digest).write_bytes(data)
        return digest

    def path(self, sha256: str) -> Path:
        return self.root / sha256


@dataclass
class Calendar:
    """Opening hours and reservations as the booking service would give them."""

    closes: datetime | None = START + timedelta(hours=5)
    booked: list[BookedPeriod] = field(default_factory=list)

    def closing_time(self, day: date) -> datetime | None:
        return self.closes

    def reservations(
        self, printer: str, starts_at: datetime, ends_at: datetime
    ) -> Sequence[BookedPeriod]:
        return [b for b in self.booked if b.starts_at < ends_at and b.ends_at > starts_at]


def prepare(db: Database, role: str = "staff") -> uuid.UUID:
    """The terminal row and one staff account; the account's id."""
    with UnitOfWork(db.session_factory) as session:
        register_terminal(session, TerminalIdentity("kiosk-main", "", "main", "Main"))
        staff = StaffAccount(display_name="Sam", role=role, pin_hash="x", created_at=START)
        session.add(staff)
        session.flush()
        return staff.id


def make_service(
    db: Database,
    clock: FixedClock,
    files: StoreFiles,
    calendar: Calendar | None = None,
    printers: Sequence[str] = ("ender",),
    projects: ProjectPrints | None = None,
    branch_code: str = "main",
) -> PrintQueueService:
    return PrintQueueService(
        db.session_factory,
        clock,
        "kiosk-main",
        branch_code=branch_code,
        printers=printers,
        zone=UTC,
        files=files,
        calendar=calendar,
        projects=projects,
    )


def job_row(db: Database, job_id: uuid.UUID) -> PrintJob:
    with UnitOfWork(db.session_factory, write=False) as session:
        job = session.get(PrintJob, job_id)
        assert job is not None
        return job


def audit_actions(db: Database) -> list[str]:
    with UnitOfWork(db.session_factory, write=False) as session:
        return list(
            session.scalars(select(AuditEvent.action).order_by(AuditEvent.at, AuditEvent.id))
        )


def moves(lines: int, name: str = "") -> str:
    body = "".join(f"G1 X{i % 100} Y{(i * 3) % 100} F3000\n" for i in range(lines))
    return f"; {name or 'a test job'}\nG90\n{body}"


def dwells(lines: int, dwell_ms: int = 25) -> str:
    return "; a slow test job\nG90\n" + f"G4 P{dwell_ms}\n" * lines
