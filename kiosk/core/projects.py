"""Projects: patrons submit them with their collaborators, staff review them, the print queue
reports them printed, and shared, approved ones make up the showcase.

Every staff call checks the staff member's role in the database and audits the refusal as well
as the change; patrons are told of a review or a finished print by a notice they see at their
next check-in."""

from __future__ import annotations

import logging
import unicodedata
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.audit import record_event
from kiosk.core.card_codec import CardCodec, CardRejected
from kiosk.core.clock import Clock
from kiosk.core.console import (
    StaffActionRefused,
    check_staff_action,
    require_staff_action,
)
from kiosk.core.names import BIDI_CONTROLS
from kiosk.core.permissions import StaffAction
from kiosk.core.project_views import (
    SHOWN_STATUSES,
    ConsentNeeded,
    Decision,
    FileRole,
    Licence,
    MemberView,
    Notice,
    NoticeKind,
    ProjectDraft,
    ProjectFileRef,
    ProjectStatus,
    ProjectView,
    Sharing,
    ShowcaseEntry,
    public_name,
)
from kiosk.core.results import PatronSummary
from kiosk.core.standing import load_standing
from kiosk.db.errors import database_errors
from kiosk.db.models import Branch, Card, Patron
from kiosk.db.models_projects import (
    FEEDBACK_MAX,
    FILE_NAME_MAX,
    NICKNAME_MAX,
    PROJECT_DESCRIPTION_MAX,
    PROJECT_TITLE_MAX,
    TAG_MAX,
    InterestTag,
    PatronNotice,
    Project,
    ProjectFile,
    ProjectMember,
    ProjectReview,
    ProjectTag,
)
from kiosk.db.terminals import TerminalRef
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from kiosk.ids import branch_uuid

log = logging.getLogger(__name__)

MAX_TAGS = 8
MAX_MEMBERS = 8
MAX_FILES = 12
_DECIDED = {
    Decision.APPROVE: ProjectStatus.APPROVED,
    Decision.RETURN: ProjectStatus.RETURNED,
    Decision.REJECT: ProjectStatus.REJECTED,
}


def add_notice(
    session: Session, patron_id: uuid.UUID, kind: str, params: Mapping[str, Any], at: datetime
) -> None:
    """Queue a notice for the patron's next check-in, inside the caller's transaction. `params`
    must be JSON values and never hold card numbers."""
    session.add(PatronNotice(patron_id=patron_id, kind=kind, params=dict(params), created_at=at))


def clean_text(raw: str, *, limit: int, what: str, multiline: bool = False) -> str:
    """NFC, collapsed spaces (line breaks kept when `multiline`), no controls or direction
    overrides; InvalidInput with the reason otherwise."""
    text = unicodedata.normalize("NFC", raw)
    if multiline:
        lines = (" ".join(line.split()) for line in text.splitlines())
        text = "\n".join(lines).strip("\n")
        while "\n\n\n" in text:
            text = text.replace("\n\n\n", "\n\n")
    else:
        text = " ".join(text.split())
    if any(char in BIDI_CONTROLS for char in text):
        raise InvalidInput(f"the {what} contains text-direction override characters")
    if any(unicodedata.category(c) in ("Cc", "Cs", "Co") and c != "\n" for c in text):
        raise InvalidInput(f"the {what} contains control characters")
    if len(text) > limit:
        raise InvalidInput(f"the {what} is longer than {limit} characters")
    return text


def tag_key(label: str) -> str:
    return label.casefold()


def clean_tag(raw: str) -> str:
    label = clean_text(raw, limit=TAG_MAX, what="tag")
    if not label:
        raise InvalidInput("a tag cannot be empty")
    return label


class ProjectService:
    """Thread-safe; one transaction per call. `branch_code` is this kiosk's branch."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        codec: CardCodec,
        clock: Clock,
        *,
        terminal_code: str,
        branch_code: str,
    ) -> None:
        self._session_factory = session_factory
        self._codec = codec
        self._clock = clock
        self._terminal = TerminalRef(session_factory, terminal_code)
        self._branch_id = branch_uuid(branch_code)

    # -- submitting --------------------------------------------------------------------------

    def resolve_collaborator(self, scan_text: str) -> PatronSummary:
        """The patron whose card was scanned, as a check-in would find them. InvalidInput for
        something that is not a kiosk card, NotFound for an unknown, revoked or staff card."""
        try:
            identity = self._codec.decode(scan_text)
        except CardRejected as rejected:
            raise InvalidInput(f"this is not a card the kiosk can use ({rejected})") from None
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            card = session.scalars(
                select(Card).where(Card.card_number == identity.card_number)
            ).one_or_none()
            if card is None or card.patron_id is None:
                raise NotFound("this card does not belong to a patron")
            if card.revoked_at is not None:
                raise NotFound("this card is no longer valid")
            patron = session.get(Patron, card.patron_id)
            if patron is None:
                raise NotFound("this card does not belong to a patron")
            now = self._clock.now()
            return PatronSummary(patron.id, patron.display_name, patron.minor_at(now.year))

    def submit(self, owner_id: uuid.UUID, draft: ProjectDraft) -> uuid.UUID:
        """Record a project for review. ConsentNeeded when it is to be shared and a minor on it
        has no guardian consent on file; InvalidInput for a bad field."""
        title = clean_text(draft.title, limit=PROJECT_TITLE_MAX, what="title")
        if not title:
            raise InvalidInput("a project needs a title")
        description = clean_text(
            draft.description, limit=PROJECT_DESCRIPTION_MAX, what="description", multiline=True
        )
        sharing = Sharing(draft.sharing)
        licence = Licence(draft.licence)
        labels = _unique_tags(draft.tags)
        member_ids = list(dict.fromkeys([owner_id, *draft.collaborators]))
        if len(member_ids) > MAX_MEMBERS:
            raise InvalidInput(f"a project can have at most {MAX_MEMBERS} members")
        nicknames = {
            patron_id: clean_text(nick, limit=NICKNAME_MAX, what="nickname") or None
            for patron_id, nick in draft.nicknames.items()
        }
        if set(nicknames) - set(member_ids):
            raise InvalidInput("a nickname was given for someone not on the project")
        files = _checked_files(draft.files, staff=False)
        now = self._clock.now()
        with database_errors():
            terminal_id = self._terminal.id()
            with UnitOfWork(self._session_factory) as session:
                patrons = _patrons(session, member_ids)
                if sharing is Sharing.SHOWCASE:
                    lacking = tuple(
                        pid
                        for pid in member_ids
                        if (s := load_standing(session, pid, now)).is_minor
                        and not s.guardian_consent
                    )
                    if lacking:
                        raise ConsentNeeded(lacking)
                branch_known = session.get(Branch, self._branch_id) is not None
                project = Project(
                    branch_id=self._branch_id if branch_known else None,
                    title=title,
                    description=description,
                    sharing=sharing.value,
                    licence=licence.value,
                    status=ProjectStatus.SUBMITTED.value,
                    submitted_at=now,
                    status_changed_at=now,
                )
                session.add(project)
                session.flush()
                for patron in patrons:
                    session.add(
                        ProjectMember(
                            project_id=project.id,
                            patron_id=patron.id,
                            role="owner" if patron.id == owner_id else "collaborator",
                            nickname=nicknames.get(patron.id),
                        )
                    )
                self._tag(session, project.id, labels)
                for ref in files:
                    session.add(_file_row(project.id, ref, None))
                record_event(
                    session,
                    at=now,
                    action="project_submitted",
                    actor_kind="patron",
                    actor_id=owner_id,
                    subject_kind="project",
                    subject_id=project.id,
                    terminal_id=terminal_id,
                    detail={
                        "members": len(member_ids),
                        "sharing": sharing.value,
                        "files": len(files),
                    },
                )
                project_id = project.id
        log.info("project %s submitted by patron %s", project_id, owner_id)
        return project_id

    def _tag(self, session: Session, project_id: uuid.UUID, labels: Iterable[str]) -> None:
        listed = {
            tag.name_key: tag
            for tag in session.scalars(
                select(InterestTag).where(InterestTag.name_key.in_([tag_key(x) for x in labels]))
            )
        }
        for label in labels:
            known = listed.get(tag_key(label))
            session.add(
                ProjectTag(
                    project_id=project_id,
                    tag_id=known.id if known else None,
                    label=known.name if known else label,
                    label_key=tag_key(label),
                )
            )

    def my_projects(self, patron_id: uuid.UUID) -> tuple[ProjectView, ...]:
        """The patron's projects, newest first (with the staff's last feedback)."""
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            ids = session.scalars(
                select(Project.id)
                .join(ProjectMember, ProjectMember.project_id == Project.id)
                .where(ProjectMember.patron_id == patron_id)
                .order_by(Project.submitted_at.desc())
            ).all()
            return tuple(self._view(session, pid) for pid in ids)

    # -- the interest tag list ---------------------------------------------------------------

    def tags(self) -> tuple[str, ...]:
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            return tuple(session.scalars(select(InterestTag.name).order_by(InterestTag.name_key)))

    def add_tag(self, name: str, *, staff_id: uuid.UUID | None = None) -> str:
        """Add a tag to the list (None: the command line). Conflict when it is there already."""
        label = clean_tag(name)
        with self._staff_write(staff_id, StaffAction.MANAGE_TAGS) as (session, terminal_id):
            if session.scalar(select(InterestTag.id).where(InterestTag.name_key == tag_key(label))):
                raise Conflict(f"the tag {label!r} is already on the list")
            tag = InterestTag(name=label, name_key=tag_key(label))
            session.add(tag)
            session.flush()
            # Projects that already carry it as a free tag now carry the listed one.
            for row in session.scalars(
                select(ProjectTag).where(
                    ProjectTag.label_key == tag_key(label), ProjectTag.tag_id.is_(None)
                )
            ):
                row.tag_id = tag.id
            self._audit(session, staff_id, terminal_id, "interest_tag_added", "tag", tag.id)
        return label

    def remove_tag(self, name: str, *, staff_id: uuid.UUID | None = None) -> None:
        """Take a tag off the list; projects keep it as a free tag. NotFound if not listed."""
        key = tag_key(clean_tag(name))
        with self._staff_write(staff_id, StaffAction.MANAGE_TAGS) as (session, terminal_id):
            tag = session.scalars(select(InterestTag).where(InterestTag.name_key == key)).first()
            if tag is None:
                raise NotFound("no such tag on the list")
            self._audit(session, staff_id, terminal_id, "interest_tag_removed", "tag", tag.id)
            session.delete(tag)

    # -- staff review ------------------------------------------------------------------------

    def review_queue(self, staff_id: uuid.UUID) -> tuple[ProjectView, ...]:
        """Submitted projects waiting for a decision, oldest first."""
        self.authorize(staff_id, StaffAction.REVIEW_PROJECTS)
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            ids = session.scalars(
                select(Project.id)
                .where(Project.status == ProjectStatus.SUBMITTED.value)
                .order_by(Project.submitted_at, Project.id)
            ).all()
            return tuple(self._view(session, pid) for pid in ids)

    def review(
        self,
        staff_id: uuid.UUID,
        project_id: uuid.UUID,
        decision: Decision,
        feedback: str = "",
        *,
        gcode: ProjectFileRef | None = None,
    ) -> ProjectStatus:
        """Decide on a submitted project; each member gets a notice with the feedback. A return
        needs feedback (the patrons must know what to change). Conflict when it was decided
        meanwhile."""
        decision = Decision(decision)
        text = clean_text(feedback, limit=FEEDBACK_MAX, what="feedback", multiline=True)
        if decision is Decision.RETURN and not text:
            raise InvalidInput("say what should change when returning a project")
        staff_files = _checked_files((gcode,) if gcode else (), staff=True)
        status = _DECIDED[decision]
        with self._staff_write(staff_id, StaffAction.REVIEW_PROJECTS) as (session, terminal_id):
            project = _locked_project(session, project_id)
            if project.status != ProjectStatus.SUBMITTED.value:
                raise Conflict("this project has already been decided")
            now = self._clock.now()
            project.status = status.value
            project.status_changed_at = now
            session.add(
                ProjectReview(
                    project_id=project.id,
                    staff_id=staff_id,
                    decision=decision.value,
                    feedback=text,
                    at=now,
                )
            )
            for ref in staff_files:
                session.add(_file_row(project.id, ref, staff_id))
            for member in _member_ids(session, project.id):
                add_notice(
                    session,
                    member,
                    NoticeKind.PROJECT_REVIEWED,
                    {
                        "project_id": str(project.id),
                        "title": project.title,
                        "decision": decision.value,
                        "feedback": text,
                    },
                    now,
                )
            self._audit(
                session,
                staff_id,
                terminal_id,
                "project_reviewed",
                "project",
                project.id,
                {"decision": decision.value, "gcode_attached": bool(staff_files)},
            )
        log.info("project %s %s by staff %s", project_id, decision.value, staff_id)
        return status

    def set_hidden(self, staff_id: uuid.UUID | None, project_id: uuid.UUID, hidden: bool) -> None:
        """Take a project off the showcase (or put it back); None: the command line."""
        with self._staff_write(staff_id, StaffAction.MANAGE_SHOWCASE) as (session, terminal_id):
            project = _locked_project(session, project_id)
            if project.hidden == hidden:
                return
            project.hidden = hidden
            project.hidden_by = staff_id if hidden else None
            self._audit(
                session,
                staff_id,
                terminal_id,
                "project_hidden" if hidden else "project_unhidden",
                "project",
                project.id,
            )

    # -- the print queue's side --------------------------------------------------------------

    def mark_printing(self, project_id: uuid.UUID) -> None:
        """An approved project's job started on a printer."""
        self._set_print_status(project_id, ProjectStatus.PRINTING, notify=False)

    def mark_printed(self, project_id: uuid.UUID) -> None:
        """The project's print is done: each member hears "your print is ready" at their next
        check-in. Calling it again for a printed project changes nothing."""
        self._set_print_status(project_id, ProjectStatus.PRINTED, notify=True)

    def _set_print_status(self, project_id: uuid.UUID, status: ProjectStatus, notify: bool) -> None:
        allowed_from = {
            ProjectStatus.PRINTING: {ProjectStatus.APPROVED, ProjectStatus.PRINTING},
            ProjectStatus.PRINTED: {ProjectStatus.APPROVED, ProjectStatus.PRINTING},
        }[status]
        with database_errors():
            terminal_id = self._terminal.id()
            with UnitOfWork(self._session_factory) as session:
                project = _locked_project(session, project_id)
                if project.status == status.value:
                    return
                if ProjectStatus(project.status) not in allowed_from:
                    raise Conflict(f"a {project.status} project cannot be marked {status.value}")
                now = self._clock.now()
                project.status = status.value
                project.status_changed_at = now
                if notify:
                    for member in _member_ids(session, project.id):
                        add_notice(
                            session,
                            member,
                            NoticeKind.PRINT_READY,
                            {"project_id": str(project.id), "title": project.title},
                            now,
                        )
                record_event(
                    session,
                    at=now,
                    action=f"project_{status.value}",
                    subject_kind="project",
                    subject_id=project.id,
                    terminal_id=terminal_id,
                )

    # -- notices -----------------------------------------------------------------------------

    def notify(self, patron_id: uuid.UUID, kind: str, params: Mapping[str, Any]) -> None:
        """Queue a notice for the patron's next check-in in a transaction of its own."""
        with database_errors(), UnitOfWork(self._session_factory) as session:
            if session.get(Patron, patron_id) is None:
                raise NotFound("no such patron")
            add_notice(session, patron_id, kind, params, self._clock.now())

    def pending_notices(self, patron_id: uuid.UUID) -> tuple[Notice, ...]:
        """The patron's unseen notices, oldest first."""
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            rows = session.scalars(
                select(PatronNotice)
                .where(PatronNotice.patron_id == patron_id, PatronNotice.seen_at.is_(None))
                .order_by(PatronNotice.created_at, PatronNotice.id)
            ).all()
            return tuple(
                Notice(row.id, row.kind, dict(row.params or {}), row.created_at) for row in rows
            )

    def mark_seen(self, patron_id: uuid.UUID, notice_ids: Iterable[uuid.UUID]) -> int:
        """Mark the patron's notices seen (shown on their welcome screen); returns how many
        were still unseen. Notices of other patrons are left alone."""
        ids = list(notice_ids)
        if not ids:
            return 0
        with database_errors(), UnitOfWork(self._session_factory) as session:
            rows = session.scalars(
                select(PatronNotice).where(
                    PatronNotice.id.in_(ids),
                    PatronNotice.patron_id == patron_id,
                    PatronNotice.seen_at.is_(None),
                )
            ).all()
            now = self._clock.now()
            for row in rows:
                row.seen_at = now
            return len(rows)

    # -- showcase ----------------------------------------------------------------------------

    def showcase(self, limit: int | None = None) -> tuple[ShowcaseEntry, ...]:
        """Shared, approved (or printing/printed) projects not hidden by staff, newest first.
        Makers appear by nickname or first name only."""
        query = (
            select(Project)
            .where(
                Project.sharing == Sharing.SHOWCASE.value,
                Project.status.in_([s.value for s in SHOWN_STATUSES]),
                Project.hidden.is_(False),
            )
            .order_by(Project.status_changed_at.desc(), Project.id.desc())
        )
        if limit is not None:
            query = query.limit(limit)
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            entries = []
            for project in session.scalars(query).all():
                members = session.execute(
                    select(ProjectMember.nickname, Patron.display_name)
                    .join(Patron, Patron.id == ProjectMember.patron_id)
                    .where(ProjectMember.project_id == project.id)
                    .order_by(ProjectMember.role.desc(), ProjectMember.id)
                ).all()
                files = _files(session, project.id)
                picture = next((f for f in files if f.role is FileRole.PHOTO), None) or next(
                    (f for f in files if f.role is FileRole.MODEL), None
                )
                entries.append(
                    ShowcaseEntry(
                        project_id=project.id,
                        title=project.title,
                        description=project.description,
                        makers=tuple(public_name(name, nick) for nick, name in members),
                        tags=_tag_labels(session, project.id),
                        licence=Licence(project.licence),
                        status=ProjectStatus(project.status),
                        shared_since=project.status_changed_at,
                        picture=picture,
                    )
                )
            return tuple(entries)

    def all_projects(self, staff_id: uuid.UUID) -> tuple[ProjectView, ...]:
        """Every project, newest first, for staff hiding or unhiding showcase entries."""
        self.authorize(staff_id, StaffAction.MANAGE_SHOWCASE)
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            ids = session.scalars(
                select(Project.id).order_by(Project.submitted_at.desc(), Project.id.desc())
            ).all()
            return tuple(self._view(session, pid) for pid in ids)

    # -- staff permission --------------------------------------------------------------------

    def authorize(self, staff_id: uuid.UUID, action: StaffAction) -> None:
        """PermissionDenied unless the staff member's role allows `action`; both audited."""
        with database_errors():
            terminal_id = self._terminal.id()
            with UnitOfWork(self._session_factory) as session:
                _summary, granted = check_staff_action(
                    session, staff_id, action, at=self._clock.now(), terminal_id=terminal_id
                )
        if not granted:
            raise PermissionDenied(f"not allowed: {action.value}")

    @contextmanager
    def _staff_write(
        self, staff_id: uuid.UUID | None, action: StaffAction
    ) -> Iterator[tuple[Session, uuid.UUID]]:
        """A write unit whose staff member (None: the command line) is checked inside it; a
        refusal rolls the unit back and is audited on its own."""
        refused = False
        with database_errors():
            terminal_id = self._terminal.id()
            try:
                with UnitOfWork(self._session_factory) as session:
                    if staff_id is not None:
                        require_staff_action(
                            session, staff_id, action, at=self._clock.now(), terminal_id=terminal_id
                        )
                    yield session, terminal_id
            except StaffActionRefused:
                refused = True
            if refused and staff_id is not None:
                self.authorize(staff_id, action)  # audits the refusal, then raises

    def _audit(
        self,
        session: Session,
        staff_id: uuid.UUID | None,
        terminal_id: uuid.UUID,
        action: str,
        subject_kind: str,
        subject_id: uuid.UUID,
        detail: Mapping[str, Any] | None = None,
    ) -> None:
        record_event(
            session,
            at=self._clock.now(),
            action=action,
            actor_kind="staff" if staff_id else "system",
            actor_id=staff_id,
            subject_kind=subject_kind,
            subject_id=subject_id,
            terminal_id=terminal_id,
            detail=detail,
        )

    # -- reading one project -----------------------------------------------------------------

    def _view(self, session: Session, project_id: uuid.UUID) -> ProjectView:
        project = session.get(Project, project_id)
        if project is None:
            raise NotFound("no such project")
        year = self._clock.now().year
        members = session.execute(
            select(ProjectMember, Patron)
            .join(Patron, Patron.id == ProjectMember.patron_id)
            .where(ProjectMember.project_id == project.id)
            .order_by(ProjectMember.role.desc(), ProjectMember.id)
        ).all()
        feedback = session.scalar(
            select(ProjectReview.feedback)
            .where(ProjectReview.project_id == project.id)
            .order_by(ProjectReview.at.desc(), ProjectReview.id.desc())
            .limit(1)
        )
        return ProjectView(
            project_id=project.id,
            title=project.title,
            description=project.description,
            status=ProjectStatus(project.status),
            sharing=Sharing(project.sharing),
            licence=Licence(project.licence),
            hidden=project.hidden,
            submitted_at=project.submitted_at,
            tags=_tag_labels(session, project.id),
            members=tuple(
                MemberView(p.id, p.display_name, m.role, m.nickname, p.minor_at(year))
                for m, p in members
            ),
            files=_files(session, project.id),
            last_feedback=feedback or None,
        )


def _unique_tags(raw: Iterable[str]) -> list[str]:
    labels: dict[str, str] = {}
    for item in raw:
        label = clean_tag(item)
        labels.setdefault(tag_key(label), label)
    if len(labels) > MAX_TAGS:
        raise InvalidInput(f"a project can have at most {MAX_TAGS} tags")
    return list(labels.values())


def _checked_files(refs: Iterable[ProjectFileRef], *, staff: bool) -> list[ProjectFileRef]:
    checked = []
    for ref in refs:
        role = FileRole(ref.role)
        if (role is FileRole.STAFF_GCODE) != staff:
            raise InvalidInput("only staff attach sliced G-code, and only as G-code")
        sha = ref.sha256.lower()
        if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            raise InvalidInput("a file reference needs its SHA-256 in hex")
        if ref.size < 0:
            raise InvalidInput("a file size cannot be negative")
        name = clean_text(ref.clean_name, limit=FILE_NAME_MAX, what="file name")
        checked.append(ProjectFileRef(sha, ref.kind, name, ref.size, role))
    if len(checked) > MAX_FILES:
        raise InvalidInput(f"a project can have at most {MAX_FILES} files")
    return checked


def _file_row(
    project_id: uuid.UUID, ref: ProjectFileRef, staff_id: uuid.UUID | None
) -> ProjectFile:
    return ProjectFile(
        project_id=project_id,
        sha256=ref.sha256,
        kind=ref.kind,
        clean_name=ref.clean_name,
        size=ref.size,
        role=ref.role.value,
        added_by=staff_id,
    )


def _patrons(session: Session, ids: list[uuid.UUID]) -> list[Patron]:
    found = {p.id: p for p in session.scalars(select(Patron).where(Patron.id.in_(ids)))}
    if len(found) != len(ids):
        raise NotFound("a member of this project is no longer in the database")
    return [found[pid] for pid in ids]


def _locked_project(session: Session, project_id: uuid.UUID) -> Project:
    project = session.scalars(
        select(Project).where(Project.id == project_id).with_for_update()
    ).one_or_none()
    if project is None:
        raise NotFound("no such project")
    return project


def _member_ids(session: Session, project_id: uuid.UUID) -> list[uuid.UUID]:
    return list(
        session.scalars(
            select(ProjectMember.patron_id)
            .where(ProjectMember.project_id == project_id)
            .order_by(ProjectMember.role.desc(), ProjectMember.id)
        )
    )


def _tag_labels(session: Session, project_id: uuid.UUID) -> tuple[str, ...]:
    return tuple(
        session.scalars(
            select(ProjectTag.label)
            .where(ProjectTag.project_id == project_id)
            .order_by(ProjectTag.label_key)
        )
    )


def _files(session: Session, project_id: uuid.UUID) -> tuple[ProjectFileRef, ...]:
    rows = session.scalars(
        select(ProjectFile)
        .where(ProjectFile.project_id == project_id)
        .order_by(ProjectFile.created_at, ProjectFile.id)
    ).all()
    return tuple(
        ProjectFileRef(r.sha256, r.kind, r.clean_name, r.size, FileRole(r.role)) for r in rows
    )
