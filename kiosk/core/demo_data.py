"""What a demo database holds, as plain data the demo's screens can show."""

from __future__ import annotations

from dataclasses import dataclass

STAFF_NAME = "Morgan Lee"


@dataclass(frozen=True)
class DemoData:
    staff_pin: str
    staff_card_payload: str
    # (display name, card number, QR payload); the last patron's card is revoked.
    patrons: list[tuple[str, str, str]]
    revoked_card_number: str
