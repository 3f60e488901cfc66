"""Task lanes: calls off the GUI thread, in order per lane; results, errors and progress back on
the GUI thread; a dropped request delivers nothing; a slow lane never holds up another."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from kiosk.ui.lanes import Lanes, TaskContext, TaskLane

WAIT_MS = 3000


@pytest.fixture
def lane() -> Iterator[TaskLane]:
    lane = TaskLane("test")
    yield lane
    assert lane.shutdown(timeout_s=3.0)


def settle(lane: TaskLane, calls: int, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: lane.finished_calls >= calls, timeout=WAIT_MS)
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


def test_calls_run_off_the_gui_thread_in_order_and_answer_on_it(
    qtbot: QtBot, lane: TaskLane
) -> None:
    results: list[tuple[int, str]] = []
    ran_on: list[str] = []

    def call(n: int) -> int:
        ran_on.append(threading.current_thread().name)
        return n * n

    for n in range(5):
        lane.submit(
            lambda n=n: call(n),
            on_result=lambda value: results.append((value, threading.current_thread().name)),
        )
    qtbot.waitUntil(lambda: len(results) == 5, timeout=WAIT_MS)
    assert [value for value, _ in results] == [n * n for n in range(5)]
    assert set(ran_on) == {"kiosk-lane-test"}
    assert {thread for _, thread in results} == {threading.main_thread().name}


def test_an_exception_comes_back_as_an_error_and_the_lane_carries_on(
    qtbot: QtBot, lane: TaskLane
) -> None:
    errors: list[BaseException] = []
    results: list[object] = []

    def broken() -> None:
        raise ValueError("bad row")

    lane.submit(broken, on_result=results.append, on_error=errors.append)
    lane.submit(lambda: "fine", on_result=results.append)
    qtbot.waitUntil(lambda: len(results) == 1, timeout=WAIT_MS)
    assert results == ["fine"]
    assert len(errors) == 1 and isinstance(errors[0], ValueError)


def test_a_dropped_request_delivers_nothing_even_when_its_call_finishes(
    qtbot: QtBot, lane: TaskLane
) -> None:
    release = threading.Event()
    started = threading.Event()
    results: list[object] = []
    request = lane.submit(
        lambda: (started.set(), release.wait(5), "late")[-1], on_result=results.append
    )
    assert started.wait(3)
    request.drop()
    release.set()
    settle(lane, 1, qtbot)
    assert results == []
    assert not request.live


def test_file_work_reports_progress_and_stops_when_cancelled(
    qtbot: QtBot, lane: TaskLane
) -> None:
    progress: list[tuple[int, int]] = []
    results: list[object] = []
    go_on = threading.Event()

    def copy(context: TaskContext) -> str:
        for step in range(1, 1001):
            context.check()
            context.progress(step, 1000)
            if step == 3:
                go_on.wait(5)
        return "copied"

    request = lane.submit(
        copy,
        context=True,
        on_result=results.append,
        on_progress=lambda done, total: progress.append((done, total)),
    )
    qtbot.waitUntil(lambda: len(progress) >= 1, timeout=WAIT_MS)
    assert progress[0] == (1, 1000)
    request.cancel()
    go_on.set()
    settle(lane, 1, qtbot)
    assert results == []  # cancelled: never "copied"
    assert all(done < 1000 for done, _ in progress)


def test_progress_is_paced_for_the_gui_and_the_end_always_arrives(
    qtbot: QtBot, lane: TaskLane
) -> None:
    progress: list[int] = []

    def copy(context: TaskContext) -> int:
        for step in range(1, 100_001):
            context.progress(step, 100_000)
        return step

    results: list[int] = []
    lane.submit(
        copy,
        context=True,
        on_result=results.append,
        on_progress=lambda done, _total: progress.append(done),
    )
    qtbot.waitUntil(lambda: results == [100_000], timeout=WAIT_MS)
    assert progress[-1] == 100_000
    assert len(progress) < 1000  # not one repaint per step


def test_a_stuck_device_lane_never_delays_the_database_lane(qtbot: QtBot) -> None:
    lanes = Lanes()
    stuck = threading.Event()
    try:
        lanes.device("relay-1").submit(lambda: stuck.wait(5))
        answers: list[str] = []
        lanes.database.submit(lambda: "checked in", on_result=answers.append)
        qtbot.waitUntil(lambda: answers == ["checked in"], timeout=WAIT_MS)
        assert lanes.device("relay-1") is lanes.device("relay-1")
        assert {lane.name for lane in lanes.all()} == {"database", "files", "device-relay-1"}
    finally:
        stuck.set()
        assert lanes.shutdown(timeout_s=3.0)


def test_shutdown_stops_the_thread_and_refuses_new_work() -> None:
    lane = TaskLane("short")
    assert lane.is_alive()
    assert lane.shutdown(timeout_s=3.0)
    assert not lane.is_alive()
    with pytest.raises(RuntimeError):
        lane.submit(lambda: None)


def test_shutdown_does_not_wait_forever_for_a_hung_call() -> None:
    lane = TaskLane("hung")
    release = threading.Event()
    started = threading.Event()
    lane.submit(lambda: (started.set(), release.wait(5)))
    assert started.wait(3)
    assert lane.shutdown(timeout_s=0.05) is False
    release.set()
    assert lane.shutdown(timeout_s=3.0)


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="per-thread niceness is Linux's")
def test_the_file_lane_runs_nicer_than_the_gui_thread(qtbot: QtBot) -> None:
    lanes = Lanes()
    try:
        seen: list[tuple[str, int]] = []

        def niceness() -> int:
            return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

        lanes.files.submit(niceness, on_result=lambda n: seen.append(("files", n)))
        lanes.database.submit(niceness, on_result=lambda n: seen.append(("database", n)))
        qtbot.waitUntil(lambda: len(seen) == 2, timeout=WAIT_MS)
        base = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        assert dict(seen) == {"files": min(19, base + 10), "database": base}
    finally:
        assert lanes.shutdown(timeout_s=3.0)
