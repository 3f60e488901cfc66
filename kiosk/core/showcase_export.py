"""The showcase as a static web site a library can put on its website: an index with tag
filters that work from a plain folder (no server), a page per project, and the pictures.

It is written only from `ShowcaseEntry` values, which hold nothing private: no card numbers,
no surnames (makers by first name or nickname), no private or hidden projects, no staff
feedback. The markup is accessible: a language, landmarks, one h1 per page, alt text, and
filters that are real buttons (keyboard-usable, with `aria-pressed`)."""

from __future__ import annotations

import html
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.project_views import (
    LICENCE_NAMES,
    LICENCE_URLS,
    ProjectFileRef,
    ShowcaseEntry,
)

# Where a picture's PNG or JPEG bytes are on disk (a stored photo, a model's thumbnail); None
# when there is none to show.
PictureSource = Callable[[ProjectFileRef], Path | None]

_PICTURE_SUFFIXES = {b"\x89PNG": ".png", b"\xff\xd8\xff": ".jpg"}
_SLUG = re.compile(r"[^\w-]+", re.UNICODE)


@dataclass(frozen=True)
class ExportReport:
    folder: Path
    projects: int
    pictures: int


def no_pictures(_ref: ProjectFileRef) -> Path | None:
    return None


def tag_slug(label: str) -> str:
    slug = _SLUG.sub("-", label.casefold()).strip("-")
    return slug or "tag"


def export_showcase(
    entries: Iterable[ShowcaseEntry],
    folder: Path,
    *,
    library_name: str,
    pictures: PictureSource = no_pictures,
    lang: str = "en",
) -> ExportReport:
    """Write the site into `folder` (made if missing). The site is built in a temporary folder
    beside it and swapped in at the end, so a failure leaves the previous export whole."""
    entries = tuple(entries)
    folder = folder.resolve()
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".showcase-", dir=folder.parent))
    try:
        (work / "projects").mkdir()
        (work / "pictures").mkdir()
        picture_names: dict[str, str] = {}
        for entry in entries:
            name = _copy_picture(entry, pictures, work / "pictures")
            if name is not None:
                picture_names[str(entry.project_id)] = name
        (work / "style.css").write_text(_CSS, encoding="utf-8")
        (work / "index.html").write_text(
            _index(entries, library_name, lang, picture_names), encoding="utf-8"
        )
        for entry in entries:
            page = _project_page(
                entry, library_name, lang, picture_names.get(str(entry.project_id))
            )
            (work / "projects" / f"{entry.project_id}.html").write_text(page, encoding="utf-8")
        os.chmod(work, 0o755)  # mkdtemp makes it private; a web site is for everyone
        if folder.exists():
            old = Path(tempfile.mkdtemp(prefix=".showcase-old-", dir=folder.parent))
            old.rmdir()
            folder.rename(old)
            work.rename(folder)
            shutil.rmtree(old, ignore_errors=True)
        else:
            work.rename(folder)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return ExportReport(folder, len(entries), len(picture_names))


def _copy_picture(entry: ShowcaseEntry, pictures: PictureSource, into: Path) -> str | None:
    if entry.picture is None:
        return None
    source = pictures(entry.picture)
    if source is None or not source.is_file():
        return None
    with source.open("rb") as handle:
        head = handle.read(4)
    suffix = next((s for magic, s in _PICTURE_SUFFIXES.items() if head.startswith(magic)), None)
    if suffix is None:
        return None  # only images a browser shows are copied, whatever the file claims
    name = f"{entry.project_id}{suffix}"
    shutil.copyfile(source, into / name)
    return name


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _page(lang: str, title: str, css: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n"
        f'<link rel="stylesheet" href="{css}">\n</head>\n<body>\n'
        '<a class="skip" href="#main">Skip to content</a>\n'
        f"{body}</body>\n</html>\n"
    )


def _makers(entry: ShowcaseEntry) -> str:
    return ", ".join(entry.makers)


def _picture_alt(entry: ShowcaseEntry) -> str:
    return f"Picture of {entry.title}"


def _index(
    entries: tuple[ShowcaseEntry, ...],
    library_name: str,
    lang: str,
    picture_names: dict[str, str],
) -> str:
    tags: dict[str, str] = {}
    for entry in entries:
        for label in entry.tags:
            tags.setdefault(tag_slug(label), label)
    buttons = ['<li><button type="button" data-tag="" aria-pressed="true">All</button></li>']
    buttons += [
        f'<li><button type="button" data-tag="{_e(slug)}" aria-pressed="false">'
        f"{_e(label)}</button></li>"
        for slug, label in sorted(tags.items(), key=lambda item: item[1].casefold())
    ]
    cards = []
    for entry in entries:
        slugs = " ".join(sorted({tag_slug(t) for t in entry.tags}))
        picture = picture_names.get(str(entry.project_id))
        image = (
            f'<img src="pictures/{_e(picture)}" alt="{_e(_picture_alt(entry))}" '
            'width="240" height="180" loading="lazy">'
            if picture
            else ""
        )
        tag_list = "".join(f"<li>{_e(t)}</li>" for t in entry.tags)
        cards.append(
            f'<li class="project" data-tags="{_e(slugs)}">\n<article>\n'
            f'<h2><a href="projects/{entry.project_id}.html">{_e(entry.title)}</a></h2>\n'
            f"{image}\n"
            f'<p class="makers">By {_e(_makers(entry))}</p>\n'
            f'<ul class="tags" aria-label="Tags">{tag_list}</ul>\n'
            "</article>\n</li>"
        )
    count = len(entries)
    body = (
        f'<header>\n<p class="library">{_e(library_name)}</p>\n'
        "<h1>Made in our makerspace</h1>\n</header>\n"
        '<nav aria-label="Filter projects by tag">\n<h2 id="filter-heading">Show projects '
        'tagged</h2>\n<ul class="filters">\n' + "\n".join(buttons) + "\n</ul>\n</nav>\n"
        '<main id="main">\n'
        f'<p id="shown" role="status" aria-live="polite">{count} '
        f"project{'s' if count != 1 else ''} shown</p>\n"
        '<ul class="projects" aria-label="Projects">\n'
        + "\n".join(cards)
        + "\n</ul>\n"
        + ("<p>No projects yet.</p>\n" if not entries else "")
        + "</main>\n"
        f"<footer><p>{_e(library_name)}</p></footer>\n"
        f"<script>{_FILTER_JS}</script>\n"
    )
    return _page(lang, f"Showcase - {library_name}", "style.css", body)


def _project_page(entry: ShowcaseEntry, library_name: str, lang: str, picture: str | None) -> str:
    image = (
        f'<img src="../pictures/{_e(picture)}" alt="{_e(_picture_alt(entry))}">\n'
        if picture
        else ""
    )
    paragraphs = "".join(
        f"<p>{_e(part)}</p>\n" for part in entry.description.split("\n\n") if part.strip()
    )
    url = LICENCE_URLS[entry.licence]
    licence_name = _e(LICENCE_NAMES[entry.licence])
    licence = f'<a href="{_e(url)}" rel="license">{licence_name}</a>' if url else licence_name
    tag_list = "".join(f"<li>{_e(t)}</li>" for t in entry.tags)
    body = (
        f'<header>\n<p class="library"><a href="../index.html">{_e(library_name)}: '
        "all projects</a></p>\n</header>\n"
        f'<main id="main">\n<article>\n<h1>{_e(entry.title)}</h1>\n{image}'
        f'<p class="makers">By {_e(_makers(entry))}</p>\n'
        f"{paragraphs}"
        '<h2>Tags</h2>\n<ul class="tags">' + tag_list + "</ul>\n"
        f"<h2>Licence</h2>\n<p>{licence}</p>\n"
        "</article>\n</main>\n"
        f"<footer><p>{_e(library_name)}</p></footer>\n"
    )
    return _page(lang, f"{entry.title} - {library_name}", "../style.css", body)


# Plain script, no modules or fetches: runs from a file:// folder. Without script every project
# shows, and the buttons do nothing harmful.
_FILTER_JS = """
(function () {
  var buttons = document.querySelectorAll('.filters button');
  var items = document.querySelectorAll('.projects .project');
  var shown = document.getElementById('shown');
  function apply(tag) {
    var count = 0;
    items.forEach(function (item) {
      var tags = (item.getAttribute('data-tags') || '').split(' ');
      var visible = tag === '' || tags.indexOf(tag) !== -1;
      item.hidden = !visible;
      if (visible) { count += 1; }
    });
    buttons.forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-tag') === tag));
    });
    shown.textContent = count + (count === 1 ? ' project shown' : ' projects shown');
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () { apply(b.getAttribute('data-tag')); });
  });
})();
"""

_CSS = """
body { font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.5;
  color: #111; background: #fff; margin: 0 auto; max-width: 70rem; padding: 1rem; }
a { color: #0b4f9c; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
.filters, .projects, .tags { list-style: none; padding: 0; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem; }
.filters button { font: inherit; min-height: 48px; min-width: 48px; padding: .5rem 1rem;
  border: 2px solid #0b4f9c; border-radius: 1.5rem; background: #fff; color: #0b4f9c;
  cursor: pointer; }
.filters button[aria-pressed="true"] { background: #0b4f9c; color: #fff; }
button:focus-visible, a:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.projects { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
  gap: 1rem; }
.project article { border: 1px solid #888; border-radius: .5rem; padding: 1rem; }
.project img, article > img { max-width: 100%; height: auto; }
.tags li { display: inline-block; margin: 0 .25rem .25rem 0; padding: 0 .5rem;
  background: #eef; border-radius: .5rem; }
.project[hidden] { display: none; }
"""

__all__ = [
    "ExportReport",
    "PictureSource",
    "export_showcase",
    "no_pictures",
    "tag_slug",
]
