"""The demo's machines and trainings: a 3D printer, a laser cutter, a vinyl cutter and a
sewing machine on the four channels of the simulated relay controller (the printer also on the
simulated Marlin printer), a kit to lend and two trainings (the calendar, bookings and safety
agreement are kiosk.core.demo_bookings'). The first demo patron holds both trainings, so a
newcomer can book and start a machine at once; the others show what a refusal looks like."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.equipment import EquipmentService
from kiosk.core.equipment_spec import EquipmentSpec, RelayBinding
from kiosk.core.trainings import TrainingService

# The names DemoDevices gives the simulated devices in the demo's configuration.
DEMO_RELAY = "Demo relay controller"
DEMO_PRINTER = "Demo printer"

DEMO_TRAININGS: tuple[tuple[str, str, int | None], ...] = (
    ("3d-printing", "3D printing basics", None),
    ("laser-safety", "Laser safety", 12),
)

DEMO_EQUIPMENT: tuple[EquipmentSpec, ...] = (
    EquipmentSpec(
        "Prusa MK4",
        "3d_printer",
        training="3d-printing",
        relay=RelayBinding(DEMO_RELAY, 1),
        printer=DEMO_PRINTER,
    ),
    EquipmentSpec(
        "Laser cutter", "laser_cutter", training="laser-safety", relay=RelayBinding(DEMO_RELAY, 2)
    ),
    EquipmentSpec("Vinyl cutter", "vinyl_cutter", relay=RelayBinding(DEMO_RELAY, 3)),
    EquipmentSpec("Sewing machine", "sewing_machine", relay=RelayBinding(DEMO_RELAY, 4)),
    EquipmentSpec("Arduino kit 1", "arduino_kit", reservable=False, lendable=True),
)


@dataclass(frozen=True)
class DemoEquipment:
    machines: tuple[str, ...]
    # The card number of the patron ready to book (holding both trainings).
    ready_card: str


def seed_demo_equipment(
    session_factory: sessionmaker[Session],
    clock: Clock,
    *,
    branch_code: str,
    terminal_id: str,
    ready_card: str,
) -> DemoEquipment:
    """Add the demo's machines and trainings to a demo database just seeded with patrons; the
    patron with card `ready_card` gets both trainings."""
    equipment = EquipmentService(
        session_factory,
        clock,
        branch_code=branch_code,
        terminal_code=terminal_id,
        relays=[DEMO_RELAY],
        printers=[DEMO_PRINTER],
    )
    names = tuple(equipment.add(spec).name for spec in DEMO_EQUIPMENT)
    trainings = TrainingService(session_factory, clock, terminal_id)
    for code, name, months in DEMO_TRAININGS:
        trainings.define(None, code, name, months)
    ready = trainings.patron_for_card_number(None, ready_card)
    for code, _name, _months in DEMO_TRAININGS:
        trainings.certify(None, ready.patron_id, code)
    return DemoEquipment(names, ready_card)
