"""The Export menu and dialog come from the exporter registry: a new format is one class."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QMenu,
    QMessageBox,
    QRadioButton,
)

from editor.app.container import build_services
from editor.core.export.export_api import (
    WRITE_FAILED,
    Choice,
    ExportDone,
    ExportFormat,
    ExportOption,
    OptionKind,
    OptionValue,
    Text,
    write_export,
)
from editor.core.export.export_formats import HtmlExporter
from editor.core.export.export_html import ExportSource
from editor.core.export.rich_text import plain_text
from editor.services.pdf_export import PRINT_FAILED, PdfFileExporter
from editor.ui.dialogs.export_dialog import ExportDialog
from editor.ui.window.main_window import MainWindow

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"
CATALOGUE = Path(__file__).resolve().parents[3] / "resources" / "translations" / "kiji_ja.ts"


class PlainTextExporter:
    """A fourth format, as a plugin would add it: the post as a .txt file."""

    format = ExportFormat(
        id="plain-text",
        name=Text("Test", "Plain Text"),
        action_text=Text("Test", "Export as Plain &Text…"),
        suffix=".txt",
        options=(
            ExportOption(
                "line_ends",
                Text("Test", "Line ends:"),
                OptionKind.CHOICE,
                "lf",
                choices=(Choice("lf"), Choice("crlf")),
            ),
            ExportOption("with_title", Text("Test", "Title first"), OptionKind.FLAG, True),
        ),
    )

    def export(
        self,
        source: ExportSource,
        values: Mapping[str, OptionValue],
        target: Path | None,
        done: ExportDone,
    ) -> None:
        assert target is not None
        text = plain_text(source.content())
        if values["with_title"]:
            text = f"{source.page['title']}\n\n{text}"
        if values["line_ends"] == "crlf":
            text = text.replace("\n", "\r\n")
        done(write_export(target, text.encode("utf-8")))


def _answer_dialog(qtbot, answer: Callable[[ExportDialog], None]) -> list[BaseException]:
    """Run ``answer`` on the next modal export dialog, which it must accept or reject."""
    errors: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(20, run)
            return
        try:
            answer(dialog)
        except BaseException as error:  # shown by the test, after the dialog has closed
            errors.append(error)
            dialog.reject()

    QTimer.singleShot(0, run)
    return errors


@pytest.fixture
def kyoto(window: MainWindow, site: Path) -> Iterator[MainWindow]:
    window.open_post(site / KYOTO)
    yield window


def _menu(window: MainWindow) -> QMenu:
    menu = window.findChild(QMenu, "menuExport")
    assert menu is not None
    return menu


def test_menu_has_one_action_per_exporter_under_the_old_names(window: MainWindow) -> None:
    names = [action.objectName() for action in _menu(window).actions()]
    assert names == ["actionExportHtml", "actionExportPdf", "actionCopyRichText"]
    rich = window.findChild(QAction, "actionCopyRichText")
    assert rich.shortcut().toString() == "Ctrl+Shift+C"
    assert window.findChild(QAction, "actionExportPdf").text() == "Export as &PDF…"


def test_dialog_rows_are_the_options_of_the_format(qtbot, tmp_path: Path) -> None:
    html = ExportDialog(HtmlExporter.format, tmp_path / "a.html")
    qtbot.addWidget(html)
    assert html.windowTitle() == "Export as HTML"
    assert html.findChild(QRadioButton, "exportOptionImagesEmbed").isChecked()
    html.findChild(QRadioButton, "exportOptionImagesLink").setChecked(True)
    html.findChild(QRadioButton, "exportOptionTypefaceMincho").setChecked(True)
    assert html.values() == {"images": "link", "typeface": "mincho"}
    assert html.target == tmp_path / "a.html"

    pdf = ExportDialog(PdfFileExporter.format, tmp_path / "a.pdf")
    qtbot.addWidget(pdf)
    sizes = pdf.findChild(QComboBox, "exportOptionPageSize")
    assert [sizes.itemText(i) for i in range(sizes.count())] == ["A4", "B5", "A5", "Letter"]
    margins = pdf.findChild(QDoubleSpinBox, "exportOptionMargins")
    assert margins.value() == 20.0 and margins.maximum() == 60.0 and margins.suffix() == " mm"
    sizes.setCurrentIndex(2)
    margins.setValue(12.5)
    assert pdf.values() == {"page_size": "A5", "margins": 12.5, "typeface": "gothic"}


def test_html_through_the_menu_and_dialog_links_images(
    kyoto, site: Path, qtbot, tmp_path: Path
) -> None:
    target = tmp_path / "exports" / "kyoto.html"
    target.parent.mkdir()

    def answer(dialog: ExportDialog) -> None:  # proposed in the export folder, not in _posts
        folder = kyoto.export_actions.export_folder()
        assert dialog.target == folder / "2025-11-16-kyoto-autumn.html"
        assert not folder.resolve().is_relative_to(site.resolve())
        dialog.findChild(QRadioButton, "exportOptionImagesLink").setChecked(True)
        dialog.path_edit.setText(str(target))
        dialog.accept()

    errors = _answer_dialog(qtbot, answer)
    with qtbot.waitSignal(kyoto.export_actions.finished, timeout=10000) as signal:
        kyoto.findChild(QAction, "actionExportHtml").trigger()
    assert errors == []
    assert signal.args == ["html", str(target), True]
    assert 'src="../sample-site/assets/images/kyoto-autumn/momiji.png"' in target.read_text()
    assert kyoto.statusBar().currentMessage() == "Exported kyoto.html"


def test_an_export_where_the_site_would_build_it_is_refused_and_the_last_folder_kept(
    kyoto, site: Path, qtbot, tmp_path: Path, monkeypatch
) -> None:
    qtbot.waitUntil(lambda: kyoto.site_ui.site() is not None, timeout=10_000)
    actions = kyoto.export_actions
    inside = site / "_posts" / "2025-11-16-kyoto-autumn.html"
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: warned.append(args[2]))
    assert actions.export_to("html", inside) is False and not inside.exists()
    assert warned and "a folder the site's generator reads" in warned[0]
    dialog = ExportDialog(HtmlExporter.format, inside, kyoto, refusal=actions.refusal)
    dialog.accept()  # refused: the dialog stays open
    assert dialog.result() != QDialog.DialogCode.Accepted and len(warned) == 2
    outside = tmp_path / "exports" / "kyoto.html"
    outside.parent.mkdir()
    assert actions.refusal(outside) == ""
    with qtbot.waitSignal(actions.finished, timeout=10000):
        assert actions.export_to("html", outside)
    assert actions.export_folder() == outside.parent  # where the next export is proposed


def test_a_fourth_format_needs_one_class_and_one_register_call(
    kyoto, qtbot, tmp_path: Path
) -> None:
    kyoto.export_actions.registry.register(PlainTextExporter())

    action = kyoto.findChild(QAction, "actionExportPlainText")
    assert action is not None and action in _menu(kyoto).actions()
    assert action.text() == "Export as Plain &Text…"
    target = tmp_path / "kyoto.txt"
    seen: dict[str, object] = {}

    def answer(dialog: ExportDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["flag"] = dialog.findChild(QCheckBox, "exportOptionWithTitle").isChecked()
        dialog.findChild(QRadioButton, "exportOptionLineEndsCrlf").setChecked(True)
        dialog.path_edit.setText(str(target))
        dialog.accept()

    errors = _answer_dialog(qtbot, answer)
    with qtbot.waitSignal(kyoto.export_actions.finished, timeout=10000) as signal:
        action.trigger()
    assert errors == []
    assert seen == {"title": "Export as Plain Text", "flag": True}
    assert signal.args == ["plain-text", str(target), True]
    text = target.read_bytes().decode("utf-8")
    assert text.startswith("京都の秋、朝の散歩で見つけたもの\r\n\r\n")
    assert "哲学の道を歩きはじめました" in text and "\r\n" in text and "<p" not in text


def test_a_failed_export_says_why(kyoto, qtbot, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    target = tmp_path / "no" / "such" / "folder" / "kyoto.html"
    with qtbot.waitSignal(kyoto.export_actions.finished, timeout=10000) as signal:
        assert kyoto.export_actions.export_to("html", target)
    assert signal.args == ["html", str(target), False]
    assert len(shown) == 1 and shown[0].startswith(f"Could not write {target}: ")


def test_without_a_post_nothing_is_exported(window: MainWindow, tmp_path: Path) -> None:
    assert not window.export_actions.export_to("html", tmp_path / "a.html")
    assert not (tmp_path / "a.html").exists()


def _texts(export_format: ExportFormat) -> Iterator[Text]:
    yield export_format.name
    yield export_format.action_text
    for option in export_format.options:
        yield option.label
        yield from (choice.label for choice in option.choices if choice.label is not None)
        if option.suffix is not None:
            yield option.suffix


def test_japanese_catalogue_translates_every_text_of_the_exporters(qapp, tmp_path) -> None:
    owner = QObject()
    root = ElementTree.parse(CATALOGUE).getroot()
    translated = {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if (message.findtext("translation") or "").strip()
    }
    exporters = build_services(tmp_path).new_exporters(owner)
    texts = [text for e in exporters for text in _texts(e.format)]
    texts += [WRITE_FAILED, PRINT_FAILED]
    missing = [text for text in texts if (text.context, text.source) not in translated]
    assert missing == [], "add editor/core/export_*.py and pdf_export.py to lupdate's sources"
