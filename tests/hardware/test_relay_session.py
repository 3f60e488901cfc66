"""RelaySession, the sans-I/O host side of the relay protocol, against the controller's model
(hardware/sim/relay.py, checked reply by reply against the firmware) with a fake clock: no
threads, no ports, no waiting."""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.relay.events import (
    ChannelExpired,
    ChannelState,
    Connected,
    DeviceReset,
    Discrepancy,
    FeedbackFault,
    KeepAliveCapped,
    Reconciled,
    RelayEvent,
    Responsive,
    UnlockRevoked,
    UnlockUnconfirmed,
    Unresponsive,
)
from hardware.relay.protocol import seal
from hardware.relay.session import RECOVER_PAUSE_S, Call, RelaySession
from hardware.sim.relay import RelayModel

TIMEOUT = 0.3
RETRIES = 3


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Bench:
    """A session wired to a controller model; time moves only when `advance` is called."""

    heartbeat: float | None = None
    keep_alive: tuple[int, ...] = ()
    clock: FakeClock = field(default_factory=FakeClock)
    model: RelayModel = field(default_factory=RelayModel)
    mute: bool = False  # the model acts but its replies are lost
    deaf: bool = False  # requests never reach the model
    events: list[RelayEvent] = field(default_factory=list)
    written: list[bytes] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.session = RelaySession(
            port="test",
            heartbeat=self.heartbeat,
            keep_alive=self.keep_alive,
            timeout=TIMEOUT,
            retries=RETRIES,
            wait_banner=False,
            clock=self.clock,
        )
        self.model.reset(self.ms())

    def ms(self) -> int:
        return int(self.clock.now * 1000)

    def run(self) -> list[RelayEvent]:
        """Poll, write, deliver, answer, until nothing more happens at this instant."""
        start = len(self.events)
        for _ in range(100):
            self.events += self.session.poll()
            writes = self.session.next_writes()
            if not writes:
                break
            for _, frame in writes:
                self.written.append(frame)
                if self.deaf:
                    continue
                replies = self.model.feed(frame, self.ms())
                if not self.mute:
                    for reply in replies:
                        self.feed(reply)
        return self.events[start:]

    def feed(self, line: bytes) -> list[RelayEvent]:
        events = self.session.receive(line.rstrip(b"\n"))
        self.events += events
        return events

    def advance(self, seconds: float, step: float = 0.05) -> list[RelayEvent]:
        """Move the clock in steps, letting the session and the model's timers act."""
        start = len(self.events)
        end = self.clock.now + seconds
        while self.clock.now < end - 1e-9:
            self.clock.now = min(self.clock.now + step, end)
            for line in self.model.tick(self.ms()):
                if not self.mute:
                    self.feed(line)
            self.run()
        return self.events[start:]

    def connect(self) -> list[RelayEvent]:
        self.events += self.session.connected()
        return self.run()

    def call(self, verb: str, *args: str | int) -> Call:
        call = self.session.request(verb, *args)
        self.run()
        return call

    def finish(self, call: Call) -> Call:
        """Let time pass until the call is over (each try times out after TIMEOUT)."""
        for _ in range(200):
            if call.done:
                return call
            self.advance(0.05)
        raise AssertionError(f"{call} never finished")


def test_handshake_identifies_configures_and_reconciles() -> None:
    bench = Bench(heartbeat=10, keep_alive=(3,))
    events = bench.connect()
    verbs = [frame.split(b" ")[1].split(b"*")[0] for frame in bench.written]
    assert verbs == [b"HELLO", b"HB", b"KEEP", b"STATUS"]
    assert [type(e) for e in events] == [Connected, Reconciled]
    assert bench.session.ready
    assert bench.session.info is not None and bench.session.info.polarity == "low"
    assert bench.model.hb_ms == 10_000 and bench.model.keep_alive == [False, False, True, False]
    status = bench.session.status
    assert status is not None and status.channel(3).keep_alive


def test_sequence_numbers_advance_and_a_call_ends_with_its_reply() -> None:
    bench = Bench()
    bench.connect()
    call = bench.call("UNLOCK", 2, 60)
    assert call.done and call.ok and call.reply is not None
    assert call.reply.fields == {"ch": "2", "t": "60"}
    seqs = [int(frame.split(b" ")[0]) for frame in bench.written]
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))
    assert bench.model.unlocked == [False, True, False, False]
    status = bench.session.status
    assert status is not None and status.channel(2) == ChannelState(2, True, 60, False)


def test_a_lost_reply_is_resent_with_the_same_frame_and_acted_on_once() -> None:
    bench = Bench()
    bench.connect()
    bench.mute = True
    call = bench.call("UNLOCK", 1, 30)
    assert not call.done
    bench.advance(TIMEOUT)  # the first try times out: the same frame again
    bench.mute = False
    bench.advance(TIMEOUT)
    assert call.done and call.ok
    assert bench.written[-1] == bench.written[-2]
    assert [a.words for a in bench.model.actions] == [("UNLOCK", "1", "30")]


def test_a_silent_controller_fails_the_call_after_every_retry_within_its_budget() -> None:
    bench = Bench()
    bench.connect()
    bench.deaf = True
    started = bench.clock.now
    call = bench.finish(bench.call("PING"))
    assert call.failure == "timeout" and "after 4 tries" in call.detail
    assert bench.clock.now - started <= TIMEOUT * (RETRIES + 1) + 0.05
    assert bench.written[-4:] == [bench.written[-1]] * 4


def test_a_damaged_request_reported_by_the_controller_is_resent_at_once() -> None:
    bench = Bench()
    bench.connect()
    bench.deaf = True
    call = bench.call("PING")
    tries = len(bench.written)
    bench.feed(seal(b"0 ERR CRC"))
    bench.deaf = False
    bench.run()  # no time has passed
    assert len(bench.written) == tries + 1 and call.done and call.ok


def test_a_damaged_last_try_ends_the_call_instead_of_leaving_it_hanging() -> None:
    bench = Bench()
    bench.connect()
    bench.deaf = True
    call = bench.call("PING")
    bench.advance(TIMEOUT * RETRIES + 0.2)  # the fourth and last try is on the wire
    assert len([f for f in bench.written if b" PING*" in f]) == RETRIES + 1
    bench.feed(seal(b"0 ERR CRC"))
    bench.run()
    assert call.done and call.failure == "timeout"
    assert bench.session.next_deadline() is None  # nothing left to wait for


def test_a_call_waiting_behind_another_keeps_to_its_own_budget() -> None:
    bench = Bench()
    bench.connect()
    bench.deaf = True
    first = bench.call("PING")
    bench.advance(0.2)
    second = bench.call("PING")
    bench.finish(first)
    bench.finish(second)
    assert first.failure == "timeout"
    # The second's budget ran out 0.2 s after the first's, with at most one try of its own.
    assert second.failure in ("busy", "timeout")
    assert second.deadline - first.deadline < 0.25


def test_a_call_before_the_handshake_is_never_sent() -> None:
    bench = Bench()
    call = bench.finish(bench.call("UNLOCK", 1, 60))
    assert call.failure == "not_sent" and bench.written == []
    assert not any(isinstance(e, UnlockUnconfirmed) for e in bench.events)


def test_a_banner_mid_session_means_a_reset_and_the_handshake_runs_again() -> None:
    bench = Bench(heartbeat=30)
    bench.connect()
    bench.call("UNLOCK", 1, 600)
    for line in bench.model.reset(bench.ms()):
        bench.feed(line)
    assert not bench.session.ready
    events = bench.run()
    assert [type(e) for e in events] == [DeviceReset, Connected, Reconciled]
    reconciled = events[-1]
    assert isinstance(reconciled, Reconciled)
    assert reconciled.differences == (Discrepancy(1, True, False),)
    assert bench.model.hb_ms == 30_000  # configured again
    status = bench.session.status
    assert status is not None and not status.channel(1).unlocked


def test_a_reset_whose_banner_was_lost_shows_in_the_falling_uptime() -> None:
    bench = Bench()
    bench.connect()
    bench.advance(5.0, step=1.0)
    assert bench.call("PING").ok
    bench.model.reset(bench.ms())  # the banner never arrives
    assert bench.call("PING").ok  # the reply shows up=0
    assert [type(e) for e in bench.events[-3:]] == [DeviceReset, Connected, Reconciled]


def test_a_reset_whose_banner_was_lost_shows_in_the_forgotten_heartbeat() -> None:
    bench = Bench(heartbeat=20)
    bench.connect()
    bench.model.reset(bench.ms())
    bench.model.boot_ms -= 50_000  # uptime does not fall: only hb=0 tells
    call = bench.call("STATUS")
    assert call.ok
    assert any(isinstance(e, DeviceReset) for e in bench.events)
    assert bench.model.hb_ms == 20_000


def test_a_banner_during_the_handshake_reruns_it_without_reporting_a_reset() -> None:
    bench = Bench(heartbeat=10)
    bench.events += bench.session.connected()
    bench.deaf = True
    bench.run()  # HELLO is on the wire
    for line in bench.model.reset(bench.ms()):  # the board was just powered up
        bench.feed(line)
    bench.deaf = False
    bench.advance(1.0)
    assert bench.session.ready
    assert not any(isinstance(e, DeviceReset) for e in bench.events)
    assert [type(e) for e in bench.events] == [Connected, Reconciled]


def test_an_unconfirmed_unlock_counts_as_unlocked_until_a_new_lock_is_confirmed() -> None:
    bench = Bench()
    bench.connect()
    bench.mute = True  # the controller acts, the replies are lost
    call = bench.finish(bench.call("UNLOCK", 4, 600))
    assert call.failure == "timeout"
    assert bench.model.actions[0].words == ("UNLOCK", "4", "600")  # it did act
    unconfirmed = [e for e in bench.events if isinstance(e, UnlockUnconfirmed)]
    assert [e.channel for e in unconfirmed] == [4]
    status = bench.session.status
    assert status is not None and status.channel(4).unlocked
    bench.advance(2.0)  # LOCK is tried, unanswered, then again after a pause
    assert not any(isinstance(e, UnlockRevoked) for e in bench.events)
    bench.mute = False
    events = bench.advance(1.0)
    assert events == [UnlockRevoked(4)]
    assert not bench.model.unlocked[3]
    actions = [a.words for a in bench.model.actions]
    assert actions[0] == ("UNLOCK", "4", "600") and set(actions[1:]) == {("LOCK", "4")}


def test_a_later_unlock_of_the_channel_is_not_undone() -> None:
    bench = Bench()
    bench.connect()
    bench.deaf = True
    first = bench.call("UNLOCK", 2, 600)
    bench.advance(TIMEOUT * RETRIES)
    again = bench.session.request("UNLOCK", 2, 300)  # asked for while the first is on the wire
    bench.finish(first)
    assert first.failure == "timeout"
    bench.deaf = False
    bench.finish(again)
    assert again.ok
    bench.advance(2.0)
    assert bench.model.unlocked[1]
    assert [a.words for a in bench.model.actions] == [("UNLOCK", "2", "300")]
    assert not any(isinstance(e, UnlockRevoked) for e in bench.events)


def test_recovery_waits_a_moment_and_an_unlock_in_that_moment_wins() -> None:
    bench = Bench()
    bench.connect()
    bench.deaf = True
    bench.finish(bench.call("UNLOCK", 2, 600))
    failed_at = bench.clock.now
    bench.deaf = False
    sent = len(bench.written)
    bench.advance(RECOVER_PAUSE_S - 0.1)
    assert len(bench.written) == sent  # a late reply may still come: no LOCK yet
    again = bench.call("UNLOCK", 2, 300)
    assert again.ok
    bench.advance(2.0)
    assert [a.words for a in bench.model.actions] == [("UNLOCK", "2", "300")]  # no LOCK after it
    assert bench.model.unlocked[1]
    assert bench.clock.now - failed_at > RECOVER_PAUSE_S


def test_heartbeat_pings_keep_the_channels_on_and_silence_is_reported_once() -> None:
    bench = Bench(heartbeat=2)
    bench.connect()
    bench.call("UNLOCK", 1, 600)
    bench.advance(6.0)
    assert bench.model.unlocked[0]
    pings = [f for f in bench.written if b" PING*" in f]
    assert 10 <= len(pings) <= 13  # every heartbeat / 4
    bench.deaf = True
    bench.advance(5.0)
    assert [e for e in bench.events if isinstance(e, Unresponsive)][1:] == []
    assert any(isinstance(e, Unresponsive) for e in bench.events)
    bench.deaf = False
    bench.advance(1.0)
    assert Responsive() in bench.events


def test_device_events_update_the_state_and_reach_the_listener() -> None:
    bench = Bench()
    bench.connect()
    bench.call("SET", "fb", "2")
    bench.call("SET", "kamax", "1")
    bench.call("KEEP", 3, 1)
    bench.call("UNLOCK", 3, 600)
    bench.call("UNLOCK", 1, 1)
    bench.model.raw_feedback[1] = True  # channel 2 is locked but its load is powered
    events = bench.advance(1.5)
    assert ChannelExpired(1) in events
    assert KeepAliveCapped((3,)) in events
    assert FeedbackFault(2, True) in events
    status = bench.session.status
    assert status is not None and not status.channel(3).unlocked and status.feedback[1]


def test_disconnect_fails_the_call_on_the_wire_and_an_unlock_becomes_uncertain() -> None:
    bench = Bench()
    bench.connect()
    bench.deaf = True
    call = bench.call("UNLOCK", 1, 60)
    events = bench.session.disconnected("cable pulled")
    assert call.failure == "lost" and "connection lost during UNLOCK" in call.detail
    assert [type(e) for e in events] == [UnlockUnconfirmed, type(events[-1])]
    assert not bench.session.ready


words = st.sampled_from(
    ["!0", "!1", "!65535", "!x", "0", "1", "OK", "ERR", "BOOT", "EXPIRED", "HBLOST", "ESTOP",
     "INPUT", "KACAP", "FAULT", "CRC", "ch=", "ch=1,2", "ch=-", "in=x", "v=1", "t=1,2", "x=y",
     "=", "fb=1", "pol=x", "kamax=1"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(words, min_size=1, max_size=6))
def test_any_well_sealed_frame_is_survived(parts: list[str]) -> None:
    """Frames that pass the CRC but carry nonsense (a buggy or foreign firmware) are ignored."""
    bench = Bench()
    bench.connect()
    bench.feed(seal(" ".join(parts).encode()))
    bench.run()
    assert bench.call("PING").done
