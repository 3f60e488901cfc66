"""The machine control end to end through the relay simulator on a real pty (and a simulated
Marlin printer for the keep-alive): unlock with confirmation, the five-minute warning, relock,
the controller's own timer, a reset mid-session, a controller that does not answer. The
kiosk's time is a fixed clock moved by the test; the controller's time is the simulator's."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hardware.printers.marlin_serial import MarlinBackend
from hardware.printers.model import PrinterStatus
from hardware.relay.client import RelayClient
from hardware.relay.events import (
    DeviceReset,
    Reconciled,
    RelayEvent,
    UnlockRevoked,
    UnlockUnconfirmed,
)
from hardware.sim.marlin import MarlinSimConfig, MarlinSimulator
from hardware.sim.relay import ManualClock, RelaySimulator
from kiosk.core.clock import FixedClock
from kiosk.core.machine_views import Channel
from kiosk.devices.machine_control import MachineControl
from kiosk.devices.machine_events import (
    ChannelDifference,
    ChannelFailed,
    EndingSoon,
    Expected,
    KeptOn,
    MachineLocked,
    StateReapplied,
    UnlockProblem,
)
from tests.hardware.support import EventLog

START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
SESSION = uuid.UUID("0190f000-0000-7000-8000-0000000000aa")
BENCH2 = Channel("bench", 2)


@pytest.fixture
def sim_clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def sim(sim_clock: ManualClock) -> Iterator[RelaySimulator]:
    with RelaySimulator(clock=sim_clock) as device:
        yield device  # type: ignore[misc]


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def relay_events() -> EventLog:
    return EventLog()


@pytest.fixture
def machine_events() -> EventLog:
    return EventLog()


class Rig:
    """A relay client whose events reach the control, as the device hub wires them."""

    def __init__(
        self,
        port: str,
        clock: FixedClock,
        relay_log: EventLog,
        machine_log: EventLog,
        printers: dict[str, MarlinBackend] | None = None,
    ) -> None:
        self.control: MachineControl | None = None
        self.client = RelayClient(port, timeout=0.2, retries=2, on_event=self._on_event)
        self.control = MachineControl({"bench": self.client}, printers or {}, clock.now)
        self.control.add_listener(machine_log)
        self.relay_log = relay_log

    def _on_event(self, event: RelayEvent) -> None:
        # The control first: a test waiting for an event finds it handled.
        if self.control is not None:
            self.control.on_relay_event("bench", event)
        self.relay_log(event)


@pytest.fixture
def rig(
    sim: RelaySimulator, clock: FixedClock, relay_events: EventLog, machine_events: EventLog
) -> Iterator[Rig]:
    rig = Rig(sim.port, clock, relay_events, machine_events)
    rig.client.start(timeout=3.0)
    relay_events.wait(Reconciled)  # the first state read, handled before the test acts
    try:
        yield rig
    finally:
        rig.client.stop()


def test_unlock_is_confirmed_warned_five_minutes_before_and_relocked_at_the_end(
    rig: Rig, sim: RelaySimulator, clock: FixedClock, machine_events: EventLog
) -> None:
    control = rig.control
    assert control is not None
    confirmed = control.unlock(BENCH2, START + timedelta(minutes=30), session_id=SESSION)
    assert confirmed == START
    assert sim.relays == (False, True, False, False)
    # Relay boards as sold are active-low: the output driving channel 2 is LOW while it is on.
    assert sim.model.pin_levels() == (1, 0, 1, 1)
    # The controller's own timer covers the whole session (its fail-safe).
    assert 1795 <= sim.model.seconds_left(1, sim.now_ms()) <= 1800

    clock.advance(timedelta(minutes=24))
    control.tick()
    assert not [e for e in machine_events.items if isinstance(e, EndingSoon)]
    clock.advance(timedelta(minutes=1))
    control.tick()
    control.tick()  # said once
    assert [e for e in machine_events.items if isinstance(e, EndingSoon)] == [
        EndingSoon(BENCH2, SESSION, START + timedelta(minutes=30))
    ]
    assert sim.relays[1]

    clock.advance(timedelta(minutes=5))
    control.tick()
    assert machine_events.wait(MachineLocked) == MachineLocked(
        BENCH2, SESSION, "time_up", clock.now()
    )
    assert sim.relays == (False,) * 4
    assert sim.model.pin_levels() == (1, 1, 1, 1)
    assert control.expected() == ()


def test_the_controllers_own_timer_locks_when_the_kiosk_does_not(
    rig: Rig,
    sim: RelaySimulator,
    sim_clock: ManualClock,
    clock: FixedClock,
    machine_events: EventLog,
) -> None:
    control = rig.control
    assert control is not None
    control.unlock(BENCH2, START + timedelta(minutes=10), session_id=SESSION)
    # The kiosk stalls (no tick); the controller's time runs out by itself.
    clock.advance(timedelta(minutes=10))
    sim_clock.advance(600)
    assert sim.wait_for(lambda: not sim.model.unlocked[1])
    locked = machine_events.wait(MachineLocked)
    assert (locked.reason, locked.session_id) == ("controller", SESSION)
    assert control.expected() == ()


def test_a_controller_reset_mid_session_is_reapplied_and_the_difference_reported(
    rig: Rig,
    sim: RelaySimulator,
    clock: FixedClock,
    relay_events: EventLog,
    machine_events: EventLog,
) -> None:
    control = rig.control
    assert control is not None
    control.unlock(BENCH2, START + timedelta(minutes=30), session_id=SESSION)
    clock.advance(timedelta(minutes=10))
    sim.reboot()
    relay_events.wait(DeviceReset)
    report = machine_events.wait(StateReapplied)
    assert report.relay == "bench"
    assert report.differences == (ChannelDifference(2, True, False, True, SESSION),)
    assert sim.relays == (False, True, False, False)
    # For the time that is left, not the whole session again.
    assert 1195 <= sim.model.seconds_left(1, sim.now_ms()) <= 1200
    # Still ends on time.
    clock.advance(timedelta(minutes=20))
    control.tick()
    assert machine_events.wait(MachineLocked).reason == "time_up"
    assert not sim.relays[1]


def test_a_controller_that_does_not_answer_leaves_nothing_expected_on_and_is_locked_later(
    rig: Rig, sim: RelaySimulator, relay_events: EventLog
) -> None:
    control = rig.control
    assert control is not None
    sim.mute = True
    with pytest.raises(ChannelFailed) as failed:
        control.unlock(BENCH2, START + timedelta(minutes=30), session_id=SESSION)
    assert failed.value.problem == UnlockProblem.NO_ANSWER
    assert control.expected() == ()
    relay_events.wait(UnlockUnconfirmed)
    # The controller acted on the UNLOCK it could not answer (its LOCKs too, unanswered);
    # once it answers again the client has the channel locked, confirmed.
    assert any(action.words[:2] == ("UNLOCK", "2") for action in sim.actions)
    sim.mute = False
    relay_events.wait(UnlockRevoked)
    assert not sim.relays[1]


def test_an_unlock_after_its_time_or_on_an_unknown_relay_is_refused(rig: Rig) -> None:
    control = rig.control
    assert control is not None
    with pytest.raises(ChannelFailed) as failed:
        control.unlock(BENCH2, START)
    assert failed.value.problem == UnlockProblem.TOO_LATE
    with pytest.raises(ChannelFailed) as failed:
        control.unlock(Channel("attic", 1), START + timedelta(minutes=5))
    assert failed.value.problem == UnlockProblem.NO_RELAY


def test_estop_refusal_is_said_as_such(
    rig: Rig, sim: RelaySimulator, sim_clock: ManualClock
) -> None:
    control = rig.control
    assert control is not None
    sim.set_input(2, True)
    assert sim.wait_for(lambda: sim.model.in_raw[1])
    sim_clock.advance(0.05)  # past the controller's debouncing
    assert sim.wait_for(lambda: sim.model.in_active[1])
    with pytest.raises(ChannelFailed) as failed:
        control.unlock(BENCH2, START + timedelta(minutes=5))
    assert failed.value.problem == UnlockProblem.ESTOP
    assert not sim.relays[1]


def test_restore_applies_the_open_sessions_and_locks_what_nobody_expects(
    rig: Rig, sim: RelaySimulator, machine_events: EventLog
) -> None:
    control = rig.control
    assert control is not None
    rig.client.unlock(4, 600)  # left on by an earlier run of the kiosk
    reports = control.restore([Expected(BENCH2, START + timedelta(minutes=15), SESSION)])
    assert reports[0].differences == (
        ChannelDifference(2, True, False, True, SESSION),
        ChannelDifference(4, False, True, True, None),
    )
    assert sim.relays == (False, True, False, False)


def dwell_job(tmp_path: Path) -> Path:
    path = tmp_path / "part.gcode"
    path.write_text("; a long job\n" + "G4 P40\n" * 2000)
    return path


def test_a_printer_mid_job_is_kept_on_past_the_end_then_locked_when_the_job_ends(
    sim: RelaySimulator,
    clock: FixedClock,
    relay_events: EventLog,
    machine_events: EventLog,
    tmp_path: Path,
) -> None:
    printer_sim = MarlinSimulator(MarlinSimConfig(baudrate=250000, move_model=False))
    port = printer_sim.start()
    printer = MarlinBackend(port, name="ender")
    rig = Rig(sim.port, clock, relay_events, machine_events, {"ender": printer})
    control = rig.control
    assert control is not None
    rig.client.start(timeout=3.0)
    try:
        printer.connect(timeout=5.0)
        ch3 = Channel("bench", 3)
        control.unlock(ch3, START + timedelta(minutes=10), session_id=SESSION, printer="ender")
        printer.start_job(dwell_job(tmp_path))
        assert printer.wait_until(lambda p: p.status.kind == "printing", 5.0)

        clock.advance(timedelta(minutes=10))
        control.tick()
        kept = machine_events.wait(KeptOn)
        assert (kept.session_id, kept.printer, kept.job) == (SESSION, "ender", "part.gcode")
        # Still powered, marked keep-alive on the controller, its timer renewed.
        assert sim.relays[2] and sim.model.keep_alive[2]
        assert sim.model.seconds_left(2, sim.now_ms()) >= 595
        clock.advance(timedelta(minutes=6))
        control.tick()
        assert sim.relays[2]
        assert not [e for e in machine_events.items if isinstance(e, MachineLocked)]

        printer.cancel()
        assert printer.wait_until(lambda p: p.status.kind == "ready", 5.0)
        control.tick()
        locked = machine_events.wait(MachineLocked)
        assert (locked.reason, locked.session_id) == ("job_finished", SESSION)
        assert not sim.relays[2] and not sim.model.keep_alive[2]
    finally:
        printer.close()
        rig.client.stop()
        printer_sim.stop()


def test_lock_all_ends_the_sessions_held_on_the_controller(
    rig: Rig, sim: RelaySimulator, machine_events: EventLog, clock: FixedClock
) -> None:
    control = rig.control
    assert control is not None
    control.unlock(BENCH2, START + timedelta(minutes=30), session_id=SESSION)
    held = control.release("bench")
    rig.client.lock_all()
    control.locked_all(held, confirmed=True)
    assert machine_events.wait(MachineLocked) == MachineLocked(
        BENCH2, SESSION, "lock_all", clock.now()
    )
    assert control.expected() == ()
    # Nothing is switched on again at the next reconnect or tick.
    control.tick()
    assert sim.relays == (False,) * 4


class PrintingPrinter:
    """A printer backend's status as the control reads it."""

    def __init__(self, kind: str) -> None:
        self.status = PrinterStatus(kind, job="part.gcode" if kind == "printing" else "")


@pytest.mark.parametrize(("kind", "left_on"), [("printing", True), ("ready", False)])
def test_a_printers_channel_the_print_queue_holds_on_is_left_on_while_it_prints(
    sim: RelaySimulator,
    clock: FixedClock,
    relay_events: EventLog,
    machine_events: EventLog,
    kind: str,
    left_on: bool,
) -> None:
    rig = Rig(sim.port, clock, relay_events, machine_events)
    rig.control = MachineControl(
        {"bench": rig.client},
        {"mk4": PrintingPrinter(kind)},
        clock.now,
        printer_channels={Channel("bench", 3): "mk4"},
    )
    rig.client.start(timeout=3.0)
    try:
        relay_events.wait(Reconciled)
        rig.client.unlock(3, 600)  # the print queue's hold, not a session
        rig.client.unlock(4, 600)  # on for no one
        reports = rig.control.restore([])
        assert sim.relays == (False, False, left_on, False)
        expected = [ChannelDifference(4, False, True, True, None)]
        if not left_on:
            expected.insert(0, ChannelDifference(3, False, True, True, None))
        assert list(reports[0].differences) == expected
    finally:
        rig.client.stop()
