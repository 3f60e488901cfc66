"""The compiled relay firmware running under libsimavr, as a process with a pty serial port.

`EmulatedController` starts `relay_runner` (built by hardware.firmware.build), reads the pty
path and every relay pin change it reports, and drives the input pins. The pins are observed in
the emulated MCU itself, so a test can check what the relays really do instead of trusting the
firmware's replies."""

from __future__ import annotations

import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

RELAY_PINS = ("D4", "D5", "D6", "D7")
INPUT_PINS = ("A0", "A1")  # door, e-stop; pulled up, active low


@dataclass(frozen=True)
class PinChange:
    pin: str
    level: int
    emulated_us: int


class EmulatorError(RuntimeError):
    pass


class EmulatedController:
    """One emulated controller. `pace=True` keeps emulated time at wall-clock speed so the
    firmware's timers (unlock time, heartbeat) last as long as on a real board."""

    def __init__(self, runner: Path, elf: Path, *, pace: bool = True) -> None:
        self.runner = runner
        self.elf = elf
        self.pace = pace
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
        args += ["-w", ",".join(RELAY_PINS), "-i", ",".join(f"{p}=1" for p in INPUT_PINS)]
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

    def level(self, pin: str) -> int:
        with self._cv:
            for change in reversed(self.changes):
                if change.pin == pin:
                    return change.level
        return 0  # every pin is low after reset

    def relays(self) -> tuple[bool, ...]:
        return tuple(self.level(pin) == 1 for pin in RELAY_PINS)

    def wait_pin(self, pin: str, level: int, timeout: float = 5.0) -> PinChange:
        """Wait until `pin` is at `level`; return the change that put it there."""

        def reached() -> PinChange | None:
            for change in reversed(self.changes):
                if change.pin == pin:
                    return change if change.level == level else None
            return None

        with self._cv:
            if level == 0 and not any(c.pin == pin for c in self.changes):
                return PinChange(pin, 0, 0)
            found = self._cv.wait_for(reached, timeout)
        if not found:
            raise EmulatorError(f"{pin} did not go to {level} within {timeout:g} s")
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
                    self.changes.append(PinChange(words[1], int(words[2]), int(words[3])))
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
