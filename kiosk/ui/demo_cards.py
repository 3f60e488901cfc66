"""The demo's simulate-a-scan list: every demo patron, the staff card, a forged card and a
garbage scan, so that the error screens can be tried too, and the demo kits' labels. Labels
are translated when made."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from kiosk.core.demo_data import STAFF_NAME, DemoData


def demo_cards(data: DemoData, kits: Sequence[tuple[str, str]] = ()) -> tuple[tuple[str, str], ...]:
    """(label, payload) pairs for the simulate-scan control."""
    # Written out in full each time: lupdate finds only literal translate calls.
    cards = []
    for name, number, payload in data.patrons:
        if number == data.revoked_card_number:
            label = QCoreApplication.translate("DemoCards", "{name} (card {number}, revoked)")
        else:
            label = QCoreApplication.translate("DemoCards", "{name} (card {number})")
        cards.append((label.format(name=name, number=number), payload))
    staff = QCoreApplication.translate("DemoCards", "Staff card: {name}")
    cards.append((staff.format(name=STAFF_NAME), data.staff_card_payload))
    if data.patrons:
        genuine = data.patrons[0][2]
        forged = genuine[:-1] + ("A" if genuine[-1] != "A" else "B")
        label = QCoreApplication.translate("DemoCards", "A forged card (altered code)")
        cards.append((label, forged))
    cards.append((QCoreApplication.translate("DemoCards", "A garbage scan"), "HELLO-WORLD-123"))
    # The demo kits' QR labels, to borrow and return one.
    for name, payload in kits:
        label = QCoreApplication.translate("DemoCards", "Kit label: {name}")
        cards.append((label.format(name=name), payload))
    return tuple(cards)
