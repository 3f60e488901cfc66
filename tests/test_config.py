"""Loading the kiosk's TOML configuration: defaults, every section, and one-line errors."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from kiosk import config as config_module
from kiosk.config import Config, ConfigError, default_config_path, load_config
from kiosk.core.card_codec import CardCodec

HEX_KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
KEY_BYTES = bytes.fromhex(HEX_KEY)
MINIMAL = f'[cards.keys]\nK1 = "{HEX_KEY}"\n'

FULL = f"""
# A complete configuration, every key set.
[library]
name = "Riverside Public Library"
branch = "Eastside"
timezone = "America/Chicago"

[terminal]
id = "east-kiosk-2"
name = "Makerspace door"

[database]
url = "postgresql+psycopg://kiosk@db.example.org/kiosk"

[ui]
idle_timeout_s = 90
countdown_s = 15
locale = "es"
fullscreen = false

[cards]
signing_key_id = "K2"
accept_library_barcodes = true
library_barcode_pattern = '2\\d{{13}}'

[cards.keys]
K1 = "hex:{HEX_KEY}"
K2 = "base64:{base64.b64encode(bytes(range(32))).decode()}"

[scan]
max_interkey_ms = 45
min_length = 6
max_length = 128

[checkin]
visit_window_minutes = 60

[staff]
max_pin_attempts = 3
lockout_minutes = 30

[logging]
dir = "~/kiosk-logs"
level = "debug"
"""


def write(tmp_path: Path, text: str, name: str = "kiosk.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_for(tmp_path: Path, text: str, **kwargs: bool) -> ConfigError:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path, **kwargs)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    return info.value


def test_minimal_file_gives_documented_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, MINIMAL))
    assert config.cards.keys == {"K1": KEY_BYTES}
    assert config.cards.signing_key_id == "K1"  # the only key signs
    assert config.cards.accept_library_barcodes is False
    assert config.cards.library_barcode_pattern == r"\d{14}"
    assert config.database.url is None
    assert (config.ui.idle_timeout_s, config.ui.countdown_s) == (60, 10)
    assert (config.ui.locale, config.ui.fullscreen) == ("en", True)
    assert (config.scan.max_interkey_ms, config.scan.min_length, config.scan.max_length) == (
        30,
        4,
        256,
    )
    assert config.checkin.visit_window_minutes == 240
    assert (config.staff.max_pin_attempts, config.staff.lockout_minutes) == (5, 15)
    assert (config.logging.dir, config.logging.level) == (None, "INFO")
    assert config.library.timezone == "UTC"
    assert config.source == tmp_path / "kiosk.toml"


def test_every_key_is_read(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, FULL))
    assert config.library.name == "Riverside Public Library"
    assert config.library.branch == "Eastside"
    assert config.library.timezone == "America/Chicago"
    assert (config.terminal.id, config.terminal.name) == ("east-kiosk-2", "Makerspace door")
    assert config.database.url == "postgresql+psycopg://kiosk@db.example.org/kiosk"
    assert (config.ui.idle_timeout_s, config.ui.countdown_s) == (90, 15)
    assert (config.ui.locale, config.ui.fullscreen) == ("es", False)
    assert config.cards.keys == {"K1": KEY_BYTES, "K2": bytes(range(32))}
    assert config.cards.signing_key_id == "K2"
    assert config.cards.accept_library_barcodes is True
    assert config.cards.library_barcode_pattern == r"2\d{13}"
    assert (config.scan.max_interkey_ms, config.scan.min_length, config.scan.max_length) == (
        45,
        6,
        128,
    )
    assert config.checkin.visit_window_minutes == 60
    assert (config.staff.max_pin_attempts, config.staff.lockout_minutes) == (3, 30)
    assert config.logging.dir == Path("~/kiosk-logs").expanduser()
    assert config.logging.level == "DEBUG"


def test_config_builds_a_working_codec(tmp_path: Path) -> None:
    cards = load_config(write(tmp_path, FULL)).cards
    codec = CardCodec(
        cards.keys,
        cards.signing_key_id,
        accept_library_barcodes=cards.accept_library_barcodes,
        library_barcode_pattern=cards.library_barcode_pattern,
    )
    assert codec.decode(codec.encode("P-1")).key_id == "K2"
    assert codec.decode("21234001234567").kind == "library_barcode"


def test_keys_never_appear_in_repr(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, MINIMAL))
    assert HEX_KEY not in repr(config)
    assert repr(KEY_BYTES) not in repr(config)


def test_bare_hex_and_bare_base64_keys(tmp_path: Path) -> None:
    b64 = base64.b64encode(bytes(range(40, 64))).decode()
    text = f'[cards]\nsigning_key_id = "A"\n[cards.keys]\nA = "{HEX_KEY.upper()}"\nB = "{b64}"\n'
    config = load_config(write(tmp_path, text))
    assert config.cards.keys == {"A": KEY_BYTES, "B": bytes(range(40, 64))}


def test_keys_are_required_unless_told_otherwise(tmp_path: Path) -> None:
    error = error_for(tmp_path, '[library]\nname = "X"\n')
    assert error.key == "cards.keys"
    assert "no card signing key" in str(error)
    config = load_config(write(tmp_path, '[library]\nname = "X"\n'), require_card_keys=False)
    assert config.cards.keys == {}
    assert config.cards.signing_key_id == ""


def test_missing_default_file_gives_defaults_without_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(config_module, "default_config_path", lambda: tmp_path / "none.toml")
    assert load_config(None, require_card_keys=False) == Config()
    with pytest.raises(ConfigError, match=r"cards\.keys"):
        load_config(None)


def test_existing_default_file_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, MINIMAL + '[terminal]\nid = "from-default"\n')
    monkeypatch.setattr(config_module, "default_config_path", lambda: path)
    assert load_config(None).terminal.id == "from-default"


def test_default_path_is_kiosk_toml_in_the_platform_config_dir() -> None:
    path = default_config_path()
    assert path.name == "kiosk.toml"
    assert "makerspace-kiosk" in path.parts


def test_with_overrides_replaces_a_section(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, MINIMAL))
    changed = config.with_overrides(ui=config.ui.__class__(fullscreen=False))
    assert changed.ui.fullscreen is False
    assert config.ui.fullscreen is True
    assert changed.cards == config.cards


@pytest.mark.parametrize(
    ("text", "key", "line", "words"),
    [
        ("[ui]\nidle_timout_s = 30\n", "ui.idle_timout_s", 2, "did you mean ui.idle_timeout_s"),
        ("[uii]\nlocale = 'en'\n", "uii", 1, "did you mean ui"),
        ("[ui]\nidle_timeout_s = 5\n", "ui.idle_timeout_s", 2, "between 10 and 3600"),
        ("[ui]\nidle_timeout_s = '60'\n", "ui.idle_timeout_s", 2, "whole number"),
        ("[ui]\nidle_timeout_s = 60.5\n", "ui.idle_timeout_s", 2, "whole number"),
        ("[ui]\nfullscreen = 1\n", "ui.fullscreen", 2, "true or false"),
        ("[ui]\nlarge_text = 'yes'\n", "ui.large_text", 2, "true or false"),
        ("[ui]\ncountdown_s = true\n", "ui.countdown_s", 2, "whole number"),
        ("[ui]\nidle_timeout_s = 20\ncountdown_s = 20\n", "ui.countdown_s", 3, "shorter than"),
        ("[ui]\nlocale = 'English please'\n", "ui.locale", 2, "language code"),
        ("[library]\nname = ''\n", "library.name", 2, "must not be empty"),
        ("[library]\ntimezone = 'Mars/Olympus'\n", "library.timezone", 2, "time zone"),
        ("[terminal]\nid = 'has space'\n", "terminal.id", 2, "letters, digits"),
        ("[library]\nbranch_code = 'east/1'\n", "library.branch_code", 2, "letters, digits"),
        ("[database]\nurl = 'not a url'\n", "database.url", 2, "not a database URL"),
        ("[scan]\nmax_interkey_ms = 0\n", "scan.max_interkey_ms", 2, "between 5 and 500"),
        ("[scan]\nmax_length = 20\n", "scan.max_length", 2, "between 57 and 1024"),
        ("[scan]\nmin_length = 100\n", "scan.min_length", 2, "between 1 and 64"),
        ("[checkin]\nvisit_window_minutes = -1\n", "checkin.visit_window_minutes", 2, "between"),
        ("[staff]\nmax_pin_attempts = 0\n", "staff.max_pin_attempts", 2, "between 1 and 20"),
        ("[logging]\nlevel = 'LOUD'\n", "logging.level", 2, "DEBUG, INFO"),
        ("[cards]\naccept_library_barcodes = 'yes'\n", "cards.accept_library_barcodes", 2, "true"),
        (
            "[cards]\nlibrary_barcode_pattern = '(['\n",
            "cards.library_barcode_pattern",
            2,
            "regular",
        ),
    ],
)
def test_bad_values_name_the_key_and_line(
    tmp_path: Path, text: str, key: str, line: int, words: str
) -> None:
    error = error_for(tmp_path, MINIMAL + text)
    offset = MINIMAL.count("\n")
    assert error.key == key
    assert error.line == line + offset
    assert f", line {line + offset}: {key}: " in str(error)
    assert words in str(error)


def test_section_that_is_not_a_table(tmp_path: Path) -> None:
    error = error_for(tmp_path, "ui = 3\n" + MINIMAL)
    assert (error.key, error.line) == ("ui", 1)
    assert "must be a table" in str(error)


@pytest.mark.parametrize(
    ("keys", "key", "words"),
    [
        ('K1 = "zz-not-a-key"', "cards.keys.K1", "neither hex nor base64"),
        ('K1 = "00112233"', "cards.keys.K1", "at least 16"),
        ('K1 = "base64:AAAA"', "cards.keys.K1", "at least 16"),
        ("K1 = 12", "cards.keys.K1", "hex or base64"),
        (f'k1 = "{HEX_KEY}"', "cards.keys.k1", "key id"),
        (f'TOOLONGKEYID = "{HEX_KEY}"', "cards.keys.TOOLONGKEYID", "key id"),
    ],
)
def test_bad_card_keys_are_refused_without_echoing_them(
    tmp_path: Path, keys: str, key: str, words: str
) -> None:
    error = error_for(tmp_path, f"[cards.keys]\n{keys}\n")
    assert error.key == key
    assert error.line == 2
    assert words in str(error)
    assert "zz-not-a-key" not in str(error)


def test_signing_key_id_must_be_a_configured_key(tmp_path: Path) -> None:
    error = error_for(tmp_path, f'[cards]\nsigning_key_id = "K9"\n[cards.keys]\nK1 = "{HEX_KEY}"\n')
    assert (error.key, error.line) == ("cards.signing_key_id", 2)
    assert "configured: K1" in str(error)


def test_several_keys_need_a_signing_key_id(tmp_path: Path) -> None:
    text = f'[cards.keys]\nK1 = "{HEX_KEY}"\nK2 = "{HEX_KEY}"\n'
    error = error_for(tmp_path, text)
    assert error.key == "cards.signing_key_id"
    assert "which one signs" in str(error)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("[ui]\nidle_timeout_s = \n", 2),
        ("[ui\nlocale = 'en'\n", 1),
        ("this is not toml at all\n", 1),
        ("[ui]\nlocale = 'en'\nlocale = 'es'\n", 3),
        ('[library]\nname = "unterminated\n', 2),
    ],
)
def test_file_that_is_not_toml_names_the_line(tmp_path: Path, text: str, line: int) -> None:
    error = error_for(tmp_path, text)
    assert error.line == line
    assert "not valid TOML" in str(error)
    assert f", line {line}: " in str(error)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b"[ui]\n\xff\xfe\x00garbage")
    with pytest.raises(ConfigError, match="line 2: not UTF-8"):
        load_config(path)


def test_missing_explicit_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="configuration file not found"):
        load_config(tmp_path / "nope.toml")


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="is a directory"):
        load_config(tmp_path)


def test_unreadable_path_is_refused(tmp_path: Path) -> None:
    # A path through a regular file cannot be opened, whoever runs the test (root included).
    blocker = write(tmp_path, MINIMAL)
    with pytest.raises(ConfigError, match="cannot read the file"):
        load_config(blocker / "kiosk.toml")


def test_error_message_stays_one_line_for_multiline_values(tmp_path: Path) -> None:
    error = error_for(tmp_path, MINIMAL + '[ui]\nlocale = """\nen\nes"""\n')
    assert error.key == "ui.locale"
    assert "\n" not in str(error)


REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "packaging" / "kiosk.example.toml"
DOCS = REPO / "docs" / "configuration.md"


def _all_keys() -> list[tuple[str, str]]:
    return [
        (section, key)
        for section, (_type, checks) in config_module._SCHEMA.items()
        for key in checks
        if key != "keys"
    ] + [
        (f"[{section}]", key)
        for section, (_type, _required, checks) in config_module._DEVICE_SCHEMA.items()
        for key in checks
    ]


def test_example_file_loads_and_gives_the_defaults(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace("[cards.keys]\n", f'[cards.keys]\nK1 = "{HEX_KEY}"\n', 1)
    config = load_config(write(tmp_path, text))
    defaults = Config()
    for name in (
        "library",
        "terminal",
        "database",
        "ui",
        "scan",
        "checkin",
        "staff",
        "patrons",
        "files",
        "logging",
    ):
        assert getattr(config, name) == getattr(defaults, name), name
    assert config.cards.library_barcode_pattern == defaults.cards.library_barcode_pattern
    assert config.cards.accept_library_barcodes == defaults.cards.accept_library_barcodes


def test_example_file_and_docs_cover_every_key() -> None:
    example = EXAMPLE.read_text(encoding="utf-8")
    docs = DOCS.read_text(encoding="utf-8")
    for section, key in _all_keys():
        assert f"[{section}]" in example and f"[{section}]" in docs, section
        assert f"{key} = " in example, f"{section}.{key} missing from the example"
        assert f"| `{key}` |" in docs, f"{section}.{key} missing from the docs"


def test_the_default_look_is_read_from_the_ui_section(tmp_path: Path) -> None:
    from kiosk.ui.shell import ui_settings

    path = write(tmp_path, MINIMAL + "\n[ui]\nlarge_text = true\nhigh_contrast = true\n")
    settings = ui_settings(load_config(path), windowed=True)
    assert (settings.large_text, settings.high_contrast) == (True, True)
