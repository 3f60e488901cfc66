"""What each staff role may do. The UI hides what a role cannot do; the core refuses it anyway
and audits the attempt, so a screen bug can never widen anyone's rights."""

from __future__ import annotations

from enum import StrEnum


class StaffAction(StrEnum):
    OPEN_CONSOLE = "open_console"
    SET_UP_CARD = "set_up_card"
    REGISTER_PATRON = "register_patron"
    LOCK_ALL = "lock_all_machines"
    # The staff console's Machines tool: unlock one machine for a while, lock it now, mark it
    # out of order or checked (and resolve the problems reported on it).
    UNLOCK_MACHINE = "unlock_machine"
    LOCK_MACHINE = "lock_machine"
    MARK_MACHINE = "mark_machine"
    EXIT_KIOSK = "exit_kiosk"
    CERTIFY_TRAINING = "certify_training"
    RECORD_CONSENT = "record_guardian_consent"
    MANAGE_TRAININGS = "manage_trainings"
    PUBLISH_WAIVER = "publish_waiver"
    LEND_KITS = "lend_kits"
    # Queue, reorder, cancel, requeue, pause and resume print jobs; reset a halted printer.
    PRINT_QUEUE = "print_queue"
    PRINT_EMERGENCY_STOP = "print_emergency_stop"
    REVIEW_PROJECTS = "review_projects"
    MANAGE_SHOWCASE = "manage_showcase"
    MANAGE_TAGS = "manage_tags"
    # The console's "Equipment & rules": add, change and retire items and their relay channels;
    # booking rules, opening hours and closures.
    MANAGE_EQUIPMENT = "manage_equipment"
    # The console's "Network & sync": the link to the central store, "sync now", and the
    # conflicts a round left (bookings central refused, changes a database refused).
    SYNC = "sync"


_STAFF = frozenset(
    {
        StaffAction.OPEN_CONSOLE,
        StaffAction.SET_UP_CARD,
        StaffAction.REGISTER_PATRON,
        # Anyone on staff can make the room safe.
        StaffAction.LOCK_ALL,
        StaffAction.CERTIFY_TRAINING,
        StaffAction.RECORD_CONSENT,
        # Handing kits out and taking them back is desk work.
        StaffAction.LEND_KITS,
        StaffAction.PRINT_QUEUE,
        StaffAction.PRINT_EMERGENCY_STOP,
        StaffAction.REVIEW_PROJECTS,
        StaffAction.MANAGE_SHOWCASE,
        StaffAction.MANAGE_TAGS,
        StaffAction.LOCK_MACHINE,
        # Staff unlock machines for patrons and check them after use.
        StaffAction.UNLOCK_MACHINE,
        StaffAction.MARK_MACHINE,
        # Whoever is at the desk sees whether the kiosk is online and tells the patrons
        # whose offline bookings could not be kept.
        StaffAction.SYNC,
    }
)

# Leaving the kiosk exposes the terminal's desktop: admins only. So do the library's list of
# trainings and the waiver's wording, which bind every patron, and the equipment, its relay
# channels and the booking rules (a wrong channel switches another machine on).
ROLE_ACTIONS: dict[str, frozenset[StaffAction]] = {
    "staff": _STAFF,
    "admin": _STAFF
    | {
        StaffAction.EXIT_KIOSK,
        StaffAction.MANAGE_TRAININGS,
        StaffAction.PUBLISH_WAIVER,
        StaffAction.MANAGE_EQUIPMENT,
    },
}


def allowed(role: str, action: StaffAction) -> bool:
    return action in ROLE_ACTIONS.get(role, frozenset())


def allowed_actions(role: str) -> frozenset[StaffAction]:
    return ROLE_ACTIONS.get(role, frozenset())
