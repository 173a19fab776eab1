"""Export HTML / PDF and Copy as Rich Text, through the real window and QtWebEngine."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QGuiApplication

from editor.ui.preview.preview import PreviewView
from editor.ui.window.main_window import MainWindow
from tests.ui.helpers import content_text, wait_for_content

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"


def test_exported_html_renders_the_same_text_as_the_preview(
    window: MainWindow, site: Path, tmp_path: Path, qtbot
) -> None:
    window.open_post(site / KYOTO)
    wait_for_content(window.preview, qtbot, "哲学の道")
    preview_text = content_text(window.preview, qtbot)
    target = tmp_path / "export" / "kyoto.html"
    target.parent.mkdir()
    assert window.export_actions.export_to("html", target)
    html = target.read_text(encoding="utf-8")
    assert "<script" not in html.lower()

    viewer = PreviewView()
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: viewer.is_ready, timeout=10000)
    loads: list[bool] = []
    viewer.page().loadFinished.connect(loads.append)
    viewer.page().setHtml(html)
    qtbot.waitUntil(lambda: bool(loads), timeout=10000)
    assert content_text(viewer, qtbot) == preview_text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_has_title_and_japanese_text(
    window: MainWindow, site: Path, tmp_path: Path, qtbot
) -> None:
    window.open_post(site / KYOTO)
    target = tmp_path / "kyoto.pdf"
    with qtbot.waitSignal(window.export_actions.finished, timeout=30000) as signal:
        assert window.export_actions.export_to("pdf", target)
    assert signal.args == ["pdf", str(target), True]
    assert target.read_bytes().startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
    assert "京都の秋、朝の散歩で見つけたもの" in info.stdout
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "哲学の道を歩きはじめました" in text.replace("\n", "")
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all(row[-5] == "yes" for row in rows)  # every font is embedded


def test_copy_as_rich_text_puts_html_and_plain_text(window: MainWindow, site: Path, qtbot) -> None:
    window.open_post(site / "_posts/2025-11-02-static-site-tips.md")
    window.findChild(QAction, "actionCopyRichText").trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.hasText()
    assert "<h2" in mime.html() and 'style="' in mime.html() and "<script" not in mime.html()
    assert "Highlight code with fences or Liquid" in mime.text()
    assert "def word_count" in mime.text()
    # Qt's offscreen platform crashes at exit when its clipboard still holds data.
    QGuiApplication.clipboard().clear()
