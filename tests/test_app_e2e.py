"""End to end: the composed kiosk (real SQLite file, real services, real scan filter and
window), driven by keystrokes as a USB keyboard-wedge scanner sends them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk.app import AppContext, build_context, scanner_installer
from kiosk.config import Config
from kiosk.db.models import AuditEvent, Visit
from kiosk.demo_mode import DemoSetup, prepare_demo
from kiosk.services import Services, open_services
from kiosk.ui.screens.card_setup import SetupStep
from kiosk.ui.screens.message import MessageKind
from kiosk.ui.shell import KioskGui, ui_settings


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[DemoSetup, Services]]:
    setup, services = prepare_demo(tmp_path / "demo", patrons=4)
    yield setup, services
    services.close()


def start_gui(qtbot: QtBot, config: Config, context: AppContext) -> KioskGui:
    """The Qt side exactly as run_kiosk builds it, around an already built context."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    context.services.start()
    settings = ui_settings(config, windowed=True)
    kiosk = KioskGui(
        app,
        config,
        settings,
        context.services,
        context.devices,
        add_scanner=scanner_installer(context),
    )
    qtbot.addWidget(kiosk.window)
    kiosk.show(fullscreen=False)
    qtbot.waitExposed(kiosk.window)
    return kiosk


@pytest.fixture
def gui(qtbot: QtBot, demo: tuple[DemoSetup, Services]) -> Iterator[KioskGui]:
    setup, services = demo
    kiosk = start_gui(qtbot, setup.config, build_context(setup.config, services=services))
    yield kiosk
    kiosk.close()


def scan(qtbot: QtBot, gui: KioskGui, payload: str) -> None:
    """Keystrokes in one burst ending in Enter, sent to whatever has focus."""
    target = QApplication.focusWidget() or gui.window
    qtbot.keyClicks(target, payload)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def visible_texts(gui: KioskGui) -> str:
    labels = [label.text() for label in gui.window.findChildren(QLabel) if label.isVisible()]
    return "\n".join(labels)


def visits(services: Services) -> int:
    with services.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Visit)) or 0)


def test_scan_welcomes_by_name_and_counts_one_visit(
    qtbot: QtBot, gui: KioskGui, demo: tuple[DemoSetup, Services]
) -> None:
    setup, services = demo
    name, _number, payload = setup.data.patrons[0]
    scan(qtbot, gui, payload)
    qtbot.waitUntil(lambda: gui.window.current_screen() is gui.window.welcome, timeout=20_000)
    qtbot.waitUntil(lambda: name.split()[0] in visible_texts(gui), timeout=10_000)
    assert visits(services) == 1

    # Done, then the same card again: welcomed again, but the visit is counted once.
    qtbot.mouseClick(gui.window.welcome.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gui.window.current_screen() is gui.window.attract, timeout=10_000)
    assert name.split()[0] not in visible_texts(gui)
    scan(qtbot, gui, payload)
    qtbot.waitUntil(lambda: gui.window.current_screen() is gui.window.welcome, timeout=20_000)
    assert visits(services) == 1


@pytest.mark.parametrize(
    ("which", "kind"),
    [
        ("forged", MessageKind.FORGED_CARD),
        ("revoked", MessageKind.REVOKED_CARD),
        ("garbage", MessageKind.MALFORMED),
        ("unknown", MessageKind.UNKNOWN_CARD),
    ],
)
def test_bad_cards_get_a_message_and_no_visit(
    qtbot: QtBot,
    gui: KioskGui,
    demo: tuple[DemoSetup, Services],
    which: str,
    kind: MessageKind,
) -> None:
    setup, services = demo
    genuine = setup.data.patrons[0][2]
    payload = {
        "forged": genuine[:-2] + ("AA" if not genuine.endswith("AA") else "BB"),
        "revoked": setup.data.patrons[-1][2],
        "garbage": "NOT-A-CARD-%%%",
        # Genuinely signed with this library's key, for a card number never issued.
        "unknown": services.codec.encode("NEVER-ISSUED-1"),
    }[which]
    scan(qtbot, gui, payload)
    qtbot.waitUntil(lambda: gui.window.current_screen() is gui.window.message, timeout=20_000)
    assert gui.window.message.kind is kind
    assert visits(services) == 0
    for name, _, _ in setup.data.patrons:
        assert name not in visible_texts(gui)


def open_console(qtbot: QtBot, gui: KioskGui, setup: DemoSetup) -> None:
    scan(qtbot, gui, setup.data.staff_card_payload)
    qtbot.waitUntil(lambda: gui.window.current_screen() is gui.window.staff_pin, timeout=20_000)
    keys = {b.text(): b for b in gui.window.staff_pin.keypad.findChildren(QPushButton)}
    for digit in setup.data.staff_pin:
        qtbot.mouseClick(keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(gui.window.staff_pin.ok_button, Qt.MouseButton.LeftButton)
    console = gui.window.console
    qtbot.waitUntil(lambda: gui.window.current_screen() is console.screen, timeout=20_000)


def audit_actions(services: Services) -> list[str]:
    with services.sessions() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.at)))


def test_staff_card_and_pin_open_the_console_and_an_admin_exits_the_kiosk(
    qtbot: QtBot, gui: KioskGui, demo: tuple[DemoSetup, Services]
) -> None:
    setup, services = demo
    scan(qtbot, gui, setup.data.patrons[0][2])
    qtbot.waitUntil(lambda: gui.window.current_screen() is gui.window.welcome, timeout=20_000)
    gui.window.reset_to_attract()
    open_console(qtbot, gui, setup)
    console = gui.window.console
    qtbot.waitUntil(
        lambda: console.view is not None and console.view.checked_in_today == 1, timeout=20_000
    )
    assert console.view is not None and console.view.in_now == 1
    assert console.view.can_exit  # the demo's staff member is an admin
    with qtbot.waitSignal(gui.window.quit_requested, timeout=20_000):
        qtbot.mouseClick(console.screen.exit_button, Qt.MouseButton.LeftButton)
    assert "staff_pin_ok" in audit_actions(services)
    assert audit_actions(services).count("staff_action") >= 2  # the counts, then the exit


def test_an_unknown_card_is_set_up_from_the_console_and_welcomed_at_its_next_scan(
    qtbot: QtBot, gui: KioskGui, demo: tuple[DemoSetup, Services]
) -> None:
    setup, services = demo
    new_card = services.codec.encode("MK-NEW-0042")
    scan(qtbot, gui, new_card)
    qtbot.waitUntil(lambda: gui.window.current_screen() is gui.window.message, timeout=20_000)
    assert gui.window.message.kind is MessageKind.UNKNOWN_CARD

    open_console(qtbot, gui, setup)
    console = gui.window.console
    qtbot.mouseClick(console.screen.setup_button, Qt.MouseButton.LeftButton)
    # The card just scanned is offered; staff go straight to whose card it is.
    assert console.setup_view.step is SetupStep.WHO
    assert console.setup_view.card_time is not None
    qtbot.mouseClick(console.setup.new_button, Qt.MouseButton.LeftButton)
    assert console.setup_view.step is SetupStep.NEW
    # Typed keys reach a field once the scan filter has seen they are not a scan.
    qtbot.keyClicks(console.setup.name_field, "Marisol Quintero")
    qtbot.waitUntil(lambda: console.setup.name_field.text() == "Marisol Quintero", timeout=15_000)
    qtbot.keyClicks(console.setup.year_field, "2011")
    qtbot.waitUntil(lambda: console.setup.year_field.text() == "2011", timeout=15_000)
    qtbot.mouseClick(console.setup.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.setup_view.step is SetupStep.DONE, timeout=20_000)
    assert console.setup_view.done_name == "Marisol Quintero"

    # Set up twice: refused with one clear line, nothing changed.
    console.handle_scan(new_card)
    qtbot.mouseClick(console.setup.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(console.setup.name_field, "Someone Else")
    qtbot.waitUntil(lambda: console.setup.name_field.text() == "Someone Else", timeout=15_000)
    qtbot.mouseClick(console.setup.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already set up" in console.setup_view.error, timeout=20_000)

    qtbot.mouseClick(console.setup.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(console.screen.close_button, Qt.MouseButton.LeftButton)
    assert gui.window.current_screen() is gui.window.attract
    scan(qtbot, gui, new_card)
    qtbot.waitUntil(lambda: gui.window.current_screen() is gui.window.welcome, timeout=20_000)
    assert gui.window.welcome.view is not None
    assert gui.window.welcome.view.name == "Marisol"
    assert visits(services) == 1
    actions = audit_actions(services)
    assert actions.count("patron_registered") == 1
    assert "staff_action" in actions


def test_kiosk_starts_and_answers_see_staff_when_database_is_unusable(
    qtbot: QtBot, tmp_path: Path
) -> None:
    setup, services = prepare_demo(tmp_path / "demo", patrons=2)
    services.close()
    broken = setup.config.with_overrides(
        database=type(setup.config.database)(url=f"sqlite:///{tmp_path / 'gone' / 'x.db'}")
    )
    assert isinstance(broken, Config)
    services = open_services(broken, strict=False)
    assert services.migrated is False
    kiosk = start_gui(qtbot, broken, build_context(broken, services=services))
    try:
        scan(qtbot, kiosk, setup.data.patrons[0][2])
        qtbot.waitUntil(
            lambda: kiosk.window.current_screen() is kiosk.window.message, timeout=20_000
        )
        assert kiosk.window.message.kind is MessageKind.UNAVAILABLE
        assert "staff" in visible_texts(kiosk).lower()
    finally:
        kiosk.close()
        services.close()


def test_serial_scanner_feeds_the_same_scan_path(
    qtbot: QtBot, tmp_path: Path, demo: tuple[DemoSetup, Services]
) -> None:
    from dataclasses import replace

    from hardware.sim.scanner import ScannerSimulator

    setup, services = demo
    with ScannerSimulator() as scanner:
        config = setup.config.with_overrides(
            scan=replace(setup.config.scan, serial_port=scanner.port)
        )
        context = build_context(config, services=services)
        kiosk = start_gui(qtbot, config, context)
        try:
            assert context.devices is not None and context.devices.scanner is not None
            assert context.devices.scanner.scanner.wait_connected(5)
            name, _number, payload = setup.data.patrons[1]
            scanner.scan(payload)
            qtbot.waitUntil(
                lambda: kiosk.window.current_screen() is kiosk.window.welcome, timeout=20_000
            )
            assert name.split()[0] in visible_texts(kiosk)

            kiosk.window.reset_to_attract()
            scanner.scan("X" * 2000)  # a flood from a faulty scanner: refused, not crashed
            qtbot.waitUntil(
                lambda: kiosk.window.current_screen() is kiosk.window.message, timeout=20_000
            )
            assert kiosk.window.message.kind is MessageKind.MALFORMED
            assert visits(services) == 1
        finally:
            kiosk.close()


def test_demo_cards_let_a_newcomer_reach_every_screen(
    qapp: QApplication, demo: tuple[DemoSetup, Services]
) -> None:
    from kiosk.core.results import ScanOutcome
    from kiosk.ui.demo_cards import demo_cards

    setup, services = demo
    cards = demo_cards(setup.data, setup.kits)
    outcomes = [services.checkin.handle_scan(payload).outcome for _, payload in cards]
    patrons = len(setup.data.patrons)
    assert outcomes[: patrons - 1] == [ScanOutcome.WELCOME] * (patrons - 1)
    assert outcomes[patrons - 1] is ScanOutcome.REVOKED_CARD
    assert "revoked" in cards[patrons - 1][0]
    assert outcomes[patrons:] == [
        ScanOutcome.STAFF,
        ScanOutcome.FORGED_CARD,
        ScanOutcome.MALFORMED,
        # The demo kit's label: at the start screen, "scan your card first".
        ScanOutcome.KIT_LABEL,
    ]
    assert cards[-1][0] == "Kit label: Arduino kit 1"


def test_the_demo_shows_its_simulated_relay_and_printer_live_in_the_staff_console(
    qtbot: QtBot, demo: tuple[DemoSetup, Services]
) -> None:
    from kiosk.demo_mode import DemoDevices
    from kiosk.devices.status import LinkStatus

    setup, services = demo
    with DemoDevices() as devices:
        config = devices.declare(setup.config)
        kiosk = start_gui(qtbot, config, build_context(config, services=services))
        try:
            open_console(qtbot, kiosk, setup)
            console = kiosk.window.console

            def live() -> bool:
                view = console.view
                return view is not None and [(row.name, row.status) for row in view.devices] == [
                    ("Database", LinkStatus.CONNECTED),
                    ("Demo relay controller", LinkStatus.CONNECTED),
                    ("Demo printer", LinkStatus.CONNECTED),
                ]

            qtbot.waitUntil(live, timeout=15_000)
            qtbot.mouseClick(console.screen.lock_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(
                lambda: "Every machine is locked" in console.view.status_line, timeout=10_000
            )
        finally:
            kiosk.close()
