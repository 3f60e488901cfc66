"""`makerspace-kiosk tags add|list|remove` (the interest tags patrons pick from) and
`makerspace-kiosk showcase list|export|hide|unhide` (shared, approved projects).

Registered by kiosk.cli's parser; errors end as kiosk.cli's one line and exit code."""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path

from kiosk.cli import EXIT_OK, EXIT_USAGE, CliError, _load_config, _open_services


def add_project_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    tags = commands.add_parser("tags", help="the interest tags patrons pick for their projects")
    tag_actions = tags.add_subparsers(dest="tags_command", metavar="ACTION", required=True)
    tlist = tag_actions.add_parser("list", help="list the tags")
    tlist.set_defaults(func=_cmd_tags_list)
    tadd = tag_actions.add_parser("add", help="add a tag to the list")
    tadd.add_argument("name")
    tadd.set_defaults(func=_cmd_tags_add)
    tremove = tag_actions.add_parser(
        "remove", help="take a tag off the list (projects keep it as their own tag)"
    )
    tremove.add_argument("name")
    tremove.set_defaults(func=_cmd_tags_remove)

    showcase = commands.add_parser("showcase", help="shared, approved projects")
    show_actions = showcase.add_subparsers(dest="showcase_command", metavar="ACTION", required=True)
    slist = show_actions.add_parser("list", help="list the projects the showcase shows")
    slist.set_defaults(func=_cmd_showcase_list)
    export = show_actions.add_parser(
        "export",
        help="write the showcase as a static web site (index with tag filters, a page per "
        "project, pictures) into DIR; it holds nothing private",
    )
    export.add_argument("folder", type=Path, metavar="DIR")
    export.set_defaults(func=_cmd_showcase_export)
    for name, hidden in (("hide", True), ("unhide", False)):
        action = show_actions.add_parser(
            name, help=f"{'take a project off' if hidden else 'put a project back on'} the showcase"
        )
        action.add_argument("project_id", metavar="PROJECT_ID")
        action.set_defaults(func=_cmd_showcase_hide, hidden=hidden)


def _cmd_tags_list(args: argparse.Namespace) -> int:
    services = _open_services(_load_config(args, require_card_keys=False))
    try:
        tags = services.projects.tags()
    finally:
        services.close()
    print("\n".join(tags) if tags else "No tags.")
    return EXIT_OK


def _cmd_tags_add(args: argparse.Namespace) -> int:
    services = _open_services(_load_config(args, require_card_keys=False))
    try:
        label = services.projects.add_tag(args.name)
    finally:
        services.close()
    print(f"Added tag {label!r}.")
    return EXIT_OK


def _cmd_tags_remove(args: argparse.Namespace) -> int:
    services = _open_services(_load_config(args, require_card_keys=False))
    try:
        services.projects.remove_tag(args.name)
    finally:
        services.close()
    print(f"Removed tag {args.name!r}.")
    return EXIT_OK


def _cmd_showcase_list(args: argparse.Namespace) -> int:
    services = _open_services(_load_config(args, require_card_keys=False))
    try:
        entries = services.projects.showcase()
    finally:
        services.close()
    if not entries:
        print("No shared projects.")
    for entry in entries:
        tags = f"  [{', '.join(entry.tags)}]" if entry.tags else ""
        print(f"{entry.project_id}  {entry.title}  by {', '.join(entry.makers)}{tags}")
    return EXIT_OK


def _cmd_showcase_export(args: argparse.Namespace) -> int:
    from kiosk.core.showcase_export import export_showcase

    config = _load_config(args, require_card_keys=False)
    services = _open_services(config)
    try:
        entries = services.projects.showcase()
    finally:
        services.close()
    report = export_showcase(
        entries,
        args.folder,
        library_name=config.library.name,
        pictures=services.project_pictures,
    )
    print(
        f"Wrote {report.projects} project(s) and {report.pictures} picture(s) to {report.folder}."
    )
    return EXIT_OK


def _cmd_showcase_hide(args: argparse.Namespace) -> int:
    try:
        project_id = uuid.UUID(args.project_id)
    except ValueError:
        raise CliError("PROJECT_ID is the id `showcase list` shows", EXIT_USAGE) from None
    services = _open_services(_load_config(args, require_card_keys=False))
    try:
        services.projects.set_hidden(None, project_id, args.hidden)
    finally:
        services.close()
    print(f"{'Hidden' if args.hidden else 'Shown again'}: {project_id}.")
    return EXIT_OK
