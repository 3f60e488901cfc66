"""Why the print queue refused a job (`kiosk.core.print_views.PrintRefused`), in plain words for
staff, with times in the branch's zone. Any screen that queues or requeues a job shows these."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from kiosk.core.print_views import PrintRefused, Refusal, RefusalCode
from kiosk.ui.clock_text import local_time


def _time(value: str | int | None, zone: tzinfo | None) -> str:
    try:
        return local_time(datetime.fromisoformat(str(value)), zone)
    except ValueError:
        return str(value)


def refusal_text(refusal: Refusal, zone: tzinfo | None) -> str:
    params = refusal.params
    code = refusal.code
    if code is RefusalCode.PAST_CLOSING:
        return QCoreApplication.translate(
            "PrintRefusal", "It would still be printing at closing time ({closes})."
        ).format(closes=_time(params.get("closes_at"), zone))
    if code is RefusalCode.CLOSED:
        return QCoreApplication.translate("PrintRefusal", "The library is closed that day.")
    if code is RefusalCode.BOOKED:
        return QCoreApplication.translate(
            "PrintRefusal", "It would run into a booking of the printer from {start} to {end}."
        ).format(start=_time(params.get("starts_at"), zone), end=_time(params.get("ends_at"), zone))
    if code is RefusalCode.NOT_APPROVED:
        return QCoreApplication.translate(
            "PrintRefusal", "This project's G-code is not approved for printing."
        )
    if code is RefusalCode.NO_JOB_CONTROL:
        return QCoreApplication.translate(
            "PrintRefusal",
            "{printer} takes no jobs from the kiosk: start the print on the printer itself.",
        ).format(printer=params.get("printer", ""))
    return QCoreApplication.translate(
        "PrintRefusal", "{printer} is not a printer of this queue."
    ).format(printer=params.get("printer", ""))


def refused_text(error: PrintRefused, zone: tzinfo | None) -> str:
    """The first reason is the one to act on; the others follow it."""
    reasons = " ".join(refusal_text(refusal, zone) for refusal in error.refusals)
    return (
        QCoreApplication.translate("PrintRefusal", "This job can't be printed now. {reasons}")
        .format(reasons=reasons)
        .strip()
    )
