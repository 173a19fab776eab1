"""Exports take in nothing from outside the site: not in the HTML, not in the PDF."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from editor.core.export.export_html import ExportOptions, ImageMode, export_html
from tests.core.site_fixtures import write
from tests.security.payloads import IMAGE_PAYLOADS, Payload, png_bytes

SECRET = png_bytes(300, 300, seed=7)  # ~270 kB of noise: visible in a PDF's size
_SRC_RE = re.compile(r"""\b(?:src|href|poster|data)\s*=\s*["']([^"']*)["']""", re.I)


@pytest.fixture
def world(tmp_path: Path) -> tuple[Path, Path]:
    """``(site, outside)``: a Jekyll site whose ``assets/leak.png`` links to a secret."""
    site = tmp_path / "site"
    write(site / "_config.yml", "title: t\n")
    write(site / "_posts" / "2025-01-01-a.md", "---\ntitle: a\n---\n")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.png").write_bytes(SECRET)
    (site / "assets").mkdir()
    (site / "assets" / "leak.png").symlink_to(outside / "secret.png")
    (site / "assets" / "inside.png").write_bytes(SECRET)
    return site, outside


def _export(site: Path, body: str, target: Path | None, mode: ImageMode) -> str:
    return export_html(
        body,
        {"title": "t"},
        stylesheet="",
        site_root=site,
        post_path=site / "_posts" / "2025-01-01-a.md",
        target=target,
        options=ExportOptions(images=mode),
    )


def _files_it_would_read(html: str, base_url: str) -> list[Path]:
    """The local files a browser opening ``html`` at ``base_url`` would load."""
    found = []
    for value in _SRC_RE.findall(html):
        url = urljoin(base_url, value.replace("&amp;", "&"))
        parts = urlsplit(url)
        if parts.scheme == "file":
            found.append(Path(unquote(parts.path)).resolve())
    return found


@pytest.mark.parametrize("mode", [ImageMode.EMBED, ImageMode.LINK])
@pytest.mark.parametrize("payload", IMAGE_PAYLOADS, ids=lambda p: p.name)
def test_exported_html_takes_in_nothing_from_outside(world, tmp_path, payload: Payload, mode):
    site, outside = world
    target = tmp_path / "exports" / "a.html"
    html = _export(site, payload.render("http://127.0.0.1:9", str(outside)), target, mode)
    assert base64.b64encode(SECRET[:3000]).decode()[:200] not in html
    for file in _files_it_would_read(html, target.as_uri()):
        assert file.is_relative_to(site.resolve()) and not file.is_symlink(), file
        assert not file.resolve().is_relative_to(outside.resolve())
    # a marker says an image was left out (or the text stayed text)
    assert "kiji-blocked-image" in html or "![secret](" in html


def test_images_inside_the_site_still_export(world, tmp_path) -> None:
    site, _ = world
    html = _export(site, "![in](/assets/inside.png)\n", tmp_path / "a.html", ImageMode.EMBED)
    assert base64.b64encode(SECRET).decode() in html


def _print(qtbot, html: str, target: Path, **kwargs) -> int:
    from editor.services.pdf_export import PdfExporter

    exporter = PdfExporter()
    with qtbot.waitSignal(exporter.finished, timeout=60000) as blocker:
        exporter.export(html, target, **kwargs)
    assert blocker.args == [str(target), True]
    return target.stat().st_size


def test_pdf_takes_in_nothing_from_outside(world, tmp_path, qapp, qtbot) -> None:
    site, outside = world
    inside = _export(site, "![in](/assets/inside.png)\n", None, ImageMode.EMBED)
    leaked = "".join(p.render("http://127.0.0.1:9", str(outside)) for p in IMAGE_PAYLOADS)
    hostile = _export(site, leaked, None, ImageMode.EMBED)
    with_image = _print(qtbot, inside, tmp_path / "inside.pdf")
    without = _print(qtbot, hostile, tmp_path / "hostile.pdf")
    assert with_image > 150_000  # the noise image makes a PDF big: the measure works
    assert without < with_image / 3


def test_pdf_page_reads_no_other_local_file(world, tmp_path, qapp, qtbot) -> None:
    site, outside = world
    html = f'<!DOCTYPE html><p>x</p><img src="{(outside / "secret.png").as_uri()}">'
    linked = f'<!DOCTYPE html><p>x</p><img src="{(site / "assets/inside.png").as_uri()}">'
    allowed = _print(qtbot, linked, tmp_path / "allowed.pdf", allowed_root=site)
    refused = _print(qtbot, html, tmp_path / "refused.pdf", allowed_root=site)
    assert allowed > 150_000
    assert refused < allowed / 3
