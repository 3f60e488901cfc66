"""`makerspace-kiosk training add|list|certify|revoke` and `makerspace-kiosk waiver
publish|list`: the library's trainings, patrons' certifications, the waiver's versions.

Run on the terminal by whoever administers it: changes are audited as the system. Registered by
kiosk.cli's parser; errors end as kiosk.cli's one line and exit code."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli import EXIT_OK, EXIT_USAGE, CliError, _load_config, _open_services

# A waiver file larger than this is not a waiver (WAIVER_TEXT_MAX characters of UTF-8).
_WAIVER_FILE_MAX_BYTES = 400_000


def add_training_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    training = commands.add_parser("training", help="trainings and patrons' certifications")
    actions = training.add_subparsers(dest="training_command", metavar="ACTION", required=True)

    tadd = actions.add_parser("add", help="add a training the library runs")
    tadd.add_argument("code", help="short code equipment names it by, e.g. laser")
    tadd.add_argument("name", help="the name staff and patrons see, e.g. 'Laser cutter safety'")
    tadd.add_argument(
        "--validity-months",
        type=int,
        metavar="N",
        help="a certification expires N months after it is given (default: never)",
    )
    tadd.set_defaults(func=_cmd_training_add)

    tlist = actions.add_parser("list", help="list trainings, or one patron's certifications")
    tlist.add_argument("--card", metavar="NUMBER", help="the patron's card number")
    tlist.set_defaults(func=_cmd_training_list)

    for name, verb in (("certify", "certify a patron on"), ("revoke", "revoke a patron's")):
        parser = actions.add_parser(name, help=f"{verb} a training, from now")
        parser.add_argument("code", help="the training's code")
        parser.add_argument("--card", metavar="NUMBER", required=True, help="the patron's card")
        parser.set_defaults(func=_cmd_training_certify if name == "certify" else _cmd_revoke)

    waiver = commands.add_parser("waiver", help="the waiver patrons accept at the kiosk")
    wactions = waiver.add_subparsers(dest="waiver_command", metavar="ACTION", required=True)
    wpub = wactions.add_parser(
        "publish",
        help="publish a new version; every patron must accept it before booking again",
    )
    wpub.add_argument("--version", required=True, metavar="V", help="its label, e.g. 2026-03")
    wpub.add_argument(
        "file", type=Path, metavar="FILE", help="the text in the library's language (UTF-8)"
    )
    wpub.add_argument(
        "--language",
        nargs=2,
        action="append",
        default=[],
        metavar=("XX", "FILE"),
        help="the text in another language, e.g. --language es waiver-es.txt (repeatable)",
    )
    wpub.set_defaults(func=_cmd_waiver_publish)
    wlist = wactions.add_parser("list", help="list the waiver's versions")
    wlist.set_defaults(func=_cmd_waiver_list)


def _cmd_training_add(args: argparse.Namespace) -> int:
    config = _load_config(args, require_card_keys=False)
    services = _open_services(config)
    try:
        training = services.trainings.define(None, args.code, args.name, args.validity_months)
    finally:
        services.close()
    validity = (
        f"valid {training.validity_months} months"
        if training.validity_months is not None
        else "never expires"
    )
    print(f"Added training {training.code} ({training.name}), {validity}.")
    return EXIT_OK


def _cmd_training_list(args: argparse.Namespace) -> int:
    config = _load_config(args, require_card_keys=False)
    services = _open_services(config)
    try:
        if args.card is None:
            trainings = services.trainings.trainings(None)
            if not trainings:
                print("No trainings.")
            for training in trainings:
                validity = (
                    f"{training.validity_months} months"
                    if training.validity_months is not None
                    else "no expiry"
                )
                print(f"{training.code}  {training.name}  ({validity})")
            return EXIT_OK
        patron = services.trainings.patron_for_card_number(None, args.card)
        view = services.trainings.patron_trainings(None, patron.patron_id)
    finally:
        services.close()
    consent = "on file" if view.guardian_consent else "none"
    print(f"{'minor' if view.is_minor else 'adult'}; guardian consent: {consent}")
    for item in view.trainings:
        when = ""
        if item.expires_at is not None and item.state.value in ("valid", "expired"):
            when = f" until {item.expires_at:%Y-%m-%d}"
        elif item.revoked_at is not None and item.state.value == "revoked":
            when = f" on {item.revoked_at:%Y-%m-%d}"
        print(f"{item.training.code}  {item.state.value}{when}")
    return EXIT_OK


def _cmd_training_certify(args: argparse.Namespace) -> int:
    config = _load_config(args, require_card_keys=False)
    services = _open_services(config)
    try:
        patron = services.trainings.patron_for_card_number(None, args.card)
        held = services.trainings.certify(None, patron.patron_id, args.code)
    finally:
        services.close()
    until = f"until {held.expires_at:%Y-%m-%d}" if held.expires_at else "with no expiry"
    print(f"Certified card {args.card.strip()} on {held.training.code}, {until}.")
    return EXIT_OK


def _cmd_revoke(args: argparse.Namespace) -> int:
    config = _load_config(args, require_card_keys=False)
    services = _open_services(config)
    try:
        patron = services.trainings.patron_for_card_number(None, args.card)
        services.trainings.revoke(None, patron.patron_id, args.code)
    finally:
        services.close()
    print(f"Revoked card {args.card.strip()}'s certification on {args.code.strip().lower()}.")
    return EXIT_OK


def _read_text(path: Path) -> str:
    if not path.is_file():
        raise CliError(f"no such file: {path}", EXIT_USAGE)
    if path.stat().st_size > _WAIVER_FILE_MAX_BYTES:
        raise CliError(f"{path}: too large for a waiver text", EXIT_USAGE)
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise CliError(
            f"{path}: not UTF-8 text; save it as UTF-8 and try again", EXIT_USAGE
        ) from None


def _cmd_waiver_publish(args: argparse.Namespace) -> int:
    config = _load_config(args, require_card_keys=False)
    default = config.ui.locale
    texts = {default: _read_text(args.file)}
    for language, file in args.language:
        if language in texts:
            raise CliError(f"two texts for language {language}", EXIT_USAGE)
        texts[language] = _read_text(Path(file))
    services = _open_services(config)
    try:
        label = services.waivers.publish(None, args.version, texts, default_language=default)
    finally:
        services.close()
    print(
        f"Published waiver {label} ({', '.join(sorted(texts))}); patrons accept it at their "
        "next booking."
    )
    return EXIT_OK


def _cmd_waiver_list(args: argparse.Namespace) -> int:
    config = _load_config(args, require_card_keys=False)
    services = _open_services(config)
    try:
        versions = services.waivers.versions()
    finally:
        services.close()
    if not versions:
        print("No waiver published.")
    for label, published, languages in versions:
        when = f"published {published:%Y-%m-%d %H:%M} UTC" if published else "signed on paper"
        print(f"{label}  {when}  {', '.join(languages) or '-'}")
    return EXIT_OK
