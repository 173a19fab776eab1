"""Recovery at start-up: journaled text of a crashed run is offered, restored unsaved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from editor.core.paths import journal_dir
from editor.core.post.journal import Journal
from editor.ui.dialogs.recovery_dialog import RecoveryDialog
from editor.ui.editor.change_banner import BannerKind

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"


@pytest.fixture
def crashed() -> Journal:
    """The journal of a run that died: entries and a lock file nobody holds."""
    journal = Journal(journal_dir(), "crashed-run")
    journal.folder.mkdir(parents=True)
    journal.lock_file.write_text("{}")
    return journal


def click(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_restore_offers_the_text_and_writes_nothing(crashed, site, window) -> None:
    post = site / KYOTO
    original = post.read_bytes()
    text = original.decode().replace("朝六時", "クラッシュ前に書いた朝六時", 1)
    crashed.write("doc", text, post, None, saved_at=1_700_000_000)
    assert window.guard.journal.previous_run_crashed()
    dialog = window.guard.recovery_dialog()
    assert isinstance(dialog, RecoveryDialog)
    assert [e.text for e in dialog.entries()] == [text]
    assert "kyoto-autumn.md" in dialog.list.item(0).text()
    assert dialog.diff.changed_lines() == 1
    assert (
        dialog.diff.rows[[r.tag for r in dialog.diff.rows].index("replace")].right
        == (text.split("\n")[[r.tag for r in dialog.diff.rows].index("replace")])
    )
    click(dialog.restore_button)
    editor = window.current_editor()
    assert editor is not None and editor.session.path == post
    assert editor.session.post.text() == text and editor.session.is_dirty
    assert "クラッシュ前に書いた朝六時" in editor.text_pane.toPlainText()
    assert post.read_bytes() == original
    assert not dialog.isVisible()
    # The text now lives in this run's journal; the crashed run's copy is gone.
    assert [e.text for e in window.guard.journal.entries()] == [text]
    assert window.guard.journal.orphaned_entries() == []
    assert not window.guard.journal.previous_run_crashed()


def test_discard_drops_only_that_document(crashed, site, window) -> None:
    crashed.write("one", "first draft", site / KYOTO, None, saved_at=2)
    crashed.write("two", "second draft", None, None, saved_at=1)
    dialog = window.guard.recovery_dialog()
    assert [e.text for e in dialog.entries()] == ["first draft", "second draft"]
    click(dialog.discard_button)
    assert [e.text for e in dialog.entries()] == ["second draft"]
    assert [e.text for e in window.guard.journal.orphaned_entries()] == ["second draft"]
    assert window.tabs.count() == 0
    click(dialog.later_button)  # decide later: kept for the next start
    assert [e.text for e in Journal(journal_dir()).orphaned_entries()] == ["second draft"]


def test_untitled_and_vanished_posts_come_back_in_their_own_tabs(crashed, site, window) -> None:
    gone = site / "_posts" / "2026-01-01-gone.md"
    crashed.write("untitled", "---\ntitle: 無題\n---\n本文\n", None, None, saved_at=2)
    crashed.write("gone", "消えたファイルの本文\n", gone, "abc", saved_at=1)
    dialog = window.guard.recovery_dialog()
    dialog.select(dialog.entries()[1])
    assert "no longer on disk" in dialog.details.text()
    click(dialog.restore_button)
    assert "never saved" in dialog.details.text()
    click(dialog.restore_button)
    assert window.tabs.count() == 2
    vanished, untitled = window.editors()
    assert untitled.session.path is None and untitled.session.is_dirty
    assert untitled.text_pane.toPlainText() == "本文\n"
    assert window.tabs.tabText(1).endswith("Untitled")
    assert vanished.session.path == gone and vanished.session.is_missing
    assert vanished.session.is_dirty and not gone.exists()
    assert window.guard.banner_for(vanished).kind is BannerKind.DELETED


def test_no_journal_means_no_dialog(window) -> None:
    assert window.guard.recovery_dialog() is None
    assert window.guard.offer_recovery() == 0


def test_typing_is_journaled_and_discarding_on_close_clears_it(
    site, window, qtbot, monkeypatch
) -> None:
    editor = window.open_post(site / KYOTO)
    QTest.keyClicks(editor.text_pane, "journal me ")
    journal = window.guard.journal
    qtbot.waitUntil(lambda: bool(journal.entries()), timeout=5000)
    [entry] = journal.entries()
    assert entry.text == editor.session.post.text() and entry.path == site / KYOTO
    assert entry.file.is_relative_to(journal_dir())
    window.guard.set_autosave(None)
    assert window.guard.autosave_interval is None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()
    assert journal.entries() == []


def test_autosave_writes_dirty_posts_and_skips_conflicts(site, window) -> None:
    post = site / KYOTO
    editor = window.open_post(post)
    assert window.guard.autosave_interval is None  # off by default
    window.settings.autosave_seconds = 30  # the preference drives it
    assert window.guard.autosave_interval == 30
    editor.text_pane.insertPlainText("autosaved ")
    window.guard.autosave_now()
    assert b"\n---\nautosaved " in post.read_bytes() and not editor.session.is_dirty
    editor.text_pane.insertPlainText("again ")
    theirs = post.read_bytes() + b"theirs\n"
    post.write_bytes(theirs)
    window.guard.autosave_now()
    assert post.read_bytes() == theirs
    assert window.guard.banner_for(editor).kind is BannerKind.SAVE_CONFLICT


def test_an_untitled_entry_shows_its_name_and_time_in_full(crashed, window, qtbot) -> None:
    crashed.write("a", "下書き" * 200, None, None, saved_at=1_700_000_000)
    crashed.write("b", "別の下書き", None, None, saved_at=1_700_000_600)
    dialog = window.guard.recovery_dialog()
    assert isinstance(dialog, RecoveryDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    item = dialog.list.item(0)
    rect = dialog.list.visualItemRect(item)
    lines = dialog.list.fontMetrics().lineSpacing()
    assert rect.height() >= 2 * lines  # name and time, both lines shown
    assert len({dialog.list.item(i).text() for i in range(2)}) == 2  # the times differ


def test_the_diff_marks_changed_characters_and_wraps(qtbot) -> None:
    from editor.ui.dialogs.diff_view import DiffView, changed_spans

    assert changed_spans("京都の秋は美しい", "京都の冬は美しい") == ([(3, 4)], [(3, 4)])
    view = DiffView()
    qtbot.addWidget(view)
    paragraph = "長い日本語の段落です。" * 40
    view.set_texts(paragraph, paragraph.replace("段落", "文章", 1), "前", "後")
    assert view.changed_lines() == 1
    html = view.table.toHtml()
    assert "background-color:#ffa0a0" in html.replace(" ", "")  # only the two characters
    assert view.table.lineWrapMode() == view.table.LineWrapMode.WidgetWidth
