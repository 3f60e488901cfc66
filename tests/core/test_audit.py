"""The audit trail: ordered, terminal-aware, and free of card numbers and names."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.core.audit import AuditTrail, check_audit_detail, record_event
from kiosk.core.privacy import LogRedactor
from kiosk.db.terminals import terminal_id_for
from kiosk.db.uow import UnitOfWork
from kiosk.errors import InvalidInput
from tests.db.backends import open_database

START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize("key", ["card_number", "display_name", "Name", "pin", "payload"])
def test_identities_are_refused_in_details(key: str) -> None:
    with pytest.raises(InvalidInput, match=key):
        check_audit_detail({key: "x", "count": 1})


def test_recent_events_newest_first_with_terminal(tmp_path: Path) -> None:
    with open_database("sqlite", tmp_path) as db:
        with UnitOfWork(db.session_factory) as session:
            terminal = terminal_id_for(session, "kiosk-7")
            for minutes, action in ((0, "a"), (2, "c"), (1, "b")):
                record_event(
                    session,
                    at=START + timedelta(minutes=minutes),
                    action=action,
                    terminal_id=terminal,
                    detail={"n": minutes, "nested": {"ok": True}},
                )
        trail = AuditTrail(db.session_factory)
        entries = trail.recent()
        assert [e.action for e in entries] == ["c", "b", "a"]
        assert entries[0].terminal == "kiosk-7"
        assert entries[0].detail == {"n": 2, "nested": {"ok": True}}
        assert entries[0].at == START + timedelta(minutes=2)
        assert [e.action for e in trail.recent(limit=1)] == ["c"]
        assert [e.action for e in trail.recent(action="b")] == ["b"]


def test_refused_detail_rolls_back_nothing_else(tmp_path: Path) -> None:
    with open_database("sqlite", tmp_path) as db:
        with pytest.raises(InvalidInput), UnitOfWork(db.session_factory) as session:
            record_event(session, at=START, action="ok")
            record_event(session, at=START, action="bad", detail={"card_number": "A-1"})
        assert AuditTrail(db.session_factory).recent() == []


def test_log_references_are_stable_per_key_and_hide_the_number() -> None:
    redactor = LogRedactor(b"k" * 16)
    ref = redactor.card_ref("LIB-0001")
    assert ref == redactor.card_ref("LIB-0001")
    assert ref != redactor.card_ref("LIB-0002")
    assert ref != LogRedactor(b"j" * 16).card_ref("LIB-0001")
    assert "0001" not in ref and "LIB" not in ref
