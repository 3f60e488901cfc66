"""`makerspace-kiosk equipment list|add|import|bind|retire`: the machines and kits of a branch
(`labels` and `loan-policy` are in kiosk.cli_lending).

Registered by kiosk.cli's parser; errors end as kiosk.cli's one line and exit code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, CliError, _load_config, _open_services

if TYPE_CHECKING:
    from kiosk.core.equipment_spec import RelayBinding


def add_equipment_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    equipment = commands.add_parser("equipment", help="machines and kits of a branch")
    actions = equipment.add_subparsers(dest="equipment_command", metavar="ACTION", required=True)
    branch_help = "the branch's code (default: [library] branch_code of the configuration)"

    elist = actions.add_parser("list", help="list the branch's equipment")
    elist.add_argument("--branch", metavar="CODE", help=branch_help)
    elist.add_argument("--all", action="store_true", help="retired items too")
    elist.set_defaults(func=_cmd_equipment_list)

    eadd = actions.add_parser("add", help="add one item")
    eadd.add_argument("name", help="the item's name, unique among the branch's items")
    eadd.add_argument(
        "--kind",
        required=True,
        help="3d_printer, laser_cutter, vinyl_cutter, sewing_machine, arduino_kit, laptop, other",
    )
    eadd.add_argument("--icon", help="printer, laser, vinyl, sewing, circuit, laptop, tool")
    eadd.add_argument("--training", metavar="CODE", help="the training a user needs")
    eadd.add_argument(
        "--reservable", action=argparse.BooleanOptionalAction, default=True, help="(yes)"
    )
    eadd.add_argument("--lendable", action=argparse.BooleanOptionalAction, default=False)
    _add_binding_options(eadd)
    eadd.add_argument("--branch", metavar="CODE", help=branch_help)
    eadd.set_defaults(func=_cmd_equipment_add)

    eimp = actions.add_parser(
        "import",
        help="add every item of a TOML file ([[equipment]] tables) or a CSV file (columns "
        "name, kind and any of icon, training, reservable, lendable, relay, channel, "
        "printer), or none if any row is bad",
    )
    eimp.add_argument("file", type=Path, metavar="FILE.toml|FILE.csv")
    eimp.add_argument("--branch", metavar="CODE", help=branch_help)
    eimp.set_defaults(func=_cmd_equipment_import)

    ebind = actions.add_parser("bind", help="bind an item to a relay channel and/or a printer")
    ebind.add_argument("name")
    _add_binding_options(ebind)
    ebind.add_argument("--unbind-relay", action="store_true", help="drop the relay binding")
    ebind.add_argument("--unbind-printer", action="store_true", help="drop the printer binding")
    ebind.add_argument("--branch", metavar="CODE", help=branch_help)
    ebind.set_defaults(func=_cmd_equipment_bind)

    eret = actions.add_parser("retire", help="take an item out of service for good")
    eret.add_argument("name")
    eret.add_argument("--branch", metavar="CODE", help=branch_help)
    eret.set_defaults(func=_cmd_equipment_retire)

    from kiosk.cli_lending import add_lending_parsers

    add_lending_parsers(actions, branch_help)


def _add_binding_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--relay", metavar="NAME", help="a [[relays]] name of the configuration")
    parser.add_argument("--channel", type=int, metavar="N", help="the relay's channel (1-16)")
    parser.add_argument("--printer", metavar="NAME", help="a [[printers]] name of the config")


def _relay_binding(args: argparse.Namespace) -> RelayBinding | None:
    from kiosk.core.equipment_spec import RelayBinding

    if (args.relay is None) != (args.channel is None):
        raise CliError("--relay and --channel go together", EXIT_USAGE)
    return RelayBinding(args.relay, args.channel) if args.relay is not None else None


def _cmd_equipment_list(args: argparse.Namespace) -> int:
    config = _load_config(args, require_card_keys=False)
    services = _open_services(config)
    try:
        items = services.equipment.list_items(branch=args.branch, include_retired=args.all)
    finally:
        services.close()
    if not items:
        print("No equipment.")
        return EXIT_OK
    for item in items:
        uses = "/".join(
            use for use, on in (("reservable", item.reservable), ("lendable", item.lendable)) if on
        )
        extras = [f"training {item.training}"] if item.training else []
        if item.relay is not None:
            extras.append(f"relay {item.relay.relay}:{item.relay.channel}")
        if item.printer is not None:
            extras.append(f"printer {item.printer}")
        print(
            f"{item.name}  [{item.kind}, {uses}]  {item.state}"
            + (f"  ({', '.join(extras)})" if extras else "")
        )
    return EXIT_OK


def _cmd_equipment_add(args: argparse.Namespace) -> int:
    from kiosk.core.equipment_spec import EquipmentSpec

    spec = EquipmentSpec(
        name=args.name,
        kind=args.kind,
        icon=args.icon,
        training=args.training,
        reservable=args.reservable,
        lendable=args.lendable,
        relay=_relay_binding(args),
        printer=args.printer,
    )
    config = _load_config(args, require_card_keys=False)
    services = _open_services(config)
    try:
        item = services.equipment.add(spec, branch=args.branch)
    finally:
        services.close()
    print(f"Added {item.kind} {item.name!r} to branch {item.branch_code}.")
    return EXIT_OK


def _cmd_equipment_import(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise CliError(f"no such file: {args.file}", EXIT_USAGE)
    config = _load_config(args, require_card_keys=False)
    services = _open_services(config)
    try:
        report = services.equipment.import_file(args.file, branch=args.branch)
    finally:
        services.close()
    for error in report.errors:
        print(f"{args.file}:{error.line}: {' '.join(error.message.split())}", file=sys.stderr)
    if report.errors:
        print(
            f"Imported nothing: {len(report.errors)} problem(s). Fix them and import again.",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    print(f"Imported {report.imported} item(s).")
    return EXIT_OK


def _cmd_equipment_bind(args: argparse.Namespace) -> int:
    relay = _relay_binding(args)
    config = _load_config(args, require_card_keys=False)
    services = _open_services(config)
    try:
        item = services.equipment.bind(
            args.name,
            relay=relay,
            printer=args.printer,
            unbind_relay=args.unbind_relay,
            unbind_printer=args.unbind_printer,
            branch=args.branch,
        )
    finally:
        services.close()
    relay_text = f"relay {item.relay.relay}:{item.relay.channel}" if item.relay else "no relay"
    printer_text = f"printer {item.printer}" if item.printer else "no printer"
    print(f"{item.name!r} is bound to {relay_text} and {printer_text}.")
    return EXIT_OK


def _cmd_equipment_retire(args: argparse.Namespace) -> int:
    config = _load_config(args, require_card_keys=False)
    services = _open_services(config)
    try:
        item = services.equipment.retire(args.name, branch=args.branch)
    finally:
        services.close()
    print(f"Retired {item.name!r}; its relay and printer bindings are released.")
    return EXIT_OK
