"""Migration 0005 (trainings, waivers, consents) on a database at 0004 that holds patrons with
the old waiver and consent columns, on SQLite and PostgreSQL, and back."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import inspect, select

from kiosk.core.standing import load_standing
from kiosk.db.migrate import alembic_config, current_revision, upgrade
from kiosk.db.models import Card
from kiosk.db.models_training import GuardianConsent, WaiverAcceptance, WaiverVersion
from kiosk.db.types import UTCDateTime
from kiosk.db.uow import UnitOfWork
from kiosk.ids import uuid7
from tests.db.backends import BACKENDS, Database, open_database

ENROLLED = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
SIGNED = datetime(2026, 2, 1, 9, 30, tzinfo=UTC)
CONSENTED = datetime(2026, 2, 3, 11, 0, tzinfo=UTC)

SIGNED_ADULT = uuid7()
SIGNED_NO_TIME = uuid7()
KID_WITH_CONSENT = uuid7()
KID_CONSENT_UNKNOWN_TIME = uuid7()
NOBODY = uuid7()

_patrons = sa.table(
    "patrons",
    sa.column("id", sa.Uuid()),
    sa.column("display_name", sa.String()),
    sa.column("birth_year", sa.Integer()),
    sa.column("is_minor", sa.Boolean()),
    sa.column("guardian_consent_on_file", sa.Boolean()),
    sa.column("waiver_version", sa.String()),
    sa.column("waiver_signed_at", UTCDateTime()),
    sa.column("created_at", UTCDateTime()),
    sa.column("updated_at", UTCDateTime()),
)
_cards = sa.table(
    "cards",
    sa.column("id", sa.Uuid()),
    sa.column("card_number", sa.String()),
    sa.column("kind", sa.String()),
    sa.column("patron_id", sa.Uuid()),
    sa.column("issued_at", UTCDateTime()),
    sa.column("created_at", UTCDateTime()),
    sa.column("updated_at", UTCDateTime()),
)
_audit = sa.table(
    "audit_events",
    sa.column("id", sa.Uuid()),
    sa.column("at", UTCDateTime()),
    sa.column("actor_kind", sa.String()),
    sa.column("action", sa.String()),
    sa.column("subject_kind", sa.String()),
    sa.column("subject_id", sa.Uuid()),
    sa.column("detail", sa.JSON()),
    sa.column("created_at", UTCDateTime()),
    sa.column("updated_at", UTCDateTime()),
)


def _patron(
    patron_id: uuid.UUID,
    *,
    version: str | None = None,
    signed: datetime | None = None,
    consent: bool = False,
) -> dict[str, Any]:
    return {
        "id": patron_id,
        "display_name": "P",
        "birth_year": 2015 if consent else 1990,
        "is_minor": False,
        "guardian_consent_on_file": consent,
        "waiver_version": version,
        "waiver_signed_at": signed,
        "created_at": ENROLLED,
        "updated_at": ENROLLED,
    }


def _seed_0004(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            sa.insert(_patrons),
            [
                _patron(SIGNED_ADULT, version="2026-01", signed=SIGNED),
                _patron(SIGNED_NO_TIME, version="2026-01"),
                _patron(KID_WITH_CONSENT, version="kids-1", signed=SIGNED, consent=True),
                _patron(KID_CONSENT_UNKNOWN_TIME, consent=True),
                _patron(NOBODY),
            ],
        )
        conn.execute(
            sa.insert(_cards),
            [
                {
                    "id": uuid7(),
                    "card_number": f"C-{index}",
                    "kind": "signed",
                    "patron_id": patron_id,
                    "issued_at": ENROLLED,
                    "created_at": ENROLLED,
                    "updated_at": ENROLLED,
                }
                for index, patron_id in enumerate(
                    [SIGNED_ADULT, SIGNED_NO_TIME, KID_WITH_CONSENT, KID_CONSENT_UNKNOWN_TIME]
                )
            ],
        )
        conn.execute(
            sa.insert(_audit),
            [
                {
                    "id": uuid7(),
                    "at": at,
                    "actor_kind": "system",
                    "action": "guardian_consent_recorded",
                    "subject_kind": "patron",
                    "subject_id": KID_WITH_CONSENT,
                    "detail": {},
                    "created_at": at,
                    "updated_at": at,
                }
                for at in (SIGNED, CONSENTED)  # recorded twice: the latest time stands
            ],
        )


@pytest.mark.parametrize("backend", BACKENDS)
def test_0005_moves_waivers_and_consents_into_their_tables_and_back(
    backend: str, tmp_path: Path
) -> None:
    with open_database(backend, tmp_path, migrate=False) as db:
        upgrade(db.engine, "0004")
        _seed_0004(db)
        upgrade(db.engine, "0005")
        assert current_revision(db.engine) == "0005"
        columns = {column["name"] for column in inspect(db.engine).get_columns("patrons")}
        assert not columns & {"guardian_consent_on_file", "waiver_version", "waiver_signed_at"}

        with UnitOfWork(db.session_factory, write=False) as session:
            # Dropping the columns touched no card (a table copy would have cascaded).
            assert len(session.scalars(select(Card)).all()) == 4
            versions = {v.version: v for v in session.scalars(select(WaiverVersion))}
            assert set(versions) == {"2026-01", "kids-1"}
            assert all(v.published_at is None and v.texts == {} for v in versions.values())
            accepted = {
                (a.patron_id, a.waiver_version_id): a.accepted_at
                for a in session.scalars(select(WaiverAcceptance))
            }
            assert accepted == {
                (SIGNED_ADULT, versions["2026-01"].id): SIGNED,
                (SIGNED_NO_TIME, versions["2026-01"].id): ENROLLED,
                (KID_WITH_CONSENT, versions["kids-1"].id): SIGNED,
            }
            consents = {
                c.patron_id: (c.recorded_at, c.recorded_by, c.withdrawn_at)
                for c in session.scalars(select(GuardianConsent))
            }
            assert consents == {
                KID_WITH_CONSENT: (CONSENTED, None, None),
                KID_CONSENT_UNKNOWN_TIME: (ENROLLED, None, None),
            }
            later = datetime(2026, 6, 1, tzinfo=UTC)
            kid = load_standing(session, KID_WITH_CONSENT, later)
            assert kid.is_minor and kid.guardian_consent
            # Nothing published yet: the old labels ask nothing of anyone.
            assert kid.waiver_required is None
            assert not load_standing(session, NOBODY, later).guardian_consent

        with db.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0004")
        assert "waiver_versions" not in inspect(db.engine).get_table_names()
        with db.engine.connect() as conn:
            rows = {
                row.id: (row.waiver_version, row.waiver_signed_at, row.guardian_consent_on_file)
                for row in conn.execute(select(_patrons))
            }
        assert rows == {
            SIGNED_ADULT: ("2026-01", SIGNED, False),
            SIGNED_NO_TIME: ("2026-01", ENROLLED, False),
            KID_WITH_CONSENT: ("kids-1", SIGNED, True),
            KID_CONSENT_UNKNOWN_TIME: (None, None, True),
            NOBODY: (None, None, False),
        }
        upgrade(db.engine)
        assert current_revision(db.engine) is not None
