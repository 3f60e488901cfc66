"""Keeping card numbers and names out of logs and the audit trail."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping
from typing import Any

# Keys an audit detail may never carry: the trail outlives the patron's data.
FORBIDDEN_DETAIL_KEYS = frozenset(
    {"card", "card_number", "number", "name", "display_name", "pin", "payload", "barcode"}
)


class LogRedactor:
    """Turns a card number into a short keyed hash: lines about one card can be matched up in
    a log, but the number cannot be read back or guessed from it without the key."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key if key is not None else secrets.token_bytes(16)

    def card_ref(self, card_number: str) -> str:
        digest = hmac.new(self._key, card_number.encode("utf-8"), hashlib.sha256).hexdigest()
        return f"card#{digest[:12]}"


def check_audit_detail(detail: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON-ready copy of `detail`; refuses keys that would put identities in the trail."""
    bad = sorted(key for key in detail if key.lower() in FORBIDDEN_DETAIL_KEYS)
    if bad:
        raise ValueError(f"audit detail must not carry {', '.join(bad)}")
    return dict(detail)
