"""The writing menus, status bar, preferences and session restore on a real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.services.settings import Settings
from editor.ui.dialogs.preferences_dialog import PreferencesDialog
from editor.ui.window.main_window import MainWindow
from tests.ui.helpers import copy_sample, services_for

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"
LLM = "_posts/2025-12-28-llm-notes.md"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch) -> None:
    """Windows closed at teardown with edits must not block on the unsaved-changes question."""
    answer = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return copy_sample(tmp_path)


@pytest.fixture
def settings(tmp_path: Path, qapp) -> Settings:
    return Settings(tmp_path / "settings")


@pytest.fixture
def window(qtbot, settings: Settings) -> MainWindow:
    win = MainWindow(services_for(settings))
    qtbot.addWidget(win)
    win.show()
    return win


def test_menus_exist_with_native_roles(window: MainWindow) -> None:
    # The Git menu (before Site) shows only once a site in a repository is open.
    titles = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    assert titles[:7] == ["&File", "&Edit", "F&ormat", "&View", "&Post", "S&ite", "&Help"]
    view = window.view
    assert view.menus.actionPreferences.menuRole().name == "PreferencesRole"
    assert not view.menus.actionPreferences.shortcut().isEmpty()
    assert view.menus.format_actions["bold"].shortcut().toString() == "Ctrl+B"


def test_ctrl_b_in_the_window_bolds_and_not_while_composing(
    window: MainWindow, site: Path, qtbot
) -> None:
    editor = window.open_post(site / KYOTO)
    pane = editor.text_pane
    qtbot.waitUntil(pane.hasFocus)
    pane.set_text_quietly("語")
    pane.selectAll()
    qtbot.keyClick(pane, Qt.Key.Key_B, CTRL)
    assert pane.toPlainText() == "**語**"
    pane.set_text_quietly("")
    attrs = [QInputMethodEvent.Attribute(QInputMethodEvent.AttributeType.Cursor, 1, 1, 0)]
    QCoreApplication.sendEvent(pane, QInputMethodEvent("に", attrs))
    qtbot.keyClick(pane, Qt.Key.Key_B, CTRL)
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert pane.toPlainText() == ""
    commit = QInputMethodEvent()
    commit.setCommitString("日")
    QCoreApplication.sendEvent(pane, commit)
    assert pane.toPlainText() == "日"
    assert editor.session.body == "日"  # what was committed reached the document


def test_status_bar_counts_the_current_post(window: MainWindow, site: Path, qtbot) -> None:
    window.open_post(site / KYOTO)
    label = window.view.stats_label
    qtbot.waitUntil(lambda: label.body_stats is not None and label.body_stats.cjk_characters > 0)
    kyoto = label.body_stats
    window.open_post(site / LLM)
    qtbot.waitUntil(lambda: label.body_stats != kyoto)
    assert "Japanese" in label.text()
    assert window.view.position_label.text() == "Ln 1, Col 1"


def test_find_and_replace_through_the_menu(window: MainWindow, site: Path) -> None:
    editor = window.open_post(site / KYOTO)
    editor.text_pane.set_text_quietly("紅葉 紅葉")
    window.view.menus.actionReplace.trigger()
    bar = window.view.find_bar
    assert bar.isVisible() and bar.replace_field.isVisible()
    bar.find_field.setText("紅葉")
    bar.replace_field.setText("もみじ")
    assert bar.replace_all() == 2
    assert editor.session.body == "もみじ もみじ"


def test_find_in_site_opens_the_post_at_the_match(window: MainWindow, site: Path, qtbot) -> None:
    window.open_site(site)
    panel = window.view.site_search
    window.view.menus.actionFindInSite.trigger()
    panel.query_field.setText("哲学の道")
    with qtbot.waitSignal(panel.searchFinished, timeout=10000):
        panel.run_search()  # in the search worker: the results stream in
    hits = panel.hits()
    assert hits and hits[0].path.name == "2025-11-16-kyoto-autumn.md"
    assert "1 posts" in panel.summary.text() or "posts" in panel.summary.text()
    group = panel.results.topLevelItem(0)
    panel.results.itemActivated.emit(group.child(0), 0)
    editor = window.current_editor()
    assert editor is not None and editor.session.path.name == hits[0].path.name
    assert editor.text_pane.textCursor().selectedText() == "哲学の道"


def test_view_settings_reach_every_pane_and_persist(
    window: MainWindow, site: Path, settings: Settings
) -> None:
    first = window.open_post(site / KYOTO).text_pane
    window.view.menus.actionLineNumbers.trigger()
    window.view.menus.focus_actions["sentence"].trigger()
    window.view.menus.actionTypewriter.trigger()
    assert settings.show_line_numbers and settings.focus_mode == "sentence" and settings.typewriter
    second = window.open_post(site / LLM).text_pane
    for pane in (first, second):
        assert pane.line_numbers_visible() and pane.typewriter()
    assert first.extraSelections()  # dimmed by focus mode
    size = second.font().pointSizeF()
    window.findChild(type(window.view.menus.actionTypewriter), "actionZoomIn").trigger()
    assert second.font().pointSizeF() == size + 1 and settings.zoom == 1


def test_theme_preference_switches_preview_and_highlighter(
    window: MainWindow, site: Path, settings: Settings
) -> None:
    pane = window.open_post(site / KYOTO).text_pane
    settings.theme = "dark"
    assert window.is_dark() and pane.highlighter.dark
    assert QApplication.palette().base().color().lightness() < 80
    settings.theme = "light"
    assert not window.is_dark() and not pane.highlighter.dark
    assert window.view.menus.theme_actions["light"].isChecked()


def test_reading_rates_from_preferences(window: MainWindow, site: Path, settings: Settings) -> None:
    window.open_post(site / KYOTO)
    dialog = PreferencesDialog(settings, window)
    dialog.cjk_rate.setValue(250)
    dialog.word_rate.setValue(100)
    dialog.line_width.setValue(0)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.accept()
    again = Settings(settings.folder)
    assert again.cjk_chars_per_minute == 250 and again.words_per_minute == 100
    assert again.line_width == 0 and again.theme == "dark"
    label = window.view.stats_label
    label.recount()
    assert "250" in label.toolTip()


def test_distraction_free_hides_everything_but_the_text(window: MainWindow, site: Path) -> None:
    editor = window.open_post(site / KYOTO)
    view = window.view
    view.menus.actionDistractionFree.trigger()
    assert view.is_distraction_free()
    assert not window.preview.isVisible() and not window.statusBar().isVisible()
    assert editor.text_pane.line_width() == 80
    assert editor.front_matter_form.isHidden()
    view.set_distraction_free(False)
    assert window.preview.isVisible() and not view.menus.actionDistractionFree.isChecked()
    assert not editor.front_matter_form.isHidden()


def test_session_comes_back_with_tabs_cursor_and_scroll(
    qtbot, site: Path, settings: Settings
) -> None:
    first = MainWindow(services_for(settings))
    qtbot.addWidget(first)
    first.resize(900, 500)
    first.show()
    first.open_site(site)
    first.open_post(site / KYOTO)
    llm = first.open_post(site / LLM)
    cursor = llm.text_pane.textCursor()
    cursor.setPosition(40)
    llm.text_pane.setTextCursor(cursor)
    assert first.close()

    second = MainWindow(services_for(Settings(settings.folder)))
    qtbot.addWidget(second)
    second.resize(900, 500)
    second.show()
    qtbot.waitUntil(lambda: len(second.editors()) == 2)
    assert [e.session.path.name for e in second.editors()] == [
        "2025-11-16-kyoto-autumn.md",
        "2025-12-28-llm-notes.md",
    ]
    assert second.site_root == site.resolve()
    current = second.current_editor()
    assert current.session.path.name == "2025-12-28-llm-notes.md"
    assert current.text_pane.textCursor().position() == 40
    assert second.close()


def test_missing_posts_are_skipped_on_restore(qtbot, site: Path, settings: Settings) -> None:
    from editor.services.settings import OpenTab, SessionState

    settings.save_session(SessionState(str(site), [OpenTab(str(site / "gone.md"))], 0))
    win = MainWindow(services_for(settings))
    qtbot.addWidget(win)
    assert win.view.session.restore() == 0
    assert win.site_root == site.resolve()


def test_find_in_site_searches_as_the_writer_types(window: MainWindow, site: Path, qtbot) -> None:
    window.open_site(site)
    panel = window.view.site_search
    window.view.menus.actionFindInSite.trigger()
    finished: list[int] = []
    panel.searchFinished.connect(finished.append)
    with qtbot.waitSignal(panel.searchFinished, timeout=10000) as done:
        qtbot.keyClicks(panel.query_field, "jekyll")  # one search, after the pause
    assert finished == done.args and done.args[0] > 0
    assert panel.results.topLevelItemCount() > 0 and panel.results.topLevelItem(0).isExpanded()
    assert len(panel.hits()) == done.args[0]
    panel.query_field.clear()
    qtbot.keyClicks(panel.query_field, "x")
    qtbot.keyClick(panel.query_field, Qt.Key.Key_Backspace)  # emptied: nothing listed
    qtbot.waitUntil(lambda: panel.results.topLevelItemCount() == 0 and not panel.summary.text())
