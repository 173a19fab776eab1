"""The Export menu's actions: one per registered exporter, for the window's current post.

Nothing here knows a format: the actions, the dialog rows and the messages come from the
:class:`~editor.core.export.export_api.ExporterRegistry` (the composition root's, unless one
is given).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, QStandardPaths, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from editor.core.export.export_api import (
    Destination,
    Exporter,
    ExporterRegistry,
    ExportFormat,
    ExportResult,
    OptionValue,
)
from editor.core.export.export_html import ExportSource, built_with_site, suggested_target
from editor.resources import resource_path
from editor.ui.dialogs.export_dialog import ExportDialog, translated

if TYPE_CHECKING:
    from editor.core.site.site import Site
    from editor.ui.window.window_host import WindowHost


def preview_stylesheet() -> str:
    """The preview's stylesheet, reused so an export looks like the preview."""
    return resource_path("preview", "preview.css").read_text(encoding="utf-8")


def action_object_name(export_format: ExportFormat) -> str:
    """``actionExportHtml`` for a file format, ``actionCopyRichText`` for the clipboard."""
    verb = "Copy" if export_format.destination is Destination.CLIPBOARD else "Export"
    words = export_format.id.replace("_", "-").split("-")
    return "action" + verb + "".join(word.capitalize() for word in words)


class ExportActions(QObject):
    """Owns one action per exporter and runs the exports (dialogs here, the work in them).

    ``finished(format_id, target, ok)`` follows every export, however long it takes
    (``target`` is ``""`` for the clipboard).
    """

    finished = Signal(str, str, bool)

    def __init__(
        self,
        window: WindowHost,
        registry: ExporterRegistry,
        site: Callable[[], Site | None] = lambda: None,
    ) -> None:
        """``site`` gives the open site: its generator says where an export may not go."""
        super().__init__(window.frame())
        self._window = window
        self._site = site
        self._registry = registry
        self._actions: dict[str, QAction] = {}
        for exporter in self._registry:
            self._add_action(exporter)
        self._registry.subscribe(self._on_registered)

    @property
    def registry(self) -> ExporterRegistry:
        """The exporters on offer; one registered later gets its action in the same menus."""
        return self._registry

    def actions(self) -> list[QAction]:
        """The actions, in menu order."""
        return list(self._actions.values())

    def action(self, format_id: str) -> QAction:
        """The action of the format ``format_id``."""
        return self._actions[format_id]

    def _add_action(self, exporter: Exporter) -> QAction:
        export_format = exporter.format
        action = QAction(translated(export_format.action_text), self._window.frame())
        action.setObjectName(action_object_name(export_format))
        if export_format.shortcut:
            action.setShortcut(QKeySequence(export_format.shortcut))
        action.triggered.connect(lambda: self.export_dialog(export_format.id))
        self._actions[export_format.id] = action
        return action

    def _on_registered(self, exporter: Exporter) -> None:
        menus = {
            menu
            for action in self._actions.values()
            for menu in action.associatedObjects()
            if isinstance(menu, QMenu)
        }
        action = self._add_action(exporter)
        for menu in menus:
            menu.addAction(action)

    # -- running an export ---------------------------------------------------------------
    def _source(self) -> ExportSource | None:
        editor = self._window.current_editor()
        if editor is None:
            return None
        session = editor.session
        return ExportSource(
            session.body,
            session.page(),
            stylesheet=preview_stylesheet(),
            site_root=self._window.site_root,
            post_path=session.path,
        )

    def export_folder(self) -> Path:
        """Where exports go first: the last export folder, else Documents (else the home
        folder); never one the site's build reads."""
        last = self._window.settings.last_export_folder
        if last and Path(last).is_dir() and not self.refusal(Path(last) / "x.html"):
            return Path(last)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _suggested(self, suffix: str) -> Path:
        editor = self._window.current_editor()
        path = editor.session.path if editor else None
        return suggested_target(path, suffix, self.export_folder())

    def refusal(self, target: Path) -> str:
        """Why an export may not be written at ``target`` (``""``: it may)."""
        site = self._site()
        if site is None or not built_with_site(site.layout, target):
            return ""
        return self.tr(
            "{0} is in a folder the site's generator reads: it would build the exported file "
            "into the site (and a Liquid or template error in it can stop the build). "
            "Choose a folder outside the site, for example your Documents folder."
        ).format(target)

    def export_dialog(self, format_id: str) -> None:
        """Ask where to and how (if the format has anything to ask), then export."""
        if self._window.current_editor() is None:
            return
        export_format = self._registry.get(format_id).format
        to_file = export_format.destination is Destination.FILE
        if not to_file and not export_format.options:
            self.export_to(format_id)
            return
        suggested = self._suggested(export_format.suffix) if to_file else None
        dialog = ExportDialog(export_format, suggested, self._window.frame(), refusal=self.refusal)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export_to(format_id, dialog.target, dialog.values())

    def export_to(
        self,
        format_id: str,
        target: Path | None = None,
        values: Mapping[str, OptionValue] | None = None,
    ) -> bool:
        """Export the current post as ``format_id`` to ``target`` (a file format needs one).

        Options missing from ``values`` take their defaults. Returns whether the export
        started; ``finished`` reports its end, and the status bar or a message box tells
        the writer.
        """
        exporter = self._registry.get(format_id)
        export_format = exporter.format
        source = self._source()
        if source is None or (export_format.destination is Destination.FILE and target is None):
            return False
        if target is not None and export_format.destination is Destination.FILE:
            problem = self.refusal(target)
            if problem:
                QMessageBox.warning(self._window.frame(), self.tr("Export refused"), problem)
                return False
            self._window.settings.last_export_folder = str(target.parent)
        exporter.export(
            source,
            export_format.option_values(values),
            target if export_format.destination is Destination.FILE else None,
            lambda result: self._on_done(export_format, result),
        )
        return True

    def _on_done(self, export_format: ExportFormat, result: ExportResult) -> None:
        target = result.target
        if result.ok and result.clipboard is not None:
            data = QMimeData()
            data.setHtml(result.clipboard.html)
            data.setText(result.clipboard.text)
            QGuiApplication.clipboard().setMimeData(data)
            self._window.show_status(
                self.tr("Copied the post as {0}").format(translated(export_format.name)), 4000
            )
        elif result.ok:
            name = target.name if target is not None else ""
            self._window.show_status(self.tr("Exported {0}").format(name), 5000)
        else:
            problem = (
                translated(result.problem) if result.problem else self.tr("Could not export {0}.")
            )
            QMessageBox.critical(
                self._window.frame(),
                self.tr("Export failed"),
                problem.format(target or "", result.detail),
            )
        self.finished.emit(export_format.id, str(target or ""), result.ok)
