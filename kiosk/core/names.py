"""Display names and card numbers as people type them, checked so that neither can deceive:
no text-direction overrides, no names that show as nothing, no card numbers that turn into
another number when upper-cased."""

from __future__ import annotations

import unicodedata

from kiosk.core.card_codec import CARD_NUMBER_RE, MAX_CARD_NUMBER_CHARS
from kiosk.db.models import DISPLAY_NAME_MAX
from kiosk.errors import InvalidInput

# Embeddings, overrides (U+202A-U+202E) and isolates (U+2066-U+2069) reorder the text around
# them: "Ada\u202eeciloP" shows as "AdaPolice".
BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
# Letters and symbols that fonts draw as blank space, though Unicode does not call them spaces.
_BLANK_GLYPHS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e\u17b4\u17b5")
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Mn", "Me", "Zs", "Zl", "Zp", "Cc"})


def is_invisible(char: str) -> bool:
    return char in _BLANK_GLYPHS or unicodedata.category(char) in _INVISIBLE_CATEGORIES


def clean_display_name(raw: str) -> str:
    """Collapsed whitespace, NFC; raises InvalidInput with the reason when unusable."""
    name = unicodedata.normalize("NFC", " ".join(raw.split()))
    if not name:
        raise InvalidInput("display name is empty")
    if len(name) > DISPLAY_NAME_MAX:
        raise InvalidInput(f"display name is longer than {DISPLAY_NAME_MAX} characters")
    if name.isascii() and name.isprintable():
        return name  # no controls, no direction marks, and not only blanks: nothing to check
    if any(char in BIDI_CONTROLS for char in name):
        raise InvalidInput("display name contains text-direction override characters")
    if any(unicodedata.category(ch) in ("Cc", "Cs", "Co") for ch in name):
        raise InvalidInput("display name contains control characters")
    if all(is_invisible(char) for char in name):
        raise InvalidInput("display name has no visible characters")
    return name


def clean_card_number(raw: str) -> str:
    """The canonical card number: NFKC (full-width digits become ASCII), then upper case.
    Raises InvalidInput for anything else, including letters that change under upper-casing
    ('ß' would become 'SS', a different card)."""
    number = unicodedata.normalize("NFKC", raw).strip()
    if not number.isascii() or not CARD_NUMBER_RE.fullmatch(number.upper()):
        raise InvalidInput(
            f"card number must be 1-{MAX_CARD_NUMBER_CHARS} characters A-Z, 0-9 or '-'"
        )
    return number.upper()
