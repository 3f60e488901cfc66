"""The words the project screens share: a file's figures, a project's status and licence, the
notices patrons see at check-in, and why a project call did not work."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.core.print_views import PrintRefused, RefusalCode
from kiosk.core.project_files.kinds import FilePreview
from kiosk.core.project_views import (
    LICENCE_NAMES,
    ConsentNeeded,
    Decision,
    Licence,
    Notice,
    NoticeKind,
    ProjectStatus,
)
from kiosk.core.sync_views import BOOKING_CONFLICTED
from kiosk.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from kiosk.ui.screens.usb_picker import gcode_lines, size_text
from kiosk.ui.sync_text import booking_conflicted_text
from kiosk.ui.translation import QT_TRANSLATE_NOOP

_CONTEXT = "ProjectText"

_STATUS: dict[ProjectStatus, str] = {
    ProjectStatus.SUBMITTED: QT_TRANSLATE_NOOP("ProjectText", "Waiting for review"),
    ProjectStatus.RETURNED: QT_TRANSLATE_NOOP("ProjectText", "Returned with feedback"),
    ProjectStatus.APPROVED: QT_TRANSLATE_NOOP("ProjectText", "Approved"),
    ProjectStatus.REJECTED: QT_TRANSLATE_NOOP("ProjectText", "Not accepted"),
    ProjectStatus.PRINTING: QT_TRANSLATE_NOOP("ProjectText", "Printing"),
    ProjectStatus.PRINTED: QT_TRANSLATE_NOOP("ProjectText", "Printed"),
}

# What each licence lets others do, in plain words beside its name.
_LICENCE_MEANING: dict[Licence, str] = {
    Licence.ALL_RIGHTS_RESERVED: QT_TRANSLATE_NOOP("ProjectText", "Others may look, not copy"),
    Licence.CC_BY: QT_TRANSLATE_NOOP("ProjectText", "Others may copy it if they name you"),
    Licence.CC_BY_SA: QT_TRANSLATE_NOOP(
        "ProjectText", "Others may copy it, name you and share alike"
    ),
    Licence.CC_BY_NC: QT_TRANSLATE_NOOP("ProjectText", "Others may copy it, but not to sell"),
    Licence.CC0: QT_TRANSLATE_NOOP("ProjectText", "Free for anyone, no conditions"),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def status_text(status: ProjectStatus) -> str:
    return tr(_STATUS[status])


def licence_name(licence: Licence) -> str:
    """A Creative Commons licence goes by its own name in every language."""
    if licence is Licence.ALL_RIGHTS_RESERVED:
        return QCoreApplication.translate("ProjectText", "All rights reserved")
    return LICENCE_NAMES[licence]


def licence_meaning(licence: Licence) -> str:
    return tr(_LICENCE_MEANING[licence])


def licence_text(licence: Licence) -> str:
    """The licence's name and what it means."""
    return f"{licence_name(licence)}: {licence_meaning(licence)}"


def preview_lines(preview: FilePreview, printer: str) -> list[str]:
    """A stored file's figures: its size, a model's measurements, G-code's time and filament
    and whether it fits `printer`."""
    stored = preview.stored
    lines = [size_text(stored.size)]
    if preview.model_size_mm is not None:
        x, y, z = preview.model_size_mm
        lines.append(
            QCoreApplication.translate("ProjectText", "Model: %1 × %2 × %3 mm")
            .replace("%1", f"{x:.0f}")
            .replace("%2", f"{y:.0f}")
            .replace("%3", f"{z:.0f}")
        )
    if preview.gcode is not None:
        lines.extend(gcode_lines(preview.gcode, printer))
    return lines


def notice_text(notice: Notice, zone: tzinfo | None = None) -> str | None:
    """A notice in words for the welcome screen, times in `zone` (the branch's); None for a
    kind these screens do not know (another part's notice, shown by that part)."""
    params: Mapping[str, Any] = notice.params
    if notice.kind == BOOKING_CONFLICTED:
        return booking_conflicted_text(params, zone)
    title = str(params.get("title", ""))
    feedback = str(params.get("feedback", "")).strip()
    if notice.kind == NoticeKind.PRINT_READY:
        return QCoreApplication.translate(
            "ProjectText", 'Your print of "%1" is ready! Ask at the desk.'
        ).replace("%1", title)
    if notice.kind != NoticeKind.PROJECT_REVIEWED:
        return None
    decision = str(params.get("decision", ""))
    if decision == Decision.APPROVE:
        text = QCoreApplication.translate("ProjectText", 'Your project "%1" was approved.')
    elif decision == Decision.RETURN:
        text = QCoreApplication.translate(
            "ProjectText", 'Your project "%1" was returned with feedback.'
        )
    elif decision == Decision.REJECT:
        text = QCoreApplication.translate("ProjectText", 'Your project "%1" was not accepted.')
    else:
        return None
    text = text.replace("%1", title)
    if feedback:
        text += "\n" + QCoreApplication.translate("ProjectText", "Staff say: %1").replace(
            "%1", feedback
        )
    return text


def error_text(error: BaseException) -> str:
    """Why a project call did not work, in plain words with what to do next."""
    if isinstance(error, ConsentNeeded):
        return QCoreApplication.translate(
            "ProjectText",
            "A guardian's consent is needed before a minor's project can be shared. "
            'Choose "Just us and staff" or ask a staff member.',
        )
    if isinstance(error, PermissionDenied):
        return QCoreApplication.translate(
            "ProjectText", "Your account may not do this. Please ask an administrator."
        )
    if isinstance(error, Conflict):
        return QCoreApplication.translate(
            "ProjectText", "Someone changed this meanwhile. Please look again."
        )
    if isinstance(error, NotFound):
        return QCoreApplication.translate(
            "ProjectText", "That was not found. It may have been removed."
        )
    if isinstance(error, InvalidInput):
        return QCoreApplication.translate("ProjectText", "That did not work: %1.").replace(
            "%1", str(error)
        )
    return QCoreApplication.translate(
        "ProjectText",
        "The kiosk can't save this right now. Please try again or see a staff member.",
    )


_PRINT_REFUSAL: dict[RefusalCode, str] = {
    RefusalCode.PAST_CLOSING: QT_TRANSLATE_NOOP(
        "ProjectText", "It would still be printing at closing time."
    ),
    RefusalCode.CLOSED: QT_TRANSLATE_NOOP("ProjectText", "The library is closed that day."),
    RefusalCode.BOOKED: QT_TRANSLATE_NOOP(
        "ProjectText", "It would run into someone's booking of the printer."
    ),
    RefusalCode.NOT_APPROVED: QT_TRANSLATE_NOOP(
        "ProjectText", "Only approved G-code of this project can be printed."
    ),
    RefusalCode.UNKNOWN_PRINTER: QT_TRANSLATE_NOOP(
        "ProjectText", "That printer is not in the print queue."
    ),
    RefusalCode.NO_JOB_CONTROL: QT_TRANSLATE_NOOP(
        "ProjectText", "That printer is only switched on and off; it takes no jobs."
    ),
}


def print_refusal_text(refused: PrintRefused) -> str:
    """Why the print queue would not take a job, each reason in words."""
    reasons = [tr(_PRINT_REFUSAL[r.code]) for r in refused.refusals if r.code in _PRINT_REFUSAL]
    return " ".join(
        [QCoreApplication.translate("ProjectText", "The print queue did not take it."), *reasons]
    )
