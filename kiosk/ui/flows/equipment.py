"""Equipment: after check-in, a patron sees the branch's machines and what is free today and
this week, books a free time on a machine's day or week, uses a free machine now, and sees and
cancels their reservations; a booking whose time is now starts the machine's session.

Also, outside any patron's session: the start screen's board of machines (refreshed on the
database lane every minute and whenever the kiosk goes back to the start) and the welcome
screen's list of the patron's reservations today."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Protocol

from PySide6.QtCore import QTimer

from kiosk.core.booking_views import (
    Availability,
    BoardRow,
    BookingLimits,
    BookingRefused,
    Refusal,
    RefusalCode,
    ReservationSummary,
)
from kiosk.core.equipment_admin_views import ClosedDayBooking
from kiosk.core.results import PatronSummary
from kiosk.errors import Conflict
from kiosk.ui.booking_model import (
    Machine,
    current,
    free_now,
    free_run_minutes,
    length_choice,
    machines,
    on_day,
    outlook,
)
from kiosk.ui.clock_text import display_zone
from kiosk.ui.lanes import Request
from kiosk.ui.navigator import Flow, FlowContext, Navigator, Stay
from kiosk.ui.patron_actions import PatronAction
from kiosk.ui.screens.equipment import (
    BoardEntry,
    BookedScreen,
    BookedView,
    EquipmentListScreen,
    EquipmentListView,
    LengthScreen,
    LengthView,
    MachineBoard,
    MachineCard,
    MachineScreen,
    MachineView,
    RefusedScreen,
    RefusedView,
    ReservationsScreen,
    ReservationsView,
)
from kiosk.ui.screens.welcome import WelcomeScreen

logger = logging.getLogger(__name__)

DAYS_SHOWN = 7
BOARD_REFRESH_MS = 60_000
WAIVER_FLOW = "waiver"
SESSION_FLOW = "machine_session"


class BookingLike(Protocol):
    """What the screens need of kiosk.core.booking's BookingService."""

    def availability(
        self, patron_id: uuid.UUID | None, first_day: Any, days: int
    ) -> Availability: ...

    def limits(self, item_id: uuid.UUID) -> BookingLimits: ...

    def book(
        self, patron_id: uuid.UUID, item_id: uuid.UUID, starts_at: datetime, minutes: int
    ) -> ReservationSummary: ...

    def walk_in(
        self, patron_id: uuid.UUID, item_id: uuid.UUID, minutes: int
    ) -> ReservationSummary: ...

    def cancel(self, patron_id: uuid.UUID, reservation_id: uuid.UUID) -> Any: ...

    def my_reservations(self, patron_id: uuid.UUID) -> tuple[ReservationSummary, ...]: ...

    def board(self) -> tuple[BoardRow, ...]: ...

    def release_no_shows(self) -> int: ...

    def closed_day_bookings(
        self, patron_id: uuid.UUID | None = None
    ) -> tuple[ClosedDayBooking, ...]: ...


def booking_of(core: object) -> BookingLike:
    """The booking service of the core services; LookupError on a core without one."""
    service: BookingLike | None = getattr(core, "booking", None)
    if service is None:
        raise LookupError("this kiosk's core has no booking service")
    return service


class EquipmentFlow(Flow):
    name = "equipment"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self.zone = display_zone(context.settings.timezone)
        # Injectable for tests: which slot is "now" and which bookings can start.
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._list: EquipmentListScreen | None = None
        self._machine: MachineScreen | None = None
        self._length: LengthScreen | None = None
        self._refused: RefusedScreen | None = None
        self._booked: BookedScreen | None = None
        self._reservations: ReservationsScreen | None = None
        self.patron: PatronSummary | None = None
        self.machines: tuple[Machine, ...] = ()
        self._limits: dict[uuid.UUID, BookingLimits] = {}
        self._booking: Request | None = None
        context.patron_actions.add(
            PatronAction(
                "equipment",
                label=lambda: self.tr("Equipment"),
                start=lambda patron: self.nav.start(self.name, patron=patron),
            )
        )
        # The start screen's board and the welcome's reservations belong to the check-in
        # flow's screens; this flow fills them.
        home = navigator.flow("checkin")
        self.board = MachineBoard(self.zone)
        self._board_request: Request | None = None
        self._board_failed_logged = False
        attract = getattr(home, "attract", None)
        self._attract = attract
        board_slot = getattr(attract, "board_slot", None)
        if board_slot is not None:
            board_slot.addWidget(self.board)
        welcomed = getattr(home, "patron_welcomed", None)
        if welcomed is not None:
            welcomed.connect(self._patron_welcomed)
        self._home = home
        self._welcome_connected = False
        self.board_timer = QTimer(self)
        self.board_timer.setInterval(BOARD_REFRESH_MS)
        self.board_timer.timeout.connect(self.refresh_board)
        self.board_timer.start()
        navigator.session_ended.connect(self.refresh_board)
        QTimer.singleShot(0, self, self.refresh_board)

    # -- screens, built on first use ----------------------------------------------------------

    @property
    def list_screen(self) -> EquipmentListScreen:
        if self._list is None:
            self._list = EquipmentListScreen(self.zone)
            self.add_screen(self._list)
            self._list.back.connect(self.nav.home)
            self._list.machine_chosen.connect(self.open_machine)
            self._list.reservations_requested.connect(self.open_reservations)
        return self._list

    @property
    def machine_screen(self) -> MachineScreen:
        if self._machine is None:
            self._machine = MachineScreen(self.zone)
            self.add_screen(self._machine)
            self._machine.back.connect(self._show_list)
            self._machine.slot_chosen.connect(self.choose_slot)
            self._machine.day_changed.connect(self._change_day)
            self._machine.week_toggled.connect(self._toggle_week)
            self._machine.use_now.connect(self.use_now)
        return self._machine

    @property
    def length_screen(self) -> LengthScreen:
        if self._length is None:
            self._length = LengthScreen(self.zone)
            self.add_screen(self._length)
            self._length.back.connect(self._back_to_machine)
            self._length.shorter.connect(lambda: self._step(-1))
            self._length.longer.connect(lambda: self._step(1))
            self._length.confirmed.connect(self.confirm)
        return self._length

    @property
    def refused_screen(self) -> RefusedScreen:
        if self._refused is None:
            self._refused = RefusedScreen(self.zone)
            self.add_screen(self._refused)
            self._refused.back.connect(self._reload_machine)
            self._refused.done.connect(self.nav.home)
            self._refused.waiver_requested.connect(self._open_waiver)
        return self._refused

    @property
    def booked_screen(self) -> BookedScreen:
        if self._booked is None:
            self._booked = BookedScreen(self.zone)
            self.add_screen(self._booked)
            self._booked.done.connect(self.nav.home)
            self._booked.reservations_requested.connect(self.open_reservations)
            self._booked.start_requested.connect(self._start_booked)
        return self._booked

    @property
    def reservations_screen(self) -> ReservationsScreen:
        if self._reservations is None:
            self._reservations = ReservationsScreen(self.zone)
            self.add_screen(self._reservations)
            self._reservations.back.connect(self._show_list_reloaded)
            self._reservations.cancel_requested.connect(self._ask_cancel)
            self._reservations.cancel_withdrawn.connect(self._withdraw_cancel)
            self._reservations.cancel_confirmed.connect(self.cancel)
            self._reservations.start_requested.connect(self.start_session)
        return self._reservations

    def _stay(self) -> Stay:
        settings = self.context.settings
        return Stay(settings.idle_timeout_s, settings.countdown_s)

    def _today(self) -> Any:
        return self.now().astimezone(self.zone).date()

    def _call(
        self,
        work: Callable[[BookingLike], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Request:
        services = self.context.services
        return self.run(
            self.context.lanes.database,
            lambda: work(booking_of(services.current())),
            on_result,
            on_error,
        )

    # -- the list of machines -----------------------------------------------------------------

    def start(self, **arguments: Any) -> None:
        patron = arguments.get("patron")
        if not isinstance(patron, PatronSummary):
            logger.error("the equipment flow needs a patron")
            self.nav.home()
            return
        self.patron = patron
        item_id = arguments.get("item_id")
        if arguments.get("reservations"):
            self.open_reservations()
            return
        self._load(then=item_id if isinstance(item_id, uuid.UUID) else None)

    def _load(self, then: uuid.UUID | None = None) -> None:
        patron = self.patron
        if patron is None:
            return
        if then is None:
            self.show(self.list_screen, self._stay())
            self.list_screen.show_view(EquipmentListView(today=self._today(), loading=True))
        first = self._today()
        self._call(
            lambda booking: booking.availability(patron.patron_id, first, DAYS_SHOWN),
            lambda availability: self._loaded(availability, then),
            self._load_failed,
        )

    def _loaded(self, availability: Availability, then: uuid.UUID | None) -> None:
        self.machines = machines(availability, self.zone)
        if then is not None and any(m.item_id == then for m in self.machines):
            self.open_machine(then)
            return
        self._show_list()

    def _load_failed(self, error: BaseException) -> None:
        logger.error("equipment: availability failed: %r", error, exc_info=error)
        self.show(self.list_screen, self._stay())
        self.list_screen.show_view(EquipmentListView(today=self._today(), failed=True))

    def list_view(self) -> EquipmentListView:
        now = self.now()
        cards = []
        for machine in self.machines:
            look, first = outlook(machine, now, self.zone)
            cards.append(
                MachineCard(
                    machine.item_id,
                    machine.name,
                    machine.icon,
                    look,
                    first,
                    machine.free_slots(),
                    machine.required_training,
                )
            )
        return EquipmentListView(tuple(cards), today=self._today())

    def _show_list(self) -> None:
        self.show(self.list_screen, self._stay())
        self.list_screen.show_view(self.list_view())

    def _show_list_reloaded(self) -> None:
        self._load()

    # -- one machine ---------------------------------------------------------------------------

    def machine(self, item_id: uuid.UUID) -> Machine | None:
        return next((m for m in self.machines if m.item_id == item_id), None)

    def open_machine(self, item_id: object, *, week: bool = False) -> None:
        if not isinstance(item_id, uuid.UUID):
            return
        machine = self.machine(item_id)
        if machine is None:
            return
        today = self._today()
        self._show_machine(MachineView(machine, today, today, self.now(), week=week))

    def _show_machine(self, view: MachineView) -> None:
        now = self.now()
        machine = self.machine(view.machine.item_id) or view.machine
        view = replace(view, machine=machine, now=now, can_use_now=free_now(machine, now))
        self.show(self.machine_screen, self._stay())
        self.machine_screen.show_view(view)

    def _change_day(self, delta: int) -> None:
        view = self.machine_screen.view
        if view is None:
            return
        days = [entry.day for entry in view.machine.days]
        if view.day not in days:
            return
        index = min(max(days.index(view.day) + delta, 0), len(days) - 1)
        self._show_machine(replace(view, day=days[index], week=False))

    def _toggle_week(self, week: bool) -> None:
        view = self.machine_screen.view
        if view is None:
            return
        day = view.today if week else view.day
        self._show_machine(replace(view, week=week, day=day))

    def _back_to_machine(self) -> None:
        view = self.machine_screen.view
        if view is None:
            self._show_list()
            return
        self._show_machine(view)

    def _reload_machine(self) -> None:
        """After a refusal: the times again as they are now (someone may have booked)."""
        view = self.machine_screen.view
        if view is None:
            self._load()
            return
        patron = self.patron
        if patron is None:
            return
        first = self._today()
        self._call(
            lambda booking: booking.availability(patron.patron_id, first, DAYS_SHOWN),
            lambda availability: self._reloaded(availability, view),
            self._load_failed,
        )

    def _reloaded(self, availability: Availability, view: MachineView) -> None:
        self.machines = machines(availability, self.zone)
        self._show_machine(view)

    # -- choosing a length and booking -----------------------------------------------------------

    def choose_slot(self, starts_at: object) -> None:
        view = self.machine_screen.view
        if view is None or not isinstance(starts_at, datetime):
            return
        self._with_limits(view.machine, lambda limits: self._ask_length(view, starts_at, limits))

    def use_now(self) -> None:
        view = self.machine_screen.view
        if view is None or not free_now(view.machine, self.now()):
            return
        self._with_limits(
            view.machine, lambda limits: self._ask_length(view, self.now(), limits, walk_in=True)
        )

    def _with_limits(self, machine: Machine, then: Callable[[BookingLimits], None]) -> None:
        known = self._limits.get(machine.item_id)
        if known is not None:
            then(known)
            return
        item_id = machine.item_id

        def remember(limits: BookingLimits) -> None:
            self._limits[item_id] = limits
            then(limits)

        self._call(lambda booking: booking.limits(item_id), remember, self._booking_failed)

    def _ask_length(
        self, view: MachineView, starts_at: datetime, limits: BookingLimits, walk_in: bool = False
    ) -> None:
        machine = view.machine
        choice = length_choice(limits, free_run_minutes(machine, starts_at))
        self.show(self.length_screen, self._stay())
        self.length_screen.show_view(
            LengthView(
                machine.item_id,
                machine.name,
                machine.icon,
                starts_at,
                choice,
                self._today(),
                walk_in=walk_in,
            )
        )

    def _step(self, direction: int) -> None:
        view = self.length_screen.view
        if view is None or view.busy:
            return
        choice = view.choice.longer() if direction > 0 else view.choice.shorter()
        self.length_screen.show_view(replace(view, choice=choice))

    def confirm(self) -> None:
        view = self.length_screen.view
        patron = self.patron
        if view is None or patron is None or view.busy:
            return
        if self._booking is not None and self._booking.live:
            return
        self.length_screen.show_view(replace(view, busy=True))
        minutes = view.choice.minutes
        if view.walk_in:
            work: Callable[[BookingLike], Any] = lambda booking: booking.walk_in(  # noqa: E731
                patron.patron_id, view.item_id, minutes
            )
        else:
            work = lambda booking: booking.book(  # noqa: E731
                patron.patron_id, view.item_id, view.starts_at, minutes
            )
        self._booking = self._call(
            work,
            lambda reservation: self._booked_ok(reservation, view.walk_in),
            lambda error: self._booking_refused(error, view),
        )

    def _booked_ok(self, reservation: ReservationSummary, walk_in: bool) -> None:
        now = self.now()
        can_start = self.nav.has_flow(SESSION_FLOW) and (walk_in or current(reservation, now))
        self.show(self.booked_screen, self._stay())
        self.booked_screen.show_view(BookedView(reservation, self._today(), can_start=can_start))

    def _booking_refused(self, error: BaseException, view: LengthView) -> None:
        if isinstance(error, BookingRefused):
            refusals = tuple(error.refusals)
        elif isinstance(error, Conflict):
            refusals = (Refusal(RefusalCode.OVERLAP, {}),)
        else:
            logger.error("equipment: booking failed: %r", error, exc_info=error)
            refusals = ()
        self.show(self.refused_screen, self._stay())
        self.refused_screen.show_view(
            RefusedView(
                view.item_name,
                refusals,
                waiver_flow=self.nav.has_flow(WAIVER_FLOW),
            )
        )

    def _booking_failed(self, error: BaseException) -> None:
        logger.error("equipment: a booking call failed: %r", error, exc_info=error)
        self.show(self.refused_screen, self._stay())
        view = self.machine_screen.view
        name = view.machine.name if view is not None else ""
        self.refused_screen.show_view(RefusedView(name, (), waiver_flow=False))

    def _open_waiver(self) -> None:
        patron = self.patron
        if patron is None or not self.nav.has_flow(WAIVER_FLOW):
            return
        view = self.machine_screen.view
        then_args: dict[str, object] = {"patron": patron}
        if view is not None:
            then_args["item_id"] = view.machine.item_id
        self.nav.start(WAIVER_FLOW, patron=patron, then=self.name, then_args=then_args)

    def _start_booked(self) -> None:
        view = self.booked_screen.view
        if view is not None:
            self.start_session(view.reservation.reservation_id)

    def start_session(self, reservation_id: object) -> None:
        patron = self.patron
        if patron is None or not isinstance(reservation_id, uuid.UUID):
            return
        self.nav.start(SESSION_FLOW, patron=patron, reservation_id=reservation_id)

    # -- my reservations --------------------------------------------------------------------------

    def open_reservations(self, cancelled: str = "", refused: tuple[Refusal, ...] = ()) -> None:
        patron = self.patron
        if patron is None:
            return
        self.show(self.reservations_screen, self._stay())
        self.reservations_screen.show_view(
            ReservationsView(
                today=self._today(),
                now=self.now(),
                loading=True,
                cancelled=cancelled,
                refused=refused,
            )
        )
        self._call(
            lambda booking: booking.my_reservations(patron.patron_id),
            lambda found: self._reservations_loaded(found, cancelled, refused),
            self._reservations_failed,
        )

    def _reservations_loaded(
        self,
        found: tuple[ReservationSummary, ...],
        cancelled: str,
        refused: tuple[Refusal, ...] = (),
    ) -> None:
        now = self.now()
        shown = tuple(
            sorted(
                (r for r in found if r.status in ("booked", "active") and r.ends_at > now),
                key=lambda r: r.starts_at,
            )
        )
        self.reservations_screen.show_view(
            ReservationsView(
                shown,
                today=self._today(),
                now=now,
                cancelled=cancelled,
                can_start=self.nav.has_flow(SESSION_FLOW),
                refused=refused,
            )
        )

    def _reservations_failed(self, error: BaseException) -> None:
        logger.error("equipment: reservations failed: %r", error, exc_info=error)
        self.reservations_screen.show_view(
            ReservationsView(today=self._today(), now=self.now(), failed=True)
        )

    def _ask_cancel(self, reservation_id: object) -> None:
        view = self.reservations_screen.view
        if isinstance(reservation_id, uuid.UUID):
            self.reservations_screen.show_view(replace(view, confirm=reservation_id, cancelled=""))

    def _withdraw_cancel(self) -> None:
        view = self.reservations_screen.view
        self.reservations_screen.show_view(replace(view, confirm=None))

    def cancel(self, reservation_id: object) -> None:
        patron = self.patron
        view = self.reservations_screen.view
        if patron is None or not isinstance(reservation_id, uuid.UUID) or view.busy:
            return
        item = next(
            (r.item_name for r in view.reservations if r.reservation_id == reservation_id), ""
        )
        self.reservations_screen.show_view(replace(view, busy=True))
        self._call(
            lambda booking: booking.cancel(patron.patron_id, reservation_id),
            lambda _result: self.open_reservations(cancelled=item),
            self._cancel_failed,
        )

    def _cancel_failed(self, error: BaseException) -> None:
        if isinstance(error, BookingRefused):
            # Say why (it started meanwhile, it is someone else's), with the list as it is now.
            self.open_reservations(refused=tuple(error.refusals))
            return
        self._reservations_failed(error)

    # -- the welcome's reservations today ---------------------------------------------------------

    def _patron_welcomed(self, patron: object) -> None:
        if not isinstance(patron, PatronSummary):
            return
        welcome = getattr(self._home, "welcome", None)
        if welcome is None:
            return
        if not self._welcome_connected:
            welcome.start_reservation.connect(lambda rid: self._start_from_welcome(rid))
            self._welcome_connected = True
        services = self.context.services
        # Not through `run`: this flow is not on screen, and the answer is dropped by hand
        # when the welcome no longer shows this patron.
        self.context.lanes.database.submit(
            lambda: booking_of(services.current()).my_reservations(patron.patron_id),
            on_result=lambda found: self._today_loaded(patron, found),
            on_error=lambda error: logger.info("no reservations shown on welcome: %r", error),
        )
        self.context.lanes.database.submit(
            lambda: booking_of(services.current()).closed_day_bookings(patron.patron_id),
            on_result=lambda closed: self._closed_loaded(patron, closed),
            on_error=lambda error: logger.info("closed days not shown on welcome: %r", error),
        )

    def _welcome_for(self, patron: PatronSummary) -> WelcomeScreen | None:
        """The welcome screen while it still shows this patron, else None."""
        welcome_for = getattr(self._home, "welcome_for", None)
        welcome = welcome_for(patron) if welcome_for is not None else None
        return welcome if isinstance(welcome, WelcomeScreen) else None

    def _closed_loaded(self, patron: PatronSummary, closed: tuple[ClosedDayBooking, ...]) -> None:
        welcome = self._welcome_for(patron)
        if welcome is not None and closed:
            welcome.show_closed(closed, self.zone)

    def _today_loaded(self, patron: PatronSummary, found: tuple[ReservationSummary, ...]) -> None:
        welcome = self._welcome_for(patron)
        if welcome is None:
            return  # the patron has gone, or another one scanned in meanwhile
        now = self.now()
        today = on_day(found, self._today(), self.zone, now)
        if not today:
            return  # never "no reservations today"
        startable = tuple(
            r.reservation_id for r in today if current(r, now) and self.nav.has_flow(SESSION_FLOW)
        )
        welcome.show_today(today, startable, self.zone)

    def _start_from_welcome(self, reservation_id: object) -> None:
        patron = getattr(self._home, "welcomed_patron", None)
        if isinstance(patron, PatronSummary) and isinstance(reservation_id, uuid.UUID):
            self.patron = patron
            self.nav.start(SESSION_FLOW, patron=patron, reservation_id=reservation_id)

    # -- the start screen's board ----------------------------------------------------------------

    def refresh_board(self) -> None:
        if self._board_request is not None and self._board_request.live:
            return
        services = self.context.services
        try:
            self._board_request = self.context.lanes.database.submit(
                lambda: _board_after_no_shows(booking_of(services.current())),
                on_result=self._board_loaded,
                on_error=self._board_failed,
            )
        except RuntimeError:  # the kiosk is shutting down: its lanes take no more work
            self.board_timer.stop()

    def _board_loaded(self, rows: tuple[BoardRow, ...]) -> None:
        self._board_failed_logged = False
        self._show_board(
            tuple(BoardEntry(row.name, row.icon, row.state, row.until) for row in rows)
        )

    def _show_board(self, entries: tuple[BoardEntry, ...]) -> None:
        self.board.show_entries(entries)
        make_room = getattr(self._attract, "make_room", None)
        if make_room is not None:
            make_room(bool(entries))

    def _board_failed(self, error: BaseException) -> None:
        if not self._board_failed_logged:
            logger.warning("the machine board could not be read: %r", error)
            self._board_failed_logged = True
        self._show_board(())

    # -- lifecycle --------------------------------------------------------------------------------

    def reset(self) -> None:
        super().reset()
        self.patron = None
        self.machines = ()
        self._limits = {}
        self._booking = None
        for screen in (
            self._list,
            self._machine,
            self._length,
            self._refused,
            self._booked,
        ):
            if screen is not None and hasattr(screen, "clear"):
                screen.clear()
        if self._reservations is not None:
            self._reservations.clear()


def _board_after_no_shows(booking: BookingLike) -> tuple[BoardRow, ...]:
    # The board refreshes every minute on every kiosk: the slots of patrons who did not come
    # are released first, so the board (and the next patron) sees them free.
    booking.release_no_shows()
    return booking.board()
