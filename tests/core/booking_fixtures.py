"""A branch set up for booking, written directly (independent of the booking service)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, time

from kiosk.db.models import EquipmentItem
from kiosk.db.models_booking import OpeningHours
from kiosk.db.terminals import TerminalIdentity, register_terminal
from kiosk.db.uow import UnitOfWork
from kiosk.ids import branch_uuid
from tests.db.backends import Database, add_patron

# A Monday morning before opening, in UTC (the branch's zone).
START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
BRANCH = "main"
TERMINAL = "kiosk-main"


@dataclass(frozen=True)
class Branch:
    items: tuple[uuid.UUID, ...]
    patrons: tuple[uuid.UUID, ...]


def set_up_branch(
    database: Database,
    *,
    items: int = 2,
    patrons: int = 2,
    training: str | None = None,
    zone: str = "UTC",
    terminal: str = TERMINAL,
) -> Branch:
    """Open 09:00-12:00 and 13:00-17:00 every day; `items` 3D printers; patrons with cards."""
    with UnitOfWork(database.session_factory) as session:
        register_terminal(session, TerminalIdentity(terminal, "", BRANCH, "Main", zone))
        for weekday in range(7):
            for span, (opens, closes) in enumerate(((9, 12), (13, 17)), start=1):
                session.add(
                    OpeningHours(
                        branch_id=branch_uuid(BRANCH),
                        weekday=weekday,
                        span=span,
                        opens_at=time(opens),
                        closes_at=time(closes),
                    )
                )
        item_ids = []
        for number in range(1, items + 1):
            item = EquipmentItem(
                branch_id=branch_uuid(BRANCH),
                kind="3d_printer",
                name=f"Printer {number}",
                name_key=f"printer {number}",
                icon="printer",
                required_training=training,
                state="free",
                state_changed_at=START,
            )
            session.add(item)
            session.flush()
            item_ids.append(item.id)
    patron_ids = tuple(
        add_patron(database, f"Patron {n}", f"C{n:07d}", at=START) for n in range(patrons)
    )
    return Branch(tuple(item_ids), patron_ids)
