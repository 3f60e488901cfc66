"""`card print`: one PNG per active patron card plus a PDF sheet for batch printing; and
`equipment labels`, the kits' QR labels, the same way.

Cards carry names and working credentials, so every file is private to the printing user from
its first byte: it is created (O_EXCL, O_NOFOLLOW, mode 0600) inside a private temporary folder
and only then renamed into the output folder. A rename replaces a symlink planted under a
card's name instead of writing through it, and an output folder other users can read or write
is refused before anything is rendered."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PIL import Image

from kiosk.catalogue import QT_TRANSLATE_NOOP, translate
from kiosk.core.card_render import DPI, render_card, write_sheets_pdf
from kiosk.core.names import clean_card_number
from kiosk.file_privacy import create_private_file, ensure_private_folder, folder_problem

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.services import Services


# Words printed on a card, in the library's default language (the same catalogues as the screens).
NUMBER_LABEL = QT_TRANSLATE_NOOP("CardPrint", "Card number")
KIT_CODE_LABEL = QT_TRANSLATE_NOOP("CardPrint", "Kit code")


def number_label(locale: str) -> str:
    return translate("CardPrint", NUMBER_LABEL, locale)


def kit_code_label(locale: str) -> str:
    return translate("CardPrint", KIT_CODE_LABEL, locale)


class UnsafeOutputFolder(Exception):
    """The output folder would expose the cards; str() is one line naming it and why."""


@dataclass(frozen=True)
class PrintResult:
    pngs: tuple[Path, ...]
    sheet: Path | None
    missing: tuple[str, ...]


def check_output_folder(out_dir: Path) -> None:
    problem = folder_problem(out_dir)
    if problem is not None:
        raise UnsafeOutputFolder(f"{out_dir}: {problem}; no cards were written")


def print_cards(
    services: Services,
    config: Config,
    *,
    out_dir: Path,
    paper: Literal["a4", "letter"] = "a4",
    only: Sequence[str] | None = None,
) -> PrintResult:
    """Render the cards (all active ones, or only the numbers in `only`) into `out_dir`."""
    check_output_folder(out_dir)
    wanted = [_canonical(number) for number in only] if only else None
    cards = services.patrons.cards_to_print(wanted)
    found = {card.card_number for card in cards}
    missing = tuple(number for number in (wanted or []) if number not in found)
    if not cards:
        return PrintResult((), None, missing)
    label = number_label(config.ui.locale)
    # Files are named by card number only: a folder listing must not show names.
    images = (
        (
            f"card-{card.card_number}.png",
            partial(
                render_card,
                config.library.name,
                card.display_name,
                card.card_number,
                services.codec.encode(card.card_number),
                number_label=label,
            ),
        )
        for card in cards
    )
    pngs, sheet = _write_batch(out_dir, images, f"cards-{paper}.pdf", paper)
    return PrintResult(pngs, sheet, missing)


def print_kit_labels(
    services: Services,
    config: Config,
    *,
    out_dir: Path,
    paper: Literal["a4", "letter"] = "a4",
    only: Sequence[str] = (),
    branch: str | None = None,
) -> PrintResult:
    """`equipment labels`: the QR labels of the branch's lendable kits (or of the kits named
    in `only`), card-sized like the patron cards so the same label sheets serve both. A label
    carries the kit's name and the short code staff read when the QR will not scan."""
    check_output_folder(out_dir)
    labels, missing = services.lending.kit_labels(only, branch=branch)
    if not labels:
        return PrintResult((), None, missing)
    caption = kit_code_label(config.ui.locale)
    images = (
        (
            f"kit-{label.short_code}.png",
            partial(
                render_card,
                config.library.name,
                label.name,
                label.short_code,
                label.payload,
                number_label=caption,
            ),
        )
        for label in labels
    )
    pngs, sheet = _write_batch(out_dir, images, f"kit-labels-{paper}.pdf", paper)
    return PrintResult(pngs, sheet, missing)


def _write_batch(
    out_dir: Path,
    images: Iterable[tuple[str, Callable[[], Image.Image]]],
    sheet_name: str,
    paper: Literal["a4", "letter"],
) -> tuple[tuple[Path, ...], Path]:
    """Render each image (one at a time) to a private PNG named as given, and all of them to
    one PDF sheet, in a private staging folder; then move them into `out_dir` together."""
    ensure_private_folder(out_dir)
    # Checked again: the folder may have been made by someone else since the first look.
    check_output_folder(out_dir)
    staging = Path(tempfile.mkdtemp(prefix=".cards-", dir=out_dir))  # 0700 by definition
    try:
        names: list[str] = []
        for name, render in images:
            _write_png(render(), staging / name)
            names.append(name)
        _write_sheet(staging, names, sheet_name, paper)
        for name in [*names, sheet_name]:
            os.replace(staging / name, out_dir / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return tuple(out_dir / name for name in names), out_dir / sheet_name


def _canonical(number: str) -> str:
    try:
        return clean_card_number(number)
    except ValueError:
        return number.strip()  # reported as missing, as typed


def _write_png(image: Image.Image, path: Path) -> None:
    with os.fdopen(create_private_file(path), "wb") as handle:
        image.save(handle, "PNG", dpi=(DPI, DPI), optimize=False)


def _write_sheet(
    staging: Path, names: Sequence[str], sheet_name: str, paper: Literal["a4", "letter"]
) -> None:
    sheet = staging / sheet_name
    # The sheet writer fills `<name>.partial` and renames it: that file exists, 0600, before
    # any byte is written to it (Pillow reopens it without changing its mode).
    os.close(create_private_file(sheet.with_name(sheet.name + ".partial")))
    write_sheets_pdf((_load(staging / name) for name in names), sheet, paper)


def _load(path: Path) -> Image.Image:
    # Read back one card at a time so a batch of hundreds never sits in memory at once.
    with Image.open(path) as image:
        return image.convert("RGB")
