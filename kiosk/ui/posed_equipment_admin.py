"""The staff "Equipment & rules" tool posed in each of its sections, from made-up data and
without calls to the core: for the screenshots and for the tests that check every screen fits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from uuid import UUID

from kiosk.core.booking_rules import Rule
from kiosk.core.equipment_admin_views import (
    ClosedDayBooking,
    ClosureView,
    EquipmentSetup,
    HoursView,
    ItemRow,
    RuleView,
)
from kiosk.core.results import StaffSummary
from kiosk.ui.flows.equipment_admin import EquipmentAdminFlow
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.equipment_admin import Section

KINDS = (
    "3d_printer",
    "laser_cutter",
    "vinyl_cutter",
    "sewing_machine",
    "arduino_kit",
    "laptop",
    "other",
)
ICONS = ("printer", "laser", "vinyl", "sewing", "circuit", "laptop", "tool")


def posed_setup(today: date, at: datetime) -> EquipmentSetup:
    def item(n: int, name: str, kind: str, icon: str, **values: object) -> ItemRow:
        fields: dict[str, object] = {
            "training": None,
            "reservable": True,
            "lendable": False,
            "relay": None,
            "channel": None,
            "printer": None,
            "state": "free",
        }
        fields.update(values)
        return ItemRow(UUID(int=0x700 + n), name, kind, icon, **fields)  # type: ignore[arg-type]

    closed = today + timedelta(days=9)
    return EquipmentSetup(
        items=(
            item(1, "Prusa MK4", "3d_printer", "printer", relay="bench", channel=3, printer="mk4"),
            item(
                2,
                "Laser cutter (Glowforge)",
                "laser_cutter",
                "laser",
                training="laser-safety",
                relay="bench",
                channel=2,
                state="in_use",
            ),
            item(3, "Sewing machine 1", "sewing_machine", "sewing", state="out_of_order"),
            item(4, "Arduino kit A", "arduino_kit", "circuit", reservable=False, lendable=True),
            # Bound from another terminal, to a printer this one does not have.
            item(5, "Bambu Lab X1 Carbon", "3d_printer", "printer", printer="bambu-x1"),
        ),
        rules=tuple(
            RuleView(
                kind,
                Rule(max_minutes=180) if kind == "3d_printer" else Rule(),
                kind != "3d_printer",
            )
            for kind in KINDS
        ),
        hours=tuple(
            HoursView(day, ((time(9), time(12, 30)), (time(14), time(20))) if day < 5 else ())
            for day in range(7)
        ),
        closures=(
            ClosureView(closed, "Staff training day"),
            ClosureView(today + timedelta(days=24), "Public holiday"),
        ),
        kinds=KINDS,
        icons=ICONS,
        default_icons=tuple(zip(KINDS, (*ICONS[:6], "tool"), strict=True)),
        trainings=(("laser-safety", "Laser safety"), ("fdm-basics", "3D printing basics")),
        relays=("bench",),
        printers=("ender", "mk4"),
        channel_max=16,
        closed_day_bookings=(
            ClosedDayBooking(
                UUID(int=0x801),
                "Zoë Castellanos",
                "Prusa MK4",
                at + timedelta(days=9),
                at + timedelta(days=9, hours=1),
                "Staff training day",
            ),
        ),
    )


def pose(
    navigator: Navigator, staff: StaffSummary, now: datetime, section: str
) -> Callable[[], None]:
    """A function that shows the tool in `section` ("items", "item", "new", "printer", "rules",
    "hours", "closures")."""

    def show() -> None:
        flow = navigator.flow("equipment_admin")
        assert isinstance(flow, EquipmentAdminFlow)
        today = now.date()
        flow.today = lambda: today
        flow.staff = staff
        flow.show(flow.screen, None)
        flow._loaded(posed_setup(today, now))
        if section == "item":
            flow.choose_line(str(UUID(int=0x702)))
        elif section == "new":
            flow.new_item()
        elif section == "printer":
            flow.choose_line(str(UUID(int=0x705)))
            flow.open_printers(flow.screen.field.text())
        elif section != "items":
            flow.open_section(Section(section))

    return show


POSES = ("items", "item", "new", "printer", "rules", "hours", "closures")
