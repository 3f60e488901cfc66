"""The words for synchronisation that the staff console and its Network & sync tool share:
where the kiosk stands with the central store, and each conflict a round left, with times in
the branch's zone."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from kiosk.core.sync_views import BookingSide, ConflictKind, ConflictView
from kiosk.sync.status import FailureCode, Link, RefusalCode, SyncFailure, SyncStatus
from kiosk.ui.clock_text import local_date, local_time
from kiosk.ui.translation import QT_TRANSLATE_NOOP

_CONTEXT = "SyncText"

# What a refused change was about, for staff; a table not listed is named as it is.
_TABLE_TEXT: dict[str, str] = {
    "visits": QT_TRANSLATE_NOOP("SyncText", "check-in"),
    "reservations": QT_TRANSLATE_NOOP("SyncText", "booking"),
    "booking_suspensions": QT_TRANSLATE_NOOP("SyncText", "booking pause"),
    "loans": QT_TRANSLATE_NOOP("SyncText", "kit loan"),
    "machine_sessions": QT_TRANSLATE_NOOP("SyncText", "machine session"),
    "problem_reports": QT_TRANSLATE_NOOP("SyncText", "problem report"),
    "projects": QT_TRANSLATE_NOOP("SyncText", "project"),
    "project_members": QT_TRANSLATE_NOOP("SyncText", "project member"),
    "project_tags": QT_TRANSLATE_NOOP("SyncText", "project tag"),
    "project_files": QT_TRANSLATE_NOOP("SyncText", "project file"),
    "project_reviews": QT_TRANSLATE_NOOP("SyncText", "project review"),
    "patron_notices": QT_TRANSLATE_NOOP("SyncText", "patron notice"),
    "print_jobs": QT_TRANSLATE_NOOP("SyncText", "print job"),
    "audit_events": QT_TRANSLATE_NOOP("SyncText", "audit entry"),
    "patrons": QT_TRANSLATE_NOOP("SyncText", "patron"),
    "cards": QT_TRANSLATE_NOOP("SyncText", "card"),
    "staff_accounts": QT_TRANSLATE_NOOP("SyncText", "staff account"),
    "equipment_items": QT_TRANSLATE_NOOP("SyncText", "machine or kit"),
    "certifications": QT_TRANSLATE_NOOP("SyncText", "training record"),
}

# Why a round failed (`SyncStatus.failure`), after "Why: ". The sync code's English line is
# for the log; a code not listed here is worded as _FAILED_OTHERWISE.
_FAILURE_TEXT: dict[str, str] = {
    FailureCode.CONNECTION_REFUSED: QT_TRANSLATE_NOOP(
        "SyncText",
        "the central store's server refused the connection. Library IT can check its address "
        "and firewall.",
    ),
    FailureCode.UNREACHABLE: QT_TRANSLATE_NOOP(
        "SyncText",
        "the central store's server cannot be reached. Library IT can check the network and "
        "its address.",
    ),
    FailureCode.CONNECTION_LOST: QT_TRANSLATE_NOOP(
        "SyncText", "the connection to the central store was lost during the sync."
    ),
    FailureCode.TIMED_OUT: QT_TRANSLATE_NOOP(
        "SyncText", "the central store did not answer in time."
    ),
    FailureCode.LOGIN_REFUSED: QT_TRANSLATE_NOOP(
        "SyncText",
        "the central store refused this kiosk's login. Library IT can check its user name and "
        "password.",
    ),
    FailureCode.NO_DATABASE: QT_TRANSLATE_NOOP(
        "SyncText",
        "the central store's address names a database that does not exist. Library IT can "
        "check central_url.",
    ),
    FailureCode.TLS: QT_TRANSLATE_NOOP(
        "SyncText",
        "the secure connection to the central store failed. Library IT can check its certificates.",
    ),
    FailureCode.BAD_URL: QT_TRANSLATE_NOOP(
        "SyncText",
        "the central store's address in the configuration file is not valid. Library IT can "
        "check central_url.",
    ),
    FailureCode.NOT_CENTRAL: QT_TRANSLATE_NOOP(
        "SyncText",
        "the database at that address is not a central store yet. Library IT runs "
        "makerspace-kiosk central init there.",
    ),
    FailureCode.SCHEMA_NEWER: QT_TRANSLATE_NOOP(
        "SyncText",
        "the central store's version ({central}) is newer than this kiosk's ({kiosk}). The "
        "kiosk software here needs an update.",
    ),
    FailureCode.SCHEMA_OLDER: QT_TRANSLATE_NOOP(
        "SyncText",
        "the central store's version ({central}) is older than this kiosk's ({kiosk}). Library "
        "IT runs makerspace-kiosk central init with this version.",
    ),
    FailureCode.NOT_JOINED: QT_TRANSLATE_NOOP(
        "SyncText", "this kiosk has not joined the central store yet."
    ),
    FailureCode.UNKNOWN_TERMINAL: QT_TRANSLATE_NOOP(
        "SyncText",
        "the central store does not know this kiosk (it may have been reset). Library IT "
        "joins it again; nothing here is lost.",
    ),
    FailureCode.REVOKED: QT_TRANSLATE_NOOP(
        "SyncText", "the central store has shut this kiosk out. Please ask Library IT."
    ),
}
_FAILED_OTHERWISE = QT_TRANSLATE_NOOP(
    "SyncText", "something went wrong. Library IT finds the details in the kiosk's log."
)

# Why a database refused a change (`ConflictView.reason_code`), after "Why: ".
_REFUSAL_TEXT: dict[str, str] = {
    RefusalCode.BOOKING_OVERLAP: QT_TRANSLATE_NOOP(
        "SyncText", "the machine was already booked for that time."
    ),
    RefusalCode.DUPLICATE: QT_TRANSLATE_NOOP(
        "SyncText",
        "it clashes with a record made elsewhere meanwhile (a card number already taken, a kit "
        "already lent out).",
    ),
    RefusalCode.MISSING_LINK: QT_TRANSLATE_NOOP(
        "SyncText", "it refers to a record that is not there (removed meanwhile, perhaps)."
    ),
    RefusalCode.INVALID_VALUE: QT_TRANSLATE_NOOP(
        "SyncText", "a value in it is missing or not allowed."
    ),
}
_REFUSED_OTHERWISE = QT_TRANSLATE_NOOP("SyncText", "the database did not accept it.")


def _t(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def _number(count: int) -> str:
    """A count in the session language's digits, as its times are."""
    return QLocale().toString(count)


def when(moment: datetime, zone: tzinfo | None, now: datetime | None = None) -> str:
    """A time today as "10:40", another day as "3 Dec 2026 10:40"."""
    today = (now or datetime.now(UTC)).astimezone(zone).date()
    if moment.astimezone(zone).date() == today:
        return local_time(moment, zone)
    return f"{local_date(moment, zone)} {local_time(moment, zone)}"


def failure_text(failure: SyncFailure | None) -> str:
    """Why a round failed, in the session language; a generic sentence for a code this kiosk
    does not word (or parameters it lacks), never the sync code's English line."""
    source = _FAILURE_TEXT.get(failure.code) if failure is not None else None
    if failure is None or source is None:
        return _t(_FAILED_OTHERWISE)
    try:
        return _t(source).format_map(failure.params)
    except (KeyError, IndexError, ValueError):
        return _t(_FAILED_OTHERWISE)


def refusal_text(code: str) -> str:
    """Why a database refused a change, in the session language."""
    return _t(_REFUSAL_TEXT.get(code, _REFUSED_OTHERWISE))


def state_text(link: Link) -> str:
    """The headline: one short phrase per state."""
    return {
        Link.NOT_CONFIGURED: QCoreApplication.translate("SyncText", "This kiosk works on its own"),
        Link.NOT_JOINED: QCoreApplication.translate("SyncText", "Not joined to the central store"),
        Link.STARTING: QCoreApplication.translate("SyncText", "Connecting to the central store…"),
        Link.ONLINE: QCoreApplication.translate("SyncText", "Online"),
        Link.OFFLINE: QCoreApplication.translate("SyncText", "Offline"),
    }[link]


def state_role(link: Link) -> str:
    """The theme's colour for the headline (state-ok, state-pending, state-bad)."""
    return {
        Link.NOT_CONFIGURED: "pending",
        Link.NOT_JOINED: "bad",
        Link.STARTING: "pending",
        Link.ONLINE: "ok",
        Link.OFFLINE: "bad",
    }[link]


def detail_lines(
    status: SyncStatus, zone: tzinfo | None, now: datetime | None = None
) -> tuple[str, ...]:
    """What else staff should know, one plain line each."""
    link = status.link
    if link is Link.NOT_CONFIGURED:
        return (
            QCoreApplication.translate(
                "SyncText", "No central store is set up, so everything stays on this kiosk."
            ),
            QCoreApplication.translate(
                "SyncText",
                "Library IT can connect it with [sync] central_url in the configuration file.",
            ),
        )
    lines: list[str] = []
    if link is Link.NOT_JOINED:
        lines.append(
            QCoreApplication.translate(
                "SyncText",
                "Library IT joins this kiosk once with: "
                "makerspace-kiosk terminal join --branch CODE",
            )
        )
        lines.append(
            QCoreApplication.translate(
                "SyncText", "Until then it works on its own and keeps every change."
            )
        )
    if status.last_sync_at is not None:
        lines.append(
            QCoreApplication.translate("SyncText", "Last sync: {when}").format(
                when=when(status.last_sync_at, zone, now)
            )
        )
    elif link is not Link.NOT_JOINED:
        lines.append(QCoreApplication.translate("SyncText", "Not synced yet."))
    if link is Link.OFFLINE:
        if status.failure is not None or status.last_error:
            lines.append(
                QCoreApplication.translate("SyncText", "Why: {error}").format(
                    error=failure_text(status.failure)
                )
            )
        if status.next_try_at is not None:
            lines.append(
                QCoreApplication.translate(
                    "SyncText", "It keeps working and tries again at {when}."
                ).format(when=when(status.next_try_at, zone, now))
            )
    lines.append(
        QCoreApplication.translate("SyncText", "Changes waiting to be sent: {count}").format(
            count=_number(status.pending)
        )
    )
    return tuple(lines)


def console_line(status: SyncStatus, zone: tzinfo | None, now: datetime | None = None) -> str:
    """One line for the console's main screen; empty when no central store is configured."""
    if status.link is Link.NOT_CONFIGURED:
        return ""
    state = state_text(status.link)
    if status.link is Link.OFFLINE and status.last_sync_at is not None:
        state = QCoreApplication.translate("SyncText", "Offline since {when}").format(
            when=when(status.last_sync_at, zone, now)
        )
    waiting = QCoreApplication.translate("SyncText", "changes waiting: {count}").format(
        count=_number(status.pending)
    )
    line = QCoreApplication.translate("SyncText", "Central store: {state} · {waiting}").format(
        state=state, waiting=waiting
    )
    if status.conflicts:
        line += " · " + QCoreApplication.translate(
            "SyncText", "conflicts to review: {count}"
        ).format(count=_number(status.conflicts))
    return line


def _span(side: BookingSide, zone: tzinfo | None) -> str:
    return QCoreApplication.translate("SyncText", "{item}, {day} {start}–{end}").format(
        item=side.item_name,
        day=local_date(side.starts_at, zone),
        start=local_time(side.starts_at, zone),
        end=local_time(side.ends_at, zone),
    )


def _who(side: BookingSide) -> str:
    patron = side.patron_name or QCoreApplication.translate("SyncText", "a patron")
    terminal = side.terminal_name or QCoreApplication.translate("SyncText", "another kiosk")
    return QCoreApplication.translate("SyncText", "{patron}, booked at {terminal}").format(
        patron=patron, terminal=terminal
    )


def conflict_title(view: ConflictView, zone: tzinfo | None) -> str:
    if view.kind == ConflictKind.RESERVATION_OVERLAP:
        side = view.refused or view.standing
        if side is None:
            return QCoreApplication.translate(
                "SyncText", "Two bookings of the same machine clashed"
            )
        return QCoreApplication.translate("SyncText", "Booking clash: {span}").format(
            span=_span(side, zone)
        )
    what = _t(_TABLE_TEXT[view.table_name]) if view.table_name in _TABLE_TEXT else view.table_name
    # The kind of change as a noun of its own, so no word has to agree with `what`.
    if view.op == "insert":
        text = QCoreApplication.translate("SyncText", "Change refused: {what}, a new record")
    elif view.op == "tombstone":
        text = QCoreApplication.translate("SyncText", "Change refused: {what}, a removal")
    else:
        text = QCoreApplication.translate("SyncText", "Change refused: {what}, an edit")
    return text.format(what=what)


def conflict_lines(view: ConflictView, zone: tzinfo | None) -> tuple[str, ...]:
    if view.kind == ConflictKind.RESERVATION_OVERLAP:
        standing = (
            QCoreApplication.translate("SyncText", "Stands: {who}").format(who=_who(view.standing))
            if view.standing is not None
            else QCoreApplication.translate(
                "SyncText", "Stands: a booking made at another kiosk (not on this kiosk yet)"
            )
        )
        refused = (
            QCoreApplication.translate("SyncText", "Not kept: {who}, while offline").format(
                who=_who(view.refused)
            )
            if view.refused is not None
            else QCoreApplication.translate("SyncText", "Not kept: a booking made while offline")
        )
        return (
            standing,
            refused,
            QCoreApplication.translate("SyncText", "The patron is told at their next check-in."),
        )
    lines = [
        QCoreApplication.translate("SyncText", "Why: {reason}").format(
            reason=refusal_text(view.reason_code)
        )
    ]
    if view.terminal_name:
        lines.append(
            QCoreApplication.translate("SyncText", "From: {terminal}").format(
                terminal=view.terminal_name
            )
        )
    lines.append(
        QCoreApplication.translate(
            "SyncText", "Everything else was kept. Please check this record by hand."
        )
    )
    return tuple(lines)


def booking_conflicted_text(params: Mapping[str, Any], zone: tzinfo | None) -> str | None:
    """The patron's notice at check-in for a booking central refused; None when its params
    cannot be read (the notice is then left for staff to explain)."""
    try:
        starts = datetime.fromisoformat(str(params["starts_at"]))
        item = str(params["item_name"])
    except (KeyError, ValueError):
        return None
    local = starts.astimezone(zone)
    day = QLocale().toString(QDate(local.year, local.month, local.day), "dddd d MMMM")
    return QCoreApplication.translate(
        "SyncText",
        "Your booking of {item} on {day} at {time} could not be kept: the machine was booked "
        "at another kiosk while this one was offline. Please book another time.",
    ).format(item=item, day=day, time=local_time(starts, zone))
