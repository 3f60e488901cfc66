"""The machine session and the staff Machines tool through the navigator, with the real lanes
and machine bridge around a stand-in machine control and machine service: a session shows
"unlocked" only once the control confirmed, the five-minute warning and the lock, a failure in
plain words with nothing recorded; a problem report; a staff unlock for a chosen time."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core.machine_views import (
    Channel,
    MachineRefusal,
    MachineRefused,
    MachineRow,
    ProblemView,
    SessionPlan,
    SessionView,
)
from kiosk.devices.machine_events import (
    ChannelFailed,
    EndingSoon,
    Expected,
    KeptOn,
    MachineEvent,
    MachineLocked,
    StateReapplied,
    UnlockProblem,
)
from kiosk.devices.status import DeviceNotice, DeviceStatus
from kiosk.ui.clock_text import display_zone, local_time
from kiosk.ui.device_bridge import DeviceBridge
from kiosk.ui.lanes import Lanes
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.machine_session import SessionStep
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import PATRON, STAFF, FakeServices

WAIT_MS = 15_000  # a wait for a condition; long only on a loaded machine
ITEM = uuid.UUID("0190b000-0000-7000-8000-000000000001")
RESERVATION = uuid.UUID("0190b000-0000-7000-8000-000000000002")
SESSION = uuid.UUID("0190b000-0000-7000-8000-000000000003")
CH = Channel("bench", 2)
NOW = datetime.now(UTC).replace(microsecond=0)
ENDS = NOW + timedelta(minutes=45)


class FakeControl:
    """The machine control as the bridge sees it; `fail` makes the next unlock fail."""

    def __init__(self) -> None:
        self.listeners: list[Callable[[MachineEvent], None]] = []
        self.unlocks: list[tuple[Channel, datetime]] = []
        self.locks: list[Channel] = []
        self.attached: list[tuple[Channel, uuid.UUID]] = []
        self.fail: ChannelFailed | None = None
        self.live: dict[Channel, Expected] = {}
        self._lock = threading.Lock()

    def add_listener(self, listener: Callable[[MachineEvent], None]) -> None:
        self.listeners.append(listener)

    def emit(self, event: MachineEvent) -> None:
        for listener in self.listeners:
            listener(event)

    def expected(self) -> tuple[Expected, ...]:
        with self._lock:
            return tuple(self.live.values())

    def unlock(
        self,
        channel: Channel,
        until: datetime,
        *,
        session_id: uuid.UUID | None = None,
        printer: str | None = None,
    ) -> datetime:
        with self._lock:
            self.unlocks.append((channel, until))
            if self.fail is not None:
                raise self.fail
            self.live[channel] = Expected(channel, until, session_id, printer)
        return NOW

    def attach(self, channel: Channel, session_id: uuid.UUID) -> None:
        with self._lock:
            self.attached.append((channel, session_id))

    def lock(self, channel: Channel) -> datetime:
        with self._lock:
            self.locks.append(channel)
            self.live.pop(channel, None)
        return NOW

    def restore(self, expected: Iterable[Expected]) -> tuple[StateReapplied, ...]:
        return ()

    def tick(self) -> None:
        pass


class FakeMachines:
    def __init__(self) -> None:
        self.calls: list[tuple[object, ...]] = []
        self.refusal: MachineRefused | None = None
        self.state = "free"
        self._lock = threading.Lock()

    def _note(self, *call: object) -> None:
        with self._lock:
            self.calls.append(call)

    def names(self) -> list[object]:
        with self._lock:
            return [call[0] for call in self.calls]

    def plan_start(self, patron_id: uuid.UUID, reservation_id: uuid.UUID) -> SessionPlan:
        self._note("plan_start", patron_id, reservation_id)
        if self.refusal is not None:
            raise self.refusal
        return SessionPlan(
            ITEM, "Laser cutter", "laser_cutter", CH, None, NOW, ENDS, reservation_id
        )

    def record_start(
        self, patron_id: uuid.UUID, reservation_id: uuid.UUID, confirmed_at: datetime
    ) -> SessionView:
        self._note("record_start", patron_id, reservation_id, confirmed_at)
        return SessionView(SESSION, ITEM, "Laser cutter", "patron", CH, None, NOW, ENDS, NOW)

    def record_unlock_failed(
        self,
        item_id: uuid.UUID,
        problem: str,
        *,
        patron_id: uuid.UUID | None = None,
        staff_id: uuid.UUID | None = None,
    ) -> None:
        self._note("record_unlock_failed", item_id, problem, patron_id, staff_id)

    def report_problem(
        self, patron_id: uuid.UUID | None, item_id: uuid.UUID, reason: str
    ) -> ProblemView:
        self._note("report_problem", patron_id, item_id, reason)
        return ProblemView(uuid.uuid4(), item_id, "Laser cutter", reason, NOW, True)

    def machines(self, staff_id: uuid.UUID) -> tuple[MachineRow, ...]:
        self._note("machines", staff_id)
        return (MachineRow(ITEM, "Laser cutter", "laser_cutter", "laser", self.state, CH, None),)

    def plan_unlock(self, staff_id: uuid.UUID, item_id: uuid.UUID, minutes: int) -> SessionPlan:
        self._note("plan_unlock", staff_id, item_id, minutes)
        until = NOW + timedelta(minutes=minutes)
        return SessionPlan(ITEM, "Laser cutter", "laser_cutter", CH, None, NOW, until)

    def record_unlock(
        self, staff_id: uuid.UUID, item_id: uuid.UUID, minutes: int, confirmed_at: datetime
    ) -> SessionView:
        self._note("record_unlock", staff_id, item_id, minutes)
        self.state = "in_use"
        until = confirmed_at + timedelta(minutes=minutes)
        return SessionView(SESSION, ITEM, "Laser cutter", "staff", CH, None, NOW, until, NOW)

    def plan_lock(self, staff_id: uuid.UUID, item_id: uuid.UUID) -> SessionPlan:
        self._note("plan_lock", staff_id, item_id)
        return SessionPlan(ITEM, "Laser cutter", "laser_cutter", CH, None, NOW, ENDS)

    def record_lock(self, staff_id: uuid.UUID, item_id: uuid.UUID, locked_at: datetime) -> None:
        self._note("record_lock", staff_id, item_id)
        self.state = "free"

    def mark(self, staff_id: uuid.UUID, item_id: uuid.UUID, state: str) -> MachineRow:
        self._note("mark", staff_id, item_id, state)
        self.state = state
        return self.machines(staff_id)[0]

    def open_sessions(self) -> tuple[SessionView, ...]:
        return ()

    def record_kept_on(self, session_id: uuid.UUID, at: datetime) -> None:
        self._note("record_kept_on", session_id)

    def record_ended(self, session_id: uuid.UUID, reason: str, locked_at: datetime) -> None:
        self._note("record_ended", session_id, reason)

    def record_device_notice(self, what: str, detail: dict[str, object]) -> None:
        self._note("record_device_notice", what)


class MachineHub:
    """A hub with no devices to open but a machine control."""

    def __init__(self, control: FakeControl) -> None:
        self.machines = control

    def add_listener(self, listener: Callable[[DeviceStatus | DeviceNotice], None]) -> None:
        pass

    def devices(self) -> tuple[()]:
        return ()

    def relay_names(self) -> tuple[str, ...]:
        return ("bench",)

    def stop_all(self) -> None:
        pass


@pytest.fixture
def control() -> FakeControl:
    return FakeControl()


@pytest.fixture
def machines(services: FakeServices) -> FakeMachines:
    fake = FakeMachines()
    services.machines = fake  # type: ignore[attr-defined]
    return fake


@pytest.fixture
def machine_window(
    make_window: WindowFactory, control: FakeControl, machines: FakeMachines
) -> KioskWindow:
    lanes = Lanes()
    return make_window(devices=DeviceBridge(MachineHub(control), lanes), lanes=lanes)  # type: ignore[arg-type]


def session_flow(window: KioskWindow):  # type: ignore[no-untyped-def]
    return window.navigator.flow("machine_session")


def start_session(qtbot: QtBot, window: KioskWindow) -> None:
    window.navigator.start("machine_session", patron=PATRON, reservation_id=RESERVATION)


def test_a_session_shows_unlocked_only_once_confirmed_then_the_warning_and_the_lock(
    qtbot: QtBot, machine_window: KioskWindow, control: FakeControl, machines: FakeMachines
) -> None:
    flow = session_flow(machine_window)
    start_session(qtbot, machine_window)
    assert flow.view.step is SessionStep.UNLOCKING
    qtbot.waitUntil(lambda: flow.view.step is SessionStep.UNLOCKED, timeout=WAIT_MS)
    assert control.unlocks == [(CH, ENDS)]
    assert machines.names()[:2] == ["plan_start", "record_start"]
    assert flow.view.until == local_time(ENDS, display_zone("UTC"))
    assert not flow.view.ending_soon
    assert flow.screen.report_button.isVisible()
    qtbot.waitUntil(lambda: control.attached == [(CH, SESSION)], timeout=WAIT_MS)

    control.emit(EndingSoon(CH, SESSION, ENDS))
    qtbot.waitUntil(lambda: flow.view.ending_soon, timeout=WAIT_MS)
    assert flow.screen._warning.isVisible()
    control.emit(KeptOn(CH, SESSION, "mk4", "part.gcode", ENDS))
    qtbot.waitUntil(lambda: flow.view.step is SessionStep.KEPT_ON, timeout=WAIT_MS)
    control.emit(MachineLocked(CH, SESSION, "job_finished", ENDS))
    qtbot.waitUntil(lambda: flow.view.step is SessionStep.LOCKED, timeout=WAIT_MS)
    # The bridge recorded both, whoever is at the screen.
    qtbot.waitUntil(
        lambda: {"record_kept_on", "record_ended"} <= set(machines.names()), timeout=WAIT_MS
    )


def test_an_unlock_the_controller_did_not_confirm_is_never_shown_unlocked(
    qtbot: QtBot, machine_window: KioskWindow, control: FakeControl, machines: FakeMachines
) -> None:
    control.fail = ChannelFailed(UnlockProblem.NO_ANSWER, "timeout")
    flow = session_flow(machine_window)
    start_session(qtbot, machine_window)
    qtbot.waitUntil(lambda: flow.view.step is SessionStep.FAILED, timeout=WAIT_MS)
    assert flow.screen._title.text() == "The machine did not unlock."
    assert flow.screen._body.text() == "Please see a staff member."
    qtbot.waitUntil(lambda: "record_unlock_failed" in machines.names(), timeout=WAIT_MS)
    assert "record_start" not in machines.names()
    bridge = machine_window.machines
    assert bridge is not None
    assert [(n.what, n.problem) for n in bridge.notices()] == [("unlock_failed", "no_answer")]


def test_a_refused_start_says_why_and_unlocks_nothing(
    qtbot: QtBot, machine_window: KioskWindow, control: FakeControl, machines: FakeMachines
) -> None:
    starts = (NOW + timedelta(hours=2)).isoformat()
    machines.refusal = MachineRefused(MachineRefusal.NOT_YET, {"starts_at": starts})
    flow = session_flow(machine_window)
    start_session(qtbot, machine_window)
    qtbot.waitUntil(lambda: flow.view.step is SessionStep.REFUSED, timeout=WAIT_MS)
    expected = local_time(NOW + timedelta(hours=2), display_zone("UTC"))
    assert flow.view.message == f"Your time starts at {expected}. Please come back then."
    assert control.unlocks == []


def test_report_a_problem_from_the_session(
    qtbot: QtBot, machine_window: KioskWindow, machines: FakeMachines
) -> None:
    flow = session_flow(machine_window)
    start_session(qtbot, machine_window)
    qtbot.waitUntil(lambda: flow.view.step is SessionStep.UNLOCKED, timeout=WAIT_MS)
    qtbot.mouseClick(flow.screen.report_button, Qt.MouseButton.LeftButton)
    assert flow.view.step is SessionStep.REPORT
    buttons = flow.screen.reason_buttons
    assert list(buttons) == ["jammed", "not_heating", "damaged", "missing_parts", "dirty", "other"]
    assert all(button.isVisible() and button.height() >= 48 for button in buttons.values())
    qtbot.mouseClick(buttons["jammed"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.view.step is SessionStep.REPORTED, timeout=WAIT_MS)
    assert ("report_problem", PATRON.patron_id, ITEM, "jammed") in machines.calls


def test_staff_unlock_for_a_chosen_time_and_lock_now(
    qtbot: QtBot, machine_window: KioskWindow, control: FakeControl, machines: FakeMachines
) -> None:
    machine_window.navigator.start("machines", staff=STAFF)
    flow = machine_window.navigator.flow("machines")
    qtbot.waitUntil(lambda: flow.view is not None and flow.view.lines != (), timeout=WAIT_MS)
    assert flow.view.selected == str(ITEM)
    screen = flow.screen
    for _ in range(2):
        qtbot.mouseClick(screen.more_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.less_button, Qt.MouseButton.LeftButton)
    assert flow.view.minutes == 45
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "record_unlock" in machines.names(), timeout=WAIT_MS)
    assert control.unlocks == [(CH, NOW + timedelta(minutes=45))]
    assert ("record_unlock", STAFF.staff_id, ITEM, 45) in machines.calls
    qtbot.waitUntil(lambda: "is unlocked until" in flow.view.status_line, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "On until" in flow.view.lines[0].live, timeout=WAIT_MS)

    qtbot.mouseClick(screen.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "record_lock" in machines.names(), timeout=WAIT_MS)
    assert control.locks == [CH]
    qtbot.waitUntil(lambda: flow.view.status_line == "Laser cutter is locked.", timeout=WAIT_MS)

    qtbot.mouseClick(screen.out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.view.lines[0].state == "Out of order", timeout=WAIT_MS)
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: machine_window.current_screen() is machine_window.console.screen,
        timeout=WAIT_MS,
    )
