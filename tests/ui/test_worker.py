"""The one-thread service worker: off the GUI thread, in order, results back on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, Qt, Slot
from pytestqt.qtbot import QtBot

from kiosk.ui.worker import ServiceWorker

WAIT_MS = 3000


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.results: list[tuple[int, object, str]] = []

    @Slot(int, object)
    def record(self, job_id: int, payload: object) -> None:
        self.results.append((job_id, payload, threading.current_thread().name))


@pytest.fixture
def worker() -> ServiceWorker:
    worker = ServiceWorker()
    yield worker
    assert worker.shutdown(timeout_s=3.0)


def connect(worker: ServiceWorker) -> Receiver:
    receiver = Receiver()
    worker.succeeded.connect(receiver.record, Qt.ConnectionType.QueuedConnection)
    worker.failed.connect(receiver.record, Qt.ConnectionType.QueuedConnection)
    return receiver


def test_calls_run_off_the_gui_thread_in_order_and_answer_on_it(
    qtbot: QtBot, worker: ServiceWorker
) -> None:
    receiver = connect(worker)
    ran_on: list[str] = []

    def call(n: int) -> int:
        ran_on.append(threading.current_thread().name)
        return n * n

    ids = [worker.submit(lambda n=n: call(n)) for n in range(5)]
    qtbot.waitUntil(lambda: len(receiver.results) == 5, timeout=WAIT_MS)
    assert [(job, value) for job, value, _ in receiver.results] == [
        (job, n * n) for job, n in zip(ids, range(5), strict=True)
    ]
    assert set(ran_on) == {"kiosk-service"}
    assert {thread for _, _, thread in receiver.results} == {threading.main_thread().name}


def test_an_exception_comes_back_as_a_failure_and_the_worker_carries_on(
    qtbot: QtBot, worker: ServiceWorker
) -> None:
    receiver = connect(worker)

    def broken() -> None:
        raise ValueError("bad row")

    first = worker.submit(broken)
    second = worker.submit(lambda: "fine")
    qtbot.waitUntil(lambda: len(receiver.results) == 2, timeout=WAIT_MS)
    (job1, error, _), (job2, value, _) = receiver.results
    assert (job1, job2, value) == (first, second, "fine")
    assert isinstance(error, ValueError)


def test_shutdown_stops_the_thread_and_refuses_new_work() -> None:
    worker = ServiceWorker()
    assert worker.is_alive()
    assert worker.shutdown(timeout_s=3.0)
    assert not worker.is_alive()
    with pytest.raises(RuntimeError):
        worker.submit(lambda: None)


def test_shutdown_does_not_wait_forever_for_a_hung_call() -> None:
    worker = ServiceWorker()
    release = threading.Event()
    started = threading.Event()
    worker.submit(lambda: (started.set(), release.wait(5)))
    assert started.wait(3)
    assert worker.shutdown(timeout_s=0.05) is False
    release.set()
    assert worker.shutdown(timeout_s=3.0)
