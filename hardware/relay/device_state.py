"""What the controller's replies and events say about it, as immutable values: its identity
(HELLO), its state (STATUS) and how each event changes that state. Pure functions, shared by
the session and its tests."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from hardware.relay.events import (
    ChannelExpired,
    ChannelState,
    DeviceInfo,
    Discrepancy,
    EStopLocked,
    FeedbackFault,
    HeartbeatLost,
    InputChanged,
    KeepAliveCapped,
    RelayEvent,
    RelayStatus,
)
from hardware.relay.protocol import Event, int_list

# A channel whose expected end is this close to now may have just expired on either side.
EXPIRY_SLACK_S = 2.0


def info_from(fields: Mapping[str, str]) -> DeviceInfo:
    """The identity in a HELLO reply (or a BOOT banner); ValueError if it is not one."""
    try:
        cap = fields.get("kamax")
        polarity = fields.get("pol", "high")
        if polarity not in ("low", "high"):
            raise ValueError(polarity)
        return DeviceInfo(
            device_id=fields["id"],
            firmware=fields["fw"],
            channels=int(fields["ch"]),
            inputs=int(fields["in"]),
            protocol=int(fields.get("proto", "1")),
            polarity=polarity,
            nc_inputs=int_list(fields.get("nc", "-")),
            feedback_channels=int_list(fields.get("fb", "-")),
            keep_alive_cap_s=None if cap is None else int(cap),
        )
    except (KeyError, ValueError) as exc:
        raise ValueError(f"unexpected identity from the controller: {dict(fields)}") from exc


def status_from(fields: Mapping[str, str]) -> RelayStatus:
    """The state in a STATUS reply; ValueError if it is not one."""
    try:
        left = int_list(fields["t"])
        keep = int_list(fields["ka"])
        inputs = int_list(fields["in"])
        heartbeat, uptime = int(fields["hb"]), int(fields["up"])
        feedback = int_list(fields.get("fb", "-"))
    except (KeyError, ValueError) as exc:
        raise ValueError(f"unexpected status from the controller: {dict(fields)}") from exc
    if len(left) != len(keep) or (feedback and len(feedback) != len(left)):
        raise ValueError(f"unexpected status from the controller: {dict(fields)}")
    channels = tuple(
        ChannelState(n + 1, t > 0, t, k == 1)
        for n, (t, k) in enumerate(zip(left, keep, strict=True))
    )
    return RelayStatus(
        channels, tuple(v == 1 for v in inputs), heartbeat, uptime, tuple(v == 1 for v in feedback)
    )


def with_channel(
    status: RelayStatus,
    channel: int,
    *,
    unlocked: bool | None = None,
    seconds_left: int | None = None,
    keep_alive: bool | None = None,
) -> RelayStatus:
    """`status` with one channel changed; unchanged for a channel it does not have."""
    if not 1 <= channel <= len(status.channels):
        return status
    old = status.channel(channel)
    new = ChannelState(
        channel,
        old.unlocked if unlocked is None else unlocked,
        old.seconds_left if seconds_left is None else seconds_left,
        old.keep_alive if keep_alive is None else keep_alive,
    )
    channels = list(status.channels)
    channels[channel - 1] = new
    return replace(status, channels=tuple(channels))


def translate_event(
    event: Event, status: RelayStatus | None
) -> tuple[RelayEvent | None, RelayStatus | None, tuple[int, ...]]:
    """The listener's event for a device event, the state after it, and the channels it locked.
    Raises KeyError or ValueError for a well-sealed event with fields that make no sense."""
    fields = event.fields
    locked: tuple[int, ...] = ()
    result: RelayEvent | None = None
    if event.name == "EXPIRED":
        locked = (int(fields["ch"]),)
        result = ChannelExpired(locked[0])
    elif event.name in ("HBLOST", "ESTOP", "KACAP"):
        locked = int_list(fields["ch"])
        if event.name == "HBLOST":
            result = HeartbeatLost(locked)
        elif event.name == "ESTOP":
            result = EStopLocked(locked)
        else:
            result = KeepAliveCapped(locked)
    elif event.name == "FAULT":
        channel, active = int(fields["ch"]), fields["v"] == "1"
        if status is not None and active and 1 <= channel <= len(status.feedback):
            feedback = list(status.feedback)
            feedback[channel - 1] = True
            status = replace(status, feedback=tuple(feedback))
        result = FeedbackFault(channel, active)
    elif event.name == "INPUT":
        number, active = int(fields["in"]), fields["v"] == "1"
        if status is not None and 1 <= number <= len(status.inputs):
            inputs = list(status.inputs)
            inputs[number - 1] = active
            status = replace(status, inputs=tuple(inputs))
        result = InputChanged(number, active)
    if status is not None:
        for channel in locked:
            status = with_channel(status, channel, unlocked=False, seconds_left=0)
    return result, status, locked


def reconcile(
    expected_until: Mapping[int, float], status: RelayStatus, now: float
) -> tuple[tuple[Discrepancy, ...], dict[int, float]]:
    """How the controller's channels differ from what the host expected (channel -> end time),
    and the expectations from now on: the device is the truth, and the host never re-unlocks
    anything by itself."""
    differences = []
    for state in status.channels:
        end = expected_until.get(state.channel)
        expected = end is not None and end > now
        if end is not None and abs(end - now) < EXPIRY_SLACK_S:
            continue  # it may just have run out on either side
        if expected != state.unlocked:
            differences.append(Discrepancy(state.channel, expected, state.unlocked))
    ends = {s.channel: now + s.seconds_left for s in status.channels if s.unlocked}
    return tuple(differences), ends
