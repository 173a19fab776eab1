"""Clicking links in the preview: anchors scroll, site links open posts, the rest go out.

Real mouse clicks on the real page (QtWebEngine offscreen). After every kind of link the
preview must still follow the text: the first build took a refused navigation's
``loadFinished(False)`` for a dead page and stopped updating.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest

from editor.ui.window.main_window import MainWindow
from tests.ui.helpers import eval_json, run_js, wait_for_content

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"


def links_post(site: Path) -> Path:
    filler = "\n\n".join(f"段落{i}。" for i in range(60))
    body = (
        "Links: [web](https://example.org/page) [mail](mailto:hana@example.org) "
        "[kyoto](/2025/11/16/kyoto-autumn.html) [source](/_posts/2025-10-04-hello-kiji.md) "
        "[nowhere](/no/such/page/) "
        "[note](#footnote-target)\n\n"
        f"{filler}\n\n"
        '<p id="footnote-target">TARGET</p>\n\n'
        f"{filler}\n\nEND\n"
    )
    path = site / "_posts" / "2025-01-09-links.md"
    path.write_text(f'---\ntitle: "Links"\n---\n{body}', encoding="utf-8")
    return path


def click_link(window: MainWindow, qtbot, text: str) -> None:
    """Scroll the link with ``text`` into view and click its middle with the mouse."""
    view = window.preview
    run_js(view, qtbot, "window.scrollTo(0, 0)")
    rect = eval_json(
        view,
        qtbot,
        "(() => { const a = Array.from(document.querySelectorAll('#content a'))"
        f".find((x) => x.textContent === {text!r}); const r = a.getBoundingClientRect();"
        " return [r.left + r.width / 2, r.top + r.height / 2]; })()",
    )
    target = view.focusProxy() or view
    point = QPoint(int(rect[0]), int(rect[1]))  # CSS pixels are widget pixels offscreen
    QTest.mouseMove(target, point)
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def still_follows_the_text(window: MainWindow, qtbot, marker: str) -> None:
    editor = window.current_editor()
    assert editor is not None
    cursor = editor.text_pane.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText(f" {marker}")
    wait_for_content(window.preview, qtbot, marker)
    assert window.preview.is_ready


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toString()))
    return urls


@pytest.fixture
def links(window: MainWindow, site: Path, qtbot) -> MainWindow:
    window.open_site(site)
    qtbot.waitUntil(lambda: window.site_ui.site() is not None, timeout=10000)
    window.open_post(links_post(site))
    wait_for_content(window.preview, qtbot, "END")
    return window


@pytest.mark.parametrize(
    ("text", "expected"),
    [("web", "https://example.org/page"), ("mail", "mailto:hana@example.org")],
)
def test_web_and_mail_links_go_to_the_system(
    links: MainWindow, qtbot, opened: list[str], text: str, expected: str
) -> None:
    click_link(links, qtbot, text)
    qtbot.waitUntil(lambda: opened == [expected])
    still_follows_the_text(links, qtbot, f"after-{text}")


def test_a_link_to_a_post_url_opens_that_post(links: MainWindow, site: Path, qtbot) -> None:
    click_link(links, qtbot, "kyoto")
    qtbot.waitUntil(lambda: links.current_editor().session.path == (site / KYOTO).absolute())
    still_follows_the_text(links, qtbot, "after-kyoto")


def test_a_link_to_a_source_file_opens_it(links: MainWindow, site: Path, qtbot) -> None:
    click_link(links, qtbot, "source")
    hello = (site / "_posts" / "2025-10-04-hello-kiji.md").absolute()
    qtbot.waitUntil(lambda: links.current_editor().session.path == hello)
    still_follows_the_text(links, qtbot, "after-source")


def test_a_link_to_no_post_says_so_and_stays(links: MainWindow, qtbot, opened: list[str]) -> None:
    before = links.current_editor()
    click_link(links, qtbot, "nowhere")
    qtbot.waitUntil(lambda: "/no/such/page/" in links.statusBar().currentMessage())
    assert links.current_editor() is before and opened == []
    still_follows_the_text(links, qtbot, "after-nowhere")


def test_an_anchor_scrolls_the_page(links: MainWindow, qtbot) -> None:
    view = links.preview
    click_link(links, qtbot, "note")
    qtbot.waitUntil(lambda: run_js(view, qtbot, "window.scrollY") > 500)
    top = eval_json(
        view, qtbot, "document.getElementById('footnote-target').getBoundingClientRect().top"
    )
    assert abs(top) < 50
    still_follows_the_text(links, qtbot, "after-anchor")
