"""The words for the lending service's refusal codes: what happened and what to do next, for
the patron's kit screens and the staff tool alike. The core says codes and values; this says
them in the session's language."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from kiosk.core.lending_views import LoanRefusal
from kiosk.ui.booking_text import training_name
from kiosk.ui.translation import QT_TRANSLATE_NOOP

_CONTEXT = "LendingText"

# (what happened, what to do next); {placeholders} come from the refusal's values.
_REFUSALS: dict[LoanRefusal, tuple[str, str]] = {
    LoanRefusal.NOT_A_LABEL: (
        QT_TRANSLATE_NOOP("LendingText", "That code is not a kit label."),
        QT_TRANSLATE_NOOP("LendingText", "Scan the square QR label stuck on the kit."),
    ),
    LoanRefusal.PATRON_CARD: (
        QT_TRANSLATE_NOOP("LendingText", "That is a card, not a kit label."),
        QT_TRANSLATE_NOOP("LendingText", "Scan the square QR label stuck on the kit."),
    ),
    LoanRefusal.FORGED_LABEL: (
        QT_TRANSLATE_NOOP("LendingText", "This label is not one of this library's labels."),
        QT_TRANSLATE_NOOP("LendingText", "Please show the kit to a staff member."),
    ),
    LoanRefusal.UNKNOWN_KIT: (
        QT_TRANSLATE_NOOP("LendingText", "This kit does not belong to this makerspace."),
        QT_TRANSLATE_NOOP("LendingText", "Please show the kit to a staff member."),
    ),
    LoanRefusal.NOT_LENDABLE: (
        QT_TRANSLATE_NOOP("LendingText", "This item is not lent out."),
        QT_TRANSLATE_NOOP("LendingText", "You can use it here in the makerspace."),
    ),
    LoanRefusal.RETIRED: (
        QT_TRANSLATE_NOOP("LendingText", "This kit is no longer lent out."),
        QT_TRANSLATE_NOOP("LendingText", "Please give it to a staff member."),
    ),
    LoanRefusal.OUT_OF_ORDER: (
        QT_TRANSLATE_NOOP("LendingText", "This kit is out of order."),
        QT_TRANSLATE_NOOP("LendingText", "Please give it to a staff member."),
    ),
    LoanRefusal.NEEDS_CHECK: (
        QT_TRANSLATE_NOOP("LendingText", "This kit is waiting to be checked by staff."),
        QT_TRANSLATE_NOOP("LendingText", "A staff member can check it and lend it to you."),
    ),
    LoanRefusal.BUSY: (
        QT_TRANSLATE_NOOP("LendingText", "This item is booked or in use right now."),
        QT_TRANSLATE_NOOP("LendingText", "Please choose another kit, or ask a staff member."),
    ),
    LoanRefusal.ON_LOAN: (
        QT_TRANSLATE_NOOP("LendingText", "This kit is on loan to someone else."),
        QT_TRANSLATE_NOOP("LendingText", "Please give it to a staff member."),
    ),
    LoanRefusal.NOT_ON_LOAN: (
        QT_TRANSLATE_NOOP("LendingText", "This kit is not on loan."),
        QT_TRANSLATE_NOOP("LendingText", "Nothing was changed. Please ask a staff member."),
    ),
    LoanRefusal.LIMIT_REACHED: (
        QT_TRANSLATE_NOOP("LendingText", "You already have {limit} kits of this kind out."),
        QT_TRANSLATE_NOOP("LendingText", "Return one of them first."),
    ),
    LoanRefusal.NEEDS_TRAINING: (
        QT_TRANSLATE_NOOP("LendingText", "This kit needs the “{training}” training."),
        QT_TRANSLATE_NOOP("LendingText", "Ask a staff member when the next training is."),
    ),
    LoanRefusal.NEEDS_CONSENT: (
        QT_TRANSLATE_NOOP("LendingText", "This kit needs a guardian's consent on file."),
        QT_TRANSLATE_NOOP("LendingText", "A staff member can record it with your guardian."),
    ),
    LoanRefusal.NEEDS_WAIVER: (
        QT_TRANSLATE_NOOP("LendingText", "Please accept the makerspace agreement first."),
        QT_TRANSLATE_NOOP("LendingText", "Tap “Read the agreement”, then scan the kit again."),
    ),
    LoanRefusal.CARD_REVOKED: (
        QT_TRANSLATE_NOOP("LendingText", "This card can no longer borrow kits."),
        QT_TRANSLATE_NOOP("LendingText", "Please see a staff member."),
    ),
    LoanRefusal.UNKNOWN_CARD: (
        QT_TRANSLATE_NOOP("LendingText", "That is not a patron's card."),
        QT_TRANSLATE_NOOP("LendingText", "Scan the card of the patron who takes the kit."),
    ),
}
_WAIVER_AT_DESK = QT_TRANSLATE_NOOP(
    "LendingText", "A staff member can show it to you to read and accept."
)
_FAILED = (
    QT_TRANSLATE_NOOP("LendingText", "That could not be saved just now."),
    QT_TRANSLATE_NOOP(
        "LendingText", "Nothing was changed. Please try again, or ask a staff member."
    ),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def refusal(
    code: LoanRefusal | None, params: Mapping[str, str | int], *, waiver_here: bool = True
) -> tuple[str, str]:
    """(what happened, what to do next). `code` None: the call failed for another reason
    (the database, say): nothing was saved."""
    what, step = _REFUSALS.get(code, _FAILED) if code is not None else _FAILED
    if code is LoanRefusal.NEEDS_WAIVER and not waiver_here:
        step = _WAIVER_AT_DESK
    values = {key: str(value) for key, value in params.items()}
    training = params.get("training")
    if isinstance(training, str):
        values["training"] = training_name(training)
    values.setdefault("limit", "")
    values.setdefault("training", "")
    return tr(what).format_map(values), tr(step).format_map(values)


def short_date(day: date, today: date) -> str:
    """ "Tue 15 Dec", with the year only when it is not this year's."""
    pattern = "ddd d MMM" if day.year == today.year else "ddd d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def due_line(due_on: date, today: date, *, overdue: bool) -> str:
    """When a kit is due back, or since when it is overdue."""
    if overdue:
        return QCoreApplication.translate(
            "LendingText", "Overdue: it was due back on {date}"
        ).format(date=short_date(due_on, today))
    if due_on == today:
        return QCoreApplication.translate("LendingText", "Due back today")
    return QCoreApplication.translate("LendingText", "Due back by {date}").format(
        date=short_date(due_on, today)
    )
