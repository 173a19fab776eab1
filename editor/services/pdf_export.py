"""Print a standalone HTML document to PDF with QtWebEngine (Chromium embeds the fonts).

:class:`PdfExporter` prints; :class:`PdfFileExporter` is the export format built on it
(an :class:`~editor.core.export.export_api.Exporter`, like the core's HTML and rich text).
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QObject, QUrl, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)

from editor.core.export.export_api import (
    QT_TRANSLATE_NOOP,
    Choice,
    ExportDone,
    ExportFormat,
    ExportOption,
    ExportResult,
    OptionKind,
    OptionValue,
)
from editor.core.export.export_formats import TYPEFACE
from editor.core.export.export_html import ExportOptions, ExportSource, ImageMode, document_info
from editor.core.export.pdf_meta import PdfMetadataError, add_document_info
from editor.core.post.storage import StorageError, atomic_write_bytes
from editor.services.web_profile import private_page


class _OwnFilesOnly(QWebEngineUrlRequestInterceptor):
    """Lets the printing page load its own document, ``data:`` images and files of
    ``allowed_root``; every other request (another local file, the network) is blocked."""

    def __init__(self, document: Path, allowed_root: Path | None) -> None:
        super().__init__()
        self._document = document.resolve()
        self._root = allowed_root.resolve() if allowed_root is not None else None

    def allows(self, url: QUrl) -> bool:
        """Whether the page may load ``url``."""
        scheme = url.scheme()
        if scheme == "data":
            return True
        if scheme != "file":
            return False
        path = Path(url.toLocalFile())
        try:
            real = path.resolve()
        except (OSError, RuntimeError):  # a symbolic link loop
            return False
        if real == self._document:
            return True
        return self._root is not None and real.is_relative_to(self._root) and real.is_file()

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # Qt override
        if not self.allows(info.requestUrl()):
            info.block(True)


class PdfExporter(QObject):
    """Loads an exported HTML document in a hidden page and prints it to a PDF file.

    ``finished(path, ok)`` reports the outcome. The page has JavaScript and remote loads
    off, like the preview; the HTML is loaded from a temporary file because documents
    with embedded images are larger than ``setHtml`` accepts. It may read no other file
    than that one, except files inside ``allowed_root`` (the site: images too large to
    be embedded stay linked).
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
        allowed_root: Path | None = None,
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
        interceptor = _OwnFilesOnly(source, allowed_root)
        page = private_page(self, QWebEnginePage, interceptor)
        page.profile().setUrlRequestInterceptor(interceptor)
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


# The paper sizes on offer, by the value the export option stores.
PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "B5": QPageSize.PageSizeId.B5,
    "A5": QPageSize.PageSizeId.A5,
    "Letter": QPageSize.PageSizeId.Letter,
}

PRINT_FAILED = QT_TRANSLATE_NOOP("Exporter", "Could not print the post to {0}.")


class PdfFileExporter(QObject):
    """The PDF export format: the post's HTML, images embedded, printed on the chosen paper.

    The PDF's title, author and subject come from the front matter. The printing page
    may read files of the site only (images too large to embed stay linked).
    """

    format = ExportFormat(
        id="pdf",
        name=QT_TRANSLATE_NOOP("Exporter", "PDF"),
        action_text=QT_TRANSLATE_NOOP("Exporter", "Export as &PDF…"),
        suffix=".pdf",
        options=(
            ExportOption(
                key="page_size",
                label=QT_TRANSLATE_NOOP("Exporter", "Page size:"),
                kind=OptionKind.CHOICE,
                default="A4",
                choices=(
                    Choice("A4"),
                    Choice("B5"),
                    Choice("A5"),
                    Choice("Letter", QT_TRANSLATE_NOOP("Exporter", "Letter")),
                ),
            ),
            ExportOption(
                key="margins",
                label=QT_TRANSLATE_NOOP("Exporter", "Margins:"),
                kind=OptionKind.NUMBER,
                default=20.0,
                minimum=0.0,
                maximum=60.0,
                suffix=QT_TRANSLATE_NOOP("Exporter", " mm"),
            ),
            TYPEFACE,
        ),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._printer = PdfExporter(self)
        self._printer.finished.connect(self._on_printed)
        self._pending: tuple[Path, ExportDone] | None = None

    @property
    def printer(self) -> PdfExporter:
        """The printer doing the work (its ``finished`` signal follows every export)."""
        return self._printer

    def export(
        self,
        source: ExportSource,
        values: Mapping[str, OptionValue],
        target: Path | None,
        done: ExportDone,
    ) -> None:
        """Start printing to ``target``; ``done`` follows when the file is written."""
        assert target is not None, "a file format always has a target"
        chosen = self.format.option_values(values)
        if self._pending is not None:  # the printer drops the export it was doing
            abandoned, abandoned_done = self._pending
            abandoned_done(ExportResult(False, abandoned, PRINT_FAILED))
        self._pending = (target, done)
        self._printer.export(
            source.html(
                None,
                ExportOptions(
                    images=ImageMode.EMBED,
                    mincho=chosen["typeface"] == "mincho",
                    embeddable_fonts=True,
                ),
            ),
            target,
            info=document_info(source.page, target.stem),
            page_size=PAGE_SIZES[str(chosen["page_size"])],
            margins_mm=float(chosen["margins"]),
            allowed_root=source.site_root,  # large images stay linked: only the site's
        )

    def _on_printed(self, path: str, ok: bool) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            pending[1](ExportResult(ok, Path(path), None if ok else PRINT_FAILED))
