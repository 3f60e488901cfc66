"""Immutable values the relay client hands to other threads: device facts, state, events."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    firmware: str
    channels: int
    inputs: int
    protocol: int
    # Settings firmware 1.1 keeps in EEPROM and reports in HELLO; older firmware drives its
    # outputs HIGH for "on" and has none of the others.
    polarity: str = "high"  # "low": active-low relay modules (input LOW = relay on)
    nc_inputs: tuple[int, ...] = ()  # inputs wired normally closed (a broken wire = active)
    feedback_channels: tuple[int, ...] = ()  # channels with a feedback input
    keep_alive_cap_s: int | None = None  # 0 = no cap; None = not reported (older firmware)

    def describe(self) -> str:
        return (
            f"relay controller {self.device_id} fw {self.firmware}, "
            f"{self.channels} channels, {self.inputs} inputs"
        )


@dataclass(frozen=True)
class ChannelState:
    channel: int  # 1-based, as on the wire and on the label
    unlocked: bool
    seconds_left: int
    keep_alive: bool


@dataclass(frozen=True)
class RelayStatus:
    channels: tuple[ChannelState, ...]
    inputs: tuple[bool, ...]  # True = active: door open, e-stop pressed
    heartbeat_s: int
    uptime_s: int
    feedback: tuple[bool, ...] = ()  # per channel: its feedback input says "powered"

    def channel(self, number: int) -> ChannelState:
        return self.channels[number - 1]

    @property
    def estop(self) -> bool:
        return len(self.inputs) >= 2 and self.inputs[1]


@dataclass(frozen=True)
class Discrepancy:
    """After a reconnect or reset the device's channel differs from what the host expected."""

    channel: int
    expected_unlocked: bool
    actual_unlocked: bool


# -- events (delivered to `on_event`, in order, on the client's event thread) ------------------


@dataclass(frozen=True)
class Connected:
    info: DeviceInfo


@dataclass(frozen=True)
class Disconnected:
    detail: str


@dataclass(frozen=True)
class DeviceReset:
    """The controller rebooted in the middle of a session: every channel is locked now."""

    info: DeviceInfo | None


@dataclass(frozen=True)
class Reconciled:
    """STATUS was re-read after a (re)connect or reset and compared with what the host expected;
    the client adopts the device's state and never unlocks anything by itself."""

    status: RelayStatus
    differences: tuple[Discrepancy, ...]


@dataclass(frozen=True)
class ChannelExpired:
    channel: int


@dataclass(frozen=True)
class HeartbeatLost:
    channels: tuple[int, ...]  # the channels the controller locked


@dataclass(frozen=True)
class EStopLocked:
    channels: tuple[int, ...]


@dataclass(frozen=True)
class InputChanged:
    input: int  # 1 = door, 2 = e-stop
    active: bool  # door open / e-stop pressed (see the wiring in PROTOCOL.md)


@dataclass(frozen=True)
class Unresponsive:
    """The link is up but the controller stopped answering the heartbeat (once per outage)."""

    detail: str


@dataclass(frozen=True)
class Responsive:
    """The controller answers again after an Unresponsive."""


@dataclass(frozen=True)
class EventsMissed:
    """The event counter jumped: some unsolicited events were lost on the wire."""

    count: int


@dataclass(frozen=True)
class UnlockUnconfirmed:
    """An UNLOCK got no answer (timeout, lost link, reset): the controller may have powered the
    channel. The client counts it as unlocked and locks it as soon as the controller answers."""

    channel: int
    detail: str


@dataclass(frozen=True)
class UnlockRevoked:
    """The channel of an UnlockUnconfirmed was locked (a LOCK the controller confirmed)."""

    channel: int


@dataclass(frozen=True)
class KeepAliveCapped:
    """The host was silent longer than the controller's keep-alive cap: it locked these
    keep-alive channels."""

    channels: tuple[int, ...]


@dataclass(frozen=True)
class FeedbackFault:
    """`active`: the channel is off but its feedback input says the load is powered (a welded
    contact, a shorted SSR, or relay modules of the other polarity than configured); False when
    that ends."""

    channel: int
    active: bool


RelayEvent = (
    Connected
    | Disconnected
    | DeviceReset
    | Reconciled
    | ChannelExpired
    | HeartbeatLost
    | EStopLocked
    | InputChanged
    | Unresponsive
    | Responsive
    | EventsMissed
    | UnlockUnconfirmed
    | UnlockRevoked
    | KeepAliveCapped
    | FeedbackFault
)
