"""The Qt side of the machine control: its clock, its events on the GUI thread, and the record
of what it did in the database.

The control (kiosk.devices.machine_control) runs on the "machines" lane: a timer asks it to
tick about once a second (the five-minute warning, the relock at the end, printers kept on),
unlocks and locks go through the same lane. What it reports is re-emitted on the GUI thread
(`event`) for the screen that shows the session, and recorded through the core's machine
service on the database lane, whether a patron is still at the screen or not: a session that
ended, a printer kept on, a controller that differed from the expected state after a reset.
Staff see the last notices on the Machines tool. At start the open sessions of the database
are handed to the control, which brings the controllers to them.

A session's end is never dropped: the control locks the channel whatever the database does, and
when the end cannot be written (the database is locked or unreachable) it is kept here and
written again every few seconds until it is, with a notice for staff meanwhile. Such ends are
also kept in a journal file (kiosk.devices.session_end_journal), so that a kiosk restarted
before the database took them neither loses them nor switches their channels on again."""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from kiosk.core.machine_views import Channel
from kiosk.devices.machine_events import (
    Expected,
    KeptOn,
    LockFailed,
    MachineEvent,
    MachineLocked,
    StateReapplied,
)
from kiosk.devices.session_end_journal import PendingEnd, read_journal, write_journal
from kiosk.errors import InvalidInput
from kiosk.ui.lanes import Lanes, TaskLane
from kiosk.ui.ports import MachineControlLike, ServiceSource

logger = logging.getLogger(__name__)

LANE = "machines"
TICK_MS = 1000
RESTORE_RETRY_MS = 5000
END_RETRY_MS = 5000
MAX_NOTICES = 20


@dataclass(frozen=True)
class MachineNotice:
    """Something staff should know about a machine's channel. `what`: reapplied (a controller
    reset or reconnect found it other than expected; `expected_on`, `actual_on`, `reapplied`
    say how), lock_failed, unlock_failed (`problem` is the device side's code), end_unrecorded
    (locked, but the session's end is not in the database yet: it is being written again)."""

    what: str
    channel: Channel
    at: datetime
    problem: str = ""
    expected_on: bool = False
    actual_on: bool = False
    reapplied: bool = True
    item_name: str = ""


class MachineBridge(QObject):
    machine_event = Signal(object)  # a MachineEvent, on the GUI thread
    changed = Signal()  # the notices or the live channels changed
    _from_control = Signal(object)

    def __init__(
        self,
        control: MachineControlLike,
        lanes: Lanes,
        services: ServiceSource,
        *,
        tick_ms: int = TICK_MS,
        restore_retry_ms: int = RESTORE_RETRY_MS,
        end_retry_ms: int = END_RETRY_MS,
        journal: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.control = control
        self._journal = journal
        # What the journal file holds, as last handed to the lane that writes it.
        self._journaled: tuple[uuid.UUID, ...] = ()
        self._lanes = lanes
        self._services = services
        self._notices: deque[MachineNotice] = deque(maxlen=MAX_NOTICES)
        self._live: tuple[Expected, ...] = ()
        self._ticking = False
        self._restored = False
        self._closed = False
        self._from_control.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        control.add_listener(self._post)
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        self._restore_timer = QTimer(self)
        self._restore_timer.setSingleShot(True)
        self._restore_timer.setInterval(restore_retry_ms)
        self._restore_timer.timeout.connect(self.restore)
        # Session ends the database has not taken yet: session id -> (channel, reason, at).
        self._pending_ends: dict[uuid.UUID, tuple[Channel, str, datetime]] = {}
        self._writing_ends: set[uuid.UUID] = set()
        self._end_timer = QTimer(self)
        self._end_timer.setSingleShot(True)
        self._end_timer.setInterval(end_retry_ms)
        self._end_timer.timeout.connect(self._retry_ends)

    @property
    def lane(self) -> TaskLane:
        return self._lanes.device(LANE)

    def start(self) -> None:
        if self._closed:
            return
        self._timer.start()
        self.restore()

    def shutdown(self) -> None:
        self._closed = True
        self._timer.stop()
        self._restore_timer.stop()
        self._end_timer.stop()
        self._keep_journal(every=True)
        if self._pending_ends:
            # Their channels are locked; the database still shows them open until the next
            # start writes them from the journal (or, without one, a staff member locks the
            # machine again from the Machines tool).
            logger.error(
                "closing with %d session end(s) not written: %s",
                len(self._pending_ends),
                ", ".join(str(session_id) for session_id in self._pending_ends),
            )

    def pending_ends(self) -> tuple[uuid.UUID, ...]:
        """The sessions whose end is locked on the relay but not written yet."""
        return tuple(self._pending_ends)

    # -- what the screens read ---------------------------------------------------------------

    def notices(self) -> tuple[MachineNotice, ...]:
        return tuple(self._notices)

    def live(self) -> tuple[Expected, ...]:
        """The channels the control holds on, as of its last report (GUI thread, no I/O)."""
        return self._live

    def add_notice(self, notice: MachineNotice) -> None:
        self._notices.appendleft(notice)
        self.changed.emit()

    def unlock_failed(
        self,
        channel: Channel | None,
        item_id: uuid.UUID,
        item_name: str,
        problem: str,
        *,
        patron_id: uuid.UUID | None = None,
        staff_id: uuid.UUID | None = None,
    ) -> None:
        """An unlock the controller did not confirm: a notice for staff, and an audit entry
        (the only trace it leaves in the database)."""
        if channel is not None:
            self.add_notice(
                MachineNotice("unlock_failed", channel, _now(), problem, item_name=item_name)
            )
        self._record(
            lambda m: m.record_unlock_failed(
                item_id, problem, patron_id=patron_id, staff_id=staff_id
            )
        )

    def refresh_live(self) -> None:
        if not self._closed:
            self.lane.submit(self.control.expected, on_result=self._set_live)

    # -- the clock ---------------------------------------------------------------------------

    def tick(self) -> None:
        """One tick of the control on its lane (skipped while the one before still runs)."""
        if self._closed or self._ticking:
            return
        self._ticking = True

        def ticked() -> tuple[Expected, ...]:
            self.control.tick()
            return self.control.expected()

        self.lane.submit(ticked, on_result=self._ticked, on_error=self._tick_failed)

    def _ticked(self, live: tuple[Expected, ...]) -> None:
        self._ticking = False
        self._set_live(live)

    def _tick_failed(self, error: BaseException) -> None:
        self._ticking = False
        logger.error("machine control tick failed: %r", error)

    def _set_live(self, live: tuple[Expected, ...]) -> None:
        if live != self._live:
            self._live = live
            self.changed.emit()

    # -- restoring the open sessions at start ------------------------------------------------

    def restore(self) -> None:
        if self._closed or self._restored:
            return
        services = self._services

        journal = self._journal

        def load() -> tuple[tuple[PendingEnd, ...], tuple[Expected, ...]]:
            # The journal first: ends a stopped kiosk could not write are not sessions to
            # switch on again.
            kept = read_journal(journal) if journal is not None else ()
            sessions = services.current().machines.open_sessions()
            return kept, tuple(
                Expected(
                    s.channel,
                    s.planned_end,
                    s.session_id,
                    s.printer,
                    kept_on=s.kept_on_at is not None,
                )
                for s in sessions
                if s.channel is not None
            )

        self._lanes.database.submit(load, on_result=self._loaded, on_error=self._load_failed)

    def _loaded(self, loaded: tuple[tuple[PendingEnd, ...], tuple[Expected, ...]]) -> None:
        kept, expected = loaded
        self._restored = True
        for end in kept:
            if end.session_id not in self._pending_ends:
                logger.warning(
                    "session %s: its end (%s at %s) was not written before the kiosk stopped; "
                    "writing it now",
                    end.session_id,
                    end.reason,
                    end.at.isoformat(),
                )
                self._pending_ends[end.session_id] = (end.channel, end.reason, end.at)
        if kept:
            self._journaled = tuple(end.session_id for end in kept)
            for end in kept:
                self._write_end(end.session_id)
        # A session that ended here while the database could not take it is not switched on
        # again because the database still calls it open.
        expected = tuple(e for e in expected if e.session_id not in self._pending_ends)
        if not self._closed:
            self.lane.submit(
                lambda: self.control.restore(expected), on_result=self._restore_reports
            )

    def _restore_reports(self, reports: tuple[StateReapplied, ...]) -> None:
        for report in reports:
            self._on_event(report)
        self.refresh_live()

    def _load_failed(self, error: BaseException) -> None:
        # The database is not open yet (or not any more): try again in a while.
        logger.info("open machine sessions not loaded yet: %r", error)
        if not self._closed:
            self._restore_timer.start()

    # -- events ------------------------------------------------------------------------------

    def _post(self, event: MachineEvent) -> None:
        # Runs on the machines lane or a relay's event thread.
        if self._closed:
            return
        with contextlib.suppress(RuntimeError):  # the bridge is being destroyed
            self._from_control.emit(event)

    @Slot(object)
    def _on_event(self, event: MachineEvent) -> None:
        self.machine_event.emit(event)
        match event:
            case KeptOn(session_id=session_id, at=at) if session_id is not None:
                self._record(lambda m: m.record_kept_on(session_id, at))
            case MachineLocked(channel=channel, session_id=session_id, reason=reason, at=at) if (
                session_id
            ):
                self._pending_ends[session_id] = (channel, reason, at)
                self._write_end(session_id)
            case LockFailed(channel=channel, problem=problem):
                self.add_notice(MachineNotice("lock_failed", channel, _now(), problem.value))
                detail: dict[str, object] = {
                    "relay": channel.relay,
                    "channel": channel.channel,
                    "problem": problem.value,
                }
                self._record(lambda m: m.record_device_notice("machine_lock_failed", detail))
            case StateReapplied(relay=relay, differences=differences, at=at):
                for difference in differences:
                    self._notices.appendleft(
                        MachineNotice(
                            "reapplied",
                            Channel(relay, difference.channel),
                            at,
                            expected_on=difference.expected_on,
                            actual_on=difference.actual_on,
                            reapplied=difference.reapplied,
                        )
                    )
                found: dict[str, object] = {
                    "relay": relay,
                    "differences": [
                        {
                            "channel": d.channel,
                            "expected_on": d.expected_on,
                            "actual_on": d.actual_on,
                            "reapplied": d.reapplied,
                            "session": str(d.session_id) if d.session_id else None,
                        }
                        for d in differences
                    ],
                }
                self._record(lambda m: m.record_device_notice("relay_state_reapplied", found))
            case _:
                pass
        self.refresh_live()
        self.changed.emit()

    # -- session ends, written until the database takes them -------------------------------

    def _write_end(self, session_id: uuid.UUID) -> None:
        pending = self._pending_ends.get(session_id)
        if pending is None or session_id in self._writing_ends or self._closed:
            return
        _channel, reason, at = pending
        services = self._services
        self._writing_ends.add(session_id)
        self._lanes.database.submit(
            lambda: services.current().machines.record_ended(session_id, reason, at),
            on_result=lambda _view: self._end_written(session_id),
            on_error=lambda error: self._end_failed(session_id, error),
        )

    def _end_written(self, session_id: uuid.UUID) -> None:
        self._writing_ends.discard(session_id)
        pending = self._pending_ends.pop(session_id, None)
        self._keep_journal()
        if pending is not None and any(
            n.what == "end_unrecorded" and n.channel == pending[0] for n in self._notices
        ):
            logger.info("session %s: its end is recorded now", session_id)
            self._notices = deque(
                (n for n in self._notices if n.what != "end_unrecorded" or n.channel != pending[0]),
                maxlen=MAX_NOTICES,
            )
            self.changed.emit()

    def _end_failed(self, session_id: uuid.UUID, error: BaseException) -> None:
        self._writing_ends.discard(session_id)
        pending = self._pending_ends.get(session_id)
        if pending is None:
            return
        if isinstance(error, InvalidInput):  # a reason the core does not know: never written
            logger.error("session %s: end not recordable: %r", session_id, error)
            self._pending_ends.pop(session_id, None)
            self._keep_journal()
            return
        self._keep_journal()
        channel = pending[0]
        if not any(n.what == "end_unrecorded" and n.channel == channel for n in self._notices):
            logger.warning("session %s: end not recorded yet, retrying: %r", session_id, error)
            self.add_notice(MachineNotice("end_unrecorded", channel, pending[2]))
        if not self._closed and not self._end_timer.isActive():
            self._end_timer.start()

    def _keep_journal(self, *, every: bool = False) -> None:
        """Bring the journal to the ends still pending, on the machines lane (in order with
        the locks it follows). Only ends whose write failed reach it (an end the database
        takes at once costs no file write), or `every` pending end when the kiosk stops."""
        journal = self._journal
        if journal is None:
            return
        failed = tuple(
            (sid, end)
            for sid, end in self._pending_ends.items()
            if every or sid in self._journaled or sid not in self._writing_ends
        )
        keys = tuple(sid for sid, _ in failed)
        if keys == self._journaled:
            return
        self._journaled = keys
        ends = tuple(PendingEnd(sid, channel, reason, at) for sid, (channel, reason, at) in failed)

        def write() -> None:
            write_journal(journal, ends)

        self.lane.submit(
            write,
            on_error=lambda error: logger.error(
                "session ends not kept in %s: %r (they are still written to the database "
                "while the kiosk runs)",
                journal,
                error,
            ),
        )

    def _retry_ends(self) -> None:
        for session_id in tuple(self._pending_ends):
            self._write_end(session_id)

    def _record(self, call: Any) -> None:
        services = self._services

        def record() -> object:
            return call(services.current().machines)

        self._lanes.database.submit(
            record, on_error=lambda error: logger.error("machine event not recorded: %r", error)
        )


def _now() -> datetime:
    return datetime.now(UTC)
