"""The real preview: loaded once, patched in place, safe by default, scroll-synced."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import QWebEnginePage

from editor.ui.window.main_window import MainWindow
from tests.ui.helpers import eval_json, run_js, wait_for_content


def write_post(site: Path, name: str, body: str) -> Path:
    path = site / "_posts" / name
    path.write_text(f'---\ntitle: "Test"\n---\n{body}', encoding="utf-8")
    return path


class CountingHandler(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        CountingHandler.hits.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def local_server() -> Iterator[str]:
    CountingHandler.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), CountingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_scripts_in_a_post_never_run(window: MainWindow, site: Path, qtbot) -> None:
    body = (
        "Safe text\n\n<script>document.title = 'pwned-script'</script>\n\n"
        '<img src="nothing.png" onerror="document.title = \'pwned-onerror\'">\n\n'
        "[click](javascript:document.title='pwned-link')\n"
    )
    window.open_post(write_post(site, "2025-01-01-evil.md", body))
    wait_for_content(window.preview, qtbot, "Safe text")
    qtbot.wait(300)
    assert "pwned" not in window.preview.page().title()
    html = run_js(window.preview, qtbot, "document.getElementById('content').innerHTML")
    assert "<script" not in html and "onerror" not in html and 'href="javascript:' not in html


def test_site_images_are_served_from_the_site(window: MainWindow, site: Path, qtbot) -> None:
    window.open_post(site / "_posts/2025-11-16-kyoto-autumn.md")
    wait_for_content(window.preview, qtbot, "哲学の道")
    qtbot.waitUntil(
        lambda: (
            run_js(
                window.preview,
                qtbot,
                "Array.from(document.images).filter(i => i.complete && i.naturalWidth > 0).length",
            )
            == 1
        ),
        timeout=10000,
    )


def test_scheme_refuses_paths_outside_the_site(window: MainWindow, site: Path, qtbot) -> None:
    (site.parent / "outside.png").write_bytes(
        (site / "assets/images/kyoto-autumn/momiji.png").read_bytes()
    )
    window.open_post(site / "_posts/2025-11-16-kyoto-autumn.md")
    wait_for_content(window.preview, qtbot, "哲学の道")
    script = """
      window.__probe = {};
      for (const [key, src] of [['inside', 'kiji-site://site/assets/images/kyoto-autumn/momiji.png'],
                                ['escape', 'kiji-site://site/%2e%2e/outside.png'],
                                ['dots', 'kiji-site://site/assets/../../outside.png']]) {
        const img = new Image();
        img.onload = () => { window.__probe[key] = 'loaded'; };
        img.onerror = () => { window.__probe[key] = 'refused'; };
        img.src = src;
      }
    """
    run_js(window.preview, qtbot, script)
    qtbot.waitUntil(
        lambda: len(eval_json(window.preview, qtbot, "window.__probe") or {}) == 3, timeout=10000
    )
    assert eval_json(window.preview, qtbot, "window.__probe") == {
        "inside": "loaded",
        "escape": "refused",
        "dots": "refused",
    }


def test_remote_images_are_blocked_by_default(
    window: MainWindow, site: Path, qtbot, local_server: str
) -> None:
    body = (
        f'Remote below\n\n![remote]({local_server}/cat.png)\n\n<img src="{local_server}/raw.png">\n'
    )
    window.open_post(write_post(site, "2025-01-02-remote.md", body))
    wait_for_content(window.preview, qtbot, "Remote below")
    qtbot.wait(500)
    assert CountingHandler.hits == []
    text = run_js(window.preview, qtbot, "document.getElementById('content').innerText")
    assert f"{local_server}/cat.png" in text  # the placeholder shows the URL


def test_links_open_in_the_system_browser(window: MainWindow, monkeypatch, qtbot) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    page = window.preview.page()
    clicked = QWebEnginePage.NavigationType.NavigationTypeLinkClicked
    assert not page.acceptNavigationRequest(QUrl("https://jekyllrb.com/docs/"), clicked, True)
    assert opened == []  # not from inside Chromium's callback: from the event loop, after
    qtbot.waitUntil(lambda: opened == ["https://jekyllrb.com/docs/"])
    assert not page.acceptNavigationRequest(QUrl("file:///etc/passwd"), clicked, True)
    qtbot.wait(100)
    assert opened == ["https://jekyllrb.com/docs/"]


def test_typing_patches_without_reloading_and_keeps_scroll(
    window: MainWindow, site: Path, qtbot
) -> None:
    paragraphs = "\n\n".join(f"段落{i}：京都の秋の朝は静かです。" * 3 for i in range(120))
    editor = window.open_post(write_post(site, "2025-01-03-long.md", paragraphs + "\n\nEND"))
    assert editor is not None
    view = window.preview
    wait_for_content(view, qtbot, "END")
    loads: list[bool] = []
    view.page().loadFinished.connect(loads.append)
    run_js(view, qtbot, "window.scrollTo(0, 2000)")
    qtbot.waitUntil(lambda: run_js(view, qtbot, "window.scrollY") > 1500)
    before = run_js(view, qtbot, "window.scrollY")
    marker = run_js(view, qtbot, "document.getElementById('content').children[60].__kijiMark = 1")
    del marker
    # Edit through a cursor of our own: the text pane's view (and so the synced preview)
    # stays where it is, as when a writer types in a part that is on screen.
    cursor = editor.text_pane.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText(" appended")
    wait_for_content(view, qtbot, "END appended")
    assert loads == []
    assert run_js(view, qtbot, "window.scrollY") == before
    # An untouched block is the very same DOM node: it was not re-created.
    assert run_js(view, qtbot, "document.getElementById('content').children[60].__kijiMark") == 1


def test_every_block_carries_its_source_line(window: MainWindow, site: Path, qtbot) -> None:
    body = "# Title\n\nFirst paragraph.\n\n- a\n- b\n\nLast.\n"
    window.open_post(write_post(site, "2025-01-04-lines.md", body))
    wait_for_content(window.preview, qtbot, "Last.")
    lines = eval_json(
        window.preview,
        qtbot,
        "Array.from(document.getElementById('content').children, e => e.dataset.sourceLine)",
    )
    assert lines == ["0", "2", "4", "7"]


def test_dark_theme(window: MainWindow, site: Path, qtbot) -> None:
    window.open_post(site / "_posts/2025-11-16-kyoto-autumn.md")
    wait_for_content(window.preview, qtbot, "哲学の道")
    window.preview.set_dark(True)
    qtbot.waitUntil(
        lambda: run_js(window.preview, qtbot, "document.documentElement.className") == "dark"
    )
    background = run_js(window.preview, qtbot, "getComputedStyle(document.body).backgroundColor")
    window.preview.set_dark(False)
    qtbot.waitUntil(
        lambda: run_js(window.preview, qtbot, "document.documentElement.className") == ""
    )
    assert background != run_js(
        window.preview, qtbot, "getComputedStyle(document.body).backgroundColor"
    )


def test_scrolling_the_text_pane_scrolls_the_preview(window: MainWindow, site: Path, qtbot) -> None:
    body = "\n\n".join(f"Paragraph {i} " + "words " * 40 for i in range(150))
    editor = window.open_post(write_post(site, "2025-01-05-sync.md", body))
    assert editor is not None
    view = window.preview
    wait_for_content(view, qtbot, "Paragraph 149")
    editor.text_pane.scroll_to_line(200)  # quiet: must not move the preview
    qtbot.wait(200)
    assert run_js(view, qtbot, "window.scrollY") == 0
    editor.text_pane.verticalScrollBar().setValue(
        editor.text_pane.verticalScrollBar().maximum() // 2
    )
    qtbot.waitUntil(lambda: run_js(view, qtbot, "window.scrollY") > 500, timeout=5000)


def test_scrolling_the_preview_scrolls_the_text_pane(window: MainWindow, site: Path, qtbot) -> None:
    body = "\n\n".join(f"Paragraph {i} " + "words " * 40 for i in range(150))
    editor = window.open_post(write_post(site, "2025-01-06-sync.md", body))
    assert editor is not None
    view = window.preview
    wait_for_content(view, qtbot, "Paragraph 149")
    qtbot.waitUntil(lambda: run_js(view, qtbot, "!!window.kiji && true") is True)
    run_js(view, qtbot, "window.scrollTo(0, document.body.scrollHeight / 2)")
    qtbot.waitUntil(lambda: editor.text_pane.top_line() > 50, timeout=5000)


def test_site_stylesheet_overrides_ours(window: MainWindow, site: Path, qtbot) -> None:
    (site / ".kiji" / "preview.css").write_text("#content p { color: rgb(1, 2, 3) }")
    window.open_post(site / "_posts/2025-11-16-kyoto-autumn.md")
    wait_for_content(window.preview, qtbot, "哲学の道")
    qtbot.waitUntil(
        lambda: (
            run_js(
                window.preview,
                qtbot,
                "getComputedStyle(document.querySelector('#content p')).color",
            )
            == "rgb(1, 2, 3)"
        )
    )


def test_switching_tabs_shows_the_other_post_where_its_pane_is(
    window: MainWindow, site: Path, qtbot
) -> None:
    body = "\n\n".join(f"Paragraph {i} " + "words " * 40 for i in range(150))
    long_post = window.open_post(write_post(site, "2025-01-07-long.md", body))
    assert long_post is not None
    view = window.preview
    wait_for_content(view, qtbot, "Paragraph 149")
    long_post.text_pane.scroll_to_line(200)  # quiet: the preview does not follow yet
    window.open_post(site / "_posts/2025-11-16-kyoto-autumn.md")
    wait_for_content(view, qtbot, "哲学の道")
    assert run_js(view, qtbot, "window.scrollY") == 0
    window.tabs.setCurrentWidget(long_post)
    wait_for_content(view, qtbot, "Paragraph 149")
    qtbot.waitUntil(lambda: run_js(view, qtbot, "window.scrollY") > 1000, timeout=5000)


def test_a_pane_scrolled_before_the_first_render_is_followed(
    window: MainWindow, site: Path, qtbot
) -> None:
    body = "\n\n".join(f"Paragraph {i} " + "words " * 40 for i in range(150))
    editor = window.open_post(write_post(site, "2025-01-08-early.md", body))
    assert editor is not None
    bar = editor.text_pane.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # before the preview has rendered anything
    wait_for_content(window.preview, qtbot, "Paragraph 149")
    qtbot.waitUntil(lambda: run_js(window.preview, qtbot, "window.scrollY") > 1000, timeout=5000)


_VARIED = """Para {n} with `code` and a footnote[^n{n}].

- loose item

- loose item with

  a second paragraph

Term {n}
: its definition

1. one
   - nested
   - nested two

     with a paragraph

```python
print({n})
```

<div markdown="1">
## In a div {n}

text in the div
</div>

> quoted
>
> ## quoted heading

[^n{n}]: Note {n}.
"""

_TOPS = (
    "Array.from(document.getElementById('content').children, e => "
    "[Math.round(e.getBoundingClientRect().top + window.scrollY), "
    "Math.round(e.getBoundingClientRect().height)])"
)


def test_a_long_post_is_laid_out_as_a_short_one(window: MainWindow, site: Path, qtbot) -> None:
    """From 400 blocks on, blocks out of view are skipped ("kiji-long"): each block is
    contained then, and the page trims the margins containment would add, so every
    block sits where it would without containment (compared with all blocks laid out)."""
    body = "\n".join(_VARIED.format(n=n) for n in range(45)) + "\nEND\n"
    window.open_post(write_post(site, "2025-01-05-varied.md", body))
    view = window.preview
    wait_for_content(view, qtbot, "Para 0")
    assert run_js(view, qtbot, "document.getElementById('content').children.length") >= 400
    assert run_js(view, qtbot, "document.documentElement.classList.contains('kiji-long')")
    # What content-visibility: auto applies to a block on screen, for every block at once.
    run_js(
        view,
        qtbot,
        "(function(){const s=document.createElement('style'); s.id='all-laid-out';"
        "s.textContent='html.kiji-long #content > * { content-visibility: visible !important;"
        " contain: layout style paint; }'; document.head.appendChild(s); return 0;})()",
    )
    contained = eval_json(view, qtbot, _TOPS)
    run_js(view, qtbot, "document.documentElement.classList.remove('kiji-long')")
    plain = eval_json(view, qtbot, _TOPS)
    assert contained == plain
    # A short post again: laid out whole, no skipping.
    window.open_post(write_post(site, "2025-01-06-short.md", "Short post.\n"))
    wait_for_content(view, qtbot, "Short post.")
    assert not run_js(view, qtbot, "document.documentElement.classList.contains('kiji-long')")


def test_every_character_reaches_the_page_as_written(window: MainWindow, site: Path, qtbot) -> None:
    # The blocks travel to the page as JSON inside a script, not \u-escaped: quotes,
    # backslashes, a closing script tag, the two JavaScript line terminators and a
    # character outside the BMP must all arrive as themselves.
    # (In a code span, so the typographer and the sanitizer leave it as typed.)
    line = '「引用」 `"q" \\ </script> ${x}` 😀 𠮷野家 one\u2028two\u2029three'
    window.open_post(write_post(site, "2025-01-01-chars.md", f"始まり\n\n{line}\n\n終わり\n"))
    wait_for_content(window.preview, qtbot, "終わり")
    shown = eval_json(
        window.preview,
        qtbot,
        "Array.from(document.querySelectorAll('#content p')).map(p => p.textContent)",
    )
    assert line.replace("`", "") in shown
