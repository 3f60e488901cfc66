from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.db.backends import BACKENDS, database_url


@pytest.fixture(params=BACKENDS)
def any_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database, a SQLite file or a PostgreSQL schema, for a kiosk to open."""
    with database_url(request.param, tmp_path) as url:
        yield url
