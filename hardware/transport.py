"""A line-oriented serial link: one reader thread per device, framed lines out, serialised writes.

The link owns the port. It opens it (by path, pyserial URL or "usb:VID:PID[:SERIAL]"), waits for
the device's banner when asked to (an Arduino resets when the port opens and talks only once its
sketch runs), hands every complete line to `on_line` on its reader thread, and reports changes
as immutable `LinkState` values through `on_state`. When the device vanishes it closes the port
and reopens it with exponential backoff until the device comes back or `stop()` is called."""

from __future__ import annotations

import errno
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Literal, Protocol, cast

import serial

from hardware.discovery import PortNotFound, request_low_latency, resolve_port
from hardware.framing import FramerEvent, LineFramer, LineTooLong
from hardware.port_names import parse_usb_spec

log = logging.getLogger(__name__)

# Reads block at most this long, so the reader notices stop() quickly without spinning.
READ_TIMEOUT = 0.05
BACKOFF_FIRST = 0.1
BACKOFF_MAX = 5.0
JOIN_TIMEOUT = 2.0

# Everything up to the last byte that is neither printable ASCII nor a tab.
_NOISE = re.compile(rb"^.*[^\x20-\x7e\t]", re.DOTALL)


@dataclass(frozen=True)
class LinkState:
    """What happened to a link. Immutable, so it may be handed to any thread."""

    kind: Literal["connected", "disconnected", "error"]
    port: str
    detail: str = ""


class LinkError(Exception):
    """The port is missing or closed, or a write failed."""


class LinkTimeout(LinkError):
    """A call ran past its timeout."""


def describe_serial_error(exc: BaseException) -> str:
    """A short reason a person can act on, instead of pyserial's doubled errno text."""
    code = getattr(exc, "errno", None)
    if code == errno.ENOENT:
        return "no such port (is the device plugged in?)"
    if code == errno.EACCES:
        return "permission denied (is this user in the dialout group?)"
    if code in (errno.EBUSY, errno.EAGAIN):
        return "port is in use by another program"
    if code == errno.EIO:
        return "input/output error (device unplugged?)"
    text = str(exc).strip()
    return text or type(exc).__name__


class SerialLink:
    """See the module docstring. Callbacks run on the link's reader thread; an exception in one
    is reported as an "error" state and never stops the reader.

    After every (re)open, a "connected" state is reported first and the banner line (if a banner
    was awaited) is then delivered to `on_line`, so a driver can reset its protocol state on
    "connected" and read the device's identity from the banner."""

    def __init__(
        self,
        port: str,
        *,
        baudrate: int = 115200,
        on_line: Callable[[bytes], None],
        on_state: Callable[[LinkState], None] | None = None,
        max_line: int = 512,
        banner: Callable[[bytes], bool] | None = None,
        banner_timeout: float = 4.0,
        reconnect: bool = True,
        write_timeout: float = 1.0,
        hupcl: bool | None = None,
    ) -> None:
        """`hupcl`: False clears HUPCL on the port once open, so that closing it does not drop
        DTR and the next open does not reset a board wired to reset on DTR; None leaves the
        port's setting alone."""
        parse_usb_spec(port)  # a malformed "usb:" name is a config mistake: say so now
        if write_timeout <= 0 or banner_timeout <= 0:
            raise ValueError("timeouts must be positive")
        self.port = port
        self.baudrate = baudrate
        self.max_line = max_line
        self.banner_timeout = banner_timeout
        self.reconnect = reconnect
        self.write_timeout = write_timeout
        self.hupcl = hupcl
        self._on_line = on_line
        self._on_state = on_state
        self._banner = banner
        self._framer = LineFramer(max_line)

        self._write_lock = threading.Lock()
        self._lifecycle_lock = threading.Lock()
        self._serial: serial.Serial | None = None  # guarded by _write_lock
        self._connected = threading.Event()
        self._settled = threading.Event()  # connected once, or gave up
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_problem = ""

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self, timeout: float = 5.0) -> None:
        """Open the port and start the reader.

        Returns once connected (banner seen, if one is awaited). If that does not happen within
        `timeout`: with `reconnect` the link keeps trying in the background and this returns
        with `connected` False; without it, the link is stopped and LinkError says why."""
        with self._lifecycle_lock:
            if self._thread is not None and self._thread.is_alive():
                # A reader held by a callback after stop() must not be revived by clearing
                # the stop flag under it.
                state = "still closing" if self._stopping.is_set() else "already started"
                raise LinkError(f"{self.port}: link {state}")
            self._stopping.clear()
            self._settled.clear()
            self._connected.clear()
            self._last_problem = ""
            self._thread = threading.Thread(
                target=self._run, name=f"serial-link:{self.port}", daemon=True
            )
            self._thread.start()
        self._settled.wait(timeout)
        if self._connected.is_set() or self.reconnect:
            return
        problem = self._last_problem or f"not connected within {timeout:g} s"
        self.stop()
        raise LinkError(f"{self.port}: {problem}")

    def stop(self) -> None:
        """Close the port and end the reader thread. Safe to call twice, or from a callback."""
        self._stopping.set()
        with self._lifecycle_lock:
            thread = self._thread
        if thread is None or thread is threading.current_thread():
            return
        thread.join(JOIN_TIMEOUT)
        if thread.is_alive():
            # Only a callback that never returns can hold the reader; it closes the port after.
            log.warning("serial link %s: reader still busy in a callback after stop()", self.port)

    def __enter__(self) -> SerialLink:
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
    def connected(self) -> bool:
        return self._connected.is_set()

    def wait_connected(self, timeout: float) -> bool:
        return self._connected.wait(timeout)

    # -- writing --------------------------------------------------------------------------------

    def write(self, data: bytes, timeout: float | None = None) -> None:
        """Send `data` whole. Writers from several threads take turns; the wait for the turn
        counts against `timeout` (default: the link's write_timeout)."""
        limit = self.write_timeout if timeout is None else timeout
        deadline = time.monotonic() + limit
        if not self._connected.is_set():
            raise LinkError(f"{self.port}: not connected")
        if not self._write_lock.acquire(timeout=max(limit, 0.0)):
            raise LinkTimeout(f"{self.port}: another write held the port for {limit:g} s")
        try:
            port = self._serial
            if port is None or not self._connected.is_set():
                raise LinkError(f"{self.port}: not connected")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise LinkTimeout(f"{self.port}: write timed out after {limit:g} s")
            # The public setter re-applies every termios setting on each change; write() only
            # reads this attribute, and only this thread writes while the lock is held.
            cast(_WriteTimeoutSlot, port)._write_timeout = remaining
            port.write(data)
        except serial.SerialTimeoutException as exc:
            raise LinkTimeout(f"{self.port}: write timed out after {limit:g} s") from exc
        except (serial.SerialException, OSError) as exc:
            raise LinkError(f"{self.port}: write failed: {describe_serial_error(exc)}") from exc
        finally:
            self._write_lock.release()

    # -- the reader thread ----------------------------------------------------------------------

    def _run(self) -> None:
        delays = backoff_delays()
        try:
            while not self._stopping.is_set():
                port, problem = self._open()
                if port is not None:
                    problem = self._await_banner(port)
                    if problem is None:
                        self._serve(port)
                        delays = backoff_delays()
                    else:
                        self._close(port)
                if self._stopping.is_set():
                    break
                if problem is not None:
                    self._report_problem(problem)
                if not self.reconnect or self._stopping.wait(next(delays)):
                    break
        finally:
            self._settled.set()

    def _open(self) -> tuple[serial.Serial | None, str | None]:
        try:
            target = resolve_port(self.port)
        except PortNotFound as exc:
            return None, str(exc)
        try:
            # exclusive: a second program (a probe, another kiosk) gets "in use" instead of
            # interleaving its bytes with ours; on POSIX a second open also leaves DTR alone,
            # so the device is not reset under its owner.
            port = serial.serial_for_url(
                target,
                baudrate=self.baudrate,
                timeout=READ_TIMEOUT,
                write_timeout=1.0,
                exclusive=True,
            )
        except (serial.SerialException, OSError, ValueError) as exc:
            return None, f"cannot open: {describe_serial_error(exc)}"
        request_low_latency(port)
        if self.hupcl is not None:
            set_hupcl(port, self.hupcl)
        self._framer.reset()
        return port, None

    def _await_banner(self, port: serial.Serial) -> str | None:
        """Wait for the banner; None once connected, else why not."""
        if self._banner is None:
            self._go_connected(port)
            return None
        deadline = time.monotonic() + self.banner_timeout
        while not self._stopping.is_set():
            if time.monotonic() >= deadline:
                return f"no banner from the device within {self.banner_timeout:g} s"
            try:
                data = _read_available(port)
            except (serial.SerialException, OSError) as exc:
                return f"lost while waiting for the banner: {describe_serial_error(exc)}"
            events = self._framer.feed(data) if data else []
            for index, event in enumerate(events):
                banner = self._find_banner(event) if isinstance(event, bytes) else None
                if banner is not None:
                    self._go_connected(port)
                    self._dispatch([banner, *events[index + 1 :]])
                    return None
        return "stopped"

    def _find_banner(self, line: bytes) -> bytes | None:
        """The banner in `line`, or None. A board that resets on open may print bootloader
        noise with no newline before its banner; the banner is then the printable tail."""
        candidates = [line]
        noise = _NOISE.search(line)
        if noise is not None:
            candidates.append(line[noise.end() :])
        for candidate in candidates:
            if self._is_banner(candidate):
                return candidate
        return None

    def _is_banner(self, line: bytes) -> bool:
        assert self._banner is not None
        try:
            return bool(self._banner(line))
        except Exception:
            log.exception("serial link %s: banner check failed", self.port)
            return False

    def _serve(self, port: serial.Serial) -> None:
        reason = "closed"
        while not self._stopping.is_set():
            try:
                data = _read_available(port)
            except (serial.SerialException, OSError) as exc:
                reason = f"device lost: {describe_serial_error(exc)}"
                break
            if data:
                self._dispatch(self._framer.feed(data))
        self._connected.clear()
        self._close(port)
        self._emit("disconnected", reason)

    def _go_connected(self, port: serial.Serial) -> None:
        with self._write_lock:
            self._serial = port
        self._last_problem = ""
        self._connected.set()
        self._settled.set()
        self._emit("connected")

    def _close(self, port: serial.Serial) -> None:
        # Under the write lock: a writer must never use a descriptor number the OS may reuse.
        with self._write_lock:
            if self._serial is port:
                self._serial = None
            try:
                port.close()
            except (serial.SerialException, OSError) as exc:
                log.debug("serial link %s: close failed: %s", self.port, exc)

    def _dispatch(self, events: Iterable[FramerEvent]) -> None:
        for event in events:
            if isinstance(event, LineTooLong):
                self._emit("error", str(event))
                continue
            try:
                self._on_line(event)
            except Exception as exc:
                # Never log the line itself: it may carry a patron's card number.
                log.exception("serial link %s: line handler failed", self.port)
                self._emit("error", f"line handler failed: {type(exc).__name__}: {exc}")

    def _report_problem(self, problem: str) -> None:
        # While retrying every few seconds, report a problem once, not on every attempt.
        if problem != self._last_problem:
            self._last_problem = problem
            self._emit("error", problem)

    def _emit(self, kind: Literal["connected", "disconnected", "error"], detail: str = "") -> None:
        if self._on_state is None:
            return
        try:
            self._on_state(LinkState(kind, self.port, detail))
        except Exception:
            log.exception("serial link %s: state handler failed", self.port)


def set_hupcl(port: serial.SerialBase, on: bool) -> bool:
    """Set or clear HUPCL on an open POSIX serial port; False where there is none (Windows,
    pyserial URLs), which is not an error."""
    try:
        import termios

        fd = port.fileno()
        attrs = termios.tcgetattr(fd)
        attrs[2] = attrs[2] | termios.HUPCL if on else attrs[2] & ~termios.HUPCL
        termios.tcsetattr(fd, termios.TCSANOW, attrs)
    except (ImportError, AttributeError, OSError, ValueError, serial.SerialException) as exc:
        log.debug("cannot set HUPCL on %s: %s", port.name, exc)
        return False
    return True


def backoff_delays(first: float = BACKOFF_FIRST, cap: float = BACKOFF_MAX) -> Iterator[float]:
    """Pauses between attempts to reopen a port: doubling from `first`, never above `cap`."""
    delay = first
    while True:
        yield delay
        delay = min(delay * 2, cap)


class _WriteTimeoutSlot(Protocol):
    """pyserial's private attribute behind `write_timeout`, which every POSIX and URL port
    reads on each write."""

    _write_timeout: float | None


def _read_available(port: serial.Serial) -> bytes:
    """Whatever has arrived, or wait up to READ_TIMEOUT for the first byte."""
    waiting = port.in_waiting
    return bytes(port.read(waiting or 1))
