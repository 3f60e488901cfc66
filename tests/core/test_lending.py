"""LendingService on a real SQLite file and a real PostgreSQL schema: one open loan per kit,
due dates, overdue, returns, limits, standing, labels, staff permissions."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.core import permissions
from kiosk.core.audit import AuditTrail
from kiosk.core.card_codec import CardCodec
from kiosk.core.clock import FixedClock
from kiosk.core.equipment import EquipmentService
from kiosk.core.equipment_spec import EquipmentSpec
from kiosk.core.lending import LendingService, due_at
from kiosk.core.lending_views import (
    DEFAULT_LOAN_DAYS,
    KitAction,
    LoanRefusal,
    LoanRefused,
)
from kiosk.core.training_views import PatronStanding
from kiosk.db.models import Card, EquipmentItem, Patron, StaffAccount
from kiosk.db.models_lending import Loan
from kiosk.db.models_training import Certification, Training
from kiosk.db.terminals import TerminalIdentity, register_terminal
from kiosk.db.uow import UnitOfWork
from kiosk.errors import PermissionDenied
from tests.db.backends import BACKENDS, Database, add_patron, open_database

# Monday 5 January 2026, 15:00 UTC = 16:00 in Paris.
START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
KEYS = {"K1": b"k" * 32}
ZONE = "Europe/Paris"


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with open_database(request.param, tmp_path) as database:
        with UnitOfWork(database.session_factory) as session:
            register_terminal(session, TerminalIdentity("kiosk-main", "", "main", "Main", ZONE))
            register_terminal(session, TerminalIdentity("kiosk-east", "", "east", "East", ZONE))
        yield database


@dataclass
class World:
    db: Database
    clock: FixedClock
    codec: CardCodec
    lending: LendingService
    equipment: EquipmentService
    ann: uuid.UUID
    bob: uuid.UUID
    staff: uuid.UUID

    def kit(self, name: str, **spec: object) -> str:
        options: dict[str, object] = {"reservable": False, "lendable": True}
        options.update(spec)
        view = self.equipment.add(EquipmentSpec(name, "arduino_kit", **options))  # type: ignore[arg-type]
        return self.codec.encode_kit_label(view.id)

    def item(self, label: str) -> EquipmentItem:
        with UnitOfWork(self.db.session_factory, write=False) as session:
            item = session.get(EquipmentItem, self.codec.decode_kit_label(label))
            assert item is not None
            return item

    def open_loans(self) -> int:
        with UnitOfWork(self.db.session_factory, write=False) as session:
            query = select(func.count()).select_from(Loan).where(Loan.returned_at.is_(None))
            return int(session.scalar(query) or 0)


def add_staff(db: Database, role: str, card_number: str) -> uuid.UUID:
    with UnitOfWork(db.session_factory) as session:
        staff = StaffAccount(display_name="Sam", role=role, pin_hash="x", created_at=START)
        session.add(staff)
        session.flush()
        session.add(Card(card_number=card_number, staff_id=staff.id, issued_at=START))
        return staff.id


def service(db: Database, clock: FixedClock, codec: CardCodec, **kwargs: object) -> LendingService:
    return LendingService(
        db.session_factory,
        codec,
        clock,
        branch_code="main",
        terminal_code="kiosk-main",
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture
def world(db: Database) -> World:
    clock = FixedClock(START)
    codec = CardCodec(KEYS, "K1")
    equipment = EquipmentService(
        db.session_factory, clock, branch_code="main", terminal_code="kiosk-main"
    )
    return World(
        db=db,
        clock=clock,
        codec=codec,
        lending=service(db, clock, codec),
        equipment=equipment,
        ann=add_patron(db, "Ann Example", "ANN-1"),
        bob=add_patron(db, "Bob Example", "BOB-1"),
        staff=add_staff(db, "staff", "STAFF-1"),
    )


def refusal(call: object) -> LoanRefusal:
    assert callable(call)
    with pytest.raises(LoanRefused) as info:
        call()
    return info.value.code


# -- lend, due dates, return ------------------------------------------------------------------


def test_borrow_sets_the_due_date_from_the_default_policy_and_marks_the_kit_out(
    world: World,
) -> None:
    label = world.kit("Arduino kit 1")
    outcome = world.lending.borrow_or_return(world.ann, label)
    assert outcome.action is KitAction.LENT
    loan = outcome.loan
    assert loan.item_name == "Arduino kit 1"
    assert loan.patron_id == world.ann
    assert loan.lent_at == START
    # 14 days after Monday 5 January, to the end of that day in Paris (23:00 UTC in winter).
    assert loan.due_on == date(2026, 1, 19)
    assert loan.due_at == datetime(2026, 1, 19, 23, 0, tzinfo=UTC)
    assert DEFAULT_LOAN_DAYS == 14
    assert not loan.overdue
    assert world.item(label).state == "in_use"
    assert world.lending.patron_loans(world.ann) == (loan,)
    actions = [e.action for e in AuditTrail(world.db.session_factory).recent(5)]
    assert "kit_lent" in actions


def test_policy_per_branch_and_kind_sets_days_and_limit(world: World) -> None:
    world.lending.set_policy("arduino-kit", loan_days=7, max_open_loans=1)
    policy = world.lending.policy("arduino_kit")
    assert (policy.loan_days, policy.max_open_loans, policy.is_default) == (7, 1, False)
    assert world.lending.policy("laptop").is_default
    assert world.lending.policy("arduino_kit", branch="east").is_default
    first, second = world.kit("Kit A"), world.kit("Kit B")
    loan = world.lending.borrow_or_return(world.ann, first).loan
    assert loan.due_on == date(2026, 1, 12)
    code = refusal(lambda: world.lending.borrow_or_return(world.ann, second))
    assert code is LoanRefusal.LIMIT_REACHED
    # Another patron is not limited by Ann's loans.
    assert world.lending.borrow_or_return(world.bob, second).action is KitAction.LENT


def test_due_date_across_daylight_saving_change() -> None:
    # Lent on Saturday 28 March 2026 at 12:00 UTC in Paris; summer time starts on the 29th.
    lent = datetime(2026, 3, 28, 12, 0, tzinfo=UTC)
    from zoneinfo import ZoneInfo

    due = due_at(lent, 1, ZoneInfo(ZONE))
    assert due == datetime(2026, 3, 29, 22, 0, tzinfo=UTC)  # midnight CEST


def test_return_by_the_patron_leaves_the_kit_needing_a_check(world: World) -> None:
    label = world.kit("Kit A")
    world.lending.borrow_or_return(world.ann, label)
    world.clock.advance(timedelta(days=2))
    outcome = world.lending.borrow_or_return(world.ann, label)
    assert outcome.action is KitAction.RETURNED
    assert outcome.returned_as == "needs_check"
    assert outcome.loan.returned_at == START + timedelta(days=2)
    assert world.item(label).state == "needs_check"
    assert world.lending.patron_loans(world.ann) == ()
    # Not lent again until staff have looked at it.
    assert refusal(lambda: world.lending.borrow_or_return(world.bob, label)) is (
        LoanRefusal.NEEDS_CHECK
    )


def test_staff_take_back_complete_kit_is_free_again(world: World) -> None:
    label = world.kit("Kit A")
    world.lending.borrow_or_return(world.ann, label)
    loan = world.lending.take_back(world.staff, label, needs_check=False)
    assert loan.returned_at == START
    assert world.item(label).state == "free"
    with UnitOfWork(world.db.session_factory, write=False) as session:
        row = session.get(Loan, loan.loan_id)
        assert row is not None
        assert (row.returned_by, row.returned_as, row.lent_by) == (world.staff, "free", None)
    assert refusal(lambda: world.lending.take_back(world.staff, label, needs_check=False)) is (
        LoanRefusal.NOT_ON_LOAN
    )
    assert world.lending.borrow_or_return(world.bob, label).action is KitAction.LENT


def test_staff_lend_by_scanning_the_patron_card(world: World) -> None:
    label = world.kit("Kit A")
    loan = world.lending.lend(world.staff, label, world.codec.encode("ANN-1"))
    assert loan.patron_id == world.ann
    status = world.lending.kit_status(world.staff, label)
    assert status.loan == loan
    assert status.state == "in_use"
    # A kit label, a staff card, an unknown card where the patron's card belongs.
    other = world.kit("Kit B")
    for text in (other, world.codec.encode("STAFF-1"), world.codec.encode("NOBODY")):
        assert refusal(lambda t=text: world.lending.lend(world.staff, other, t)) is (
            LoanRefusal.UNKNOWN_CARD
        )


def test_kit_out_of_order_reserved_not_lendable_or_retired_is_refused(world: World) -> None:
    broken, busy, fixed, gone = (world.kit(n) for n in ("Broken", "Busy", "Fixed", "Gone"))
    world.equipment.set_state("Broken", "out_of_order")
    world.equipment.set_state("Busy", "reserved")
    world.equipment.retire("Gone")
    fixed_item = world.equipment.add(EquipmentSpec("Laptop", "laptop", lendable=False))
    not_lendable = world.codec.encode_kit_label(fixed_item.id)
    cases = {
        broken: LoanRefusal.OUT_OF_ORDER,
        busy: LoanRefusal.BUSY,
        gone: LoanRefusal.RETIRED,
        not_lendable: LoanRefusal.NOT_LENDABLE,
    }
    for label, code in cases.items():
        assert refusal(lambda lbl=label: world.lending.borrow_or_return(world.ann, lbl)) is code
    assert world.open_loans() == 0
    assert world.lending.borrow_or_return(world.ann, fixed).action is KitAction.LENT


def test_a_kit_on_loan_to_someone_else_is_refused_and_stays_theirs(world: World) -> None:
    label = world.kit("Kit A")
    world.lending.borrow_or_return(world.ann, label)
    assert refusal(lambda: world.lending.borrow_or_return(world.bob, label)) is (
        LoanRefusal.ON_LOAN
    )
    assert world.lending.patron_loans(world.ann)[0].patron_id == world.ann
    assert world.open_loans() == 1


def test_a_kit_of_another_branch_is_unknown_here(world: World) -> None:
    east = world.equipment.add(
        EquipmentSpec("East kit", "arduino_kit", reservable=False, lendable=True), branch="east"
    )
    label = world.codec.encode_kit_label(east.id)
    assert refusal(lambda: world.lending.borrow_or_return(world.ann, label)) is (
        LoanRefusal.UNKNOWN_KIT
    )
    assert (
        refusal(
            lambda: world.lending.borrow_or_return(
                world.ann, world.codec.encode_kit_label(uuid.uuid4())
            )
        )
        is LoanRefusal.UNKNOWN_KIT
    )


# -- overdue ----------------------------------------------------------------------------------


def test_overdue_list_oldest_first_and_only_after_the_due_day(world: World) -> None:
    world.lending.set_policy("arduino_kit", loan_days=3, max_open_loans=5)
    first, second, third = world.kit("Kit A"), world.kit("Kit B"), world.kit("Kit C")
    world.lending.borrow_or_return(world.ann, first)
    world.clock.advance(timedelta(days=1))
    world.lending.borrow_or_return(world.bob, second)
    world.lending.borrow_or_return(world.ann, third)
    # Thursday 8 January, 22:59 UTC: the first loan's last day (in Paris) is not over.
    world.clock.advance(datetime(2026, 1, 8, 22, 59, tzinfo=UTC) - world.clock.now())
    assert world.lending.overdue(world.staff) == ()
    world.clock.advance(timedelta(minutes=1))
    overdue = world.lending.overdue(world.staff)
    assert [(loan.item_name, loan.patron_name) for loan in overdue] == [("Kit A", "Ann Example")]
    assert overdue[0].overdue
    world.clock.advance(timedelta(days=1))
    names = [loan.item_name for loan in world.lending.overdue(world.staff)]
    assert names[0] == "Kit A" and sorted(names[1:]) == ["Kit B", "Kit C"]
    assert len(world.lending.open_loans(world.staff)) == 3
    # Returned kits leave the list; the audit says the return was late.
    world.lending.borrow_or_return(world.ann, first)
    assert "Kit A" not in [loan.item_name for loan in world.lending.overdue(world.staff)]
    returned = AuditTrail(world.db.session_factory).recent(5, action="kit_returned")
    assert returned[0].detail["overdue"] is True


# -- trainings, consent, waiver ---------------------------------------------------------------


def FakeStanding(**values: object) -> PatronStanding:
    fields: dict[str, object] = {
        "patron_id": uuid.uuid4(),
        "is_minor": False,
        "guardian_consent": False,
        "trainings": frozenset(),
        "waiver_required": None,
    }
    fields.update(values)
    return PatronStanding(**fields)  # type: ignore[arg-type]


def test_kit_that_requires_training_checks_the_patrons_standing(world: World) -> None:
    label = world.kit("Soldering kit", training="solder")
    assert refusal(lambda: world.lending.borrow_or_return(world.ann, label)) is (
        LoanRefusal.NEEDS_TRAINING
    )
    standings = {
        world.ann: FakeStanding(trainings=frozenset({"solder"}), waiver_required="v2"),
        world.bob: FakeStanding(is_minor=True, trainings=frozenset({"solder"})),
    }
    lending = service(
        world.db,
        world.clock,
        world.codec,
        standing=lambda _session, patron_id, _at: standings[patron_id],
    )
    assert refusal(lambda: lending.borrow_or_return(world.ann, label)) is LoanRefusal.NEEDS_WAIVER
    assert refusal(lambda: lending.borrow_or_return(world.bob, label)) is LoanRefusal.NEEDS_CONSENT
    standings[world.bob] = FakeStanding(
        is_minor=True, guardian_consent=True, trainings=frozenset({"solder"})
    )
    assert lending.borrow_or_return(world.bob, label).action is KitAction.LENT
    # A kit without a training asks nothing of the standing.
    plain = world.kit("Plain kit")
    assert lending.borrow_or_return(world.ann, plain).action is KitAction.LENT


def test_real_standing_certification_and_revoked_card(world: World) -> None:
    label = world.kit("Soldering kit", training="solder")
    with UnitOfWork(world.db.session_factory) as session:
        training = Training(code="solder", name="Soldering", created_at=START)
        session.add(training)
        session.flush()
        session.add(
            Certification(
                patron_id=world.ann,
                training_id=training.id,
                certified_at=START - timedelta(days=1),
                expires_at=START + timedelta(days=1),
                created_at=START,
            )
        )
    assert world.lending.borrow_or_return(world.ann, label).action is KitAction.LENT
    world.lending.borrow_or_return(world.ann, label)  # returned
    world.equipment.set_state("Soldering kit", "free")
    # The certification has expired two days later.
    world.clock.advance(timedelta(days=2))
    assert refusal(lambda: world.lending.borrow_or_return(world.ann, label)) is (
        LoanRefusal.NEEDS_TRAINING
    )
    # Bob's card was revoked after he checked in: no loan, whatever the kit.
    plain = world.kit("Plain kit")
    with UnitOfWork(world.db.session_factory) as session:
        session.execute(
            update(Card).where(Card.patron_id == world.bob).values(revoked_at=world.clock.now())
        )
    assert refusal(lambda: world.lending.borrow_or_return(world.bob, plain)) is (
        LoanRefusal.CARD_REVOKED
    )


# -- labels -----------------------------------------------------------------------------------


def test_forged_or_foreign_label_is_refused_and_audited(world: World) -> None:
    label = world.kit("Kit A")
    item_text, mac = label.split("-")[2:4]
    other = CardCodec({"K1": b"z" * 32}, "K1").encode_kit_label(world.item(label).id)
    tampered = label[:-1] + ("A" if label[-1] != "A" else "B")
    for text in (other, tampered):
        assert refusal(lambda t=text: world.lending.borrow_or_return(world.ann, t)) is (
            LoanRefusal.FORGED_LABEL
        )
    assert item_text and mac
    assert len(AuditTrail(world.db.session_factory).recent(5, action="forged_kit_label_scan")) == 2
    assert world.open_loans() == 0


def test_patron_card_where_a_kit_label_belongs(world: World) -> None:
    card = world.codec.encode("ANN-1")
    assert refusal(lambda: world.lending.borrow_or_return(world.ann, card)) is (
        LoanRefusal.PATRON_CARD
    )
    assert refusal(lambda: world.lending.borrow_or_return(world.ann, "hello")) is (
        LoanRefusal.NOT_A_LABEL
    )


def test_kit_labels_for_printing(world: World) -> None:
    world.kit("Kit B")
    world.kit("Kit A")
    world.equipment.add(EquipmentSpec("Laser", "laser_cutter"))
    labels, missing = world.lending.kit_labels()
    assert [label.name for label in labels] == ["Kit A", "Kit B"]
    assert missing == ()
    assert world.codec.decode_kit_label(labels[0].payload) == labels[0].item_id
    labels, missing = world.lending.kit_labels(["kit b", "Laser", "Nope"])
    assert [label.name for label in labels] == ["Kit B"]
    assert missing == ("Laser", "Nope")


# -- staff permissions ------------------------------------------------------------------------


def test_staff_calls_check_the_role_in_the_database(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    label = world.kit("Kit A")
    # The role the database holds now may not lend (as if the screen had not caught up).
    monkeypatch.setitem(permissions.ROLE_ACTIONS, "staff", frozenset())
    with pytest.raises(PermissionDenied):
        world.lending.lend(world.staff, label, world.codec.encode("ANN-1"))
    with pytest.raises(PermissionDenied):
        world.lending.overdue(world.staff)
    assert world.open_loans() == 0
    refused = AuditTrail(world.db.session_factory).recent(5, action="staff_action_refused")
    assert refused[0].detail == {"action": "lend_kits", "role": "staff"}


# -- one open loan per kit --------------------------------------------------------------------


def _loan_row(item_id: uuid.UUID, patron_id: uuid.UUID) -> Loan:
    return Loan(
        item_id=item_id,
        patron_id=patron_id,
        lent_at=START,
        due_at=START + timedelta(days=1),
        created_at=START,
    )


def test_database_refuses_a_second_open_loan_of_a_kit(world: World) -> None:
    item_id = world.item(world.kit("Kit A")).id
    with UnitOfWork(world.db.session_factory) as session:
        session.add(_loan_row(item_id, world.ann))
    with pytest.raises(IntegrityError), UnitOfWork(world.db.session_factory) as session:
        session.add(_loan_row(item_id, world.bob))
    # Returned loans do not count: history is kept beside the one open loan.
    with UnitOfWork(world.db.session_factory) as session:
        session.execute(update(Loan).values(returned_at=START + timedelta(hours=1)))
        session.add(_loan_row(item_id, world.bob))
    assert world.open_loans() == 1


def test_two_transactions_opening_a_loan_of_one_kit_at_once(world: World) -> None:
    """The second writer waits for the first (SQLite's write lock, PostgreSQL's index entry)
    and then fails on the index, whichever order the two reach the database in."""
    item_id = world.item(world.kit("Kit A")).id
    errors: list[BaseException] = []
    first = world.db.session_factory()
    first_tx = first.begin()
    first.add(_loan_row(item_id, world.ann))
    first.flush()

    def second() -> None:
        try:
            with UnitOfWork(world.db.session_factory) as session:
                session.add(_loan_row(item_id, world.bob))
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=second, name="second-loan")
    thread.start()
    first_tx.commit()
    first.close()
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert len(errors) == 1 and isinstance(errors[0], IntegrityError), errors
    assert world.open_loans() == 1


def test_two_terminals_lending_one_kit_at_once_one_wins(world: World) -> None:
    label = world.kit("Kit A")
    barrier = threading.Barrier(2)
    outcomes: dict[uuid.UUID, object] = {}

    def borrow(patron_id: uuid.UUID) -> None:
        lending = service(world.db, world.clock, world.codec)
        barrier.wait(timeout=30)
        try:
            outcomes[patron_id] = lending.borrow_or_return(patron_id, label).action
        except LoanRefused as refused:
            outcomes[patron_id] = refused.code

    threads = [
        threading.Thread(target=borrow, args=(patron,), name=f"borrow-{index}")
        for index, patron in enumerate((world.ann, world.bob))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(map(str, outcomes.values())) == ["lent", "on_loan"]
    assert world.open_loans() == 1


def test_the_index_answer_is_a_refusal_not_an_error(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were the service's own check to miss a loan made meanwhile, the index still refuses."""
    label = world.kit("Kit A")
    world.lending.borrow_or_return(world.ann, label)
    with UnitOfWork(world.db.session_factory) as session:
        # The kit looks free again, as if the first loan had been made a moment later.
        session.execute(update(EquipmentItem).values(state="free"))
    import kiosk.core.lending as lending_module

    def no_open_loan(_session: Session, _item_id: uuid.UUID) -> None:
        return None

    monkeypatch.setattr(lending_module, "_open_loan", no_open_loan)
    assert refusal(lambda: world.lending.borrow_or_return(world.bob, label)) is (
        LoanRefusal.ON_LOAN
    )
    monkeypatch.undo()
    assert world.open_loans() == 1


def test_deleting_a_patron_keeps_the_kit_out(world: World) -> None:
    label = world.kit("Kit A")
    world.lending.borrow_or_return(world.ann, label)
    with UnitOfWork(world.db.session_factory) as session:
        session.execute(delete(Card).where(Card.patron_id == world.ann))
        session.execute(delete(Patron).where(Patron.id == world.ann))
    loans = world.lending.open_loans(world.staff)
    assert [(loan.patron_id, loan.patron_name) for loan in loans] == [(None, None)]


# -- what the kiosk shows before the patron confirms; returns picked from the list --------------


def test_check_kit_says_what_a_scan_would_do_and_saves_nothing(world: World) -> None:
    label = world.kit("Kit A")
    preview = world.lending.check_kit(world.ann, label)
    assert preview.action is KitAction.LENT
    assert (preview.item_name, preview.due_on, preview.loan) == ("Kit A", date(2026, 1, 19), None)
    assert world.open_loans() == 0 and world.item(label).state == "free"
    loan = world.lending.borrow_or_return(world.ann, label).loan
    back = world.lending.check_kit(world.ann, label)
    assert back.action is KitAction.RETURNED and back.loan == loan
    assert back.due_on == loan.due_on
    # Another patron is told what borrowing would be told, and nothing changes.
    assert refusal(lambda: world.lending.check_kit(world.bob, label)) is LoanRefusal.ON_LOAN
    assert refusal(lambda: world.lending.check_kit(world.ann, world.codec.encode("ANN-1"))) is (
        LoanRefusal.PATRON_CARD
    )
    assert refusal(lambda: world.lending.check_kit(world.ann, "MKL1-garbage")) in (
        LoanRefusal.NOT_A_LABEL,
        LoanRefusal.FORGED_LABEL,
    )
    assert world.open_loans() == 1


def test_check_kit_refuses_a_kit_that_needs_a_training(world: World) -> None:
    label = world.kit("Solder kit", training="solder")
    with pytest.raises(LoanRefused) as info:
        world.lending.check_kit(world.ann, label)
    assert info.value.code is LoanRefusal.NEEDS_TRAINING
    assert info.value.params == {"training": "solder"}


def test_return_loan_picked_from_the_patron_list(world: World) -> None:
    label = world.kit("Kit A")
    loan = world.lending.borrow_or_return(world.ann, label).loan
    # Only the patron who has it can return it this way, and only once.
    assert refusal(lambda: world.lending.return_loan(world.bob, loan.loan_id)) is (
        LoanRefusal.NOT_ON_LOAN
    )
    outcome = world.lending.return_loan(world.ann, loan.loan_id)
    assert outcome.action is KitAction.RETURNED and outcome.returned_as == "needs_check"
    assert world.item(label).state == "needs_check"
    assert refusal(lambda: world.lending.return_loan(world.ann, loan.loan_id)) is (
        LoanRefusal.NOT_ON_LOAN
    )
    assert world.lending.patron_loans(world.ann) == ()


def test_staff_mark_a_returned_kit_checked(world: World) -> None:
    label = world.kit("Kit A")
    world.lending.borrow_or_return(world.ann, label)
    # Out on loan: marking it checked changes nothing.
    assert world.lending.mark_checked(world.staff, label).state == "in_use"
    world.lending.borrow_or_return(world.ann, label)
    status = world.lending.mark_checked(world.staff, label)
    assert (status.state, status.loan) == ("free", None)
    assert world.item(label).state == "free"
    assert "equipment_state" in [e.action for e in AuditTrail(world.db.session_factory).recent(3)]
    assert world.lending.borrow_or_return(world.bob, label).action is KitAction.LENT
