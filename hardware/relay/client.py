"""Typed client for the relay/lock controller, on the shared SerialLink.

Threads: the link's reader parses lines and wakes the waiting caller; a worker thread of the
client runs the (re)connect handshake, the heartbeat and the locking of unconfirmed unlocks; a
separate event thread runs the `on_event` callbacks in order, so a slow callback never delays a
ping and a callback may call the client. One request is in flight at a time; each waits for its
reply with a timeout and is resent with the same sequence number, which the controller answers
again without acting twice. A whole call, retries included, ends within timeout × (retries + 1)."""

from __future__ import annotations

import logging
import math
import queue
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from types import TracebackType

from hardware.relay.events import (
    ChannelExpired,
    ChannelState,
    Connected,
    DeviceInfo,
    DeviceReset,
    Disconnected,
    Discrepancy,
    EStopLocked,
    EventsMissed,
    FeedbackFault,
    HeartbeatLost,
    InputChanged,
    KeepAliveCapped,
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
    int_list,
    next_seq,
    parse_device_line,
)
from hardware.transport import LinkError, LinkState, SerialLink

log = logging.getLogger(__name__)

# A channel whose expected end is this close to now may have just expired on either side.
EXPIRY_SLACK_S = 2.0
# Pause between attempts to lock a channel whose UNLOCK went unanswered.
RECOVER_PAUSE_S = 0.5
# millis() wraps after 2**32 ms; `up=` then falls without a reset.
UPTIME_WRAP_S = 2**32 // 1000


class RelayError(Exception):
    """The controller could not be reached or answered nonsense."""


class RelayTimeout(RelayError):
    """No valid reply within the call's timeout, after every retry."""


class RelayRefused(RelayError):
    """The controller answered `ERR <code>`."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def is_banner(line: bytes) -> bool:
    return banner_in(line) is not None


class _NotSent(RelayError):
    """The call failed before its request was written: the controller cannot have acted."""


class _LineBusy(RelayTimeout, _NotSent):
    """The call's time ran out while it waited for another call to finish."""


class _Skipped(Exception):
    """A conditional call found its condition gone once it had the line to itself."""


def _info_from(fields: dict[str, str]) -> DeviceInfo:
    try:
        cap = fields.get("kamax")
        polarity = fields.get("pol", "high")
        if polarity not in ("low", "high"):
            raise ValueError(polarity)
        return DeviceInfo(
            device_id=fields["id"],
            firmware=fields["fw"],
            channels=int(fields["ch"]),
            inputs=int(fields["in"]),
            protocol=int(fields.get("proto", "1")),
            polarity=polarity,
            nc_inputs=int_list(fields.get("nc", "-")),
            feedback_channels=int_list(fields.get("fb", "-")),
            keep_alive_cap_s=None if cap is None else int(cap),
        )
    except (KeyError, ValueError) as exc:
        raise RelayError(f"unexpected identity from the controller: {fields}") from exc


def _status_from(fields: dict[str, str]) -> RelayStatus:
    try:
        left = int_list(fields["t"])
        keep = int_list(fields["ka"])
        inputs = int_list(fields["in"])
        heartbeat, uptime = int(fields["hb"]), int(fields["up"])
        feedback = int_list(fields.get("fb", "-"))
    except (KeyError, ValueError) as exc:
        raise RelayError(f"unexpected status from the controller: {fields}") from exc
    if len(left) != len(keep) or (feedback and len(feedback) != len(left)):
        raise RelayError(f"unexpected status from the controller: {fields}")
    channels = tuple(
        ChannelState(n + 1, t > 0, t, k == 1)
        for n, (t, k) in enumerate(zip(left, keep, strict=True))
    )
    return RelayStatus(
        channels, tuple(v == 1 for v in inputs), heartbeat, uptime, tuple(v == 1 for v in feedback)
    )


class RelayClient:
    """Talk to one controller. `heartbeat` (seconds) arms the controller's heartbeat timeout and
    pings it often enough; `keep_alive` channels survive a lost heartbeat. `timeout` is per try:
    a call, its `retries` included, fails within timeout × (retries + 1). `wait_banner`: wait
    for the boot banner after opening (a Uno resets on open); pass False for a device that does
    not reset when the port opens (the emulator, boards with auto-reset disabled)."""

    def __init__(
        self,
        port: str,
        *,
        heartbeat: float | None = None,
        keep_alive: Iterable[int] = (),
        timeout: float = 0.3,
        retries: int = 3,
        wait_banner: bool = True,
        banner_timeout: float = 4.0,
        reconnect: bool = True,
        on_event: Callable[[RelayEvent], None] | None = None,
        baudrate: int = 115200,
    ) -> None:
        if heartbeat is not None and not 1 <= heartbeat <= 3600:
            raise ValueError("heartbeat must be between 1 and 3600 seconds")
        self.port = port
        self.heartbeat = heartbeat
        self.timeout = timeout
        self.retries = retries
        self._keep_alive = set(keep_alive)
        self._on_event = on_event
        self._wait_banner = wait_banner
        self._link = SerialLink(
            port,
            baudrate=baudrate,
            on_line=self._on_line,
            on_state=self._on_state,
            banner=is_banner if wait_banner else None,
            banner_timeout=banner_timeout,
            reconnect=reconnect,
            write_timeout=max(timeout, 0.2),
        )
        self._seq = 1 + secrets.randbelow(MAX_SEQ)
        self._call_lock = threading.Lock()
        self._cv = threading.Condition()
        self._pending: int | None = None  # guarded by _cv
        self._reply: Reply | None = None
        self._nudged = False
        self._epoch = 0  # bumped when the link drops or the device resets
        self._expect_banner = False
        self._boot_during_sync = False
        self._last_eseq: int | None = None
        self._last_uptime: int | None = None  # the controller's `up=`, guarded by _cv

        self._state_lock = threading.Lock()
        self._info: DeviceInfo | None = None
        self._status: RelayStatus | None = None
        self._expected_until: dict[int, float] = {}  # channel -> monotonic end, host's view
        # Channels whose UNLOCK went unanswered, to lock once the controller answers again;
        # `_unlock_turn` counts unlock() calls per channel so a newer one is never undone.
        self._uncertain: dict[int, int] = {}  # channel -> its _unlock_turn when it failed
        self._unlock_turn: dict[int, int] = {}
        self._recover_at = 0.0

        self._jobs: queue.Queue[tuple[str, bool]] = queue.Queue()
        self._events: queue.Queue[RelayEvent | None] = queue.Queue()
        self._ready = threading.Event()
        self._stopping = threading.Event()
        self._worker: threading.Thread | None = None
        self._dispatcher: threading.Thread | None = None
        self._last_exchange = 0.0
        self._silent = False
        self.noise_lines = 0

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self, timeout: float = 5.0) -> None:
        """Connect and run the handshake; raises RelayError if not ready within `timeout`
        (with reconnect on, the client keeps trying in the background)."""
        self._stopping.clear()
        self._jobs = queue.Queue()  # nothing from a previous run, not even its "stop"
        self._events = queue.Queue()
        self._dispatcher = threading.Thread(
            target=self._dispatch,
            args=(self._events,),
            name=f"relay-events:{self.port}",
            daemon=True,
        )
        self._dispatcher.start()
        self._worker = threading.Thread(
            target=self._work, name=f"relay-client:{self.port}", daemon=True
        )
        self._worker.start()
        deadline = time.monotonic() + timeout
        try:
            self._link.start(timeout=timeout)
        except LinkError as exc:
            self.stop()
            raise RelayError(str(exc)) from exc
        if not self._ready.wait(max(0.0, deadline - time.monotonic())):
            if not self._link.reconnect:
                self.stop()
            raise RelayError(f"{self.port}: relay controller not ready within {timeout:g} s")

    def stop(self) -> None:
        self._stopping.set()
        self._link.stop()
        self._jobs.put(("stop", False))
        self._events.put(None)
        worker, self._worker = self._worker, None
        dispatcher, self._dispatcher = self._dispatcher, None
        for thread in (worker, dispatcher):
            if thread is not None and thread is not threading.current_thread():
                thread.join(2.0)
        self._ready.clear()

    def __enter__(self) -> RelayClient:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    def wait_ready(self, timeout: float) -> bool:
        return self._ready.wait(timeout)

    @property
    def info(self) -> DeviceInfo | None:
        with self._state_lock:
            return self._info

    @property
    def state(self) -> RelayStatus | None:
        """The last known state (from STATUS, replies and events); None before the handshake."""
        with self._state_lock:
            return self._status

    # -- commands -----------------------------------------------------------------------------

    def hello(self) -> DeviceInfo:
        info = _info_from(self._call("HELLO").fields)
        with self._state_lock:
            self._info = info
        return info

    def status(self) -> RelayStatus:
        fields = self._call("STATUS").fields
        status = _status_from(fields)
        with self._state_lock:
            self._status = status
        self._check_uptime(fields)
        heartbeat = self.heartbeat
        if heartbeat is not None and status.heartbeat_s != math.ceil(heartbeat):
            # Only a reset switches the heartbeat off behind the host's back.
            self._reset_noticed(f"heartbeat is {status.heartbeat_s} s, not {heartbeat:g} s")
        return status

    def unlock(self, channel: int, seconds: int) -> None:
        """Power `channel` for `seconds` (1..86400); the controller relocks it by itself.

        If the controller does not confirm (timeout, lost link, reset), it may still have acted:
        the channel then counts as unlocked, an UnlockUnconfirmed event is sent and the client
        locks the channel as soon as the controller answers again (UnlockRevoked)."""
        with self._state_lock:
            turn = self._unlock_turn.get(channel, 0) + 1
            self._unlock_turn[channel] = turn
        try:
            self._call("UNLOCK", channel, seconds)
        except (RelayRefused, _NotSent):
            raise  # answered, or never sent: the controller did nothing
        except RelayError as exc:
            with self._state_lock:
                self._uncertain[channel] = turn
                self._expected_until.pop(channel, None)
                self._set_channel(channel, unlocked=True, seconds_left=seconds)
            self._recover_at = 0.0
            log.warning("relay %s: unlock of channel %d unconfirmed: %s", self.port, channel, exc)
            self._emit(UnlockUnconfirmed(channel, str(exc)))
            raise
        with self._state_lock:
            self._uncertain.pop(channel, None)
            self._expected_until[channel] = time.monotonic() + seconds
            self._set_channel(channel, unlocked=True, seconds_left=seconds)

    def lock(self, channel: int) -> None:
        self._call("LOCK", channel)
        with self._state_lock:
            self._uncertain.pop(channel, None)
            self._expected_until.pop(channel, None)
            self._set_channel(channel, unlocked=False, seconds_left=0)

    def lock_all(self) -> None:
        self._call("LOCK", "ALL")
        with self._state_lock:
            self._uncertain.clear()
            self._expected_until.clear()
            if self._status is not None:
                for state in self._status.channels:
                    self._set_channel(state.channel, unlocked=False, seconds_left=0)

    def ping(self) -> None:
        self._check_uptime(self._call("PING").fields)

    def set_heartbeat(self, seconds: int) -> None:
        """Arm (1..3600 s) or switch off (0) the controller's heartbeat timeout."""
        self._call("HB", seconds)
        self.heartbeat = seconds or None

    def set_keep_alive(self, channel: int, on: bool) -> None:
        self._call("KEEP", channel, 1 if on else 0)
        if on:
            self._keep_alive.add(channel)
        else:
            self._keep_alive.discard(channel)
        with self._state_lock:
            self._set_channel(channel, keep_alive=on)

    def configure(
        self,
        *,
        polarity: str | None = None,
        nc_inputs: Iterable[int] | None = None,
        feedback_channels: Iterable[int] | None = None,
        keep_alive_cap_s: int | None = None,
    ) -> DeviceInfo:
        """Change settings the controller keeps in EEPROM (firmware 1.1): the relay modules'
        polarity ("low" or "high"; changing it locks every channel), the inputs wired normally
        closed, the channels with a feedback input, the keep-alive cap in seconds (0..86400,
        0 = none). Returns the identity as the controller reports it afterwards."""
        if polarity is not None:
            self._call("SET", "pol", polarity)
        for key, numbers in (("nc", nc_inputs), ("fb", feedback_channels)):
            if numbers is not None:
                self._call("SET", key, ",".join(str(n) for n in sorted(set(numbers))) or "-")
        if keep_alive_cap_s is not None:
            self._call("SET", "kamax", keep_alive_cap_s)
        if polarity is not None:
            with self._state_lock:
                self._uncertain.clear()
                self._expected_until.clear()
            self.status()
        return self.hello()

    # -- the request/reply exchange ------------------------------------------------------------

    def _call(
        self,
        verb: str,
        *args: str | int,
        require_ready: bool = True,
        only_if: Callable[[], bool] | None = None,
    ) -> Reply:
        """One request and its reply, all within one deadline: waiting for the handshake, for
        another call to finish, and every try. `only_if` is checked once the call has the line
        to itself; if it no longer holds, nothing is sent and _Skipped is raised."""
        deadline = time.monotonic() + self.timeout * (self.retries + 1)
        if require_ready and not self._ready.wait(max(0.0, deadline - time.monotonic())):
            raise _NotSent(f"{self.port}: relay controller not connected")
        if not self._call_lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise _LineBusy(f"{self.port}: another command is still running")
        try:
            if only_if is not None and not only_if():
                raise _Skipped(verb)
            self._seq = next_seq(self._seq)
            seq = self._seq
            frame = encode_request(seq, verb, *args)
            reply = self._exchange(seq, frame, verb, deadline)
        finally:
            self._call_lock.release()
        self._last_exchange = time.monotonic()
        if self._silent:
            self._silent = False
            self._emit(Responsive())
        if not reply.ok:
            raise RelayRefused(reply.code, f"{verb} refused by the controller: {reply.code}")
        return reply

    def _exchange(self, seq: int, frame: bytes, verb: str, deadline: float) -> Reply:
        with self._cv:
            epoch = self._epoch
            self._pending, self._reply = seq, None
        tries = 0
        try:
            while tries <= self.retries:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                tries += 1
                with self._cv:
                    self._nudged = False
                try:
                    self._link.write(frame, timeout=min(self.timeout, left))
                except LinkError as exc:
                    raise RelayError(f"{self.port}: {verb} not sent: {exc}") from exc
                with self._cv:
                    self._cv.wait_for(
                        lambda: self._reply is not None or self._nudged or self._epoch != epoch,
                        max(0.0, min(self.timeout, deadline - time.monotonic())),
                    )
                    if self._reply is not None:
                        return self._reply
                    if self._epoch != epoch:
                        raise RelayError(
                            f"{self.port}: connection lost or device reset during {verb}"
                        )
            if tries == 0:
                raise _LineBusy(f"{self.port}: another command took the time for {verb}")
            raise RelayTimeout(f"{self.port}: no reply to {verb} after {tries} tries")
        finally:
            with self._cv:
                self._pending = None

    def _check_uptime(self, fields: Mapping[str, str]) -> None:
        """A controller's uptime only grows (until millis() wraps): if it fell, it reset, even
        if its banner never arrived whole."""
        try:
            uptime = int(fields["up"])
        except (KeyError, ValueError):
            return
        with self._cv:
            last, self._last_uptime = self._last_uptime, uptime
        wrapped = last is not None and last > UPTIME_WRAP_S - 3600 and uptime < 3600
        if last is not None and uptime < last and not wrapped:
            self._reset_noticed(f"uptime fell from {last} s to {uptime} s")

    def _reset_noticed(self, why: str) -> None:
        with self._cv:
            if not self._ready.is_set():
                return  # a handshake is due anyway
            self._ready.clear()
            self._epoch += 1
            self._cv.notify_all()
        log.warning("relay %s: the controller reset (%s)", self.port, why)
        self._jobs.put(("sync", True))

    # -- reader thread ------------------------------------------------------------------------

    def _on_state(self, state: LinkState) -> None:
        if state.kind == "connected":
            with self._cv:
                self._expect_banner = self._wait_banner
                self._last_eseq = None
            self._jobs.put(("sync", False))
        elif state.kind == "disconnected":
            self._ready.clear()
            with self._cv:
                self._epoch += 1
                self._cv.notify_all()
            self._emit(Disconnected(state.detail))
        else:
            # The link reports each distinct problem once; callers see it as not ready.
            log.info("relay %s: %s", self.port, state.detail)

    def _on_line(self, line: bytes) -> None:
        item = parse_device_line(line)
        if isinstance(item, Malformed):
            self.noise_lines += 1
            log.debug("relay %s: ignored a %s line", self.port, item.reason)
            banner = banner_in(line)
            if banner is not None:  # a reset cut a line short and its banner followed on it
                self._on_event_frame(banner)
        elif isinstance(item, Reply):
            with self._cv:
                if self._pending is not None and item.seq == self._pending:
                    self._reply = item
                    self._cv.notify_all()
                elif item.seq == 0 and item.code in FRAME_ERRORS and self._pending is not None:
                    self._nudged = True  # the request arrived damaged: resend at once
                    self._cv.notify_all()
        else:
            self._on_event_frame(item)

    def _on_event_frame(self, event: Event) -> None:
        if event.name == "BOOT" and event.eseq == 0:
            with self._cv:
                expected = self._expect_banner
                self._expect_banner = False
                self._last_eseq = 0
                if not expected and not self._ready.is_set():
                    # It booted while the handshake ran (e.g. just powered up): whatever the
                    # handshake set may be gone, so it runs again; no session was lost.
                    self._boot_during_sync = True
                    return
                if not expected:
                    self._ready.clear()
                    self._epoch += 1
                    self._cv.notify_all()
            if not expected:
                self._jobs.put(("sync", True))
            return
        with self._cv:
            last, self._last_eseq = self._last_eseq, event.eseq
        if last is not None:
            gap = (event.eseq - last - 1) % MAX_SEQ
            if gap:
                self._emit(EventsMissed(gap))
        try:
            translated = self._translate(event)
        except (KeyError, ValueError):  # a well-sealed frame with fields we cannot use
            self.noise_lines += 1
            return
        if translated is not None:
            self._emit(translated)

    def _translate(self, event: Event) -> RelayEvent | None:
        fields = event.fields
        if event.name == "EXPIRED":
            channel = int(fields["ch"])
            with self._state_lock:
                self._expected_until.pop(channel, None)
                self._set_channel(channel, unlocked=False, seconds_left=0)
            return ChannelExpired(channel)
        if event.name in ("HBLOST", "ESTOP", "KACAP"):
            channels = int_list(fields["ch"])
            with self._state_lock:
                for channel in channels:
                    self._expected_until.pop(channel, None)
                    self._set_channel(channel, unlocked=False, seconds_left=0)
            if event.name == "KACAP":
                return KeepAliveCapped(channels)
            return HeartbeatLost(channels) if event.name == "HBLOST" else EStopLocked(channels)
        if event.name == "FAULT":
            return FeedbackFault(int(fields["ch"]), fields["v"] == "1")
        if event.name == "INPUT":
            number, active = int(fields["in"]), fields["v"] == "1"
            with self._state_lock:
                if self._status is not None and 1 <= number <= len(self._status.inputs):
                    inputs = list(self._status.inputs)
                    inputs[number - 1] = active
                    self._status = replace(self._status, inputs=tuple(inputs))
            return InputChanged(number, active)
        return None

    def _set_channel(
        self,
        channel: int,
        *,
        unlocked: bool | None = None,
        seconds_left: int | None = None,
        keep_alive: bool | None = None,
    ) -> None:
        """Update the cached status; the caller holds _state_lock."""
        status = self._status
        if status is None or not 1 <= channel <= len(status.channels):
            return
        old = status.channel(channel)
        new = ChannelState(
            channel,
            old.unlocked if unlocked is None else unlocked,
            old.seconds_left if seconds_left is None else seconds_left,
            old.keep_alive if keep_alive is None else keep_alive,
        )
        channels = list(status.channels)
        channels[channel - 1] = new
        self._status = replace(status, channels=tuple(channels))

    # -- worker thread ------------------------------------------------------------------------

    def _work(self) -> None:
        while not self._stopping.is_set():
            try:
                kind, reset = self._jobs.get(timeout=self._idle_wait())
            except queue.Empty:
                pass
            else:
                if kind == "stop":
                    return
                if kind == "sync":
                    self._sync(reset=reset)
            self._heartbeat()
            self._recover()

    def _idle_wait(self) -> float:
        wait = 0.5
        now = time.monotonic()
        if self.heartbeat is not None and self._ready.is_set():
            wait = min(wait, self._last_exchange + self.heartbeat / 4 - now)
        with self._state_lock:
            uncertain = bool(self._uncertain)
        if uncertain and self._ready.is_set():
            wait = min(wait, self._recover_at - now)
        return max(0.01, wait)

    def _heartbeat(self) -> None:
        if self.heartbeat is None or not self._ready.is_set():
            return
        if time.monotonic() - self._last_exchange < self.heartbeat / 4:
            return
        try:
            self.ping()
        except RelayError as exc:
            if not self._silent and self._ready.is_set():
                self._silent = True
                log.warning("relay %s: heartbeat failed: %s", self.port, exc)
                self._emit(Unresponsive(str(exc)))
            # Pace the next ping from this attempt, not from the last reply.
            self._last_exchange = time.monotonic()

    def _recover(self) -> None:
        """Lock, with a new request, every channel whose UNLOCK went unanswered: the controller
        may have acted on it, and the user was told it failed."""
        if not self._ready.is_set() or time.monotonic() < self._recover_at:
            return
        with self._state_lock:
            pending = sorted(self._uncertain.items())
        for channel, turn in pending:
            # A later unlock() or lock() of the channel decides instead.
            def still_wanted(channel: int = channel, turn: int = turn) -> bool:
                with self._state_lock:
                    return self._uncertain.get(channel) == turn

            try:
                self._call("LOCK", channel, only_if=still_wanted)
            except _Skipped:
                continue
            except RelayError as exc:
                log.info("relay %s: channel %d not locked yet: %s", self.port, channel, exc)
                self._recover_at = time.monotonic() + RECOVER_PAUSE_S
                return
            with self._state_lock:
                if self._uncertain.get(channel) != turn:
                    continue
                del self._uncertain[channel]
                self._expected_until.pop(channel, None)
                self._set_channel(channel, unlocked=False, seconds_left=0)
            self._emit(UnlockRevoked(channel))

    def _sync(self, *, reset: bool) -> None:
        """Handshake after every (re)connect or reset: identify, configure, re-read STATUS,
        compare with what the host expected."""
        with self._cv:
            self._boot_during_sync = False
        try:
            info = _info_from(self._call("HELLO", require_ready=False).fields)
            with self._state_lock:
                self._info = info
            if self.heartbeat is not None:
                self._call("HB", math.ceil(self.heartbeat), require_ready=False)
            for channel in sorted(self._keep_alive):
                self._call("KEEP", channel, 1, require_ready=False)
            status = _status_from(self._call("STATUS", require_ready=False).fields)
        except RelayError as exc:
            log.warning("relay %s: handshake failed: %s", self.port, exc)
            if not self._stopping.is_set() and self._link.connected:
                self._jobs.put(("sync", reset))
            return
        differences = self._reconcile(status)
        with self._cv:  # the reader checks `ready` under this lock when a banner arrives
            rebooted, self._boot_during_sync = self._boot_during_sync, False
            if not rebooted:
                self._last_uptime = status.uptime_s
                self._ready.set()
        if rebooted:
            self._jobs.put(("sync", reset))
            return
        # Only now, with the client ready, so that a handler may use it at once.
        if reset:
            self._emit(DeviceReset(info))
        self._emit(Connected(info))
        self._emit(Reconciled(status, differences))

    def _reconcile(self, status: RelayStatus) -> tuple[Discrepancy, ...]:
        now = time.monotonic()
        differences = []
        with self._state_lock:
            for state in status.channels:
                end = self._expected_until.get(state.channel)
                expected = end is not None and end > now
                if end is not None and abs(end - now) < EXPIRY_SLACK_S:
                    continue  # it may just have run out on either side
                if expected != state.unlocked:
                    differences.append(Discrepancy(state.channel, expected, state.unlocked))
            # The device is the truth from here on; the host never re-unlocks by itself.
            self._expected_until = {
                s.channel: now + s.seconds_left for s in status.channels if s.unlocked
            }
            self._status = status
        return tuple(differences)

    # -- event thread -------------------------------------------------------------------------

    def _emit(self, event: RelayEvent) -> None:
        if self._on_event is not None:
            self._events.put(event)

    def _dispatch(self, events: queue.Queue[RelayEvent | None]) -> None:
        handler = self._on_event
        while True:
            event = events.get()
            if event is None:
                return
            if handler is None:
                continue
            try:
                handler(event)
            except Exception:
                log.exception("relay %s: event handler failed", self.port)


def probe(port: str, timeout: float = 2.0) -> str | None:
    """A one-line description if a relay controller answers on `port`, else None.

    Switches nothing: it sends HELLO and STATUS only. It first waits for the boot banner (a
    stock Uno resets when the port opens); a controller with auto-reset disabled sends none, so
    then it asks with HELLO straight away."""
    banner_budget = timeout * 0.6
    for wait_banner, budget in ((True, banner_budget), (False, timeout - banner_budget)):
        client = RelayClient(
            port,
            timeout=min(0.3, budget / 3),
            retries=2,
            reconnect=False,
            wait_banner=wait_banner,
            banner_timeout=budget,
        )
        try:
            client.start(timeout=budget)
        except (RelayError, ValueError):
            continue
        try:
            info = client.info
            return info.describe() if info else None
        finally:
            client.stop()
    return None
