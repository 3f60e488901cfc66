"""The G-code commands the simulated Marlin runs: moves, heaters, waits, reports and SD
printing. A mixin of `MarlinSimulator`, which holds the state these handlers change; each
returns the extra seconds the command keeps the firmware busy."""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from hardware.sim.marlin_variants import m115_lines, m862_mismatch

if TYPE_CHECKING:
    from hardware.sim.marlin import MarlinSimConfig

AMBIENT = 21.0


@dataclass
class Heater:
    actual: float = AMBIENT
    target: float = 0.0

    def step(self, dt: float, rate: float) -> None:
        goal = self.target if self.target > 0 else AMBIENT
        delta = goal - self.actual
        change = rate * dt if self.target > 0 else rate * dt * 0.5
        self.actual = goal if abs(delta) <= change else self.actual + math.copysign(change, delta)


@dataclass
class Command:
    number: int | None
    text: str
    started: float = 0.0
    done_at: float | None = None  # None: waits on a condition (heating)
    wait_heater: Heater | None = None
    wait_user: bool = False
    own_ok: bool = False  # the reply already is the `ok` line (Klipper's M115)
    replies: list[str] = field(default_factory=list)
    next_keepalive: float = 0.0


class MarlinCommands:
    """`_do_<code>(command, arguments, now)` for each command the simulator knows."""

    config: MarlinSimConfig
    _pos: dict[str, float]
    _feedrate: float
    _hotend: Heater
    _bed: Heater
    _autoreport: float
    _next_report: float
    _last_n: int
    _sd_file: str | None
    _sd_pos: float
    _sd_printing: bool
    _sd_autoreport: float
    _next_sd_report: float

    def _emit(self, text: str, now: float) -> None:
        raise NotImplementedError

    def _kill(self, reason: str, now: float) -> None:
        raise NotImplementedError

    def _end_user_wait(self, now: float) -> None:
        raise NotImplementedError

    def _active_blocks(self, now: float) -> deque[float]:
        raise NotImplementedError

    def _do_G0(self, cmd: Command, args: dict[str, float], now: float) -> float:
        if "F" in args and args["F"] > 0:
            self._feedrate = args["F"]
        distance = 0.0
        for axis in ("X", "Y", "Z"):
            if axis in args:
                distance += (args[axis] - self._pos[axis]) ** 2
                self._pos[axis] = args[axis]
        if "E" in args:
            self._pos["E"] = args["E"]
        if not self.config.move_model:
            return 0.0
        move_time = math.sqrt(distance) / (self._feedrate / 60.0) / self.config.speedup
        blocks = self._active_blocks(now)
        wait = 0.0
        if len(blocks) >= self.config.planner_blocks:
            wait = blocks[len(blocks) - self.config.planner_blocks] - now
        begin = max(now + wait, blocks[-1] if blocks else now)
        blocks.append(begin + move_time)
        return max(wait, 0.0)

    _do_G1 = _do_G0

    def _do_G4(self, cmd: Command, args: dict[str, float], now: float) -> float:
        return args.get("S", 0.0) + args.get("P", 0.0) / 1000.0

    def _do_G28(self, cmd: Command, args: dict[str, float], now: float) -> float:
        for axis in ("X", "Y", "Z"):
            self._pos[axis] = 0.0
        return 0.5 / self.config.speedup if self.config.move_model else 0.0

    def _do_G90(self, cmd: Command, args: dict[str, float], now: float) -> float:
        return 0.0

    _do_G92 = _do_M82 = _do_M83 = _do_M84 = _do_M106 = _do_M107 = _do_M117 = _do_G90
    _do_G21 = _do_G91 = _do_M21 = _do_M118 = _do_M300 = _do_G90

    def _do_M0(self, cmd: Command, args: dict[str, float], now: float) -> float:
        """Wait for the user (the knob, or M108); M600 parks and waits the same way."""
        cmd.wait_user = True
        # HOST_PROMPT_SUPPORT: the host may answer with M876 (through the emergency parser).
        for action in ("prompt_end", "prompt_begin Click to continue", "prompt_button Continue"):
            self._emit(f"//action:{action}", now)
        self._emit("//action:prompt_show", now)
        return 0.0

    _do_M1 = _do_M600 = _do_M0

    def _do_M876(self, cmd: Command, args: dict[str, float], now: float) -> float:
        self._end_user_wait(now)
        return 0.0

    def _do_M400(self, cmd: Command, args: dict[str, float], now: float) -> float:
        blocks = self._active_blocks(now)
        return (blocks[-1] - now) if blocks else 0.0

    def _do_M104(self, cmd: Command, args: dict[str, float], now: float) -> float:
        self._hotend.target = args.get("S", 0.0)
        return 0.0

    def _do_M140(self, cmd: Command, args: dict[str, float], now: float) -> float:
        self._bed.target = args.get("S", 0.0)
        return 0.0

    def _do_M109(self, cmd: Command, args: dict[str, float], now: float) -> float:
        self._hotend.target = args.get("S", args.get("R", self._hotend.target))
        cmd.wait_heater = self._hotend if self._hotend.target > 0 else None
        cmd.next_keepalive = now + 1.0
        return 0.0

    def _do_M190(self, cmd: Command, args: dict[str, float], now: float) -> float:
        self._bed.target = args.get("S", args.get("R", self._bed.target))
        cmd.wait_heater = self._bed if self._bed.target > 0 else None
        cmd.next_keepalive = now + 1.0
        return 0.0

    def _temperature_text(self) -> str:
        h, b = self._hotend, self._bed
        return f"T:{h.actual:.2f} /{h.target:.2f} B:{b.actual:.2f} /{b.target:.2f} @:0 B@:0"

    def _do_M105(self, cmd: Command, args: dict[str, float], now: float) -> float:
        # Marlin prints M105's own `ok` with the temperatures and skips the usual one.
        cmd.replies.append("ok " + self._temperature_text())
        return 0.0

    def _do_M155(self, cmd: Command, args: dict[str, float], now: float) -> float:
        if not self.config.autoreport_temp:
            cmd.replies.append(f'echo:Unknown command: "{cmd.text}"')
            return 0.0
        self._autoreport = args.get("S", 0.0)
        self._next_report = now + self._autoreport
        return 0.0

    def _do_M110(self, cmd: Command, args: dict[str, float], now: float) -> float:
        if "N" in args:
            self._last_n = int(args["N"])
        return 0.0

    def _do_M114(self, cmd: Command, args: dict[str, float], now: float) -> float:
        p = self._pos
        cmd.replies.append(f"X:{p['X']:.2f} Y:{p['Y']:.2f} Z:{p['Z']:.2f} E:{p['E']:.2f}")
        return 0.0

    def _do_M115(self, cmd: Command, args: dict[str, float], now: float) -> float:
        c = self.config
        caps = {
            "EEPROM": True,
            "AUTOREPORT_TEMP": c.autoreport_temp,
            "EMERGENCY_PARSER": c.emergency_parser,
            "SDCARD": c.sd_support,
            "AUTOREPORT_SD_STATUS": c.sd_support,
            "THERMAL_PROTECTION": True,
        }
        cmd.replies.extend(m115_lines(c.variant, c.firmware_name, c.machine_type, caps))
        cmd.own_ok = c.variant == "klipper"
        return 0.0

    def _do_M862(self, cmd: Command, args: dict[str, float], now: float) -> float:
        """Prusa firmware's checks (M862.1 nozzle, .3 model, .5 G-code level, .6 feature):
        silent when they pass; a file for another model stops and asks on the display."""
        if self.config.variant != "prusa":
            cmd.replies.append(f'echo:Unknown command: "{cmd.text}"')
        elif m862_mismatch(cmd.text, self.config.machine_type):
            cmd.wait_user = True
        return 0.0

    def _do_M112(self, cmd: Command, args: dict[str, float], now: float) -> float:
        self._kill("Printer halted. kill() called!", now)
        return 0.0

    def _do_M23(self, cmd: Command, args: dict[str, float], now: float) -> float:
        name = cmd.text[3:].strip()
        if name in self.config.sd_files and self.config.sd_support:
            self._sd_file, self._sd_pos = name, 0.0
            cmd.replies += [
                f"echo:Now fresh file: {name}",
                f"File opened: {name} Size: {self.config.sd_files[name]}",
                "File selected",
            ]
        else:
            cmd.replies.append(f"echo:open failed, File: {name}.")
        return 0.0

    def _do_M24(self, cmd: Command, args: dict[str, float], now: float) -> float:
        self._sd_printing = self._sd_file is not None
        return 0.0

    def _do_M25(self, cmd: Command, args: dict[str, float], now: float) -> float:
        self._sd_printing = False
        return 0.0

    def _do_M524(self, cmd: Command, args: dict[str, float], now: float) -> float:
        self._sd_printing, self._sd_file = False, None
        return 0.0

    def _do_M27(self, cmd: Command, args: dict[str, float], now: float) -> float:
        if "S" in args:
            self._sd_autoreport = args["S"]
            self._next_sd_report = now + self._sd_autoreport
        else:
            cmd.replies.append(self._sd_text())
        return 0.0

    def _sd_text(self) -> str:
        if self._sd_file is None:
            return "Not SD printing"
        size = self.config.sd_files[self._sd_file]
        return f"SD printing byte {int(self._sd_pos)}/{size}"
