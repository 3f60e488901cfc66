"""The staff "Trainings & consent" tool and the patron's waiver flow, through the window, with
the real training and waiver services on a real SQLite file: what staff tap is what the
database then says."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.core.card_codec import CardCodec
from kiosk.core.clock import FixedClock
from kiosk.core.results import PatronSummary
from kiosk.core.standing import PatronStanding, load_standing
from kiosk.core.trainings import TrainingService, WaiverService
from kiosk.db.models import StaffAccount
from kiosk.db.uow import UnitOfWork
from kiosk.ui.flows import DEFAULT_FLOWS
from kiosk.ui.flows.trainings import TrainingsFlow
from kiosk.ui.flows.waiver import WaiverFlow
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.navigator import Flow, FlowContext, Navigator
from kiosk.ui.scan_input import ScanInput
from kiosk.ui.screens.trainings import TrainingsStep
from tests.db.backends import Database, add_patron, open_database
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import STAFF, FakeServices
from tests.ui.test_staff_console import open_console

WAIT_MS = 5000
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
KEY = bytes(range(32))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with open_database("sqlite", tmp_path) as database:
        yield database


@pytest.fixture
def codec() -> CardCodec:
    return CardCodec({"K1": KEY}, "K1")


@pytest.fixture
def real(db: Database, services: FakeServices, codec: CardCodec) -> FakeServices:
    """The fake services with the real training and waiver services on `db`, and the fake
    console's staff member as a real staff account."""
    clock = FixedClock(NOW)
    services.trainings = TrainingService(db.session_factory, clock, "kiosk-1", codec)  # type: ignore[attr-defined]
    services.waivers = WaiverService(db.session_factory, clock, "kiosk-1", default_language="en")  # type: ignore[attr-defined]
    with UnitOfWork(db.session_factory) as session:
        session.add(
            StaffAccount(id=STAFF.staff_id, display_name="Dana", role="staff", pin_hash="x")
        )
    return services


def standing(db: Database, patron_id: uuid.UUID) -> PatronStanding:
    with UnitOfWork(db.session_factory, write=False) as session:
        return load_standing(session, patron_id, NOW)


def trainings_flow(window: KioskWindow) -> TrainingsFlow:
    flow = window.navigator.flow("trainings")
    assert isinstance(flow, TrainingsFlow)
    return flow


def click(qtbot: QtBot, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_staff_certify_a_minor_and_record_consent_from_the_console(
    qtbot: QtBot,
    window: KioskWindow,
    scan_input: ScanInput,
    db: Database,
    real: FakeServices,
    codec: CardCodec,
) -> None:
    kid = add_patron(db, "Kid Okafor", "K-1", birth_year=NOW.year - 12)
    real.trainings.define(None, "laser", "Laser cutter", 12)  # type: ignore[attr-defined]
    real.trainings.define(None, "fdm", "3D printer", None)  # type: ignore[attr-defined]
    open_console(qtbot, window, scan_input)
    click(qtbot, window.console.screen.tools_button)
    click(qtbot, window.console.tools_menu.tool_buttons["trainings"])
    flow = trainings_flow(window)
    screen = flow.screen
    assert window.current_screen() is screen
    assert flow.view.step is TrainingsStep.FIND

    scan_input.feed(codec.encode("K-1"))
    qtbot.waitUntil(lambda: flow.view.step is TrainingsStep.PATRON, timeout=WAIT_MS)
    assert (flow.view.patron_name, flow.view.is_minor, flow.view.consent) == (
        "Kid Okafor",
        True,
        False,
    )
    assert [(r.code, r.state) for r in flow.view.trainings] == [("fdm", "none"), ("laser", "none")]

    click(qtbot, screen.consent_button)
    qtbot.waitUntil(lambda: flow.view.consent and not flow.view.working, timeout=WAIT_MS)
    assert standing(db, kid).guardian_consent

    click(qtbot, screen.training_buttons["laser"])
    assert flow.view.step is TrainingsStep.CONFIRM
    assert not screen.revoke_button.isVisible()
    click(qtbot, screen.certify_button)
    qtbot.waitUntil(lambda: flow.view.step is TrainingsStep.PATRON, timeout=WAIT_MS)
    laser = flow.view.row("laser")
    assert laser is not None and laser.state == "valid" and laser.until == "2 Mar 2027"
    assert flow.view.done == "Certified on Laser cutter until 2 Mar 2027."
    assert standing(db, kid).trainings == {"laser"}

    click(qtbot, screen.training_buttons["laser"])
    assert screen.revoke_button.isVisible()
    click(qtbot, screen.revoke_button)
    qtbot.waitUntil(lambda: flow.view.done.startswith("Certification"), timeout=WAIT_MS)
    assert flow.view.row("laser") is not None
    assert flow.view.row("laser").state == "revoked"  # type: ignore[union-attr]
    assert standing(db, kid).trainings == frozenset()

    click(qtbot, screen.consent_button)
    qtbot.waitUntil(lambda: not flow.view.consent and not flow.view.working, timeout=WAIT_MS)
    assert not standing(db, kid).guardian_consent

    click(qtbot, screen.back_button)
    assert window.current_screen() is window.console.screen


def test_staff_find_a_patron_by_name_and_bad_scans_say_so(
    qtbot: QtBot,
    window: KioskWindow,
    db: Database,
    real: FakeServices,
    scan_input: ScanInput,
    codec: CardCodec,
) -> None:
    ann = add_patron(db, "Ann Lee", "A-1")
    window.navigator.start("trainings", staff=STAFF)
    flow = trainings_flow(window)
    screen = flow.screen
    scan_input.feed(codec.encode("NOBODY-1"))
    qtbot.waitUntil(lambda: bool(flow.view.error), timeout=WAIT_MS)
    assert flow.view.error == "That did not work: this card is not set up for anyone."
    assert flow.view.step is TrainingsStep.FIND
    screen.search_field.setText("ann")
    click(qtbot, screen.search_button)
    qtbot.waitUntil(lambda: bool(flow.view.matches), timeout=WAIT_MS)
    click(qtbot, screen.match_buttons[str(ann)])
    qtbot.waitUntil(lambda: flow.view.step is TrainingsStep.PATRON, timeout=WAIT_MS)
    assert flow.view.patron_name == "Ann Lee" and not flow.view.is_minor
    # No trainings defined yet: staff are told how they come.
    none_line = screen.findChildren(QLabel)
    assert any("training add" in label.text() for label in none_line)
    click(qtbot, screen.other_button)
    assert flow.view.step is TrainingsStep.FIND and flow.patron_id is None


class Recorder(Flow):
    """Where the waiver flow goes on to: records how it was started."""

    name = "recorder"
    started: list[dict[str, object]]

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self.started = []
        self.screen = QLabel("next")
        self.add_screen(self.screen)

    def start(self, **arguments: object) -> None:
        self.started.append(arguments)
        self.show(self.screen, None)


@pytest.fixture
def waiver_window(make_window: WindowFactory) -> KioskWindow:
    return make_window(flows=(*DEFAULT_FLOWS, Recorder))


def parts(window: KioskWindow) -> tuple[WaiverFlow, Recorder]:
    waiver, recorder = window.navigator.flow("waiver"), window.navigator.flow("recorder")
    assert isinstance(waiver, WaiverFlow) and isinstance(recorder, Recorder)
    return waiver, recorder


def test_a_patron_reads_the_waiver_in_their_language_accepts_and_goes_on(
    qtbot: QtBot, waiver_window: KioskWindow, db: Database, real: FakeServices
) -> None:
    window = waiver_window
    patron_id = add_patron(db, "Ann Lee", "A-1")
    patron = PatronSummary(patron_id, "Ann Lee", False)
    waivers: WaiverService = real.waivers  # type: ignore[attr-defined]
    waivers.publish(None, "2026-03", {"en": "Wear goggles.", "es": "Use gafas."})
    flow, recorder = parts(window)
    assert window.context.language.switch("es")
    window.navigator.start("waiver", patron=patron, then="recorder", then_args={"item": 7})
    qtbot.waitUntil(lambda: not flow.view.loading, timeout=WAIT_MS)
    assert window.current_screen() is flow.screen
    assert (flow.view.version, flow.view.language) == ("2026-03", "es")
    assert flow.screen.text.toPlainText() == "Use gafas."
    assert flow.screen.accept_button.text() == "Acepto"
    assert standing(db, patron_id).waiver_required == "2026-03"

    click(qtbot, flow.screen.accept_button)
    qtbot.waitUntil(lambda: recorder.started == [{"item": 7}], timeout=WAIT_MS)
    assert standing(db, patron_id).waiver_required is None
    # Accepted already: the next time it goes straight on.
    window.navigator.start("waiver", patron=patron, then="recorder", then_args={"item": 8})
    qtbot.waitUntil(lambda: len(recorder.started) == 2, timeout=WAIT_MS)
    assert recorder.started[-1] == {"item": 8}


def test_not_now_goes_home_and_a_version_published_meanwhile_must_be_read(
    qtbot: QtBot, waiver_window: KioskWindow, db: Database, real: FakeServices
) -> None:
    window = waiver_window
    patron_id = add_patron(db, "Kid", "K-1", birth_year=NOW.year - 10)
    patron = PatronSummary(patron_id, "Kid", True)
    waivers: WaiverService = real.waivers  # type: ignore[attr-defined]
    flow, recorder = parts(window)

    # Nothing published: nothing to accept.
    window.navigator.start("waiver", patron=patron, then="recorder")
    qtbot.waitUntil(lambda: len(recorder.started) == 1, timeout=WAIT_MS)

    waivers.publish(None, "v1", {"en": "First text."})
    window.navigator.start("waiver", patron=patron, then="recorder")
    qtbot.waitUntil(lambda: not flow.view.loading, timeout=WAIT_MS)
    assert flow.view.is_minor
    click(qtbot, flow.screen.decline_button)
    assert window.current_screen() is not flow.screen
    assert len(recorder.started) == 1
    assert standing(db, patron_id).waiver_required == "v1"

    window.navigator.start("waiver", patron=patron, then="recorder")
    qtbot.waitUntil(lambda: flow.view.text == "First text.", timeout=WAIT_MS)
    # Staff publish a new version while the patron reads the old one.
    with UnitOfWork(db.session_factory) as session:
        from kiosk.db.models_training import WaiverVersion

        session.add(
            WaiverVersion(
                version="v2",
                texts={"en": "Second text."},
                default_language="en",
                published_at=NOW,
            )
        )
    click(qtbot, flow.screen.accept_button)
    qtbot.waitUntil(lambda: flow.view.text == "Second text.", timeout=WAIT_MS)
    assert flow.view.notice.startswith("The agreement was just updated")
    assert standing(db, patron_id).waiver_required == "v2"
    assert len(recorder.started) == 1
    click(qtbot, flow.screen.accept_button)
    qtbot.waitUntil(lambda: len(recorder.started) == 2, timeout=WAIT_MS)
    assert standing(db, patron_id).waiver_required is None
