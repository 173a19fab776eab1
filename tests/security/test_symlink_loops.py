"""Links that loop, pipes and folders named like posts: answered, reported, never a hang."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from editor.core.site.site import Site
from editor.core.site.site_checks import UNREADABLE_FILE
from editor.core.site.site_paths import resolve_site_path
from tests.core.site_fixtures import write
from tests.security.payloads import png_bytes

REPO = Path(__file__).resolve().parents[2]
LOOPS = ["assets/loop1", "assets/loop1/x.png", "assets/loop2", "_posts/2025-01-02-self.md"]


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A Jekyll site with ``assets/loop1 <-> loop2``, a post linked to itself, a link to
    nowhere and a folder linked into itself."""
    root = tmp_path / "site"
    write(root / "_config.yml", "title: t\n")
    write(root / "_posts" / "2025-01-01-ok.md", "---\ntitle: ok\n---\nThe word kiji.\n")
    (root / "assets").mkdir()
    (root / "assets" / "ok.png").write_bytes(png_bytes())
    (root / "assets" / "loop1").symlink_to("loop2")
    (root / "assets" / "loop2").symlink_to("loop1")
    (root / "assets" / "folder.png").mkdir()
    (root / "_posts" / "2025-01-02-self.md").symlink_to("2025-01-02-self.md")
    (root / "_posts" / "2025-01-03-nowhere.md").symlink_to("missing.md")
    (root / "_posts" / "loops").symlink_to("../_posts", target_is_directory=True)
    return root


@pytest.fixture
def piped(site: Path) -> Path:
    """The same site with pipes named like a post, a page and an image (a read blocks)."""
    os.mkfifo(site / "_posts" / "2025-01-04-pipe.md")
    os.mkfifo(site / "assets" / "pipe.png")
    os.mkfifo(site / "index.md")
    return site


@pytest.mark.parametrize("name", [*LOOPS, "assets/folder.png", "assets/pipe.png", "nope.png"])
def test_resolve_refuses_without_raising(piped, name) -> None:
    assert resolve_site_path(piped, name) is None


def test_site_opens_and_reports_the_looping_file(site) -> None:
    opened = Site.open(site)
    by_name = {path.name: entry for path, entry in opened.entries.items()}
    assert by_name["2025-01-01-ok.md"].title == "ok"
    for name in ("2025-01-02-self.md", "2025-01-03-nowhere.md"):
        assert by_name[name].unreadable
    problems = {p.path.name: p for p in opened.check() if p.kind == UNREADABLE_FILE}
    assert "leads back to itself" in problems["2025-01-02-self.md"].message
    assert opened.reindex([site / "_posts" / "2025-01-02-self.md"]) == []


_WALK_SCRIPT = """
import json, sys
from pathlib import Path
from editor.core.site.discovery import site_documents
from editor.core.site.text_search import SearchQuery, search_files
from editor.core.site.site import Site
from editor.core.site.site_urls import page_urls
from editor.core.site.vocabulary import SiteVocabulary
root = Path(sys.argv[1])
site = Site.open(root)
hits = list(search_files(site_documents(site.layout), SearchQuery("kiji")))
front = SiteVocabulary.from_site(site.entries.values(), site.layout).used_keys()
urls = page_urls(site.layout)
print(json.dumps({"entries": len(site.entries), "problems": len(site.check()),
                  "hits": len(hits), "front": len(front), "urls": sorted(urls)}))
"""


def test_walks_never_hang_on_pipes_or_loops(piped) -> None:
    """Open, check, search and read the vocabulary in a child: a hang would block it."""
    result = subprocess.run(
        [sys.executable, "-c", _WALK_SCRIPT, str(piped)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        check=True,
    )
    report = json.loads(result.stdout)
    assert report["hits"] == 1 and report["front"] >= 1
    assert report["problems"] >= 3  # the looping post, the link to nowhere, the pipe


def test_the_index_service_opens_the_site(site, qapp, qtbot) -> None:
    from editor.services.site_index import SiteIndex

    index = SiteIndex(site)
    with qtbot.waitSignal(index.ready, timeout=20000):
        index.start()
    with qtbot.waitSignal(index.checked, timeout=20000) as checked:
        index.request_checks()
    assert any(p.kind == UNREADABLE_FILE for p in checked.args[0])
    index.close()


# -- the kiji-site: scheme -------------------------------------------------------------


def _job_class():
    from PySide6.QtCore import QObject, QUrl

    class Job(QObject):
        """Stands in for QWebEngineUrlRequestJob when a race between resolve and read
        is staged (a real page cannot time one)."""

        def __init__(self, url: str) -> None:
            super().__init__()
            self._url = QUrl(url)
            self.outcome: str | None = None

        def requestUrl(self) -> QUrl:
            return self._url

        def fail(self, error: object) -> None:
            self.outcome = "fail"

        def reply(self, mime: bytes, buffer: object) -> None:
            self.outcome = "reply"

    return Job


@pytest.mark.parametrize("swap", ["pipe", "vanished", "folder", "loop"])
def test_scheme_answers_when_the_file_changes_after_resolve(site, qapp, monkeypatch, swap) -> None:
    from editor.services import site_scheme

    target = site / "assets" / "raced.png"
    if swap == "pipe":
        os.mkfifo(target)
    elif swap == "folder":
        target.mkdir()
    elif swap == "loop":
        target.symlink_to("raced.png")
    monkeypatch.setattr(site_scheme, "resolve_site_path", lambda root, path: target)
    handler = site_scheme.SiteSchemeHandler()
    handler.set_site_root(site)
    job = _job_class()("kiji-site://site/assets/raced.png")
    errors: list[BaseException] = []

    def answer() -> None:
        try:
            handler.requestStarted(job)
        except BaseException as error:
            errors.append(error)

    worker = threading.Thread(target=answer, daemon=True)
    worker.start()
    worker.join(10)
    stuck = worker.is_alive()
    if stuck and swap == "pipe":  # free the reader blocked on the pipe
        os.close(os.open(target, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(10)
    assert not stuck, "the handler never answered"
    assert errors == [] and job.outcome == "fail"


_PAGE = """<!DOCTYPE html><body><script>
window.answers = {};
for (const name of NAMES) {
  const img = new Image();
  img.onload = () => { window.answers[name] = 'load'; };
  img.onerror = () => { window.answers[name] = 'error'; };
  img.src = 'kiji-site://site/' + name;
}
</script></body>"""


def test_scheme_answers_every_request_of_a_real_page(piped, qapp, qtbot) -> None:
    site = piped
    from PySide6.QtCore import QObject, QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings

    from editor.services.site_scheme import SITE_SCHEME, SiteSchemeHandler
    from editor.services.web_profile import private_page

    handler = SiteSchemeHandler()
    handler.set_site_root(site)
    owner = QObject()  # deletes the page, then its profile (which owns the handler)
    page = private_page(owner, QWebEnginePage, handler)
    page.settings().setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, True)
    page.profile().installUrlSchemeHandler(SITE_SCHEME, handler)
    names = ["assets/ok.png", *LOOPS, "assets/folder.png", "assets/pipe.png", "../x.png"]
    html = _PAGE.replace("NAMES", json.dumps(names))
    with qtbot.waitSignal(page.loadFinished, timeout=20000):
        page.setHtml(html, QUrl("kiji-site://site/"))
    answers: dict = {}

    def all_answered() -> bool:
        page.runJavaScript(
            "JSON.stringify(window.answers)", 0, lambda r: answers.update(json.loads(r or "{}"))
        )
        return len(answers) == len(names)

    qtbot.waitUntil(all_answered, timeout=15000)
    assert answers.pop("assets/ok.png") == "load"
    assert set(answers.values()) == {"error"}
    owner.deleteLater()
    qtbot.wait(50)
