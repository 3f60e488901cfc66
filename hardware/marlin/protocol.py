"""The host side of Marlin's serial protocol, sans-I/O.

Feed it every line the printer sends (`receive`) and call `poll` now and then for timeouts; ask
it what to write (`next_writes`). It numbers and checksums every command, keeps the history the
firmware may ask for again, and decides how far ahead it may send.

Facts about the firmware this relies on (Marlin's GCodeQueue):
- A numbered line is accepted only if its number is the last accepted one + 1 (M110 excepted)
  and its checksum matches. Otherwise the firmware prints `Error:...`, DISCARDS whatever is in its
  receive buffer, then prints `Resend: <last+1>` (and, since Marlin 2.1, a bare `ok` on the very
  next line, which confirms no command). Every later line that was
  already on the wire is rejected the same way, so one bad line produces a burst of identical
  resend requests: only the first is acted on. Because the firmware refuses any line number it
  does not expect, sending a line again can never make it run twice.
- Every accepted command gets exactly one `ok`, in order, when it has been executed. With
  ADVANCED_OK the `ok` carries the line number and the free planner (P) and queue (B) slots.
- The receive buffer holds 128 bytes; bytes beyond it are lost. Lines move from it into the
  command queue (BUFSIZE deep) as soon as the queue has room. Emptying it before a resend
  request frees only what had arrived: lines still on the wire stay counted (`UnreadLines`).
"""

from __future__ import annotations

import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from hardware.marlin import lines
from hardware.marlin.events import (
    Acknowledged,
    Busy,
    FirmwareError,
    FirmwareMessage,
    FirmwareRestarted,
    Halted,
    JobLine,
    ProtocolEvent,
    ReplyTimedOut,
    ResendImpossible,
    Resending,
    SdStatus,
    Tag,
    Temperatures,
)
from hardware.marlin.settings import TimeoutPolicy
from hardware.marlin.unread import UnreadLines

RX_BUFFER_SIZE = 128
# Commands that wait for a heater (hotend, bed, chamber) for minutes.
HEATING_WAITS = frozenset({"M109", "M190", "M191"})
# "//action:pause" and "// action:pause" are both in use.
_HOST_ACTION = re.compile(r"^//\s*action:")
# Kept free in the firmware's receive buffer so that an emergency M112 always fits.
EMERGENCY_RESERVE = 8
# A `wait` this soon after a line was sent may have been written before the line arrived.
WAIT_GRACE = 1.0


@dataclass
class _Sent:
    number: int
    command: str
    tag: Tag
    size: int
    # Written without a line number (M108): never resent; its `ok` comes in its turn.
    unnumbered: bool = False


@dataclass(frozen=True)
class ProtocolStats:
    lines_sent: int
    bytes_sent: int
    resends_honoured: int
    resends_ignored: int
    timeouts: int
    noise_lines: int = 0


class MarlinProtocol:
    """Not thread-safe: the driver holds a lock around every call."""

    def __init__(
        self,
        *,
        rx_buffer: int = RX_BUFFER_SIZE,
        max_inflight_lines: int | None = None,
        advanced_ok: bool | None = None,
        reply_timeout: float = 5.0,
        max_silent_retries: int = 3,
        history: int = 4096,
        clock: Callable[[], float] = time.monotonic,
        policy: TimeoutPolicy | None = None,
    ) -> None:
        """`policy` sets every timeout and retry limit; without it, `reply_timeout` and
        `max_silent_retries` are used with the defaults for the rest."""
        if policy is None:
            policy = TimeoutPolicy(
                reply_timeout=reply_timeout, max_consecutive_timeouts=max_silent_retries
            )
        reply_timeout = policy.reply_timeout
        max_silent_retries = policy.max_consecutive_timeouts
        self._policy = policy
        # Per line number: times written, and (refusals in a row, writes when last counted).
        # A burst of stale requests for one sending counts once.
        self._writes: dict[int, int] = {}
        # The last error was about the line itself (its checksum), not its number: only those
        # count as refusals; lines already on the wire behind a bad one draw number errors.
        self._checksum_refused = False
        self._line_refused = False
        self._refusals: dict[int, tuple[int, int]] = {}
        self._rx_limit = max(rx_buffer - EMERGENCY_RESERVE, 16)
        self._max_lines = max_inflight_lines
        self._advanced = advanced_ok
        self._reply_timeout = reply_timeout
        self._max_silent_retries = max_silent_retries
        self._history_size = history
        self._clock = clock
        self._priority: deque[tuple[str, Tag]] = deque()
        self._job: Iterator[str] = iter(())
        self._job_next: str | None = None
        self._job_id = 0
        self._job_index = 0
        self._job_left = 0
        self.job_bytes_taken = 0  # command bytes (plus newline) of job lines handed out so far
        self._history: dict[int, _Sent] = {}
        self._history_floor = 0
        self._inflight: deque[_Sent] = deque()
        self._inflight_bytes = 0
        self._unread = UnreadLines()
        self._next_number = 0
        self._resend_cursor: int | None = None
        self._highest_sent = -1
        self._confirmed = -1
        self._queued_in_firmware = 0
        self._max_free_slots = 0
        self._skip_next_ok = False
        self._rewind_target: int | None = None
        self._stale_budget = 0
        self._replies: list[str] = []
        self._last_heard = clock()
        self._silent_retries = 0
        self._halted = False
        self.paused = False
        self._stats = {
            "lines": 0,
            "bytes": 0,
            "honoured": 0,
            "ignored": 0,
            "timeouts": 0,
            "noise": 0,
        }

    # -- state ---------------------------------------------------------------------------------

    @property
    def advanced_ok(self) -> bool:
        return bool(self._advanced)

    @advanced_ok.setter
    def advanced_ok(self, value: bool) -> None:
        self._advanced = value

    @property
    def halted(self) -> bool:
        return self._halted

    @property
    def idle(self) -> bool:
        """Nothing queued, nothing waiting to be resent, nothing unconfirmed."""
        return not (self._priority or self._job_left or self._inflight or self._resend_pending())

    @property
    def job_queued(self) -> int:
        """Job lines not yet handed out."""
        return self._job_left

    def unconfirmed_commands(self) -> tuple[str, ...]:
        """Commands sent and not yet confirmed, oldest first: one of them is running."""
        return tuple(sent.command for sent in self._inflight)

    @property
    def lines_held(self) -> int:
        """Sent lines kept in case the firmware asks for them again."""
        return len(self._history)

    @property
    def inflight(self) -> int:
        return len(self._inflight)

    @property
    def stats(self) -> ProtocolStats:
        s = self._stats
        return ProtocolStats(
            s["lines"], s["bytes"], s["honoured"], s["ignored"], s["timeouts"], s["noise"]
        )

    # -- commands from the host ----------------------------------------------------------------

    def reset_line_numbers(self, tag: int | None = None) -> None:
        """Forget everything outstanding and start again at line 0 with `M110 N0`.

        Marlin takes the number after M110's own N, so the line `N0 M110 N0` leaves it expecting
        line 1 whatever it expected before."""
        self._priority.clear()
        self._history.clear()
        self._history_floor = 0
        self._refusals.clear()
        self._writes.clear()
        self._inflight.clear()
        self._inflight_bytes = 0
        self._unread = UnreadLines()  # line numbers start again
        self._next_number = 0
        self._resend_cursor = None
        self._highest_sent = -1
        self._confirmed = -1
        self._queued_in_firmware = 0
        self._skip_next_ok = False
        self._rewind_target = None
        self._stale_budget = 0
        self._replies.clear()
        self._halted = False
        self._silent_retries = 0
        self._last_heard = self._clock()
        self._priority.append(("M110 N0", tag))

    def send(self, command: str, tag: Tag = None) -> None:
        """Queue a command ahead of any job lines (status queries, heater settings)."""
        self._priority.append((command, tag))

    def queue_job(self, commands: Iterable[str], count: int | None = None, *, job: int = 0) -> None:
        """Stream `count` commands (all of a sequence by default), pulled from `commands` only
        as the window opens; they are tagged JobLine(job, 0), JobLine(job, 1)... Give each job
        its own number: lines of a cancelled one may still be confirmed after the next started.
        An exception from the iterator (a file that changed) comes out of `next_writes` with
        nothing lost."""
        if count is None:
            if not isinstance(commands, Sequence):
                raise TypeError("count is needed when commands is not a sequence")
            count = len(commands)
        self._job = iter(commands)
        self._job_next = None
        self._job_id = job
        self._job_index = 0
        self._job_left = count
        self.job_bytes_taken = 0

    def drop_job(self) -> int:
        """Forget job lines not yet sent (cancel). Lines already sent still complete."""
        dropped = self._job_left
        self._clear_job()
        return dropped

    def _clear_job(self) -> None:
        self._job = iter(())
        self._job_next = None
        self._job_left = 0

    def emergency_stop(self) -> bytes:
        """The bytes to write at once: unnumbered, so the firmware's emergency parser (or its
        early check when the parser is off) acts on it without waiting for the queue."""
        self._priority.clear()
        self._clear_job()
        self._resend_cursor = None
        self._halted = True
        return b"M112\n"

    def interrupt_wait(self) -> bytes:
        """The bytes to write at once to end a heating wait or a wait for the user (M108).

        Only a firmware with the emergency parser acts on them before running what is queued
        ahead; it then also runs the line as a command and confirms it with an `ok` in its
        turn, after every line already sent, which is where it is counted."""
        wire = b"M108\n"
        number = self._next_number - 1
        sent = _Sent(number, "M108", None, len(wire), unnumbered=True)
        self._inflight.append(sent)
        self._inflight_bytes += sent.size
        self._unread.wrote(sent)
        return wire

    # -- what to write -------------------------------------------------------------------------

    def next_writes(self) -> list[bytes]:
        """Lines to write now, in order; each is recorded as sent when returned."""
        out: list[bytes] = []
        if self._halted:
            return out
        while True:
            item = self._peek()
            if item is None:
                break
            number, command, tag = item
            wire = lines.numbered_line(number, command)
            if not self._fits(len(wire)):
                break
            self._take(number, command, tag)
            if not self._inflight:
                # The reply timer runs while something is unconfirmed, from when it was sent.
                self._last_heard = self._clock()
            sent = _Sent(number, command, tag, len(wire))
            self._history[number] = sent
            self._writes[number] = self._writes.get(number, 0) + 1
            self._inflight.append(sent)
            self._inflight_bytes += sent.size
            self._unread.wrote(sent)
            self._highest_sent = max(self._highest_sent, number)
            self._stats["lines"] += 1
            self._stats["bytes"] += sent.size
            out.append(wire)
        self._forget_confirmed()
        return out

    def _forget_confirmed(self) -> None:
        """Keep only what the firmware may still ask for: the lines not yet confirmed, and the
        one before them (a stray `ok` counted against the wrong line)."""
        floor = self._confirmed
        if self._inflight:
            # Lines the firmware has accepted (a resend request said so) but not yet confirmed.
            floor = min(floor, self._inflight[0].number)
        if self._resend_cursor is not None:
            # Lines waiting for room in the firmware's buffer to be sent again.
            floor = min(floor, self._resend_cursor)
        while self._history_floor < floor:
            self._history.pop(self._history_floor, None)
            self._writes.pop(self._history_floor, None)
            self._history_floor += 1
        if len(self._history) > self._history_size:
            for key in sorted(self._history)[: len(self._history) - self._history_size]:
                del self._history[key]

    def _resend_pending(self) -> bool:
        return self._resend_cursor is not None and self._resend_cursor <= self._highest_sent

    def _peek(self) -> tuple[int, str, Tag] | None:
        while self._resend_pending():
            assert self._resend_cursor is not None
            old = self._history[self._resend_cursor]
            if old.command.startswith("M110") and old.number <= self._confirmed:
                # Marlin takes an M110 line whatever number it expects: sent again after later
                # lines were accepted, it would make the firmware accept them a second time.
                self._resend_cursor += 1
                continue
            return old.number, old.command, old.tag
        if self._priority:
            command, tag = self._priority[0]
            return self._next_number, command, tag
        if self._job_left and not self.paused:
            if self._job_next is None:
                try:
                    self._job_next = next(self._job)
                except StopIteration:
                    left, self._job_left = self._job_left, 0
                    raise ValueError(f"the job ended {left} lines early") from None
            return self._next_number, self._job_next, JobLine(self._job_id, self._job_index)
        return None

    def _take(self, number: int, command: str, tag: Tag) -> None:
        if self._resend_pending():
            assert self._resend_cursor is not None
            self._resend_cursor += 1
            return
        self._resend_cursor = None
        if self._priority:
            self._priority.popleft()
        else:
            self.job_bytes_taken += len(command) + 1
            self._job_next = None
            self._job_index += 1
            self._job_left -= 1
        self._next_number = number + 1

    def _fits(self, size: int) -> bool:
        if not self._inflight and not self._unread:
            return True
        if self._inflight and self._inflight[0].command.startswith("M110"):
            # Nothing goes with an M110 until it is confirmed: were it sent again after later
            # lines had been accepted, the firmware would accept them a second time.
            return False
        if self._max_lines is not None and len(self._inflight) >= self._max_lines:
            return False
        limit = unread_limit = self._rx_limit
        if self._advanced and self._queued_in_firmware:
            # Lines already moved into the firmware's command queue no longer occupy its
            # receive buffer.
            for i, sent in enumerate(self._inflight):
                if i >= self._queued_in_firmware:
                    break
                limit += sent.size
            unread_limit += self._unread.bytes_of_oldest(self._queued_in_firmware)
        # Unconfirmed lines, as if still in the buffer (without ADVANCED_OK, that keeps each
        # `ok` close to its line), and lines that may still be on the wire after a resend
        # request, whether still awaited or given up.
        return self._inflight_bytes + size <= limit and self._unread.bytes + size <= unread_limit

    # -- what the printer said -----------------------------------------------------------------

    def receive(self, raw: bytes) -> list[ProtocolEvent]:
        """Handle one received line (newline already stripped). Never raises."""
        text = lines.decode(raw)
        if not text:
            return []
        if lines.is_reset_banner(text):
            return self._on_restart(text)
        if not lines.is_printer_output(text):
            # Noise on the cable: not a reply, so it neither restarts the reply timer nor
            # stands between a resend request and its `ok`.
            self._stats["noise"] += 1
            return []
        if text == "wait":
            return self._on_wait()
        skip, self._skip_next_ok = self._skip_next_ok, False
        ok = lines.parse_ok(text)
        if ok is not None:
            self._heard()
            with_temperatures = " T:" in text or " B:" in text
            events = self._on_ok(*ok, with_temperatures=with_temperatures, skip=skip)
            if with_temperatures:
                events.append(Temperatures(lines.parse_temperatures(text)))
            return events
        resend, number = lines.parse_resend(text)
        if resend:
            self._heard()
            return self._on_resend(number, text)
        if text.startswith("busy:") or text.startswith("echo:busy:"):
            self._heard()
            return [Busy(text.split("busy:", 1)[1].strip())]
        if text.startswith("Error:") or text.startswith("!!"):
            self._heard()
            message = text.removeprefix("Error:").removeprefix("!!").strip()
            if lines.is_fatal_error(message) or text.startswith("!!"):
                return self._on_halt(message or text)
            # A refused line (counted when its resend request comes; which one cannot be told).
            self._line_refused = "Last Line" in message
            self._replies.append(text)
            self._checksum_refused = "checksum" in message.lower()
            return [FirmwareError(message)]
        # From here on, only a reply to a command restarts the reply timer. Reports the
        # firmware sends on its own (temperatures, SD progress, host actions) keep coming while
        # an `ok` is lost; counting them would keep the timeout from ever firing.
        if lines.is_temperature_report(text):
            if self._inflight and self._inflight[0].command.split(" ", 1)[0] in HEATING_WAITS:
                # Waiting for a heater, Marlin prints the temperatures every second instead of
                # `busy:`. Its `ok` cannot be the one lost while it is still the oldest: the
                # job's closing M400 comes after it, and a command has its own timeout.
                self._heard()
            return [Temperatures(lines.parse_temperatures(text))]
        sd = lines.parse_sd_progress(text)
        if sd is not None:
            self._replies.append(text)
            return [SdStatus(True, sd[0], sd[1])]
        if text.startswith("Not SD printing"):
            self._replies.append(text)
            return [SdStatus(False)]
        if _HOST_ACTION.match(text):
            return [FirmwareMessage(text)]
        # Command output (echo:, M114's position, M115's capabilities) is kept for the `ok` it
        # belongs to, but does not restart the reply timer: such chatter must not keep a line
        # unconfirmed past the timeout.
        if text.startswith("echo:Unknown command:"):
            quoted = text.split(":", 2)[2].strip().strip('"')
            if not quoted[:1].isalpha():
                # The tail of a line the firmware partly discarded after an error; its `ok`
                # confirms nothing we sent.
                self._skip_next_ok = True
                return [FirmwareMessage(text)]
        self._replies.append(text)
        return [FirmwareMessage(text)]

    def _on_restart(self, text: str, reason: str = "") -> list[ProtocolEvent]:
        """The firmware was reset: nothing outstanding will ever be confirmed, and nothing may
        be sent again from a line number it no longer expects."""
        self._halted = True
        self._priority.clear()
        self._clear_job()
        self._inflight.clear()
        self._inflight_bytes = 0
        self._unread.clear()
        self._resend_cursor = None
        return [FirmwareRestarted(text, reason)]

    def _on_wait(self) -> list[ProtocolEvent]:
        """Marlin built with NO_TIMEOUTS prints `wait` when its command queue is empty and no
        byte is waiting: whatever is still unconfirmed was lost on the way (or its `ok` was).
        A nudge to recover at once, not a sign of progress."""
        if self._halted or not self._inflight:
            return []
        if self._clock() - self._last_heard < min(WAIT_GRACE, self._reply_timeout):
            return []  # the line may have been on the wire when the firmware wrote `wait`
        return self._recover()

    def _heard(self) -> None:
        """The printer answered a command: restart the reply timer."""
        self._last_heard = self._clock()
        self._silent_retries = 0

    def _on_ok(
        self,
        number: int | None,
        planner: int | None,
        free: int | None,
        *,
        with_temperatures: bool,
        skip: bool,
    ) -> list[ProtocolEvent]:
        replies = tuple(self._replies)
        self._replies.clear()
        if free is not None and number is not None and self._advanced is None:
            self._advanced = True
        if (
            self._advanced
            and number is None
            and with_temperatures
            and self._inflight
            and self._inflight[0].command.startswith("M105")
        ):
            # Marlin's M105 prints its own `ok T:...` without the ADVANCED_OK fields.
            sent = self._pop_inflight()
            return [Acknowledged(sent.number, sent.command, sent.tag, replies)]
        if skip and (number is None or not self._advanced):
            return []
        if self._advanced and number is None:
            # Every line we send is numbered, so an `ok` without a number confirms none of them.
            return []
        events: list[ProtocolEvent] = []
        if self._advanced and number is not None:
            if self._inflight and number < self._inflight[0].number:
                return []
            if not self._inflight or number > self._inflight[-1].number:
                if number <= self._highest_sent:
                    # A line given up after a resend request: the firmware took the copy that
                    # was still on its way.
                    self._unread.taken(number, answer=True)
                # Otherwise noise changed the number. Its line's own `ok` is lost, which the
                # reply timeout recovers from.
                return []
            while self._inflight and self._inflight[0].number <= number:
                sent = self._pop_inflight()
                last = sent.number == number
                events.append(
                    Acknowledged(sent.number, sent.command, sent.tag, replies if last else ())
                )
            if free is not None:
                self._max_free_slots = max(self._max_free_slots, free)
                self._queued_in_firmware = max(0, self._max_free_slots - free)
        else:
            if not self._inflight:
                if self._resend_pending():
                    # The firmware took a line given up after a resend request, on its way.
                    self._unread.answered_one()
                return []
            sent = self._pop_inflight()
            events.append(Acknowledged(sent.number, sent.command, sent.tag, replies))
        if self._rewind_target is not None and self._confirmed >= self._rewind_target:
            self._rewind_target = None
            self._stale_budget = 0
        return events

    def _pop_inflight(self) -> _Sent:
        if self._refusals:
            self._refusals.clear()  # progress: refusals count only in a row
        sent = self._inflight.popleft()
        self._inflight_bytes -= sent.size
        if sent.unnumbered:
            self._unread.answered_one()
        else:
            self._unread.taken(sent.number, answer=True)
        self._confirmed = max(self._confirmed, sent.number)
        return sent

    def _on_resend(self, number: int | None, text: str) -> list[ProtocolEvent]:
        # Marlin 2.1 prints a bare `ok` right after every resend request (2.0 did not): only an
        # `ok` on the very next line is taken as that one.
        self._skip_next_ok = True
        self._replies.clear()
        checksum_refused, self._checksum_refused = self._checksum_refused, False
        line_refused, self._line_refused = self._line_refused, False
        if self._halted:
            return []
        first_open = self._inflight[0].number if self._inflight else self._confirmed + 1
        garbled = number is None or number > self._highest_sent + 1
        if not garbled and number is not None:
            # The firmware had taken the line before the one it asks for; the line it refused
            # came after that one.
            self._unread.taken(number - 1, answer=False)
        if line_refused:
            self._unread.answered_one()
        if garbled or number is None:
            # A garbled number: resend from the oldest line not yet confirmed. The firmware
            # refuses anything it already has, and its next request names the right line.
            number = first_open
            reason = f"unreadable resend request {text!r}"
        else:
            reason = text
        if number == self._rewind_target and self._stale_budget > 0:
            self._stale_budget -= 1
            self._stats["ignored"] += 1
            return []
        if number < first_open - 1:
            # Marlin only ever asks for the line after the last one it accepted, and it had
            # confirmed lines after this one: its count went back, which only a reset does.
            # Sending from here would run the job again from that line.
            return self._on_restart(
                text,
                f"it asked for line {number} again while line {first_open} was next, "
                "so it must have been reset",
            )
        self._confirmed = max(self._confirmed, number - 1)
        if self._resend_cursor is not None and self._resend_cursor < number:
            # The firmware has every line before `number`: none of them is to be sent again.
            self._resend_cursor = number
        if number > self._highest_sent:
            # Everything we sent has arrived; this request answered a line we already resent.
            return []
        if number not in self._history:
            self._halted = True
            return [ResendImpossible(number)]
        refusals, counted_at = self._refusals.get(number, (0, 0))
        writes = self._writes.get(number, 0)
        if checksum_refused and not garbled and writes > counted_at:
            refusals += 1
            self._refusals[number] = (refusals, writes)
        if refusals >= self._policy.max_resends_of_a_line:
            command = self._history[number].command
            return self._on_halt(
                f"the printer refused line {number} ({command!r}) {refusals} times in a row: "
                "it cannot take that line"
            )
        self._rewind(number)
        self._stats["honoured"] += 1
        return [Resending(number, reason)]

    def _rewind(self, number: int) -> None:
        # They stay counted as unread: the firmware emptied its buffer before it asked, and
        # any of them still on the wire then is in it now.
        while self._inflight and self._inflight[-1].number >= number:
            sent = self._inflight.pop()
            self._inflight_bytes -= sent.size
        self._queued_in_firmware = 0
        self._resend_cursor = number
        self._rewind_target = number
        # Each line sent after `number` may still draw one stale request for the same line.
        self._stale_budget = max(0, self._highest_sent - number)

    def _on_halt(self, reason: str) -> list[ProtocolEvent]:
        already = self._halted and not self._inflight and not self._job_left
        self._halted = True
        self._priority.clear()
        self._clear_job()
        self._inflight.clear()
        self._inflight_bytes = 0
        self._unread.clear()
        self._resend_cursor = None
        return [] if already and reason.lower().startswith("printer halted") else [Halted(reason)]

    # -- time ----------------------------------------------------------------------------------

    def note_activity(self) -> None:
        """Restart the reply timer (e.g. after a long write)."""
        self._last_heard = self._clock()

    def poll(self) -> list[ProtocolEvent]:
        """Call periodically: recovers from an `ok` that never came."""
        if self._halted:
            return []
        if not self._inflight:
            if self._unread and self._clock() - self._last_heard >= self._policy.reply_timeout:
                # Lines given up after a resend request, never answered (emptied out of the
                # buffer): after a reply timeout of silence none of them is still on its way.
                self._unread.clear()
            return []
        limit = self._current_timeout()
        if limit is None:
            return []  # a person at the printer is being waited for (M0, M600...)
        silent = self._clock() - self._last_heard
        if silent < limit:
            return []
        return self._recover()

    def _current_timeout(self) -> float | None:
        """The longest the firmware may stay silent now: a command still unconfirmed may be
        the one it is running (homing, probing, waiting for a person)."""
        limit = self._policy.reply_timeout
        for sent in self._inflight:
            allowed = self._policy.timeout_for(sent.command)
            if allowed is None:
                return None
            limit = max(limit, allowed)
        return limit

    def _recover(self) -> list[ProtocolEvent]:
        """No reply to the oldest unconfirmed line: send it again, or give up after
        `max_silent_retries` attempts in a row without a reply."""
        silent = self._clock() - self._last_heard
        self._last_heard = self._clock()
        if self._inflight and self._inflight[0].unnumbered:
            # Its `ok` was lost; it cannot be sent again (it has no number to refuse it by).
            sent = self._pop_inflight()
            return [Acknowledged(None, sent.command, sent.tag)]
        if self._silent_retries >= self._max_silent_retries:
            self._on_halt("the printer stopped answering")
            return [Halted(f"the printer stopped answering for {silent:.1f} s")]
        self._silent_retries += 1
        self._stats["timeouts"] += 1
        # An `ok` may have been lost. Send the oldest unconfirmed line again with its own number:
        # if the firmware has it already, it refuses it and names the line it wants instead.
        events: list[ProtocolEvent] = []
        while self._inflight and self._inflight[0].number <= self._confirmed:
            # The firmware's own resend requests showed it has these; their `ok` was lost.
            sent = self._pop_inflight()
            events.append(Acknowledged(sent.number, sent.command, sent.tag))
        if not self._inflight:
            return events
        # Silent for a whole reply timeout: nothing written is still on its way.
        self._unread.clear()
        first = self._inflight[0].number
        self._rewind(first)
        events.append(ReplyTimedOut(first, silent))
        return events
