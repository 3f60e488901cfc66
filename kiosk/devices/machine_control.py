"""Unlocking machines through their relay channels, and keeping the controllers as the kiosk
expects them. Qt-free and database-free: the UI's machine bridge calls it on the machines lane
and records what it reports through the core's MachineService.

- `unlock` powers a channel until a given time with the controller's own timer as the fail-safe
  (the controller relocks by itself even if the kiosk dies), and returns only once the
  controller confirmed: its OK reply, then STATUS showing the channel on. Anything else raises
  ChannelFailed; an unlock that got no answer is locked again by the relay client as soon as
  the controller answers.
- `tick` (every second or so) gives the five-minute warning, and at the end locks the channel,
  unless it powers a printer that is mid-job: then the channel is marked keep-alive and kept on
  in steps until the job ends, then locked ("job finished").
- After a controller reset or reconnect the relay client re-reads STATUS (`Reconciled`); this
  re-applies every channel the kiosk expects on (and locks any it does not), and reports the
  differences (`StateReapplied`) for the audit trail and the staff console.

Relay modules as sold are active-low (input LOW = relay on). The host never deals with levels:
the firmware keeps the polarity in its EEPROM (`pol`, active-low by default) and drives the
"off" level for it from reset; "unlocked" on the wire always means "powered"."""

from __future__ import annotations

import logging
import math
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from functools import partial
from typing import Protocol

from hardware.printers.model import PrinterStatus
from hardware.relay import events as relay_events
from hardware.relay.client import RelayError, RelayRefused, RelayTimeout
from hardware.relay.events import RelayStatus
from kiosk.core.machine_views import Channel
from kiosk.devices.machine_events import (
    ChannelDifference,
    ChannelFailed,
    EndingSoon,
    Expected,
    KeptOn,
    LockFailed,
    MachineEvent,
    MachineLocked,
    StateReapplied,
    UnlockProblem,
)

log = logging.getLogger(__name__)

WARN_BEFORE = timedelta(minutes=5)
# A printer mid-job is kept on in steps of this much controller time, renewed at half of it:
# if the kiosk stops, the controller switches the printer off within a step.
KEEP_ON_STEP = timedelta(minutes=10)
MAX_UNLOCK_S = 86400
# Printer states that mean a job is under way (`busy`: the printer's own SD print or a macro).
MID_JOB = frozenset({"printing", "paused", "busy"})
# The controller's expiry this close to the expected end is the ordinary end of a session.
EXPIRY_SLACK = timedelta(seconds=30)


class RelayPort(Protocol):
    """What the control needs from one relay controller (RelayClient has it)."""

    @property
    def ready(self) -> bool: ...

    def unlock(self, channel: int, seconds: int) -> None: ...

    def lock(self, channel: int) -> None: ...

    def status(self) -> RelayStatus: ...

    def set_keep_alive(self, channel: int, on: bool) -> None: ...


class PrinterPort(Protocol):
    @property
    def status(self) -> PrinterStatus: ...


class MachineControl:
    """Thread-safe. Every call that talks to a controller blocks (each relay call has its own
    timeout); run it on the machines lane, never on the GUI thread. Events go to the
    listeners from the calling thread; listeners must only hand them on."""

    def __init__(
        self,
        relays: Mapping[str, RelayPort],
        printers: Mapping[str, PrinterPort],
        now: Callable[[], datetime],
        *,
        warn_before: timedelta = WARN_BEFORE,
        keep_on_step: timedelta = KEEP_ON_STEP,
        printer_channels: Mapping[Channel, str] | None = None,
    ) -> None:
        self._relays = dict(relays)
        self._printers = dict(printers)
        # The channel that powers each printer (`[[printers]] relay, channel`): the print queue
        # holds it on for its jobs, so a reconnect leaves it on while the printer has a job.
        self._printer_channels = dict(printer_channels or {})
        self._now = now
        self._warn_before = warn_before
        self._step = keep_on_step
        self._lock = threading.RLock()
        self._expected: dict[Channel, Expected] = {}
        self._listeners: list[Callable[[MachineEvent], None]] = []
        # Set once the open sessions are known (`restore`); until then channels nobody expects
        # are not locked on a reconnect.
        self._restored = False
        # Controllers whose state could not be read after a reconnect: re-read on each tick.
        self._stale: set[str] = set()

    def add_listener(self, listener: Callable[[MachineEvent], None]) -> None:
        self._listeners.append(listener)

    def expected(self) -> tuple[Expected, ...]:
        with self._lock:
            return tuple(self._expected.values())

    # -- unlocking and locking ------------------------------------------------------------------

    def unlock(
        self,
        channel: Channel,
        until: datetime,
        *,
        session_id: uuid.UUID | None = None,
        printer: str | None = None,
    ) -> datetime:
        """Power `channel` until `until`; the time the controller confirmed it. ChannelFailed
        when it did not: nothing is then expected on, and the patron must not be told
        "unlocked"."""
        with self._lock:
            now = self._now()
            seconds = math.ceil((until - now).total_seconds())
            if seconds <= 0:
                raise ChannelFailed(UnlockProblem.TOO_LATE)
            relay = self._relay(channel)
            _call(lambda: relay.unlock(channel.channel, min(seconds, MAX_UNLOCK_S)))
            self._confirm_on(relay, channel)
            old = self._expected.get(channel)
            if old is not None and old.kept_on:
                _quietly(lambda: relay.set_keep_alive(channel.channel, False))
            self._expected[channel] = Expected(channel, until, session_id, printer)
            log.info("relay %s channel %d unlocked until %s", channel.relay, channel.channel, until)
            return self._now()

    def lock(self, channel: Channel) -> datetime:
        """Switch `channel` off now; the time the controller confirmed it. ChannelFailed
        otherwise (the channel then stays expected off: the next tick tries again)."""
        with self._lock:
            old = self._expected.pop(channel, None)
            relay = self._relay(channel)
            try:
                _call(lambda: relay.lock(channel.channel))
            except ChannelFailed:
                if old is not None:
                    # Locked as soon as the controller answers (see tick).
                    self._expected[channel] = replace(old, until=self._now(), lock_failing=True)
                raise
            if old is not None and old.kept_on:
                _quietly(lambda: relay.set_keep_alive(channel.channel, False))
            return self._now()

    def release(self, relay: str) -> tuple[Expected, ...]:
        """Before staff lock every channel of `relay` (the console's "lock all"): the channels
        it holds on are no longer expected on, so that no re-apply switches them on meanwhile.
        Hand them to `locked_all` with the outcome."""
        with self._lock:
            held = tuple(e for c, e in self._expected.items() if c.relay == relay)
            for item in held:
                del self._expected[item.channel]
            return held

    def locked_all(self, held: Iterable[Expected], confirmed: bool) -> None:
        """Confirmed: the sessions held end ("lock_all"). Not confirmed: they are expected on
        again, as they may well still be."""
        events: list[MachineEvent] = []
        with self._lock:
            now = self._now()
            for item in held:
                if confirmed:
                    events.append(MachineLocked(item.channel, item.session_id, "lock_all", now))
                else:
                    self._expected.setdefault(item.channel, item)
        self._emit(events)

    def attach(self, channel: Channel, session_id: uuid.UUID) -> None:
        """Name the session an unlocked channel belongs to (once it is recorded)."""
        with self._lock:
            item = self._expected.get(channel)
            if item is not None:
                self._expected[channel] = replace(item, session_id=session_id)

    def restore(self, expected: Iterable[Expected]) -> tuple[StateReapplied, ...]:
        """At start: the sessions the database says are open. Each controller that is ready is
        brought to that state now; the others when they connect."""
        with self._lock:
            self._restored = True
            for item in expected:
                self._expected[item.channel] = item
        reports = []
        for name in sorted(self._relays):
            relay = self._relays.get(name)
            if relay is None or not relay.ready:
                continue
            try:
                status = relay.status()
            except (RelayError, OSError) as exc:
                log.warning("relay %s: state not restored yet: %s", name, exc)
                continue
            report = self._reapply(name, status)
            if report is not None:
                reports.append(report)
        return tuple(reports)

    # -- the clock ------------------------------------------------------------------------------

    def tick(self) -> None:
        """Warn, relock, keep printers on: call about once a second."""
        events: list[MachineEvent] = []
        with self._lock:
            stale = sorted(self._stale)
        for relay in stale:
            port = self._relays.get(relay)
            if port is not None and port.ready:
                report = self._refresh(relay)
                if report is not None:
                    events.append(report)
        with self._lock:
            now = self._now()
            for item in list(self._expected.values()):
                event = self._tick_one(item, now)
                if event is not None:
                    events.append(event)
        self._emit(events)

    def _tick_one(self, item: Expected, now: datetime) -> MachineEvent | None:
        channel = item.channel
        if now < item.until:
            if not item.warned and item.until - now <= self._warn_before:
                self._expected[channel] = replace(item, warned=True)
                return EndingSoon(channel, item.session_id, item.until)
            return None
        job = self._printer_job(item.printer)
        if job is not None and not item.lock_failing:
            return self._keep_on(item, job, now)
        reason = "job_finished" if item.kept_on else "time_up"
        relay = self._relays.get(channel.relay)
        try:
            if relay is None:
                raise ChannelFailed(UnlockProblem.NO_RELAY)
            _call(lambda: relay.lock(channel.channel))
        except ChannelFailed as failed:
            first = not item.lock_failing
            self._expected[channel] = replace(item, lock_failing=True)
            log.warning("relay %s channel %d: lock failed: %s", *channel_key(channel), failed)
            if first:
                return LockFailed(channel, item.session_id, failed.problem, failed.detail)
            return None
        if item.kept_on:
            _quietly(lambda: relay.set_keep_alive(channel.channel, False))
        del self._expected[channel]
        return MachineLocked(channel, item.session_id, reason, self._now())

    def _keep_on(self, item: Expected, job: str, now: datetime) -> MachineEvent | None:
        channel = item.channel
        renew = item.controller_until is None or item.controller_until - now <= self._step / 2
        if renew:
            relay = self._relays.get(channel.relay)
            try:
                if relay is None:
                    raise ChannelFailed(UnlockProblem.NO_RELAY)
                if not item.kept_on:
                    _call(lambda: relay.set_keep_alive(channel.channel, True))
                _call(lambda: relay.unlock(channel.channel, int(self._step.total_seconds())))
            except ChannelFailed as failed:
                log.warning(
                    "relay %s channel %d: keep-on failed: %s", *channel_key(channel), failed
                )
                return None  # tried again next tick; the controller's timer still runs
            self._expected[channel] = replace(item, kept_on=True, controller_until=now + self._step)
        if item.kept_on:
            return None
        assert item.printer is not None
        return KeptOn(channel, item.session_id, item.printer, job, now)

    def _printer_job(self, printer: str | None) -> str | None:
        """The job the printer is in the middle of (its file name, or "-"), else None."""
        if printer is None:
            return None
        backend = self._printers.get(printer)
        if backend is None:
            return None
        try:
            status = backend.status
        except Exception:  # a backend that cannot say is not known to be printing
            log.exception("printer %s: status unavailable", printer)
            return None
        return (status.job or "-") if status.kind in MID_JOB else None

    # -- what the controllers report ---------------------------------------------------------

    def on_relay_event(self, relay: str, event: relay_events.RelayEvent) -> None:
        """A relay client's event (on that client's event thread)."""
        events: list[MachineEvent] = []
        match event:
            case (
                relay_events.Reconciled()
                | relay_events.HeartbeatLost()
                | (relay_events.KeepAliveCapped())
            ):
                # After a (re)connect or reset, or a silence the controller acted on: the
                # expected state again. STATUS is read afresh: the event's snapshot may be
                # older than an unlock made since.
                report = self._refresh(relay)
                if report is not None:
                    events.append(report)
            case relay_events.ChannelExpired(channel=number):
                events.extend(self._locked_by_controller(relay, (number,), expiry=True))
            case relay_events.EStopLocked(channels=numbers):
                events.extend(self._locked_by_controller(relay, numbers, expiry=False))
            case _:
                pass
        self._emit(events)

    def _refresh(self, relay: str) -> StateReapplied | None:
        port = self._relays.get(relay)
        if port is None:
            return None
        with self._lock:
            try:
                status = port.status()
            except (RelayError, OSError) as exc:
                # Tried again on the next tick (and on the next reconnect).
                log.warning("relay %s: state not re-applied yet: %s", relay, exc)
                self._stale.add(relay)
                return None
            self._stale.discard(relay)
            return self._reapply(relay, status)

    def _locked_by_controller(
        self, relay: str, numbers: Iterable[int], *, expiry: bool
    ) -> list[MachineEvent]:
        events: list[MachineEvent] = []
        with self._lock:
            now = self._now()
            for number in numbers:
                channel = Channel(relay, number)
                item = self._expected.get(channel)
                if item is None:
                    continue
                if expiry and not item.kept_on and item.until - now > EXPIRY_SLACK:
                    continue  # not its end: the next reconcile puts it back
                del self._expected[channel]
                events.append(MachineLocked(channel, item.session_id, "controller", now))
        return events

    def _reapply(self, relay: str, status: RelayStatus) -> StateReapplied | None:
        """Bring the controller to the expected state; the differences found. Holds _lock."""
        port = self._relays.get(relay)
        if port is None:
            return None
        now = self._now()
        differences = []
        for state in status.channels:
            channel = Channel(relay, state.channel)
            item = self._expected.get(channel)
            want_on = (
                item is not None and not item.lock_failing and (item.kept_on or item.until > now)
            )
            keep = want_on and item is not None and item.kept_on
            if want_on == state.unlocked and (not keep or state.keep_alive):
                continue
            if not want_on and item is None and not self._restored:
                # Before the open sessions are known, a channel that is on may be one of
                # them (a printer mid-job): it is left alone until `restore`.
                continue
            if not want_on and item is None and self._printer_job(
                self._printer_channels.get(channel)
            ):
                continue  # a printer's channel held on by the print queue for its job
            session_id = item.session_id if item is not None else None
            try:
                if want_on and item is not None:
                    self._switch_on(port, item, now)
                else:
                    _call(partial(port.lock, state.channel))
                    if item is not None and item.lock_failing:
                        del self._expected[channel]
                reapplied = True
            except ChannelFailed as failed:
                log.warning("relay %s channel %d: not re-applied: %s", relay, state.channel, failed)
                reapplied = False
            if want_on != state.unlocked:
                differences.append(
                    ChannelDifference(state.channel, want_on, state.unlocked, reapplied, session_id)
                )
        if not differences:
            return None
        log.warning("relay %s differed from the expected state: %s", relay, differences)
        return StateReapplied(relay, tuple(differences), now)

    def _switch_on(self, port: RelayPort, item: Expected, now: datetime) -> None:
        number = item.channel.channel
        if item.kept_on:
            _call(lambda: port.set_keep_alive(number, True))
            _call(lambda: port.unlock(number, int(self._step.total_seconds())))
            self._expected[item.channel] = replace(item, controller_until=now + self._step)
        else:
            seconds = min(math.ceil((item.until - now).total_seconds()), MAX_UNLOCK_S)
            _call(lambda: port.unlock(number, seconds))

    # -- helpers -----------------------------------------------------------------------------

    def _relay(self, channel: Channel) -> RelayPort:
        relay = self._relays.get(channel.relay)
        if relay is None:
            raise ChannelFailed(UnlockProblem.NO_RELAY, channel.relay)
        if not relay.ready:
            raise ChannelFailed(UnlockProblem.NOT_CONNECTED)
        return relay

    @staticmethod
    def _confirm_on(relay: RelayPort, channel: Channel) -> None:
        """STATUS after the OK: the controller itself says the channel is on. A STATUS that
        cannot be read leaves the OK as the confirmation."""
        try:
            status = relay.status()
        except (RelayError, OSError) as exc:
            log.warning("relay %s: STATUS after an unlock failed: %s", channel.relay, exc)
            return
        if not status.channel(channel.channel).unlocked:
            _quietly(lambda: relay.lock(channel.channel))
            raise ChannelFailed(UnlockProblem.NOT_CONFIRMED)

    def _emit(self, events: list[MachineEvent]) -> None:
        for event in events:
            for listener in list(self._listeners):
                try:
                    listener(event)
                except Exception:
                    log.exception("machine listener failed")


def channel_key(channel: Channel) -> tuple[str, int]:
    return channel.relay, channel.channel


def _call(action: Callable[[], None]) -> None:
    """One relay call, its failures as ChannelFailed."""
    try:
        action()
    except RelayRefused as exc:
        problem = UnlockProblem.ESTOP if exc.code == "ESTOP" else UnlockProblem.REFUSED
        raise ChannelFailed(problem, exc.code) from exc
    except RelayTimeout as exc:
        raise ChannelFailed(UnlockProblem.NO_ANSWER, str(exc)) from exc
    except (RelayError, OSError) as exc:
        raise ChannelFailed(UnlockProblem.NOT_CONNECTED, str(exc)) from exc


def _quietly(action: Callable[[], None]) -> None:
    try:
        _call(action)
    except ChannelFailed as failed:
        log.warning("relay call failed: %s", failed)
