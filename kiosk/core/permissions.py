"""What each staff role may do. The UI hides what a role cannot do; the core refuses it anyway
and audits the attempt, so a screen bug can never widen anyone's rights."""

from __future__ import annotations

from enum import StrEnum


class StaffAction(StrEnum):
    OPEN_CONSOLE = "open_console"
    SET_UP_CARD = "set_up_card"
    REGISTER_PATRON = "register_patron"
    LOCK_ALL = "lock_all_machines"
    EXIT_KIOSK = "exit_kiosk"


_STAFF = frozenset(
    {
        StaffAction.OPEN_CONSOLE,
        StaffAction.SET_UP_CARD,
        StaffAction.REGISTER_PATRON,
        # Anyone on staff can make the room safe.
        StaffAction.LOCK_ALL,
    }
)

# Leaving the kiosk exposes the terminal's desktop: admins only.
ROLE_ACTIONS: dict[str, frozenset[StaffAction]] = {
    "staff": _STAFF,
    "admin": _STAFF | {StaffAction.EXIT_KIOSK},
}


def allowed(role: str, action: StaffAction) -> bool:
    return action in ROLE_ACTIONS.get(role, frozenset())


def allowed_actions(role: str) -> frozenset[StaffAction]:
    return ROLE_ACTIONS.get(role, frozenset())
