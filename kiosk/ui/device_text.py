"""What the devices report, in the staff member's language. The hub (Qt-free) says what
happened with a code and its values; the words are chosen here, where the translator is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.devices.status import (
    DeviceKind,
    DeviceNotice,
    DeviceStatus,
    LinkStatus,
    LockReport,
    NoticeKind,
)


def notice_line(notice: DeviceNotice) -> str:
    """One line for the console: the device's name and what it reported."""
    return QCoreApplication.translate("DeviceText", "{name}: {text}").format(
        name=notice.name, text=notice_text(notice)
    )


def notice_text(notice: DeviceNotice) -> str:
    # lupdate needs each literal in a translate call of its own.
    match notice.what:
        case NoticeKind.CONTROLLER_RESET:
            return QCoreApplication.translate(
                "DeviceText", "the controller restarted; every channel is locked"
            )
        case NoticeKind.UNLOCK_UNCONFIRMED:
            return QCoreApplication.translate(
                "DeviceText", "channel {channel}: unlock not confirmed, locking it again"
            ).format(channel=notice.channel)
        case NoticeKind.UNLOCK_REVOKED:
            return QCoreApplication.translate(
                "DeviceText", "channel {channel}: locked again after an unconfirmed unlock"
            ).format(channel=notice.channel)
        case NoticeKind.ESTOP_LOCKED:
            return QCoreApplication.translate(
                "DeviceText", "emergency stop pressed: every channel locked"
            )
        case NoticeKind.HEARTBEAT_LOST:
            return QCoreApplication.translate(
                "DeviceText", "the controller lost the kiosk's heartbeat and locked"
            )
        case NoticeKind.JOB_FAILED:
            return QCoreApplication.translate("DeviceText", "job {job} failed: {reason}").format(
                job=notice.job, reason=notice.detail
            )
        case NoticeKind.POWER_CUT:
            return QCoreApplication.translate(
                "DeviceText", "emergency stop: its power was cut ({reason})"
            ).format(reason=notice.detail)
        case NoticeKind.POWER_CUT_FAILED:
            return QCoreApplication.translate(
                "DeviceText",
                "emergency stop: its power relay did not switch off ({reason}); "
                "switch it off by hand",
            ).format(reason=notice.detail)
        case NoticeKind.NO_POWER_RELAY:
            return QCoreApplication.translate(
                "DeviceText",
                "emergency stop asked ({reason}), but no power relay is set up for it; "
                "switch it off by hand",
            ).format(reason=notice.detail)
        case _:
            return notice.text


def device_name(status: DeviceStatus) -> str:
    """The name staff gave a device in the configuration; the kiosk's own scanner has none."""
    if status.kind is DeviceKind.SCANNER:
        return QCoreApplication.translate("DeviceText", "Card scanner")
    return status.name


def status_detail(status: DeviceStatus) -> str:
    """The detail line under a device; the driver's own words where only it has them."""
    if status.status is LinkStatus.MISSING and status.port:
        return QCoreApplication.translate("DeviceText", "nothing is connected at {port}").format(
            port=status.port
        )
    return status.detail


def lock_detail(report: LockReport) -> str:
    if report.channels_on:
        return QCoreApplication.translate("DeviceText", "channels still on: {channels}").format(
            channels=", ".join(str(channel) for channel in report.channels_on)
        )
    return report.detail
