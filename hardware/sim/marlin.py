"""A simulated Marlin printer on a pty, close enough to the real firmware to test a host against.

What it models, because hosts get these wrong:
- the wire: bytes in both directions take 10 bits each at the configured baud rate;
- a 128-byte receive buffer (64 on many 32-bit builds: `rx_buffer`; bytes beyond it are lost,
  as on the real board) feeding a BUFSIZE-deep command queue, refilled only while the queue
  has room; a backslash and (with `paren_comments`) `( ... )` dropped before the checksum;
- Marlin's line checks: a line number must be the last one + 1 (M110 excepted) and the XOR
  checksum must match, otherwise `Error:`, the receive buffer is discarded, `Resend:` and `ok`;
- one `ok` per command when it has run (`ok N<line> P<planner> B<queue>` with ADVANCED_OK);
- a planner of moves that take time, heaters that take time, host keep-alive `busy:` lines;
- the emergency parser, off by default as Marlin ships (then M112/M108 act only when their
  line is read), temperature auto-report (M155), SD printing status (M27), `wait` from
  NO_TIMEOUTS, waits for the user (M0/M1/M600) with host prompts;
- a reset that glues `start` to the reply it cut; Prusa firmware (`prusa_mk3s()`) and
  Klipper's G-code port (`variant="klipper"`) where they differ (hardware/sim/marlin_variants);
- faults injected on purpose (`MarlinFaults`): corrupted or lost lines, lost `ok`s, long busy
  commands, a kill or thermal runaway at a given line, garbled or spurious resend requests,
  binary noise with and without line ends.

Like Marlin's loop(), it reads the serial port only between commands: while one runs (homing,
a dwell, a heating wait) bytes pile up in the receive buffer.

The firmware loop runs on its own thread so that its timing does not depend on how often the
pty is polled; `executed` records every command run, in order, for tests to check."""

from __future__ import annotations

import re
import threading
import time
from collections import deque
from dataclasses import dataclass, field

from hardware.sim.marlin_commands import Command, Heater, MarlinCommands
from hardware.sim.marlin_variants import boot_banner
from hardware.sim.pty_device import PtyDevice

_WORD = re.compile(r"([A-Z])\s*(-?\d+\.?\d*|-?\.\d+)")
MAX_CMD_SIZE = 96


@dataclass
class MarlinSimConfig:
    baudrate: int | None = 115200  # None: no line-rate throttling
    rx_buffer: int = 128
    bufsize: int = 4
    planner_blocks: int = 16
    advanced_ok: bool = False
    # Marlin ships with EMERGENCY_PARSER off: M112 and M108 then act only when the line is
    # read, which a full command queue (a heating wait, homing) holds up.
    emergency_parser: bool = False
    # HOST_KEEPALIVE_FEATURE: `busy: processing` (or `paused for user`) every interval while a
    # command runs. Off, the firmware is silent until the command is done.
    host_keepalive: bool = True
    # NO_TIMEOUTS: `wait` after this many seconds with nothing queued and nothing arriving.
    no_timeouts: float = 0.0
    # PAREN_COMMENTS: `( ... )` is dropped before the checksum is computed.
    paren_comments: bool = False
    # "marlin", "prusa" (Prusa-Firmware for the MK3 family) or "klipper" (Klipper's G-code
    # port): what M115 says and how lines are checked.
    variant: str = "marlin"
    ok_after_resend: bool = True  # Marlin 2.1 sends `ok` after `Resend:`; 2.0 did not
    # Marlin 1.1 refused a line with a checksum but no line number. Marlin 2 queues it, so the
    # tail of a line cut in two by the buffer discard after an error can run as a command (and
    # again when the host resends that line): a hazard of send-ahead no host can see. On by
    # default so that tests can count executed lines exactly; False models Marlin 2 exactly.
    refuse_checksum_without_number: bool = True
    autoreport_temp: bool = True
    sd_support: bool = True
    command_time: float = 0.0  # firmware time to process each command (occupies the firmware)
    reply_latency: float = 0.0  # every reply is held this long on its way (USB latency timer)
    move_model: bool = True
    speedup: float = 1.0  # move durations are divided by this
    heat_rate: float = 10.0  # degrees per second towards the target
    keepalive_interval: float = 2.0
    sd_rate: float = 2000.0  # bytes per second of a simulated SD print
    sd_files: dict[str, int] = field(default_factory=lambda: {"PART.GCO": 20000})
    firmware_name: str = "Marlin 2.1.2.1 (simulated)"
    machine_type: str = "Makerspace Sim"

    @classmethod
    def prusa_mk3s(cls, **changes: object) -> MarlinSimConfig:
        """Prusa-Firmware 3.14 on an MK3S: its M115 and capability lines, no emergency parser,
        checksum up to the first '*', `Resend:` then `ok`."""
        values: dict[str, object] = {
            "variant": "prusa",
            "firmware_name": "Prusa-Firmware 3.14.1 based on Marlin",
            "machine_type": "Prusa i3 MK3S",
            "sd_support": True,
        }
        values.update(changes)
        return cls(**values)  # type: ignore[arg-type]


@dataclass
class MarlinFaults:
    corrupt_lines: set[int] = field(default_factory=set)  # damaged on their first arrival
    corrupt_every: int = 0  # damage every n-th numbered line that arrives (a noisy cable)
    drop_ok_lines: set[int] = field(default_factory=set)  # their `ok` is lost once
    busy_lines: dict[int, float] = field(default_factory=dict)  # line -> seconds it takes
    kill_at_line: int | None = None
    thermal_runaway_at_line: int | None = None
    garble_resends: int = 0  # this many resend requests arrive with a garbled number
    extra_ok_after_resend: int = 0  # this many resend requests are followed by a second `ok`
    spurious_resends: dict[int, int] = field(default_factory=dict)  # after line a, ask for b
    # Bytes of noise on the cable, sent `noise_repeats` times `noise_interval` apart once line
    # `noise_after_line` has run (binary junk, with or without line ends).
    noise_after_line: int | None = None
    noise: bytes = b""
    noise_repeats: int = 1
    noise_interval: float = 0.1
    lose_lines: set[int] = field(default_factory=set)  # vanish on the wire, on first arrival


@dataclass
class _InFlight:
    """Bytes on the wire from the host: when their first byte starts arriving, and how many of
    them the firmware has already received."""

    start: float
    data: bytes
    taken: int = 0


class MarlinSimulator(PtyDevice, MarlinCommands):
    _wire_free_at: float  # set by _reset_state, read by on_bytes on the pty thread

    def __init__(
        self, config: MarlinSimConfig | None = None, faults: MarlinFaults | None = None
    ) -> None:
        super().__init__()
        self.config = config or MarlinSimConfig()
        self.faults = faults or MarlinFaults()
        self._cond = threading.Condition()
        self._byte_time = 10.0 / self.config.baudrate if self.config.baudrate else 0.0
        self._running = False
        self._fw_thread: threading.Thread | None = None
        self.executed: list[tuple[int | None, str]] = []
        self.overrun_bytes = 0
        self.errors_sent = 0
        self.killed = ""
        self._reset_state()

    # -- public controls -----------------------------------------------------------------------

    def reboot(self, glued_to: bytes | None = None) -> None:
        """Simulate a reset (power blip, watchdog): all state lost, boot banner sent again.

        A reset cuts the reply being sent: its first half stays on the wire with no line end,
        and `start` follows glued to it (`okstart`, `T:21.0start`). `glued_to` sets what comes
        before `start` (b"\x00" for noise); by default, half of a reply still in flight."""
        with self._cond:
            if glued_to is None:
                glued_to = b""
                if self._out:
                    pending = self._out[-1][1].rstrip(b"\n")
                    glued_to = pending[: max(1, len(pending) // 2)]
            self._reset_state()
            now = time.monotonic()
            self._emit_raw(glued_to, now)
            self._send_banner(now)
            self._cond.notify_all()

    def click(self) -> None:
        """Someone pressed the printer's knob: a wait for the user (M0, M1, M600) ends."""
        with self._cond:
            self._end_user_wait(time.monotonic())
            self._cond.notify_all()

    def host_action(self, action: str) -> None:
        """Someone used the printer's own controls: ask the host to pause, resume or cancel."""
        with self._cond:
            self._emit(f"//action:{action}", time.monotonic())
            self._cond.notify_all()

    def snapshot(self) -> list[tuple[int | None, str]]:
        with self._cond:
            return list(self.executed)

    def replies_pending(self) -> int:
        """Replies not yet written to the pty (held by the baud rate or the reply latency)."""
        with self._cond:
            return len(self._out)

    def temperature(self) -> tuple[float, float]:
        with self._cond:
            return self._hotend.actual, self._bed.actual

    # -- PtyDevice hooks -----------------------------------------------------------------------

    def on_start(self) -> None:
        with self._cond:
            self._running = True
            self._send_banner(time.monotonic())
        self._fw_thread = threading.Thread(
            target=self._firmware_loop, name=f"marlin-sim:{self.port}", daemon=True
        )
        self._fw_thread.start()

    def stop(self) -> None:
        with self._cond:
            self._running = False
            self._cond.notify_all()
        if self._fw_thread is not None:
            self._fw_thread.join(timeout=2.0)
            self._fw_thread = None
        super().stop()

    def noise_pending(self) -> int:
        """Bursts of noise still to come on the cable."""
        with self._cond:
            return len(self._noise_at)

    def on_bytes(self, data: bytes) -> None:
        now = time.monotonic()
        with self._cond:
            start = max(now, self._wire_free_at)
            self._wire.append(_InFlight(start, data))
            self._wire_free_at = start + len(data) * self._byte_time
            self._cond.notify_all()

    # -- state ---------------------------------------------------------------------------------

    def _reset_state(self) -> None:
        self._wire: deque[_InFlight] = deque()
        self._wire_free_at = 0.0
        self._rx = bytearray()
        self._line = bytearray()
        self._skipping = False
        self._escaped = False
        self._in_paren = False
        self._ep_line = bytearray()
        self._queue: deque[Command] = deque()
        self._out: deque[tuple[float, bytes]] = deque()
        self._out_free_at = 0.0
        self._last_n = 0
        self._halted = False
        self._hotend = Heater()
        self._bed = Heater()
        self._last_heat = time.monotonic()
        self._autoreport = 0.0
        self._next_report = 0.0
        self._blocks: deque[float] = deque()  # end times of planned moves
        self._pos = {"X": 0.0, "Y": 0.0, "Z": 0.0, "E": 0.0}
        self._feedrate = 3000.0
        self._sd_file: str | None = None
        self._sd_pos = 0.0
        self._sd_printing = False
        self._sd_autoreport = 0.0
        self._next_sd_report = 0.0
        self._corrupted: set[int] = set()
        self._numbered_seen = 0
        self._noise_at: deque[float] = deque()
        self._last_command_time = time.monotonic()
        self._lost: set[int] = set()

    def _send_banner(self, now: float) -> None:
        c = self.config
        for text in boot_banner(c.variant, c.firmware_name, c.sd_support):
            self._emit(text, now)

    # -- the wire ------------------------------------------------------------------------------

    def _emit(self, text: str, now: float) -> None:
        self._emit_raw(text.encode("ascii", errors="replace") + b"\n", now)

    def _emit_raw(self, data: bytes, now: float) -> None:
        start = max(now + self.config.reply_latency, self._out_free_at)
        self._out_free_at = start + len(data) * self._byte_time
        self._out.append((self._out_free_at, data))

    def _flush_out(self, now: float) -> None:
        chunk = bytearray()
        while self._out and self._out[0][0] <= now:
            chunk += self._out.popleft()[1]
        if chunk:
            self.send(bytes(chunk))

    def _arrive(self, now: float) -> None:
        while self._wire:
            entry = self._wire[0]
            data = entry.data
            if self._byte_time:
                count = min(len(data), int((now - entry.start) / self._byte_time + 1e-9))
            else:
                count = len(data)
            if count > entry.taken:
                self._receive_bytes(data[entry.taken : count], now)
                entry.taken = count
            if count < len(data):
                break
            self._wire.popleft()

    def _receive_bytes(self, data: bytes, now: float) -> None:
        """The serial interrupt: the emergency parser sees every byte; the buffer keeps what
        fits."""
        if self.config.emergency_parser:
            for byte in data:
                if byte in (10, 13):
                    self._emergency_check(bytes(self._ep_line).strip(), now)
                    self._ep_line.clear()
                elif len(self._ep_line) < MAX_CMD_SIZE:
                    self._ep_line.append(byte)
        room = self.config.rx_buffer - len(self._rx)
        if len(data) > room:
            self.overrun_bytes += len(data) - max(room, 0)
            data = data[: max(room, 0)]
        self._rx += data

    def _emergency_check(self, line: bytes, now: float) -> None:
        if line.startswith(b"N"):
            parts = line.split(b" ", 1)
            line = parts[1] if len(parts) == 2 else b""
        line = line.split(b"*", 1)[0].strip()
        if line == b"M112":
            self._kill("Printer halted. kill() called!", now)
        elif line == b"M108" or line.startswith(b"M876 S"):
            self._end_user_wait(now)

    def _end_user_wait(self, now: float) -> None:
        """M108: a heating wait or a wait for the user ends at once."""
        for command in self._queue:
            if command.wait_user:
                self._emit("//action:prompt_end", now)
            if command.wait_heater is not None or command.wait_user:
                command.wait_heater = None
                command.wait_user = False
                command.done_at = now

    def _next_arrival_of_newline(self) -> float | None:
        for entry in self._wire:
            index = entry.data.find(b"\n", entry.taken)
            if index >= 0:
                return entry.start + (index + 1) * self._byte_time
        return None

    # -- the firmware loop ---------------------------------------------------------------------

    def _firmware_loop(self) -> None:
        with self._cond:
            while self._running:
                now = time.monotonic()
                self._arrive(now)
                if not self._halted:
                    self._read_commands(now)
                    self._run_commands(now)
                    self._tick(now)
                self._flush_out(now)
                wake = self._next_wake(now)
                self._cond.wait(max(0.0, min(wake - time.monotonic(), 0.1)))

    def _next_wake(self, now: float) -> float:
        times = [now + 0.1]
        if self._out:
            times.append(self._out[0][0])
        if not self._halted:
            if len(self._queue) < self.config.bufsize:
                arrival = self._next_arrival_of_newline()
                if arrival is not None:
                    times.append(arrival)
            if self._queue:
                head = self._queue[0]
                times.append(head.done_at if head.done_at is not None else now + 0.02)
                times.append(head.next_keepalive)
            if self._autoreport:
                times.append(self._next_report)
            if self._sd_printing:
                times.append(now + 0.05)
            if self._noise_at:
                times.append(self._noise_at[0])
            if self.config.no_timeouts:
                times.append(self._last_command_time + self.config.no_timeouts)
        return min(times)

    def _read_commands(self, now: float) -> None:
        """Marlin's get_serial_commands: characters move into a line only while the queue has
        room; a finished line is checked and queued (or refused). Marlin's loop() reads only
        between commands: nothing is read while one runs (homing, a dwell, a heating wait, a
        move waiting for room in a full planner); bytes pile up in the receive buffer."""
        if self._queue and self._queue[0].started:
            return
        while self._rx and len(self._queue) < self.config.bufsize and not self._halted:
            byte = self._rx.pop(0)
            if byte not in (10, 13):
                self._stream_char(byte)
                continue
            self._skipping = False
            self._escaped = self._in_paren = False
            if not self._line:
                continue
            text = bytes(self._line).decode("ascii", errors="replace").lstrip(" ").rstrip()
            self._line.clear()
            if text:
                self._check_line(text, now)

    def _stream_char(self, byte: int) -> None:
        """Marlin's process_stream_char: a backslash keeps the next character and is dropped;
        with PAREN_COMMENTS, `( ... )` is dropped; after ';' (a comment) or once the line is
        too long, the rest is skipped. Prusa firmware only knows ';'."""
        marlin = self.config.variant == "marlin"
        if self._skipping:
            return
        if marlin and self._in_paren:
            self._in_paren = byte != 41
            return
        if marlin and self._escaped:
            self._escaped = False
        elif marlin and byte == 92:
            self._escaped = True
            return
        elif byte == 59:
            self._skipping = True
            return
        elif marlin and byte == 40 and self.config.paren_comments:
            self._in_paren = True
            return
        self._line.append(byte)
        if len(self._line) >= MAX_CMD_SIZE - 1:
            self._skipping = True

    def _check_line(self, text: str, now: float) -> None:
        number: int | None = None
        if text.startswith("N"):
            self._numbered_seen += 1
            is_m110 = "M110" in text
            number_at = 0
            if is_m110:
                second = text.find("N", 4)
                number_at = second if second >= 0 else 0
            number = _strtol(text[number_at + 1 :])
            if number in self.faults.lose_lines and number not in self._lost:
                self._lost.add(number)
                self._numbered_seen -= 1
                return
            if self._should_corrupt(number):
                text = _damage(text)
            if number != self._last_n + 1 and not is_m110:
                self._line_error("Line Number is not Last Line Number+1, Last Line: ", now)
                return
            # Marlin checksums up to the last '*', Prusa firmware up to the first.
            star = text.find("*") if self.config.variant == "prusa" else text.rfind("*")
            if star < 0:
                self._line_error("No Checksum with line number, Last Line: ", now)
                return
            checksum = 0
            for char in text[:star].encode("ascii", errors="replace"):
                checksum ^= char
            if _strtol(text[star + 1 :]) != checksum:
                self._line_error("checksum mismatch, Last Line: ", now)
                return
            self._last_n = number
            body = text[:star]
            space = body.find(" ")
            text = body[space + 1 :].strip() if space >= 0 else ""
        elif "*" in text:
            if self.config.refuse_checksum_without_number:
                self._line_error("No Line Number with checksum, Last Line: ", now)
                return
            text = text[: text.rfind("*")].strip()
        if not text:
            return
        if not self.config.emergency_parser:
            # Marlin's "process critical commands early", as the line is read.
            code = text.split(" ")[0]
            if code == "M112":
                self._kill("Printer halted. kill() called!", now)
                return
            if code == "M108":
                self._end_user_wait(now)
        self._last_command_time = now
        self._queue.append(Command(number, text))

    def _should_corrupt(self, number: int) -> bool:
        faults = self.faults
        if number in faults.corrupt_lines and number not in self._corrupted:
            self._corrupted.add(number)
            return True
        return bool(faults.corrupt_every) and self._numbered_seen % faults.corrupt_every == 0

    def _line_error(self, message: str, now: float) -> None:
        self.errors_sent += 1
        self._emit(f"Error:{message}{self._last_n}", now)
        # Marlin empties its receive buffer here: lines already in it are lost.
        self._rx.clear()
        self._line.clear()
        self._skipping = False
        resend = self._last_n + 1
        if self.faults.garble_resends > 0:
            self.faults.garble_resends -= 1
            self._emit(f"Resend: {resend}#x", now)
        else:
            self._emit(f"Resend: {resend}", now)
        if self.config.ok_after_resend:
            self._emit("ok", now)
        if self.faults.extra_ok_after_resend > 0:
            self.faults.extra_ok_after_resend -= 1
            self._emit("ok", now)

    def _run_commands(self, now: float) -> None:
        while self._queue and not self._halted:
            head = self._queue[0]
            if head.started == 0.0:
                head.started = now
                head.next_keepalive = now + self.config.keepalive_interval
                self._start(head, now)
                if self._halted:
                    return
            if head.wait_heater is not None:
                if abs(head.wait_heater.actual - head.wait_heater.target) > 1.0:
                    self._keepalive(head, now, busy=False)
                    return
                head.wait_heater = None
                head.done_at = now
            if head.wait_user or head.done_at is None or head.done_at > now:
                self._keepalive(head, now, busy=True)
                return
            self._finish(head, now)
            self._read_commands(now)

    def _keepalive(self, head: Command, now: float, *, busy: bool) -> None:
        if now < head.next_keepalive:
            return
        head.next_keepalive = now + self.config.keepalive_interval
        if not busy:
            # Heating waits print the temperatures every second whatever the keep-alive.
            self._emit(self._temperature_text(), now)
        elif self.config.host_keepalive:
            self._emit("echo:busy: paused for user" if head.wait_user else "busy: processing", now)

    def _finish(self, head: Command, now: float) -> None:
        self._queue.popleft()
        for reply in head.replies:
            self._emit(reply, now)
        self.executed.append((head.number, head.text))
        faults = self.faults
        if head.number is not None and head.number in faults.drop_ok_lines:
            faults.drop_ok_lines.discard(head.number)
        elif head.text.split(" ")[0] != "M105" and not head.own_ok:
            self._ok(head, now)
        if head.number is not None and head.number == faults.noise_after_line:
            faults.noise_after_line = None
            self._noise_at.extend(
                now + i * faults.noise_interval for i in range(faults.noise_repeats)
            )
        if head.number is not None and head.number in faults.spurious_resends:
            # Marlin asks for a line only after emptying its receive buffer
            # (gcode_line_error): what was waiting there is lost, as after any line error.
            self._rx.clear()
            self._line.clear()
            self._skipping = False
            self._emit(f"Resend: {faults.spurious_resends.pop(head.number)}", now)
            self._emit("ok", now)

    def _ok(self, head: Command, now: float) -> None:
        self._last_command_time = now
        if not self.config.advanced_ok:
            self._emit("ok", now)
            return
        line = f" N{head.number}" if head.number is not None else ""
        planner = self.config.planner_blocks - len(self._active_blocks(now))
        free = self.config.bufsize - len(self._queue) - 1
        self._emit(f"ok{line} P{planner} B{max(free, 0)}", now)

    def _active_blocks(self, now: float) -> deque[float]:
        while self._blocks and self._blocks[0] <= now:
            self._blocks.popleft()
        return self._blocks

    def _kill(self, reason: str, now: float) -> None:
        if self._halted:
            return
        self._halted = True
        self.killed = reason
        self._emit(f"Error:{reason}", now)
        self._queue.clear()
        self._rx.clear()
        self._blocks.clear()
        self._hotend.target = self._bed.target = 0.0

    # -- commands ------------------------------------------------------------------------------

    def _start(self, cmd: Command, now: float) -> None:
        faults = self.faults
        if cmd.number is not None and cmd.number == faults.kill_at_line:
            self._kill("Printer halted. kill() called!", now)
            return
        if cmd.number is not None and cmd.number == faults.thermal_runaway_at_line:
            self._emit("Error:Thermal Runaway, system stopped! Heater_ID: 0", now)
            self._kill("Printer halted. kill() called!", now)
            return
        duration = self.config.command_time
        if cmd.number is not None and cmd.number in faults.busy_lines:
            duration += faults.busy_lines.pop(cmd.number)
        code, args = _parse(cmd.text)
        handler = getattr(self, f"_do_{code}", None)
        if handler is None:
            cmd.replies.append(f'echo:Unknown command: "{cmd.text}"')
            cmd.done_at = now + duration
            return
        extra = handler(cmd, args, now)
        cmd.done_at = None if cmd.wait_heater is not None else now + duration + extra

    # -- time ----------------------------------------------------------------------------------

    def _tick(self, now: float) -> None:
        idle = not self._queue and not self._rx and not self._wire
        waited = now - self._last_command_time
        if self.config.no_timeouts and idle and waited >= self.config.no_timeouts:
            self._emit("wait", now)
            self._last_command_time = now
        while self._noise_at and self._noise_at[0] <= now:
            self._noise_at.popleft()
            self._emit_raw(self.faults.noise, now)
        dt = now - self._last_heat
        self._last_heat = now
        self._hotend.step(dt, self.config.heat_rate)
        self._bed.step(dt, self.config.heat_rate / 4)
        if self._autoreport and now >= self._next_report:
            self._next_report = now + self._autoreport
            self._emit(self._temperature_text(), now)
        if self._sd_printing and self._sd_file is not None:
            size = self.config.sd_files[self._sd_file]
            self._sd_pos = min(size, self._sd_pos + dt * self.config.sd_rate)
            if self._sd_pos >= size:
                self._sd_printing = False
                self._sd_file = None
                self._emit("Done printing file", now)
        if self._sd_autoreport and now >= self._next_sd_report:
            self._next_sd_report = now + self._sd_autoreport
            self._emit(self._sd_text(), now)


def _strtol(text: str) -> int:
    """C's strtol as Marlin uses it: leading digits (with a sign), anything else gives 0."""
    match = re.match(r"\s*([+-]?\d+)", text)
    return int(match.group(1)) if match else 0


def _damage(text: str) -> str:
    """Flip a bit in the middle of the line, as a noisy cable would.

    Never into '*', ';' or a line end: such a flip can move where the firmware looks for the
    checksum, and the weak XOR checksum then passes a cut-short line about once in 256 tries.
    That is real, but a test that counts executed lines needs damage that is always caught."""
    middle = max(len(text) // 2, 1)
    flipped = chr(ord(text[middle]) ^ 0x10)
    if flipped in "*;\r\n":
        flipped = chr(ord(text[middle]) ^ 0x40)
    return text[:middle] + flipped + text[middle + 1 :]


def _parse(text: str) -> tuple[str, dict[str, float]]:
    head = text.split(" ", 1)[0].upper()
    code = head[0] + str(int(float(head[1:]))) if re.fullmatch(r"[GMT]\d+(\.\d+)?", head) else ""
    args: dict[str, float] = {}
    for letter, value in _WORD.findall(text[len(head) :].upper()):
        args.setdefault(letter, float(value))
    return code, args
