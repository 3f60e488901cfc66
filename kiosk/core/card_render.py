"""Printable patron cards: one CR80 card as a PNG, and PDF sheets of cards for batch printing.

Pure Python (qrcode + Pillow); no Qt, no database. Fonts are bundled in assets/fonts so a
card looks the same whichever terminal prints it.

Card layout at 300 dpi (1011 x 638 px, 85.6 x 54 mm): a coloured band with the library name,
the patron's display name (shrunk, then wrapped, never overflowing), the human-readable card
number, and the QR code with its full four-module quiet zone on white.
"""

from __future__ import annotations

import logging
import math
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import qrcode
from PIL import Image, ImageDraw, ImageFont
from qrcode.constants import ERROR_CORRECT_M

from kiosk import fonts
from kiosk.resources import asset

log = logging.getLogger(__name__)

DPI = 300
CARD_WIDTH_MM = 85.6
CARD_HEIGHT_MM = 54.0
CARD_SIZE_PX = (1011, 638)  # CR80 at 300 dpi
QR_QUIET_ZONE_MODULES = 4
QR_TARGET_PX = 420  # about 35 mm; modules stay about 1 mm wide at version 3
SHEET_COLUMNS = 2
SHEET_ROWS = 5
CARDS_PER_SHEET = SHEET_COLUMNS * SHEET_ROWS
PAPER_SIZES_PX: dict[str, tuple[int, int]] = {
    "a4": (2480, 3508),  # 210 x 297 mm
    "letter": (2550, 3300),  # 8.5 x 11 in
}
Paper = Literal["a4", "letter"]

SAFE_MARGIN = 40  # printers shift by a millimetre or two; keep text this far from the edge
BAND_HEIGHT = 150
BAND_INSET = 14
BAND_COLOUR = (22, 66, 91)
BAND_TEXT = (255, 255, 255)
INK = (20, 20, 20)
MUTED = (90, 90, 90)
PAPER_WHITE = (255, 255, 255)
CROP_MARK_INK = (0, 0, 0)

REGULAR_FONT = fonts.REGULAR
BOLD_FONT = fonts.BOLD


@dataclass(frozen=True)
class CardFace:
    """What goes on one card."""

    library_name: str
    display_name: str
    card_number: str
    payload: str


# -- fonts ------------------------------------------------------------------------------------


def font_path(name: str) -> Path:
    return asset("fonts", name)


@lru_cache(maxsize=64)
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


@lru_cache(maxsize=8)
def _missing_glyph_signature(path: str) -> bytes:
    # What the font draws for a code point it has no glyph for (the .notdef box).
    return _glyph_bitmap(path, "\U000f0000")


def _glyph_bitmap(path: str, char: str) -> bytes:
    canvas = Image.new("L", (64, 64), 0)
    ImageDraw.Draw(canvas).text((8, 4), char, font=_font(path, 40), fill=255)
    return canvas.tobytes()


def font_covers(path: Path | str, text: str) -> bool:
    """Whether the font has a glyph for every visible character of text."""
    missing = _missing_glyph_signature(str(path))
    for char in set(text):
        if char.isspace() or not char.isprintable():
            continue
        if _glyph_bitmap(str(path), char) == missing:
            return False
    return True


def _font_for(text: str, preferred: Path) -> Path:
    if font_covers(preferred, text):
        return preferred
    for path in fonts.fallback_fonts():
        try:
            if path.is_file() and font_covers(path, text):
                return path
        except OSError:
            continue
    log.warning("no installed font shows every character of a card name; some will be boxes")
    return preferred


# -- text fitting -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]
    font: ImageFont.FreeTypeFont
    line_height: int


def _width(font: ImageFont.FreeTypeFont, text: str) -> float:
    return font.getlength(text)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy word wrap; a word wider than the line (or a script without spaces) is broken
    between characters."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if _width(font, candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
        while _width(font, word) > width:
            cut = len(word) - 1
            while cut > 1 and _width(font, word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


def _ellipsize(text: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    if _width(font, text) <= width:
        return text
    while text and _width(font, text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def fit_text(
    text: str,
    font_file: Path,
    *,
    width: int,
    height: int,
    max_size: int,
    min_size: int,
    max_lines: int,
) -> FittedText:
    """The largest size at which text fits the box, on at most max_lines lines.

    Prefers one line, shrinking down to 70 % of max_size before wrapping; at min_size the last
    line is cut with an ellipsis rather than overflow."""
    text = " ".join(text.split())
    single_line_floor = max(min_size, int(max_size * 0.7))
    for size in range(max_size, min_size - 1, -2):
        font = _font(str(font_file), size)
        line_height = _line_height(font)
        allowed = 1 if size >= single_line_floor else max_lines
        lines = _wrap(text, font, width)
        if len(lines) <= allowed and len(lines) * line_height <= height:
            return FittedText(tuple(lines), font, line_height)
    font = _font(str(font_file), min_size)
    line_height = _line_height(font)
    fitting = max(1, min(max_lines, height // line_height))
    lines = _wrap(text, font, width)
    kept = lines[:fitting]
    if len(lines) > fitting:
        kept[-1] = _ellipsize(kept[-1] + " " + " ".join(lines[fitting:]), font, width)
    return FittedText(tuple(kept), font, line_height)


def _line_height(font: ImageFont.FreeTypeFont) -> int:
    ascent, descent = font.getmetrics()
    return int((ascent + descent) * 1.08)


def is_right_to_left(text: str) -> bool:
    """Whether text starts in a right-to-left script (its first strongly directional letter)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def _draw_fitted(
    draw: ImageDraw.ImageDraw,
    fitted: FittedText,
    x: int,
    y: int,
    fill: tuple[int, int, int],
    *,
    width: int,
    right_aligned: bool | None = None,
) -> None:
    # Right-to-left names (Arabic, Hebrew, ...) start at the right edge of their column.
    if right_aligned is None:
        right_aligned = any(is_right_to_left(line) for line in fitted.lines[:1])
    for index, line in enumerate(fitted.lines):
        left = x + width - int(_width(fitted.font, line)) if right_aligned else x
        draw.text((left, y + index * fitted.line_height), line, font=fitted.font, fill=fill)


# -- QR ---------------------------------------------------------------------------------------


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR modules for payload at error correction M, including the quiet zone."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QR_QUIET_ZONE_MODULES)
    qr.add_data(payload)
    qr.make(fit=True)
    return qr.get_matrix()


def qr_image(payload: str, target_px: int = QR_TARGET_PX) -> Image.Image:
    """The QR code drawn with whole-pixel modules (crisp at 300 dpi), quiet zone included."""
    matrix = qr_matrix(payload)
    modules = len(matrix)
    scale = max(1, target_px // modules)
    small = Image.new("1", (modules, modules), 1)
    small.putdata([0 if dark else 1 for row in matrix for dark in row])
    return small.resize((modules * scale, modules * scale), Image.Resampling.NEAREST)


# -- one card ---------------------------------------------------------------------------------


def render_card(
    library_name: str,
    display_name: str,
    card_number: str,
    payload: str,
    *,
    number_label: str = "Card number",
) -> Image.Image:
    """One CR80 card (1011 x 638 px RGB at 300 dpi). number_label is the caption above the
    card number, for libraries that print cards in another language."""
    width, height = CARD_SIZE_PX
    card = Image.new("RGB", CARD_SIZE_PX, PAPER_WHITE)
    draw = ImageDraw.Draw(card)
    bold = font_path(BOLD_FONT)
    regular = font_path(REGULAR_FONT)

    # The band stops short of the card edge: a card cut a millimetre off from a sheet then
    # shows white, not a sliver of its neighbour's band.
    draw.rounded_rectangle(
        (BAND_INSET, BAND_INSET, width - 1 - BAND_INSET, BAND_HEIGHT),
        radius=18,
        fill=BAND_COLOUR,
    )
    library = fit_text(
        library_name,
        _font_for(library_name, bold),
        width=width - 2 * SAFE_MARGIN,
        height=BAND_HEIGHT - BAND_INSET - 2 * 16,
        max_size=56,
        min_size=24,
        max_lines=2,
    )
    library_top = (
        BAND_INSET + (BAND_HEIGHT - BAND_INSET - len(library.lines) * library.line_height) // 2
    )
    _draw_fitted(draw, library, SAFE_MARGIN, library_top, BAND_TEXT, width=width - 2 * SAFE_MARGIN)

    qr = qr_image(payload)
    qr_left = width - SAFE_MARGIN + 16 - qr.width  # the quiet zone may run into the margin
    qr_top = BAND_HEIGHT + (height - BAND_HEIGHT - qr.height) // 2
    card.paste(qr.convert("RGB"), (qr_left, qr_top))

    column_left = SAFE_MARGIN
    column_width = qr_left - column_left
    number_font = _font(str(regular), 44)
    label_font = _font(str(regular), 26)
    number_top = height - SAFE_MARGIN - _line_height(number_font)
    label_top = number_top - _line_height(label_font)

    name_top = BAND_HEIGHT + 34
    name = fit_text(
        display_name,
        _font_for(display_name, bold),
        width=column_width,
        height=label_top - 24 - name_top,
        max_size=72,
        min_size=30,
        max_lines=3,
    )
    _draw_fitted(draw, name, column_left, name_top, INK, width=column_width)

    label = fit_text(
        number_label,
        _font_for(number_label, regular),
        width=column_width,
        height=_line_height(label_font),
        max_size=26,
        min_size=16,
        max_lines=1,
    )
    _draw_fitted(draw, label, column_left, label_top, MUTED, width=column_width)
    # The number is what staff type when a QR will not scan: shrink it, never cut it.
    number = fit_text(
        card_number,
        regular,
        width=column_width,
        height=_line_height(number_font),
        max_size=44,
        min_size=20,
        max_lines=1,
    )
    _draw_fitted(
        draw,
        number,
        column_left,
        number_top,
        INK,
        width=column_width,
        right_aligned=is_right_to_left(number_label),
    )
    return card


def render_face(face: CardFace) -> Image.Image:
    return render_card(face.library_name, face.display_name, face.card_number, face.payload)


def save_card_png(card: Image.Image, path: Path) -> Path:
    """Save a card as a PNG that prints at its real size (300 dpi)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    card.save(path, "PNG", dpi=(DPI, DPI), optimize=False)
    return path


# -- sheets -----------------------------------------------------------------------------------


def sheet_origin(paper: Paper) -> tuple[int, int]:
    """Top-left pixel of the card grid on a page: the grid is centred."""
    page_w, page_h = PAPER_SIZES_PX[paper]
    card_w, card_h = CARD_SIZE_PX
    return (page_w - SHEET_COLUMNS * card_w) // 2, (page_h - SHEET_ROWS * card_h) // 2


def card_box(paper: Paper, index: int) -> tuple[int, int, int, int]:
    """Where card number `index` (0-9) of a page goes: (left, top, right, bottom)."""
    left0, top0 = sheet_origin(paper)
    card_w, card_h = CARD_SIZE_PX
    row, column = divmod(index, SHEET_COLUMNS)
    left, top = left0 + column * card_w, top0 + row * card_h
    return left, top, left + card_w, top + card_h


def render_sheet(cards: Sequence[Image.Image], paper: Paper = "a4") -> Image.Image:
    """One page: up to ten cards in a 2 x 5 grid, edge to edge, with crop marks outside it."""
    if len(cards) > CARDS_PER_SHEET:
        raise ValueError(f"a sheet holds {CARDS_PER_SHEET} cards, not {len(cards)}")
    if paper not in PAPER_SIZES_PX:
        raise ValueError(f"paper must be one of {', '.join(PAPER_SIZES_PX)}")
    page = Image.new("RGB", PAPER_SIZES_PX[paper], PAPER_WHITE)
    for index, card in enumerate(cards):
        if card.size != CARD_SIZE_PX:
            raise ValueError(f"card {index} is {card.size}, not {CARD_SIZE_PX}")
        left, top, _, _ = card_box(paper, index)
        page.paste(card.convert("RGB"), (left, top))
    _draw_crop_marks(ImageDraw.Draw(page), paper)
    return page


def _draw_crop_marks(draw: ImageDraw.ImageDraw, paper: Paper) -> None:
    # Marks sit in the margin, in line with every cut, and stop short of the cards so no
    # trace shows on a card cut a little off.
    left0, top0 = sheet_origin(paper)
    card_w, card_h = CARD_SIZE_PX
    right0, bottom0 = left0 + SHEET_COLUMNS * card_w, top0 + SHEET_ROWS * card_h
    gap = 12
    h_length = max(10, min(75, left0 - gap - 10))
    v_length = max(10, min(75, top0 - gap - 10))
    line = 2
    for column in range(SHEET_COLUMNS + 1):
        x = left0 + column * card_w
        draw.rectangle(
            (x - line // 2, top0 - gap - v_length, x + line // 2, top0 - gap), fill=CROP_MARK_INK
        )
        draw.rectangle(
            (x - line // 2, bottom0 + gap, x + line // 2, bottom0 + gap + v_length),
            fill=CROP_MARK_INK,
        )
    for row in range(SHEET_ROWS + 1):
        y = top0 + row * card_h
        draw.rectangle(
            (left0 - gap - h_length, y - line // 2, left0 - gap, y + line // 2), fill=CROP_MARK_INK
        )
        draw.rectangle(
            (right0 + gap, y - line // 2, right0 + gap + h_length, y + line // 2),
            fill=CROP_MARK_INK,
        )


def write_sheets_pdf(cards: Iterable[Image.Image], path: Path, paper: Paper = "a4") -> int:
    """Write all cards to one PDF, ten per page at 300 dpi, and return the page count.

    Pages are rendered and appended one at a time, so a batch of hundreds of cards never
    holds more than one page in memory."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    pages = 0
    batch: list[Image.Image] = []
    try:
        for card in cards:
            batch.append(card)
            if len(batch) == CARDS_PER_SHEET:
                _append_page(render_sheet(batch, paper), partial, first=pages == 0)
                pages += 1
                batch = []
        if batch or pages == 0:
            _append_page(render_sheet(batch, paper), partial, first=pages == 0)
            pages += 1
        # Only a complete file takes the final name: a failure leaves no half-written PDF.
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return pages


def _append_page(page: Image.Image, path: Path, *, first: bool) -> None:
    # Pillow stores RGB pages as JPEG; at this quality and without chroma subsampling the
    # QR module edges stay sharp.
    page.save(
        path,
        "PDF",
        resolution=float(DPI),
        append=not first,
        quality=95,
        subsampling=0,
        title="Makerspace cards",
    )


def pages_needed(card_count: int) -> int:
    return max(1, math.ceil(card_count / CARDS_PER_SHEET))
