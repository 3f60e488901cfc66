"""`makerspace-kiosk equipment labels|loan-policy` in-process, on a real SQLite file: the labels'
QR codes are read back from the printed PNGs with a real decoder and decode to their kits."""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from kiosk.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, main
from kiosk.config import load_config
from kiosk.core.card_codec import CardCodec
from kiosk.services import open_services
from tests.support import write_cli_config


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    return write_cli_config(tmp_path, card_key=True)


def run(capsys: pytest.CaptureFixture[str], config: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--config", str(config), "equipment", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def add_kits(capsys: pytest.CaptureFixture[str], config: Path) -> None:
    for name, kind in (("Arduino kit 1", "arduino_kit"), ("Laptop 2", "laptop")):
        assert run(capsys, config, "add", name, "--kind", kind, "--lendable")[0] == EXIT_OK
    assert run(capsys, config, "add", "Prusa", "--kind", "3d_printer")[0] == EXIT_OK


def decoded(path: Path) -> list[str]:
    with Image.open(path) as image:
        return [result.text for result in zxingcpp.read_barcodes(image.convert("L"))]


@pytest.mark.parametrize("action", ["labels", "loan-policy"])
def test_lending_actions_have_help(capsys: pytest.CaptureFixture[str], action: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["equipment", action, "--help"])
    assert exit_info.value.code == 0
    assert f"usage: makerspace-kiosk equipment {action}" in capsys.readouterr().out


def test_labels_print_a_png_per_kit_and_a_sheet_whose_codes_decode_to_the_kits(
    capsys: pytest.CaptureFixture[str], config_file: Path, tmp_path: Path
) -> None:
    add_kits(capsys, config_file)
    out_dir = tmp_path / "labels"
    code, out, err = run(capsys, config_file, "labels", "--out", str(out_dir))
    assert code == EXIT_OK, err
    assert "Wrote 2 kit label PNG(s)" in out
    pngs = sorted(out_dir.glob("kit-*.png"))
    assert len(pngs) == 2
    sheet = out_dir / "kit-labels-a4.pdf"
    assert sheet.read_bytes().startswith(b"%PDF")
    assert (out_dir.stat().st_mode & 0o077) == 0 and (pngs[0].stat().st_mode & 0o077) == 0
    config = load_config(config_file)
    codec = CardCodec(config.cards.keys, config.cards.signing_key_id)
    services = open_services(config)
    try:
        kits = {item.id: item.name for item in services.equipment.list_items() if item.lendable}
    finally:
        services.close()
    found = {}
    for png in pngs:
        texts = decoded(png)
        assert len(texts) == 1, png
        item_id = codec.decode_kit_label(texts[0])  # a signed kit label, not a card
        found[item_id] = kits[item_id]
        # The short code printed under the QR is in the file name, for staff to match.
        assert png.stem == f"kit-{item_id.hex[-8:].upper()}"
    assert sorted(found.values()) == ["Arduino kit 1", "Laptop 2"]


def test_labels_for_named_kits_report_the_names_that_are_none(
    capsys: pytest.CaptureFixture[str], config_file: Path, tmp_path: Path
) -> None:
    add_kits(capsys, config_file)
    out_dir = tmp_path / "labels"
    code, _, err = run(
        capsys, config_file, "labels", "arduino kit 1", "Prusa", "--out", str(out_dir)
    )
    assert code == EXIT_FAILURE
    assert "No lendable kit named: Prusa" in err
    assert len(list(out_dir.glob("kit-*.png"))) == 1
    code, _, err = run(capsys, config_file, "labels", "Nothing", "--out", str(tmp_path / "x"))
    assert code == EXIT_FAILURE and "No lendable kits to label." in err


def test_loan_policy_shows_the_defaults_and_sets_a_kind(
    capsys: pytest.CaptureFixture[str], config_file: Path
) -> None:
    code, out, _ = run(capsys, config_file, "loan-policy")
    assert code == EXIT_OK
    assert "arduino_kit: 14 day(s), at most 2 out per patron  (default)" in out.splitlines()
    code, out, _ = run(capsys, config_file, "loan-policy", "arduino kit", "--days", "7")
    assert (code, out) == (EXIT_OK, "arduino_kit: 7 day(s), at most 2 out per patron\n")
    code, out, _ = run(capsys, config_file, "loan-policy", "arduino_kit", "--max-open", "1")
    assert out == "arduino_kit: 7 day(s), at most 1 out per patron\n"
    code, _, err = run(capsys, config_file, "loan-policy", "arduino_kit", "--days", "0")
    assert code == EXIT_USAGE and err.startswith("error: loan days must be between 1 and 365")
    assert run(capsys, config_file, "loan-policy", "--days", "3")[0] == EXIT_USAGE
    code, _, err = run(capsys, config_file, "loan-policy", "spaceship", "--days", "3")
    assert code == EXIT_USAGE and "unknown kind" in err
