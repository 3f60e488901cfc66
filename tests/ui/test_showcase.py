"""The showcase on the start screen (pytest-qt, real project service on SQLite and the real
file store): shared, approved projects turn one after another, by first name or nickname,
with their picture; a hidden or private project never shows, and nothing shows no panel."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.core.project_views import (
    Decision,
    FileRole,
    ProjectDraft,
    ProjectFileRef,
    Sharing,
)
from kiosk.db.models_training import GuardianConsent
from kiosk.db.uow import UnitOfWork
from kiosk.ui.flows.showcase import ShowcaseFlow
from tests.core.project_files import makers
from tests.ui.project_kiosk import NOW, WAIT_MS, ProjectKiosk
from tests.ui.test_project_reviews import store_file


def showcase(kiosk: ProjectKiosk) -> ShowcaseFlow:
    flow = kiosk.window.navigator.flow("showcase")
    assert isinstance(flow, ShowcaseFlow)
    return flow


def titles(flow: ShowcaseFlow) -> list[str]:
    return [entry.title for entry in flow.view.entries]


def test_shared_approved_projects_turn_on_the_start_screen(
    qtbot: QtBot, project_kiosk: ProjectKiosk
) -> None:
    kiosk = project_kiosk
    flow = showcase(kiosk)
    qtbot.waitUntil(lambda: kiosk.window.lanes.database.finished_calls >= 1, timeout=WAIT_MS)
    assert flow.view.entries == () and not flow.panel.isVisible()

    with UnitOfWork(kiosk.db.session_factory) as session:
        for patron in (kiosk.owner, kiosk.friend):
            session.add(GuardianConsent(patron_id=patron.patron_id, recorded_at=NOW))
    sha, size = store_file(kiosk, "cube.stl", makers.binary_stl(makers.cube_triangles()))
    model = ProjectFileRef(sha, "stl", "cube.stl", size, FileRole.MODEL)
    shared = []
    for title in ("Rocket", "Robot arm", "Secret gift"):
        project_id = kiosk.projects.submit(
            kiosk.owner.patron_id,
            ProjectDraft(
                title,
                collaborators=(kiosk.friend.patron_id,),
                tags=("Robots",),
                sharing=Sharing.PRIVATE if title == "Secret gift" else Sharing.SHOWCASE,
                files=(model,) if title == "Rocket" else (),
                nicknames={kiosk.friend.patron_id: "Sammy"},
            ),
        )
        kiosk.projects.review(kiosk.staff_id, project_id, Decision.APPROVE)
        shared.append(project_id)
    waiting = kiosk.projects.submit(
        kiosk.owner.patron_id, ProjectDraft("Not yet", sharing=Sharing.SHOWCASE)
    )
    assert waiting

    flow.refresh()
    qtbot.waitUntil(lambda: len(flow.view.entries) == 2, timeout=WAIT_MS)
    assert sorted(titles(flow)) == ["Robot arm", "Rocket"]
    assert flow.panel.isVisible()
    # First names or nicknames only: never a surname.
    assert all(entry.makers == ("Maya", "Sammy") for entry in flow.view.entries)
    assert "Okafor" not in flow.panel.makers.text() and "Sammy" in flow.panel.makers.text()

    first = flow.view.entry
    assert first is not None and first.title in flow.panel.title.text()
    flow.turn()
    second = flow.view.entry
    assert second is not None and second != first
    assert second.title in flow.panel.title.text()
    flow.turn()
    assert flow.view.entry == first
    # The rocket's model has a shaded picture, made from the store on the file lane.
    rocket = next(e for e in flow.view.entries if e.title == "Rocket")
    qtbot.waitUntil(lambda: flow.view.picture(rocket) is not None, timeout=WAIT_MS)

    # Not while a patron's session is on screen.
    kiosk.check_in(kiosk.owner)
    qtbot.waitUntil(lambda: not kiosk.window.navigator.at_home(), timeout=WAIT_MS)
    before = flow.view.index
    flow.turn()
    assert flow.view.index == before

    # Staff hide both: the next reading leaves no panel at all.
    for project_id in shared[:2]:
        kiosk.projects.set_hidden(kiosk.staff_id, project_id, True)
    kiosk.window.navigator.home()
    qtbot.waitUntil(lambda: flow.view.entries == (), timeout=WAIT_MS)
    assert not flow.panel.isVisible()
