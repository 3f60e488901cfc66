"""The words for the booking service's codes: why a booking was refused and what to do next,
what a slot is, what a machine is doing. The core says codes and values; this says them to a
patron in the session's language."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from kiosk.core.booking_views import Refusal, RefusalCode, SlotState
from kiosk.ui.clock_text import local_time
from kiosk.ui.translation import QT_TRANSLATE_NOOP

_CONTEXT = "BookingText"

# (what happened, what to do next); {placeholders} come from the refusal's values.
_REFUSALS: dict[RefusalCode, tuple[str, str]] = {
    RefusalCode.PAST: (
        QT_TRANSLATE_NOOP("BookingText", "That time has already gone by."),
        QT_TRANSLATE_NOOP("BookingText", "Please choose a later time."),
    ),
    RefusalCode.ZERO_LENGTH: (
        QT_TRANSLATE_NOOP("BookingText", "A booking needs a length."),
        QT_TRANSLATE_NOOP("BookingText", "Choose how long with the + button."),
    ),
    RefusalCode.TOO_SHORT: (
        QT_TRANSLATE_NOOP("BookingText", "The shortest booking is {limit}."),
        QT_TRANSLATE_NOOP("BookingText", "Choose a longer time with the + button."),
    ),
    RefusalCode.TOO_LONG: (
        QT_TRANSLATE_NOOP("BookingText", "The longest booking is {limit}."),
        QT_TRANSLATE_NOOP("BookingText", "Choose a shorter time with the − button."),
    ),
    RefusalCode.MISALIGNED: (
        QT_TRANSLATE_NOOP("BookingText", "Bookings start and last in steps of {step}."),
        QT_TRANSLATE_NOOP("BookingText", "Choose a time on the timeline, then a length."),
    ),
    RefusalCode.DAY_LIMIT: (
        QT_TRANSLATE_NOOP(
            "BookingText", "You can book up to {limit} a day, and you have {used} booked already."
        ),
        QT_TRANSLATE_NOOP("BookingText", "Choose a shorter time, or another day."),
    ),
    RefusalCode.WEEK_LIMIT: (
        QT_TRANSLATE_NOOP(
            "BookingText",
            "You can book up to {limit} a week, and you have {used} booked already.",
        ),
        QT_TRANSLATE_NOOP("BookingText", "Choose a shorter time, or a day next week."),
    ),
    RefusalCode.TOO_FAR_AHEAD: (
        QT_TRANSLATE_NOOP("BookingText", "That day is too far ahead to book yet."),
        QT_TRANSLATE_NOOP("BookingText", "Choose a day up to {until}, or book this one later."),
    ),
    RefusalCode.CLOSED: (
        QT_TRANSLATE_NOOP("BookingText", "The makerspace is closed at that time."),
        QT_TRANSLATE_NOOP("BookingText", "Choose a time when it is open."),
    ),
    RefusalCode.HOLIDAY: (
        QT_TRANSLATE_NOOP("BookingText", "The library is closed that day. {reason}"),
        QT_TRANSLATE_NOOP("BookingText", "Please choose another day."),
    ),
    RefusalCode.AFTER_CLOSING: (
        QT_TRANSLATE_NOOP("BookingText", "The booking would end after closing time ({closes_at})."),
        QT_TRANSLATE_NOOP("BookingText", "Choose a shorter time or an earlier start."),
    ),
    RefusalCode.OVERLAP: (
        QT_TRANSLATE_NOOP("BookingText", "Someone else has booked this time."),
        QT_TRANSLATE_NOOP("BookingText", "Please choose another free time."),
    ),
    RefusalCode.BUFFER: (
        QT_TRANSLATE_NOOP("BookingText", "The machine needs {minutes} free between two bookings."),
        QT_TRANSLATE_NOOP("BookingText", "Start a little later or end a little earlier."),
    ),
    RefusalCode.NEEDS_TRAINING: (
        QT_TRANSLATE_NOOP("BookingText", "This machine needs the “{training}” training first."),
        QT_TRANSLATE_NOOP(
            "BookingText", "Please ask a staff member about the “{training}” training."
        ),
    ),
    RefusalCode.NEEDS_CONSENT: (
        QT_TRANSLATE_NOOP(
            "BookingText", "We need a parent's or guardian's permission on file first."
        ),
        QT_TRANSLATE_NOOP(
            "BookingText", "Please come back with a parent or guardian to see a staff member."
        ),
    ),
    RefusalCode.NEEDS_WAIVER: (
        QT_TRANSLATE_NOOP(
            "BookingText", "Please read and accept the makerspace safety agreement first."
        ),
        QT_TRANSLATE_NOOP("BookingText", "Tap “Read the agreement” below."),
    ),
    RefusalCode.SUSPENDED: (
        QT_TRANSLATE_NOOP(
            "BookingText", "Booking is paused for you after missed bookings, until {until}."
        ),
        QT_TRANSLATE_NOOP("BookingText", "A staff member can help if this seems wrong."),
    ),
    RefusalCode.NOT_RESERVABLE: (
        QT_TRANSLATE_NOOP("BookingText", "This item can't be booked."),
        QT_TRANSLATE_NOOP("BookingText", "Please ask a staff member how to use it."),
    ),
    RefusalCode.OUT_OF_ORDER: (
        QT_TRANSLATE_NOOP("BookingText", "This machine is out of order."),
        QT_TRANSLATE_NOOP("BookingText", "Choose another machine, or ask a staff member."),
    ),
    RefusalCode.IN_USE: (
        QT_TRANSLATE_NOOP("BookingText", "The machine is in use or waiting for a check."),
        QT_TRANSLATE_NOOP("BookingText", "Book a free time later instead."),
    ),
    RefusalCode.CARD_REVOKED: (
        QT_TRANSLATE_NOOP("BookingText", "This card can't be used any more."),
        QT_TRANSLATE_NOOP("BookingText", "Please ask a staff member for a new card."),
    ),
    RefusalCode.NOT_YOURS: (
        QT_TRANSLATE_NOOP("BookingText", "That booking belongs to someone else."),
        QT_TRANSLATE_NOOP("BookingText", "Please ask a staff member."),
    ),
    RefusalCode.NOT_CANCELLABLE: (
        QT_TRANSLATE_NOOP(
            "BookingText", "That booking can't be cancelled: it has started or ended."
        ),
        QT_TRANSLATE_NOOP("BookingText", "Please ask a staff member if something is wrong."),
    ),
}
# The next step for NEEDS_WAIVER on a kiosk that cannot show the agreement itself.
_WAIVER_AT_DESK = QT_TRANSLATE_NOOP(
    "BookingText", "Please ask a staff member to show you the agreement."
)
_UNKNOWN_REFUSAL = (
    QT_TRANSLATE_NOOP("BookingText", "The library's rules don't allow this booking."),
    QT_TRANSLATE_NOOP("BookingText", "A staff member can tell you more."),
)

_SLOT_STATES: dict[SlotState, str] = {
    SlotState.FREE: QT_TRANSLATE_NOOP("BookingText", "Free"),
    SlotState.BOOKED: QT_TRANSLATE_NOOP("BookingText", "Booked"),
    SlotState.YOURS: QT_TRANSLATE_NOOP("BookingText", "Yours"),
    SlotState.CLOSED: QT_TRANSLATE_NOOP("BookingText", "Closed"),
    SlotState.PAST: QT_TRANSLATE_NOOP("BookingText", "Past"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def duration(minutes: int) -> str:
    hours, rest = divmod(max(0, minutes), 60)
    if hours and rest:
        return QCoreApplication.translate("BookingText", "{hours} h {minutes} min").format(
            hours=hours, minutes=rest
        )
    if hours:
        return QCoreApplication.translate("BookingText", "{hours} h").format(hours=hours)
    return QCoreApplication.translate("BookingText", "{minutes} min").format(minutes=rest)


def day_name(day: date, today: date) -> str:
    """ "Today", "Tomorrow", else the weekday and date the way the language writes them."""
    if day == today:
        return QCoreApplication.translate("BookingText", "Today")
    if (day - today).days == 1:
        return QCoreApplication.translate("BookingText", "Tomorrow")
    locale = QLocale()
    qdate = QDate(day.year, day.month, day.day)
    return f"{locale.dayName(qdate.dayOfWeek(), QLocale.FormatType.LongFormat)} {day.day}"


def short_day(day: date, today: date) -> str:
    """A week column's heading: the weekday as short as the language writes it, and the date.
    Today gets a word of its own as short as the others ("Aujourd'hui" would not fit)."""
    if day == today:
        # The disambiguation gives translators their own entry for the short form.
        name = QCoreApplication.translate(
            "BookingText", "Today", "a week column's heading, as short as 'Mon'"
        )
        return f"{name} {day.day}"
    locale = QLocale()
    qdate = QDate(day.year, day.month, day.day)
    return f"{locale.dayName(qdate.dayOfWeek(), QLocale.FormatType.ShortFormat)} {day.day}"


def time_range(starts_at: datetime, ends_at: datetime, zone: tzinfo | None) -> str:
    return QCoreApplication.translate("BookingText", "{start}–{end}").format(
        start=local_time(starts_at, zone), end=local_time(ends_at, zone)
    )


def slot_state(state: SlotState) -> str:
    return tr(_SLOT_STATES[state])


_DURATIONS = ("minutes", "limit", "used", "step")


def training_name(code: str) -> str:
    """A training as patrons read it: "laser-safety" is "laser safety"."""
    words = code.replace("-", " ").replace("_", " ").replace(".", " ").split()
    return " ".join(words).capitalize() if words and code == code.lower() else code


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def _moment(text: str, zone: tzinfo | None) -> str:
    """An ISO date, time or date and time from the core, as the patron reads it."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            clock = time.fromisoformat(text)
        except ValueError:
            return text
        moment = datetime.combine(datetime.now(UTC).date(), clock, tzinfo=clock.tzinfo or UTC)
        return local_time(moment, zone)
    if len(text) <= 10:  # a date alone
        return long_date(moment.date())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(zone)
    if local.date() == datetime.now(UTC).astimezone(zone).date():
        return local_time(moment, zone)
    return f"{long_date(local.date())} {local_time(moment, zone)}"


def _values(params: Mapping[str, str | int], zone: tzinfo | None) -> dict[str, str]:
    values: dict[str, str] = defaultdict(str)
    for key, value in params.items():
        values[key] = str(value)
    for key in _DURATIONS:
        length = params.get(key)
        if isinstance(length, int):
            values[key] = duration(length)
    for key in ("until", "closes_at", "opens_at", "date"):
        moment = params.get(key)
        if isinstance(moment, str):
            values[key] = _moment(moment, zone)
    name = params.get("training_name")
    code = params.get("training")
    if isinstance(name, str) and name:
        values["training"] = name
    elif isinstance(code, str):
        values["training"] = training_name(code)
    return values


def refusal(item: Refusal, zone: tzinfo | None, *, waiver_here: bool = True) -> tuple[str, str]:
    """(what happened, what to do next) for one refusal. `waiver_here`: this kiosk offers
    the agreement to read and accept (else the patron is sent to staff for it)."""
    what, step = _REFUSALS.get(item.code, _UNKNOWN_REFUSAL)
    if item.code == RefusalCode.NEEDS_WAIVER and not waiver_here:
        step = _WAIVER_AT_DESK
    values = _values(item.params, zone)
    return tr(what).format_map(values).strip(), tr(step).format_map(values).strip()


def board_state(state: str, until: datetime | None, zone: tzinfo | None) -> str:
    """A machine on the start screen's board: free now, in use until 15:30, out of order."""
    if state == "free":
        return QCoreApplication.translate("BookingText", "Free now")
    if state == "in_use":
        if until is not None:
            return QCoreApplication.translate("BookingText", "In use until {time}").format(
                time=local_time(until, zone)
            )
        return QCoreApplication.translate("BookingText", "In use")
    if state == "reserved":
        if until is not None:
            return QCoreApplication.translate("BookingText", "Booked until {time}").format(
                time=local_time(until, zone)
            )
        return QCoreApplication.translate("BookingText", "Booked now")
    if state == "needs_check":
        return QCoreApplication.translate("BookingText", "Needs a check")
    return QCoreApplication.translate("BookingText", "Out of order")
