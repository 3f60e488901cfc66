"""What staff can open from the console besides its own actions: each flow that offers a staff
tool (machines, trainings, loans, reviews, the print queue) registers it here, and the console
shows a button for each tool the staff member's role allows. The core checks the role again on
every call the tool makes; hiding a button is a courtesy, not the guard."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.core.permissions import StaffAction, allowed
from kiosk.core.results import StaffSummary


@dataclass(frozen=True)
class StaffTool:
    key: str
    # Called at display time, after the translator is installed: returns the translated label.
    label: Callable[[], str]
    action: StaffAction
    start: Callable[[StaffSummary], None]


class StaffTools:
    def __init__(self) -> None:
        self._tools: dict[str, StaffTool] = {}

    def add(self, tool: StaffTool) -> None:
        if tool.key in self._tools:
            raise ValueError(f"staff tool {tool.key!r} registered twice")
        self._tools[tool.key] = tool

    def for_role(self, role: str) -> tuple[StaffTool, ...]:
        return tuple(tool for tool in self._tools.values() if allowed(role, tool.action))

    def get(self, key: str) -> StaffTool:
        return self._tools[key]
