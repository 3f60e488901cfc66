"""Typed client for the relay/lock controller: `RelaySession` (the protocol, sans-I/O) on the
shared SerialLink.

Threads: the link's reader feeds each line to the session and wakes whoever waits; a worker
thread of the client writes what the session says to write, when it says so (requests, resends,
heartbeat pings, the locking of unconfirmed unlocks); a separate event thread runs the
`on_event` callbacks in order, so a slow callback never delays a ping and a callback may call the
client. One lock guards the session. A whole call, waiting and retries included, ends within
timeout × (retries + 1)."""

from __future__ import annotations

import logging
import queue
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from types import TracebackType

from hardware.relay.calls import Call
from hardware.relay.events import DeviceInfo, RelayEvent, RelayStatus
from hardware.relay.protocol import MAX_SEQ, Reply, banner_in
from hardware.relay.session import RelaySession
from hardware.transport import LinkError, LinkState, SerialLink

log = logging.getLogger(__name__)

# The worker looks at the clock at least this often, whatever the session's next deadline.
IDLE_WAIT_S = 0.5


class RelayError(Exception):
    """The controller could not be reached or answered nonsense."""


class RelayTimeout(RelayError):
    """No valid reply within the call's timeout, after every retry."""


class RelayRefused(RelayError):
    """The controller answered `ERR <code>`."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class _NotSent(RelayError):
    """The call failed before its request was written: the controller cannot have acted."""


class _LineBusy(RelayTimeout, _NotSent):
    """The call's time ran out while it waited for another call to finish."""


def is_banner(line: bytes) -> bool:
    return banner_in(line) is not None


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
        self.port = port
        self._session = RelaySession(
            port=port,
            heartbeat=heartbeat,
            keep_alive=keep_alive,
            timeout=timeout,
            retries=retries,
            wait_banner=wait_banner,
            first_seq=1 + secrets.randbelow(MAX_SEQ),
        )
        self._on_event = on_event
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
        self._cv = threading.Condition()
        self._ready = threading.Event()
        self._stopping = threading.Event()
        self._events: queue.Queue[RelayEvent | None] = queue.Queue()
        self._worker: threading.Thread | None = None
        self._dispatcher: threading.Thread | None = None

    # -- settings the session holds ------------------------------------------------------------

    @property
    def heartbeat(self) -> float | None:
        with self._cv:
            return self._session.heartbeat

    @property
    def timeout(self) -> float:
        return self._session.timeout

    @property
    def retries(self) -> int:
        return self._session.retries

    @property
    def noise_lines(self) -> int:
        with self._cv:
            return self._session.noise_lines

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self, timeout: float = 5.0) -> None:
        """Connect and run the handshake; raises RelayError if not ready within `timeout`
        (with reconnect on, the client keeps trying in the background)."""
        self._stopping.clear()
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
        with self._cv:
            self._cv.notify_all()
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
        with self._cv:
            return self._session.info

    @property
    def state(self) -> RelayStatus | None:
        """The last known state (from STATUS, replies and events); None before the handshake."""
        with self._cv:
            return self._session.status

    # -- commands -----------------------------------------------------------------------------

    def hello(self) -> DeviceInfo:
        self._call("HELLO")
        info = self.info
        assert info is not None
        return info

    def status(self) -> RelayStatus:
        self._call("STATUS")
        status = self.state
        assert status is not None
        return status

    def unlock(self, channel: int, seconds: int) -> None:
        """Power `channel` for `seconds` (1..86400); the controller relocks it by itself.

        If the controller does not confirm (timeout, lost link, reset), it may still have acted:
        the channel then counts as unlocked, an UnlockUnconfirmed event is sent and the client
        locks the channel as soon as the controller answers again (UnlockRevoked)."""
        self._call("UNLOCK", channel, seconds)

    def lock(self, channel: int) -> None:
        self._call("LOCK", channel)

    def lock_all(self) -> None:
        self._call("LOCK", "ALL")

    def ping(self) -> None:
        self._call("PING")

    def set_heartbeat(self, seconds: int) -> None:
        """Arm (1..3600 s) or switch off (0) the controller's heartbeat timeout."""
        self._call("HB", seconds)

    def set_keep_alive(self, channel: int, on: bool) -> None:
        self._call("KEEP", channel, 1 if on else 0)

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
            self.status()
        return self.hello()

    # -- one call, as the session runs it -------------------------------------------------------

    def _call(self, verb: str, *args: str | int) -> Reply:
        with self._cv:
            call = self._session.request(verb, *args)
            self._cv.notify_all()
            # The session ends every call by its deadline; the margin covers a stalled write.
            margin = self._session.timeout + 1.0
            if not self._cv.wait_for(lambda: call.done, call.deadline - time.monotonic() + margin):
                self._session.cancel(call)  # no worker ran it: the client is not started
        return self._outcome(call)

    def _outcome(self, call: Call) -> Reply:
        if call.reply is not None and call.failure is None:
            if not call.reply.ok:
                code = call.reply.code
                raise RelayRefused(code, f"{call.verb} refused by the controller: {code}")
            return call.reply
        detail = call.detail or f"{self.port}: no reply to {call.verb}"
        if call.failure in ("not_sent", None):
            raise _NotSent(detail)
        if call.failure == "busy":
            raise _LineBusy(detail)
        if call.verb == "UNLOCK":
            channel = call.args[0]
            log.warning("relay %s: unlock of %s unconfirmed: %s", self.port, channel, detail)
        if call.failure == "timeout":
            raise RelayTimeout(detail)
        raise RelayError(detail)

    # -- threads ------------------------------------------------------------------------------

    def _absorb(self, events: list[RelayEvent]) -> None:
        """Take the session's news: readiness and events (queued in order). Holds _cv."""
        if self._session.ready:
            self._ready.set()
        else:
            self._ready.clear()
        if self._on_event is not None:
            for event in events:
                self._events.put(event)
        self._cv.notify_all()

    def _on_state(self, state: LinkState) -> None:
        with self._cv:
            if state.kind == "connected":
                self._absorb(self._session.connected())
            elif state.kind == "disconnected":
                self._absorb(self._session.disconnected(state.detail))
            else:
                # The link reports each distinct problem once; callers see it as not ready.
                log.info("relay %s: %s", self.port, state.detail)

    def _on_line(self, line: bytes) -> None:
        with self._cv:
            self._absorb(self._session.receive(line))

    def _work(self) -> None:
        while not self._stopping.is_set():
            with self._cv:
                self._absorb(self._session.poll())
                writes = self._session.next_writes()
                if not writes:
                    deadline = self._session.next_deadline()
                    wait = IDLE_WAIT_S
                    if deadline is not None:
                        wait = min(wait, max(deadline - time.monotonic(), 0.002))
                    self._cv.wait(wait)
                    continue
            for call, frame in writes:
                left = call.deadline - time.monotonic()
                try:
                    self._link.write(frame, timeout=max(min(self._session.timeout, left), 0.01))
                except LinkError as exc:
                    with self._cv:
                        self._absorb(self._session.write_failed(call, str(exc)))

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
