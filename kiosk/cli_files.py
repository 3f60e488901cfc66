"""`makerspace-kiosk files gc`: find (and with --delete, remove) the stored project files that
no project and no print job refers to, and the thumbnails of files no longer stored.

Registered by kiosk.cli's parser; errors end as kiosk.cli's one line and exit code."""

from __future__ import annotations

import argparse

from kiosk.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, CliError, _load_config, _open_services


def add_files_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    files = commands.add_parser("files", help="the store of project files patrons brought")
    actions = files.add_subparsers(dest="files_command", metavar="ACTION", required=True)
    gc = actions.add_parser(
        "gc",
        help="list the stored files no project or print job refers to; --delete removes them",
    )
    gc.add_argument(
        "--delete", action="store_true", help="remove them (without it, nothing is touched)"
    )
    gc.add_argument(
        "--min-age-hours",
        type=float,
        default=48.0,
        metavar="H",
        help="keep files stored or copied again within the last H hours: a patron may be "
        "about to submit them (default 48)",
    )
    gc.set_defaults(func=_cmd_files_gc)


def _cmd_files_gc(args: argparse.Namespace) -> int:
    from kiosk.core.file_references import referenced_files
    from kiosk.core.project_files.garbage import collect_garbage
    from kiosk.core.project_files.layout import StoreLayout
    from kiosk.core.project_files.settings import project_files_settings, store_root

    if not args.min_age_hours >= 0:
        raise CliError("--min-age-hours must be 0 or more", EXIT_USAGE)
    config = _load_config(args, require_card_keys=False)
    layout = StoreLayout(store_root(project_files_settings(config)))
    services = _open_services(config)
    try:
        report = collect_garbage(
            layout,
            lambda: referenced_files(services.sessions),
            delete=args.delete,
            min_age_s=args.min_age_hours * 3600,
        )
    finally:
        services.close()
    megabytes = report.size / 1e6
    if report.removed:
        print(
            f"Removed {len(report.unused)} unused file(s) ({megabytes:.1f} MB) and "
            f"{len(report.thumbnails)} thumbnail(s) from {layout.root}."
        )
    else:
        for item in report.unused:
            print(f"{item.sha256}  {item.size} bytes")
        print(
            f"{len(report.unused)} file(s) ({megabytes:.1f} MB) and {len(report.thumbnails)} "
            f"thumbnail(s) in {layout.root} are not used by any project or print job. "
            "Nothing was removed; run again with --delete to remove them."
        )
    if report.recent:
        print(f"Kept {report.recent} unused file(s) newer than {args.min_age_hours:g} hours.")
    for line in report.failed:
        print(f"Could not remove {line}")
    return EXIT_FAILURE if report.failed else EXIT_OK
