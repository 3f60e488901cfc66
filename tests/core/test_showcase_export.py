"""`showcase export`: the static site holds the shared projects, their pictures and accessible
markup, and nothing private; its tag filter works in a real headless Chromium from a folder."""

from __future__ import annotations

import struct
import uuid
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.core.card_codec import CardCodec
from kiosk.core.clock import FixedClock
from kiosk.core.project_views import (
    Decision,
    FileRole,
    Licence,
    ProjectDraft,
    ProjectFileRef,
    Sharing,
)
from kiosk.core.projects import ProjectService
from kiosk.core.showcase_export import export_showcase
from kiosk.core.staff import StaffAuthService
from kiosk.db.models_training import GuardianConsent
from kiosk.db.uow import UnitOfWork
from tests.db.backends import Database, add_patron, cheap_hasher, open_database
from tests.headless_chromium import headless_page

START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
SECRETS = (
    "MK-SECRET-1",
    "MK-SECRET-2",
    "MK-SECRET-3",
    "Okafor",
    "Youngblood",
    "Private lamp",
    "Hidden vase",
    "Waiting sword",
    "thicker walls",
)


def png(color: tuple[int, int, int]) -> bytes:
    """A 4x4 PNG of one colour."""
    raw = b"".join(b"\x00" + bytes(color) * 4 for _ in range(4))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with open_database("sqlite", tmp_path) as database:
        yield database


def ref(sha_char: str, role: FileRole, name: str) -> ProjectFileRef:
    return ProjectFileRef(sha_char * 64, "png" if role is FileRole.PHOTO else "stl", name, 10, role)


def seed(db: Database) -> tuple[ProjectService, dict[str, uuid.UUID]]:
    clock = FixedClock(START)
    service = ProjectService(
        db.session_factory,
        CardCodec({"K1": bytes(range(32))}, "K1"),
        clock,
        terminal_code="kiosk-1",
        branch_code="main",
    )
    staff = (
        StaffAuthService(db.session_factory, clock, "kiosk-1", hasher=cheap_hasher())
        .add_staff("Sam Staff", "S-1", "482913")
        .staff_id
    )
    adult = add_patron(db, "Maya Okafor", "MK-SECRET-1", birth_year=1980)
    teen = add_patron(db, "Tess Youngblood", "MK-SECRET-2", birth_year=2012)
    add_patron(db, "Other Person", "MK-SECRET-3", birth_year=2000)
    with UnitOfWork(db.session_factory) as session:
        session.add(GuardianConsent(patron_id=teen, recorded_at=START - timedelta(days=1)))
    service.add_tag("Robots")
    service.add_tag("Textiles")
    ids = {
        "robot": service.submit(
            adult,
            ProjectDraft(
                title="Line <robot>",
                description="Follows a black line.\n\nUses two motors & a sensor.",
                tags=("robots", "Cardboard"),
                collaborators=(teen,),
                sharing=Sharing.SHOWCASE,
                licence=Licence.CC_BY_SA,
                files=(ref("a", FileRole.MODEL, "robot.stl"), ref("b", FileRole.PHOTO, "r.png")),
            ),
        ),
        "quilt": service.submit(
            teen,
            ProjectDraft(
                title="Pixel quilt",
                tags=("Textiles",),
                sharing=Sharing.SHOWCASE,
                files=(ref("c", FileRole.PHOTO, "quilt.png"),),
                nicknames={teen: "TessMakes"},
            ),
        ),
        "private": service.submit(adult, ProjectDraft(title="Private lamp", tags=("robots",))),
        "hidden": service.submit(
            adult, ProjectDraft(title="Hidden vase", tags=("robots",), sharing=Sharing.SHOWCASE)
        ),
        "waiting": service.submit(
            adult, ProjectDraft(title="Waiting sword", sharing=Sharing.SHOWCASE)
        ),
    }
    for key in ("robot", "quilt", "private", "hidden"):
        feedback = "Please make thicker walls next time." if key == "robot" else ""
        service.review(staff, ids[key], Decision.APPROVE, feedback)
    service.set_hidden(staff, ids["hidden"], True)
    return service, ids


def pictures_in(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    paths = {}
    for char, color in (("b", (200, 0, 0)), ("c", (0, 0, 200))):
        path = folder / char
        path.write_bytes(png(color))
        paths[char * 64] = path
    return paths


class _Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.append((tag, dict(attrs)))


def outline(path: Path) -> _Outline:
    parser = _Outline()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_export_holds_shared_projects_with_pictures_and_nothing_private(
    db: Database, tmp_path: Path
) -> None:
    service, ids = seed(db)
    paths = pictures_in(tmp_path / "store")
    site = tmp_path / "site"
    report = export_showcase(
        service.showcase(),
        site,
        library_name="Springfield Library",
        pictures=lambda r: paths.get(r.sha256),
    )
    assert (report.projects, report.pictures) == (2, 2)
    pages = {p.name for p in (site / "projects").iterdir()}
    assert pages == {f"{ids['robot']}.html", f"{ids['quilt']}.html"}
    assert (site / "pictures" / f"{ids['robot']}.png").read_bytes() == png((200, 0, 0))
    everything = "\n".join(
        p.read_text(encoding="utf-8", errors="replace") for p in site.rglob("*") if p.is_file()
    )
    for secret in SECRETS:
        assert secret not in everything
    for key in ("private", "hidden", "waiting"):
        assert str(ids[key]) not in everything
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "Line &lt;robot&gt;" in index and "<robot>" not in index
    assert "Maya, Tess" in index and "TessMakes" in index

    # Accessible markup: a language, landmarks, one h1, alt text on every picture, real buttons.
    for page in (site / "index.html", *sorted((site / "projects").iterdir())):
        parsed = outline(page)
        assert parsed.attrs[0] == ("html", {"lang": "en"})
        assert {"main", "header", "footer"} <= set(parsed.tags)
        assert parsed.tags.count("h1") == 1
        assert all(a.get("alt") for t, a in parsed.attrs if t == "img")
    index_outline = outline(site / "index.html")
    assert "nav" in index_outline.tags
    filters = [a for t, a in index_outline.attrs if t == "button"]
    assert [f["data-tag"] for f in filters] == ["", "cardboard", "robots", "textiles"]
    assert all(f["type"] == "button" and "aria-pressed" in f for f in filters)
    robot_page = (site / "projects" / f"{ids['robot']}.html").read_text(encoding="utf-8")
    assert "https://creativecommons.org/licenses/by-sa/4.0/" in robot_page
    assert "<p>Uses two motors &amp; a sensor.</p>" in robot_page


def test_a_second_export_replaces_the_first_whole(db: Database, tmp_path: Path) -> None:
    service, ids = seed(db)
    site = tmp_path / "site"
    export_showcase(service.showcase(), site, library_name="L")
    (site / "stale.html").write_text("old")
    service.set_hidden(None, ids["quilt"], True)
    report = export_showcase(service.showcase(), site, library_name="L")
    assert report.projects == 1
    assert not (site / "stale.html").exists()
    assert not (site / "projects" / f"{ids['quilt']}.html").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".showcase")] == []


def test_a_picture_that_is_not_an_image_is_not_copied(db: Database, tmp_path: Path) -> None:
    service, _ids = seed(db)
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"MZ\x90\x00 not a picture")
    report = export_showcase(
        service.showcase(), tmp_path / "site", library_name="L", pictures=lambda r: fake
    )
    assert report.pictures == 0
    assert list((tmp_path / "site" / "pictures").iterdir()) == []


def test_the_tag_filter_works_in_a_headless_browser(db: Database, tmp_path: Path) -> None:
    service, ids = seed(db)
    site = tmp_path / "site"
    export_showcase(service.showcase(), site, library_name="Springfield Library")
    visible = (
        "Array.from(document.querySelectorAll('.projects .project'))"
        ".filter(e => e.offsetParent !== null).map(e => e.querySelector('h2').textContent)"
    )
    pressed = (
        "Array.from(document.querySelectorAll('.filters button'))"
        ".filter(b => b.getAttribute('aria-pressed') === 'true').map(b => b.textContent)"
    )
    with headless_page() as page:
        page.open((site / "index.html").as_uri())
        assert page.evaluate("document.documentElement.lang") == "en"
        assert sorted(page.evaluate(visible)) == ["Line <robot>", "Pixel quilt"]
        assert page.evaluate(pressed) == ["All"]
        page.evaluate("document.querySelector('button[data-tag=\"textiles\"]').click()")
        assert page.evaluate(visible) == ["Pixel quilt"]
        assert page.evaluate(pressed) == ["Textiles"]
        assert page.evaluate("document.getElementById('shown').textContent") == "1 project shown"
        # By keyboard alone: focus the Robots filter and press Enter.
        page.evaluate("document.querySelector('button[data-tag=\"robots\"]').focus()")
        page.press("Enter", "Enter", 13, "\r")
        assert page.evaluate(visible) == ["Line <robot>"]
        assert page.evaluate(pressed) == ["Robots"]
        page.evaluate("document.querySelector('button[data-tag=\"\"]').click()")
        assert len(page.evaluate(visible)) == 2
        # A project page opens from the folder too.
        page.open((site / "projects" / f"{ids['robot']}.html").as_uri())
        assert page.evaluate("document.querySelector('h1').textContent") == "Line <robot>"


def test_cli_exports_tags_and_hides(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "kiosk.sqlite3"
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'[library]\nname = "Springfield Library"\n[database]\nurl = "sqlite:///{database}"\n'
    )
    config.chmod(0o600)
    base = ["--config", str(config)]
    assert main([*base, "tags", "add", "Robots"]) == 0
    assert main([*base, "tags", "add", "robots"]) != 0
    assert main([*base, "tags", "list"]) == 0
    assert "Robots" in capsys.readouterr().out
    assert main([*base, "tags", "remove", "Robots"]) == 0
    assert main([*base, "showcase", "export", str(tmp_path / "site")]) == 0
    assert "Wrote 0 project(s)" in capsys.readouterr().out
    assert (tmp_path / "site" / "index.html").is_file()
    assert main([*base, "showcase", "hide", "not-an-id"]) != 0
    assert main([*base, "showcase", "hide", str(uuid.uuid4())]) != 0


def test_the_cli_export_draws_the_thumbnails_the_kiosk_has_not_made_yet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A shared project whose only picture is its model gets the model's shaded thumbnail,
    drawn from the file store by the export itself; a photo is scaled; G-code has none."""
    from PIL import Image

    from kiosk.config import load_config
    from kiosk.core.project_files import FileStore
    from kiosk.services import open_services
    from tests.core.project_files import makers

    config_file = makers.kiosk_config(tmp_path)
    store = FileStore(tmp_path / "store")
    (tmp_path / "stick").mkdir()

    def put(name: str, data: bytes, role: FileRole) -> ProjectFileRef:
        kept = store.store(makers.write(tmp_path / "stick", name, data))
        return ProjectFileRef(kept.sha256, kept.kind.value, kept.clean_name, kept.size, role)

    model = put("cube.stl", makers.binary_stl(makers.cube_triangles()), FileRole.MODEL)
    photo = put("photo.png", makers.png(1200, 900), FileRole.PHOTO)
    gcode = put("cube.gcode", makers.square_gcode(), FileRole.MODEL)
    services = open_services(load_config(config_file, require_card_keys=False))
    try:
        staff = (
            StaffAuthService(services.sessions, FixedClock(START), "kiosk-1", hasher=cheap_hasher())
            .add_staff("Sam Staff", "S-1", "482913")
            .staff_id
        )
        ids = {}
        for key, files in (("cube", (model,)), ("photo", (photo,)), ("gcode", (gcode,))):
            maker = services.patrons.create(f"Maker {key}", card_number=f"MK-{key}")
            ids[key] = services.projects.submit(
                maker.patron_id,
                ProjectDraft(title=f"Project {key}", sharing=Sharing.SHOWCASE, files=files),
            )
            services.projects.review(staff, ids[key], Decision.APPROVE, "")
    finally:
        services.close()
    assert not store.thumbnail_path(model.sha256).exists()
    assert main(["--config", str(config_file), "showcase", "export", str(tmp_path / "site")]) == 0
    assert "Wrote 3 project(s) and 2 picture(s)" in capsys.readouterr().out
    pictures = tmp_path / "site" / "pictures"
    assert sorted(p.name for p in pictures.iterdir()) == sorted(
        [f"{ids['cube']}.png", f"{ids['photo']}.png"]
    )
    with Image.open(pictures / f"{ids['cube']}.png") as cube:
        shades = cube.convert("L").getcolors(256 * 256) or []
        assert max(cube.size) == 256 and len(shades) > 3  # shaded, not one flat colour
    with Image.open(pictures / f"{ids['photo']}.png") as scaled:
        assert scaled.size == (256, 192)
    # Drawn once, into the store beside the file, for the kiosk's screens too.
    assert store.thumbnail_path(model.sha256).is_file()
