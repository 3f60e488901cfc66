"""What a patron can do after checking in: each flow that offers something registers it here,
and the welcome screen shows exactly the registered actions (and no placeholder for others)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.core.results import PatronSummary


@dataclass(frozen=True)
class PatronAction:
    key: str
    # Called at display time, after the translator is installed: returns the translated label.
    label: Callable[[], str]
    start: Callable[[PatronSummary], None]


class PatronActions:
    def __init__(self) -> None:
        self._actions: dict[str, PatronAction] = {}

    def add(self, action: PatronAction) -> None:
        if action.key in self._actions:
            raise ValueError(f"patron action {action.key!r} registered twice")
        self._actions[action.key] = action

    def all(self) -> tuple[PatronAction, ...]:
        return tuple(self._actions.values())

    def get(self, key: str) -> PatronAction:
        return self._actions[key]
