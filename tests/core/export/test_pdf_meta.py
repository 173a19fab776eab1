"""Tests for editor.core.export.pdf_meta on a small hand-assembled PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from editor.core.export.pdf_meta import PdfMetadataError, add_document_info


def minimal_pdf() -> bytes:
    objects = [
        b"<</Type /Catalog /Pages 2 0 R>>",
        b"<</Type /Pages /Kids [3 0 R] /Count 1>>",
        b"<</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 4\n0000000000 65535 f \n"
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<</Size 4 /Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % xref
    return out


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="needs poppler-utils")
def test_title_and_author_are_readable(tmp_path: Path) -> None:
    original = minimal_pdf()
    updated = add_document_info(original, {"Title": "京都の秋", "Author": "佐藤 花"})
    assert updated.startswith(original)  # an incremental update: the original bytes stay
    target = tmp_path / "a.pdf"
    target.write_bytes(updated)
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
    assert "Title:           京都の秋" in info.stdout
    assert "Author:          佐藤 花" in info.stdout


def test_refuses_what_it_cannot_update() -> None:
    with pytest.raises(PdfMetadataError):
        add_document_info(b"%PDF-1.7\n... cross-reference stream only ...", {"Title": "x"})
