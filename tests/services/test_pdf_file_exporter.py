"""Tests for editor.services.pdf_export.PdfFileExporter: the PDF format, through QtWebEngine."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from editor.core.export.export_api import ExportResult
from editor.core.export.export_html import ExportSource
from editor.core.post.post import read_post
from editor.resources import resource_path
from editor.services.pdf_export import PRINT_FAILED, PdfFileExporter
from tests.ui.helpers import copy_sample

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"


def _source(site: Path) -> ExportSource:
    post = read_post(site / KYOTO)
    return ExportSource(post.body, dict(post.front_matter), "", site, site / KYOTO)


def test_every_option_has_a_paper_size_or_a_margin() -> None:
    options = {option.key: option for option in PdfFileExporter.format.options}
    assert options["page_size"].values() == ("A4", "B5", "A5", "Letter")
    assert options["page_size"].default == "A4" and options["margins"].default == 20.0


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="needs poppler-utils")
def test_sample_post_prints_on_the_chosen_paper_with_its_title(qapp, qtbot, tmp_path) -> None:
    site = copy_sample(tmp_path)
    exporter = PdfFileExporter()
    target = tmp_path / "kyoto.pdf"
    results: list[ExportResult] = []
    exporter.export(_source(site), {"page_size": "A5", "margins": 10.0}, target, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=60000)
    assert results == [ExportResult(True, target)]
    assert target.read_bytes().startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
    assert "京都の秋、朝の散歩で見つけたもの" in info.stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info.stdout)
    assert size is not None
    width, height = float(size.group(1)), float(size.group(2))
    assert abs(width - 419.5) < 2 and abs(height - 595.3) < 2  # A5 in points, not A4


def test_an_export_dropped_for_a_newer_one_is_reported_failed(qapp, qtbot, tmp_path) -> None:
    site = copy_sample(tmp_path)
    exporter = PdfFileExporter()
    first: list[ExportResult] = []
    second: list[ExportResult] = []
    exporter.export(_source(site), {}, tmp_path / "first.pdf", first.append)
    exporter.export(_source(site), {}, tmp_path / "second.pdf", second.append)
    assert first == [ExportResult(False, tmp_path / "first.pdf", PRINT_FAILED)]
    qtbot.waitUntil(lambda: bool(second), timeout=60000)
    assert second[0].ok and (tmp_path / "second.pdf").exists()
    assert not (tmp_path / "first.pdf").exists()


def _print(qtbot, site: Path, target: Path, typeface: str) -> str:
    exporter = PdfFileExporter()
    results: list[ExportResult] = []
    values = {"page_size": "A4", "margins": 20.0, "typeface": typeface}
    post = read_post(site / KYOTO)
    stylesheet = (resource_path("preview") / "preview.css").read_text(encoding="utf-8")
    source = ExportSource(post.body, dict(post.front_matter), stylesheet, site, site / KYOTO)
    exporter.export(source, values, target, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=60000)
    assert results == [ExportResult(True, target)]
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True)
    return fonts.stdout


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("typeface", ["gothic", "mincho"])
def test_japanese_fonts_are_embedded_as_real_fonts(qapp, qtbot, tmp_path, typeface) -> None:
    """Print workflows reject unnamed Type 3 fonts: every font is named and embedded."""
    site = copy_sample(tmp_path)
    listing = _print(qtbot, site, tmp_path / f"{typeface}.pdf", typeface)
    rows = listing.splitlines()[2:]
    assert rows, listing
    assert not [row for row in rows if "Type 3" in row], listing
    assert all(" yes " in row for row in rows), listing  # embedded
    if typeface == "mincho":
        assert "Mincho" in listing, listing  # 明朝 body text, named and embedded
        assert "Gothic-Bold" in listing, listing  # bold in ゴシック, as Japanese print does
