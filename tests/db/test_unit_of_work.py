"""The unit of work: one transaction per use case, and the before-commit hook whose rows commit
and roll back with the change (where the offline outbox will write), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.core.cards import CardService
from kiosk.core.clock import FixedClock
from kiosk.db.models import AuditEvent, Base, Card, Patron
from kiosk.db.uow import Changes, UnitOfWork, add_before_commit
from tests.db.backends import Database, add_patron

NOW = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
OUTBOX_ACTION = "outbox_probe"


class Outbox:
    """A stand-in for the sync outbox: one row per changed patron or card, in the same session."""

    def __init__(self) -> None:
        self.seen: list[Changes] = []

    def __call__(self, session: Session, changes: Changes) -> None:
        self.seen.append(changes)
        for obj in (*changes.new, *changes.dirty):
            if isinstance(obj, Patron | Card):
                session.add(
                    AuditEvent(
                        at=NOW,
                        actor_kind="system",
                        action=OUTBOX_ACTION,
                        subject_kind=type(obj).__name__.lower(),
                        subject_id=obj.id,
                        detail={},
                    )
                )


def _count(db: Database, model: type[Base], **where: object) -> int:
    with UnitOfWork(db.session_factory, write=False) as session:
        query = select(func.count()).select_from(model)
        for column, value in where.items():
            query = query.where(getattr(model, column) == value)
        return int(session.scalar(query) or 0)


def _new_patron() -> Patron:
    return Patron(display_name="Ada", created_at=NOW)


def test_a_hook_row_commits_with_the_change(db: Database) -> None:
    outbox = Outbox()
    add_before_commit(db.session_factory, outbox)
    with UnitOfWork(db.session_factory) as session:
        patron = _new_patron()
        session.add(patron)
    assert _count(db, Patron) == 1
    assert _count(db, AuditEvent, action=OUTBOX_ACTION, subject_id=patron.id) == 1
    assert [c.new for c in outbox.seen] == [[patron]]


def test_a_hook_row_rolls_back_with_a_failed_change(db: Database) -> None:
    outbox = Outbox()
    add_before_commit(db.session_factory, outbox)
    with pytest.raises(RuntimeError, match="use case failed"), UnitOfWork(db.session_factory) as s:
        s.add(_new_patron())
        s.flush()
        raise RuntimeError("use case failed")
    assert outbox.seen == []
    assert _count(db, Patron) == 0
    assert _count(db, AuditEvent) == 0


def test_a_failing_hook_saves_nothing(db: Database) -> None:
    def refuse(session: Session, changes: Changes) -> None:
        raise RuntimeError("outbox full")

    add_before_commit(db.session_factory, Outbox())
    add_before_commit(db.session_factory, refuse)
    with pytest.raises(RuntimeError, match="outbox full"), UnitOfWork(db.session_factory) as s:
        s.add(_new_patron())
    assert _count(db, Patron) == 0
    assert _count(db, AuditEvent) == 0


def test_a_hook_row_the_database_refuses_takes_the_change_with_it(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    def bad_row(session: Session, changes: Changes) -> None:
        session.add(Card(card_number="C-1", issued_at=NOW))  # no holder: breaks a CHECK

    add_before_commit(db.session_factory, bad_row)
    with pytest.raises(IntegrityError), UnitOfWork(db.session_factory) as session:
        session.add(_new_patron())
    assert _count(db, Patron) == 0


def test_services_go_through_the_hook(db: Database) -> None:
    patron_id = add_patron(db, "Ada", "OLD-1")
    outbox = Outbox()
    add_before_commit(db.session_factory, outbox)
    cards = CardService(db.session_factory, FixedClock(NOW))
    number = cards.issue(patron_id)
    assert cards.revoke("OLD-1") is True
    new_card = [obj for obj in outbox.seen[0].new if isinstance(obj, Card)]
    assert [card.card_number for card in new_card] == [number]
    revoked = [obj for obj in outbox.seen[1].dirty if isinstance(obj, Card)]
    assert [card.card_number for card in revoked] == ["OLD-1"]
    assert _count(db, AuditEvent, action=OUTBOX_ACTION, subject_kind="card") == 2


def test_a_read_unit_runs_no_hook_and_keeps_nothing(db: Database) -> None:
    outbox = Outbox()
    add_before_commit(db.session_factory, outbox)
    with UnitOfWork(db.session_factory, write=False) as session:
        patron = _new_patron()
        session.add(patron)
        session.flush()
        assert session.get(Patron, patron.id) is patron
    assert outbox.seen == []
    assert _count(db, Patron) == 0


def test_rows_read_in_a_read_unit_stay_readable_after_it(db: Database) -> None:
    patron_id = add_patron(db, "Ada", "C-2")
    with UnitOfWork(db.session_factory, write=False) as session:
        patron = session.get(Patron, patron_id)
    assert patron is not None and patron.display_name == "Ada"


def test_a_unit_without_hooks_still_commits(db: Database) -> None:
    with UnitOfWork(db.session_factory) as session:
        session.add(_new_patron())
    assert _count(db, Patron) == 1
