"""Run Site in the real window: the log, the Site tab at the post's URL, Stop, no orphan."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

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
    expected = ui.current_url()
    assert expected.startswith("http://127.0.0.1:") and expected.endswith(
        "/blog/2025/11/16/kyoto-autumn/"
    )
    qtbot.waitUntil(lambda: ui.view.url().toString() == expected, timeout=10_000)
    assert ui.interceptor.origin == expected.split("/blog")[0]
    pid = ui.server.process.pid
    with qtbot.waitSignal(ui.server.stopped, timeout=10_000):
        ui.stop()
    assert ui.actionRun.isEnabled() and not _alive(pid)
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
