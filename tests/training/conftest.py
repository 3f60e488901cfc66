from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.db.backends import BACKENDS, Database, open_database


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with open_database(request.param, tmp_path) as database:
        yield database
