"""Per-printer settings for a Marlin printer on serial: what its firmware was built with and how
long to wait for it. Frozen values, filled from the kiosk's printer declarations with
`MarlinSettings.from_mapping`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields

# Commands that keep the firmware busy for a long time, often silently (homing, probing, bed
# levelling, calibration, waiting for moves or heaters, filament load/unload). Marlin prints
# `busy: processing` meanwhile only when built with HOST_KEEPALIVE_FEATURE.
# Not M400: it ends every job, and a final M400 lost on the cable must be sent again within
# the ordinary reply timeout (Marlin keeps the host informed with `busy:` while it waits).
LONG_COMMANDS = frozenset(
    {
        "G28", "G29", "G30", "G32", "G33", "G34", "G35", "G76", "G80", "G425",
        "M48", "M109", "M190", "M191", "M303", "M701", "M702", "M45",
    }
)  # fmt: skip
_DWELL = re.compile(r"\b([SP])\s*(\d+(?:\.\d*)?)", re.IGNORECASE)
# Commands that wait for a person at the printer (M0/M1 "click to continue", M600 filament
# change, M601 Prusa pause): they may take as long as that person takes.
USER_WAITS = frozenset({"M0", "M1", "M600", "M601"})


@dataclass(frozen=True)
class TimeoutPolicy:
    """How long to wait, and how often to try again, before a job is given up.

    `reply_timeout`: no reply for this long to an ordinary command, its line is sent again
    (the firmware refuses a line it already has and names the one it wants).
    `max_consecutive_timeouts`: so many of those in a row without any reply halt the job.
    `long_command_timeout`: the same for homing, probing, heating, M400 and the like.
    `user_wait_timeout`: the same for M0/M1/M600/M601; None waits as long as the person does.
    `max_resends_of_a_line`: a line the firmware refuses this many times halts the job with
    its text (a line it can never take, such as one it checksums differently)."""

    reply_timeout: float = 5.0
    max_consecutive_timeouts: int = 3
    long_command_timeout: float = 900.0
    user_wait_timeout: float | None = None
    max_resends_of_a_line: int = 10

    def __post_init__(self) -> None:
        if self.reply_timeout <= 0 or self.long_command_timeout <= 0:
            raise ValueError("timeouts must be positive")
        if self.user_wait_timeout is not None and self.user_wait_timeout <= 0:
            raise ValueError("user_wait_timeout must be positive (or absent: no limit)")
        if self.max_consecutive_timeouts < 1 or self.max_resends_of_a_line < 1:
            raise ValueError("retry limits must be at least 1")

    def timeout_for(self, command: str) -> float | None:
        """How long `command` may run without a word from the firmware (None: no limit)."""
        code = command.split(" ", 1)[0].upper()
        if code in USER_WAITS:
            return self.user_wait_timeout
        if code in LONG_COMMANDS:
            return self.long_command_timeout
        if code == "G4":
            # A dwell is silent for as long as it says (S seconds or P milliseconds).
            dwell = _DWELL.search(command)
            if dwell is not None:
                seconds = float(dwell.group(2)) / (1 if dwell.group(1).upper() == "S" else 1000)
                return self.reply_timeout + seconds
        return self.reply_timeout


@dataclass(frozen=True)
class MarlinSettings:
    """`rx_buffer`: the firmware's serial receive buffer in bytes (RX_BUFFER_SIZE; 128 on AVR
    boards, 64 on many 32-bit builds, check the printer's Configuration_adv.h).
    `advanced_ok`: whether the firmware was built with ADVANCED_OK; None finds out from its
    first `ok`. `resets_on_open`: whether opening the port resets the board (an Arduino-style
    board with DTR wired to reset); False clears HUPCL on the port so that closing it does not
    reset the board next time. `max_inflight_lines`: 1 sends one line per `ok`."""

    baudrate: int = 115200
    rx_buffer: int = 128
    advanced_ok: bool | None = None
    resets_on_open: bool = True
    max_inflight_lines: int | None = None
    timeouts: TimeoutPolicy = field(default_factory=TimeoutPolicy)

    def __post_init__(self) -> None:
        if self.rx_buffer < 32:
            raise ValueError(f"rx_buffer {self.rx_buffer} is too small (at least 32 bytes)")
        if self.baudrate <= 0:
            raise ValueError("baudrate must be positive")
        if self.max_inflight_lines is not None and self.max_inflight_lines < 1:
            raise ValueError("max_inflight_lines must be at least 1")

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> MarlinSettings:
        """Settings from a config table, e.g. `{"rx_buffer": 64, "advanced_ok": "auto",
        "reply_timeout": 8}`. ValueError names the key that is wrong; unknown keys are errors
        (a typo must not silently leave the default in force)."""
        own = {f.name for f in fields(cls)} - {"timeouts"}
        policy_keys = {f.name for f in fields(TimeoutPolicy)}
        unknown = sorted(set(data) - own - policy_keys)
        if unknown:
            raise ValueError(f"unknown printer setting {unknown[0]!r}")
        values: dict[str, object] = {}
        for key in own & set(data):
            values[key] = _setting(key, data[key])
        policy: dict[str, object] = {}
        for key in policy_keys & set(data):
            policy[key] = _setting(key, data[key])
        try:
            return cls(**values, timeouts=TimeoutPolicy(**policy))  # type: ignore[arg-type]
        except (TypeError, ValueError) as exc:
            raise ValueError(f"printer settings: {exc}") from None


def _setting(key: str, value: object) -> object:
    if key == "advanced_ok":
        if value in ("auto", None):
            return None
        if isinstance(value, bool):
            return value
        raise ValueError('advanced_ok must be true, false or "auto"')
    if key == "resets_on_open":
        if isinstance(value, bool):
            return value
        raise ValueError("resets_on_open must be true or false")
    if key == "user_wait_timeout" and value in ("none", None, 0):
        return None
    if key in ("baudrate", "rx_buffer", "max_inflight_lines", "max_consecutive_timeouts",
               "max_resends_of_a_line"):  # fmt: skip
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{key} must be a whole number")
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{key} must be a number of seconds")
    return float(value)
