"""The demo's simulate-a-scan list: every demo patron, the staff card, and a forged card and a
garbage scan, so that the error screens can be tried too. Labels are translated when made."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core.demo_data import STAFF_NAME, DemoData


def demo_cards(data: DemoData) -> tuple[tuple[str, str], ...]:
    """(label, payload) pairs for the simulate-scan control: every patron, the staff card, and
    a forged card and a garbage scan, so that the error screens can be tried too."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("DemoCards", text)

    cards = []
    for name, number, payload in data.patrons:
        if number == data.revoked_card_number:
            label = tr("{name} (card {number}, revoked)")
        else:
            label = tr("{name} (card {number})")
        cards.append((label.format(name=name, number=number), payload))
    cards.append((tr("Staff card: {name}").format(name=STAFF_NAME), data.staff_card_payload))
    if data.patrons:
        genuine = data.patrons[0][2]
        forged = genuine[:-1] + ("A" if genuine[-1] != "A" else "B")
        cards.append((tr("A forged card (altered code)"), forged))
    cards.append((tr("A garbage scan"), "HELLO-WORLD-123"))
    return tuple(cards)
