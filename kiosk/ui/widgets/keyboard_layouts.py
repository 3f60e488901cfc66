"""Key layouts for the on-screen keyboard: which characters sit on which row.

Latin serves English, Spanish and French (an accents page carries á, é, ñ, ç, œ, ...); Arabic
follows the usual Arabic PC keyboard. Chinese is typed with the Latin layout: no well-kept
Python pinyin input method exists to build candidate selection on (see the languages docs)."""

from __future__ import annotations

from dataclasses import dataclass

Rows = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class KeyLayout:
    name: str  # "latin", "arabic"
    switch_label: str  # what the key that switches *to* this layout shows, in its own script
    pages: dict[str, Rows]  # "plain", "shift", "accents", "accents_shift"

    def rows(self, *, shift: bool, accents: bool) -> Rows:
        base = "accents" if accents and self.has_accents else "plain"
        if shift:
            shifted = "shift" if base == "plain" else f"{base}_shift"
            return self.pages.get(shifted) or self.pages[base]
        return self.pages[base]

    @property
    def has_accents(self) -> bool:
        return "accents" in self.pages


DIGITS = tuple("1234567890")


def _upper(rows: Rows) -> Rows:
    return tuple(tuple(key.upper() for key in row) for row in rows)


_LATIN_PLAIN: Rows = (
    DIGITS,
    tuple("qwertyuiop"),
    (*"asdfghjkl", "'"),
    (*"zxcvbnm", "-", "."),
)
_LATIN_ACCENTS: Rows = (
    DIGITS,
    tuple("áàâäãåéèêë"),
    tuple("íìîïóòôöõñ"),
    (*"úùûüçÿœæ", "-"),
)

LATIN = KeyLayout(
    name="latin",
    switch_label="ABC",
    pages={
        "plain": _LATIN_PLAIN,
        "shift": _upper(_LATIN_PLAIN),
        "accents": _LATIN_ACCENTS,
        "accents_shift": _upper(_LATIN_ACCENTS),
    },
)

_ARABIC_PLAIN: Rows = (
    DIGITS,
    tuple("ضصثقفغعهخحج"),
    tuple("شسيبلاتنمكط"),
    ("ئ", "ء", "ؤ", "ر", "لا", "ى", "ة", "و", "ز", "ظ", "د"),
)
# Shifted: the hamza and madda forms of alif, and the punctuation Arabic writes its own way.
_ARABIC_SHIFT: Rows = (
    DIGITS,
    ("َ", "ً", "ُ", "ٌ", "ِ", "ٍ", "ّ", "ْ", "ـ", "،", "؛"),
    ("أ", "إ", "آ", "لأ", "لإ", "لآ", "ٱ", "/", ":", "؟", "-"),
    ("ئ", "ء", "ؤ", "ر", "لا", "ى", "ة", "و", "ز", "ظ", "."),
)

ARABIC = KeyLayout(
    name="arabic",
    switch_label="عربي",
    pages={"plain": _ARABIC_PLAIN, "shift": _ARABIC_SHIFT},
)

LAYOUTS: dict[str, KeyLayout] = {layout.name: layout for layout in (LATIN, ARABIC)}


def layout_for_language(code: str) -> KeyLayout:
    """The layout a session in `code` starts with."""
    return ARABIC if code.split("_")[0] == "ar" else LATIN
