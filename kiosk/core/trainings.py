"""Trainings staff certify patrons on, guardian consent staff record, and the versioned waiver
patrons accept at the kiosk.

Every staff call takes the acting staff member's id and checks their role in the database,
whatever the screen allowed; a refusal is audited on its own and ends in PermissionDenied.
`staff_id=None` is the command line, run on the terminal by whoever administers it (the
database is theirs anyway): audited as the system, no role to check."""

from __future__ import annotations

import calendar
import logging
import re
import uuid
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.audit import record_event
from kiosk.core.card_codec import CardCodec, CardRejected
from kiosk.core.clock import Clock
from kiosk.core.console import (
    clean_name_query,
    patron_matches,
)
from kiosk.core.permissions import StaffAction
from kiosk.core.results import PatronMatch, PatronSummary
from kiosk.core.staff_unit import StaffChecked
from kiosk.core.standing import current_waiver, load_standing, valid_certifications
from kiosk.core.training_views import (
    CertificationState,
    PatronStanding,
    PatronTraining,
    PatronTrainings,
    TrainingInfo,
    WaiverText,
)
from kiosk.db.errors import database_errors
from kiosk.db.models import TRAINING_CODE_MAX, Card, Patron
from kiosk.db.models_training import (
    TRAINING_NAME_MAX,
    VALIDITY_MONTHS_MAX,
    WAIVER_VERSION_MAX,
    Certification,
    GuardianConsent,
    Training,
    WaiverAcceptance,
    WaiverVersion,
)
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict, InvalidInput, NotFound

log = logging.getLogger(__name__)

_CODE = re.compile(r"[a-z0-9][a-z0-9_.-]*")
_LANGUAGE = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")
# A waiver is read on a touchscreen: a hundred thousand characters is far beyond any real one.
WAIVER_TEXT_MAX = 100_000


def add_months(at: datetime, months: int) -> datetime:
    """The same day `months` later; the month's last day where it is shorter (31 Jan + 1 =
    28/29 Feb)."""
    month_index = at.month - 1 + months
    year = at.year + month_index // 12
    month = month_index % 12 + 1
    day = min(at.day, calendar.monthrange(year, month)[1])
    return at.replace(year=year, month=month, day=day)


def clean_training_code(raw: str) -> str:
    code = raw.strip().casefold()
    if not 1 <= len(code) <= TRAINING_CODE_MAX or _CODE.fullmatch(code) is None:
        raise InvalidInput(
            f"a training code is 1 to {TRAINING_CODE_MAX} lowercase letters, digits, "
            "'.', '_' or '-', starting with a letter or digit"
        )
    return code


def clean_language(raw: str) -> str:
    language = raw.strip().replace("-", "_")
    if "_" in language:
        base, region = language.split("_", 1)
        language = f"{base.lower()}_{region.upper()}"
    else:
        language = language.lower()
    if _LANGUAGE.fullmatch(language) is None:
        raise InvalidInput(f"{raw.strip()!r} is not a language code such as 'en' or 'pt_BR'")
    return language


class TrainingService(StaffChecked):
    """Trainings, certifications and guardian consent. Thread-safe; one transaction per call."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Clock,
        terminal_code: str,
        codec: CardCodec | None = None,
    ) -> None:
        super().__init__(session_factory, clock, terminal_code)
        self._codec = codec

    # -- the library's trainings -------------------------------------------------------------

    def define(
        self,
        staff_id: uuid.UUID | None,
        code: str,
        name: str,
        validity_months: int | None,
    ) -> TrainingInfo:
        """A new training; Conflict when its code is taken."""
        code = clean_training_code(code)
        name = " ".join(name.split())
        if not 1 <= len(name) <= TRAINING_NAME_MAX or not name.isprintable():
            raise InvalidInput(
                f"a training's name is 1 to {TRAINING_NAME_MAX} printable characters"
            )
        if validity_months is not None and not 1 <= validity_months <= VALIDITY_MONTHS_MAX:
            raise InvalidInput(
                f"validity is 1 to {VALIDITY_MONTHS_MAX} months, or none for no expiry"
            )
        with self._staff_unit(staff_id, StaffAction.MANAGE_TRAININGS) as (session, terminal):
            if session.scalar(select(Training.id).where(Training.code == code)) is not None:
                raise Conflict(f"a training with code {code!r} already exists")
            training = Training(code=code, name=name, validity_months=validity_months)
            session.add(training)
            session.flush()
            self._event(
                session,
                "training_defined",
                staff_id,
                terminal,
                detail={"training": code, "validity_months": validity_months},
            )
            return _info(training)

    def trainings(self, staff_id: uuid.UUID | None) -> tuple[TrainingInfo, ...]:
        """Every training, by name."""
        with self._staff_unit(staff_id, StaffAction.CERTIFY_TRAINING, write=False) as (
            session,
            _terminal,
        ):
            rows = session.scalars(select(Training).order_by(Training.name, Training.code))
            return tuple(_info(row) for row in rows)

    # -- a patron's trainings ----------------------------------------------------------------

    def certify(
        self, staff_id: uuid.UUID | None, patron_id: uuid.UUID, code: str
    ) -> PatronTraining:
        """Certify the patron now; expiry from the training's validity. Certifying a patron
        whose certification is still valid renews it (a new row; the old one stays)."""
        code = clean_training_code(code)
        with self._staff_unit(staff_id, StaffAction.CERTIFY_TRAINING) as (session, terminal):
            training = _training(session, code)
            _patron(session, patron_id)
            now = self._clock.now()
            expires = (
                add_months(now, training.validity_months)
                if training.validity_months is not None
                else None
            )
            row = Certification(
                patron_id=patron_id,
                training_id=training.id,
                certified_at=now,
                certified_by=staff_id,
                expires_at=expires,
            )
            session.add(row)
            session.flush()
            self._event(
                session,
                "training_certified",
                staff_id,
                terminal,
                patron_id=patron_id,
                detail={"training": code, "expires_at": expires.isoformat() if expires else None},
            )
            log.info("patron %s certified on %s", patron_id, code)
            return _patron_training(training, row, now)

    def revoke(self, staff_id: uuid.UUID | None, patron_id: uuid.UUID, code: str) -> None:
        """Revoke the patron's valid certification on the training; NotFound when none is."""
        code = clean_training_code(code)
        with self._staff_unit(staff_id, StaffAction.CERTIFY_TRAINING) as (session, terminal):
            training = _training(session, code)
            _patron(session, patron_id)
            now = self._clock.now()
            rows = session.scalars(
                select(Certification).where(
                    Certification.patron_id == patron_id,
                    Certification.training_id == training.id,
                    *valid_certifications(now),
                )
            ).all()
            if not rows:
                raise NotFound("this patron holds no valid certification on that training")
            for row in rows:
                row.revoked_at = now
                row.revoked_by = staff_id
            self._event(
                session,
                "training_revoked",
                staff_id,
                terminal,
                patron_id=patron_id,
                detail={"training": code},
            )

    def patron_trainings(self, staff_id: uuid.UUID | None, patron_id: uuid.UUID) -> PatronTrainings:
        """Every training with where the patron stands on it, and their consent."""
        with self._staff_unit(staff_id, StaffAction.CERTIFY_TRAINING, write=False) as (
            session,
            _terminal,
        ):
            return self._patron_trainings(session, patron_id)

    def _patron_trainings(self, session: Session, patron_id: uuid.UUID) -> PatronTrainings:
        patron = _patron(session, patron_id)
        now = self._clock.now()
        latest: dict[uuid.UUID, Certification] = {}
        for row in session.scalars(
            select(Certification)
            .where(Certification.patron_id == patron_id, Certification.certified_at <= now)
            .order_by(Certification.certified_at, Certification.id)
        ):
            # A valid one wins over a later revoked or expired one (which cannot happen through
            # this service, but rows can come from elsewhere).
            held = latest.get(row.training_id)
            if (
                held is None
                or _state(row, now) is CertificationState.VALID
                or (_state(held, now) is not CertificationState.VALID)
            ):
                latest[row.training_id] = row
        trainings = tuple(
            _patron_training(training, latest.get(training.id), now)
            for training in session.scalars(select(Training).order_by(Training.name))
        )
        consent = _open_consent(session, patron_id)
        return PatronTrainings(
            patron_id=patron.id,
            display_name=patron.display_name,
            is_minor=patron.minor_at(now.year),
            guardian_consent=consent is not None,
            consent_recorded_at=consent.recorded_at if consent is not None else None,
            trainings=trainings,
        )

    # -- guardian consent --------------------------------------------------------------------

    def record_consent(self, staff_id: uuid.UUID | None, patron_id: uuid.UUID) -> PatronTrainings:
        """A guardian's consent is on file from now; nothing changes when it already is."""
        with self._staff_unit(staff_id, StaffAction.RECORD_CONSENT) as (session, terminal):
            _patron(session, patron_id)
            if _open_consent(session, patron_id, lock=True) is None:
                session.add(
                    GuardianConsent(
                        patron_id=patron_id, recorded_at=self._clock.now(), recorded_by=staff_id
                    )
                )
                session.flush()
                self._event(
                    session, "guardian_consent_recorded", staff_id, terminal, patron_id=patron_id
                )
            return self._patron_trainings(session, patron_id)

    def withdraw_consent(self, staff_id: uuid.UUID | None, patron_id: uuid.UUID) -> PatronTrainings:
        """The guardian's consent ends now; NotFound when none is on file."""
        with self._staff_unit(staff_id, StaffAction.RECORD_CONSENT) as (session, terminal):
            _patron(session, patron_id)
            consent = _open_consent(session, patron_id, lock=True)
            if consent is None:
                raise NotFound("no guardian consent is on file for this patron")
            consent.withdrawn_at = self._clock.now()
            consent.withdrawn_by = staff_id
            self._event(
                session, "guardian_consent_withdrawn", staff_id, terminal, patron_id=patron_id
            )
            return self._patron_trainings(session, patron_id)

    # -- finding the patron ------------------------------------------------------------------

    def find_patrons(self, staff_id: uuid.UUID, text: str) -> tuple[PatronMatch, ...]:
        """Patrons whose name starts with `text` (at least two letters)."""
        query = clean_name_query(text)
        with self._staff_unit(staff_id, StaffAction.CERTIFY_TRAINING, write=False) as (
            session,
            _terminal,
        ):
            return patron_matches(session, query)

    def patron_for_card(self, staff_id: uuid.UUID, scan_text: str) -> PatronSummary:
        """The patron whose card was scanned; InvalidInput for what is no patron card,
        NotFound for a card the kiosk does not know or that was revoked."""
        if self._codec is None:
            raise InvalidInput("this kiosk cannot read cards")
        try:
            number = self._codec.decode(scan_text).card_number
        except CardRejected as rejected:
            raise InvalidInput(f"this is not a card the kiosk can use ({rejected})") from None
        return self.patron_for_card_number(staff_id, number)

    def patron_for_card_number(self, staff_id: uuid.UUID | None, number: str) -> PatronSummary:
        """The patron holding the card numbered `number` (as printed on it)."""
        with self._staff_unit(staff_id, StaffAction.CERTIFY_TRAINING, write=False) as (
            session,
            _terminal,
        ):
            card = session.scalars(
                select(Card).where(Card.card_number == number.strip())
            ).one_or_none()
            if card is None:
                raise NotFound("this card is not set up for anyone")
            if card.staff_id is not None:
                raise InvalidInput("this is a staff card; scan the patron's card")
            if card.revoked_at is not None or card.patron_id is None:
                raise NotFound("this card was revoked")
            patron = _patron(session, card.patron_id)
            return PatronSummary(
                patron.id, patron.display_name, patron.minor_at(self._clock.now().year)
            )


class WaiverService(StaffChecked):
    """The versioned waiver. Thread-safe; one transaction per call."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Clock,
        terminal_code: str,
        *,
        default_language: str = "en",
    ) -> None:
        super().__init__(session_factory, clock, terminal_code)
        self._default_language = default_language

    def publish(
        self,
        staff_id: uuid.UUID | None,
        version: str,
        texts: Mapping[str, str],
        *,
        default_language: str | None = None,
    ) -> str:
        """Publish `version` with its text per language; it is current from now, and every
        patron must accept it. A label patrons signed before waivers were kept here gets its
        text, and those signatures stand. Conflict for a label already published."""
        label = version.strip()
        if not 1 <= len(label) <= WAIVER_VERSION_MAX or not label.isprintable():
            raise InvalidInput(f"a waiver version is 1 to {WAIVER_VERSION_MAX} characters")
        cleaned: dict[str, str] = {}
        for language, text in texts.items():
            body = text.replace("\r\n", "\n").strip()
            code = clean_language(language)
            if not body:
                raise InvalidInput(f"the {code} waiver text is empty")
            if len(body) > WAIVER_TEXT_MAX:
                raise InvalidInput(
                    f"the {code} waiver text is longer than {WAIVER_TEXT_MAX} characters"
                )
            cleaned[code] = body
        fallback = clean_language(default_language or self._default_language)
        if fallback not in cleaned:
            raise InvalidInput(f"the waiver needs a text in the default language ({fallback})")
        with self._staff_unit(staff_id, StaffAction.PUBLISH_WAIVER) as (session, terminal):
            now = self._clock.now()
            row = session.scalars(
                select(WaiverVersion).where(WaiverVersion.version == label)
            ).one_or_none()
            if row is not None and row.published_at is not None:
                raise Conflict(f"waiver version {label!r} is already published")
            if row is None:
                row = WaiverVersion(version=label)
                session.add(row)
            row.texts = cleaned
            row.default_language = fallback
            row.published_at = now
            row.published_by = staff_id
            session.flush()
            self._event(
                session,
                "waiver_published",
                staff_id,
                terminal,
                detail={"version": label, "languages": sorted(cleaned)},
            )
        log.info("waiver %s published", label)
        return label

    def current(self, patron_id: uuid.UUID, language: str) -> WaiverText | None:
        """The current waiver in `language` (else the library's default language, else the
        version's own); None when no waiver was ever published."""
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            now = self._clock.now()
            waiver = current_waiver(session, now)
            if waiver is None:
                return None
            accepted = session.scalar(
                select(WaiverAcceptance.id).where(
                    WaiverAcceptance.patron_id == patron_id,
                    WaiverAcceptance.waiver_version_id == waiver.id,
                )
            )
            shown, text = self._text(waiver, language)
            return WaiverText(waiver.version, shown, text, accepted is not None)

    def _text(self, waiver: WaiverVersion, language: str) -> tuple[str, str]:
        texts: dict[str, str] = dict(waiver.texts or {})
        wanted = [language, language.split("_")[0], self._default_language]
        if waiver.default_language:
            wanted.append(waiver.default_language)
        for candidate in wanted:
            if candidate in texts:
                return candidate, texts[candidate]
        for candidate, text in sorted(texts.items()):
            return candidate, text
        return language, ""

    def accept(self, patron_id: uuid.UUID, version: str) -> PatronStanding:
        """The patron accepted `version`, which they were shown. Conflict when a newer version
        was published since (they must read that one); accepting twice changes nothing."""
        with database_errors():
            terminal_id = self._terminal.id()
            with UnitOfWork(self._session_factory) as session:
                now = self._clock.now()
                _patron(session, patron_id)
                waiver = current_waiver(session, now)
                if waiver is None or waiver.version != version:
                    raise Conflict("the waiver changed meanwhile; please read the new one")
                done = session.scalar(
                    select(WaiverAcceptance.id).where(
                        WaiverAcceptance.patron_id == patron_id,
                        WaiverAcceptance.waiver_version_id == waiver.id,
                    )
                )
                if done is None:
                    session.add(
                        WaiverAcceptance(
                            patron_id=patron_id,
                            waiver_version_id=waiver.id,
                            accepted_at=now,
                            terminal_id=terminal_id,
                        )
                    )
                    record_event(
                        session,
                        at=now,
                        action="waiver_accepted",
                        actor_kind="patron",
                        actor_id=patron_id,
                        subject_kind="patron",
                        subject_id=patron_id,
                        terminal_id=terminal_id,
                        detail={"version": waiver.version},
                    )
                    session.flush()
                return load_standing(session, patron_id, now)

    def standing(self, patron_id: uuid.UUID) -> PatronStanding:
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            return load_standing(session, patron_id, self._clock.now())

    def versions(self) -> tuple[tuple[str, datetime | None, tuple[str, ...]], ...]:
        """Every version: label, when published (None: signed on paper before), languages."""
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            rows = session.scalars(
                select(WaiverVersion).order_by(
                    WaiverVersion.published_at.is_(None).desc(),
                    WaiverVersion.published_at,
                    WaiverVersion.id,
                )
            )
            return tuple(
                (row.version, row.published_at, tuple(sorted(row.texts or {}))) for row in rows
            )


def _info(row: Training) -> TrainingInfo:
    return TrainingInfo(row.id, row.code, row.name, row.validity_months)


def _training(session: Session, code: str) -> Training:
    row = session.scalars(select(Training).where(Training.code == code)).one_or_none()
    if row is None:
        raise NotFound(f"no training with code {code!r}")
    return row


def _patron(session: Session, patron_id: uuid.UUID) -> Patron:
    patron = session.get(Patron, patron_id)
    if patron is None:
        raise NotFound("this patron is no longer in the database")
    return patron


def _open_consent(
    session: Session, patron_id: uuid.UUID, *, lock: bool = False
) -> GuardianConsent | None:
    query = select(GuardianConsent).where(
        GuardianConsent.patron_id == patron_id, GuardianConsent.withdrawn_at.is_(None)
    )
    if lock:
        query = query.with_for_update()
    return session.scalars(query).one_or_none()


def _state(row: Certification, at: datetime) -> CertificationState:
    if row.revoked_at is not None and row.revoked_at <= at:
        return CertificationState.REVOKED
    if row.expires_at is not None and row.expires_at <= at:
        return CertificationState.EXPIRED
    return CertificationState.VALID


def _patron_training(training: Training, row: Certification | None, at: datetime) -> PatronTraining:
    if row is None:
        return PatronTraining(_info(training), CertificationState.NONE)
    return PatronTraining(
        _info(training),
        _state(row, at),
        certification_id=row.id,
        certified_at=row.certified_at,
        expires_at=row.expires_at,
        revoked_at=row.revoked_at,
    )
