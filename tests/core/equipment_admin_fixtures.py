"""The staff console's equipment tool on a real database, as the composition root builds it,
with an admin account and a staff one (who may not manage equipment)."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import UTC, timedelta

from kiosk.core.booking import BookingService
from kiosk.core.card_codec import CardCodec
from kiosk.core.clock import FixedClock
from kiosk.core.console import StaffConsoleService
from kiosk.core.equipment import EquipmentService
from kiosk.core.equipment_admin import EquipmentAdminService
from kiosk.core.trainings import TrainingService
from kiosk.db.models import StaffAccount
from kiosk.db.uow import UnitOfWork
from tests.core.booking_fixtures import BRANCH, START, TERMINAL
from tests.db.backends import Database

ADMIN_ID = uuid.UUID("0190a0a0-0000-7000-8000-0000000000aa")  # tests.ui.fakes.STAFF's
CLERK_ID = uuid.UUID("0190a0a0-0000-7000-8000-0000000000bb")


def equipment_service(
    db: Database, *, relays: Collection[str] = ("bench",), printers: Collection[str] = ()
) -> EquipmentService:
    """The equipment service of a kiosk configured with these relays and printers."""
    return EquipmentService(
        db.session_factory,
        FixedClock(START),
        branch_code=BRANCH,
        terminal_code=TERMINAL,
        relays=relays,
        printers=printers,
    )


def equipment_admin(db: Database, equipment: EquipmentService) -> EquipmentAdminService:
    """The tool over `equipment`, on a branch set up with `set_up_branch`."""
    clock = FixedClock(START)
    codec = CardCodec({"K1": bytes(range(32))}, "K1")
    console = StaffConsoleService(
        db.session_factory, codec, clock, TERMINAL, visit_window=timedelta(hours=4), zone=UTC
    )
    booking = BookingService(db.session_factory, clock, branch_code=BRANCH, terminal_code=TERMINAL)
    trainings = TrainingService(db.session_factory, clock, TERMINAL, codec)
    trainings.define(None, "laser-safety", "Laser safety", None)
    with UnitOfWork(db.session_factory) as session:
        session.add(StaffAccount(id=ADMIN_ID, display_name="Dana", role="admin", pin_hash="x"))
        session.add(StaffAccount(id=CLERK_ID, display_name="Sam", role="staff", pin_hash="x"))
    return EquipmentAdminService(console, equipment, booking, trainings)
