"""Every preference reaches its consumer, live: changed in the dialog, seen in the effect.

The first build built its helpers before the settings existed: the "Image folder"
preference changed nothing, and "Allow remote images" reached the page's request blocker
but not the renderer, so remote images still showed "Remote image not loaded".
"""

from __future__ import annotations

import socketserver
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl

from editor.ui.dialogs.preferences_dialog import PreferencesDialog
from editor.ui.window.main_window import MainWindow
from tests.ui.editor.test_image_drop import drop, open_in_site, png
from tests.ui.helpers import wait_for_content
from tests.ui.preview.test_preview import write_post


@pytest.fixture
def connections() -> Iterator[tuple[str, list[str]]]:
    """A server on 127.0.0.1 that counts every connection, plain HTTP or not.

    The preview's page is a secure origin, so Chromium upgrades a plain ``http:`` image to
    ``https:``; either way the attempt reaches this port, and that is what is counted.
    """
    seen: list[str] = []

    class Count(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            seen.append(self.client_address[0])

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Count)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()
    server.server_close()


def set_in_dialog(window: MainWindow, fill) -> None:
    """Open the Preferences dialog, change a field with ``fill(dialog)``, press OK."""
    dialog = PreferencesDialog(window.settings, window)
    fill(dialog)
    dialog.accept()


def test_the_image_folder_preference_decides_where_images_land(
    window: MainWindow, site: Path, qtbot, tmp_path: Path
) -> None:
    editor = open_in_site(window, site, qtbot)
    set_in_dialog(window, lambda d: d.image_folder.setText("media/{slug}"))
    assert window.settings.image_folder == "media/{slug}"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(png(tmp_path / "photo.png")))])
    drop(editor.text_pane.viewport(), mime)
    landed = list((site / "media").rglob("photo.png"))
    assert landed and landed[0].parent.name == "kyoto-autumn"
    assert "/media/kyoto-autumn/photo.png)" in editor.text_pane.toPlainText()


def test_allowing_remote_images_loads_them_in_the_preview(
    window: MainWindow, site: Path, qtbot, connections: tuple[str, list[str]]
) -> None:
    address, seen = connections
    body = f"Remote below\n\n![remote]({address}/cat.png)\n"
    window.open_post(write_post(site, "2025-01-02-remote.md", body))
    wait_for_content(window.preview, qtbot, "Remote below")
    qtbot.wait(300)
    assert seen == []  # off by default: nothing leaves the machine
    set_in_dialog(window, lambda d: d.remote_images.setChecked(True))
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)


def test_the_reading_rate_reaches_the_form_the_posts_list_and_the_status_bar(
    window: MainWindow, site: Path, qtbot
) -> None:
    editor = open_in_site(window, site, qtbot)
    set_in_dialog(window, lambda d: d.cjk_rate.setValue(450))
    assert editor.front_matter_form.reading_formula.cjk_chars_per_minute == 450
    assert window.site_ui.panel.model.reading_formula.cjk_chars_per_minute == 450
    assert "450" in window.view.stats_label.toolTip()


def test_the_status_bar_counts_like_the_sites_own_reading_times(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    """The seed's 16 is raw characters ÷ 500: the status bar says 16 once the site is read."""
    from tests.core.text.test_stats import SEED

    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text("title: t\n", "utf-8")
    post = tmp_path / "_posts" / "2025-12-28-llama-4.md"
    post.write_bytes(SEED.read_bytes())
    window.open_site(tmp_path)
    window.open_post(post)
    qtbot.waitUntil(
        lambda: "16" in window.view.stats_label.text().rsplit("·", 1)[-1], timeout=10_000
    )


def test_justified_paragraphs_reach_the_preview_live(window: MainWindow, site: Path, qtbot) -> None:
    from tests.ui.helpers import run_js

    window.open_post(write_post(site, "2025-01-03-justify.md", "日本語の段落。" * 40 + "\n"))
    wait_for_content(window.preview, qtbot, "日本語の段落")
    align = "getComputedStyle(document.querySelector('#content p')).textAlign"
    assert run_js(window.preview, qtbot, align) != "justify"  # off by default
    set_in_dialog(window, lambda d: d.justified.setChecked(True))
    qtbot.waitUntil(lambda: run_js(window.preview, qtbot, align) == "justify", timeout=10_000)
