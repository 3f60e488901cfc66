"""The kit screens by touch and scan, on the real lending service over a SQLite file: a patron
borrows a kit and returns it (by its label or from their list), a refused borrow says why,
overdue kits show; staff lend a kit by scanning its label and the patron's card, take it back,
and see the overdue kits first."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk.core.card_codec import CardCodec
from kiosk.core.clock import FixedClock
from kiosk.core.equipment import EquipmentService
from kiosk.core.equipment_spec import EquipmentSpec
from kiosk.core.lending import LendingService
from kiosk.core.lending_views import LoanRefusal
from kiosk.db.models import Card, EquipmentItem, Patron, StaffAccount
from kiosk.db.models_lending import Loan
from kiosk.db.terminals import TerminalIdentity, register_terminal
from kiosk.db.uow import UnitOfWork
from kiosk.ui.flows.kits_on_loan import KitsOnLoanFlow
from kiosk.ui.flows.lending import LendingFlow
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.scan_input import ScanInput
from kiosk.ui.screens.kits import KitStep
from kiosk.ui.screens.kits_on_loan import KitMode
from tests.db.backends import Database, add_patron, open_database
from tests.ui.fakes import PATRON, PATRON_CARD, STAFF, FakeServices, all_texts
from tests.ui.touch import tap

WAIT_MS = 30_000
# Monday 5 January 2026, 15:00 UTC.
START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
PATRON_NUMBER = "ZOE-1"


@dataclass
class Kits:
    db: Database
    clock: FixedClock
    codec: CardCodec
    lending: LendingService
    equipment: EquipmentService

    def kit(self, name: str, **spec: object) -> str:
        options: dict[str, object] = {"reservable": False, "lendable": True}
        options.update(spec)
        view = self.equipment.add(EquipmentSpec(name, "arduino_kit", **options))  # type: ignore[arg-type]
        return self.codec.encode_kit_label(view.id)

    def state(self, label: str) -> str:
        with UnitOfWork(self.db.session_factory, write=False) as session:
            item = session.get(EquipmentItem, self.codec.decode_kit_label(label))
            assert item is not None
            return item.state

    def open_loans(self) -> int:
        with UnitOfWork(self.db.session_factory, write=False) as session:
            query = select(func.count()).select_from(Loan).where(Loan.returned_at.is_(None))
            return int(session.scalar(query) or 0)


@pytest.fixture
def kits(tmp_path: Path, services: FakeServices) -> Iterator[Kits]:
    with open_database("sqlite", tmp_path) as db:
        with UnitOfWork(db.session_factory) as session:
            register_terminal(session, TerminalIdentity("kiosk-main", "", "main", "Main", "UTC"))
            # The patron and staff member the fake check-in answers with, as rows.
            session.add(
                Patron(id=PATRON.patron_id, display_name=PATRON.display_name, created_at=START)
            )
            session.flush()
            session.add(
                Card(card_number=PATRON_NUMBER, patron_id=PATRON.patron_id, issued_at=START)
            )
            session.add(
                StaffAccount(
                    id=STAFF.staff_id,
                    display_name=STAFF.display_name,
                    role="staff",
                    pin_hash="x",
                    created_at=START,
                )
            )
        clock = FixedClock(START)
        codec = CardCodec({"K1": b"k" * 32}, "K1")
        lending = LendingService(
            db.session_factory, codec, clock, branch_code="main", terminal_code="kiosk-main"
        )
        equipment = EquipmentService(
            db.session_factory, clock, branch_code="main", terminal_code="kiosk-main"
        )
        services.lending = lending
        yield Kits(db, clock, codec, lending, equipment)


def lending_flow(window: KioskWindow, kits: Kits) -> LendingFlow:
    flow = window.navigator.flow("lending")
    assert isinstance(flow, LendingFlow)
    flow.now = kits.clock.now
    return flow


def open_kits(qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, kits: Kits) -> LendingFlow:
    flow = lending_flow(window, kits)
    scan_input.feed(PATRON_CARD)
    qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=WAIT_MS)
    tap(qtbot, window.welcome.action_buttons["kits"])
    qtbot.waitUntil(lambda: flow.kits_screen.view.today is not None, timeout=WAIT_MS)
    assert window.current_screen() is flow.kits_screen
    return flow


def wait_step(qtbot: QtBot, window: KioskWindow, flow: LendingFlow, step: KitStep) -> None:
    def there() -> bool:
        view = flow.kit_screen.view
        return (
            window.current_screen() is flow.kit_screen
            and view is not None
            and (view.step is step and not view.busy)
        )

    qtbot.waitUntil(there, timeout=WAIT_MS)


def test_borrow_a_kit_by_scanning_its_label(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, kits: Kits
) -> None:
    label = kits.kit("Arduino kit 1")
    flow = open_kits(qtbot, window, scan_input, kits)
    assert flow.kits_screen.view.loans == ()
    assert "You have no kits out." in all_texts(flow.kits_screen)
    scan_input.feed(label)
    wait_step(qtbot, window, flow, KitStep.CONFIRM_BORROW)
    view = flow.kit_screen.view
    assert view is not None and view.item_name == "Arduino kit 1"
    assert view.due_on == date(2026, 1, 19)  # 14 days, the default policy
    assert kits.open_loans() == 0  # nothing until the patron confirms
    assert "Borrow Arduino kit 1?" in all_texts(flow.kit_screen)
    tap(qtbot, flow.kit_screen.confirm_button)
    wait_step(qtbot, window, flow, KitStep.BORROWED)
    assert kits.open_loans() == 1 and kits.state(label) == "in_use"
    assert any("Due back by" in text for text in all_texts(flow.kit_screen))
    tap(qtbot, flow.kit_screen.cancel_button)  # "My kits"
    qtbot.waitUntil(lambda: len(flow.kits_screen.view.loans) == 1, timeout=WAIT_MS)
    assert flow.kits_screen.view.loans[0].item_name == "Arduino kit 1"


def test_return_kits_from_the_list_and_by_their_label(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, kits: Kits
) -> None:
    first, second = kits.kit("Kit A"), kits.kit("Kit B")
    kits.lending.borrow_or_return(PATRON.patron_id, first)
    kits.lending.borrow_or_return(PATRON.patron_id, second)
    flow = open_kits(qtbot, window, scan_input, kits)
    qtbot.waitUntil(lambda: len(flow.kits_screen.view.loans) == 2, timeout=WAIT_MS)
    loan_a = next(loan for loan in flow.kits_screen.view.loans if loan.item_name == "Kit A")
    row = flow.kits_screen.rows[loan_a.loan_id]
    tap(qtbot, row.return_button)
    assert flow.kits_screen.view.confirm == loan_a.loan_id
    tap(qtbot, row.no_button)  # kept: nothing happens
    assert flow.kits_screen.view.confirm is None and kits.open_loans() == 2
    tap(qtbot, row.return_button)
    tap(qtbot, row.yes_button)
    wait_step(qtbot, window, flow, KitStep.RETURNED)
    assert kits.state(first) == "needs_check" and kits.open_loans() == 1
    # The other by scanning its label: the screen asks first.
    tap(qtbot, flow.kit_screen.cancel_button)
    qtbot.waitUntil(lambda: len(flow.kits_screen.view.loans) == 1, timeout=WAIT_MS)
    scan_input.feed(second)
    wait_step(qtbot, window, flow, KitStep.CONFIRM_RETURN)
    assert kits.open_loans() == 1
    tap(qtbot, flow.kit_screen.confirm_button)
    wait_step(qtbot, window, flow, KitStep.RETURNED)
    assert kits.open_loans() == 0 and kits.state(second) == "needs_check"
    tap(qtbot, flow.kit_screen.done_button)
    qtbot.waitUntil(window.navigator.at_home, timeout=WAIT_MS)


@pytest.mark.parametrize(
    ("case", "code", "words"),
    [
        ("on_loan", LoanRefusal.ON_LOAN, "on loan to someone else"),
        ("card", LoanRefusal.PATRON_CARD, "That is a card, not a kit label."),
        ("forged", LoanRefusal.FORGED_LABEL, "not one of this library's labels"),
        ("garbage", LoanRefusal.NOT_A_LABEL, "not a kit label"),
        ("training", LoanRefusal.NEEDS_TRAINING, "needs the “Soldering” training"),
    ],
)
def test_a_refused_borrow_says_why_and_saves_nothing(
    qtbot: QtBot,
    window: KioskWindow,
    scan_input: ScanInput,
    kits: Kits,
    case: str,
    code: LoanRefusal,
    words: str,
) -> None:
    label = kits.kit("Kit A")
    if case == "on_loan":
        other = add_patron(kits.db, "Bob Example", "BOB-1")
        kits.lending.borrow_or_return(other, label)
    elif case == "card":
        label = kits.codec.encode(PATRON_NUMBER)
    elif case == "forged":
        label = CardCodec({"K1": b"z" * 32}, "K1").encode_kit_label(uuid.uuid4())
    elif case == "garbage":
        label = "hello"
    else:
        label = kits.kit("Solder kit", training="soldering")
    before = kits.open_loans()
    flow = open_kits(qtbot, window, scan_input, kits)
    scan_input.feed(label)
    wait_step(qtbot, window, flow, KitStep.REFUSED)
    view = flow.kit_screen.view
    assert view is not None and view.refusal is code
    assert any(words in text for text in all_texts(flow.kit_screen)), all_texts(flow.kit_screen)
    assert kits.open_loans() == before
    tap(qtbot, flow.kit_screen.cancel_button)  # back to the patron's kits
    qtbot.waitUntil(lambda: window.current_screen() is flow.kits_screen, timeout=WAIT_MS)


def test_the_patron_sees_an_overdue_kit(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, kits: Kits
) -> None:
    kits.lending.borrow_or_return(PATRON.patron_id, kits.kit("Kit A"))
    kits.lending.borrow_or_return(PATRON.patron_id, kits.kit("Kit B"))
    kits.lending.set_policy("arduino_kit", loan_days=30, max_open_loans=5)
    kits.lending.borrow_or_return(PATRON.patron_id, kits.kit("Kit C"))
    kits.clock.advance(timedelta(days=20))
    flow = open_kits(qtbot, window, scan_input, kits)
    qtbot.waitUntil(lambda: len(flow.kits_screen.view.loans) == 3, timeout=WAIT_MS)
    assert [loan.item_name for loan in flow.kits_screen.view.overdue] == ["Kit A", "Kit B"]
    texts = all_texts(flow.kits_screen)
    assert any("2 overdue" in text for text in texts)
    assert any(text.startswith("⚠ Kit A\nOverdue: it was due back on") for text in texts)
    assert any(text.startswith("Kit C\nDue back by") for text in texts)


# -- staff: Kits on loan -------------------------------------------------------------------------


def staff_tool(qtbot: QtBot, window: KioskWindow, kits: Kits) -> KitsOnLoanFlow:
    flow = window.navigator.flow("kits_on_loan")
    assert isinstance(flow, KitsOnLoanFlow)
    flow.now = kits.clock.now
    window.navigator.start("kits_on_loan", staff=STAFF)
    qtbot.waitUntil(lambda: not flow.view.loading and not flow.busy(), timeout=WAIT_MS)
    return flow


def settled(flow: KitsOnLoanFlow) -> bool:
    return not flow.view.working and not flow.busy()


def test_staff_lend_a_kit_by_scanning_it_and_the_card_then_take_it_back(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, kits: Kits
) -> None:
    label = kits.kit("Arduino kit 1")
    flow = staff_tool(qtbot, window, kits)
    assert flow.view.lines == ()
    assert "No kit is out on loan." in all_texts(flow.screen)
    # A card first is not a kit.
    scan_input.feed(kits.codec.encode(PATRON_NUMBER))
    qtbot.waitUntil(lambda: "Scan the kit's label first" in flow.view.status_line, timeout=WAIT_MS)
    scan_input.feed(label)
    qtbot.waitUntil(lambda: flow.view.kit is not None and settled(flow), timeout=WAIT_MS)
    assert flow.view.kit is not None and flow.view.kit.mode is KitMode.AWAITING_CARD
    scan_input.feed(kits.codec.encode(PATRON_NUMBER))
    qtbot.waitUntil(lambda: len(flow.view.lines) == 1 and settled(flow), timeout=WAIT_MS)
    assert flow.view.kit is None
    assert "is lent to Zoë Castellanos" in flow.view.status_line
    assert kits.open_loans() == 1 and kits.state(label) == "in_use"
    line = flow.view.lines[0]
    assert (line.kit, line.patron, line.overdue) == ("Arduino kit 1", PATRON.display_name, False)
    # Back: scan it, take it back complete.
    scan_input.feed(label)
    qtbot.waitUntil(lambda: flow.view.kit is not None and settled(flow), timeout=WAIT_MS)
    assert flow.view.kit is not None and flow.view.kit.mode is KitMode.ON_LOAN
    tap(qtbot, flow.screen.complete_button)
    qtbot.waitUntil(lambda: not flow.view.lines and settled(flow), timeout=WAIT_MS)
    assert "ready to lend" in flow.view.status_line
    assert kits.open_loans() == 0 and kits.state(label) == "free"


def test_staff_check_a_kit_returned_at_the_kiosk(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, kits: Kits
) -> None:
    label = kits.kit("Kit A")
    kits.lending.borrow_or_return(PATRON.patron_id, label)
    kits.lending.borrow_or_return(PATRON.patron_id, label)  # returned: waits for a check
    flow = staff_tool(qtbot, window, kits)
    scan_input.feed(label)
    qtbot.waitUntil(lambda: flow.view.kit is not None and settled(flow), timeout=WAIT_MS)
    assert flow.view.kit is not None and flow.view.kit.mode is KitMode.NEEDS_CHECK
    tap(qtbot, flow.screen.checked_button)
    qtbot.waitUntil(lambda: "checked and ready" in flow.view.status_line, timeout=WAIT_MS)
    assert kits.state(label) == "free"
    assert flow.view.kit is not None and flow.view.kit.mode is KitMode.AWAITING_CARD


def test_staff_see_the_overdue_kits_first(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, kits: Kits
) -> None:
    bob = add_patron(kits.db, "Bob Example", "BOB-1")
    kits.lending.borrow_or_return(bob, kits.kit("Laptop kit"))
    kits.clock.advance(timedelta(days=16))
    kits.lending.borrow_or_return(PATRON.patron_id, kits.kit("Arduino kit 2"))
    flow = staff_tool(qtbot, window, kits)
    qtbot.waitUntil(lambda: len(flow.view.lines) == 2, timeout=WAIT_MS)
    assert [(line.kit, line.overdue) for line in flow.view.lines] == [
        ("Laptop kit", True),
        ("Arduino kit 2", False),
    ]
    texts = all_texts(flow.screen)
    assert "Overdue (1)" in texts and "On loan (1)" in texts
    assert any(t.startswith("⚠ Laptop kit · Bob Example\nOverdue") for t in texts)
    # Listed in that order on screen too.
    overdue = flow.screen.line_labels[flow.view.lines[0].key]
    current = flow.screen.line_labels[flow.view.lines[1].key]
    assert (
        overdue.mapTo(flow.screen, overdue.rect().topLeft()).y()
        < current.mapTo(flow.screen, current.rect().topLeft()).y()
    )


def test_a_kit_scanned_at_the_welcome_goes_straight_to_borrowing(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, kits: Kits
) -> None:
    label = kits.kit("Arduino kit 1")
    flow = lending_flow(window, kits)
    scan_input.feed(PATRON_CARD)
    qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=WAIT_MS)
    scan_input.feed(label)
    wait_step(qtbot, window, flow, KitStep.CONFIRM_BORROW)
    assert flow.patron == PATRON
    tap(qtbot, flow.kit_screen.confirm_button)
    wait_step(qtbot, window, flow, KitStep.BORROWED)
    assert kits.open_loans() == 1
