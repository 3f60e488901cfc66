"""The compiled relay firmware running under libsimavr, as a process with a pty serial port.

`EmulatedController` starts `relay_runner` (built by hardware.firmware.build), reads the pty
path and every relay pin change it reports, and drives the input pins. The pins are observed in
the emulated MCU itself, so a test can check what the relays really do instead of trusting the
firmware's replies.

A pin's state is "0" or "1" (driven), "U" (an input with the internal pull-up) or "Z" (an input
left floating: after a reset, until the firmware drives it). Whether a relay is on follows from
the module's polarity: an active-low module (input LOW = relay on) is on only at "0"; an
active-high one is on at "1", and "U" counts as on too, since the pull-up can feed its
transistor. "Z" is off for both, given the pull resistor the wiring table in PROTOCOL.md asks
for."""

from __future__ import annotations

import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Literal

RELAY_PINS = ("D4", "D5", "D6", "D7")
INPUT_PINS = ("A0", "A1")  # door, e-stop; pulled up, active low
FEEDBACK_PINS = ("A2", "A3", "A4", "A5")  # channel 1..4 feedback; pulled up, active low

# EEPROM addresses of the firmware's settings (relay_controller.ino, EE_*)
EE_POLARITY = 0
EE_NC = 1
EE_FEEDBACK = 2

Polarity = Literal["low", "high"]
FLOATING = "Z"


@dataclass(frozen=True)
class PinChange:
    pin: str
    level: str  # "0", "1", "U" (pulled up) or "Z" (floating)
    emulated_us: int


def relay_on(level: str, polarity: Polarity) -> bool:
    """Whether a relay module of `polarity` is switched on by a pin in this state."""
    if polarity == "low":
        return level == "0"
    return level in ("1", "U")


class EmulatorError(RuntimeError):
    pass


class EmulatedController:
    """One emulated controller. `pace=True` keeps emulated time at wall-clock speed so the
    firmware's timers (unlock time, heartbeat) last as long as on a real board."""

    def __init__(
        self,
        runner: Path,
        elf: Path,
        *,
        pace: bool = True,
        polarity: Polarity = "low",
        eeprom: dict[int, int] | None = None,
    ) -> None:
        """`polarity` is the relay modules wired to the board; it is also written into the
        EEPROM the firmware starts with (erased, 0xFF, means active-low), unless `eeprom` gives
        that byte itself (to emulate a board configured wrongly)."""
        self.runner = runner
        self.elf = elf
        self.pace = pace
        self.polarity: Polarity = polarity
        self.eeprom = {EE_POLARITY: 0xFF if polarity == "low" else 0x00, **(eeprom or {})}
        self.port = ""
        self.changes: list[PinChange] = []
        self.exit_reason = ""
        self._cv = threading.Condition()
        self._syncs: list[int] = []
        self.resets: list[int] = []  # emulated µs of each reset() done
        self._process: subprocess.Popen[str] | None = None
        self._reader: threading.Thread | None = None

    def start(self, timeout: float = 5.0) -> str:
        args = [str(self.runner)]
        if self.pace:
            args.append("-p")
        inputs = ",".join(f"{p}=1" for p in (*INPUT_PINS, *FEEDBACK_PINS))
        args += ["-w", ",".join(RELAY_PINS), "-i", inputs]
        args += ["-e", ",".join(f"{a}={v}" for a, v in sorted(self.eeprom.items()))]
        args.append(str(self.elf))
        self._process = subprocess.Popen(
            args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            bufsize=1,
        )
        self._reader = threading.Thread(target=self._read, name="relay-emulator", daemon=True)
        self._reader.start()
        with self._cv:
            if not self._cv.wait_for(lambda: self.port or self.exit_reason, timeout):
                self.stop()
                raise EmulatorError(f"emulator did not start within {timeout:g} s")
        if not self.port:
            raise EmulatorError(f"emulator stopped: {self.exit_reason}")
        return self.port

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        try:
            if process.stdin:
                process.stdin.write("QUIT\n")
                process.stdin.close()
        except OSError:
            pass
        try:
            process.wait(timeout=2.0)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=2.0)
        if self._reader is not None:
            self._reader.join(2.0)
        if process.stdout is not None:
            process.stdout.close()

    def __enter__(self) -> EmulatedController:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- pins ---------------------------------------------------------------------------------

    def level(self, pin: str) -> str:
        with self._cv:
            for change in reversed(self.changes):
                if change.pin == pin:
                    return change.level
        return FLOATING  # every pin is an input after reset

    def relays(self) -> tuple[bool, ...]:
        """Which relays the outputs switch on now, for the modules' polarity."""
        return tuple(relay_on(self.level(pin), self.polarity) for pin in RELAY_PINS)

    def relay_changes(self, channel: int) -> list[tuple[bool, int]]:
        """Each time channel's relay went on or off: (on, emulated µs), repeats left out."""
        pin = RELAY_PINS[channel - 1]
        result: list[tuple[bool, int]] = []
        with self._cv:
            for change in self.changes:
                on = relay_on(change.level, self.polarity)
                if change.pin == pin and (not result or result[-1][0] != on):
                    result.append((on, change.emulated_us))
        return result

    def wait_relay(self, channel: int, on: bool, timeout: float = 5.0) -> PinChange:
        """Wait until the relay of `channel` (1-based) is on or off; the change that did it."""
        pin = RELAY_PINS[channel - 1]

        def reached() -> PinChange | None:
            for change in reversed(self.changes):
                if change.pin == pin:
                    return change if relay_on(change.level, self.polarity) == on else None
            return None if on else PinChange(pin, FLOATING, 0)

        with self._cv:
            found = self._cv.wait_for(reached, timeout)
        if not found:
            state = "on" if on else "off"
            raise EmulatorError(f"relay {channel} did not switch {state} within {timeout:g} s")
        return found

    def set_input(self, pin: str, level: int) -> None:
        self._command(f"SET {pin} {level}")

    def sync(self, timeout: float = 5.0) -> int:
        """Return once every pin change made so far has been read; the emulated time in µs."""
        with self._cv:
            count = len(self._syncs)
        self._command("SYNC")
        with self._cv:
            if not self._cv.wait_for(lambda: len(self._syncs) > count, timeout):
                raise EmulatorError("emulator did not answer SYNC")
            return self._syncs[count]

    def reset(self, timeout: float = 5.0) -> int:
        """Reset the MCU now, as a brown-out or the reset button would; its emulated time in µs.
        The serial port stays open (unlike a reset by DTR, nothing on the host side changes)."""
        with self._cv:
            count = len(self.resets)
        self._command("RESET")
        with self._cv:
            if not self._cv.wait_for(lambda: len(self.resets) > count, timeout):
                raise EmulatorError("emulator did not answer RESET")
            return self.resets[count]

    def _command(self, text: str) -> None:
        process = self._process
        if process is None or process.stdin is None:
            raise EmulatorError("emulator not running")
        process.stdin.write(text + "\n")
        process.stdin.flush()

    def _read(self) -> None:
        process = self._process
        assert process is not None and process.stdout is not None
        for raw in process.stdout:
            words = raw.split()
            with self._cv:
                if len(words) == 2 and words[0] == "PTY":
                    self.port = words[1]
                elif len(words) == 4 and words[0] == "PIN":
                    self.changes.append(PinChange(words[1], words[2], int(words[3])))
                elif len(words) == 2 and words[0] == "SYNC":
                    self._syncs.append(int(words[1]))
                elif len(words) == 2 and words[0] == "RESET":
                    self.resets.append(int(words[1]))
                elif words and words[0] == "EXIT":
                    self.exit_reason = " ".join(words[1:])
                self._cv.notify_all()
        with self._cv:
            self.exit_reason = self.exit_reason or "exited"
            self._cv.notify_all()
