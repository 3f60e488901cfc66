"""A simulated relay/lock controller on a pty, speaking exactly the firmware's protocol.

`RelayModel` is the firmware's logic in Python (hardware/firmware/relay_controller/), sans-I/O
and driven by a millisecond clock, so that tests can run it in microseconds. `RelaySimulator`
puts it on a pty: it plays the boot banner each time the host opens the port (as a Uno resets
on DTR), keeps time from an injectable clock, and has knobs for faults (mute, lost or corrupted
replies, noise, a reset in the middle of a session)."""

from __future__ import annotations

import fcntl
import struct
import termios
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from hardware.relay.protocol import MAX_REQUEST_LINE, crc16, seal
from hardware.sim.pty_device import PtyDevice

DEVICE_ID = "RC-1"
FW_VERSION = "1.1.0"
PROTO_VERSION = 1
MAX_UNLOCK_S = 86400
MAX_HB_S = 3600
DEBOUNCE_MS = 20
ESTOP_INPUT = 1  # index: input 2 is the e-stop
ERR_BURST = 8  # frame-error replies: a burst of 8, then one per 25 ms (as the firmware)
ERR_REFILL_MS = 25
MAX_KAMAX_S = 86400
DEFAULT_KAMAX_S = 28800  # what a controller with an erased EEPROM uses
FEEDBACK_SETTLE_MS = 250  # feedback still "on" this long after switching off is a fault


@dataclass(frozen=True)
class Action:
    """A request the model acted on (not a resend answered from memory)."""

    seq: int
    words: tuple[str, ...]


def _number(word: bytes) -> int | None:
    if not word or len(word) > 6 or not word.isdigit():
        return None
    return int(word)


def _parse_list(word: bytes, limit: int) -> list[int] | None:
    """`-` or `1,3` (each 1..limit, once) as the firmware's parse_list reads it; None if bad."""
    if word == b"-":
        return []
    found: list[int] = []
    for item in word.split(b","):
        value = _number(item) if len(item) <= 3 else None
        if value is None or not 1 <= value <= limit or value in found:
            return None
        found.append(value)
    return sorted(found)


class RelayModel:
    """The controller's state machine. Every method takes `now_ms` and returns the lines to send
    (each a complete frame with CRC and line end).

    The settings the firmware keeps in EEPROM (`active_low`, `nc_inputs`, `feedback_channels`,
    `kamax_s`) survive `reset()`, as they survive a power cycle. `raw_inputs` and
    `raw_feedback` are the pins as wired: True = pulled to GND (a closed contact)."""

    def __init__(
        self,
        channels: int = 4,
        inputs: int = 2,
        device_id: str = DEVICE_ID,
        *,
        active_low: bool = True,
    ) -> None:
        self.channels = channels
        self.inputs = inputs
        self.device_id = device_id
        self.active_low = active_low
        self.nc_inputs: list[int] = []
        self.feedback_channels: list[int] = []
        self.kamax_s = DEFAULT_KAMAX_S
        self.actions: list[Action] = []
        self.frames = 0  # requests received with a valid CRC, resends included
        self._line = bytearray()
        self._overflow = False
        self.raw_inputs = [False] * inputs
        self.raw_feedback = [False] * channels
        self.reset(0)

    # -- state ------------------------------------------------------------------------------

    def reset(self, now_ms: int) -> list[bytes]:
        self.unlocked = [False] * self.channels
        self.until_ms = [0] * self.channels
        self.keep_alive = [False] * self.channels
        self.hb_ms = 0
        self.hb_fired = False
        self.last_rx_ms = now_ms
        self.boot_ms = now_ms
        self.ka_capped = False
        self.in_active = [self._input_active(i) for i in range(self.inputs)]
        self.in_raw = list(self.in_active)
        self.in_since_ms = [now_ms] * self.inputs
        self.off_since_ms = [now_ms] * self.channels
        self.fb_on = [False] * self.channels
        self.fb_raw = [False] * self.channels
        self.fb_since_ms = [now_ms] * self.channels
        self.fb_fault = [False] * self.channels
        self.event_seq = 0
        self._last: tuple[int, int, bytes] | None = None
        self._line.clear()
        self._overflow = False
        self.err_tokens = ERR_BURST
        self.err_stamp_ms = now_ms
        # The firmware ends any line a reset cut off before it sends the banner.
        return [b"\n" + self._event(b"BOOT" + self._hello_fields())]

    def _input_active(self, i: int) -> bool:
        return self.raw_inputs[i] != (i + 1 in self.nc_inputs)

    def pin_levels(self) -> tuple[int, ...]:
        """The level of each relay output: the "off" level is HIGH for active-low modules."""
        return tuple(int(on != self.active_low) for on in self.unlocked)

    def _switch_off(self, ch: int, now_ms: int) -> None:
        if self.unlocked[ch]:
            self.off_since_ms[ch] = now_ms
        self.unlocked[ch] = False

    def seconds_left(self, ch: int, now_ms: int) -> int:
        if not self.unlocked[ch]:
            return 0
        left = self.until_ms[ch] - now_ms
        return 0 if left <= 0 else (left + 999) // 1000

    def _hello_fields(self) -> bytes:
        return b" id=%s fw=%s ch=%d in=%d proto=%d pol=%s nc=%s fb=%s kamax=%d" % (
            self.device_id.encode(),
            FW_VERSION.encode(),
            self.channels,
            self.inputs,
            PROTO_VERSION,
            b"low" if self.active_low else b"high",
            self._channel_list(self.nc_inputs),
            self._channel_list(self.feedback_channels),
            self.kamax_s,
        )

    def _event(self, body: bytes) -> bytes:
        line = seal(b"!%d %s" % (self.event_seq, body))
        self.event_seq = 1 if self.event_seq == 65535 else self.event_seq + 1
        return line

    def _lock_where(self, now_ms: int, *, keep_alive: bool, others: bool = True) -> list[int]:
        locked = []
        for ch in range(self.channels):
            if self.unlocked[ch] and (keep_alive if self.keep_alive[ch] else others):
                self._switch_off(ch, now_ms)
                locked.append(ch + 1)
        return locked

    @staticmethod
    def _channel_list(channels: list[int]) -> bytes:
        return b",".join(b"%d" % c for c in channels) or b"-"

    # -- bytes in -----------------------------------------------------------------------------

    def feed(self, data: bytes, now_ms: int) -> list[bytes]:
        out: list[bytes] = []
        for byte in data:
            if byte in (0x0A, 0x0D):
                reply: bytes | None = None
                if self._overflow:
                    reply = self._frame_error(b"LONG", now_ms)
                elif self._line:
                    reply = self._handle_line(bytes(self._line), now_ms)
                if reply is not None:
                    out.append(reply)
                self._line.clear()
                self._overflow = False
            elif not self._overflow:
                if len(self._line) >= MAX_REQUEST_LINE:
                    self._overflow = True
                else:
                    self._line.append(byte)
        return out

    def _frame_error(self, code: bytes, now_ms: int) -> bytes | None:
        """`0 ERR <code>`, or None when the token bucket is empty (a flood of bad lines)."""
        earned = (now_ms - self.err_stamp_ms) // ERR_REFILL_MS
        if earned > 0:
            self.err_tokens = min(ERR_BURST, self.err_tokens + earned)
            if self.err_tokens == ERR_BURST:
                self.err_stamp_ms = now_ms
            else:
                self.err_stamp_ms += earned * ERR_REFILL_MS
        if self.err_tokens == 0:
            return None
        self.err_tokens -= 1
        return seal(b"0 ERR " + code)

    def _handle_line(self, line: bytes, now_ms: int) -> bytes | None:
        star = line.rfind(b"*")
        if b"\0" in line or star < 0 or len(line) - star != 5:
            return self._frame_error(b"SYNTAX", now_ms)
        crc_text = line[star + 1 :]
        if any(c not in b"0123456789ABCDEF" for c in crc_text):
            return self._frame_error(b"SYNTAX", now_ms)
        crc = int(crc_text, 16)
        body = line[:star]
        if crc16(body) != crc:
            return self._frame_error(b"CRC", now_ms)
        self.frames += 1
        self.last_rx_ms = now_ms
        self.hb_fired = False
        self.ka_capped = False
        words = body.split(b" ", 5)
        seq = _number(words[0])
        if len(words) < 2 or seq is None or not 1 <= seq <= 65535:
            return self._frame_error(b"SYNTAX", now_ms)
        if self._last is not None and self._last[0] == seq and self._last[1] == crc:
            return seal(self._last[2])
        reply = self._dispatch(seq, words[1:], now_ms)
        self._last = (seq, crc, reply)
        return seal(reply)

    def _channel(self, word: bytes) -> int:
        value = _number(word)
        if value is None:
            return -2
        return value - 1 if 1 <= value <= self.channels else -1

    def _dispatch(self, seq: int, words: list[bytes], now_ms: int) -> bytes:
        verb, count = words[0], len(words)
        head = b"%d OK" % seq

        def error(code: bytes) -> bytes:
            return b"%d ERR %s" % (seq, code)

        if verb == b"HELLO" and count == 1:
            return head + self._hello_fields()
        if verb == b"PING" and count == 1:
            return head + b" up=%d" % ((now_ms - self.boot_ms) // 1000)
        if verb == b"STATUS" and count == 1:
            left = b",".join(b"%d" % self.seconds_left(c, now_ms) for c in range(self.channels))
            ka = b",".join(b"1" if k else b"0" for k in self.keep_alive)
            ins = b",".join(b"1" if a else b"0" for a in self.in_active)
            up = (now_ms - self.boot_ms) // 1000
            fb = b",".join(b"1" if on else b"0" for on in self.fb_on)
            hb = self.hb_ms // 1000
            return head + b" t=%s ka=%s in=%s hb=%d up=%d fb=%s" % (left, ka, ins, hb, up, fb)
        if verb == b"UNLOCK":
            ch = self._channel(words[1]) if count == 3 else -2
            secs = _number(words[2]) if count == 3 else None
            if ch == -1:
                return error(b"CHANNEL")
            if ch < 0 or secs is None or not 1 <= secs <= MAX_UNLOCK_S:
                return error(b"ARG")
            if self.in_active[ESTOP_INPUT]:
                return error(b"ESTOP")
            self.until_ms[ch] = now_ms + secs * 1000
            self.unlocked[ch] = True
            self._acted(seq, words)
            return head + b" ch=%d t=%d" % (ch + 1, secs)
        if verb == b"LOCK" and count == 2:
            if words[1] == b"ALL":
                self._lock_where(now_ms, keep_alive=True)
                self._acted(seq, words)
                return head + b" ch=all"
            ch = self._channel(words[1])
            if ch < 0:
                return error(b"CHANNEL" if ch == -1 else b"ARG")
            self._switch_off(ch, now_ms)
            self._acted(seq, words)
            return head + b" ch=%d" % (ch + 1)
        if verb == b"HB" and count == 2:
            secs = _number(words[1])
            if secs is None or secs > MAX_HB_S:
                return error(b"ARG")
            self.hb_ms = secs * 1000
            self.hb_fired = False
            self._acted(seq, words)
            return head + b" hb=%d" % secs
        if verb == b"KEEP" and count == 3:
            ch = self._channel(words[1])
            if ch == -1:
                return error(b"CHANNEL")
            if ch < 0 or words[2] not in (b"0", b"1"):
                return error(b"ARG")
            self.keep_alive[ch] = words[2] == b"1"
            self._acted(seq, words)
            return head + b" ch=%d ka=%s" % (ch + 1, words[2])
        if verb == b"SET" and count == 3:
            reply = self._set(words[1], words[2], now_ms)
            if reply is None:
                return error(b"ARG")
            self._acted(seq, words)
            return head + reply
        if verb in (b"HELLO", b"PING", b"STATUS", b"LOCK", b"HB", b"KEEP", b"SET"):
            return error(b"ARG")
        return error(b"VERB")

    def _set(self, key: bytes, value: bytes, now_ms: int) -> bytes | None:
        """A setting the firmware keeps in EEPROM; the reply fields, or None for ARG."""
        if key == b"pol" and value in (b"low", b"high"):
            self.active_low = value == b"low"
            for ch in range(self.channels):
                self._switch_off(ch, now_ms)
            return b" pol=" + value
        if key in (b"nc", b"fb"):
            chosen = _parse_list(value, self.inputs if key == b"nc" else self.channels)
            if chosen is None:
                return None
            if key == b"nc":
                self.nc_inputs = chosen
            else:
                self.feedback_channels = chosen
            return b" %s=%s" % (key, self._channel_list(chosen))
        if key == b"kamax":
            secs = _number(value)
            if secs is None or secs > MAX_KAMAX_S:
                return None
            self.kamax_s = secs
            return b" kamax=%d" % secs
        return None

    def _acted(self, seq: int, words: list[bytes]) -> None:
        self.actions.append(Action(seq, tuple(w.decode("ascii", "replace") for w in words)))

    # -- time and inputs ----------------------------------------------------------------------

    def tick(self, now_ms: int) -> list[bytes]:
        out: list[bytes] = []
        for ch in range(self.channels):
            if self.unlocked[ch] and now_ms - self.until_ms[ch] >= 0:
                self._switch_off(ch, now_ms)
                out.append(self._event(b"EXPIRED ch=%d" % (ch + 1)))
        if self.hb_ms and not self.hb_fired and now_ms - self.last_rx_ms >= self.hb_ms:
            self.hb_fired = True
            locked = self._lock_where(now_ms, keep_alive=False)
            out.append(self._event(b"HBLOST ch=" + self._channel_list(locked)))
        kamax_ms = self.kamax_s * 1000
        if kamax_ms and not self.ka_capped and now_ms - self.last_rx_ms >= kamax_ms:
            self.ka_capped = True
            locked = self._lock_where(now_ms, keep_alive=True, others=False)
            if locked:
                out.append(self._event(b"KACAP ch=" + self._channel_list(locked)))
        for i in range(self.inputs):
            raw = self._input_active(i)
            if raw != self.in_raw[i]:
                self.in_raw[i] = raw
                self.in_since_ms[i] = now_ms
            elif raw != self.in_active[i] and now_ms - self.in_since_ms[i] >= DEBOUNCE_MS:
                self.in_active[i] = raw
                out.append(self._event(b"INPUT in=%d v=%d" % (i + 1, raw)))
                if i == ESTOP_INPUT and raw:
                    locked = self._lock_where(now_ms, keep_alive=True)
                    out.append(self._event(b"ESTOP ch=" + self._channel_list(locked)))
        out.extend(self._check_feedback(now_ms))
        return out

    def _check_feedback(self, now_ms: int) -> list[bytes]:
        out: list[bytes] = []
        for ch in range(self.channels):
            raw = ch + 1 in self.feedback_channels and self.raw_feedback[ch]
            if raw != self.fb_raw[ch]:
                self.fb_raw[ch] = raw
                self.fb_since_ms[ch] = now_ms
            elif raw != self.fb_on[ch] and now_ms - self.fb_since_ms[ch] >= DEBOUNCE_MS:
                self.fb_on[ch] = raw
            settled = now_ms - self.off_since_ms[ch] >= FEEDBACK_SETTLE_MS
            fault = self.fb_on[ch] and not self.unlocked[ch] and settled
            if fault != self.fb_fault[ch]:
                self.fb_fault[ch] = fault
                out.append(self._event(b"FAULT ch=%d v=%d" % (ch + 1, fault)))
        return out


class ManualClock:
    """A clock that moves only when told to; pass it to RelaySimulator to test timers exactly."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds


class RelaySimulator(PtyDevice):
    """The relay controller on a pty. Thread-safe knobs for tests:

    - `mute`: read and act on requests but send nothing back (a device that stops answering)
    - `drop_replies`: act on the next N requests but lose their replies (a noisy cable)
    - `corrupt_replies`: send the next N replies with a wrong CRC
    - `reply_delay`: seconds to hold each reply (a slow device)
    - `inject(data)`: send raw bytes (noise, partial lines)
    - `reboot()`: reset as after a power blip, mid-session: everything locks, banner is sent
      (or glued to a cut-off line, or lost)
    - `set_input(n, active)`: pull input n (1-based; 2 is the e-stop) to GND or let it go
      (with normally-open wiring, the default, pulled to GND = active)
    - `set_feedback(ch, on)`: pull channel ch's feedback input to GND (the load is powered)
    """

    def __init__(
        self,
        *,
        channels: int = 4,
        inputs: int = 2,
        clock: Callable[[], float] = time.monotonic,
        reset_on_open: bool = True,
        active_low: bool = True,
    ) -> None:
        super().__init__()
        self.model = RelayModel(channels, inputs, active_low=active_low)
        self._clock = clock
        self._t0 = clock()
        self.reset_on_open = reset_on_open
        self.mute = False
        self.drop_replies = 0
        self.corrupt_replies = 0
        self.reply_delay = 0.0
        self.opens = 0
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)

    def now_ms(self) -> int:
        return int((self._clock() - self._t0) * 1000)

    # -- knobs --------------------------------------------------------------------------------

    def set_input(self, number: int, active: bool) -> None:
        with self._lock:
            self.model.raw_inputs[number - 1] = active

    def set_feedback(self, channel: int, on: bool) -> None:
        with self._lock:
            self.model.raw_feedback[channel - 1] = on

    def inject(self, data: bytes) -> None:
        self.send(data)

    def reboot(self, banner: Literal["own line", "glued", "lost"] = "own line") -> None:
        """`glued`: the banner without the line end before it, as firmware 1.0.0 sent it (glued
        to whatever line the reset cut off); `lost`: no banner reaches the host at all."""
        with self._lock:
            lines = self.model.reset(self.now_ms())
            self._changed.notify_all()
        if banner == "glued":
            lines = [line.lstrip(b"\n") for line in lines]
        if banner != "lost":
            self.send(b"".join(lines))

    @property
    def relays(self) -> tuple[bool, ...]:
        """What the relay outputs drive now (True = powered / unlocked)."""
        with self._lock:
            return tuple(self.model.unlocked)

    @property
    def actions(self) -> list[Action]:
        with self._lock:
            return list(self.model.actions)

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
        """Wait until `predicate()` (called under the simulator's lock) holds."""
        with self._changed:
            return self._changed.wait_for(predicate, timeout)

    # -- PtyDevice hooks ----------------------------------------------------------------------

    def on_start(self) -> None:
        # Packet mode shows the flush pyserial does when it opens the port: the pty's stand-in
        # for the DTR pulse that resets an Arduino.
        fcntl.ioctl(self._master, termios.TIOCPKT, struct.pack("i", 1))

    def on_bytes(self, data: bytes) -> None:
        if not data:
            return
        if data[0] == termios.TIOCPKT_DATA:
            with self._lock:
                replies = self.model.feed(data[1:], self.now_ms())
                self._changed.notify_all()
                mute, delay = self.mute, self.reply_delay
            if not mute:
                if delay:
                    self._stop.wait(delay)
                for reply in replies:
                    self._send_reply(reply)
        elif data[0] & termios.TIOCPKT_FLUSHREAD:
            with self._lock:
                self.opens += 1
                banner = self.model.reset(self.now_ms()) if self.reset_on_open else []
                self._changed.notify_all()
            self.send(b"".join(banner))

    def _send_reply(self, reply: bytes) -> None:
        with self._lock:
            if self.drop_replies > 0:
                self.drop_replies -= 1
                return
            if self.corrupt_replies > 0:
                self.corrupt_replies -= 1
                star = reply.rfind(b"*")
                wrong = (int(reply[star + 1 : star + 5], 16) ^ 0x5A5A) & 0xFFFF
                reply = b"%s*%04X\n" % (reply[:star], wrong)
        self.send(reply)

    def on_idle(self) -> None:
        with self._lock:
            events = self.model.tick(self.now_ms())
            self._changed.notify_all()  # debouncing moves state without any event
        if events and not self.mute:
            self.send(b"".join(events))
