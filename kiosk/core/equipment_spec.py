"""What describes one equipment item before it is stored, and the checks on each field."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass

from kiosk.db.models import (
    DEVICE_NAME_MAX,
    EQUIPMENT_ICONS,
    EQUIPMENT_KINDS,
    EQUIPMENT_NAME_MAX,
    RELAY_CHANNEL_MAX,
    TRAINING_CODE_MAX,
)
from kiosk.errors import InvalidInput

# The icon an item gets when none is named.
DEFAULT_ICONS = {
    "3d_printer": "printer",
    "laser_cutter": "laser",
    "vinyl_cutter": "vinyl",
    "sewing_machine": "sewing",
    "arduino_kit": "circuit",
    "laptop": "laptop",
    "other": "tool",
}
_TRAINING_CODE = re.compile(rf"[a-z0-9][a-z0-9._-]{{0,{TRAINING_CODE_MAX - 1}}}")


@dataclass(frozen=True)
class RelayBinding:
    relay: str  # a `[[relays]]` name from the configuration
    channel: int


@dataclass(frozen=True)
class EquipmentSpec:
    name: str
    kind: str
    icon: str | None = None  # None: the kind's default icon
    training: str | None = None  # the code of the training a user needs; None: no training
    reservable: bool = True
    lendable: bool = False
    relay: RelayBinding | None = None
    printer: str | None = None  # a `[[printers]]` name from the configuration

    def checked(self) -> EquipmentSpec:
        """A copy with every field cleaned; InvalidInput naming the first bad one."""
        kind = clean_kind(self.kind)
        if not (self.reservable or self.lendable):
            raise InvalidInput("an item must be reservable, lendable or both")
        return dataclasses.replace(
            self,
            name=clean_equipment_name(self.name),
            kind=kind,
            icon=clean_icon(self.icon) if self.icon else DEFAULT_ICONS[kind],
            training=clean_training(self.training) if self.training else None,
            relay=clean_relay(self.relay) if self.relay is not None else None,
            printer=clean_device_name(self.printer, "printer") if self.printer else None,
        )


def clean_equipment_name(raw: str) -> str:
    name = unicodedata.normalize("NFC", " ".join(raw.split()))
    if not name:
        raise InvalidInput("the name is empty")
    if len(name) > EQUIPMENT_NAME_MAX:
        raise InvalidInput(f"the name is longer than {EQUIPMENT_NAME_MAX} characters")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") for ch in name):
        raise InvalidInput("the name contains control characters")
    return name


def name_key(name: str) -> str:
    """What two names must differ in to be told apart: case and spacing do not count."""
    return clean_equipment_name(name).casefold()


def clean_kind(raw: str) -> str:
    kind = raw.strip().lower().replace(" ", "_").replace("-", "_")
    if kind not in EQUIPMENT_KINDS:
        raise InvalidInput(
            f"unknown kind {raw.strip()[:40]!r}; the kinds are {', '.join(EQUIPMENT_KINDS)}"
        )
    return kind


def clean_icon(raw: str) -> str:
    icon = raw.strip().lower()
    if icon not in EQUIPMENT_ICONS:
        raise InvalidInput(
            f"unknown icon {raw.strip()[:40]!r}; the icons are {', '.join(EQUIPMENT_ICONS)}"
        )
    return icon


def clean_training(raw: str) -> str:
    code = raw.strip().lower()
    if not _TRAINING_CODE.fullmatch(code):
        raise InvalidInput(
            f"a training code is 1-{TRAINING_CODE_MAX} characters: letters, digits, '.', '_', '-'"
        )
    return code


def clean_device_name(raw: str, what: str) -> str:
    name = raw.strip()
    if not name or len(name) > DEVICE_NAME_MAX:
        raise InvalidInput(f"a {what} name is 1-{DEVICE_NAME_MAX} characters")
    return name


def clean_relay(binding: RelayBinding) -> RelayBinding:
    if not 1 <= binding.channel <= RELAY_CHANNEL_MAX:
        raise InvalidInput(f"a relay channel is a number from 1 to {RELAY_CHANNEL_MAX}")
    return RelayBinding(clean_device_name(binding.relay, "relay"), binding.channel)
