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
    assert len(new) == 1 and new[0].name == "kyoto-autumn.png"  # named after the post
    assert QImage(str(new[0])).size() == image.size()
    assert "![kyoto autumn](" in editor.text_pane.toPlainText()  # never an empty alt


def _paste_screenshot(editor, qtbot, color: str = "steelblue") -> None:
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    image.fill(QColor(color))
    mime = QMimeData()
    mime.setImageData(image)
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(editor.text_pane, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_the_same_image_pasted_twice_is_stored_once(window, site, qtbot) -> None:
    editor = open_in_site(window, site, qtbot)
    before = {p for p in (site / "assets").rglob("*") if p.is_file()}
    _paste_screenshot(editor, qtbot)
    _paste_screenshot(editor, qtbot)
    new = {p for p in (site / "assets").rglob("*") if p.is_file()} - before
    assert len(new) == 1
    url = "/" + next(iter(new)).relative_to(site).as_posix()
    # The sample post writes its site paths with {{ site.baseurl }}; the pastes follow it.
    assert editor.text_pane.toPlainText().count(f"]({{{{ site.baseurl }}}}{url})") == 2
    _paste_screenshot(editor, qtbot, "tomato")  # other bytes: a second file
    assert len({p for p in (site / "assets").rglob("*") if p.is_file()} - before) == 2


def test_undoing_a_paste_removes_its_file_and_redo_brings_it_back(window, site, qtbot) -> None:
    editor = open_in_site(window, site, qtbot)
    before = {p for p in (site / "assets").rglob("*") if p.is_file()}
    _paste_screenshot(editor, qtbot)
    (created,) = {p for p in (site / "assets").rglob("*") if p.is_file()} - before
    data = created.read_bytes()
    editor.text_pane.undo()
    assert not created.exists() and "kyoto-autumn.png" not in editor.text_pane.toPlainText()
    editor.text_pane.redo()
    assert created.read_bytes() == data


def test_a_cut_link_keeps_its_file(window, site, qtbot) -> None:
    editor = open_in_site(window, site, qtbot)
    before = {p for p in (site / "assets").rglob("*") if p.is_file()}
    _paste_screenshot(editor, qtbot)
    (created,) = {p for p in (site / "assets").rglob("*") if p.is_file()} - before
    cursor = editor.text_pane.textCursor()
    cursor.movePosition(cursor.MoveOperation.StartOfLine, cursor.MoveMode.KeepAnchor)
    editor.text_pane.setTextCursor(cursor)
    editor.text_pane.cut()  # moving the link elsewhere is not undoing the paste
    assert created.exists()


def test_selected_text_becomes_the_alt_text(window, site, qtbot, tmp_path) -> None:
    editor = open_in_site(window, site, qtbot)
    editor.text_pane.moveCursor(editor.text_pane.textCursor().MoveOperation.End)
    editor.text_pane.insertPlainText("\n嵐山の竹林")
    cursor = editor.text_pane.textCursor()
    cursor.movePosition(cursor.MoveOperation.StartOfLine, cursor.MoveMode.KeepAnchor)
    editor.text_pane.setTextCursor(cursor)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(png(tmp_path / "IMG_0001.png")))])
    window.site_ui.site()  # the site is open
    from editor.ui.editor.image_drop import ImageDropFilter

    pane_filter = editor.text_pane.findChild(ImageDropFilter)
    assert pane_filter is not None
    pane_filter.insert_images(mime)
    text = editor.text_pane.toPlainText()
    assert "![嵐山の竹林](" in text and "\n嵐山の竹林\n" not in text + "\n"


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


def _drop_an_image_for_warnings(editor, tmp_path: Path, monkeypatch) -> list[str]:
    """Drop a new image on ``editor``'s text; return the warnings shown."""
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda *a, **k: warnings.append(a[2]) or QMessageBox.StandardButton.Ok,
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(png(tmp_path / "a.png")))])
    drop(editor.text_pane.viewport(), mime)
    return warnings


def test_without_a_site_the_writer_is_told_why(window, tmp_path, qtbot, monkeypatch) -> None:
    post = tmp_path / "loose.md"
    post.write_text("---\ntitle: x\n---\nbody\n", encoding="utf-8")
    editor = window.open_post(post)
    warnings = _drop_an_image_for_warnings(editor, tmp_path, monkeypatch)
    assert warnings and "site folder" in warnings[0]
    assert editor.text_pane.toPlainText() == "body\n"


def test_while_the_site_is_read_the_writer_is_told_to_wait(
    window, site, tmp_path, qtbot, monkeypatch
) -> None:
    """Not "save inside a site folder": the post is in one, whose index is not ready yet."""
    editor = open_in_site(window, site, qtbot)
    index = window.site_ui.index
    assert index is not None
    monkeypatch.setattr(index, "_site", None)  # as while the first build still runs
    before = editor.text_pane.toPlainText()
    warnings = _drop_an_image_for_warnings(editor, tmp_path, monkeypatch)
    assert warnings and "still reading" in warnings[0]
    assert editor.text_pane.toPlainText() == before


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
