"""The staff console's equipment tool (EquipmentAdminService) on a real SQLite file and a real
PostgreSQL schema: an item's printer binding as staff keep, change or clear it."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.core.equipment_admin import EquipmentAdminService
from kiosk.core.equipment_admin_views import ItemDraft, ItemRow
from kiosk.db.models import AuditEvent
from kiosk.db.uow import UnitOfWork
from kiosk.errors import InvalidInput, PermissionDenied
from tests.core.booking_fixtures import set_up_branch
from tests.core.equipment_admin_fixtures import (
    ADMIN_ID,
    CLERK_ID,
    equipment_admin,
    equipment_service,
)
from tests.db.backends import BACKENDS, Database, open_database


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with open_database(request.param, tmp_path) as database:
        set_up_branch(database, items=1, patrons=0)
        yield database


@pytest.fixture
def admin(db: Database) -> EquipmentAdminService:
    """The tool on a kiosk whose configuration has the printers ender and mk4."""
    return equipment_admin(db, equipment_service(db, printers=["ender", "mk4"]))


def only_item(admin: EquipmentAdminService) -> ItemRow:
    (row,) = admin.setup(ADMIN_ID).items
    return row


def audited(db: Database, action: str) -> list[dict[str, object]]:
    with UnitOfWork(db.session_factory, write=False) as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == action))
        return [dict(event.detail) for event in events]


@pytest.mark.parametrize("printer", ["mk4", "mk3"], ids=["configured-here", "bound-elsewhere"])
def test_renaming_in_the_console_keeps_a_printer_bound_from_the_command_line(
    db: Database, admin: EquipmentAdminService, printer: str
) -> None:
    # `makerspace-kiosk equipment bind` on a terminal that has the printer (mk3 is not on this
    # one), after staff opened the item here: their save must not undo it.
    opened = only_item(admin).draft()
    equipment_service(db, printers=[printer]).bind("Printer 1", printer=printer)
    saved = admin.save_item(ADMIN_ID, dataclasses.replace(opened, name="Prusa"))
    assert (saved.name, saved.printer) == ("Prusa", printer)
    assert only_item(admin).printer == printer
    assert audited(db, "equipment_changed") == [{"renamed": True}]


def test_staff_change_and_clear_the_printer_and_each_change_is_audited(
    db: Database, admin: EquipmentAdminService
) -> None:
    assert admin.setup(ADMIN_ID).printers == ("ender", "mk4")
    row = only_item(admin)
    bound = admin.save_item(ADMIN_ID, replace_printer(row, "ender"))
    assert bound.printer == "ender"
    moved = admin.save_item(ADMIN_ID, replace_printer(bound, "mk4"))
    assert moved.printer == "mk4"
    cleared = admin.save_item(ADMIN_ID, replace_printer(moved, None))
    assert (cleared.printer, only_item(admin).printer) == (None, None)
    assert audited(db, "equipment_changed") == [
        {"printer": "ender"},
        {"printer": "mk4"},
        {"printer": None},
    ]
    with UnitOfWork(db.session_factory, write=False) as session:
        actors = session.scalars(
            select(AuditEvent.actor_id).where(AuditEvent.action == "equipment_changed")
        ).all()
    assert actors == [ADMIN_ID] * 3


def test_a_new_item_is_added_bound_to_a_printer(admin: EquipmentAdminService) -> None:
    draft = dataclasses.replace(
        only_item(admin).draft(), item_id=None, name="Ender 3", printer="ender"
    )
    added = admin.save_item(ADMIN_ID, draft)
    assert (added.name, added.printer) == ("Ender 3", "ender")


def test_a_printer_this_kiosk_lacks_is_refused_as_the_command_line_refuses_it(
    db: Database, admin: EquipmentAdminService
) -> None:
    # The same words `makerspace-kiosk equipment bind --printer mk3` prints on this kiosk.
    message = r"no printer named 'mk3' is configured \(\[\[printers\]\] has ender, mk4\)"
    with pytest.raises(InvalidInput, match=message):
        equipment_service(db, printers=["ender", "mk4"]).bind("Printer 1", printer="mk3")
    row = only_item(admin)
    with pytest.raises(InvalidInput, match=message):
        admin.save_item(ADMIN_ID, replace_printer(row, "mk3"))
    with pytest.raises(InvalidInput, match=message):
        admin.save_item(
            ADMIN_ID, dataclasses.replace(row.draft(), item_id=None, name="New", printer="mk3")
        )
    assert only_item(admin).printer is None
    assert audited(db, "equipment_changed") == []


def test_a_printer_bound_elsewhere_is_kept_when_staff_choose_it_again(
    db: Database, admin: EquipmentAdminService
) -> None:
    equipment_service(db, printers=["mk3"]).bind("Printer 1", printer="mk3")
    row = only_item(admin)
    saved = admin.save_item(
        ADMIN_ID, dataclasses.replace(replace_printer(row, "mk3"), name="Prusa")
    )
    assert saved.printer == "mk3"


def test_a_staff_account_may_not_bind_a_printer_and_the_refusal_is_audited(
    db: Database, admin: EquipmentAdminService
) -> None:
    row = only_item(admin)
    with pytest.raises(PermissionDenied):
        admin.save_item(CLERK_ID, replace_printer(row, "ender"))
    assert only_item(admin).printer is None
    assert audited(db, "staff_action_refused") == [{"action": "manage_equipment", "role": "staff"}]


def replace_printer(row: ItemRow, printer: str | None) -> ItemDraft:
    return dataclasses.replace(row.draft(), printer=printer, printer_changed=True)
