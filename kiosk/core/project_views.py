"""What the project service takes and answers: small immutable values the screens and the
showcase export use. No SQLAlchemy here, so the UI can import it."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from kiosk.errors import DomainError


class Sharing(StrEnum):
    PRIVATE = "private"
    SHOWCASE = "showcase"


class Licence(StrEnum):
    ALL_RIGHTS_RESERVED = "all_rights_reserved"
    CC_BY = "cc_by"
    CC_BY_SA = "cc_by_sa"
    CC_BY_NC = "cc_by_nc"
    CC0 = "cc0"


# What the showcase and the export print for each licence (the names are not translated).
LICENCE_NAMES = {
    Licence.ALL_RIGHTS_RESERVED: "All rights reserved",
    Licence.CC_BY: "CC BY 4.0",
    Licence.CC_BY_SA: "CC BY-SA 4.0",
    Licence.CC_BY_NC: "CC BY-NC 4.0",
    Licence.CC0: "CC0 1.0",
}
LICENCE_URLS = {
    Licence.ALL_RIGHTS_RESERVED: None,
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC_BY_NC: "https://creativecommons.org/licenses/by-nc/4.0/",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
}


class ProjectStatus(StrEnum):
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"
    REJECTED = "rejected"
    PRINTING = "printing"
    PRINTED = "printed"


# Statuses a shared project shows in the showcase with.
SHOWN_STATUSES = (ProjectStatus.APPROVED, ProjectStatus.PRINTING, ProjectStatus.PRINTED)


class Decision(StrEnum):
    APPROVE = "approve"
    RETURN = "return"
    REJECT = "reject"


class FileRole(StrEnum):
    MODEL = "model"
    PHOTO = "photo"
    STAFF_GCODE = "staff_gcode"


class NoticeKind(StrEnum):
    """Notices of the projects part; other parts add their own kinds as plain strings."""

    PROJECT_REVIEWED = "project_reviewed"  # params: project_id, title, decision, feedback
    PRINT_READY = "print_ready"  # params: project_id, title


@dataclass(frozen=True)
class ProjectFileRef:
    """A file already in the content store, as the file picker hands it over."""

    sha256: str
    kind: str
    clean_name: str
    size: int
    role: FileRole


@dataclass(frozen=True)
class ProjectDraft:
    title: str
    description: str = ""
    # Labels from the staff list or the patrons' own; matched against the list casefolded.
    tags: tuple[str, ...] = ()
    collaborators: tuple[uuid.UUID, ...] = ()
    sharing: Sharing = Sharing.PRIVATE
    licence: Licence = Licence.ALL_RIGHTS_RESERVED
    files: tuple[ProjectFileRef, ...] = ()
    # Showcase nicknames by patron id (optional; members without one show by first name).
    nicknames: Mapping[uuid.UUID, str] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class MemberView:
    patron_id: uuid.UUID
    display_name: str  # the full name: for staff screens and the members themselves only
    role: str
    nickname: str | None
    is_minor: bool


@dataclass(frozen=True)
class ProjectView:
    """A project as staff review it."""

    project_id: uuid.UUID
    title: str
    description: str
    status: ProjectStatus
    sharing: Sharing
    licence: Licence
    hidden: bool
    submitted_at: datetime
    tags: tuple[str, ...]
    members: tuple[MemberView, ...]
    files: tuple[ProjectFileRef, ...]
    last_feedback: str | None


@dataclass(frozen=True)
class ShowcaseEntry:
    """A project as the public sees it: nothing private (no full names, no feedback)."""

    project_id: uuid.UUID
    title: str
    description: str
    # First names or nicknames only, in member order (owner first).
    makers: tuple[str, ...]
    tags: tuple[str, ...]
    licence: Licence
    status: ProjectStatus
    shared_since: datetime
    # The file the picture comes from: the first photo, else the first model.
    picture: ProjectFileRef | None


@dataclass(frozen=True)
class Notice:
    notice_id: uuid.UUID
    kind: str
    params: Mapping[str, Any]
    created_at: datetime


class ConsentNeeded(DomainError):
    """Sharing was asked for a project with a minor whose guardian has not consented."""

    def __init__(self, patron_ids: tuple[uuid.UUID, ...]) -> None:
        super().__init__(
            "a guardian's consent is needed before a minor's project can be shared; "
            "keep it private or ask a staff member"
        )
        self.patron_ids = patron_ids


def public_name(display_name: str, nickname: str | None) -> str:
    """What the showcase calls a maker: their nickname, else their first name; never more."""
    if nickname and nickname.strip():
        return " ".join(nickname.split())
    words = display_name.split()
    return words[0] if words else ""
