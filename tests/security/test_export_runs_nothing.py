"""Exported HTML opened in a browser with JavaScript on runs nothing and fetches nothing."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from editor.core.export.export_html import ExportOptions, ImageMode, export_html
from editor.core.render.render import Renderer
from editor.core.render.sanitize import is_safe_style
from tests.core.site_fixtures import write
from tests.security.payloads import ALL_PAYLOADS, MARKUP_PAYLOADS, png_bytes


@pytest.fixture(scope="module")
def browser(qapp) -> Iterator[object]:
    from tests.security.browser import ScriptedBrowser

    page = ScriptedBrowser()
    yield page
    page.close()


@pytest.fixture
def server() -> Iterator[object]:
    from tests.security.browser import CountingServer

    counting = CountingServer()
    yield counting
    counting.close()


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    write(root / "_config.yml", "title: t\n")
    write(root / "_posts" / "2025-01-01-a.md", "---\ntitle: a\n---\n")
    (root / "a.png").write_bytes(png_bytes())
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.png").write_bytes(png_bytes())
    return root


def test_the_harness_sees_scripts_and_requests(browser, server, tmp_path) -> None:
    page = write(
        tmp_path / "control.html",
        f"<title>t</title><img src='{server.url}/control.png'>"
        "<script>document.title='pwned-control'</script>",
    )
    assert browser.open(page) == "pwned-control"
    assert server.hits == ["/control.png"]


def test_exported_hostile_posts_run_and_fetch_nothing(browser, server, site, tmp_path) -> None:
    failures = []
    for number, payload in enumerate(ALL_PAYLOADS):
        body = payload.render(server.url, str(tmp_path / "outside"))
        modes = (
            (ImageMode.EMBED, ImageMode.LINK) if payload.theme == "image" else (ImageMode.EMBED,)
        )
        for mode in modes:
            target = tmp_path / "exports" / f"{number}-{mode.value}.html"
            html = export_html(
                body,
                {"title": "clean"},
                stylesheet="body { color: black }",
                site_root=site,
                post_path=site / "_posts" / "2025-01-01-a.md",
                target=target,
                options=ExportOptions(images=mode),
            )
            write(target, html)
            server.clear()
            title = browser.open(target)
            if title != "clean" or server.hits:
                failures.append((payload.name, mode.value, title, server.hits))
    assert failures == []


class _Attributes(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str, str]] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.found.extend((tag, name, value or "") for name, value in attrs)


@pytest.mark.parametrize("payload", MARKUP_PAYLOADS, ids=lambda p: p.name)
def test_rendered_markup_keeps_no_fetching_url(payload, site) -> None:
    html = Renderer(site).render(payload.render("http://evil.test", "/outside"))
    parser = _Attributes()
    parser.feed(html)
    # a link is only followed when clicked; titles and data- attributes are never fetched
    fetching = [
        (tag, name, value)
        for tag, name, value in parser.found
        if ("evil.test" in value or "javascript" in value.lower() or "(" in value)
        and name not in {"title", "href"}
        and not name.startswith("data-")
    ]
    assert fetching == [], html
    assert not [name for _tag, name, _value in parser.found if name.startswith("on")]
    assert not {"script", "style", "iframe", "object", "embed", "svg"} & parser.tags


@pytest.mark.parametrize(
    "style",
    [
        "color: red; font-family: 'Hiragino Sans', Curly, sans-serif",
        "background: linear-gradient(90deg, rgb(0 0 0 / 50%), hsl(0 0% 100%))",
        "width: calc(100% - (2 * 1em)); transform: rotate(3deg) scale(1.1)",
        "filter: drop-shadow(0 0 2px var(--shadow))",
    ],
)
def test_harmless_styles_stay(style) -> None:
    assert is_safe_style(style)
