"""PDF export looks like a printed article: white paper, text across the page, no "↩"."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from editor.core.export.export_api import ExportResult
from editor.core.export.export_html import ExportSource
from editor.core.post.post import read_post
from editor.services.pdf_export import PdfFileExporter
from editor.ui.window.export_actions import preview_stylesheet
from tests.ui.helpers import copy_sample

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"
NEEDS_POPPLER = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="needs poppler-utils",
)


@pytest.fixture
def printed(qapp, qtbot, tmp_path: Path) -> Path:
    site = copy_sample(tmp_path)
    path = site / KYOTO
    path.write_text(
        path.read_text(encoding="utf-8") + "\n注釈のある文[^1]。\n\n[^1]: 脚注の本文。\n",
        encoding="utf-8",
    )
    post = read_post(path)
    source = ExportSource(post.body, dict(post.front_matter), preview_stylesheet(), site, path)
    target = tmp_path / "kyoto.pdf"
    results: list[ExportResult] = []
    exporter = PdfFileExporter()  # kept alive until the printer is done
    exporter.export(source, {"page_size": "A4", "margins": 20.0}, target, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    assert results[0].ok
    return target


@NEEDS_POPPLER
def test_no_footnote_back_link_in_print(printed: Path) -> None:
    text = subprocess.run(
        ["pdftotext", str(printed), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "脚注の本文。" in text
    assert "↩" not in text


@NEEDS_POPPLER
def test_white_paper_and_the_text_fills_the_width(printed: Path, tmp_path: Path) -> None:
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(printed), str(tmp_path / "p")],
        check=True,
    )
    image = QImage(str(next(tmp_path.glob("p*.png"))))
    width, height = image.width(), image.height()
    off_white = 0
    inked_columns = []
    for x in range(0, width, 2):
        for y in range(0, height, 2):
            color = image.pixelColor(x, y)
            if 245 <= min(color.red(), color.green(), color.blue()) < 255:
                off_white += 1
            if color.lightness() < 160:
                inked_columns.append(x)
    assert off_white < 0.01 * (width * height / 4)  # no tinted box behind the article
    # A4 with 20 mm margins: the text runs from about 10 % to 90 % of the page's width.
    assert min(inked_columns) < 0.13 * width and max(inked_columns) > 0.8 * width
