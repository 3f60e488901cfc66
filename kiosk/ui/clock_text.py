"""Times as the kiosk shows them: in the branch's zone, hours and minutes, written the way the
session's language writes them (QLocale's default, set with the language)."""

from __future__ import annotations

import logging
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QLocale, QTime

logger = logging.getLogger(__name__)


def display_zone(name: str | None) -> tzinfo | None:
    """The branch's zone; None means the terminal's own zone."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        logger.warning("unknown time zone %r; showing times in the terminal's zone", name)
        return None


def local_time(moment: datetime, zone: tzinfo | None) -> str:
    local = moment.astimezone(zone)
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def local_date(moment: datetime, zone: tzinfo | None) -> str:
    """The day, with the month's name as the session's language abbreviates it: "31 Jan 2027"."""
    local = moment.astimezone(zone)
    return QLocale().toString(QDate(local.year, local.month, local.day), "d MMM yyyy")
