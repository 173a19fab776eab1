"""The window with a site open: panel dock, newest post, menus, folder drops, problems."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu

from editor.app.container import build_services
from editor.ui.dialogs.new_post_dialog import NewPostDialog
from editor.ui.site.site_panel import SitePanel
from editor.ui.window.main_window import MainWindow

NEWEST = "_posts/2025-12-28-llm-notes.md"


def wait_ready(window: MainWindow, qtbot) -> None:
    qtbot.waitUntil(lambda: window.site_ui.site() is not None, timeout=10_000)


def test_opening_a_folder_shows_the_panel_and_the_newest_post(window, site, qtbot) -> None:
    window.open_path(site)
    qtbot.waitUntil(lambda: len(window.editors()) == 1, timeout=10_000)
    assert window.editors()[0].session.path.resolve() == (site / NEWEST).resolve()
    panel = window.findChild(SitePanel, "sitePanel")
    assert panel is not None and panel.isVisible()
    assert window.findChild(QDockWidget, "sitePanelDock").isVisible()
    assert len(panel.visible_entries()) == 5


def test_a_site_without_posts_opens_nothing(window, tmp_path, qtbot) -> None:
    (tmp_path / "_config.yml").write_text("title: empty\n", encoding="utf-8")
    (tmp_path / "_posts").mkdir()
    window.open_path(tmp_path)
    wait_ready(window, qtbot)
    qtbot.wait(50)
    assert window.editors() == []


def test_file_menu_has_new_post_and_recent_folders(window, site, tmp_path, qtbot) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    names = [action.objectName() for action in file_menu.actions()]
    assert "actionNewPost" in names
    assert names.index("actionNewPost") < names.index(window.actionOpen.objectName())
    recent = window.findChild(QMenu, "recentMenu")
    assert recent is not None
    window.open_site(site)
    wait_ready(window, qtbot)
    recent.aboutToShow.emit()
    assert any(site.name in action.text() for action in recent.actions())
    # A fresh window (same settings home) remembers it.
    other = MainWindow(build_services())
    assert other.site_ui.recent.folders() == [site.resolve()]
    other.site_ui.shutdown()
    other.deleteLater()


def test_new_post_creates_opens_and_lists_it(window, site, qtbot, monkeypatch) -> None:
    window.open_site(site)
    wait_ready(window, qtbot)

    def fill_and_accept(dialog: NewPostDialog) -> int:
        dialog.title_edit.setText("雪の日の散歩")
        dialog.accept()
        return NewPostDialog.DialogCode.Accepted

    monkeypatch.setattr(NewPostDialog, "exec", fill_and_accept)
    window.site_ui.actionNewPost.trigger()
    path = (site / "_drafts/yuki-no-nichi-no-sanpo.md").resolve()  # pykakasi reads 日 so
    assert path.is_file()
    assert window.current_editor().session.path.resolve() == path
    panel = window.site_ui.panel
    qtbot.waitUntil(lambda: "雪の日の散歩" in [e.title for e in panel.visible_entries()])


def test_dropping_a_folder_on_the_window_opens_it(window, site, qtbot) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(site))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    copy = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(10, 10), copy, mime, buttons, keys)
    assert QApplication.sendEvent(window, enter) and enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), copy, mime, buttons, keys)
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: len(window.editors()) == 1, timeout=10_000)
    assert window.site_ui.site().root == site.resolve()


def test_dragging_a_file_is_not_taken_as_a_folder(window, site) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(site / NEWEST))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_problems_are_listed_and_jump_to_the_body_line(window, site, qtbot) -> None:
    broken = site / "_posts" / "2025-12-01-broken.md"
    broken.write_text(
        '---\ntitle: "壊れた記事"\ndate: 2025-12-01 10:00:00 +0900\n---\n\n一行目\n'
        "![missing](/assets/images/none.png)\n最後\n",
        encoding="utf-8",
    )
    window.open_site(site)
    problems = window.site_ui.problems
    qtbot.waitUntil(lambda: problems.count() > 0, timeout=10_000)
    assert window.site_ui.problems_dock.isVisible()
    rows = [problems.row_texts(i) for i in range(problems.count())]
    row = next(i for i, texts in enumerate(rows) if texts[0].endswith("broken.md"))
    assert rows[row][1] == "7"
    problems.jump_to_row(row)
    editor = window.current_editor()
    assert editor.session.path.resolve() == broken.resolve()
    cursor = editor.text_pane.textCursor()
    assert cursor.block().text() == "![missing](/assets/images/none.png)"


def test_a_front_matter_problem_puts_the_cursor_on_its_line(window, site, qtbot) -> None:
    bad = site / "_posts" / "2025-12-02-bad-yaml.md"
    bad.write_text('---\ntitle: "ok"\ndate: 2025-12-02\ntags: [a, b\n---\n\nbody\n', "utf-8")
    window.open_site(site)
    wait_ready(window, qtbot)
    window.site_ui.jump_to(bad.resolve(), 4)
    editor = window.current_editor()
    assert editor.session.path.resolve() == bad.resolve()
    assert editor.front_matter_form.source.editor.textCursor().block().text() == "tags: [a, b"


def test_a_post_opened_while_indexing_is_not_pushed_aside(window, site, qtbot) -> None:
    window.open_site(site)
    window.open_post(site / "_posts/2025-11-16-kyoto-autumn.md")
    wait_ready(window, qtbot)
    qtbot.wait(50)
    assert [e.session.path.name for e in window.editors()] == ["2025-11-16-kyoto-autumn.md"]
