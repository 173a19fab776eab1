"""Print a standalone HTML document to PDF with QtWebEngine (Chromium embeds the fonts)."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QObject, QUrl, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings

from editor.core.pdf_meta import PdfMetadataError, add_document_info
from editor.core.storage import StorageError, atomic_write_bytes
from editor.services.web_profile import private_page


class PdfExporter(QObject):
    """Loads an exported HTML document in a hidden page and prints it to a PDF file.

    ``finished(path, ok)`` reports the outcome. The page has JavaScript and remote loads
    off, like the preview; the HTML is loaded from a temporary file because documents
    with embedded images are larger than ``setHtml`` accepts.
    """

    finished = Signal(str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page: QWebEnginePage | None = None
        self._folder: Path | None = None
        self._target = ""
        self._layout = QPageLayout()
        self._info: dict[str, str] = {}

    def export(
        self,
        html: str,
        target: Path,
        *,
        info: Mapping[str, str] | None = None,
        page_size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4,
        margins_mm: float = 20.0,
    ) -> None:
        """Start printing ``html`` to ``target``; ``finished`` follows."""
        self._cleanup()
        self._target = str(target)
        self._info = dict(info or {})
        self._layout = QPageLayout(
            QPageSize(page_size),
            QPageLayout.Orientation.Portrait,
            QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm),
            QPageLayout.Unit.Millimeter,
        )
        self._folder = Path(tempfile.mkdtemp(prefix="kiji-pdf-"))
        source = self._folder / "post.html"
        source.write_text(html, encoding="utf-8")
        page = private_page(self)
        settings = page.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
        settings.setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False
        )
        settings.setAttribute(QWebEngineSettings.WebAttribute.PrintElementBackgrounds, True)
        page.loadFinished.connect(self._on_loaded)
        self._page = page
        page.load(QUrl.fromLocalFile(str(source)))

    def _on_loaded(self, ok: bool) -> None:
        if self._page is None:
            return
        if not ok:
            self._finish(False)
            return
        self._page.printToPdf(self._on_printed, self._layout)

    def _on_printed(self, data: QByteArray) -> None:
        pdf = bytes(data.data())
        if not pdf:
            self._finish(False)
            return
        if self._info:
            # Chromium writes no title; without one every viewer shows the file name.
            with contextlib.suppress(PdfMetadataError):
                pdf = add_document_info(pdf, self._info)
        try:
            atomic_write_bytes(Path(self._target), pdf)
        except (StorageError, OSError):
            self._finish(False)
            return
        self._finish(True)

    def _finish(self, ok: bool) -> None:
        target = self._target
        self._cleanup()
        self.finished.emit(target, ok)

    def _cleanup(self) -> None:
        if self._page is not None:
            profile = self._page.profile()
            self._page.deleteLater()
            profile.deleteLater()  # posted after the page's deletion, so it goes second
            self._page = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
