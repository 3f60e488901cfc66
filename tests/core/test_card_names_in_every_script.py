"""Names in scripts the bundled DejaVu font lacks print in a font that has them, not as boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageChops

from kiosk.core import card_render
from kiosk.core.card_codec import CardCodec
from kiosk.core.card_render import BOLD_FONT, font_covers, font_path, render_card
from tests.support import require

CODEC = CardCodec({"K1": bytes(range(32))}, "K1")
NAMES = {
    "cjk": "山田太郎",
    "devanagari": "अनन्या शर्मा",
    "tamil": "ஆனந்த் குமார்",
    "bengali": "অনন্যা দাস",
    "emoji": "Ana 👩\u200d🔧 🎨",
}


def _installed_font_covers(text: str) -> bool:
    # Searched independently of the renderer's own list, so a font it misses is a failure.
    return any(
        font_covers(path, text) for path in sorted(Path("/usr/share/fonts").rglob("*.tt[fc]"))
    )


def _name_box(card: Image.Image) -> Image.Image:
    return card.crop((card_render.SAFE_MARGIN, card_render.BAND_HEIGHT + 10, 560, 420))


@pytest.mark.parametrize("script", NAMES)
def test_a_name_in_a_script_dejavu_lacks_prints_in_a_font_that_has_it(script: str) -> None:
    name = NAMES[script]
    bold = font_path(BOLD_FONT)
    assert not font_covers(bold, name), "DejaVu covers it: the test would prove nothing"
    require(
        _installed_font_covers(name),
        f"a font covering {script} names (Debian: fonts-noto-cjk, fonts-noto-core, fonts-symbola)",
    )
    chosen = card_render._font_for(name, bold)
    assert font_covers(chosen, name), f"{chosen.name} was chosen and lacks some of {name!r}"
    card = render_card("Library", name, "P-1", CODEC.encode("P-1"))
    ink = ImageChops.invert(_name_box(card).convert("L")).getbbox()
    assert ink is not None and ink[2] - ink[0] > 100, "the name is not on the card"
