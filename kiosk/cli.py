"""`makerspace-kiosk` command line: run the kiosk, demo, database, patrons, cards, staff,
equipment, synchronisation."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import __version__
from kiosk.errors import DomainError, InvalidInput

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.services import Services

log = logging.getLogger(__name__)

# Exit codes (README "Exit codes"): the same for `python -m hardware`.
EXIT_OK = 0
EXIT_FAILURE = 1  # it could not be done: database unavailable, not found, conflict, refused
EXIT_USAGE = 2  # the command line or the configuration is wrong
EXIT_INTERRUPTED = 130


class CliError(Exception):
    """A failure the user can act on: printed as one line `error: ...`, no traceback. Domain
    errors (kiosk.errors) are printed the same way without being wrapped."""

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="makerspace-kiosk",
        description=(
            "Touchscreen kiosk for a library makerspace. Without a command, runs the kiosk."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--config",
        type=Path,
        metavar="PATH",
        help="TOML configuration file (default: kiosk.toml in the platform config directory)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser("run", help="run the kiosk (the default)")
    run.add_argument("--windowed", action="store_true", help="a normal window, not full screen")
    _add_readable_config_option(run)
    run.set_defaults(func=_cmd_run)

    demo = commands.add_parser(
        "demo", help="run a windowed kiosk on a throwaway demo database with printed cards"
    )
    demo.add_argument("--patrons", type=int, default=36, help="demo patrons to create (36)")
    demo.add_argument(
        "--dir",
        type=Path,
        help="folder for the demo database and cards (default: a new temporary folder)",
    )
    demo.add_argument(
        "--no-gui",
        action="store_true",
        help="create the demo data and cards, then exit without starting the kiosk",
    )
    demo.set_defaults(func=_cmd_demo)

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_commands.add_parser("upgrade", help="apply pending schema migrations")
    upgrade.set_defaults(func=_cmd_db_upgrade)

    patron = commands.add_parser("patron", help="manage patrons")
    patron_commands = patron.add_subparsers(dest="patron_command", metavar="ACTION", required=True)
    imp = patron_commands.add_parser(
        "import",
        help="import patrons from a CSV file with the columns card_number, display_name, "
        "birth_year",
    )
    imp.add_argument("file", type=Path, metavar="FILE.csv")
    imp.add_argument(
        "--skip-bad", action="store_true", help="import the good rows even if some rows have errors"
    )
    imp.set_defaults(func=_cmd_patron_import)

    card = commands.add_parser("card", help="QR cards")
    card_commands = card.add_subparsers(dest="card_command", metavar="ACTION", required=True)
    cprint = card_commands.add_parser(
        "print", help="render printable cards: one PNG per card and a PDF sheet for batch printing"
    )
    cprint.add_argument("--out", type=Path, default=Path("cards"), help="output folder (./cards)")
    _add_readable_config_option(cprint)
    cprint.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help="paper size of the PDF sheet (a4)"
    )
    cprint.add_argument(
        "--card",
        action="append",
        dest="cards",
        metavar="NUMBER",
        help="only this card number (repeatable); default: every active card",
    )
    cprint.set_defaults(func=_cmd_card_print)

    staff = commands.add_parser("staff", help="staff accounts")
    staff_commands = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    sadd = staff_commands.add_parser("add", help="add a staff account with a card and a PIN")
    sadd.add_argument("--name", required=True, help="display name")
    sadd.add_argument("--card", required=True, metavar="NUMBER", help="staff card number")
    sadd.add_argument("--role", choices=("staff", "admin"), default="staff")
    sadd.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the PIN from standard input instead of prompting twice",
    )
    sadd.set_defaults(func=_cmd_staff_add)
    slist = staff_commands.add_parser("list", help="list staff accounts")
    slist.add_argument(
        "--weak",
        action="store_true",
        help="only accounts whose PIN is shorter than staff.min_pin_length (or not yet known)",
    )
    slist.set_defaults(func=_cmd_staff_list)
    from kiosk.cli_equipment import add_equipment_parser

    add_equipment_parser(commands)
    from kiosk.cli_training import add_training_parsers

    add_training_parsers(commands)
    from kiosk.cli_projects import add_project_parsers

    add_project_parsers(commands)
    from kiosk.cli_booking import add_booking_parsers

    add_booking_parsers(commands)
    from kiosk.cli_sync import add_sync_parsers

    add_sync_parsers(commands)
    from kiosk.cli_files import add_files_parsers

    add_files_parsers(commands)
    return parser


def _add_readable_config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-readable-config",
        action="store_true",
        help="use card signing keys from a configuration file other users can read (for "
        "read-only media whose modes cannot be changed)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    from kiosk.file_privacy import set_process_umask

    # Before anything is written: the database, its -wal/-shm, logs and cards are private.
    previous_umask = set_process_umask()
    try:
        return _main(argv)
    finally:
        os.umask(previous_umask)  # for callers that run commands in-process


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:
        args.func = _cmd_run
        args.windowed = False
        args.allow_readable_config = False
    try:
        return int(args.func(args))
    except CliError as error:
        return _fail(str(error), error.code)
    except DomainError as error:
        return _fail(
            _describe(error), EXIT_USAGE if isinstance(error, InvalidInput) else EXIT_FAILURE
        )
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except OSError as error:
        # A folder that is a file, a full disk, no permission: the file name and the reason.
        where = f"{error.filename}: " if error.filename else ""
        return _fail(f"{where}{error.strerror or error}", EXIT_FAILURE)
    except Exception as error:
        log.debug("command failed", exc_info=True)
        return _fail(f"{type(error).__name__}: {error}", EXIT_FAILURE)


def _fail(message: str, code: int) -> int:
    """The one error line on stderr; `code` is what the command exits with."""
    print(f"error: {' '.join(message.split())}", file=sys.stderr)
    return code


def _describe(error: DomainError) -> str:
    from kiosk.db.errors import DatabaseUnavailable

    if isinstance(error, DatabaseUnavailable):
        # A database that fails after it was opened (disk full, file locked meanwhile).
        return f"database unavailable: {error}"
    return str(error)


# -- command handlers -------------------------------------------------------------------------
# Imports are local so that `--help` and simple commands start fast and never load Qt needlessly.


def _load_config(args: argparse.Namespace, *, require_card_keys: bool = True) -> Config:
    from kiosk.config import ConfigError, default_config_path, key_error, load_config

    try:
        config = load_config(args.config, require_card_keys=require_card_keys)
        if config.database.url:
            from kiosk.db.engine import url_problem

            problem = url_problem(config.database.url)
            if problem is not None:
                raise key_error(config, "database.url", problem)
        return config
    except ConfigError as error:
        if args.config is None and not default_config_path().exists():
            raise CliError(
                f"no configuration file at {default_config_path()} (or pass --config PATH); "
                "see packaging/kiosk.example.toml, or try `makerspace-kiosk demo` first",
                EXIT_USAGE,
            ) from None
        raise CliError(f"configuration error: {error}", EXIT_USAGE) from None


def _refuse_readable_keys(args: argparse.Namespace, config: Config) -> None:
    from kiosk.file_privacy import open_to_others

    source = config.source
    if source is None or not config.cards.keys or args.allow_readable_config:
        return
    if open_to_others(source):
        raise CliError(
            f"{source} holds card signing keys and other users can read it; make it private "
            "(chmod 600), or pass --allow-readable-config if it is on read-only media",
            EXIT_USAGE,
        )


def _open_services(config: Config, *, migrate: bool = True) -> Services:
    from kiosk.db.errors import DatabaseUnavailable
    from kiosk.services import open_services

    try:
        return open_services(config, migrate=migrate)
    except DatabaseUnavailable as error:
        raise CliError(f"database unavailable: {error}") from None


def _cmd_run(args: argparse.Namespace) -> int:
    from kiosk.app import run_kiosk

    config = _load_config(args)
    _refuse_readable_keys(args, config)
    from kiosk.services import find_startup_warnings

    return run_kiosk(
        config,
        windowed=bool(getattr(args, "windowed", False)),
        warnings=find_startup_warnings(config),
    )


def _cmd_demo(args: argparse.Namespace) -> int:
    from kiosk.demo_mode import run_demo

    if args.patrons < 1 or args.patrons > 5000:
        raise CliError("--patrons must be between 1 and 5000", EXIT_USAGE)
    return run_demo(folder=args.dir, patrons=args.patrons, start_gui=not args.no_gui)


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    config = _load_config(args, require_card_keys=False)
    services = _open_services(config, migrate=True)
    print(f"Database is up to date: {services.database_label}")
    services.close()
    return EXIT_OK


def _cmd_patron_import(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise CliError(f"no such file: {args.file}", EXIT_USAGE)
    config = _load_config(args, require_card_keys=False)
    services = _open_services(config)
    try:
        report = services.patrons.import_csv(args.file, skip_bad=args.skip_bad)
    finally:
        services.close()
    for error in report.errors:
        print(f"{args.file}:{error.line}: {error.message}", file=sys.stderr)
    if report.errors and not args.skip_bad:
        print(
            f"Imported nothing: {len(report.errors)} row(s) have errors. Fix them, or use "
            "--skip-bad to import the good rows.",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    print(f"Imported {report.imported} patron(s); skipped {len(report.errors)} bad row(s).")
    return EXIT_OK


def _cmd_card_print(args: argparse.Namespace) -> int:
    from kiosk.card_printing import UnsafeOutputFolder, check_output_folder, print_cards

    config = _load_config(args)
    _refuse_readable_keys(args, config)
    try:
        check_output_folder(args.out)
        services = _open_services(config)
        try:
            result = print_cards(
                services, config, out_dir=args.out, paper=args.paper, only=args.cards
            )
        finally:
            services.close()
    except UnsafeOutputFolder as error:
        raise CliError(str(error), EXIT_USAGE) from None
    if result.missing:
        print(f"No active card with number(s): {', '.join(result.missing)}", file=sys.stderr)
    if not result.pngs:
        print("No cards to print.", file=sys.stderr)
        return EXIT_FAILURE
    print(f"Wrote {len(result.pngs)} card PNG(s) to {args.out} and the sheet {result.sheet}")
    return EXIT_OK if not result.missing else EXIT_FAILURE


def _read_pin(from_stdin: bool, min_digits: int) -> str:
    if from_stdin:
        return sys.stdin.readline().strip()
    import getpass

    from kiosk.core.pin_policy import PIN_MAX_DIGITS

    first = getpass.getpass(f"PIN ({min_digits}-{PIN_MAX_DIGITS} digits): ")
    second = getpass.getpass("PIN again: ")
    if first != second:
        raise CliError("the two PINs differ; nothing was saved", EXIT_USAGE)
    return first


def _cmd_staff_add(args: argparse.Namespace) -> int:
    config = _load_config(args, require_card_keys=False)
    pin = _read_pin(args.pin_stdin, config.staff.min_pin_length)
    services = _open_services(config)
    from kiosk.db.errors import DatabaseUnavailable

    try:
        staff = services.staff_auth.add_staff(args.name, args.card, pin, role=args.role)
    except DatabaseUnavailable as error:
        raise CliError(f"database unavailable: {error}; nothing was saved") from None
    finally:
        services.close()
    print(f"Added {staff.role} account {staff.display_name}.")
    return EXIT_OK


def _cmd_staff_list(args: argparse.Namespace) -> int:
    config = _load_config(args, require_card_keys=False)
    services = _open_services(config)
    try:
        if args.weak:
            weak = services.staff_auth.weak_pins()
            rows = [
                (entry.staff, f"{entry.pin_length}-digit PIN" if entry.pin_length else
                 "PIN length not known until its next use")
                for entry in weak
            ]  # fmt: skip
        else:
            rows = [(staff, "") for staff in services.staff_auth.list_staff()]
    finally:
        services.close()
    for staff, remark in rows:
        print("\t".join(part for part in (staff.display_name, staff.role, remark) if part))
    if args.weak:
        minimum = config.staff.min_pin_length
        print(f"{len(rows)} account(s) with a PIN shorter than {minimum} digits or not yet known.")
    return EXIT_OK
