"""`makerspace-kiosk central init`, `terminal join` and `sync` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main
from tests.db.backends import postgres_schema
from tests.sync.library import count_rows

pytestmark = pytest.mark.postgres


def _config(folder: Path, code: str, central: str) -> Path:
    path = folder / f"{code}.toml"
    path.write_text(
        f'[library]\nbranch = "Eastgate"\nbranch_code = "east"\n'
        f'[terminal]\nid = "{code}"\n'
        f'[database]\nurl = "sqlite:///{folder / code}.sqlite3"\n'
        f'[sync]\ncentral_url = "{central}"\n'
        f'[files]\nstore_dir = "{folder / code}-files"\n'
    )
    path.chmod(0o600)
    return path


def test_init_join_and_sync_by_hand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with postgres_schema() as url:
        assert (
            main(["central", "init", "--url", url, "--branch", "east=Eastgate@Europe/Paris"]) == 0
        )
        out = capsys.readouterr().out
        assert "Central store ready at schema" in out and "Branch east registered" in out
        config = _config(tmp_path, "east-1", url)
        assert main(["--config", str(config), "terminal", "join", "--branch", "east"]) == 0
        assert "Terminal east-1 joined branch east: pushed" in capsys.readouterr().out
        assert main(["--config", str(config), "sync"]) == 0
        assert "0 waiting" in capsys.readouterr().out
        from kiosk.sync.connect import open_central

        engine = open_central(url)
        try:
            assert count_rows(engine, "sync_terminals") == 1
            assert count_rows(engine, "terminals", code="east-1") == 1
        finally:
            engine.dispose()
        # Running init again is safe and changes nothing it need not.
        assert main(["central", "init", "--url", url]) == 0


def test_a_wrong_branch_or_unreachable_central_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with postgres_schema() as url:
        assert main(["central", "init", "--url", url, "--branch", "east=Eastgate"]) == 0
        capsys.readouterr()
        config = _config(tmp_path, "east-1", url)
        assert main(["--config", str(config), "terminal", "join", "--branch", "west"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "configuration says branch 'east'" in err
        assert main(["--config", str(config), "terminal", "join", "--branch", "east"]) == 0
        capsys.readouterr()
        unreachable = url.replace("postgres@127.0.0.1:5432", "postgres:pa55word@127.0.0.1:1")
        code = main(["--config", str(config), "sync", "--central", unreachable])
        err = capsys.readouterr().err
        assert code == 1 and err.count("\n") == 1 and "pa55word" not in err
        assert "refused the connection" in err
    assert main(["central", "init", "--url", "sqlite:///x.db"]) == 2
    assert "must be PostgreSQL" in capsys.readouterr().err


def test_library_it_lists_terminals_and_shuts_a_lost_one_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with postgres_schema() as url:
        assert main(["central", "init", "--url", url, "--branch", "east=Eastgate"]) == 0
        assert main(["central", "terminals", "--url", url]) == 0
        assert "No terminal has joined yet." in capsys.readouterr().out
        config = _config(tmp_path, "east-1", url)
        assert main(["--config", str(config), "terminal", "join", "--branch", "east"]) == 0
        capsys.readouterr()
        assert main(["central", "terminals", "--url", url]) == 0
        listed = capsys.readouterr().out
        assert "east\teast-1\tlast seen 20" in listed and listed.rstrip().endswith("ok")

        assert main(["central", "revoke-terminal", "--url", url, "east-1"]) == 0
        assert "Terminal east-1 is shut out" in capsys.readouterr().out
        assert main(["--config", str(config), "sync"]) != 0
        assert "shut this terminal out" in capsys.readouterr().err
        assert main(["central", "terminals", "--url", url]) == 0
        assert "shut out 20" in capsys.readouterr().out
        # Again, or a code nobody joined with: said plainly, nothing changed.
        assert main(["central", "revoke-terminal", "--url", url, "east-1"]) == 2
        assert "no terminal 'east-1' to shut out" in capsys.readouterr().err


def test_sync_by_hand_sends_and_fetches_project_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.config import load_config
    from kiosk.core.project_files.store import FileStore
    from kiosk.core.project_views import FileRole, ProjectDraft, ProjectFileRef
    from kiosk.services import open_services
    from tests.core.project_files import makers

    with postgres_schema() as url:
        assert main(["central", "init", "--url", url, "--branch", "east=Eastgate"]) == 0
        first, second = _config(tmp_path, "east-1", url), _config(tmp_path, "east-2", url)
        assert main(["--config", str(first), "terminal", "join", "--branch", "east"]) == 0
        services = open_services(load_config(first, require_card_keys=False))
        try:
            assert services.file_store == tmp_path / "east-1-files"
            source = makers.write(tmp_path, "square.gcode", makers.square_gcode())
            stored = FileStore(services.file_store).store(source)
            patron = services.patrons.create("Ada Lovelace", card_number="A-1")
            ref = ProjectFileRef(
                stored.sha256, stored.kind, "square.gcode", stored.size, FileRole.MODEL
            )
            services.projects.submit(patron.patron_id, ProjectDraft(title="Square", files=(ref,)))
        finally:
            services.close()
        capsys.readouterr()
        assert main(["--config", str(first), "sync"]) == 0
        assert "sent 1 file(s)" in capsys.readouterr().out
        assert main(["--config", str(second), "terminal", "join", "--branch", "east"]) == 0
        assert "received 1 file(s)" in capsys.readouterr().out
        copy = FileStore(tmp_path / "east-2-files").path(stored.sha256)
        assert copy.read_bytes() == source.read_bytes()
