"""Display names and card numbers that could mislead staff or patrons are refused, and card
numbers typed in full-width digits mean the same card."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.core.clock import FixedClock
from kiosk.core.names import clean_card_number, clean_display_name
from kiosk.core.patrons import PatronService
from tests.db.backends import cheap_hasher, open_database

BIDI = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]


@pytest.mark.parametrize("control", BIDI, ids=lambda c: f"U+{ord(c):04X}")
def test_names_with_bidi_overrides_or_isolates_are_refused(control: str) -> None:
    with pytest.raises(ValueError, match="text-direction"):
        clean_display_name(f"Ada{control}ecilop")


@pytest.mark.parametrize(
    "name",
    [
        "\u200b",  # zero-width space
        "\u200b\u200d\u2060",  # zero-width space, joiner, word joiner
        "\u3164",  # Hangul filler: a letter drawn as nothing
        "\u3164 \u3164",
        "\u2800\u2800",  # Braille blank
        "\u00ad",  # soft hyphen
        "\u034f\ufe0f",  # combining grapheme joiner, variation selector
    ],
)
def test_names_of_only_invisible_characters_are_refused(name: str) -> None:
    with pytest.raises(ValueError, match="no visible characters"):
        clean_display_name(name)


@pytest.mark.parametrize(
    "name", ["Zoë Müller", "李小龍", "अनन्या", "Ana 👩\u200d🔧", "محمد", "Jo\u200dn"]
)
def test_ordinary_names_in_any_script_are_kept(name: str) -> None:
    assert clean_display_name(name) == name


@pytest.mark.parametrize("number", ["STRAßE-1", "ß", "\u0131D-7", "K\u0131"])
def test_card_numbers_that_change_under_upper_casing_are_refused(number: str) -> None:
    with pytest.raises(ValueError, match="card number"):
        clean_card_number(number)


def test_full_width_digits_are_normalised_before_validation() -> None:
    assert clean_card_number("ＡＢ－１２３") == "AB-123"
    assert clean_card_number(" lib-００７ ") == "LIB-007"


def test_import_refuses_deceptive_rows_and_reads_full_width_numbers(tmp_path: Path) -> None:
    with open_database("sqlite", tmp_path) as db:
        service = PatronService(db.session_factory, FixedClock(datetime(2026, 1, 5, tzinfo=UTC)))
        csv_path = tmp_path / "p.csv"
        csv_path.write_text(
            "card_number,display_name,birth_year\n"
            "ＬＩＢ-００１,Ada Lovelace,1990\n"
            "STRAßE,Grace Hopper,1990\n"
            "LIB-003,Ada\u202eecilop,1990\n"
            "LIB-004,\u200b\u200b,1990\n",
            encoding="utf-8",
        )
        report = service.import_csv(csv_path, skip_bad=True)
        assert report.imported == 1
        assert [error.line for error in report.errors] == [3, 4, 5]
        assert [card.card_number for card in service.cards_to_print()] == ["LIB-001"]
        assert [card.card_number for card in service.cards_to_print(["ｌｉｂ－００１"])] == [
            "LIB-001"
        ]


def test_staff_names_and_card_numbers_are_checked_the_same_way(tmp_path: Path) -> None:
    from kiosk.core.staff import StaffAuthService

    with open_database("sqlite", tmp_path) as db:
        auth = StaffAuthService(db.session_factory, FixedClock(), "t1", hasher=cheap_hasher())
        with pytest.raises(ValueError, match="text-direction"):
            auth.add_staff("Sam\u202e", "S-1", "480151")
        with pytest.raises(ValueError, match="card number"):
            auth.add_staff("Sam", "Sß", "480151")
