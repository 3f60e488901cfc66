"""`makerspace-kiosk equipment labels|loan-policy`: print the kits' QR labels, and set how long
a kit of each kind is lent for and how many one patron may have out.

Registered under `equipment` by kiosk.cli_equipment; errors end as kiosk.cli's one line and exit
code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.cli import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    _add_readable_config_option,
    _load_config,
    _open_services,
    _refuse_readable_keys,
)


def add_lending_parsers(
    actions: argparse._SubParsersAction[argparse.ArgumentParser], branch_help: str
) -> None:
    labels = actions.add_parser(
        "labels",
        help="print the QR labels of the branch's lendable kits: one PNG per kit and a PDF "
        "sheet, card-sized",
    )
    labels.add_argument("names", nargs="*", metavar="NAME", help="only these kits (default: all)")
    labels.add_argument(
        "--out", type=Path, default=Path("kit-labels"), help="output folder (./kit-labels)"
    )
    labels.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help="paper size of the PDF sheet (a4)"
    )
    labels.add_argument("--branch", metavar="CODE", help=branch_help)
    _add_readable_config_option(labels)
    labels.set_defaults(func=_cmd_labels)

    policy = actions.add_parser(
        "loan-policy",
        help="show the loan policy of every kind, or of one; with --days or --max-open, set it",
    )
    policy.add_argument("kind", nargs="?", help="an equipment kind, e.g. arduino_kit")
    policy.add_argument("--days", type=int, metavar="N", help="days a kit is lent for (1-365)")
    policy.add_argument(
        "--max-open", type=int, metavar="N", help="kits of this kind one patron may have out (1-50)"
    )
    policy.add_argument("--branch", metavar="CODE", help=branch_help)
    policy.set_defaults(func=_cmd_loan_policy)


def _cmd_labels(args: argparse.Namespace) -> int:
    from kiosk.card_printing import UnsafeOutputFolder, check_output_folder, print_kit_labels

    config = _load_config(args)
    _refuse_readable_keys(args, config)
    try:
        check_output_folder(args.out)
        services = _open_services(config)
        try:
            result = print_kit_labels(
                services,
                config,
                out_dir=args.out,
                paper=args.paper,
                only=args.names,
                branch=args.branch,
            )
        finally:
            services.close()
    except UnsafeOutputFolder as error:
        raise CliError(str(error), EXIT_USAGE) from None
    if result.missing:
        print(f"No lendable kit named: {', '.join(result.missing)}", file=sys.stderr)
    if not result.pngs:
        print("No lendable kits to label.", file=sys.stderr)
        return EXIT_FAILURE
    print(f"Wrote {len(result.pngs)} kit label PNG(s) to {args.out} and the sheet {result.sheet}")
    return EXIT_OK if not result.missing else EXIT_FAILURE


def _cmd_loan_policy(args: argparse.Namespace) -> int:
    from kiosk.db.models import EQUIPMENT_KINDS

    setting = args.days is not None or args.max_open is not None
    if setting and args.kind is None:
        raise CliError("name the kind whose loan policy to set", EXIT_USAGE)
    config = _load_config(args, require_card_keys=False)
    services = _open_services(config)
    try:
        lending = services.lending
        if setting:
            current = lending.policy(args.kind, branch=args.branch)
            policies = [
                lending.set_policy(
                    args.kind,
                    loan_days=args.days if args.days is not None else current.loan_days,
                    max_open_loans=(
                        args.max_open if args.max_open is not None else current.max_open_loans
                    ),
                    branch=args.branch,
                )
            ]
        else:
            kinds = [args.kind] if args.kind is not None else list(EQUIPMENT_KINDS)
            policies = [lending.policy(kind, branch=args.branch) for kind in kinds]
    finally:
        services.close()
    for policy in policies:
        default = "  (default)" if policy.is_default else ""
        print(
            f"{policy.kind}: {policy.loan_days} day(s), at most {policy.max_open_loans} out per "
            f"patron{default}"
        )
    return EXIT_OK
