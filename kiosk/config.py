"""The kiosk's one configuration file (TOML): loading, validation, defaults.

Every problem becomes a ConfigError whose message is one line naming the key and, where it can
be found, the line in the file. Unknown keys are errors too, so a typo never passes silently.
The keys, their defaults and meaning are documented in docs/configuration.md and
packaging/kiosk.example.toml.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import difflib
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hardware.port_names import parse_usb_spec
from kiosk.core.card_codec import (
    DEFAULT_LIBRARY_BARCODE_PATTERN,
    KEY_ID_RE,
    MAX_CODE_CHARS,
    MAX_KEY_ID_CHARS,
    MIN_KEY_BYTES,
)

APP_NAME = "makerspace-kiosk"
CONFIG_FILE_NAME = "kiosk.toml"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class ConfigError(Exception):
    """A configuration problem, as one line a person at the terminal can act on."""

    def __init__(
        self,
        problem: str,
        *,
        key: str | None = None,
        path: Path | None = None,
        line: int | None = None,
    ) -> None:
        self.key = key
        self.path = path
        self.line = line
        self.problem = problem
        where = ""
        if path is not None:
            where = f"{path}, line {line}: " if line is not None else f"{path}: "
        subject = f"{key}: " if key else ""
        # One line whatever the input held: values quoted from the file may contain newlines.
        super().__init__(" ".join(f"{where}{subject}{problem}".split()))


# -- the configuration ------------------------------------------------------------------------


@dataclass(frozen=True)
class LibrarySection:
    name: str = "Public Library"
    branch: str = "Main Branch"
    # The branch's stable code; its id in every database is derived from it (kiosk.ids).
    branch_code: str = "main"
    timezone: str = "UTC"


@dataclass(frozen=True)
class TerminalSection:
    id: str = "kiosk-1"
    name: str = "Makerspace kiosk"


@dataclass(frozen=True)
class DatabaseSection:
    # None: a SQLite file in the platform's user data directory.
    url: str | None = None


@dataclass(frozen=True)
class SyncSection:
    # The central PostgreSQL store; "" means this terminal works on its own. repr=False: the
    # URL may hold a password, which must never end up in a log line.
    central_url: str = field(default="", repr=False)
    # Seconds between rounds while all is well, and the longest wait between retries while
    # central cannot be reached (the wait doubles from interval_s up to this).
    interval_s: int = 60
    retry_max_s: int = 600


@dataclass(frozen=True)
class UiSection:
    idle_timeout_s: int = 60
    countdown_s: int = 10
    locale: str = "en"
    fullscreen: bool = True
    # How long a "that didn't work" screen stays; a tap in its first seconds does not close it.
    message_timeout_s: int = 15
    # Patrons are greeted by first name unless the library asks for the full name.
    show_full_name: bool = False
    # A short chime on a good scan and a tone on a refused one, where the terminal has audio.
    sound: bool = True
    sound_volume: int = 60
    # How every session starts; a patron may change either for their session.
    large_text: bool = False
    high_contrast: bool = False


@dataclass(frozen=True)
class CardsSection:
    # repr=False: the signing keys must never end up in a log line.
    keys: dict[str, bytes] = field(default_factory=dict, repr=False)
    signing_key_id: str = ""
    accept_library_barcodes: bool = False
    library_barcode_pattern: str = DEFAULT_LIBRARY_BARCODE_PATTERN


@dataclass(frozen=True)
class ScanSection:
    max_interkey_ms: int = 30
    min_length: int = 4
    max_length: int = 256
    # A scanner that presents a serial port (USB CDC) instead of typing; "" means none.
    serial_port: str = ""
    serial_baudrate: int = 9600


@dataclass(frozen=True)
class CheckinSection:
    visit_window_minutes: int = 240


@dataclass(frozen=True)
class StaffSection:
    max_pin_attempts: int = 5
    lockout_minutes: int = 15
    lockout_max_minutes: int = 240
    daily_pin_guesses: int = 30
    min_pin_length: int = 6


@dataclass(frozen=True)
class RelaySpec:
    """A relay/lock controller the kiosk drives: `[[relays]]` in the file."""

    name: str
    port: str
    # False for an installed controller whose auto-reset is disabled: the kiosk then does not
    # wait for a boot banner when it opens the port (a stock Uno resets, and so locks, on open).
    auto_reset: bool = True
    baudrate: int = 115200


PRINTER_BACKENDS = ("marlin", "octoprint", "moonraker", "prusalink", "power-only")


@dataclass(frozen=True)
class PrinterSpec:
    """A 3D printer: `[[printers]]` in the file. Serial Marlin printers have a `port`; printers
    driven over the network (OctoPrint, Moonraker, PrusaLink) have a `url`."""

    name: str
    port: str = ""
    backend: str = "marlin"
    baudrate: int = 115200
    url: str = ""
    # Secrets for the printer's own API; never in a log line (repr=False).
    api_key: str = field(default="", repr=False)
    user: str = "maker"
    password: str = field(default="", repr=False)
    # The relay controller and channel that power the printer: required for power-only
    # printers (no open local API); for others, cut on an emergency stop the printer itself
    # may not act on (Marlin without its emergency parser, PrusaLink).
    relay: str = ""
    channel: int = 0
    # What the printer's Marlin was built with and how long to wait for it; filled into
    # hardware.marlin.settings.MarlinSettings by the device hub.
    rx_buffer: int = 128
    advanced_ok: bool | None = None  # None: found out from the first `ok`
    resets_on_open: bool = True
    reply_timeout_s: int = 5
    long_command_timeout_s: int = 900
    user_wait_timeout_s: int = 0  # 0: no limit
    # The build volume (0: not known, so a G-code file's fit is not judged) and the filament
    # it prints, for the estimates shown with a G-code file.
    build_x_mm: int = 0
    build_y_mm: int = 0
    build_z_mm: int = 0
    filament_diameter_mm: float = 1.75
    filament_density: float = 1.24  # g/cm³; PLA


@dataclass(frozen=True)
class FilesSection:
    """Project files patrons bring on a USB stick."""

    # Folders where removable media are mounted; nothing outside them is ever listed.
    usb_roots: tuple[str, ...] = ("/media", "/run/media")
    # None: "project-files" in the platform's user data directory.
    store_dir: Path | None = None
    max_file_mb: int = 200
    max_image_mb: int = 30
    max_text_mb: int = 5  # Arduino sketches, SVG
    # A 3MF is a zip: what it may unpack to, in all, and how much larger than it is.
    max_unpacked_mb: int = 1000
    max_zip_ratio: int = 100
    max_triangles: int = 5_000_000


@dataclass(frozen=True)
class PatronsSection:
    # A file with more patrons is refused as a wrong file before anything is written.
    import_max_rows: int = 1_000_000


@dataclass(frozen=True)
class LoggingSection:
    dir: Path | None = None
    level: str = "INFO"


@dataclass(frozen=True)
class Config:
    library: LibrarySection = field(default_factory=LibrarySection)
    terminal: TerminalSection = field(default_factory=TerminalSection)
    database: DatabaseSection = field(default_factory=DatabaseSection)
    sync: SyncSection = field(default_factory=SyncSection)
    ui: UiSection = field(default_factory=UiSection)
    cards: CardsSection = field(default_factory=CardsSection)
    scan: ScanSection = field(default_factory=ScanSection)
    checkin: CheckinSection = field(default_factory=CheckinSection)
    staff: StaffSection = field(default_factory=StaffSection)
    patrons: PatronsSection = field(default_factory=PatronsSection)
    files: FilesSection = field(default_factory=FilesSection)
    logging: LoggingSection = field(default_factory=LoggingSection)
    relays: tuple[RelaySpec, ...] = ()
    printers: tuple[PrinterSpec, ...] = ()
    # The file this came from; None for built-in defaults.
    source: Path | None = None

    def with_overrides(self, **sections: object) -> Config:
        """A copy with whole sections replaced, e.g. ``with_overrides(cards=CardsSection(...))``."""
        return dataclasses.replace(self, **sections)  # type: ignore[arg-type]


def default_config_path() -> Path:
    """kiosk.toml in the platform's per-user config directory."""
    import platformdirs  # imported here: start-up time counts, and most runs pass --config

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / CONFIG_FILE_NAME


def load_config(path: Path | None = None, *, require_card_keys: bool = True) -> Config:
    """Read and check the configuration.

    With path None, the platform default file is read if it exists, else built-in defaults are
    used. require_card_keys=False lets maintenance commands (database upgrade, staff accounts,
    patron import) run before card keys are set up; the kiosk itself and card printing need them.
    """
    if path is None:
        candidate = default_config_path()
        if candidate.is_file():
            path = candidate
    if path is None:
        config = Config()
    else:
        path = Path(path)
        text = _read_text(path)
        config = _parse(text, path)
    if require_card_keys and not config.cards.keys:
        raise ConfigError(
            "no card signing key is configured; add a [cards.keys] table with at least one "
            "key (see docs/configuration.md)",
            key="cards.keys",
            path=path,
        )
    return config


# -- reading ----------------------------------------------------------------------------------


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError("configuration file not found", path=path) from None
    except IsADirectoryError:
        raise ConfigError("is a directory, not a configuration file", path=path) from None
    except OSError as exc:
        raise ConfigError(f"cannot read the file ({exc.strerror})", path=path) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError("not UTF-8 text, so not a TOML file", path=path, line=line) from None


_TOML_POSITION = re.compile(r"\(at line (\d+), column \d+\)")
_TABLE_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY_LINE = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=""")


class _Locator:
    """Finds the line where a dotted key is set, so messages can point at it. Best effort:
    keys written as inline tables or in dotted form may not be found, and then no line is given."""

    def __init__(self, text: str) -> None:
        self._lines: dict[str, int] = {}
        table = ""
        for number, line in enumerate(text.splitlines(), start=1):
            header = _TABLE_HEADER.match(line)
            if header:
                table = _normal_key(header.group(1))
                self._lines.setdefault(table, number)
                continue
            key = _KEY_LINE.match(line)
            if key:
                name = _normal_key(key.group(1))
                self._lines.setdefault(f"{table}.{name}" if table else name, number)

    def line(self, dotted_key: str) -> int | None:
        return self._lines.get(dotted_key)

    def key_on(self, line_number: int, text: str) -> str | None:
        for key, number in self._lines.items():
            if number == line_number:
                return key
        return None

    def key_at_or_before(self, line_number: int) -> str | None:
        best: tuple[int, str] | None = None
        for key, number in self._lines.items():
            if number <= line_number and (best is None or number > best[0]):
                best = (number, key)
        return best[1] if best else None


def _normal_key(raw: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in raw.split("."))


def _parse(text: str, path: Path) -> Config:
    locator = _Locator(text)
    try:
        data = tomllib.loads(text)
    except RecursionError:
        # tomllib recurses once per level of nested arrays and inline tables.
        line = _most_nested_line(text)
        key = locator.key_at_or_before(line)
        raise ConfigError(
            "not valid TOML: values are nested too deeply", key=key, path=path, line=line
        ) from None
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        position = _TOML_POSITION.search(message)
        line = int(position.group(1)) if position else max(1, len(text.splitlines()))
        problem = _TOML_POSITION.sub("", message).strip() or "syntax error"
        key = locator.key_on(line, text)
        raise ConfigError(f"not valid TOML: {problem}", key=key, path=path, line=line) from None
    return _Builder(data, path, locator).build()


def _most_nested_line(text: str) -> int:
    depth = deepest = 0
    where = 1
    for number, line in enumerate(text.splitlines(), start=1):
        for char in line:
            if char in "[{":
                depth += 1
                if depth > deepest:
                    deepest, where = depth, number
            elif char in "]}":
                depth = max(0, depth - 1)
    return where


def key_error(config: Config, key: str, problem: str) -> ConfigError:
    """A ConfigError for `key` of a loaded configuration, pointing at its line in the file, for
    problems found after loading (e.g. a database URL whose driver is not installed)."""
    line = None
    if config.source is not None:
        try:
            line = _Locator(config.source.read_text(encoding="utf-8")).line(key)
        except (OSError, UnicodeDecodeError):
            line = None
    return ConfigError(problem, key=key, path=config.source, line=line)


# -- validation -------------------------------------------------------------------------------

Check = Callable[[Any], Any]


class _Invalid(Exception):
    """Raised by a field check; turned into a ConfigError that names the key."""


def _integer(low: int, high: int, unit: str = "") -> Check:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Invalid(f"must be a whole number{unit and ' of ' + unit}, not {_show(value)}")
        if not low <= value <= high:
            raise _Invalid(f"must be between {low} and {high}{unit and ' ' + unit} (got {value})")
        return value

    return check


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Invalid(f"must be true or false, not {_show(value)}")
    return value


def _boolean_or_auto(value: Any) -> bool | None:
    if value == "auto":
        return None
    if not isinstance(value, bool):
        raise _Invalid(f'must be true, false or "auto", not {_show(value)}')
    return value


def _text(max_chars: int = 100, pattern: str | None = None, hint: str = "") -> Callable[[Any], str]:
    compiled = re.compile(pattern) if pattern else None

    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise _Invalid(f"must be a text string, not {_show(value)}")
        text = value.strip()
        if not text:
            raise _Invalid("must not be empty")
        if len(text) > max_chars or "\n" in text:
            raise _Invalid(f"must be one line of at most {max_chars} characters")
        if compiled is not None and not compiled.fullmatch(text):
            raise _Invalid(f"must be {hint} (got {_show(text)})")
        return text

    return check


def _timezone(value: Any) -> str:
    name = _text(64)(value)
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise _Invalid(
            f"is not a known time zone (got {_show(name)}); use a name like 'Europe/Berlin'"
        ) from None
    return name


_DATABASE_URL_RE = re.compile(r"[A-Za-z][\w+]*://")


def _database_url(value: Any) -> str:
    url = _text(1000)(value)
    # The same shape SQLAlchemy's make_url() accepts, checked without importing SQLAlchemy:
    # loading it here would add a quarter of a second to every kiosk start.
    if not _DATABASE_URL_RE.match(url):
        # Do not echo the URL: it may hold a password.
        raise _Invalid(
            "is not a database URL (e.g. 'postgresql+psycopg://kiosk@db.example.org/kiosk')"
        ) from None
    return url


def _central_url(value: Any) -> str:
    url = _text(1000)(value)
    if url and not re.match(r"postgresql(\+psycopg)?://", url):
        # Do not echo the URL: it may hold a password.
        raise _Invalid(
            "must be a PostgreSQL URL (e.g. 'postgresql://kiosk@db.example.org/makerspace')"
        ) from None
    return url


def _serial_port(value: Any) -> str:
    port = _text(200)(value)
    try:
        parse_usb_spec(port)
    except ValueError as exc:
        raise _Invalid(str(exc)) from None
    return port


def _log_dir(value: Any) -> Path:
    return Path(_text(1000)(value)).expanduser()


def _folder_list(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise _Invalid("must be a list of folder paths, e.g. [\"/media\", \"/run/media\"]")
    folders = tuple(_text(1000)(item) for item in value)
    for folder in folders:
        if not Path(folder).is_absolute():
            raise _Invalid(f"must hold absolute folder paths (got {_show(folder)})")
        if Path(folder).parent == Path(folder):
            raise _Invalid("must not list the root folder: only removable media belong there")
    return folders


def _number(low: float, high: float, unit: str) -> Check:
    def check(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _Invalid(f"must be a number of {unit}, not {_show(value)}")
        if not low <= value <= high:
            raise _Invalid(f"must be between {low} and {high} {unit} (got {value})")
        return float(value)

    return check


def _log_level(value: Any) -> str:
    level = _text(10)(value).upper()
    if level not in LOG_LEVELS:
        raise _Invalid(f"must be one of {', '.join(LOG_LEVELS)} (got {_show(value)})")
    return level


def _barcode_pattern(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise _Invalid(f"must be a non-empty regular expression string, not {_show(value)}")
    try:
        re.compile(value)
    except re.error as exc:
        raise _Invalid(f"is not a valid regular expression ({exc})") from None
    return value


def _key_bytes(value: Any) -> bytes:
    """A signing key from its text form: 'hex:…', 'base64:…', or bare hex or base64."""
    if not isinstance(value, str):
        raise _Invalid("must be a text string of hex or base64")
    text = "".join(value.split())
    decoded: bytes | None = None
    if text.lower().startswith("hex:"):
        decoded = _from_hex(text[4:])
    elif text.lower().startswith("base64:"):
        decoded = _from_base64(text[7:])
    else:
        decoded = _from_hex(text)
        if decoded is None:
            decoded = _from_base64(text)
    if decoded is None:
        # Never echo key material into a message that may end up in a log.
        raise _Invalid("is neither hex nor base64")
    if len(decoded) < MIN_KEY_BYTES:
        raise _Invalid(
            f"is {len(decoded)} bytes; a card key needs at least {MIN_KEY_BYTES} random bytes "
            f"({MIN_KEY_BYTES * 2} hex digits)"
        )
    return decoded


def _from_hex(text: str) -> bytes | None:
    try:
        return bytes.fromhex(text) if text else None
    except ValueError:
        return None


def _from_base64(text: str) -> bytes | None:
    try:
        return base64.b64decode(text, validate=True) if text else None
    except (binascii.Error, ValueError):
        return None


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


_LOCALE = r"[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*"
_CODE = r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}"

# Section → key → check. The defaults live on the dataclasses above.
_SCHEMA: dict[str, tuple[type, dict[str, Check]]] = {
    "library": (
        LibrarySection,
        {
            "name": _text(),
            "branch": _text(),
            "branch_code": _text(64, _CODE, "letters, digits, '.', '_' or '-', at most 64"),
            "timezone": _timezone,
        },
    ),
    "terminal": (
        TerminalSection,
        {
            "id": _text(64, _CODE, "letters, digits, '.', '_' or '-', at most 64"),
            "name": _text(),
        },
    ),
    "database": (DatabaseSection, {"url": _database_url}),
    "sync": (
        SyncSection,
        {
            "central_url": _central_url,
            "interval_s": _integer(5, 3600, "seconds"),
            "retry_max_s": _integer(10, 86400, "seconds"),
        },
    ),
    "ui": (
        UiSection,
        {
            "idle_timeout_s": _integer(10, 3600, "seconds"),
            "countdown_s": _integer(0, 60, "seconds"),
            "locale": _text(20, _LOCALE, "a language code such as 'en', 'es' or 'pt_BR'"),
            "fullscreen": _boolean,
            "message_timeout_s": _integer(3, 300, "seconds"),
            "show_full_name": _boolean,
            "sound": _boolean,
            "sound_volume": _integer(0, 100, "percent"),
            "large_text": _boolean,
            "high_contrast": _boolean,
        },
    ),
    "cards": (
        CardsSection,
        {
            "keys": lambda value: value,  # checked key by key in _cards_keys
            "signing_key_id": _text(MAX_KEY_ID_CHARS),
            "accept_library_barcodes": _boolean,
            "library_barcode_pattern": _barcode_pattern,
        },
    ),
    "scan": (
        ScanSection,
        {
            "max_interkey_ms": _integer(5, 500, "milliseconds"),
            "min_length": _integer(1, 64, "characters"),
            "max_length": _integer(MAX_CODE_CHARS, 1024, "characters"),
            "serial_port": _serial_port,
            "serial_baudrate": _integer(1200, 1_000_000, "baud"),
        },
    ),
    "checkin": (CheckinSection, {"visit_window_minutes": _integer(1, 10080, "minutes")}),
    "patrons": (PatronsSection, {"import_max_rows": _integer(1, 10_000_000, "rows")}),
    "staff": (
        StaffSection,
        {
            "max_pin_attempts": _integer(1, 20),
            "lockout_minutes": _integer(1, 1440, "minutes"),
            "lockout_max_minutes": _integer(1, 10080, "minutes"),
            "daily_pin_guesses": _integer(1, 1000),
            "min_pin_length": _integer(4, 12, "digits"),
        },
    ),
    "files": (
        FilesSection,
        {
            "usb_roots": _folder_list,
            "store_dir": _log_dir,
            "max_file_mb": _integer(1, 4096, "megabytes"),
            "max_image_mb": _integer(1, 1024, "megabytes"),
            "max_text_mb": _integer(1, 1024, "megabytes"),
            "max_unpacked_mb": _integer(1, 16384, "megabytes"),
            "max_zip_ratio": _integer(2, 10000),
            "max_triangles": _integer(1000, 100_000_000, "triangles"),
        },
    ),
    "logging": (LoggingSection, {"dir": _log_dir, "level": _log_level}),
}


_DEVICE_NAME = r"[^\x00-\x1f\x7f]{1,40}"


def _choice(options: tuple[str, ...]) -> Check:
    def check(value: Any) -> str:
        text = _text(40)(value)
        if text not in options:
            raise _Invalid(f"must be one of {', '.join(options)} (got {_show(text)})")
        return text

    return check


def _http_url(value: Any) -> str:
    url = _text(300)(value)
    if not re.fullmatch(r"https?://[^\s/]+(/\S*)?", url):
        raise _Invalid(f"must be an http:// or https:// address (got {_show(url)})")
    return url


# Arrays of tables ([[relays]], [[printers]]): entry type, required keys, key → check.
_DEVICE_SCHEMA: dict[str, tuple[type, tuple[str, ...], dict[str, Check]]] = {
    "relays": (
        RelaySpec,
        ("name", "port"),
        {
            "name": _text(40, _DEVICE_NAME, "a name of at most 40 characters"),
            "port": _serial_port,
            "auto_reset": _boolean,
            "baudrate": _integer(1200, 1_000_000, "baud"),
        },
    ),
    "printers": (
        PrinterSpec,
        ("name",),
        {
            "name": _text(40, _DEVICE_NAME, "a name of at most 40 characters"),
            "backend": _choice(PRINTER_BACKENDS),
            "port": _serial_port,
            "baudrate": _integer(1200, 1_000_000, "baud"),
            "url": _http_url,
            "api_key": _text(200),
            "user": _text(64),
            "password": _text(200),
            "relay": _text(40, _DEVICE_NAME, "a name of at most 40 characters"),
            "channel": _integer(1, 16, "(a relay channel)"),
            "rx_buffer": _integer(32, 4096, "bytes"),
            "advanced_ok": _boolean_or_auto,
            "resets_on_open": _boolean,
            "reply_timeout_s": _integer(1, 120, "seconds"),
            "long_command_timeout_s": _integer(10, 7200, "seconds"),
            "user_wait_timeout_s": _integer(0, 86400, "seconds"),
            "build_x_mm": _integer(0, 5000, "millimetres"),
            "build_y_mm": _integer(0, 5000, "millimetres"),
            "build_z_mm": _integer(0, 5000, "millimetres"),
            "filament_diameter_mm": _number(1.0, 3.0, "millimetres"),
            "filament_density": _number(0.5, 3.0, "g/cm³"),
        },
    ),
}


class _Builder:
    def __init__(self, data: Mapping[str, Any], path: Path, locator: _Locator) -> None:
        self._data = data
        self._path = path
        self._locator = locator

    def error(self, key: str, problem: str) -> ConfigError:
        return ConfigError(problem, key=key, path=self._path, line=self._locator.line(key))

    def build(self) -> Config:
        known = {**_SCHEMA, **_DEVICE_SCHEMA}
        for name in self._data:
            if name not in known:
                raise self.error(name, f"unknown section{_suggest(name, known)}")
        sections: dict[str, object] = {}
        for name, (section_type, checks) in _SCHEMA.items():
            raw = self._data.get(name, {})
            if not isinstance(raw, dict):
                raise self.error(name, f"must be a table ([{name}]), not {_show(raw)}")
            values = self._checked(name, raw, checks)
            if name == "cards":
                values.update(self._cards(raw))
            sections[name] = section_type(**values)
        for name in _DEVICE_SCHEMA:
            sections[name] = self._devices(name)
        config = Config(**sections, source=self._path)  # type: ignore[arg-type]
        self._cross_checks(config)
        return config

    def _checked(
        self, name: str, raw: Mapping[str, Any], checks: Mapping[str, Check]
    ) -> dict[str, object]:
        """Each key of one table, checked; an unknown key or a bad value names itself."""
        values: dict[str, object] = {}
        for key, value in raw.items():
            dotted = f"{name}.{key}"
            check = checks.get(key)
            if check is None:
                raise self.error(dotted, f"unknown key{_suggest(key, checks, name)}")
            try:
                values[key] = check(value)
            except _Invalid as exc:
                raise self.error(dotted, str(exc)) from None
        return values

    def _devices(self, name: str) -> tuple[object, ...]:
        spec_type, required, checks = _DEVICE_SCHEMA[name]
        raw = self._data.get(name, [])
        if not isinstance(raw, list) or not all(isinstance(entry, dict) for entry in raw):
            raise self.error(name, f"must be a list of tables ([[{name}]] entries)")
        specs: list[object] = []
        for entry in raw:
            values = self._checked(name, entry, checks)
            for key in required:
                if key not in values:
                    raise self.error(f"{name}.{key}", f"every [[{name}]] entry needs a {key}")
            specs.append(spec_type(**values))
        return tuple(specs)

    def _cards(self, raw: Mapping[str, Any]) -> dict[str, object]:
        keys_raw = raw.get("keys", {})
        if not isinstance(keys_raw, dict):
            raise self.error("cards.keys", "must be a table of key id = key, e.g. [cards.keys]")
        keys: dict[str, bytes] = {}
        for key_id, value in keys_raw.items():
            dotted = f"cards.keys.{key_id}"
            if not KEY_ID_RE.fullmatch(key_id):
                raise self.error(
                    dotted, f"a key id is 1-{MAX_KEY_ID_CHARS} characters A-Z or 0-9 (upper case)"
                )
            try:
                keys[key_id] = _key_bytes(value)
            except _Invalid as exc:
                raise self.error(dotted, str(exc)) from None
        signing = raw.get("signing_key_id")
        if signing is None:
            if len(keys) > 1:
                raise self.error(
                    "cards.signing_key_id",
                    "several card keys are configured; say which one signs new cards",
                )
            signing = next(iter(keys), "")
        elif signing.strip() not in keys:
            known = ", ".join(sorted(keys)) or "none"
            raise self.error(
                "cards.signing_key_id",
                f"{_show(signing.strip())} is not in [cards.keys] (configured: {known})",
            )
        return {"keys": keys, "signing_key_id": signing.strip()}

    def _cross_checks(self, config: Config) -> None:
        if config.ui.countdown_s >= config.ui.idle_timeout_s:
            raise self.error(
                "ui.countdown_s",
                f"must be shorter than ui.idle_timeout_s ({config.ui.idle_timeout_s})",
            )
        if config.scan.min_length > config.scan.max_length:
            raise self.error("scan.min_length", "must not exceed scan.max_length")
        # Names label the devices on the staff console; ports can be opened by one driver only.
        seen_names: set[str] = set()
        seen_ports: dict[str, str] = {}
        if config.scan.serial_port:
            seen_ports[config.scan.serial_port] = "scan.serial_port"
        for printer in config.printers:
            network = printer.backend in ("octoprint", "moonraker", "prusalink")
            if network and not printer.url:
                raise self.error(
                    "printers.url", f"printer {printer.name!r} ({printer.backend}) needs a url"
                )
            if printer.backend == "marlin" and not printer.port:
                raise self.error("printers.port", f"printer {printer.name!r} needs a port")
            if printer.backend == "power-only" or printer.relay or printer.channel:
                relays = {relay.name for relay in config.relays}
                if printer.relay not in relays or not printer.channel:
                    kind = "power-only printer" if printer.backend == "power-only" else "printer"
                    raise self.error(
                        "printers.relay",
                        f"{kind} {printer.name!r} needs the relay = name of one of "
                        f"the [[relays]] and its channel",
                    )
            if printer.backend == "octoprint" and not printer.api_key:
                raise self.error(
                    "printers.api_key", f"printer {printer.name!r} needs OctoPrint's API key"
                )
        for section, specs in (("relays", config.relays), ("printers", config.printers)):
            for spec in specs:
                assert isinstance(spec, RelaySpec | PrinterSpec)
                if spec.name.casefold() in seen_names:
                    raise self.error(f"{section}.name", f"{spec.name!r} names two devices")
                seen_names.add(spec.name.casefold())
                if not spec.port:
                    continue
                if spec.port in seen_ports:
                    raise self.error(
                        f"{section}.port",
                        f"{spec.port!r} is already used by {seen_ports[spec.port]}",
                    )
                seen_ports[spec.port] = f"{section} {spec.name!r}"
        if config.sync.retry_max_s < config.sync.interval_s:
            raise self.error("sync.retry_max_s", "must not be less than sync.interval_s")
        if config.staff.lockout_max_minutes < config.staff.lockout_minutes:
            raise self.error(
                "staff.lockout_max_minutes", "must not be less than staff.lockout_minutes"
            )
        if config.staff.daily_pin_guesses < config.staff.max_pin_attempts:
            raise self.error(
                "staff.daily_pin_guesses", "must not be less than staff.max_pin_attempts"
            )


def _suggest(name: str, known: Mapping[str, object], section: str | None = None) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    if close:
        return f" (did you mean {section + '.' if section else ''}{close[0]}?)"
    listing = ", ".join(known)
    return f" (known: {listing})"
