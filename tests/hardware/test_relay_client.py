"""The relay client against the relay simulator on a real pty through real pyserial: every
command and event, and the faults a USB cable and a flaky board produce."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from hardware.relay.client import RelayClient, RelayError, RelayRefused, RelayTimeout, probe
from hardware.relay.events import (
    ChannelExpired,
    Connected,
    DeviceReset,
    Disconnected,
    Discrepancy,
    EStopLocked,
    InputChanged,
    Reconciled,
    RelayEvent,
    RelayStatus,
    Responsive,
    UnlockRevoked,
    UnlockUnconfirmed,
    Unresponsive,
)
from hardware.relay.protocol import seal
from hardware.sim.relay import ManualClock, RelaySimulator
from tests.hardware.support import EventLog, HostAwareDevice, wait_until


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def sim(clock: ManualClock) -> Iterator[RelaySimulator]:
    with RelaySimulator(clock=clock) as device:
        yield device  # type: ignore[misc]


@pytest.fixture
def events() -> EventLog:
    return EventLog()


@pytest.fixture
def client(sim: RelaySimulator, events: EventLog) -> Iterator[RelayClient]:
    relay = RelayClient(sim.port, heartbeat=30, keep_alive=[4], timeout=0.2, on_event=events)
    relay.start(timeout=3.0)
    try:
        yield relay
    finally:
        relay.stop()


def test_handshake_identifies_configures_and_reads_status(
    client: RelayClient, sim: RelaySimulator, events: EventLog
) -> None:
    assert client.info is not None
    assert client.info.describe() == "relay controller RC-1 fw 1.1.0, 4 channels, 2 inputs"
    assert sim.model.hb_ms == 30_000
    assert sim.model.keep_alive == [False, False, False, True]
    state = client.state
    assert state is not None
    assert [c.unlocked for c in state.channels] == [False] * 4
    assert state.channel(4).keep_alive
    assert events.wait(Reconciled).differences == ()
    assert sim.opens == 1


def test_unlock_lock_and_lock_all_switch_the_relays(
    client: RelayClient, sim: RelaySimulator, clock: ManualClock
) -> None:
    client.unlock(2, 1800)
    assert sim.relays == (False, True, False, False)
    client.unlock(3, 60)
    clock.advance(10)
    status = client.status()
    assert status.channel(2).seconds_left == 1790
    assert status.channel(3).unlocked
    client.lock(2)
    assert sim.relays == (False, False, True, False)
    assert client.state is not None and not client.state.channel(2).unlocked
    client.lock_all()
    assert sim.relays == (False,) * 4
    client.ping()


def test_refusals_raise_with_the_code(client: RelayClient, sim: RelaySimulator) -> None:
    with pytest.raises(RelayRefused) as refused:
        client.unlock(9, 10)
    assert refused.value.code == "CHANNEL"
    with pytest.raises(RelayRefused, match="ARG"):
        client.unlock(1, 0)
    assert sim.relays == (False,) * 4


def test_timer_expiry_locks_and_reports(
    client: RelayClient, sim: RelaySimulator, clock: ManualClock, events: EventLog
) -> None:
    client.unlock(1, 5)
    clock.advance(5)
    assert events.wait(ChannelExpired) == ChannelExpired(1)
    assert sim.relays == (False,) * 4
    assert client.state is not None and not client.state.channel(1).unlocked


def test_heartbeat_loss_locks_all_but_keep_alive(
    sim: RelaySimulator, clock: ManualClock, events: EventLog
) -> None:
    relay = RelayClient(sim.port, heartbeat=5, keep_alive=[3], timeout=0.2, on_event=events)
    relay.start(timeout=3.0)
    relay.unlock(1, 600)
    relay.unlock(3, 600)
    relay.stop()  # the host goes silent
    clock.advance(5)
    assert sim.wait_for(lambda: sim.model.hb_fired)
    assert sim.relays == (False, False, True, False)


def test_heartbeat_pings_keep_channels_unlocked() -> None:
    """Real time here: the client must ping more often than the 1 s timeout."""
    wall = RelaySimulator()
    wall.start()
    relay = RelayClient(wall.port, heartbeat=1, timeout=0.2)
    try:
        relay.start(timeout=3.0)
        relay.unlock(1, 60)
        start = wall.now_ms()
        wait_until(lambda: wall.now_ms() - start > 1600, timeout=5.0, what="1.6 s to pass")
        assert wall.relays[0]
        assert not wall.model.hb_fired
    finally:
        relay.stop()
        wall.stop()


def test_inputs_and_estop(
    client: RelayClient, sim: RelaySimulator, clock: ManualClock, events: EventLog
) -> None:
    client.unlock(4, 600)  # keep-alive does not survive the e-stop
    sim.set_input(1, True)
    clock.advance(0.05)  # debounce
    assert sim.wait_for(lambda: sim.model.in_raw[0])
    clock.advance(0.05)
    assert events.wait(InputChanged) == InputChanged(1, True)
    sim.set_input(2, True)
    assert sim.wait_for(lambda: sim.model.in_raw[1])
    clock.advance(0.05)
    assert events.wait(EStopLocked) == EStopLocked((4,))
    assert sim.relays == (False,) * 4
    assert client.state is not None and client.state.estop
    with pytest.raises(RelayRefused, match="ESTOP"):
        client.unlock(1, 10)


# -- faults --------------------------------------------------------------------------------------


def test_silent_device_times_out_within_the_budget(
    client: RelayClient, sim: RelaySimulator
) -> None:
    sim.mute = True
    with pytest.raises(RelayTimeout, match="no reply to PING after 4 tries"):
        client.ping()
    sim.mute = False
    client.ping()


def test_lost_reply_is_retried_with_the_same_sequence_and_acted_once(
    client: RelayClient, sim: RelaySimulator
) -> None:
    before = len(sim.actions)
    sim.drop_replies = 1
    client.unlock(1, 60)
    acted = sim.actions[before:]
    assert [a.words for a in acted] == [("UNLOCK", "1", "60")]
    assert sim.relays[0]


def test_reply_with_wrong_crc_is_ignored_and_retried(
    client: RelayClient, sim: RelaySimulator
) -> None:
    before = len(sim.actions)
    sim.corrupt_replies = 2
    client.unlock(2, 60)
    assert len(sim.actions) == before + 1
    assert client.noise_lines >= 2


def test_garbage_and_partial_lines_do_not_break_the_session(
    client: RelayClient, sim: RelaySimulator, events: EventLog
) -> None:
    sim.inject(b"\x00\xff\xfe garbage \x1b[2J\r\n" + b"x" * 600 + b"\n")
    sim.inject(b"12 OK ch=1")  # a partial line: glued to the next reply, which then fails its CRC
    client.unlock(3, 60)
    assert sim.relays[2]
    sim.inject(seal(b"!99 EXPIRED ch=3")[:-6] + b"*0000\n")  # a forged event with a bad CRC
    client.ping()
    assert client.state is not None and client.state.channel(3).unlocked
    assert not any(isinstance(e, ChannelExpired) for e in events.items)


def test_reset_banner_mid_session_is_noticed_and_reconciled(
    client: RelayClient, sim: RelaySimulator, events: EventLog
) -> None:
    client.unlock(1, 600)
    client.unlock(2, 600)
    sim.reboot()
    assert isinstance(events.wait(DeviceReset), DeviceReset)
    reconciled = events.wait(Reconciled, count=2)
    assert reconciled.differences == (Discrepancy(1, True, False), Discrepancy(2, True, False))
    assert sim.relays == (False,) * 4  # the host never re-unlocks by itself
    assert sim.model.hb_ms == 30_000  # configuration is re-applied
    assert client.wait_ready(2.0)
    assert client.state is not None and not client.state.channel(1).unlocked
    client.unlock(1, 60)
    assert sim.relays[0]


def test_reset_that_cuts_a_line_short_is_noticed(
    client: RelayClient, sim: RelaySimulator, events: EventLog
) -> None:
    client.unlock(1, 600)
    sim.inject(b"!7 EXPIR")  # the controller reset while it sent this line
    sim.reboot()
    assert isinstance(events.wait(DeviceReset), DeviceReset)
    reconciled = events.wait(Reconciled, count=2)
    assert reconciled.differences == (Discrepancy(1, True, False),)
    assert client.wait_ready(2.0)
    assert sim.model.hb_ms == 30_000 and sim.model.keep_alive[3]


def test_banner_glued_to_a_cut_off_line_is_noticed(
    client: RelayClient, sim: RelaySimulator, events: EventLog
) -> None:
    """Firmware 1.0.0 sent its banner straight after whatever line the reset cut off."""
    client.unlock(2, 600)
    sim.inject(b"17 OK ch=2 t=18")
    sim.reboot(banner="glued")
    assert isinstance(events.wait(DeviceReset), DeviceReset)
    assert events.wait(Reconciled, count=2).differences == (Discrepancy(2, True, False),)
    assert client.wait_ready(2.0)
    assert sim.model.hb_ms == 30_000  # the heartbeat protection is back


def test_reset_without_a_banner_is_noticed_by_the_falling_uptime(
    sim: RelaySimulator, clock: ManualClock, events: EventLog
) -> None:
    relay = RelayClient(sim.port, timeout=0.2, on_event=events)  # no heartbeat to compare
    relay.start(timeout=3.0)
    try:
        relay.unlock(3, 600)
        clock.advance(20)
        relay.ping()
        sim.reboot(banner="lost")
        relay.ping()  # up=0 after up=20
        assert isinstance(events.wait(DeviceReset), DeviceReset)
        assert events.wait(Reconciled, count=2).differences == (Discrepancy(3, True, False),)
        assert relay.wait_ready(2.0)
        assert relay.state is not None and not relay.state.channel(3).unlocked
    finally:
        relay.stop()


def test_reset_without_a_banner_is_noticed_by_the_heartbeat_in_status(
    client: RelayClient, sim: RelaySimulator, events: EventLog
) -> None:
    client.unlock(1, 600)
    sim.reboot(banner="lost")  # within the same second: the uptime tells nothing
    assert client.status().heartbeat_s == 0
    assert isinstance(events.wait(DeviceReset), DeviceReset)
    assert events.wait(Reconciled, count=2).differences == (Discrepancy(1, True, False),)
    assert client.wait_ready(2.0)
    assert sim.model.hb_ms == 30_000


def test_unanswered_unlock_counts_as_unlocked_until_a_new_lock_is_confirmed(
    client: RelayClient, sim: RelaySimulator, events: EventLog
) -> None:
    sim.mute = True  # the controller acts but its replies are lost
    with pytest.raises(RelayTimeout):
        client.unlock(2, 1800)
    assert sim.relays == (False, True, False, False)
    assert client.state is not None and client.state.channel(2).unlocked
    assert events.wait(UnlockUnconfirmed).channel == 2
    unlock = sim.actions[-1]
    sim.mute = False
    assert events.wait(UnlockRevoked, timeout=5.0) == UnlockRevoked(2)
    assert sim.relays == (False,) * 4
    lock = sim.actions[-1]
    assert lock.words == ("LOCK", "2") and lock.seq != unlock.seq
    assert client.state is not None and not client.state.channel(2).unlocked


def test_unanswered_unlock_lost_to_a_reset_is_locked_after_the_resync(
    client: RelayClient, sim: RelaySimulator, events: EventLog
) -> None:
    sim.reply_delay = 0.1
    failure: list[BaseException] = []
    call = threading.Thread(target=lambda: _capture(failure, lambda: client.unlock(1, 60)))
    frames = sim.model.frames
    call.start()
    assert sim.wait_for(lambda: sim.model.frames > frames)
    sim.reboot()  # before the reply went out
    call.join(5.0)
    sim.reply_delay = 0.0
    assert failure and isinstance(failure[0], RelayError)
    assert events.wait(UnlockRevoked, timeout=5.0) == UnlockRevoked(1)
    assert sim.actions[-1].words == ("LOCK", "1")
    assert client.state is not None and not client.state.channel(1).unlocked


def test_unlock_never_sent_leaves_the_channel_locked(sim: RelaySimulator, events: EventLog) -> None:
    relay = RelayClient(sim.port, timeout=0.1, reconnect=False, on_event=events)
    relay.start(timeout=3.0)
    try:
        sim.stop()  # unplugged: the link is down before the request
        events.wait(Disconnected)
        with pytest.raises(RelayError, match="not connected"):
            relay.unlock(1, 60)
        assert relay.state is not None and not relay.state.channel(1).unlocked
    finally:
        relay.stop()


def test_a_later_unlock_of_the_channel_is_not_undone(sim: RelaySimulator, events: EventLog) -> None:
    # Budget 1.6 s: enough for one 0.7 s reply even after waiting out another.
    relay = RelayClient(sim.port, timeout=0.8, retries=1, on_event=events)
    relay.start(timeout=3.0)
    try:
        sim.mute = True
        with pytest.raises(RelayTimeout):
            relay.unlock(2, 1800)
        # The user tries again at once, on a slow line: the client's own LOCK of the channel
        # comes due while this UNLOCK is still running, and must not follow it.
        sim.mute = False
        sim.reply_delay = 0.7
        again: list[BaseException] = []
        user = threading.Thread(target=lambda: _capture(again, lambda: relay.unlock(2, 60)))
        user.start()
        user.join(3.0)
        assert not again
        unlocked_at = len(sim.actions)
        assert sim.actions[-1].words == ("UNLOCK", "2", "60")
        assert not sim.wait_for(lambda: len(sim.model.actions) > unlocked_at, timeout=1.0)
        assert sim.relays[1]
        assert relay.state is not None and relay.state.channel(2).unlocked
    finally:
        relay.stop()


def test_slow_event_handler_does_not_delay_the_heartbeat() -> None:
    """Real time: pings must keep going every 0.25 s while a handler takes 2 s."""
    release = threading.Event()

    def slow(event: RelayEvent) -> None:
        release.wait(2.0)

    wall = RelaySimulator()
    wall.start()
    relay = RelayClient(wall.port, heartbeat=1, timeout=0.2, on_event=slow)
    try:
        relay.start(timeout=3.0)
        relay.unlock(1, 60)
        start = wall.now_ms()
        wait_until(lambda: wall.now_ms() - start > 1600, timeout=5.0, what="1.6 s to pass")
        assert wall.relays[0]
        assert not wall.model.hb_fired
    finally:
        release.set()
        relay.stop()
        wall.stop()


def test_reset_handler_can_use_the_client_at_once(sim: RelaySimulator) -> None:
    seen: list[RelayStatus | BaseException] = []
    done = threading.Event()
    relay: RelayClient

    def on_event(event: RelayEvent) -> None:
        if isinstance(event, DeviceReset):
            try:
                seen.append(relay.status())
            except BaseException as exc:
                seen.append(exc)
            done.set()

    relay = RelayClient(sim.port, heartbeat=30, timeout=0.2, on_event=on_event)
    relay.start(timeout=3.0)
    try:
        sim.reboot()
        assert done.wait(5.0)
        (status,) = seen
        assert isinstance(status, RelayStatus) and status.heartbeat_s == 30
    finally:
        relay.stop()


def test_a_call_waiting_behind_another_keeps_to_its_own_timeout(sim: RelaySimulator) -> None:
    """Waiting for the line counts against the call's budget of timeout x (retries + 1)."""
    relay = RelayClient(sim.port, timeout=0.5, retries=1)
    relay.start(timeout=3.0)
    try:
        sim.mute = True
        frames = sim.model.frames
        first = threading.Thread(target=lambda: _capture([], relay.ping))
        first.start()
        assert sim.wait_for(lambda: sim.model.frames > frames)
        began = time.monotonic()
        with pytest.raises(RelayTimeout):
            relay.ping()
        took = time.monotonic() - began
        first.join(3.0)
        assert took < 1.0 + 0.4  # not 1 s of waiting for the line and then 1 s of tries
    finally:
        relay.stop()


def point(link: Path, target: str) -> None:
    staging = link.with_name(link.name + ".new")
    staging.unlink(missing_ok=True)
    staging.symlink_to(target)
    os.replace(staging, link)


def test_device_vanishes_mid_command_and_comes_back(tmp_path: Path, events: EventLog) -> None:
    by_id = tmp_path / "usb-relay"
    first = RelaySimulator()
    point(by_id, first.start())
    relay = RelayClient(str(by_id), timeout=0.5, retries=4, on_event=events)
    second: RelaySimulator | None = None
    try:
        relay.start(timeout=3.0)
        relay.unlock(2, 600)
        first.mute = True
        frames = first.model.frames
        failure: list[BaseException] = []
        call = threading.Thread(target=lambda: _capture(failure, relay.ping))
        call.start()
        assert first.wait_for(lambda: first.model.frames > frames)
        first.stop()  # unplugged while the command waits for its reply
        call.join(5.0)
        assert failure and isinstance(failure[0], RelayError)
        second = RelaySimulator()
        point(by_id, second.start())
        reconciled = events.wait(Reconciled, count=2)
        assert reconciled.differences == (Discrepancy(2, True, False),)
        assert relay.wait_ready(3.0)
        relay.unlock(1, 30)
        assert second.relays == (True, False, False, False)
        assert isinstance(events.wait(Connected, count=2), Connected)
    finally:
        relay.stop()
        first.stop()
        if second is not None:
            second.stop()


def _capture(into: list[BaseException], call: object) -> None:
    try:
        call()  # type: ignore[operator]
    except BaseException as exc:
        into.append(exc)


def test_probe_tells_a_relay_controller_from_something_else(sim: RelaySimulator) -> None:
    assert probe(sim.port) == "relay controller RC-1 fw 1.1.0, 4 channels, 2 inputs"
    assert sim.relays == (False,) * 4
    with HostAwareDevice(boot=[b"start\n", b"echo:Marlin 2.1\n"]) as printer:
        assert probe(printer.port, timeout=0.6) is None
        assert b"HELLO" in printer.received  # asked, after no banner came


def test_probe_finds_a_controller_with_auto_reset_disabled() -> None:
    with RelaySimulator(reset_on_open=False) as sim:
        assert (
            probe(sim.port, timeout=1.0) == "relay controller RC-1 fw 1.1.0, 4 channels, 2 inputs"
        )


def test_heartbeat_argument_is_checked() -> None:
    with pytest.raises(ValueError):
        RelayClient("/dev/null", heartbeat=0.5)
    with pytest.raises(ValueError):
        RelayClient("/dev/null", heartbeat=4000)


def test_boot_during_the_handshake_reruns_it_without_reporting_a_reset(events: EventLog) -> None:
    with RelaySimulator(reset_on_open=False) as sim:
        sim.mute = True
        relay = RelayClient(
            sim.port, heartbeat=30, wait_banner=False, timeout=0.2, retries=10, on_event=events
        )
        starting = threading.Thread(target=lambda: _capture([], lambda: relay.start(3.0)))
        starting.start()
        try:
            assert sim.wait_for(lambda: sim.model.frames > 0)  # HELLO arrived, unanswered
            sim.mute = False
            sim.reboot()  # it was powering up as the host connected
            assert relay.wait_ready(3.0)
            assert sim.model.hb_ms == 30_000  # configured after the boot, not before it
            assert not any(isinstance(e, DeviceReset) for e in events.items)
            assert events.wait(Reconciled).differences == ()
        finally:
            starting.join(5.0)
            relay.stop()


def test_damaged_request_reported_by_the_device_is_resent_at_once() -> None:
    """`0 ERR CRC` means the request arrived damaged: resend now instead of waiting out the
    timeout (3 s here, so a pass within it shows the resend did not wait)."""
    with RelaySimulator() as sim:
        relay = RelayClient(sim.port, timeout=3.0, retries=1)
        relay.start(timeout=3.0)
        try:
            sim.mute = True
            frames = sim.model.frames
            done: list[float] = []

            def ping() -> None:
                relay.ping()
                done.append(1.0)

            caller = threading.Thread(target=lambda: _capture([], ping))
            caller.start()
            assert sim.wait_for(lambda: sim.model.frames > frames)
            sim.mute = False
            sim.inject(seal(b"0 ERR CRC"))
            assert sim.wait_for(lambda: sim.model.frames > frames + 1, timeout=2.0)
            caller.join(2.0)
            assert done == [1.0]
        finally:
            relay.stop()


def test_silent_controller_is_reported_once_and_its_return_too(events: EventLog) -> None:
    with RelaySimulator() as sim:
        relay = RelayClient(sim.port, heartbeat=1, timeout=0.2, retries=1, on_event=events)
        relay.start(timeout=3.0)
        try:
            sim.mute = True
            unresponsive = events.wait(Unresponsive, timeout=5.0)
            assert "no reply to PING" in unresponsive.detail
            sim.mute = False
            assert events.wait(Responsive, timeout=5.0) == Responsive()
            assert sum(isinstance(e, Unresponsive) for e in events.items) == 1
        finally:
            relay.stop()


def test_a_stopped_client_can_start_again(sim: RelaySimulator, events: EventLog) -> None:
    relay = RelayClient(sim.port, timeout=0.2, on_event=events)
    relay.start(timeout=3.0)
    relay.stop()
    relay.start(timeout=3.0)
    try:
        relay.unlock(1, 60)
        assert sim.relays[0]
        assert sim.opens == 2
        assert isinstance(events.wait(Connected, count=2), Connected)
    finally:
        relay.stop()
