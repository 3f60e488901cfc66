"""The text inside a patron's QR card: a card number signed with a truncated HMAC.

Payload layout (all upper case, QR alphanumeric mode, no characters a keyboard-wedge scanner
is likely to mangle)::

    MK1-<key id>-<card number>-<MAC>

``MK1`` names the format version, the key id says which signing key was used (several are
accepted at once so keys can be rotated), and the MAC is HMAC-SHA256 over the version, key id
and card number, truncated to 10 bytes and written as 16 base32 characters. The MAC has a fixed
length, so the card number may itself contain hyphens. A 20-character card number with a short
key id makes a 44-character payload, which fits a version 3 QR code at error correction M.

Plain library barcodes (for patrons enrolled with their ILS card) carry no signature; they are
accepted only when the configuration says so.

Lendable kits carry a QR label signed with the same keys::

    MKL1-<key id>-<item id>-<MAC>

where the item id is the kit's UUID in 26 base32 characters. ``MKL1`` is not a prefix of
``MK1-`` nor the reverse, and the MAC covers the format name, so a label's signature can never
pass as a card's (or a card's as a label's): a label scanned as a card is told apart as a label,
and a card scanned where a label is expected as a card, before any signature is checked.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

FORMAT_PREFIX = "MK1"
MAC_BYTES = 10
MAC_CHARS = 16  # base32 of 10 bytes, no padding needed
MIN_KEY_BYTES = 16
MAX_KEY_ID_CHARS = 8
MAX_CARD_NUMBER_CHARS = 20
# The longest payload encode() can make: prefix, longest key id and card number, MAC.
MAX_PAYLOAD_CHARS = len(FORMAT_PREFIX) + 3 + MAX_KEY_ID_CHARS + MAX_CARD_NUMBER_CHARS + MAC_CHARS
LABEL_PREFIX = "MKL1"
ITEM_ID_CHARS = 26  # base32 of 16 bytes without its padding
MAX_LABEL_CHARS = len(LABEL_PREFIX) + 3 + MAX_KEY_ID_CHARS + ITEM_ID_CHARS + MAC_CHARS
# The longest text the kiosk's own codes make (a scanner must pass at least this much).
MAX_CODE_CHARS = max(MAX_PAYLOAD_CHARS, MAX_LABEL_CHARS)
# Anything longer than this cannot be a card; checked before any regex runs on the text.
MAX_INPUT_CHARS = 256

KEY_ID_RE = re.compile(rf"[A-Z0-9]{{1,{MAX_KEY_ID_CHARS}}}")
CARD_NUMBER_RE = re.compile(rf"[A-Z0-9-]{{1,{MAX_CARD_NUMBER_CHARS}}}")
_SIGNED_RE = re.compile(
    rf"{FORMAT_PREFIX}-(?P<key_id>[A-Z0-9]{{1,{MAX_KEY_ID_CHARS}}})"
    rf"-(?P<card>[A-Z0-9-]{{1,{MAX_CARD_NUMBER_CHARS}}})-(?P<mac>[A-Z2-7]{{{MAC_CHARS}}})"
)
_LABEL_RE = re.compile(
    rf"{LABEL_PREFIX}-(?P<key_id>[A-Z0-9]{{1,{MAX_KEY_ID_CHARS}}})"
    rf"-(?P<item>[A-Z2-7]{{{ITEM_ID_CHARS}}})-(?P<mac>[A-Z2-7]{{{MAC_CHARS}}})"
)
DEFAULT_LIBRARY_BARCODE_PATTERN = r"\d{14}"


class RejectReason(StrEnum):
    MALFORMED = "malformed"
    FORGED = "forged"
    UNKNOWN_KEY = "unknown_key"
    NOT_ACCEPTED = "not_accepted"
    # A kit's label where a card was expected, and a kiosk card where a kit label was.
    KIT_LABEL = "kit_label"
    PATRON_CARD = "patron_card"


class CardRejected(Exception):
    """A scan that is not a card this kiosk accepts. str() never contains the card number."""

    def __init__(self, reason: RejectReason, explanation: str) -> None:
        super().__init__(explanation)
        self.reason = reason


@dataclass(frozen=True)
class CardIdentity:
    card_number: str
    kind: Literal["signed", "library_barcode"]
    key_id: str | None


def generate_key() -> bytes:
    """A fresh random signing key (32 bytes), e.g. for a throwaway demo database."""
    return secrets.token_bytes(32)


def _mac(key: bytes, key_id: str, body: str, prefix: str = FORMAT_PREFIX) -> bytes:
    # Format and key id are inside the MAC so a payload cannot be replayed under another key
    # id, a later format or as the other kind of code; NUL separators keep the fields apart.
    message = f"{prefix}\0{key_id}\0{body}".encode("ascii")
    return hmac.new(key, message, hashlib.sha256).digest()[:MAC_BYTES]


def _mac_text(mac: bytes) -> str:
    return base64.b32encode(mac).decode("ascii")


def _item_text(item_id: uuid.UUID) -> str:
    return base64.b32encode(item_id.bytes).decode("ascii").rstrip("=")


def _item_from_text(text: str) -> uuid.UUID:
    return uuid.UUID(bytes=base64.b32decode(text + "======"))


def is_kit_label(text: str) -> bool:
    """Whether scanned text is meant as a kit label (signed or not): its format name."""
    return text[: len(LABEL_PREFIX) + 1].strip().upper() == LABEL_PREFIX + "-"


class CardCodec:
    """Signs card numbers into QR payloads and checks scanned text. Immutable, thread-safe."""

    def __init__(
        self,
        keys: Mapping[str, bytes],
        signing_key_id: str,
        *,
        accept_library_barcodes: bool = False,
        library_barcode_pattern: str = DEFAULT_LIBRARY_BARCODE_PATTERN,
    ) -> None:
        for key_id, key in keys.items():
            if not isinstance(key_id, str) or not KEY_ID_RE.fullmatch(key_id):
                raise ValueError(
                    f"card key id {key_id!r} must be 1-{MAX_KEY_ID_CHARS} characters A-Z or 0-9"
                )
            if not isinstance(key, bytes) or len(key) < MIN_KEY_BYTES:
                raise ValueError(f"card key {key_id!r} must be at least {MIN_KEY_BYTES} bytes")
        # An empty key map is allowed so maintenance commands (database upgrade, staff
        # accounts) run before keys are configured; such a codec reads no signed card and
        # cannot make one.
        if keys and signing_key_id not in keys:
            raise ValueError(f"signing key id {signing_key_id!r} is not among the card keys")
        try:
            self._barcode_re = re.compile(library_barcode_pattern)
        except re.error as exc:
            raise ValueError(f"library barcode pattern is not a valid regex: {exc}") from None
        self._keys = dict(keys)
        self._signing_key_id = signing_key_id
        self._accept_library_barcodes = accept_library_barcodes

    @property
    def signing_key_id(self) -> str:
        return self._signing_key_id

    def encode(self, card_number: str) -> str:
        """The text to put inside the QR code for this card number."""
        if self._signing_key_id not in self._keys:
            raise ValueError("no card signing key is configured; cards cannot be made")
        if not CARD_NUMBER_RE.fullmatch(card_number):
            raise ValueError(
                f"a card number is 1-{MAX_CARD_NUMBER_CHARS} characters A-Z, 0-9 or '-'"
            )
        mac = _mac(self._keys[self._signing_key_id], self._signing_key_id, card_number)
        return f"{FORMAT_PREFIX}-{self._signing_key_id}-{card_number}-{_mac_text(mac)}"

    def encode_kit_label(self, item_id: uuid.UUID) -> str:
        """The text to put inside a lendable kit's QR label."""
        if self._signing_key_id not in self._keys:
            raise ValueError("no card signing key is configured; labels cannot be made")
        item = _item_text(item_id)
        key = self._keys[self._signing_key_id]
        mac = _mac(key, self._signing_key_id, item, LABEL_PREFIX)
        return f"{LABEL_PREFIX}-{self._signing_key_id}-{item}-{_mac_text(mac)}"

    def decode_kit_label(self, text: str) -> uuid.UUID:
        """The kit a scanned label names, or CardRejected (PATRON_CARD for a kiosk card or a
        library barcode). Never raises anything else."""
        try:
            return self._decode_label(text)
        except CardRejected:
            raise
        except Exception:
            raise CardRejected(RejectReason.MALFORMED, "scan could not be read") from None

    def _decode_label(self, text: object) -> uuid.UUID:
        canonical = self._canonical(text)
        if not canonical.startswith(LABEL_PREFIX + "-"):
            if canonical.startswith(FORMAT_PREFIX + "-") or self._barcode_re.fullmatch(canonical):
                raise CardRejected(RejectReason.PATRON_CARD, "a card where a kit label belongs")
            raise CardRejected(RejectReason.MALFORMED, "scan is not a kit label")
        match = _LABEL_RE.fullmatch(canonical)
        if match is None:
            raise CardRejected(RejectReason.MALFORMED, "kit label payload is malformed")
        key_id, item, mac_text = match.group("key_id", "item", "mac")
        self._check_mac(key_id, item, mac_text, LABEL_PREFIX)
        try:
            return _item_from_text(item)
        except (binascii.Error, ValueError):
            raise CardRejected(RejectReason.MALFORMED, "kit label is unreadable") from None

    def decode(self, text: str) -> CardIdentity:
        """The identity on a scanned card, or CardRejected. Never raises anything else."""
        try:
            return self._decode(text)
        except CardRejected:
            raise
        except Exception:
            # A defect here must not crash the scan path; treat it as an unreadable scan.
            raise CardRejected(RejectReason.MALFORMED, "scan could not be read") from None

    @staticmethod
    def _canonical(text: object) -> str:
        if not isinstance(text, str):
            raise CardRejected(RejectReason.MALFORMED, "scan is not text")
        if len(text) > MAX_INPUT_CHARS:
            raise CardRejected(RejectReason.MALFORMED, f"scan longer than {MAX_INPUT_CHARS}")
        if not text.isascii():
            raise CardRejected(RejectReason.MALFORMED, "scan has non-ASCII characters")
        # Caps Lock on the kiosk flips the case a keyboard-wedge scanner types; the payload
        # is upper case by construction, so case carries no information.
        canonical = text.strip().upper()
        if not canonical:
            raise CardRejected(RejectReason.MALFORMED, "scan is empty")
        return canonical

    def _decode(self, text: object) -> CardIdentity:
        canonical = self._canonical(text)
        if canonical.startswith(LABEL_PREFIX + "-"):
            raise CardRejected(RejectReason.KIT_LABEL, "a kit label where a card was expected")
        if canonical.startswith(FORMAT_PREFIX + "-"):
            return self._decode_signed(canonical)
        if self._barcode_re.fullmatch(canonical):
            return self._decode_barcode(canonical)
        raise CardRejected(RejectReason.MALFORMED, "scan is neither a kiosk card nor a barcode")

    def _decode_signed(self, canonical: str) -> CardIdentity:
        match = _SIGNED_RE.fullmatch(canonical)
        if match is None:
            raise CardRejected(RejectReason.MALFORMED, "kiosk card payload is malformed")
        key_id, card_number, mac_text = match.group("key_id", "card", "mac")
        self._check_mac(key_id, card_number, mac_text, FORMAT_PREFIX)
        return CardIdentity(card_number=card_number, kind="signed", key_id=key_id)

    def _check_mac(self, key_id: str, body: str, mac_text: str, prefix: str) -> None:
        what = "card" if prefix == FORMAT_PREFIX else "kit label"
        key = self._keys.get(key_id)
        if key is None:
            raise CardRejected(RejectReason.UNKNOWN_KEY, f"{what} signed with unknown key {key_id}")
        try:
            presented = base64.b32decode(mac_text)
        except (binascii.Error, ValueError):
            raise CardRejected(RejectReason.MALFORMED, f"{what} signature is unreadable") from None
        if not hmac.compare_digest(presented, _mac(key, key_id, body, prefix)):
            raise CardRejected(RejectReason.FORGED, f"{what} signature does not match key {key_id}")

    def _decode_barcode(self, canonical: str) -> CardIdentity:
        if not self._accept_library_barcodes:
            raise CardRejected(RejectReason.NOT_ACCEPTED, "library barcodes are not accepted")
        if not CARD_NUMBER_RE.fullmatch(canonical):
            raise CardRejected(RejectReason.MALFORMED, "library barcode is not a card number")
        return CardIdentity(card_number=canonical, kind="library_barcode", key_id=None)
