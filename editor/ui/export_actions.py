"""Export as HTML / PDF and Copy as Rich Text, for the main window's current post."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPageSize
from PySide6.QtWidgets import QDialog, QMessageBox

from editor.core.export import ExportOptions, ImageMode, document_title, export_html
from editor.core.rich_text import inline_styles, plain_text
from editor.core.storage import StorageError, atomic_write_bytes
from editor.resources import resource_path
from editor.services.pdf_export import PdfExporter
from editor.ui.export_dialog import ExportDialog

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow


def preview_stylesheet() -> str:
    """The preview's stylesheet, reused so an export looks like the preview."""
    return resource_path("preview", "preview.css").read_text(encoding="utf-8")


class ExportActions(QObject):
    """Owns the export actions and does the work behind them (dialogs shown here, I/O in core)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._pdf = PdfExporter(self)
        self._pdf.finished.connect(self._on_pdf_finished)
        self.actionExportHtml = QAction(self.tr("Export as &HTML…"), window)
        self.actionExportHtml.setObjectName("actionExportHtml")
        self.actionExportHtml.triggered.connect(self.export_html_dialog)
        self.actionExportPdf = QAction(self.tr("Export as &PDF…"), window)
        self.actionExportPdf.setObjectName("actionExportPdf")
        self.actionExportPdf.triggered.connect(self.export_pdf_dialog)
        self.actionCopyRichText = QAction(self.tr("Copy as &Rich Text"), window)
        self.actionCopyRichText.setObjectName("actionCopyRichText")
        self.actionCopyRichText.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.actionCopyRichText.triggered.connect(self.copy_rich_text)

    def actions(self) -> list[QAction]:
        """The actions, in menu order."""
        return [self.actionExportHtml, self.actionExportPdf, self.actionCopyRichText]

    # -- building the document ---------------------------------------------------------
    def _document(self, target: Path | None, options: ExportOptions) -> str | None:
        editor = self._window.current_editor()
        if editor is None:
            return None
        session = editor.session
        return export_html(
            session.body,
            session.page(),
            stylesheet=preview_stylesheet(),
            site_root=self._window.site_root,
            post_path=session.path,
            target=target,
            options=options,
        )

    def _suggested(self, suffix: str) -> Path:
        editor = self._window.current_editor()
        path = editor.session.path if editor else None
        return (path or Path.home() / "post.md").with_suffix(suffix)

    # -- HTML ------------------------------------------------------------------------------
    def export_html_dialog(self) -> None:
        """Ask where and how, then write the HTML file."""
        if self._window.current_editor() is None:
            return
        dialog = ExportDialog("html", self._suggested(".html"), self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export_html_to(dialog.target, dialog.image_mode)

    def export_html_to(self, target: Path, images: ImageMode = ImageMode.EMBED) -> bool:
        """Write the current post as standalone HTML to ``target``."""
        html = self._document(target, ExportOptions(images=images))
        if html is None:
            return False
        try:
            atomic_write_bytes(target, html.encode("utf-8"))
        except (StorageError, OSError) as error:
            QMessageBox.critical(
                self._window,
                self.tr("Export failed"),
                self.tr("Could not write {0}: {1}").format(
                    target, getattr(error, "message", None) or str(error)
                ),
            )
            return False
        self._window.statusBar().showMessage(self.tr("Exported {0}").format(target.name), 5000)
        return True

    # -- PDF -------------------------------------------------------------------------------
    def export_pdf_dialog(self) -> None:
        """Ask where and on which paper, then print the PDF."""
        if self._window.current_editor() is None:
            return
        dialog = ExportDialog("pdf", self._suggested(".pdf"), self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export_pdf_to(dialog.target, dialog.page_size_id, dialog.margins.value())

    def export_pdf_to(self, target: Path, page_size=None, margins_mm: float = 20.0) -> bool:
        """Start printing the current post to ``target``; the status bar reports the end."""
        html = self._document(None, ExportOptions(images=ImageMode.EMBED))
        if html is None:
            return False
        editor = self._window.current_editor()
        assert editor is not None
        page = editor.session.page()
        info = {
            "Title": document_title(page, target.stem),
            "Author": str(page.get("author") or ""),
            "Subject": str(page.get("excerpt") or page.get("description") or ""),
            "Creator": "Kiji",
        }
        size = page_size if page_size is not None else QPageSize.PageSizeId.A4
        self._pdf.export(
            html,
            target,
            info=info,
            page_size=size,
            margins_mm=margins_mm,
            allowed_root=self._window.site_root,  # large images stay linked: only the site's
        )
        return True

    @property
    def pdf_exporter(self) -> PdfExporter:
        """The exporter doing the printing (tests wait on its ``finished`` signal)."""
        return self._pdf

    def _on_pdf_finished(self, path: str, ok: bool) -> None:
        if ok:
            self._window.statusBar().showMessage(
                self.tr("Exported {0}").format(Path(path).name), 5000
            )
        else:
            QMessageBox.critical(
                self._window,
                self.tr("Export failed"),
                self.tr("Could not print the post to {0}.").format(path),
            )

    # -- clipboard -------------------------------------------------------------------------
    def copy_rich_text(self) -> None:
        """Put the post on the clipboard as inline-styled HTML and as plain text."""
        editor = self._window.current_editor()
        if editor is None:
            return
        html = self._document(None, ExportOptions(images=ImageMode.EMBED))
        if html is None:
            return
        start = html.index('<div id="content">')
        end = html.rindex("</div>\n</article>")
        fragment = html[start + len('<div id="content">') : end]
        data = QMimeData()
        data.setHtml(inline_styles(fragment))
        data.setText(plain_text(fragment))
        QGuiApplication.clipboard().setMimeData(data)
        self._window.statusBar().showMessage(self.tr("Copied the post as rich text"), 4000)
