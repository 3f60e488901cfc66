"""Check-in: a scan at the start screen, then a welcome, a plain-words message, or (for a staff
card) the PIN that opens the staff console. This flow also owns the start screen."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import Signal

from kiosk.core.card_codec import is_kit_label
from kiosk.core.results import (
    PatronSummary,
    PinOutcome,
    PinResult,
    ScanOutcome,
    ScanResult,
    StaffSummary,
)
from kiosk.ui.clock_text import display_zone, local_time
from kiosk.ui.lanes import Request
from kiosk.ui.navigator import Flow, FlowContext, Navigator, Stay
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.checking import CheckingScreen
from kiosk.ui.screens.message import MessageKind, MessageScreen
from kiosk.ui.screens.staff_pin import StaffPinScreen
from kiosk.ui.screens.welcome import WelcomeScreen, WelcomeView
from kiosk.ui.sound import Cue, ScanSounds

logger = logging.getLogger(__name__)

# Where a kit label scanned at the welcome goes.
LENDING_FLOW = "lending"
# The PIN opens the staff console; what staff may do there is checked action by action.
CONSOLE_ACTION = "open_console"

MESSAGE_FOR_OUTCOME = {
    ScanOutcome.UNKNOWN_CARD: MessageKind.UNKNOWN_CARD,
    ScanOutcome.REVOKED_CARD: MessageKind.REVOKED_CARD,
    ScanOutcome.FORGED_CARD: MessageKind.FORGED_CARD,
    ScanOutcome.MALFORMED: MessageKind.MALFORMED,
    ScanOutcome.LIBRARY_BARCODE: MessageKind.LIBRARY_BARCODE,
    ScanOutcome.KIT_LABEL: MessageKind.KIT_LABEL,
    ScanOutcome.UNAVAILABLE: MessageKind.UNAVAILABLE,
}


def greeting_name(display_name: str, full: bool) -> str:
    """The first word of the name unless the library wants the full name shown."""
    words = display_name.split()
    if full or not words:
        return display_name
    return words[0]


class CheckInFlow(Flow):
    name = "checkin"
    # A patron's welcome is on screen: other flows add to it (today's reservations).
    patron_welcomed = Signal(object)

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        settings = context.settings
        self._zone = display_zone(settings.timezone)
        self.sounds = ScanSounds(enabled=settings.sound, volume=settings.sound_volume)
        self.attract = AttractScreen(
            settings.library_name, settings.branch_name, demo=bool(settings.demo_cards)
        )
        self.add_screen(self.attract)
        navigator.set_home(self.attract, self)
        self.checking = CheckingScreen()
        self.add_screen(self.checking)
        # Built on first use: a kiosk just switched on shows its start screen sooner.
        self._welcome: WelcomeScreen | None = None
        self._message: MessageScreen | None = None
        self._staff_pin: StaffPinScreen | None = None
        self._scan: Request | None = None
        self._scan_text: str | None = None
        self._pending_scan: str | None = None
        self._pin: Request | None = None
        self._staff: StaffSummary | None = None
        self._patron: PatronSummary | None = None

    # -- screens -----------------------------------------------------------------------------

    @property
    def welcome(self) -> WelcomeScreen:
        if self._welcome is None:
            self._welcome = WelcomeScreen()
            self.add_screen(self._welcome)
            self._welcome.done.connect(self.nav.home)
            self._welcome.action_chosen.connect(self._on_action)
        return self._welcome

    @property
    def message(self) -> MessageScreen:
        if self._message is None:
            self._message = MessageScreen()
            self.add_screen(self._message)
            self._message.dismissed.connect(self.nav.home)
        return self._message

    @property
    def staff_pin(self) -> StaffPinScreen:
        if self._staff_pin is None:
            self._staff_pin = StaffPinScreen()
            self.add_screen(self._staff_pin)
            self._staff_pin.cancelled.connect(self.nav.home)
            self._staff_pin.submitted.connect(self._on_pin_submitted)
        return self._staff_pin

    def _patron_stay(self) -> Stay:
        settings = self.context.settings
        return Stay(settings.idle_timeout_s, settings.countdown_s)

    # -- scans -------------------------------------------------------------------------------

    def accepts_scans(self) -> bool:
        return True

    def handle_scan(self, text: str) -> None:
        patron = self._patron
        if (
            patron is not None
            and self._welcome is not None
            and self.nav.stack.currentWidget() is self._welcome
            and is_kit_label(text)
            and self.nav.has_flow(LENDING_FLOW)
        ):
            # A patron just checked in scans a kit: they mean to borrow or return it.
            self.nav.start(LENDING_FLOW, patron=patron, label=text)
            return
        if self._scan is not None and self._scan.live:
            if self._scan_text == text:
                logger.debug("repeat of the scan in progress ignored")
                return
            # Only the latest scan waits: a queue of old scans would replay stale screens.
            self._pending_scan = text
            return
        self._start_scan(text)

    def handle_scan_refused(self, reason: str) -> None:
        if self._scan is not None and self._scan.live:
            return  # the answer to the scan in progress is more useful than this one
        logger.info("scan refused by the scan input: %s", reason)
        self._record(ScanOutcome.MALFORMED)
        self.show_message(MessageKind.MALFORMED)

    def _start_scan(self, text: str) -> None:
        settings = self.context.settings
        self.show(self.checking, Stay(settings.checking_timeout_s, activity_extends=False))
        services = self.context.services
        self._scan_text = text
        self._scan = self.run(
            self.context.lanes.database,
            lambda: services.current().checkin.handle_scan(text),
            self._scan_answered,
            self._scan_failed,
        )

    def _scan_answered(self, result: ScanResult) -> None:
        text, self._scan_text = self._scan_text, None
        try:
            self._record(result.outcome, text or "")
            self.show_scan_result(result)
        except Exception:
            # A result that does not look like the contract says is a bug, not the patron's.
            logger.exception("could not show the scan result")
            self.show_message(MessageKind.UNAVAILABLE)
        self._run_pending_scan()

    def _scan_failed(self, error: BaseException) -> None:
        self._scan_text = None
        logger.error("check-in call failed: %r", error, exc_info=error)
        self._record(ScanOutcome.UNAVAILABLE)
        self.show_message(MessageKind.UNAVAILABLE)
        self._run_pending_scan()

    def _run_pending_scan(self) -> None:
        text, self._pending_scan = self._pending_scan, None
        if text is not None:
            self._start_scan(text)

    def _record(self, outcome: ScanOutcome, text: str = "") -> None:
        self.context.scan_log.record(outcome, datetime.now(UTC), text)

    def show_scan_result(self, result: ScanResult) -> None:
        outcome = result.outcome
        if outcome == ScanOutcome.WELCOME and result.patron is not None:
            logger.info("check-in: welcome")
            self._show_welcome(result.patron, result)
            self.sounds.play(Cue.CHECKED_IN)
        elif outcome == ScanOutcome.STAFF and result.staff is not None:
            logger.info("staff card scanned: asking for PIN")
            self.show(self.staff_pin, self._patron_stay())
            self._staff = result.staff
            self.staff_pin.start(greeting_name(result.staff.display_name, False))
            if result.staff_locked_until is not None:
                self.staff_pin.show_locked(self._minutes_until(result.staff_locked_until))
        elif outcome in MESSAGE_FOR_OUTCOME:
            logger.info("check-in: %s", outcome)
            self.show_message(MESSAGE_FOR_OUTCOME[outcome])
        else:
            logger.error("check-in returned an unexpected outcome %r", outcome)
            self.show_message(MessageKind.UNAVAILABLE)

    def _show_welcome(self, patron: PatronSummary, result: ScanResult) -> None:
        settings = self.context.settings
        at = result.checked_in_at or datetime.now(UTC)
        actions = tuple((a.key, a.label()) for a in self.context.patron_actions.all())
        view = WelcomeView(
            name=greeting_name(patron.display_name, settings.show_full_name),
            time=local_time(at, self._zone),
            first_today=result.visit_counted,
            actions=actions,
        )
        self.show(self.welcome, self._patron_stay())
        self._patron = patron
        self.welcome.zone = self._zone
        self.welcome.show_view(view)
        self.patron_welcomed.emit(patron)

    @property
    def welcomed_patron(self) -> PatronSummary | None:
        """The patron whose welcome is on screen, if any."""
        return self._patron

    def welcome_for(self, patron: PatronSummary) -> WelcomeScreen | None:
        """The welcome screen while it is on screen for `patron`, for the flows that add to
        it; None once the patron has gone or another one has scanned in."""
        welcome = self._welcome
        if (
            welcome is None
            or self._patron != patron
            or self.nav.stack.currentWidget() is not welcome
        ):
            return None
        return welcome

    def show_message(self, kind: MessageKind) -> None:
        settings = self.context.settings
        # The countdown (and its "I need more time") on messages too: they time out as well.
        countdown = min(settings.countdown_s, settings.message_timeout_s)
        self.show(self.message, Stay(settings.message_timeout_s, countdown))
        self.message.show_kind(kind)
        self.sounds.play(Cue.REFUSED)

    def _on_action(self, key: str) -> None:
        patron = self._patron
        if patron is None:
            return
        action = self.context.patron_actions.get(key)
        action.start(patron)

    # -- staff PIN ---------------------------------------------------------------------------

    def _on_pin_submitted(self, pin: str) -> None:
        staff = self._staff
        if staff is None or (self._pin is not None and self._pin.live):
            return
        self.staff_pin.set_busy(True)
        services = self.context.services
        staff_id = staff.staff_id
        self._pin = self.run(
            self.context.lanes.database,
            lambda: services.current().staff_auth.verify_pin(staff_id, pin, CONSOLE_ACTION),
            self.show_pin_result,
            self._pin_failed,
        )

    def _pin_failed(self, error: BaseException) -> None:
        logger.error("PIN check failed: %r", error, exc_info=error)
        self.staff_pin.show_unavailable()

    def show_pin_result(self, result: PinResult) -> None:
        outcome = result.outcome
        logger.info("staff PIN check: %s", outcome)
        if outcome == PinOutcome.OK:
            staff = result.staff or self._staff
            self.nav.start("staff_console", staff=staff)
        elif outcome == PinOutcome.WRONG_PIN:
            self.staff_pin.show_wrong_pin(result.attempts_left)
        elif outcome == PinOutcome.LOCKED:
            self.staff_pin.show_locked(self._minutes_until(result.locked_until))
        elif outcome == PinOutcome.UNKNOWN:
            self.staff_pin.show_unknown()
        else:
            self.staff_pin.show_unavailable()

    @staticmethod
    def _minutes_until(moment: datetime | None) -> int | None:
        if moment is None:
            return None
        seconds = (moment - datetime.now(UTC)).total_seconds()
        return max(1, -int(-seconds // 60))

    # -- lifecycle ---------------------------------------------------------------------------

    def on_timeout(self, screen: object) -> None:
        if screen is self.checking:
            logger.error(
                "no answer from the check-in service within %d s",
                self.context.settings.checking_timeout_s,
            )
            self.reset()
            self._record(ScanOutcome.UNAVAILABLE)
            self.show_message(MessageKind.UNAVAILABLE)
            return
        self.nav.home()

    def reset(self) -> None:
        super().reset()
        self._scan = self._pin = None
        self._scan_text = self._pending_scan = None
        self._staff = None
        self._patron = None
        for screen in (self._welcome, self._staff_pin, self._message):
            if screen is not None:
                screen.clear()

    def start(self, **arguments: object) -> None:
        self.nav.home()
