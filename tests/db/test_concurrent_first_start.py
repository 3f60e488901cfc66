"""Three kiosks started at the same instant against an empty central database all come up:
one migrates, the others wait for it and find the schema ready."""

from __future__ import annotations

import multiprocessing
import traceback
from multiprocessing.synchronize import Barrier

import pytest
from sqlalchemy import inspect

from kiosk.db.engine import make_engine
from kiosk.db.migrate import current_revision, head_revision
from tests.db.backends import postgres_schema

KIOSKS = 3


def start_kiosk(url: str, barrier: Barrier, results: multiprocessing.Queue[str]) -> None:
    """One kiosk process: build its configuration, wait for the others, then start."""
    try:
        from kiosk.app import open_services
        from kiosk.config import Config, DatabaseSection

        config = Config().with_overrides(database=DatabaseSection(url=url))
        barrier.wait(timeout=60)
        services = open_services(config)
        services.close()
        results.put("up")
    except BaseException:
        results.put(traceback.format_exc(limit=3))


@pytest.mark.postgres
def test_three_kiosks_starting_at_once_on_an_empty_schema_all_come_up() -> None:
    with postgres_schema() as url:
        context = multiprocessing.get_context("spawn")
        barrier = context.Barrier(KIOSKS)
        results: multiprocessing.Queue[str] = context.Queue()
        kiosks = [
            context.Process(target=start_kiosk, args=(url, barrier, results)) for _ in range(KIOSKS)
        ]
        for kiosk in kiosks:
            kiosk.start()
        outcomes = [results.get(timeout=120) for _ in kiosks]
        for kiosk in kiosks:
            kiosk.join(timeout=30)
        assert outcomes == ["up"] * KIOSKS, "\n".join(outcomes)

        engine = make_engine(url)
        try:
            assert current_revision(engine) == head_revision()
            assert "patrons" in inspect(engine).get_table_names()
        finally:
            engine.dispose()
