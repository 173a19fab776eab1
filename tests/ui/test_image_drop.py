"""Images dropped or pasted into the text pane are copied into the site and linked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"


def open_in_site(window, site, qtbot):
    window.open_site(site)
    qtbot.waitUntil(lambda: window.site_ui.site() is not None, timeout=10_000)
    editor = window.open_post(site / KYOTO)
    assert editor is not None
    return editor


def png(path: Path) -> Path:
    image = QImage(4, 3, QImage.Format.Format_RGB32)
    image.fill(QColor("tomato"))
    assert image.save(str(path), "PNG")
    return path


def drop(widget, mime: QMimeData) -> QDropEvent:
    buttons, keys, copy = (
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.DropAction.CopyAction,
    )
    enter = QDragEnterEvent(QPoint(5, 5), copy, mime, buttons, keys)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(5, 5), copy, mime, buttons, keys)
    QApplication.sendEvent(widget, event)
    return event


def test_dropping_an_image_file_copies_it_and_inserts_a_link(window, site, qtbot, tmp_path) -> None:
    editor = open_in_site(window, site, qtbot)
    source = png(tmp_path / "紅葉 写真.PNG")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    drop(editor.text_pane.viewport(), mime)
    text = editor.text_pane.toPlainText()
    copied = list((site / "assets").rglob("*.png"))
    names = [p.name for p in copied]
    assert "koyo-shashin.png" in names
    target = next(p for p in copied if p.name == "koyo-shashin.png")
    assert target.read_bytes() == source.read_bytes()
    url = "/" + target.relative_to(site).as_posix()
    assert f"({url})" in text or f"{url})" in text
    assert "![紅葉 写真](" in text
    assert editor.session.is_dirty


def test_pasting_a_screenshot_saves_a_png(window, site, qtbot) -> None:
    editor = open_in_site(window, site, qtbot)
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    image.fill(QColor("steelblue"))
    mime = QMimeData()
    mime.setImageData(image)
    QGuiApplication.clipboard().setMimeData(mime)
    before = set((site / "assets").rglob("*"))
    qtbot.keyClick(editor.text_pane, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    new = [p for p in set((site / "assets").rglob("*")) - before if p.is_file()]
    assert len(new) == 1 and new[0].suffix == ".png" and new[0].name.startswith("pasted-")
    assert QImage(str(new[0])).size() == image.size()
    assert "![](" in editor.text_pane.toPlainText()


def test_pasting_text_is_left_to_the_text_pane(window, site, qtbot) -> None:
    editor = open_in_site(window, site, qtbot)
    QGuiApplication.clipboard().setText("ふつうの文字")
    qtbot.keyClick(editor.text_pane, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.text_pane.toPlainText().startswith("ふつうの文字")


def test_a_non_image_file_is_not_copied(window, site, qtbot, tmp_path) -> None:
    editor = open_in_site(window, site, qtbot)
    (tmp_path / "doc.txt").write_text("text", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "doc.txt"))])
    before = sorted((site / "assets").rglob("*"))
    links = editor.text_pane.toPlainText().count("![")
    buttons, keys, copy = (
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.DropAction.CopyAction,
    )
    QApplication.sendEvent(
        editor.text_pane.viewport(), QDragEnterEvent(QPoint(5, 5), copy, mime, buttons, keys)
    )
    QApplication.sendEvent(
        editor.text_pane.viewport(), QDropEvent(QPointF(5, 5), copy, mime, buttons, keys)
    )
    assert sorted((site / "assets").rglob("*")) == before
    assert editor.text_pane.toPlainText().count("![") == links


def test_without_a_site_the_writer_is_told_why(window, tmp_path, qtbot, monkeypatch) -> None:
    post = tmp_path / "loose.md"
    post.write_text("---\ntitle: x\n---\nbody\n", encoding="utf-8")
    editor = window.open_post(post)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda *a, **k: warnings.append(a[2]) or QMessageBox.StandardButton.Ok,
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(png(tmp_path / "a.png")))])
    drop(editor.text_pane.viewport(), mime)
    assert warnings and "site folder" in warnings[0]
    assert editor.text_pane.toPlainText() == "body\n"


def test_a_folder_dropped_on_the_text_pane_opens_as_the_site(window, site, qtbot, tmp_path) -> None:
    editor = open_in_site(window, site, qtbot)
    other = tmp_path / "other-site"
    (other / "_posts").mkdir(parents=True)
    (other / "_config.yml").write_text("title: other\n", encoding="utf-8")
    (other / "_posts" / "2025-01-01-only.md").write_text(
        '---\ntitle: "唯一の記事"\ndate: 2025-01-01 10:00:00 +0900\n---\n本文\n', encoding="utf-8"
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    text = editor.text_pane.toPlainText()
    buttons, keys, copy = (
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.DropAction.CopyAction,
    )
    enter = QDragEnterEvent(QPoint(5, 5), copy, mime, buttons, keys)
    QApplication.sendEvent(editor.text_pane.viewport(), enter)
    QApplication.sendEvent(
        editor.text_pane.viewport(), QDropEvent(QPointF(5, 5), copy, mime, buttons, keys)
    )
    assert editor.text_pane.toPlainText() == text  # no file URL typed into the post
    qtbot.waitUntil(
        lambda: any(e.session.path.name == "2025-01-01-only.md" for e in window.editors()),
        timeout=10_000,
    )
