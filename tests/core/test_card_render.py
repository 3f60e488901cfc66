"""Printable cards: CR80 PNGs whose QR holds the payload, and PDF sheets with crop marks.

No QR decoder is installed here, so the QR is checked module by module: it is found in the
rendered card, sampled at every module centre and compared with the symbol the qrcode library
makes for the payload, including the quiet zone and the version."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image

from kiosk.core import card_render
from kiosk.core.card_codec import CardCodec
from kiosk.core.card_render import (
    BOLD_FONT,
    CARD_SIZE_PX,
    CARDS_PER_SHEET,
    PAPER_SIZES_PX,
    QR_QUIET_ZONE_MODULES,
    CardFace,
    card_box,
    fit_text,
    font_covers,
    font_path,
    is_right_to_left,
    qr_matrix,
    render_card,
    render_face,
    render_sheet,
    save_card_png,
    write_sheets_pdf,
)

CODEC = CardCodec({"K1": bytes(range(32))}, "K1")
LONGEST_CARD = "ABCD-1234-EFGH-5678Z"


def payload(card_number: str = "P-000123") -> str:
    return CODEC.encode(card_number)


def dark(pixel: tuple[int, int, int]) -> bool:
    return sum(pixel) < 3 * 128


def find_qr(card: Image.Image, modules: int) -> tuple[int, int, int]:
    """(left, top, module size) of the QR symbol.

    The symbol is the rightmost run of inked pixel columns below the band: its quiet zone
    (four modules of white) parts it from the text, and inside the symbol the timing pattern
    never leaves more than one module column blank."""
    rgb = card.convert("L")
    width, height = rgb.size
    body = rgb.crop((0, card_render.BAND_HEIGHT + 1, width, height))
    inked = [body.crop((x, 0, x + 1, body.height)).getextrema()[0] < 128 for x in range(width)]
    right = max(x for x in range(width) if inked[x]) + 1
    left = right - 1
    blank = 0
    while left > 0 and blank < 30:
        blank = 0 if inked[left - 1] else blank + 1
        left -= 1
    left += blank
    mask = body.crop((left, 0, right, body.height)).point(lambda v: 255 if v < 128 else 0)
    box = mask.getbbox()
    assert box is not None, "no QR found"
    top, bottom = box[1], box[3]
    symbol = modules - 2 * QR_QUIET_ZONE_MODULES
    assert right - left == bottom - top, "QR is not square"
    assert (right - left) % symbol == 0, "QR modules are not whole pixels"
    return left, top + card_render.BAND_HEIGHT + 1, (right - left) // symbol


def read_modules(card: Image.Image, text: str) -> None:
    """Assert the card's QR is exactly the symbol for text, quiet zone included."""
    matrix = qr_matrix(text)
    modules = len(matrix)
    left, top, scale = find_qr(card, modules)
    rgb = card.convert("RGB")
    origin_x = left - QR_QUIET_ZONE_MODULES * scale
    origin_y = top - QR_QUIET_ZONE_MODULES * scale
    assert origin_x >= 0 and origin_y >= 0
    assert origin_x + modules * scale <= CARD_SIZE_PX[0]
    for row in range(modules):
        for column in range(modules):
            centre = (origin_x + column * scale + scale // 2, origin_y + row * scale + scale // 2)
            assert dark(rgb.getpixel(centre)) == matrix[row][column], (row, column)
    # The whole quiet zone is white paper, not just the module centres.
    quiet = rgb.crop((origin_x, origin_y, origin_x + modules * scale, origin_y + modules * scale))
    inner = QR_QUIET_ZONE_MODULES * scale
    for x in range(quiet.width):
        for y in (*range(inner), *range(quiet.height - inner, quiet.height)):
            assert not dark(quiet.getpixel((x, y)))
            assert not dark(quiet.getpixel((y, x)))


def qr_version(text: str) -> int:
    return (len(qr_matrix(text)) - 2 * QR_QUIET_ZONE_MODULES - 17) // 4


def ink_box(card: Image.Image, box: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    mask = card.crop(box).convert("L").point(lambda value: 255 if value < 160 else 0)
    return mask.getbbox()


def test_card_is_cr80_at_300_dpi(tmp_path: Path) -> None:
    card = render_card("Riverside Public Library", "Ada Lovelace", "P-000123", payload())
    assert card.size == CARD_SIZE_PX == (1011, 638)
    assert card.mode == "RGB"
    path = save_card_png(card, tmp_path / "cards" / "P-000123.png")
    with Image.open(path) as saved:
        assert saved.format == "PNG"
        assert saved.size == CARD_SIZE_PX
        dpi = saved.info["dpi"]
        assert round(dpi[0]) == round(dpi[1]) == 300
    # 1011 px at 300 dpi is the CR80 width
    assert abs(CARD_SIZE_PX[0] / 300 * 25.4 - 85.6) < 0.1
    assert abs(CARD_SIZE_PX[1] / 300 * 25.4 - 54.0) < 0.1


@pytest.mark.parametrize("card_number", ["P-000123", LONGEST_CARD, "7"])
def test_qr_holds_the_payload_module_for_module(card_number: str) -> None:
    text = payload(card_number)
    card = render_card("Riverside Public Library", "Ada Lovelace", card_number, text)
    read_modules(card, text)


def test_longest_payload_is_qr_version_3_with_modules_about_a_millimetre() -> None:
    text = CardCodec({"KEY2026B": bytes(32)}, "KEY2026B").encode(LONGEST_CARD)
    assert qr_version(text) <= 3
    card = render_card("Library", "Name", LONGEST_CARD, text)
    _left, _top, scale = find_qr(card, len(qr_matrix(text)))
    assert scale * 25.4 / 300 >= 0.8  # mm per module: scanners read it from a hand's length


def test_qr_for_a_different_payload_does_not_match() -> None:
    card = render_card("Library", "Name", "P-1", payload("P-1"))
    with pytest.raises(AssertionError):
        read_modules(card, payload("P-2"))


def test_nothing_is_printed_at_the_card_edge() -> None:
    card = render_card(
        "Bibliothèque municipale de Saint-Rémy-de-Provence et environs",
        "Maria Guadalupe Fernández de la Cruz y Montenegro",
        LONGEST_CARD,
        payload(LONGEST_CARD),
    )
    width, height = CARD_SIZE_PX
    edge = 10
    for box in [(0, 0, width, edge), (0, height - edge, width, height), (0, 0, edge, height),
                (width - edge, 0, width, height)]:  # fmt: skip
        colours = card.crop(box).getcolors(maxcolors=4)
        assert colours == [(colours[0][0], (255, 255, 255))], box


@pytest.mark.parametrize(
    "name",
    [
        "Maria Guadalupe Fernández de la Cruz y Montenegro",
        "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschafe"
        "warenwohlgepflegeundsorgfaltigkeitbeschutzen",
        "Никола́й Ива́нович Лобаче́вский-Корсаков Младший из Нижнего Новгорода",
        "A",
    ],
)
def test_long_names_stay_in_their_column(name: str) -> None:
    text = payload()
    card = render_card("Riverside Public Library", name, "P-000123", text)
    left, _top, _scale = find_qr(card, len(qr_matrix(text)))
    quiet_left = left - QR_QUIET_ZONE_MODULES * _scale
    name_area = (0, card_render.BAND_HEIGHT + 1, CARD_SIZE_PX[0], CARD_SIZE_PX[1])
    ink = ink_box(card.crop((0, 0, quiet_left, CARD_SIZE_PX[1])), name_area)
    assert ink is not None
    assert ink[0] >= card_render.SAFE_MARGIN - 2
    read_modules(card, text)  # the QR and its quiet zone are untouched


def test_fit_text_shrinks_then_wraps_and_never_overflows() -> None:
    bold = font_path(BOLD_FONT)
    short = fit_text("Zoë", bold, width=500, height=250, max_size=72, min_size=30, max_lines=3)
    assert short.lines == ("Zoë",)
    assert short.font.size == 72
    long_name = "Maria Guadalupe Fernández de la Cruz y Montenegro"
    fitted = fit_text(long_name, bold, width=500, height=250, max_size=72, min_size=30, max_lines=3)
    assert 1 < len(fitted.lines) <= 3
    assert " ".join(fitted.lines) == long_name
    for line in fitted.lines:
        assert fitted.font.getlength(line) <= 500
    assert len(fitted.lines) * fitted.line_height <= 250
    huge = fit_text("word " * 200, bold, width=500, height=250, max_size=72, min_size=30,
                    max_lines=3)  # fmt: skip
    assert len(huge.lines) <= 3
    assert huge.lines[-1].endswith("…")
    assert all(huge.font.getlength(line) <= 500 for line in huge.lines)


def test_bundled_font_covers_the_scripts_of_our_patrons() -> None:
    bold = font_path(BOLD_FONT)
    assert bold.is_file()
    for name in ["Zoë Ørsted", "Лобачевский", "Παπαδόπουλος", "الخوارزمي", "אברהם",
                 "Lê Thị Thu Hương", "Ağaoğlu Şükrü"]:  # fmt: skip
        assert font_covers(bold, name), name
    assert not font_covers(bold, "山田太郎")


def test_non_latin_name_renders_as_glyphs() -> None:
    name_box = (card_render.SAFE_MARGIN, card_render.BAND_HEIGHT + 20, 560, 420)
    cyrillic = render_card("Library", "Лобачевский", "P-1", payload("P-1"))
    ink = ink_box(cyrillic, name_box)
    assert ink is not None and ink[2] - ink[0] > 200


def test_right_to_left_names_are_right_aligned() -> None:
    assert is_right_to_left("محمد بن موسى")
    assert is_right_to_left("  אברהם")
    assert not is_right_to_left("Ada")
    assert not is_right_to_left("123 Ada")
    text = payload("P-2")
    arabic = render_card("Library", "محمد", "P-2", text)
    latin = render_card("Library", "Ada", "P-2", text)
    left, _top, scale = find_qr(arabic, len(qr_matrix(text)))
    column_right = left - QR_QUIET_ZONE_MODULES * scale
    name_box = (0, card_render.BAND_HEIGHT + 20, column_right, 420)
    arabic_ink = ink_box(arabic, name_box)
    latin_ink = ink_box(latin, name_box)
    assert arabic_ink is not None and latin_ink is not None
    assert arabic_ink[2] > column_right - 40  # ends near the column's right edge
    assert latin_ink[0] < card_render.SAFE_MARGIN + 10  # starts at its left edge


def test_card_number_is_never_cut() -> None:
    card = render_card("Library", "Name", LONGEST_CARD, payload(LONGEST_CARD))
    number_box = (0, CARD_SIZE_PX[1] - 110, 560, CARD_SIZE_PX[1])
    ink = ink_box(card, number_box)
    assert ink is not None
    # the number is drawn in one line no wider than the column; an ellipsis would mean a cut
    fitted = fit_text(LONGEST_CARD, font_path(card_render.REGULAR_FONT), width=500, height=60,
                      max_size=44, min_size=20, max_lines=1)  # fmt: skip
    assert fitted.lines == (LONGEST_CARD,)


def test_render_face_matches_render_card() -> None:
    face = CardFace("Library", "Ada", "P-1", payload("P-1"))
    assert (
        render_face(face).tobytes() == render_card("Library", "Ada", "P-1", face.payload).tobytes()
    )


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_sheet_places_ten_cards_with_crop_marks(paper: card_render.Paper) -> None:
    cards = [
        render_card("Library", f"Patron {index}", f"P-{index}", payload(f"P-{index}"))
        for index in range(CARDS_PER_SHEET)
    ]
    page = render_sheet(cards, paper)
    assert page.size == PAPER_SIZES_PX[paper]
    for index, card in enumerate(cards):
        box = card_box(paper, index)
        assert page.crop(box).tobytes() == card.tobytes(), index
        assert box[0] > 0 and box[2] < page.width and box[1] > 0 and box[3] < page.height
    # Crop marks: ink in the margin in line with the grid's outer cuts, none between cards.
    first, last = card_box(paper, 0), card_box(paper, CARDS_PER_SHEET - 1)
    left, top, right, bottom = first[0], first[1], last[2], last[3]
    assert dark(page.getpixel((left, top - 20)))  # above the top-left corner
    assert dark(page.getpixel((left - 20, top)))  # left of it
    assert dark(page.getpixel((right, bottom + 20)))
    assert dark(page.getpixel((right + 20, bottom)))
    middle_cut = card_box(paper, 1)[0]
    assert dark(page.getpixel((middle_cut, top - 20)))
    assert not dark(page.getpixel((left - 20, top + 100)))  # beside a card, not at a cut


def test_partial_sheet_leaves_the_rest_blank() -> None:
    cards = [render_card("Library", "Ada", "P-1", payload("P-1"))]
    page = render_sheet(cards, "a4")
    assert page.crop(card_box("a4", 1)).getcolors(maxcolors=2) is not None


def test_sheet_refuses_bad_input() -> None:
    card = render_card("Library", "Ada", "P-1", payload("P-1"))
    with pytest.raises(ValueError, match="holds 10"):
        render_sheet([card] * 11)
    with pytest.raises(ValueError, match="not"):
        render_sheet([card.resize((100, 60))])
    with pytest.raises(ValueError, match="paper"):
        render_sheet([card], "a3")  # type: ignore[arg-type]


def _pdf_pages(path: Path) -> tuple[int, list[tuple[float, float]]]:
    """Page count (from the last revision's page tree) and every page's MediaBox."""
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    counts = re.findall(rb"/Type /Pages\s*/Count (\d+)", data)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    return int(counts[-1]), [(float(width), float(height)) for width, height in boxes]


@pytest.mark.parametrize(("paper", "points"), [("a4", (595.2, 841.9)), ("letter", (612, 792))])
def test_pdf_has_one_page_per_ten_cards_at_paper_size(
    tmp_path: Path, paper: card_render.Paper, points: tuple[float, float]
) -> None:
    card = render_card("Library", "Ada", "P-1", payload("P-1"))
    path = tmp_path / "out" / "cards.pdf"
    pages = write_sheets_pdf((card for _ in range(21)), path, paper)
    assert pages == 3
    count, sizes = _pdf_pages(path)
    assert count == 3
    for width, height in sizes:
        assert abs(width - points[0]) < 0.5 and abs(height - points[1]) < 0.5
    assert [p.name for p in path.parent.iterdir()] == ["cards.pdf"]


def test_failed_pdf_leaves_no_file(tmp_path: Path) -> None:
    good = render_card("Library", "Ada", "P-1", payload("P-1"))
    bad = good.resize((10, 10))
    path = tmp_path / "cards.pdf"
    with pytest.raises(ValueError):
        write_sheets_pdf([good] * 12 + [bad], path)
    assert list(tmp_path.iterdir()) == []


def test_empty_batch_gives_one_blank_sheet(tmp_path: Path) -> None:
    assert write_sheets_pdf([], tmp_path / "empty.pdf") == 1
    assert _pdf_pages(tmp_path / "empty.pdf")[0] == 1


def test_qr_survives_the_pdf_compression(tmp_path: Path) -> None:
    text = payload(LONGEST_CARD)
    card = render_card("Library", "Ada", LONGEST_CARD, text)
    path = tmp_path / "cards.pdf"
    write_sheets_pdf([card], path, "a4")
    data = path.read_bytes()
    # The page image is a JPEG stream inside the PDF; read it back as the printer will.
    start = data.index(b"\xff\xd8\xff")
    end = data.index(b"\xff\xd9", start) + 2
    with Image.open(io.BytesIO(data[start:end])) as page:
        assert page.size == PAPER_SIZES_PX["a4"]
        read_modules(page.crop(card_box("a4", 0)), text)
