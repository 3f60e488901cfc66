"""How hard a staff PIN is to guess: what a new PIN must be, and how guessing is slowed.

Wrong PINs lock an account after `max_attempts`; each further lockout before a right PIN lasts
twice as long as the one before, up to `lockout_cap`. However the lockouts fall, no account has
more than `daily_guesses` PINs judged per UTC day: past that every attempt is refused unjudged
until the next day, so a day of patient guessing gets a bounded number of tries."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

PIN_MIN_DIGITS = 4  # the least a policy may ask for
DEFAULT_MIN_PIN_DIGITS = 6
PIN_MAX_DIGITS = 12


@dataclass(frozen=True)
class PinPolicy:
    max_attempts: int = 5
    lockout: timedelta = timedelta(minutes=15)
    lockout_cap: timedelta = timedelta(hours=4)
    daily_guesses: int = 30
    min_length: int = DEFAULT_MIN_PIN_DIGITS

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.daily_guesses < self.max_attempts:
            raise ValueError("daily_guesses must be at least max_attempts")
        if self.lockout_cap < self.lockout:
            raise ValueError("lockout_cap must not be shorter than lockout")
        if not PIN_MIN_DIGITS <= self.min_length <= PIN_MAX_DIGITS:
            raise ValueError(f"min_length must be {PIN_MIN_DIGITS} to {PIN_MAX_DIGITS}")

    def lockout_length(self, lockouts: int) -> timedelta:
        """How long lockout number `lockouts` (1 for the first since a right PIN) lasts."""
        doublings = max(0, lockouts - 1)
        if doublings >= 32:  # far past any cap; keeps the arithmetic small
            return self.lockout_cap
        doubled: timedelta = self.lockout * (2**doublings)
        return min(doubled, self.lockout_cap)

    def is_weak(self, pin_length: int | None) -> bool:
        """A stored PIN shorter than the policy asks (or of unknown length) is weak."""
        return pin_length is None or pin_length < self.min_length


def guess_day(moment: datetime) -> date:
    return moment.date()  # stored times are UTC, so this is the UTC day


def next_guess_day_starts(moment: datetime) -> datetime:
    return datetime.combine(guess_day(moment) + timedelta(days=1), time(0), moment.tzinfo)


def pin_problem(pin: str, min_length: int = DEFAULT_MIN_PIN_DIGITS) -> str | None:
    """Why a new PIN is refused, or None when it is acceptable."""
    if not re.fullmatch(rf"\d{{{min_length},{PIN_MAX_DIGITS}}}", pin):
        return f"a PIN is {min_length} to {PIN_MAX_DIGITS} digits"
    if len(set(pin)) == 1:
        return "a PIN may not repeat one digit"
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if steps in ({1}, {9}):
        return "a PIN may not be a run of consecutive digits"
    return None
