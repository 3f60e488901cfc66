"""The staff "Equipment & rules" tool through the window, with the real equipment, booking and
console services on a real SQLite file: what staff tap is what the database then holds."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.cli import EXIT_OK
from kiosk.cli import main as cli_main
from kiosk.core.booking import BookingService
from kiosk.core.clock import FixedClock
from kiosk.core.equipment_admin import EquipmentAdminService
from kiosk.core.results import StaffSummary
from kiosk.db.models import AuditEvent, EquipmentItem
from kiosk.db.uow import UnitOfWork
from kiosk.errors import PermissionDenied
from kiosk.ui.flows.equipment_admin import EquipmentAdminFlow
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.equipment_admin import Section
from tests.core.booking_fixtures import BRANCH, TERMINAL, set_up_branch
from tests.core.equipment_admin_fixtures import (
    ADMIN_ID,
    CLERK_ID,
    equipment_admin,
    equipment_service,
)
from tests.db.backends import Database, open_database
from tests.support import write_cli_config
from tests.ui.fakes import STAFF, FakeServices

WAIT_MS = 30_000
NOW = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
assert STAFF.staff_id == ADMIN_ID  # the staff member the fake console lets in


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with open_database("sqlite", tmp_path) as database:
        yield database


@pytest.fixture
def admin(db: Database, services: FakeServices) -> EquipmentAdminService:
    """The real tool service on `db`, given to the window's services, with an admin account
    (the fake console's staff member) and a staff one, on a kiosk with the relay bench and
    the printers ender and mk4."""
    set_up_branch(db, items=1, patrons=1)
    service = equipment_admin(db, equipment_service(db, printers=["ender", "mk4"]))
    services.equipment_admin = service  # type: ignore[attr-defined]
    return service


def open_tool(qtbot: QtBot, window: KioskWindow) -> EquipmentAdminFlow:
    flow = window.navigator.flow("equipment_admin")
    assert isinstance(flow, EquipmentAdminFlow)
    flow.today = lambda: NOW.date()
    window.navigator.start("equipment_admin", staff=StaffSummary(ADMIN_ID, "Dana", "admin"))
    qtbot.waitUntil(lambda: flow.setup is not None, timeout=WAIT_MS)
    return flow


def click(qtbot: QtBot, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def step(qtbot: QtBot, flow: EquipmentAdminFlow, key: str, times: int = 1) -> None:
    row = flow.screen.step_rows[key]
    for _ in range(abs(times)):
        click(qtbot, row.more_button if times > 0 else row.less_button)


def save_and_wait(qtbot: QtBot, flow: EquipmentAdminFlow) -> None:
    click(qtbot, flow.screen.save_button)
    qtbot.waitUntil(
        lambda: not flow.working and (bool(flow.status) or bool(flow.error)), timeout=WAIT_MS
    )


def items(db: Database) -> dict[str, EquipmentItem]:
    with UnitOfWork(db.session_factory, write=False) as session:
        rows = session.scalars(select(EquipmentItem)).all()
        for row in rows:
            session.expunge(row)
    return {row.name: row for row in rows}


def test_add_an_item_bound_to_a_relay_channel(
    qtbot: QtBot, window: KioskWindow, db: Database, admin: EquipmentAdminService
) -> None:
    flow = open_tool(qtbot, window)
    assert [line.text.split("\n")[0] for line in flow.view.lines] == ["Printer 1"]  # type: ignore[union-attr]
    click(qtbot, flow.screen.add_button)
    assert flow.section is Section.ITEM
    flow.screen.field.setText("  Glowforge   Pro ")
    step(qtbot, flow, "kind")  # 3D printer -> laser cutter
    assert flow.screen.step_rows["icon"].value.text() == "Laser"  # follows the kind
    step(qtbot, flow, "training")
    assert not flow.screen.step_rows["channel"].more_button.isEnabled()
    step(qtbot, flow, "relay")
    step(qtbot, flow, "channel", 3)
    click(qtbot, flow.screen.toggle_buttons["lendable"])
    save_and_wait(qtbot, flow)
    assert flow.error == ""
    assert flow.status == "Glowforge Pro is saved."
    assert flow.section is Section.ITEMS
    item = items(db)["Glowforge Pro"]
    assert (item.kind, item.icon, item.required_training) == (
        "laser_cutter",
        "laser",
        "laser-safety",
    )
    assert (item.relay_name, item.relay_channel, item.lendable) == ("bench", 4, True)
    with UnitOfWork(db.session_factory, write=False) as session:
        added = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "equipment_added")
        ).one()
        assert (added.actor_kind, added.actor_id) == ("staff", ADMIN_ID)


def test_change_and_retire_an_item_and_bad_input_keeps_what_was_typed(
    qtbot: QtBot, window: KioskWindow, db: Database, admin: EquipmentAdminService
) -> None:
    flow = open_tool(qtbot, window)
    printer = items(db)["Printer 1"]
    click(qtbot, flow.screen.line_buttons[str(printer.id)])
    assert flow.screen.field.text() == "Printer 1"
    flow.screen.field.setText("   ")
    click(qtbot, flow.screen.save_button)
    assert flow.error == "Please type the item's name."
    click(qtbot, flow.screen.toggle_buttons["reservable"])
    flow.screen.field.setText("Prusa MK4")
    click(qtbot, flow.screen.save_button)
    assert flow.error == "An item must be reservable, lendable or both."
    click(qtbot, flow.screen.toggle_buttons["reservable"])
    step(qtbot, flow, "relay")
    save_and_wait(qtbot, flow)
    assert flow.status == "Prusa MK4 is saved."
    assert (items(db)["Prusa MK4"].relay_name, items(db)["Prusa MK4"].relay_channel) == (
        "bench",
        1,
    )

    # A second item cannot take the first one's channel: the core's words say why.
    click(qtbot, flow.screen.add_button)
    flow.screen.field.setText("Laser")
    step(qtbot, flow, "relay")
    save_and_wait(qtbot, flow)
    assert flow.error.startswith("Not saved: channel 1 of relay 'bench' already drives")
    assert flow.section is Section.ITEM and flow.screen.field.text() == "Laser"

    click(qtbot, flow.screen.cancel_button)
    click(qtbot, flow.screen.line_buttons[str(printer.id)])
    click(qtbot, flow.screen.retire_button)
    assert flow.screen.retire_button.text() == "Tap again to retire it"
    assert items(db)["Prusa MK4"].state == "free"
    click(qtbot, flow.screen.retire_button)
    qtbot.waitUntil(lambda: flow.status == "Prusa MK4 is retired.", timeout=WAIT_MS)
    retired = items(db)["Prusa MK4"]
    assert (retired.state, retired.relay_name) == ("retired", None)
    qtbot.waitUntil(lambda: flow.view is not None and not flow.view.lines, timeout=WAIT_MS)


def test_rules_hours_and_closures_are_saved(
    qtbot: QtBot, window: KioskWindow, db: Database, admin: EquipmentAdminService
) -> None:
    flow = open_tool(qtbot, window)
    click(qtbot, flow.screen.tab_buttons[Section.RULES])
    assert flow.screen.step_rows["kind"].value.text() == "3D printer"
    step(qtbot, flow, "max_minutes", 2)
    assert flow.screen.step_rows["max_minutes"].value.text() == "2 h 30 min"
    save_and_wait(qtbot, flow)
    assert flow.status == "The rule for 3D printer is saved."
    booking = BookingService(
        db.session_factory, FixedClock(NOW), branch_code=BRANCH, terminal_code=TERMINAL
    )
    rule = {view.kind: view for view in booking.rules()}["3d_printer"]
    assert (rule.rule.max_minutes, rule.is_default) == (150, False)

    # A rule the core refuses (the longest booking below the shortest) is said, not saved.
    for _ in range(10):
        step(qtbot, flow, "max_minutes", -1)
    save_and_wait(qtbot, flow)
    assert flow.error == "Not saved: max_minutes must be at least min_minutes"

    click(qtbot, flow.screen.tab_buttons[Section.HOURS])
    assert flow.screen.step_rows["weekday"].value.text() == "Monday"
    click(qtbot, flow.screen.toggle_buttons["second"])  # Mondays: 09:00-12:00 only
    step(qtbot, flow, "first-closes", 1)
    save_and_wait(qtbot, flow)
    assert flow.status == "The hours for Monday are saved."
    assert booking.hours()[0].spans == ((time(9), time(12, 30)),)
    step(qtbot, flow, "first-opens", -20)  # down to midnight, then never past it
    step(qtbot, flow, "first-closes", -30)
    click(qtbot, flow.screen.save_button)
    assert flow.error == "Closing must come after opening."

    click(qtbot, flow.screen.tab_buttons[Section.CLOSURES])
    step(qtbot, flow, "day", 3)
    click(qtbot, flow.screen.save_button)
    assert flow.error == "Please type the reason patrons will see."
    flow.screen.field.setText("Staff training")
    save_and_wait(qtbot, flow)
    closed = NOW.date() + timedelta(days=3)
    assert [(c.day, c.reason) for c in booking.closures()] == [(closed, "Staff training")]
    qtbot.waitUntil(lambda: closed.isoformat() in flow.screen.line_buttons, timeout=WAIT_MS)
    assert not flow.screen.remove_button.isVisible()
    click(qtbot, flow.screen.line_buttons[closed.isoformat()])
    assert flow.screen.remove_button.isVisible()
    click(qtbot, flow.screen.remove_button)
    qtbot.waitUntil(lambda: flow.status.startswith("Open again"), timeout=WAIT_MS)
    assert booking.closures() == ()


def test_a_staff_account_neither_sees_the_tool_nor_may_use_it(
    window: KioskWindow, db: Database, admin: EquipmentAdminService
) -> None:
    tools = window.navigator.flow("staff_console").context.staff_tools
    assert "equipment_admin" not in [tool.key for tool in tools.for_role("staff")]
    assert "equipment_admin" in [tool.key for tool in tools.for_role("admin")]
    with pytest.raises(PermissionDenied):
        admin.add_closure(CLERK_ID, date(2026, 1, 9), "Holiday")
    with UnitOfWork(db.session_factory, write=False) as session:
        refused = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "staff_action_refused")
        ).one()
        assert refused.detail == {"action": "manage_equipment", "role": "staff"}


def test_staff_bind_an_item_to_a_printer_by_touch_and_keep_one_bound_elsewhere(
    qtbot: QtBot,
    window: KioskWindow,
    db: Database,
    admin: EquipmentAdminService,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Another terminal, whose configuration has the printer mk3, binds the item from the
    # command line; this kiosk has ender and mk4 only.
    elsewhere = write_cli_config(tmp_path, '[[printers]]\nname = "mk3"\nport = "/dev/ttyUSB0"\n')
    bind = ["--config", str(elsewhere), "equipment", "bind", "Printer 1", "--printer", "mk3"]
    assert cli_main(bind) == EXIT_OK, capsys.readouterr().err
    printer = items(db)["Printer 1"]
    flow = open_tool(qtbot, window)
    assert flow.view is not None
    assert flow.view.lines[0].text == "Printer 1\n3D printer\nPrints on: mk3\n(not on this kiosk)"

    # Renamed here: the binding this kiosk cannot offer is shown, and kept.
    click(qtbot, flow.screen.line_buttons[str(printer.id)])
    assert flow.screen.printer_button.text() == "mk3\n(not on this kiosk)  ›"
    flow.screen.field.setText("Prusa")
    click(qtbot, flow.screen.printer_button)
    assert flow.section is Section.PRINTER
    assert list(flow.screen.line_buttons) == ["none", "printer:ender", "printer:mk4", "printer:mk3"]
    assert flow.screen.line_buttons["printer:mk3"].isChecked()
    click(qtbot, flow.screen.cancel_button)  # back to the item, the name as typed
    assert (flow.section, flow.screen.field.text()) == (Section.ITEM, "Prusa")
    save_and_wait(qtbot, flow)
    assert flow.status == "Prusa is saved."
    assert items(db)["Prusa"].printer_name == "mk3"
    qtbot.waitUntil(
        lambda: flow.view is not None and flow.view.lines[0].text.startswith("Prusa\n"),
        timeout=WAIT_MS,
    )

    # Bound by touch to one of this kiosk's printers, then to none.
    click(qtbot, flow.screen.line_buttons[str(printer.id)])
    click(qtbot, flow.screen.printer_button)
    click(qtbot, flow.screen.line_buttons["printer:ender"])
    assert flow.view is not None and flow.view.section is Section.ITEM
    assert flow.screen.printer_button.text() == "ender  ›"
    save_and_wait(qtbot, flow)
    assert items(db)["Prusa"].printer_name == "ender"
    qtbot.waitUntil(
        lambda: (
            flow.view is not None
            and flow.view.lines[0].text == "Prusa\n3D printer\nPrints on: ender"
        ),
        timeout=WAIT_MS,
    )
    click(qtbot, flow.screen.line_buttons[str(printer.id)])
    click(qtbot, flow.screen.printer_button)
    assert list(flow.screen.line_buttons) == ["none", "printer:ender", "printer:mk4"]
    click(qtbot, flow.screen.line_buttons["none"])
    assert flow.screen.printer_button.text() == "No printer  ›"
    save_and_wait(qtbot, flow)
    assert items(db)["Prusa"].printer_name is None
    with UnitOfWork(db.session_factory, write=False) as session:
        changes = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "equipment_changed")
        ).all()
        assert [(event.actor_id, event.detail) for event in changes] == [
            (ADMIN_ID, {"renamed": True}),
            (ADMIN_ID, {"printer": "ender"}),
            (ADMIN_ID, {"printer": None}),
        ]
