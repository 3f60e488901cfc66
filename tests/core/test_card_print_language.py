"""Words printed on cards come from the screens' own catalogues, drawn in a font that has
their script."""

from __future__ import annotations

import pytest
from PIL import Image

from kiosk import fonts
from kiosk.card_printing import number_label
from kiosk.catalogue import translate
from kiosk.core.card_render import CARD_SIZE_PX, _font_for, font_covers, render_card


@pytest.mark.parametrize(
    ("locale", "label"),
    [
        ("en", "Card number"),
        ("fr", "Numéro de carte"),
        ("es_MX", "Número de tarjeta"),
        ("zh", "卡号"),
        ("ar", "رقم البطاقة"),
        ("tlh", "Card number"),
    ],
)
def test_the_card_label_is_in_the_library_language(locale: str, label: str) -> None:
    assert number_label(locale) == label


def test_an_unknown_string_or_language_prints_as_written() -> None:
    assert translate("CardPrint", "Not in any catalogue", "fr") == "Not in any catalogue"


def test_a_chinese_label_is_drawn_with_the_bundled_cjk_font() -> None:
    regular = fonts.bundled(fonts.REGULAR)
    assert not font_covers(regular, "卡号")
    assert _font_for("卡号", regular) == fonts.bundled(fonts.CJK_SUBSET)
    card = render_card("Riverside", "Zoë", "P-1234", "payload", number_label="卡号")
    assert card.size == CARD_SIZE_PX
    assert isinstance(card, Image.Image)
