"""Run Site in the real window: the log, the Site tab at the post's URL, Stop, no orphan."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from editor.core.site.site_server import classify_line
from editor.ui.window.main_window import MainWindow

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="/proc")

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"


def _alive(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status")
    return status.exists() and "State:\tZ" not in status.read_text()


def test_run_site_shows_the_post_and_stops_with_the_window(
    window: MainWindow, site: Path, qtbot
) -> None:
    # A stand-in server from .kiji/site.toml: fast, and the same path through Kiji.
    (site / ".kiji").mkdir(exist_ok=True)
    (site / ".kiji" / "site.toml").write_text(
        f'[server]\ncommand = "{sys.executable} -m http.server {{port}} --bind 127.0.0.1"\n',
        encoding="utf-8",
    )
    window.open_site(site)
    qtbot.waitUntil(lambda: window.site_ui.site() is not None, timeout=10_000)
    window.open_post((site / KYOTO).resolve())
    ui = window.site_server
    with qtbot.waitSignal(ui.server.running, timeout=20_000):
        assert ui.run()
    assert ui.dock.isVisible() and not ui.actionRun.isEnabled()
    assert "http.server" in ui.log.toPlainText()
    # The Site tab sits in the preview area beside the built-in preview, in front.
    area = window.preview_area
    assert area.count() == 2 and area.currentWidget() is ui.site_page
    assert area.tabText(1) == "Site" and area.widget(0) is window.preview
    expected = ui.current_url()
    assert expected.startswith("http://127.0.0.1:") and expected.endswith(
        "/blog/2025/11/16/kyoto-autumn/"
    )
    qtbot.waitUntil(lambda: ui.view.url().toString() == expected, timeout=10_000)
    assert ui.interceptor.origin == expected.split("/blog")[0]
    pid = ui.server.process.pid
    qtbot.waitUntil(lambda: ui.page_address.text() == expected, timeout=10_000)
    # A rebuild line from the server reloads the page at once (no waiting for the timer).
    loads: list[bool] = []
    ui.view.loadFinished.connect(loads.append)
    ui._append(classify_line("                    ...done in 0.05 seconds."))
    qtbot.waitUntil(lambda: bool(loads), timeout=10_000)
    with qtbot.waitSignal(ui.server.stopped, timeout=10_000):
        ui.stop()
    assert ui.actionRun.isEnabled() and not _alive(pid)
    # Stopped: the Site tab is gone and the built-in preview is what shows.
    assert area.count() == 1 and area.currentWidget() is window.preview
    with qtbot.waitSignal(ui.server.running, timeout=20_000):
        ui.run()
    pid = ui.server.process.pid
    window.close()  # the fixture's window: closing it must end the server
    assert not _alive(pid)
    assert os.path.exists(site / KYOTO)


def test_a_plain_folder_says_it_has_no_server(window: MainWindow, tmp_path, qtbot, monkeypatch):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "note.md").write_text("# Note\n", encoding="utf-8")
    window.open_site(folder)
    qtbot.waitUntil(lambda: window.site_ui.site() is not None, timeout=10_000)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    assert not window.site_server.run()
    assert said and "no server of its own" in said[0]


def test_an_error_line_in_the_log_opens_the_post_there(window: MainWindow, site: Path, qtbot):
    window.open_site(site)
    qtbot.waitUntil(lambda: window.site_ui.site() is not None, timeout=10_000)
    ui = window.site_server
    assert ui.open_log_place(f"  Liquid Exception: error in {KYOTO}:14")
    editor = window.current_editor()
    assert editor is not None and editor.session.path.name == "2025-11-16-kyoto-autumn.md"
    body_line = 14 - 1 - editor.session.post.body_start_line
    assert editor.text_pane.textCursor().blockNumber() == body_line
    assert not ui.open_log_place("      Generating...")


def _page_text(ui, qtbot) -> str:
    seen: list[str] = []
    ui.view.page().runJavaScript("document.body ? document.body.innerText : ''", 0, seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    return seen[0]


@pytest.mark.skipif(shutil.which("jekyll") is None, reason="Debian package jekyll")
def test_real_jekyll_site_tab_follows_an_edit_and_save(window: MainWindow, site: Path, qtbot):
    window.open_site(site)
    qtbot.waitUntil(lambda: window.site_ui.site() is not None, timeout=10_000)
    editor = window.open_post((site / KYOTO).resolve())
    assert editor is not None
    ui = window.site_server
    with qtbot.waitSignal(ui.server.running, timeout=90_000):
        assert ui.run()
    assert ui.log.toPlainText().startswith("$ jekyll serve")
    qtbot.waitUntil(lambda: "京都の秋" in _page_text(ui, qtbot), timeout=30_000)
    assert window.preview_area.currentWidget() is ui.site_page
    cursor = editor.text_pane.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.text_pane.setTextCursor(cursor)
    qtbot.keyClicks(editor.text_pane, "Kiji edited this line")
    assert window.save()
    # Jekyll regenerates, says so in its log, and the Site tab shows the new page.
    qtbot.waitUntil(lambda: "Kiji edited this line" in _page_text(ui, qtbot), timeout=60_000)
    assert any("...done in" in line for line in ui.log.toPlainText().splitlines())
    pid = ui.server.process.pid
    with qtbot.waitSignal(ui.server.stopped, timeout=10_000):
        ui.stop()
    assert not _alive(pid)
    assert window.preview_area.currentWidget() is window.preview
