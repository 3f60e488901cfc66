"""From a booking to a relocked machine, by touch: the real booking and machine services on a
SQLite file, the real machine control on the relay simulator (a real pty), and the kiosk's
screens. A patron books the laser cutter for 14:00, scans in when the slot starts, taps Start:
the simulator's channel is on only once confirmed, the screen warns five minutes before the end
and the channel is off again at the end, with the session and the reservation closed in the
database. The kiosk's time is a fixed clock the test moves; the machine bridge is ticked by
hand, as its timer would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hardware.relay.client import RelayClient
from hardware.relay.events import RelayEvent
from hardware.sim.relay import ManualClock, RelaySimulator
from kiosk.core.booking import BookingService
from kiosk.core.clock import FixedClock
from kiosk.core.equipment import EquipmentService
from kiosk.core.equipment_spec import EquipmentSpec, RelayBinding
from kiosk.core.machines import MachineService
from kiosk.db.models import EquipmentItem, Patron
from kiosk.db.models_booking import Reservation
from kiosk.db.models_sessions import MachineSession
from kiosk.db.uow import UnitOfWork
from kiosk.devices.machine_control import MachineControl
from kiosk.ui.device_bridge import DeviceBridge
from kiosk.ui.flows.equipment import EquipmentFlow
from kiosk.ui.flows.machine_session import MachineSessionFlow
from kiosk.ui.lanes import Lanes
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.scan_input import ScanInput
from kiosk.ui.screens.machine_session import SessionStep
from tests.core.booking_fixtures import BRANCH, TERMINAL, set_up_branch
from tests.db.backends import Database, open_database
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import PATRON, PATRON_CARD, FakeServices
from tests.ui.test_equipment import free_cell, tap
from tests.ui.test_machine_flows import MachineHub

WAIT_MS = 30_000
# A Monday, 10:40 UTC (the branch's zone); the branch is open 13:00-17:00 in the afternoon.
BOOKED_AT = datetime(2026, 1, 5, 10, 40, tzinfo=UTC)
SLOT = datetime(2026, 1, 5, 14, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with open_database("sqlite", tmp_path) as database:
        yield database


@pytest.fixture
def sim() -> Iterator[RelaySimulator]:
    with RelaySimulator(clock=ManualClock()) as device:
        yield device  # type: ignore[misc]


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(BOOKED_AT)


@pytest.fixture
def control(sim: RelaySimulator, clock: FixedClock) -> Iterator[MachineControl]:
    machine: MachineControl | None = None

    def on_event(event: RelayEvent) -> None:
        if machine is not None:
            machine.on_relay_event("bench", event)

    client = RelayClient(sim.port, timeout=0.5, retries=2, on_event=on_event)
    machine = MachineControl({"bench": client}, {}, clock.now)
    client.start(timeout=10.0)
    try:
        yield machine
    finally:
        client.stop()


@pytest.fixture
def kiosk(
    make_window: WindowFactory,
    services: FakeServices,
    db: Database,
    clock: FixedClock,
    control: MachineControl,
) -> KioskWindow:
    set_up_branch(db, items=0, patrons=0)
    with UnitOfWork(db.session_factory) as session:
        session.add(
            Patron(id=PATRON.patron_id, display_name=PATRON.display_name, created_at=clock.now())
        )
    EquipmentService(
        db.session_factory, clock, branch_code=BRANCH, terminal_code=TERMINAL, relays=["bench"]
    ).add(EquipmentSpec("Laser cutter", "laser_cutter", relay=RelayBinding("bench", 2)))
    services.booking = BookingService(  # type: ignore[assignment]
        db.session_factory, clock, branch_code=BRANCH, terminal_code=TERMINAL
    )
    services.machines = MachineService(  # type: ignore[attr-defined]
        db.session_factory, clock, terminal_code=TERMINAL, branch_code=BRANCH
    )
    lanes = Lanes()
    hub = MachineHub(control)  # type: ignore[arg-type]
    window = make_window(devices=DeviceBridge(hub, lanes), lanes=lanes)  # type: ignore[arg-type]
    equipment = window.navigator.flow("equipment")
    assert isinstance(equipment, EquipmentFlow)
    equipment.now = clock.now
    session_flow = window.navigator.flow("machine_session")
    assert isinstance(session_flow, MachineSessionFlow)
    session_flow.now = clock.now
    return window


def laser_id(db: Database) -> object:
    with UnitOfWork(db.session_factory, write=False) as session:
        return session.scalars(select(EquipmentItem.id)).one()


def tick(qtbot: QtBot, window: KioskWindow) -> None:
    """One tick of the machine control, as the bridge's timer gives it, and its answer."""
    bridge = window.machines
    assert bridge is not None
    lane = bridge.lane
    done = lane.finished_calls
    bridge.tick()
    qtbot.waitUntil(lambda: lane.finished_calls > done, timeout=WAIT_MS)


def test_book_then_start_at_the_slot_unlocks_warns_and_relocks(
    qtbot: QtBot,
    kiosk: KioskWindow,
    scan_input: ScanInput,
    db: Database,
    sim: RelaySimulator,
    clock: FixedClock,
) -> None:
    window = kiosk
    flow = window.navigator.flow("equipment")
    assert isinstance(flow, EquipmentFlow)

    # 10:40: the patron books the laser cutter at 14:00 for 30 minutes.
    scan_input.feed(PATRON_CARD)
    qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=WAIT_MS)
    tap(qtbot, window.welcome.action_buttons["equipment"])
    qtbot.waitUntil(lambda: bool(flow.list_screen.view.machines), timeout=WAIT_MS)
    tap(qtbot, flow.list_screen.machine_buttons[laser_id(db)])
    tap(qtbot, free_cell(flow, 14))
    qtbot.waitUntil(lambda: window.current_screen() is flow.length_screen, timeout=WAIT_MS)
    tap(qtbot, flow.length_screen.confirm_button)
    qtbot.waitUntil(lambda: window.current_screen() is flow.booked_screen, timeout=WAIT_MS)
    assert not flow.booked_screen.start_button.isVisible()  # not yet
    tap(qtbot, flow.booked_screen.done_button)
    assert sim.relays == (False, False, False, False)

    # 14:00: back at the kiosk, the welcome offers Start for the booking now under way.
    clock.advance(SLOT - clock.now())
    scan_input.feed(PATRON_CARD)
    qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(window.welcome.start_buttons), timeout=WAIT_MS)
    [start] = window.welcome.start_buttons.values()
    tap(qtbot, start)
    session = window.navigator.flow("machine_session")
    assert isinstance(session, MachineSessionFlow)
    qtbot.waitUntil(
        lambda: session.view is not None and session.view.step is SessionStep.UNLOCKED,
        timeout=WAIT_MS,
    )
    assert sim.relays == (False, True, False, False)  # confirmed by the controller
    assert session.view is not None and not session.view.ending_soon

    # 14:25: five minutes left.
    clock.advance(SLOT + timedelta(minutes=25) - clock.now())
    tick(qtbot, window)
    qtbot.waitUntil(lambda: session.view is not None and session.view.ending_soon, timeout=WAIT_MS)
    assert sim.relays == (False, True, False, False)

    # 14:30: the end of the slot locks the channel, and the database closes the session.
    clock.advance(SLOT + timedelta(minutes=30) - clock.now())
    tick(qtbot, window)
    qtbot.waitUntil(
        lambda: session.view is not None and session.view.step is SessionStep.LOCKED,
        timeout=WAIT_MS,
    )
    assert sim.relays == (False, False, False, False)

    def closed() -> bool:
        with UnitOfWork(db.session_factory, write=False) as tx:
            row = tx.scalars(select(MachineSession)).one()
            reservation = tx.scalars(select(Reservation)).one()
            return row.end_reason == "time_up" and reservation.status == "completed"

    qtbot.waitUntil(closed, timeout=WAIT_MS)
