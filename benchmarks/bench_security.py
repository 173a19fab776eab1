"""Hostile posts against the preview and the exports; a save racing another program.

Runs the payload corpus of ``tests/security/payloads.py`` and prints, for the preview page
(``PreviewView``: JavaScript off for content, as in the app) and for exported HTML opened
with JavaScript on (as a reader's browser would): payloads tried, scripts run, requests
received by a local server, files read from outside the site. Then it creates posts and
adds images in sites whose settings point outside (files written outside the site), and
races 300 reload-edit-save rounds against another process replacing the post (silent
overwrites).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_security.py``
"""

from __future__ import annotations

import base64
import os
import re
import sys
import tempfile
import time
from html import unescape
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIJI_HOME", tempfile.mkdtemp(prefix="kiji-bench-home-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor.app import create_application, release_windows
from editor.core.export.export_html import ExportOptions, ImageMode, export_html
from editor.core.render.render import Renderer
from editor.core.site.site import Site
from editor.core.site.site_errors import OutsideSiteError
from editor.core.site.site_paths import resolve_site_path
from tests.security.browser import CountingServer, ScriptedBrowser, wait
from tests.security.payloads import ALL_PAYLOADS, png_bytes
from tests.security.race import run_race

SECRET = png_bytes(64, 64, seed=7)


def make_world(base: Path) -> tuple[Path, Path]:
    """A small Jekyll site whose ``assets/leak.png`` links to a secret outside it."""
    site, outside = base / "site", base / "outside"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: t\n", encoding="utf-8")
    (site / "_posts" / "2025-01-01-a.md").write_text("---\ntitle: a\n---\n", encoding="utf-8")
    (site / "assets").mkdir()
    outside.mkdir()
    (outside / "secret.png").write_bytes(SECRET)
    (site / "assets" / "leak.png").symlink_to(outside / "secret.png")
    return site, outside


_SRC_RE = re.compile(r'\bsrc="([^"]*)"')


def reads_outside(html: str, base_url: str, site: Path) -> bool:
    """Whether a page showing ``html`` at ``base_url`` would load a file outside ``site``:
    the secret embedded, a ``file:`` image outside, or one the preview's scheme would serve
    from outside."""
    if base64.b64encode(SECRET).decode()[:80] in html:
        return True
    for value in _SRC_RE.findall(html):
        url = urljoin(base_url, unescape(value))
        parts = urlsplit(url)
        if parts.scheme == "file":
            file = Path(unquote(parts.path))
        elif parts.scheme == "kiji-site":
            found = resolve_site_path(site, parts.path)
            if found is None:
                continue
            file = found
        else:
            continue
        if file.exists() and not file.resolve().is_relative_to(site.resolve()):
            return True
    return False


def preview_row(site: Path, outside: Path, server: CountingServer) -> tuple[int, int, int, int]:
    """Each payload shown in the app's preview page; (tried, scripts, requests, read)."""
    from editor.services.render_worker import RenderResult
    from editor.ui.preview.preview import PreviewView

    view = PreviewView()
    view.resize(1000, 800)
    view.show()
    view.set_site_root(site)
    deadline = time.monotonic() + 20
    while not view.is_ready and time.monotonic() < deadline:
        wait(20)
    scripts = requests = reads = 0
    for number, payload in enumerate(ALL_PAYLOADS):
        renderer = Renderer(site, post_path=site / "_posts" / "2025-01-01-a.md")
        blocks = renderer.render_blocks(payload.render(server.url, str(outside)))
        title = view.page().title()
        server.clear()
        view.show_result(RenderResult(number + 1, blocks, "", 0.0))
        wait(250)
        scripts += view.page().title() != title and view.page().title().startswith("pwned")
        requests += len(server.hits)
        reads += any(reads_outside(b.html, "kiji-site://site/", site) for b in blocks)
    view.close()
    view.deleteLater()
    return len(ALL_PAYLOADS), scripts, requests, reads


def export_row(site: Path, outside: Path, server: CountingServer) -> tuple[int, int, int, int]:
    """Each payload exported (embedded and linked images) and opened with JavaScript on."""
    browser = ScriptedBrowser()
    scripts = requests = reads = tried = 0
    for number, payload in enumerate(ALL_PAYLOADS):
        for mode in (ImageMode.EMBED, ImageMode.LINK):
            target = site.parent / "exports" / f"{number}-{mode.value}.html"
            target.parent.mkdir(exist_ok=True)
            html = export_html(
                payload.render(server.url, str(outside)),
                {"title": "clean"},
                stylesheet="",
                site_root=site,
                post_path=site / "_posts" / "2025-01-01-a.md",
                target=target,
                options=ExportOptions(images=mode),
            )
            target.write_text(html, encoding="utf-8")
            server.clear()
            tried += 1
            scripts += browser.open(target) != "clean"
            requests += len(server.hits)
            reads += reads_outside(html, target.as_uri(), site)
    browser.close()
    return tried, scripts, requests, reads


HOSTILE_CONFIGS = [
    ("_config.yml", "collections_dir: ../../x\n"),
    ("_config.yml", "collections_dir: /tmp\n"),
    ("_config.yml", "kiji:\n  image_folder: ../../x/{slug}\n"),
    ("_config.yml", "kiji:\n  image_folder: /tmp/kiji-bench-{slug}\n"),
    ("hugo.toml", 'contentDir = "../../x"\n'),
    ("hugo.toml", '[languages.en]\ncontentDir = "../../x"\n'),
]


def writes_outside(base: Path) -> tuple[int, int]:
    """New post, new draft and Add Image in sites whose settings point outside."""
    written = 0
    for number, (name, config) in enumerate(HOSTILE_CONFIGS):
        root = base / f"hostile-{number}" / "deep" / "site"
        (root / "_posts").mkdir(parents=True)
        (root / "content").mkdir()
        (root / "static").mkdir()
        (root / name).write_text(config, encoding="utf-8")
        image = base / f"photo-{number}.png"
        image.write_bytes(png_bytes())
        before = _files_outside(base / f"hostile-{number}", root)
        try:
            site = Site.open(root)
            for draft in (False, True):
                try:
                    path = site.new_post(f"Escape {number}", draft=draft)
                    site.add_image(image, path)
                except OutsideSiteError:
                    pass
        except OutsideSiteError:
            pass
        written += len(_files_outside(base / f"hostile-{number}", root) - before)
        written += len(list(Path("/tmp").glob(f"kiji-bench-escape-{number}*")))
        written += len(list(Path("/tmp").glob(f"_*/*escape-{number}*")))
    return len(HOSTILE_CONFIGS), written


def _files_outside(top: Path, root: Path) -> set[Path]:
    return {p for p in top.rglob("*") if p.is_file() and not p.is_relative_to(root)}


def main() -> None:
    app = create_application(["kiji-bench"])
    server = CountingServer()
    with tempfile.TemporaryDirectory(prefix="kiji-bench-security-") as folder:
        base = Path(folder)
        site, outside = make_world(base)
        rows = [
            ("preview (JS off)", *preview_row(site, outside, server)),
            ("exported HTML (JS on)", *export_row(site, outside, server)),
        ]
        configs, written = writes_outside(base)
        race = run_race(base / "race", iterations=300)
    server.close()
    print(f"{'where':<24}{'tried':>7}{'scripts run':>13}{'requests':>10}{'files read':>12}")
    for name, tried, scripts, requests, reads in rows:
        print(f"{name:<24}{tried:>7}{scripts:>13}{requests:>10}{reads:>12}")
    print()
    print(f"hostile site settings tried: {configs}, files written outside the site: {written}")
    print(
        f"save race: {race.saves} saves, {race.conflicts} conflicts reported, "
        f"{race.kept} outside versions kept aside, {race.external_versions} outside "
        f"versions written, silent overwrites: {len(race.lost)}"
    )
    release_windows(app)


if __name__ == "__main__":
    main()
