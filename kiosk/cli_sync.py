"""`makerspace-kiosk central init`, `terminal join` and `sync`: setting up and running
synchronisation with the central store by hand (docs/sync.md)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

from kiosk.cli import EXIT_OK, EXIT_USAGE, CliError, _load_config, _open_services

if TYPE_CHECKING:
    from kiosk.config import Config

BAR_WIDTH = 30


def add_sync_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    central = commands.add_parser("central", help="the library's central PostgreSQL store")
    actions = central.add_subparsers(dest="central_command", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="create or upgrade the central schema and register branches"
    )
    init.add_argument("--url", required=True, help="postgresql://user@host/database[?sslmode=...]")
    init.add_argument(
        "--branch",
        action="append",
        default=[],
        metavar="CODE=NAME[@ZONE]",
        help="register (or rename) a branch, e.g. east=Eastgate@Europe/Paris (repeatable)",
    )
    init.set_defaults(func=_cmd_central_init)
    listing = actions.add_parser("terminals", help="list the terminals that joined, by branch")
    listing.add_argument("--url", required=True, help="the central store's URL")
    listing.set_defaults(func=_cmd_central_terminals)
    revoke = actions.add_parser(
        "revoke-terminal", help="shut a lost or stolen terminal out: its rounds are refused"
    )
    revoke.add_argument("--url", required=True, help="the central store's URL")
    revoke.add_argument("code", metavar="TERMINAL", help="the terminal's id, as listed")
    revoke.set_defaults(func=_cmd_central_revoke)

    terminal = commands.add_parser("terminal", help="this terminal's place in the library")
    tactions = terminal.add_subparsers(dest="terminal_command", metavar="ACTION", required=True)
    join = tactions.add_parser(
        "join", help="register this terminal at the central store and pull what it needs"
    )
    join.add_argument("--central", metavar="URL", help="default: [sync] central_url")
    join.add_argument("--branch", required=True, metavar="CODE", help="this terminal's branch")
    join.set_defaults(func=_cmd_terminal_join)

    sync = commands.add_parser("sync", help="run one synchronisation round now")
    sync.add_argument("--central", metavar="URL", help="default: [sync] central_url")
    sync.set_defaults(func=_cmd_sync)


def _branch_spec(text: str) -> tuple[str, str, str]:
    code, _, rest = text.partition("=")
    name, _, zone = rest.partition("@")
    if not code.strip() or not name.strip():
        raise CliError(f"--branch wants CODE=NAME, e.g. east=Eastgate (got {text!r})", EXIT_USAGE)
    return code.strip(), name.strip(), zone.strip() or "UTC"


def _cmd_central_init(args: argparse.Namespace) -> int:
    from kiosk.sync.setup import BranchSpec, init_central

    specs = [BranchSpec(*_branch_spec(text)) for text in args.branch]
    report = init_central(args.url, specs)
    print(f"Central store ready at schema {report.revision}.")
    for code in report.branches:
        print(f"Branch {code} registered.")
    if report.published:
        print(f"{report.published} change(s) put in the change log for the terminals.")
    return EXIT_OK


def _cmd_central_terminals(args: argparse.Namespace) -> int:
    from kiosk.db.errors import database_errors
    from kiosk.sync.central import list_terminals
    from kiosk.sync.connect import open_central

    engine = open_central(args.url)
    try:
        with database_errors(), engine.connect() as conn:
            terminals = list_terminals(conn)
    finally:
        engine.dispose()
    if not terminals:
        print("No terminal has joined yet.")
    for t in terminals:
        seen = t.last_seen_at.isoformat(timespec="minutes") if t.last_seen_at else "never"
        state = f"shut out {t.revoked_at.isoformat(timespec='minutes')}" if t.revoked_at else "ok"
        print(f"{t.branch_code}\t{t.code}\tlast seen {seen}\t{state}")
    return EXIT_OK


def _cmd_central_revoke(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from kiosk.db.errors import database_errors
    from kiosk.sync.central import revoke_terminal
    from kiosk.sync.connect import open_central

    engine = open_central(args.url)
    try:
        with database_errors(), engine.begin() as conn:
            count = revoke_terminal(conn, args.code, datetime.now(UTC))
    finally:
        engine.dispose()
    if count == 0:
        raise CliError(
            f"no terminal {args.code!r} to shut out (see 'central terminals'; "
            "it may be shut out already)",
            EXIT_USAGE,
        )
    print(f"Terminal {args.code} is shut out: its next round is refused.")
    return EXIT_OK


def _central(args: argparse.Namespace, config: Config) -> str:
    url = args.central or config.sync.central_url
    if not url:
        raise CliError("no central store: pass --central URL or set [sync] central_url", EXIT_USAGE)
    return str(url)


def _cmd_terminal_join(args: argparse.Namespace) -> int:
    from kiosk.services import terminal_identity
    from kiosk.sync.setup import join

    config = _load_config(args, require_card_keys=False)
    url = _central(args, config)
    identity = terminal_identity(config)
    services = _open_services(config)
    try:
        report = join(
            services.engine,
            identity,
            url,
            args.branch,
            progress=ProgressBar(),
            files=services.file_store,
        )
    finally:
        services.close()
    print(f"Terminal {config.terminal.id} joined branch {args.branch.strip()}: {report.summary()}.")
    return EXIT_OK


def _cmd_sync(args: argparse.Namespace) -> int:
    from kiosk.sync.connect import open_central
    from kiosk.sync.round import run_round

    config = _load_config(args, require_card_keys=False)
    url = _central(args, config)
    services = _open_services(config)
    try:
        engine = open_central(url, check=False)
        try:
            report = run_round(
                services.engine,
                engine,
                url,
                pull_progress=ProgressBar(),
                files=services.file_store,
            )
        finally:
            engine.dispose()
    finally:
        services.close()
    print(f"Synchronised in {report.seconds:.1f} s: {report.summary()}.")
    return EXIT_OK


class ProgressBar:
    """A pull's progress on stderr: redrawn in place on a terminal, a line per quarter
    otherwise. Small pulls (under a thousand changes) draw nothing."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr
        self._shown_quarter = -1

    def __call__(self, done: int, total: int) -> None:
        if total < 1000:
            return
        share = min(1.0, done / total)
        filled = int(share * BAR_WIDTH)
        bar = f"pulling [{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {share:4.0%}"
        if self._stream.isatty():
            end = "\n" if share >= 1.0 else ""
            self._stream.write(f"\r{bar} {done}/{total}{end}")
        elif int(share * 4) > self._shown_quarter:
            self._shown_quarter = int(share * 4)
            self._stream.write(f"{bar} {done}/{total}\n")
        self._stream.flush()
