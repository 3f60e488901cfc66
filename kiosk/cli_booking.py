"""`makerspace-kiosk rules show|set`, `hours show|set`, `closures add|list|remove`: how the
branch's equipment is booked (docs/booking-rules.md).

Registered by kiosk.cli's parser; errors end as kiosk.cli's one line and exit code."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time
from typing import TYPE_CHECKING

from kiosk.cli import EXIT_OK, EXIT_USAGE, CliError, _load_config, _open_services

if TYPE_CHECKING:
    from kiosk.core.booking import BookingService

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def add_booking_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rules = commands.add_parser("rules", help="booking rules per equipment kind")
    ractions = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    ractions.add_parser("show", help="every kind's rule (defaults marked)").set_defaults(
        func=_cmd_rules_show
    )
    rset = ractions.add_parser("set", help="change fields of a kind's rule: FIELD=MINUTES ...")
    rset.add_argument("kind", help="3d_printer, laser_cutter, ... (see equipment add --kind)")
    rset.add_argument("changes", nargs="+", metavar="FIELD=VALUE")
    rset.set_defaults(func=_cmd_rules_set)

    hours = commands.add_parser("hours", help="the branch's opening hours per weekday")
    hactions = hours.add_subparsers(dest="hours_command", metavar="ACTION", required=True)
    hactions.add_parser("show", help="the week's opening hours").set_defaults(func=_cmd_hours_show)
    hset = hactions.add_parser("set", help="a weekday's hours: up to two HH:MM-HH:MM, or closed")
    hset.add_argument("weekday", choices=WEEKDAYS)
    hset.add_argument("spans", nargs="+", metavar="HH:MM-HH:MM|closed")
    hset.set_defaults(func=_cmd_hours_set)

    closures = commands.add_parser("closures", help="days the branch is closed (holidays)")
    cactions = closures.add_subparsers(dest="closures_command", metavar="ACTION", required=True)
    cadd = cactions.add_parser("add", help="close the branch on a day")
    cadd.add_argument("day", type=_day, metavar="YYYY-MM-DD")
    cadd.add_argument("reason", help="shown to patrons, e.g. 'Public holiday'")
    cadd.set_defaults(func=_cmd_closures_add)
    cactions.add_parser("list", help="closures from today on").set_defaults(func=_cmd_closures_list)
    cremove = cactions.add_parser("remove", help="open again on a day")
    cremove.add_argument("day", type=_day, metavar="YYYY-MM-DD")
    cremove.set_defaults(func=_cmd_closures_remove)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text[:20]!r}") from None


@contextmanager
def _booking(args: argparse.Namespace) -> Iterator[BookingService]:
    services = _open_services(_load_config(args, require_card_keys=False))
    try:
        yield services.booking
    finally:
        services.close()


def _cmd_rules_show(args: argparse.Namespace) -> int:
    with _booking(args) as booking:
        views = booking.rules()
    for view in views:
        rule = view.rule
        print(
            f"{view.kind}{' (defaults)' if view.is_default else ''}: slot {rule.slot_minutes}, "
            f"{rule.min_minutes}-{rule.max_minutes} min a booking, {rule.day_max_minutes} a day, "
            f"{rule.week_max_minutes} a week, {rule.advance_days} days ahead, buffer "
            f"{rule.buffer_minutes}, no-show after {rule.no_show_release_minutes} min, "
            f"{rule.no_show_limit} no-shows suspend for {rule.suspension_days} days"
        )
    return EXIT_OK


def _cmd_rules_set(args: argparse.Namespace) -> int:
    changes: dict[str, int] = {}
    for change in args.changes:
        name, _, value = change.partition("=")
        try:
            changes[name.strip()] = int(value)
        except ValueError:
            raise CliError(f"expected FIELD=NUMBER, got {change[:40]!r}", EXIT_USAGE) from None
    with _booking(args) as booking:
        view = booking.set_rule(args.kind, changes)
    print(f"Rule for {view.kind} saved.")
    return EXIT_OK


def _cmd_hours_show(args: argparse.Namespace) -> int:
    with _booking(args) as booking:
        week = booking.hours()
    for day in week:
        spans = ", ".join(f"{o:%H:%M}-{c:%H:%M}" for o, c in day.spans) or "closed"
        print(f"{WEEKDAYS[day.weekday]}  {spans}")
    return EXIT_OK


def _cmd_hours_set(args: argparse.Namespace) -> int:
    spans: list[tuple[time, time]] = []
    if [s.lower() for s in args.spans] != ["closed"]:
        for text in args.spans:
            opens, _, closes = text.partition("-")
            try:
                spans.append((time.fromisoformat(opens), time.fromisoformat(closes)))
            except ValueError:
                raise CliError(f"expected HH:MM-HH:MM, got {text[:20]!r}", EXIT_USAGE) from None
    with _booking(args) as booking:
        booking.set_hours(WEEKDAYS.index(args.weekday), spans)
    print(f"Hours for {args.weekday} saved.")
    return EXIT_OK


def _cmd_closures_add(args: argparse.Namespace) -> int:
    with _booking(args) as booking:
        view = booking.add_closure(args.day, args.reason)
    print(f"Closed on {view.day.isoformat()}: {view.reason}.")
    if view.booked:
        print(f"{view.booked} booking(s) were already made for that day; tell the patrons.")
    return EXIT_OK


def _cmd_closures_list(args: argparse.Namespace) -> int:
    with _booking(args) as booking:
        closures = booking.closures()
    for closure in closures:
        print(f"{closure.day.isoformat()}  {closure.reason}")
    if not closures:
        print("No closures ahead.")
    return EXIT_OK


def _cmd_closures_remove(args: argparse.Namespace) -> int:
    with _booking(args) as booking:
        booking.remove_closure(args.day)
    print(f"Open again on {args.day.isoformat()} (as its weekday's hours say).")
    return EXIT_OK
