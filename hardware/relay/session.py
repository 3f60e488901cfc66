"""The host side of the relay/lock controller protocol, sans-I/O (see ../firmware/PROTOCOL.md).

`RelaySession` is fed what happens (the link came up or went down, a line arrived, the clock
moved) and says what to write next and which events happened. It holds the sequencing (one
request in flight, resent with the same sequence number), the retries and each call's deadline,
reset detection (a banner mid-session, a falling uptime, a heartbeat the controller forgot), the
handshake and the reconciliation after it, the heartbeat pings and the recovery of unconfirmed
unlocks. It has no threads and never sleeps: `RelayClient` wraps it with a serial link and a
worker thread, and tests drive it with a fake clock in microseconds.

Not thread-safe: the caller holds one lock around every call."""

from __future__ import annotations

import logging
import math
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping

from hardware.relay.calls import Call, Failure, Purpose
from hardware.relay.device_state import (
    info_from,
    reconcile,
    status_from,
    translate_event,
    with_channel,
)
from hardware.relay.events import (
    Connected,
    DeviceInfo,
    DeviceReset,
    Disconnected,
    Discrepancy,
    EventsMissed,
    Reconciled,
    RelayEvent,
    RelayStatus,
    Responsive,
    UnlockRevoked,
    UnlockUnconfirmed,
    Unresponsive,
)
from hardware.relay.protocol import (
    FRAME_ERRORS,
    MAX_SEQ,
    Event,
    Malformed,
    Reply,
    banner_in,
    encode_request,
    next_seq,
    parse_device_line,
)

log = logging.getLogger(__name__)

# Pause between attempts to lock a channel whose UNLOCK went unanswered.
RECOVER_PAUSE_S = 0.5
# millis() wraps after 2**32 ms; `up=` then falls without a reset.
UPTIME_WRAP_S = 2**32 // 1000


class RelaySession:
    def __init__(
        self,
        *,
        port: str = "",
        heartbeat: float | None = None,
        keep_alive: Iterable[int] = (),
        timeout: float = 0.3,
        retries: int = 3,
        wait_banner: bool = True,
        clock: Callable[[], float] = time.monotonic,
        first_seq: int = 1,
    ) -> None:
        if heartbeat is not None and not 1 <= heartbeat <= 3600:
            raise ValueError("heartbeat must be between 1 and 3600 seconds")
        self.port = port
        self.heartbeat = heartbeat
        self.keep_alive = set(keep_alive)
        self.timeout = timeout
        self.retries = retries
        self.wait_banner = wait_banner
        self._clock = clock
        self._seq = first_seq if 1 <= first_seq <= MAX_SEQ else 1
        self.noise_lines = 0

        self.linked = False
        self.ready = False
        self.info: DeviceInfo | None = None
        self.status: RelayStatus | None = None
        self._expect_banner = False
        self._boot_during_sync = False
        self._last_eseq: int | None = None
        self._last_uptime: int | None = None

        self._queue: deque[Call] = deque()
        self._current: Call | None = None
        self._handshake: deque[Call] = deque()
        self._handshake_reset = False
        self._handshake_due = False
        self._handshake_status: RelayStatus | None = None
        self._handshake_info: DeviceInfo | None = None

        self._expected_until: dict[int, float] = {}  # channel -> end on the session's clock
        # Channels whose UNLOCK went unanswered, to lock once the controller answers again;
        # `_unlock_turn` counts unlocks per channel so that a newer one is never undone.
        self._uncertain: dict[int, int] = {}
        self._unlock_turn: dict[int, int] = {}
        self._recover_at = 0.0
        self._last_exchange = 0.0
        self._silent = False
        self._events: list[RelayEvent] = []

    # -- what happened on the link -------------------------------------------------------------

    def connected(self) -> list[RelayEvent]:
        """The link is up (a real Uno has just reset, unless auto-reset is off): handshake."""
        self.linked = True
        self._expect_banner = self.wait_banner
        self._last_eseq = None
        self._handshake_reset = False
        self._start_handshake(reset=False)
        return self._take_events()

    def disconnected(self, detail: str) -> list[RelayEvent]:
        self.linked = False
        self.ready = False
        self._handshake.clear()
        self._handshake_due = False
        self._abort_current("lost", f"{self.port}: connection lost during")
        self._events.append(Disconnected(detail))
        return self._take_events()

    def receive(self, line: bytes) -> list[RelayEvent]:
        item = parse_device_line(line)
        if isinstance(item, Malformed):
            self.noise_lines += 1
            banner = banner_in(line)
            if banner is not None:  # a reset cut a line short and its banner followed on it
                self._on_event_frame(banner)
        elif isinstance(item, Reply):
            current = self._current
            if current is not None and item.seq == current.seq:
                self._finish(current, reply=item)
            elif item.seq == 0 and item.code in FRAME_ERRORS and current is not None:
                current.resend_now = True  # the request arrived damaged: resend at once
        else:
            self._on_event_frame(item)
        return self._take_events()

    def write_failed(self, call: Call, detail: str) -> list[RelayEvent]:
        if call is self._current and not call.done:
            detail = f"{self.port}: {call.verb} not sent: {detail}"
            self._finish(call, failure="failed", detail=detail)
        return self._take_events()

    # -- what the user asks ------------------------------------------------------------------

    def request(
        self,
        verb: str,
        *args: str | int,
        purpose: Purpose = "user",
        condition: Callable[[], bool] | None = None,
    ) -> Call:
        """Queue a request; it is written by `next_writes` when the line is free (and, for a
        user's request, the controller ready). Its whole life, waiting included, ends by
        now + timeout × (retries + 1)."""
        call = Call(
            verb,
            tuple(args),
            self._clock() + self.timeout * (self.retries + 1),
            purpose,
            condition,
        )
        encode_request(1, verb, *args)  # bad words raise ValueError here, in the caller
        if verb == "UNLOCK" and purpose == "user":
            channel = int(args[0])
            call.unlock_turn = self._unlock_turn.get(channel, 0) + 1
            self._unlock_turn[channel] = call.unlock_turn
        if purpose == "handshake":
            self._handshake.append(call)
        else:
            self._queue.append(call)
        return call

    # -- what to write, and the clock ----------------------------------------------------------

    def next_writes(self) -> list[tuple[Call, bytes]]:
        """The frame to write now, if any, with its call (for `write_failed`)."""
        self._expire_waiting()
        current = self._current
        now = self._clock()
        if current is not None:
            due = current.resend_now or now >= current.try_ends
            if due and current.tries <= self.retries and now < current.deadline:
                return [(current, self._send(current))]
            return []
        call = self._next_call()
        if call is None:
            return []
        self._seq = next_seq(self._seq)
        call.seq = self._seq
        call.frame = encode_request(call.seq, call.verb, *call.args)
        self._current = call
        return [(call, self._send(call))]

    def poll(self) -> list[RelayEvent]:
        """Act on the clock: a try that timed out, a call out of time, a ping or a lock due."""
        now = self._clock()
        current = self._current
        out_of_tries = current is not None and current.tries > self.retries
        if current is not None and (
            now >= current.deadline
            or (out_of_tries and (current.resend_now or now >= current.try_ends))
        ):
            self._finish(
                current,
                failure="timeout",
                detail=f"{self.port}: no reply to {current.verb} after {current.tries} tries",
            )
        self._expire_waiting()
        if self.ready and self._current is None and not self._queue:
            self._schedule_ping(now)
            self._schedule_recovery(now)
        return self._take_events()

    def next_deadline(self) -> float | None:
        """When `poll` has something to do at the latest (None: only when a line arrives)."""
        times = [call.deadline for call in self._queue]
        current = self._current
        if current is not None:
            times.append(current.try_ends)
        elif self.ready and not self._queue:
            if self.heartbeat is not None:
                times.append(self._last_exchange + self.heartbeat / 4)
            if self._uncertain:
                times.append(self._recover_at)
        return min(times) if times else None

    # -- inside --------------------------------------------------------------------------------

    def _send(self, call: Call) -> bytes:
        now = self._clock()
        call.tries += 1
        call.resend_now = False
        call.try_ends = min(now + self.timeout, call.deadline)
        return call.frame

    def _next_call(self) -> Call | None:
        while self._handshake or self._queue:
            if self._handshake:
                if not self.linked:
                    return None
                call = self._handshake.popleft()
                # Each step of the handshake has its own budget, from when it starts.
                call.deadline = self._clock() + self.timeout * (self.retries + 1)
            elif self.ready:
                call = self._queue.popleft()
            else:
                return None
            if call.condition is not None and not call.condition():
                call.skipped = True
                call.done = True
                continue
            return call
        return None

    def _expire_waiting(self) -> None:
        now = self._clock()
        for call in [c for c in self._queue if now >= c.deadline]:
            self._queue.remove(call)
            if self.ready:
                detail = f"{self.port}: another command is still running"
                self._finish(call, failure="busy", detail=detail)
            else:
                detail = f"{self.port}: relay controller not connected"
                self._finish(call, failure="not_sent", detail=detail)

    def cancel(self, call: Call) -> None:
        """Forget a call its caller no longer waits for (it is never written, if not yet)."""
        if call in self._queue:
            self._queue.remove(call)
            detail = f"{self.port}: relay controller not connected"
            self._finish(call, failure="not_sent", detail=detail)

    def _abort_current(self, failure: Failure, detail: str) -> None:
        current = self._current
        if current is not None and not current.done:
            self._finish(current, failure=failure, detail=f"{detail} {current.verb}")

    def _finish(
        self,
        call: Call,
        *,
        reply: Reply | None = None,
        failure: Failure | None = None,
        detail: str = "",
    ) -> None:
        call.done = True
        call.reply, call.failure, call.detail = reply, failure, detail
        if call is self._current:
            self._current = None
        if reply is not None:
            self._last_exchange = self._clock()
            if self._silent:
                self._silent = False
                self._events.append(Responsive())
            if reply.ok:
                self._on_ok(call, reply.fields)
            elif call.purpose == "handshake":
                self._handshake_failed(f"{call.verb} refused: {reply.code}")
            elif call.purpose == "recover":
                self._recover_at = self._clock() + RECOVER_PAUSE_S
            return
        # No answer.
        if call.purpose == "handshake":
            self._handshake_failed(detail)
        elif call.purpose == "ping":
            self._last_exchange = self._clock()  # pace the next ping from this attempt
            if not self._silent and self.ready:
                self._silent = True
                self._events.append(Unresponsive(detail))
        elif call.purpose == "recover":
            self._recover_at = self._clock() + RECOVER_PAUSE_S
        elif call.verb == "UNLOCK" and failure not in ("not_sent", "busy"):
            channel, seconds = int(call.args[0]), int(call.args[1])
            self._uncertain[channel] = call.unlock_turn
            self._expected_until.pop(channel, None)
            self._set_channel(channel, unlocked=True, seconds_left=seconds)
            # A pause first: a reply that is only late still arrives, and the state the user was
            # told about stays visible for a moment before the lock.
            self._recover_at = self._clock() + RECOVER_PAUSE_S
            self._events.append(UnlockUnconfirmed(channel, detail))

    def _on_ok(self, call: Call, fields: Mapping[str, str]) -> None:
        verb, args = call.verb, call.args
        if call.purpose == "handshake":
            self._handshake_step(call, fields)
            return
        try:
            if verb == "HELLO":
                self.info = info_from(fields)
            elif verb == "STATUS":
                self.status = status_from(fields)
                self._check_uptime(fields)
                heartbeat = self.heartbeat
                if self.ready and heartbeat and self.status.heartbeat_s != math.ceil(heartbeat):
                    # Only a reset switches the heartbeat off behind the host's back.
                    self._reset_noticed(f"heartbeat is {self.status.heartbeat_s} s")
            elif verb == "PING":
                self._check_uptime(fields)
            elif verb == "UNLOCK":
                channel, seconds = int(args[0]), int(args[1])
                self._uncertain.pop(channel, None)
                self._expected_until[channel] = self._clock() + seconds
                self._set_channel(channel, unlocked=True, seconds_left=seconds)
            elif verb == "LOCK" and args == ("ALL",):
                self._uncertain.clear()
                self._expected_until.clear()
                if self.status is not None:
                    for state in self.status.channels:
                        self._set_channel(state.channel, unlocked=False, seconds_left=0)
            elif verb == "LOCK":
                channel = int(args[0])
                if call.purpose == "recover":
                    if self._uncertain.get(channel) == call.unlock_turn:
                        del self._uncertain[channel]
                        self._events.append(UnlockRevoked(channel))
                    else:
                        return
                else:
                    self._uncertain.pop(channel, None)
                self._expected_until.pop(channel, None)
                self._set_channel(channel, unlocked=False, seconds_left=0)
            elif verb == "HB":
                self.heartbeat = int(args[0]) or None
            elif verb == "KEEP":
                channel, on = int(args[0]), args[1] in (1, "1")
                (self.keep_alive.add if on else self.keep_alive.discard)(channel)
                self._set_channel(channel, keep_alive=on)
            elif verb == "SET" and args[0] == "pol":
                # Changing the polarity locks every channel on the controller.
                self._uncertain.clear()
                self._expected_until.clear()
                if self.status is not None:
                    for state in self.status.channels:
                        self._set_channel(state.channel, unlocked=False, seconds_left=0)
        except ValueError as exc:
            call.reply, call.failure, call.detail = None, "failed", str(exc)

    # -- reset detection -----------------------------------------------------------------------

    def _check_uptime(self, fields: Mapping[str, str]) -> None:
        """A controller's uptime only grows (until millis() wraps): if it fell, it reset, even
        if its banner never arrived whole."""
        try:
            uptime = int(fields["up"])
        except (KeyError, ValueError):
            return
        last, self._last_uptime = self._last_uptime, uptime
        wrapped = last is not None and last > UPTIME_WRAP_S - 3600 and uptime < 3600
        if last is not None and uptime < last and not wrapped:
            self._reset_noticed(f"uptime fell from {last} s to {uptime} s")

    def _reset_noticed(self, why: str) -> None:
        if not self.ready:
            return  # a handshake is due anyway
        log.warning("relay %s: the controller reset (%s)", self.port, why)
        self.ready = False
        self._abort_current("lost", f"{self.port}: device reset during")
        self._start_handshake(reset=True)

    def _on_event_frame(self, event: Event) -> None:
        if event.name == "BOOT" and event.eseq == 0:
            expected, self._expect_banner = self._expect_banner, False
            self._last_eseq = 0
            if expected:
                return
            if not self.ready:
                # It booted while the handshake ran (e.g. just powered up): whatever the
                # handshake set may be gone, so it runs again; no session was lost.
                self._boot_during_sync = True
                return
            self._reset_noticed("boot banner")
            return
        last, self._last_eseq = self._last_eseq, event.eseq
        if last is not None:
            gap = (event.eseq - last - 1) % MAX_SEQ
            if gap:
                self._events.append(EventsMissed(gap))
        try:
            translated, status, locked = translate_event(event, self.status)
        except (KeyError, ValueError):  # a well-sealed frame with fields we cannot use
            self.noise_lines += 1
            return
        self.status = status
        for channel in locked:
            self._expected_until.pop(channel, None)
        if translated is not None:
            self._events.append(translated)

    # -- handshake and reconciliation ----------------------------------------------------------

    def _start_handshake(self, *, reset: bool) -> None:
        self.ready = False
        self._handshake_reset = self._handshake_reset or reset
        self._boot_during_sync = False
        self._handshake.clear()
        self._handshake_info = None
        self._handshake_status = None
        self.request("HELLO", purpose="handshake")
        if self.heartbeat is not None:
            self.request("HB", math.ceil(self.heartbeat), purpose="handshake")
        for channel in sorted(self.keep_alive):
            self.request("KEEP", channel, 1, purpose="handshake")
        self.request("STATUS", purpose="handshake")

    def _handshake_failed(self, detail: str) -> None:
        log.warning("relay %s: handshake failed: %s", self.port, detail)
        if self.linked:
            self._start_handshake(reset=self._handshake_reset)

    def _handshake_step(self, call: Call, fields: Mapping[str, str]) -> None:
        try:
            if call.verb == "HELLO":
                self._handshake_info = self.info = info_from(fields)
            elif call.verb == "STATUS":
                self._handshake_status = status_from(fields)
        except ValueError as exc:
            self._handshake_failed(str(exc))
            return
        if call.verb != "STATUS" or self._handshake:
            return
        status, info = self._handshake_status, self._handshake_info
        assert status is not None and info is not None
        if self._boot_during_sync:
            self._start_handshake(reset=self._handshake_reset)
            return
        differences = self._reconcile(status)
        self._last_uptime = status.uptime_s
        self._last_exchange = self._clock()
        self.ready = True
        reset, self._handshake_reset = self._handshake_reset, False
        if reset:
            self._events.append(DeviceReset(info))
        self._events.append(Connected(info))
        self._events.append(Reconciled(status, differences))

    def _reconcile(self, status: RelayStatus) -> tuple[Discrepancy, ...]:
        differences, self._expected_until = reconcile(self._expected_until, status, self._clock())
        self.status = status
        return differences

    # -- heartbeat and recovery ----------------------------------------------------------------

    def _schedule_ping(self, now: float) -> None:
        if self.heartbeat is not None and now - self._last_exchange >= self.heartbeat / 4:
            self.request("PING", purpose="ping")

    def _schedule_recovery(self, now: float) -> None:
        """Lock, with a new request, every channel whose UNLOCK went unanswered: the controller
        may have acted on it, and the user was told it failed."""
        if not self._uncertain or now < self._recover_at or self._queue:
            return
        for channel, turn in sorted(self._uncertain.items()):

            def still_wanted(channel: int = channel, turn: int = turn) -> bool:
                return self._uncertain.get(channel) == turn  # a later unlock/lock decides

            call = self.request("LOCK", channel, purpose="recover", condition=still_wanted)
            call.unlock_turn = turn
        self._recover_at = now + RECOVER_PAUSE_S

    # -- the cached state ----------------------------------------------------------------------

    def _set_channel(
        self,
        channel: int,
        *,
        unlocked: bool | None = None,
        seconds_left: int | None = None,
        keep_alive: bool | None = None,
    ) -> None:
        if self.status is not None:
            self.status = with_channel(
                self.status,
                channel,
                unlocked=unlocked,
                seconds_left=seconds_left,
                keep_alive=keep_alive,
            )

    def _take_events(self) -> list[RelayEvent]:
        events, self._events = self._events, []
        return events
