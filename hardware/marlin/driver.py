"""`MarlinPrinter`: a Marlin 3D printer on a serial link.

Threads: the link's reader thread feeds every received line to the protocol and writes what it
says to send next; a small housekeeping thread handles reply timeouts, M105 polling and progress
reports. Listeners get immutable events through `on_event`, in order, on the driver's own event
thread (`marlin-events:PORT`), never with a lock held: a slow listener delays later events, not
the stream or any caller. Every public method returns within its timeout."""

from __future__ import annotations

import itertools
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from hardware.marlin.capabilities import Capabilities, parse_m115
from hardware.marlin.dispatch import EventDispatcher
from hardware.marlin.events import (
    Acknowledged,
    FirmwareMessage,
    FirmwareRestarted,
    Halted,
    HostPrompt,
    HostPromptClosed,
    JobLine,
    PowerCutRequested,
    ProtocolEvent,
    ResendImpossible,
    SdStatus,
    Temperatures,
)
from hardware.marlin.gcode import GcodeFile, read_gcode
from hardware.marlin.lines import HeaterReading, parse_sd_progress
from hardware.marlin.printer_state import JobFinished as JobFinished
from hardware.marlin.printer_state import JobProgress as JobProgress
from hardware.marlin.printer_state import PrinterError as PrinterError
from hardware.marlin.printer_state import PrinterEvent as PrinterEvent
from hardware.marlin.printer_state import PrinterState as PrinterState
from hardware.marlin.printer_state import emergency_stop_port as emergency_stop_port
from hardware.marlin.protocol import HEATING_WAITS, MarlinProtocol, ProtocolStats
from hardware.marlin.settings import USER_WAITS, MarlinSettings, TimeoutPolicy
from hardware.marlin.slicer import model_mismatch
from hardware.transport import LinkError, LinkState, SerialLink

log = logging.getLogger(__name__)

HOUSEKEEPING_PERIOD = 0.05
PROGRESS_PERIOD = 0.25
HANDSHAKE_ATTEMPT = 1.0
# A boot banner comes as a burst; this long without a line means it is over.
QUIET_BEFORE_HANDSHAKE = 0.2
REHANDSHAKE_TIME = 10.0
_ACTION = re.compile(r"^//\s*action:")  # both "//action:" and "// action:" are in use


FINISH_COMMAND = "M400"  # waits for the last move to end
# Heaters and fan off after a cancel; moves already in the printer's buffer still finish.
CANCEL_COMMANDS = ("M104 S0", "M140 S0", "M107")


@dataclass
class _Job:
    id: int
    file: GcodeFile
    started: float
    done: int = 0
    done_bytes: int = 0
    paused_at: float | None = None
    paused_total: float = 0.0


@dataclass
class _Waiter:
    event: threading.Event
    replies: tuple[str, ...] = ()
    error: str = ""


class MarlinPrinter:
    def __init__(
        self,
        port: str,
        *,
        baudrate: int = 115200,
        on_event: Callable[[PrinterEvent], None] | None = None,
        reply_timeout: float = 5.0,
        temperature_interval: float = 2.0,
        max_inflight_lines: int | None = None,
        write_timeout: float = 1.0,
        reconnect: bool = True,
        resend_history: int = 4096,
        settings: MarlinSettings | None = None,
    ) -> None:
        """`resend_history`: at most this many sent lines are kept in case the printer asks
        for them again (only the unconfirmed ones are needed). `settings`, when given, set the
        baud rate, receive buffer, ADVANCED_OK, reset-on-open and every timeout, in place of
        `baudrate`, `reply_timeout` and `max_inflight_lines`."""
        if settings is None:
            settings = MarlinSettings(
                baudrate=baudrate,
                max_inflight_lines=max_inflight_lines,
                timeouts=TimeoutPolicy(reply_timeout=reply_timeout),
            )
        self.settings = settings
        reply_timeout = settings.timeouts.reply_timeout
        self.port = port
        self._events: EventDispatcher[PrinterEvent] = EventDispatcher(
            on_event, f"marlin-events:{port}"
        )
        self._reply_timeout = reply_timeout
        self._temperature_interval = temperature_interval
        self._lock = threading.RLock()
        self._pump_lock = threading.Lock()
        self._protocol = MarlinProtocol(
            rx_buffer=settings.rx_buffer,
            max_inflight_lines=settings.max_inflight_lines,
            advanced_ok=settings.advanced_ok,
            history=resend_history,
            policy=settings.timeouts,
        )
        self._link = SerialLink(
            port,
            baudrate=settings.baudrate,
            hupcl=None if settings.resets_on_open else False,
            on_line=self._on_line,
            on_state=self._on_link_state,
            write_timeout=write_timeout,
            reconnect=reconnect,
        )
        self._link_problem = ""
        self._tags = itertools.count(-1, -1)
        self._job_ids = itertools.count(1)
        self._waiters: dict[int, _Waiter] = {}
        self._job: _Job | None = None
        self._finished: JobFinished | None = None
        self._job_done = threading.Event()
        self._state = PrinterState("disconnected")
        self._capabilities = Capabilities()
        self._temperatures: tuple[HeaterReading, ...] = ()
        self._temperature_seen = threading.Event()
        self._restarted = threading.Event()
        self._handshaking = False
        self._last_received = 0.0
        self._autoreport = False
        self._next_poll = 0.0
        self._next_progress = 0.0
        self._stopping = threading.Event()
        self._housekeeper: threading.Thread | None = None
        self._ever_ready = False
        self._rehandshake = threading.Event()
        self._klipper_seen = False
        self._sd_printing = False
        self._prompt_message = ""
        self._prompt_buttons: list[str] = []

    # -- lifecycle -----------------------------------------------------------------------------

    def connect(self, timeout: float = 10.0) -> Capabilities:
        """Open the port, wait for the firmware, reset line numbers, read its capabilities and
        start temperature reports. Raises PrinterError if no Marlin printer answers in time."""
        deadline = time.monotonic() + timeout
        self._events.start()
        self._set_state(PrinterState("connecting"))
        try:
            self._link.start(timeout=min(timeout, 5.0))
        except LinkError as exc:
            self._set_state(PrinterState("disconnected", str(exc)))
            self._events.stop()
            raise PrinterError(str(exc)) from None
        if not self._link.wait_connected(max(0.0, deadline - time.monotonic())):
            self._link.stop()
            problem = self._link_problem or "cannot open the port"
            self._set_state(PrinterState("disconnected", problem))
            self._events.stop()
            raise PrinterError(f"{self.port}: {problem}")
        self._stopping.clear()
        self._housekeeper = threading.Thread(
            target=self._housekeeping, name=f"marlin:{self.port}", daemon=True
        )
        self._housekeeper.start()
        try:
            self._handshake(deadline)
        except PrinterError:
            self.close()
            raise
        return self._capabilities

    def close(self) -> None:
        """Stop everything; a job still running is reported failed. Never hangs."""
        self._stopping.set()
        self._fail_job("the connection to the printer was closed")
        self._link.stop()
        if self._housekeeper is not None and self._housekeeper is not threading.current_thread():
            self._housekeeper.join(timeout=2.0)
        self._housekeeper = None
        self._wake_waiters("the connection to the printer was closed")
        with self._lock:
            if self._state.kind != "disconnected":  # the link may have reported it already
                self._set_state(PrinterState("disconnected"))
        self._events.stop()

    def __enter__(self) -> MarlinPrinter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _handshake(self, deadline: float) -> None:
        """Reset line numbers, then read M115, until the answers line up.

        The board may still be booting (an Arduino resets when the port opens) and lose an
        attempt, and an `ok` from before a reset may still be on its way. M115's reply is
        recognisable, so an `ok` counted against the wrong command shows there, and the
        handshake starts again once the printer has gone quiet."""
        self._handshaking = True
        self._klipper_seen = False
        try:
            while True:
                if self._klipper_seen:
                    raise PrinterError(
                        f"{self.port}: this printer runs Klipper, which does not take print "
                        "jobs over this serial port: add it with the Moonraker backend "
                        '(backend "moonraker", Moonraker\'s address) instead'
                    )
                if time.monotonic() >= deadline:
                    raise PrinterError(
                        f"{self.port}: no answer from a Marlin printer (one that was "
                        "emergency-stopped stays silent until it is reset or power-cycled)"
                    )
                self._wait_quiet(deadline)
                if not self._reset_line_numbers(deadline):
                    continue
                try:
                    replies = self.command("M115", timeout=self._attempt_time(deadline))
                except PrinterError:
                    continue
                if any(reply.startswith("FIRMWARE_NAME:") for reply in replies):
                    break
        finally:
            self._handshaking = False
        caps = parse_m115(replies)
        with self._lock:
            self._capabilities = caps
            self._autoreport = caps.autoreport_temp
        if caps.autoreport_temp:
            interval = max(1, round(self._temperature_interval))
            self.command(f"M155 S{interval}", timeout=max(1.0, deadline - time.monotonic()))
        self._ever_ready = True
        self._set_state(PrinterState("ready", caps.describe()))

    def _reset_line_numbers(self, deadline: float) -> bool:
        self._restarted.clear()
        tag = next(self._tags)
        waiter = self._add_waiter(tag)
        with self._lock:
            self._protocol.reset_line_numbers(tag)
        self._pump()
        answered = waiter.event.wait(self._attempt_time(deadline)) and not waiter.error
        with self._lock:
            self._waiters.pop(tag, None)
        return answered and not self._restarted.is_set()

    @staticmethod
    def _attempt_time(deadline: float) -> float:
        return max(0.05, min(HANDSHAKE_ATTEMPT, deadline - time.monotonic()))

    def _wait_quiet(self, deadline: float) -> None:
        """Let a boot banner or other chatter finish before talking."""
        while not self._stopping.is_set():
            remaining = QUIET_BEFORE_HANDSHAKE - (time.monotonic() - self._last_received)
            if remaining <= 0 or time.monotonic() >= deadline:
                return
            self._stopping.wait(min(remaining, max(0.0, deadline - time.monotonic())))

    # -- queries and commands ------------------------------------------------------------------

    @property
    def capabilities(self) -> Capabilities:
        return self._capabilities

    @property
    def state(self) -> PrinterState:
        return self._state

    @property
    def temperatures(self) -> tuple[HeaterReading, ...]:
        return self._temperatures

    @property
    def protocol_stats(self) -> ProtocolStats:
        with self._lock:
            return self._protocol.stats

    def wait_temperatures(self, timeout: float) -> tuple[HeaterReading, ...]:
        """The next temperature report (auto-report or a poll), or PrinterError after timeout."""
        self._temperature_seen.clear()
        with self._lock:
            if not self._autoreport:
                self._protocol.send("M105")
        self._pump()
        if not self._temperature_seen.wait(timeout):
            raise PrinterError(f"{self.port}: no temperature report within {timeout:g} s")
        return self._temperatures

    def command(self, gcode: str, timeout: float = 10.0) -> tuple[str, ...]:
        """Send one command (ahead of any job lines) and wait for its `ok`; returns the lines
        the printer printed for it."""
        if not self._link.connected:
            raise PrinterError(f"{self.port}: not connected")
        tag = next(self._tags)
        waiter = self._add_waiter(tag)
        with self._lock:
            if self._protocol.halted and not self._handshaking:
                self._waiters.pop(tag, None)
                raise PrinterError(f"{self.port}: the printer is halted; reset it first")
            self._protocol.send(gcode.strip(), tag)
        self._pump()
        if not waiter.event.wait(timeout):
            with self._lock:
                self._waiters.pop(tag, None)
            raise PrinterError(f"{self.port}: no reply to {gcode.split()[0]} within {timeout:g} s")
        if waiter.error:
            raise PrinterError(waiter.error)
        return waiter.replies

    def sd_status(self, timeout: float = 5.0) -> SdStatus:
        """Ask the printer about a print it runs from its own SD card (M27)."""
        for reply in self.command("M27", timeout):
            progress = parse_sd_progress(reply)
            if progress is not None:
                return SdStatus(True, *progress)
        return SdStatus(False)

    def reset(self, timeout: float = 10.0) -> None:
        """Resynchronise after the firmware restarted (or was reset by the user)."""
        self._handshake(time.monotonic() + timeout)

    # -- jobs ----------------------------------------------------------------------------------

    def print_file(self, path: str | Path) -> GcodeFile:
        """Read and check the whole file first (GcodeError if it is bad), then stream it."""
        job = read_gcode(path)
        self.start_job(job)
        return job

    def start_job(self, job: GcodeFile) -> None:
        """Stream a checked job. PrinterError, with nothing sent, if the printer is not ready,
        the file was sliced for another printer model, or the printer is already printing
        from its own SD card."""
        caps = self._capabilities
        if job.printer_model:
            problem = model_mismatch(job.printer_model, caps.firmware_name, caps.machine_type)
            if problem:
                raise PrinterError(f"{job.path}: {problem}")
        if caps.sd_support and self._state.kind == "ready":
            status = self.sd_status(timeout=self._reply_timeout)
            if status.printing:
                raise PrinterError(
                    f"{self.port}: the printer is printing from its own SD card (byte "
                    f"{status.done_bytes} of {status.total_bytes}); wait for that print to end "
                    "or stop it on the printer first"
                )
        with self._lock:
            if self._job is not None:
                raise PrinterError("a job is already running")
            if self._protocol.halted:
                raise PrinterError(f"{self.port}: the printer is halted; reset it first")
            if not self._link.connected or self._state.kind not in ("ready",):
                raise PrinterError(f"{self.port}: printer not ready ({self._state.kind})")
            self._job = _Job(next(self._job_ids), job, time.monotonic())
            self._finished = None
            self._job_done.clear()
            self._protocol.paused = False
            # The job ends with M400: its `ok` comes once every move has been made, and only
            # after the firmware has accepted every line before it, in order.
            lines = itertools.chain(job.iter_commands(), [FINISH_COMMAND])
            self._protocol.queue_job(lines, job.line_count + 1, job=self._job.id)
            self._set_state(PrinterState("printing", job.path))
        self._pump()

    def pause(self) -> None:
        """Stop feeding the job; moves already sent still finish."""
        with self._lock:
            if self._job is None or self._job.paused_at is not None:
                return
            self._protocol.paused = True
            self._job.paused_at = time.monotonic()
            self._set_state(PrinterState("paused"))

    def resume(self) -> None:
        with self._lock:
            job = self._job
            if job is None or job.paused_at is None:
                return
            job.paused_total += time.monotonic() - job.paused_at
            job.paused_at = None
            self._protocol.paused = False
            self._set_state(PrinterState("printing"))
        self._pump()

    def cancel(self) -> None:
        """Drop the rest of the job, then switch heaters and fan off. A heating wait (M109,
        M190) or a wait for the user in progress is ended at once with M108 where the firmware
        has the emergency parser; without it, the wait runs to its end first."""
        interrupt = b""
        with self._lock:
            if self._job is None:
                return
            waiting = self._protocol.unconfirmed_commands()
            if self._capabilities.emergency_parser and any(
                c.split(" ", 1)[0].upper() in HEATING_WAITS | USER_WAITS for c in waiting
            ):
                interrupt = self._protocol.interrupt_wait()
            self._protocol.drop_job()
            self._protocol.paused = False
            for command in CANCEL_COMMANDS:
                self._protocol.send(command)
            self._finish_job("cancelled", "cancelled by the user")
        if interrupt:
            try:
                self._link.write(interrupt, timeout=1.0)
            except LinkError as exc:
                log.warning("printer %s: M108 could not be sent: %s", self.port, exc)
        self._pump()

    @property
    def emergency_stop_is_immediate(self) -> bool:
        """True if the firmware acts on M112 as the bytes arrive (EMERGENCY_PARSER). Without
        it, M112 waits until the firmware reads its next line, which a heating wait, homing or
        a wait for the user may hold up for minutes."""
        return self._capabilities.emergency_parser

    def emergency_stop(self) -> None:
        """M112, written at once ahead of anything queued. The printer halts and needs a reset.

        Without the emergency parser, `PowerCutRequested` is reported as well: whoever holds
        the printer's power (its relay channel) should cut it."""
        if not self.emergency_stop_is_immediate:
            self._emit(
                PowerCutRequested(
                    f"{self.port}: the printer's firmware has no emergency parser, so M112 may "
                    "wait behind a heating wait or a homing move"
                )
            )
        with self._lock:
            data = self._protocol.emergency_stop()
        try:
            self._link.write(data, timeout=1.0)
        except LinkError as exc:
            raise PrinterError(f"{self.port}: emergency stop could not be sent: {exc}") from None
        finally:
            self._fail_job("emergency stop", then=PrinterState("halted", "emergency stop"))

    def answer_prompt(self, index: int) -> None:
        """Answer the firmware's prompt (`HostPrompt`) with the button at `index` (M876)."""
        with self._lock:
            if self._protocol.halted:
                raise PrinterError(f"{self.port}: the printer is halted; reset it first")
            self._protocol.send(f"M876 S{int(index)}")
        self._pump()

    def wait_job(self, timeout: float) -> JobFinished | None:
        """The job's outcome once it has ended, or None if it is still running at the timeout."""
        self._job_done.wait(timeout)
        return self._finished

    def progress(self) -> JobProgress | None:
        with self._lock:
            return self._progress() if self._job is not None else None

    # -- internals -----------------------------------------------------------------------------

    def _add_waiter(self, tag: int) -> _Waiter:
        waiter = _Waiter(threading.Event())
        with self._lock:
            self._waiters[tag] = waiter
        return waiter

    def _wake_waiters(self, error: str) -> None:
        with self._lock:
            waiters, self._waiters = self._waiters, {}
        for waiter in waiters.values():
            waiter.error = f"{self.port}: {error}"
            waiter.event.set()

    def _pump(self) -> None:
        """Write whatever the protocol has ready. One writer at a time keeps lines in order."""
        with self._pump_lock:
            with self._lock:
                try:
                    writes = self._protocol.next_writes()
                except ValueError as exc:  # GcodeError included: the file changed mid-job
                    self._fail_job(str(exc))
                    writes = self._protocol.next_writes()
            if not writes:
                return
            try:
                self._link.write(b"".join(writes))
            except LinkError as exc:
                log.warning("printer %s: write failed: %s", self.port, exc)
                # The lines stay unconfirmed: the reply timeout sends them again if the link
                # recovers, and a lost link fails the job.

    def _on_line(self, raw: bytes) -> None:
        self._last_received = time.monotonic()
        if self._handshaking and b"Klipper" in raw:
            # Klipper's G-code port answers M115 with `ok FIRMWARE_VERSION:... FIRMWARE_NAME:
            # Klipper` and prints `// Klipper state: ...`; it does not number or check lines.
            self._klipper_seen = True
        with self._lock:
            for event in self._protocol.receive(raw):
                self._emit(event)
                self._handle(event)
        self._pump()

    def _handle(self, event: ProtocolEvent) -> None:
        """Called with the lock held."""
        if isinstance(event, Acknowledged):
            if isinstance(event.tag, int) and event.tag < 0:
                waiter = self._waiters.pop(event.tag, None)
                if waiter is not None:
                    waiter.replies = event.replies
                    waiter.event.set()
            elif isinstance(event.tag, JobLine):
                job = self._job
                if job is None or event.tag.job != job.id:
                    return  # a line of a job that was cancelled or failed
                index, total = event.tag.index, job.file.line_count
                if job.done <= index < total:
                    job.done = index + 1
                    job.done_bytes += len(event.command) + 1
                if index >= total:
                    job.done = total
                    self._finish_job("completed", f"all {total} lines done, last move made")
        elif isinstance(event, Temperatures):
            if event.readings:
                self._temperatures = event.readings
                self._temperature_seen.set()
        elif isinstance(event, FirmwareMessage) and _ACTION.match(event.text):
            self._host_action(_ACTION.sub("", event.text).strip())
        elif isinstance(event, SdStatus):
            self._sd_printing = event.printing
        elif isinstance(event, Halted):
            self._fail_job(
                f"the printer halted: {event.reason}", then=PrinterState("halted", event.reason)
            )
            self._wake_waiters(f"the printer halted: {event.reason}")
        elif isinstance(event, FirmwareRestarted):
            self._restarted.set()
            if self._handshaking:
                self._wake_waiters("the printer restarted")
            else:
                # Never resumed or replayed: the firmware lost its place, and a job sent again
                # from its first line (or any other) would print on top of what is there.
                detail = "the printer restarted" + (f": {event.reason}" if event.reason else "")
                self._fail_job(
                    f"{detail}; the job is not sent again",
                    then=PrinterState("halted", f"{detail}; reset it"),
                )
                self._wake_waiters(detail)
        elif isinstance(event, ResendImpossible):
            # The protocol has stopped sending: only a reset (new line numbers) goes on.
            reason = f"the printer asked again for line {event.line}, which is no longer held"
            self._fail_job(reason, then=PrinterState("halted", f"{reason}; reset it"))
            self._wake_waiters(reason)

    def _host_action(self, text: str) -> None:
        """Host action commands (HOST_ACTION_COMMANDS): the printer's own controls, filament
        runout or a prompt ask the host to pause, resume or cancel, or show a choice.
        `paused filament_runout 0`: the word, then its arguments."""
        action, _, argument = text.partition(" ")
        action = action.lower()
        argument = argument.strip()
        if action.startswith("prompt_"):
            self._prompt(action, argument)
            return
        if self._job is None:
            return
        if action in ("pause", "paused"):
            self._protocol.paused = True
            if self._job.paused_at is None:
                self._job.paused_at = time.monotonic()
            why = f" ({argument.replace('_', ' ')})" if argument else ""
            self._set_state(PrinterState("paused", f"paused from the printer{why}"))
        elif action in ("resume", "resumed"):
            if self._job.paused_at is not None:
                self._job.paused_total += time.monotonic() - self._job.paused_at
                self._job.paused_at = None
            self._protocol.paused = False
            self._set_state(PrinterState("printing", "resumed from the printer"))
        elif action == "cancel":
            self._protocol.drop_job()
            self._protocol.paused = False
            self._finish_job("cancelled", "cancelled from the printer")

    def _prompt(self, action: str, argument: str) -> None:
        if action == "prompt_begin":
            self._prompt_message, self._prompt_buttons = argument, []
        elif action in ("prompt_button", "prompt_choice"):
            self._prompt_buttons.append(argument)
        elif action == "prompt_show":
            self._emit(HostPrompt(self._prompt_message, tuple(self._prompt_buttons)))
        elif action == "prompt_end":
            self._prompt_message, self._prompt_buttons = "", []
            self._emit(HostPromptClosed())

    def _on_link_state(self, state: LinkState) -> None:
        if state.kind == "error":
            self._link_problem = state.detail
        if state.kind == "connected" and self._ever_ready and not self._stopping.is_set():
            # The device came back (the link reopened it): talk to it afresh, off this thread.
            self._rehandshake.set()
        if state.kind == "disconnected":
            self._fail_job(
                f"the printer disconnected ({state.detail})",
                then=PrinterState("disconnected", state.detail),
            )
            self._wake_waiters(f"the printer disconnected ({state.detail})")

    def _progress(self) -> JobProgress:
        job = self._job
        assert job is not None
        total = job.file.line_count
        sent = max(0, min(total, total + 1 - self._protocol.job_queued))
        now = time.monotonic()
        paused = job.paused_total + (now - job.paused_at if job.paused_at is not None else 0.0)
        elapsed = max(0.0, now - job.started - paused)
        done_bytes = job.done_bytes
        eta = None
        if done_bytes and elapsed > 0:
            eta = elapsed / done_bytes * (job.file.total_bytes - done_bytes)
        return JobProgress(
            total,
            sent,
            job.done,
            job.file.total_bytes,
            self._protocol.job_bytes_taken,
            elapsed,
            eta,
            job.paused_at is not None,
        )

    def _finish_job(
        self,
        outcome: Literal["completed", "cancelled", "failed"],
        detail: str,
        then: PrinterState | None = None,
    ) -> None:
        """End the job (if one runs) and move to state `then` (default: ready, if printing)."""
        with self._lock:
            if self._job is not None:
                finished = JobFinished(outcome, detail, self._progress())
                self._job = None
                self._finished = finished
                self._emit(finished)
                self._job_done.set()
            if then is not None:
                self._set_state(then)
            elif self._state.kind in ("printing", "paused"):
                self._set_state(PrinterState("ready"))

    def _fail_job(self, detail: str, then: PrinterState | None = None) -> None:
        with self._lock:
            if self._job is not None:
                self._protocol.drop_job()
            self._finish_job("failed", detail, then)

    def _set_state(self, state: PrinterState) -> None:
        # Under the lock, so that listeners see states in the order they were set.
        with self._lock:
            self._state = state
            self._emit(state)

    def _emit(self, event: PrinterEvent) -> None:
        """Queue `event` for the listener; it runs on the event thread, never under the lock."""
        self._events.put(event)

    def _housekeeping(self) -> None:
        while not self._stopping.wait(HOUSEKEEPING_PERIOD):
            try:
                self._tick()
            except Exception:
                log.exception("printer %s: housekeeping failed", self.port)

    def _tick(self) -> None:
        if self._rehandshake.is_set():
            self._rehandshake.clear()
            self._set_state(PrinterState("connecting", "the printer is back; resynchronising"))
            try:
                self._handshake(time.monotonic() + REHANDSHAKE_TIME)
            except PrinterError as exc:
                self._set_state(PrinterState("disconnected", str(exc)))
        if not self._link.connected:
            return
        now = time.monotonic()
        with self._lock:
            for event in self._protocol.poll():
                self._emit(event)
                self._handle(event)
            poll_due = (
                not self._autoreport
                and not self._handshaking
                and not self._protocol.halted
                and self._state.kind in ("ready", "printing", "paused")
                and now >= self._next_poll
            )
            if poll_due:
                self._next_poll = now + self._temperature_interval
                self._protocol.send("M105")
            if self._job is not None and now >= self._next_progress:
                self._next_progress = now + PROGRESS_PERIOD
                self._emit(self._progress())
        self._pump()


def probe(port: str, timeout: float = 2.0) -> str | None:
    """A one-line description if a Marlin printer answers on `port`, else None."""
    try:
        printer = MarlinPrinter(port, reply_timeout=timeout)
    except ValueError:
        return None
    try:
        caps = printer.connect(timeout=timeout)
    except (PrinterError, LinkError):
        return None
    finally:
        printer.close()
    if not caps.firmware_name:
        return None
    return f"3D printer: {caps.describe()}"
