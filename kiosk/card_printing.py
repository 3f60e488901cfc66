"""`card print`: one PNG per active patron card plus a PDF sheet for batch printing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PIL import Image

from kiosk.catalogue import QT_TRANSLATE_NOOP, translate
from kiosk.core.card_render import render_card, save_card_png, write_sheets_pdf

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.services import Services


# Words printed on a card, in the library's default language (the same catalogues as the screens).
NUMBER_LABEL = QT_TRANSLATE_NOOP("CardPrint", "Card number")


def number_label(locale: str) -> str:
    return translate("CardPrint", NUMBER_LABEL, locale)


@dataclass(frozen=True)
class PrintResult:
    pngs: tuple[Path, ...]
    sheet: Path | None
    missing: tuple[str, ...]


def print_cards(
    services: Services,
    config: Config,
    *,
    out_dir: Path,
    paper: Literal["a4", "letter"] = "a4",
    only: Sequence[str] | None = None,
) -> PrintResult:
    """Render the cards (all active ones, or only the numbers in `only`) into `out_dir`."""
    wanted = [number.strip().upper() for number in only] if only else None
    cards = services.patrons.cards_to_print(wanted)
    found = {card.card_number for card in cards}
    missing = tuple(number for number in (wanted or []) if number not in found)
    # Cards carry names and working credentials: readable by the printing user only.
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    pngs: list[Path] = []
    label = number_label(config.ui.locale)
    for card in cards:
        image = render_card(
            config.library.name,
            card.display_name,
            card.card_number,
            services.codec.encode(card.card_number),
            number_label=label,
        )
        # Files are named by card number only: a folder listing must not show patron names.
        pngs.append(_private(save_card_png(image, out_dir / f"card-{card.card_number}.png")))
    sheet: Path | None = None
    if pngs:
        sheet = out_dir / f"cards-{paper}.pdf"
        write_sheets_pdf((_load(path) for path in pngs), sheet, paper)
        _private(sheet)
    return PrintResult(tuple(pngs), sheet, missing)


def _private(path: Path) -> Path:
    path.chmod(0o600)
    return path


def _load(path: Path) -> Image.Image:
    # Read back one card at a time so a batch of hundreds never sits in memory at once.
    with Image.open(path) as image:
        return image.convert("RGB")
