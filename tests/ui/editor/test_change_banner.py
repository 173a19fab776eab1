"""Changes on disk under an open post: clean reload, dirty conflict, save conflict, deletion."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from editor.ui.editor.change_banner import BannerKind, ChangeBanner
from editor.ui.window.main_window import MainWindow

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"


def banner_of(window: MainWindow, editor) -> ChangeBanner | None:
    return window.guard.banner_for(editor)


def click(banner: ChangeBanner, name: str) -> None:
    QTest.mouseClick(banner.buttons[name], Qt.MouseButton.LeftButton)


def test_clean_tab_reloads_in_place_keeping_cursor_and_scroll(window, site, qtbot) -> None:
    post = site / KYOTO
    post.write_text(post.read_text(encoding="utf-8") + "行\n" * 300, encoding="utf-8")
    editor = window.open_post(post)
    pane = editor.text_pane
    cursor = pane.textCursor()
    cursor.setPosition(40)
    pane.setTextCursor(cursor)
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum() // 2)
    scroll = pane.verticalScrollBar().value()
    assert scroll > 0
    # Read the view just before and right after the reload: the preview's scroll sync may
    # nudge it at other times (it maps the view through the rendered page and back).
    before: list[int] = []
    after: list[int] = []
    reload = editor.session.reload_from_disk

    def watched_reload() -> None:
        before.append(pane.verticalScrollBar().value())
        reload()

    editor.session.reload_from_disk = watched_reload
    editor.session.replaced.connect(lambda: after.append(pane.verticalScrollBar().value()))
    post.write_bytes(post.read_bytes() + "git pull で届いた追記\n".encode())
    qtbot.waitUntil(lambda: pane.toPlainText().endswith("git pull で届いた追記\n"), timeout=5000)
    assert not editor.session.is_dirty and banner_of(window, editor) is None
    assert pane.textCursor().position() == 40
    assert before == after and after[0] > 0


def test_dirty_tab_gets_a_banner_and_nothing_is_decided(window, site, qtbot) -> None:
    post = site / KYOTO
    editor = window.open_post(post)
    editor.text_pane.insertPlainText("mine ")
    theirs = post.read_bytes() + b"theirs\n"
    post.write_bytes(theirs)
    qtbot.waitUntil(lambda: banner_of(window, editor) is not None, timeout=5000)
    banner = banner_of(window, editor)
    assert banner.kind is BannerKind.CONFLICT and banner.isVisible()
    assert editor.text_pane.toPlainText().startswith("mine ")
    assert post.read_bytes() == theirs

    click(banner, "compare")  # Compare keeps the banner and shows both sides
    dialog = window.findChild(type(window.guard.compare(editor)), "diffDialog")
    assert dialog is not None and dialog.view.changed_lines() > 0
    assert banner_of(window, editor) is banner

    click(banner, "reload")
    assert banner_of(window, editor) is None
    assert not editor.session.is_dirty
    assert editor.text_pane.toPlainText().endswith("theirs\n")
    assert not editor.text_pane.toPlainText().startswith("mine ")


def test_keep_mine_then_save_overwrites(window, site, qtbot) -> None:
    post = site / KYOTO
    editor = window.open_post(post)
    editor.text_pane.insertPlainText("mine ")
    post.write_bytes(post.read_bytes() + b"theirs\n")
    qtbot.waitUntil(lambda: banner_of(window, editor) is not None, timeout=5000)
    click(banner_of(window, editor), "keep")
    assert editor.session.is_dirty and banner_of(window, editor) is None
    assert window.save()
    assert b"mine " in post.read_bytes() and not post.read_bytes().endswith(b"theirs\n")


def test_save_over_a_changed_file_asks_first(window, site, qtbot) -> None:
    post = site / KYOTO
    editor = window.open_post(post)
    editor.text_pane.insertPlainText("mine ")
    theirs = post.read_bytes().replace(b"layout: post", b"layout: changed", 1)
    post.write_bytes(theirs)
    assert not window.save()  # before the watcher even noticed: the hash check catches it
    banner = banner_of(window, editor)
    assert banner is not None and banner.kind is BannerKind.SAVE_CONFLICT
    assert post.read_bytes() == theirs and editor.session.is_dirty
    click(banner, "keep")  # "Keep Mine and Save"
    assert b"mine " in post.read_bytes() and not editor.session.is_dirty


def test_deleted_file_keeps_its_tab_marked_and_saves_again(window, site, qtbot) -> None:
    post = site / KYOTO
    editor = window.open_post(post)
    editor.text_pane.insertPlainText("still here ")
    post.unlink()
    qtbot.waitUntil(lambda: banner_of(window, editor) is not None, timeout=5000)
    banner = banner_of(window, editor)
    assert banner.kind is BannerKind.DELETED and editor.session.is_missing
    index = window.tabs.indexOf(editor)
    assert not window.tabs.tabIcon(index).isNull()
    assert "deleted" in window.tabs.tabToolTip(index)
    click(banner, "save")
    assert post.read_text(encoding="utf-8").split("---\n", 2)[2].startswith("still here ")
    assert not editor.session.is_missing and window.tabs.tabIcon(index).isNull()


def test_deleted_clean_file_is_not_closed_or_reloaded(window, site, qtbot) -> None:
    post = site / KYOTO
    editor = window.open_post(post)
    text = editor.text_pane.toPlainText()
    post.unlink()
    qtbot.waitUntil(lambda: editor.session.is_missing, timeout=5000)
    assert window.tabs.count() == 1 and editor.text_pane.toPlainText() == text


@pytest.mark.parametrize(
    ("code", "words"), [(errno.EACCES, "read-only"), (errno.ENOSPC, "disk is full")]
)
def test_failed_save_keeps_text_file_and_journal(window, site, monkeypatch, code, words) -> None:
    # Root ignores permission bits, so the refusal is simulated where the OS would give it.
    post = site / KYOTO
    original = post.read_bytes()
    editor = window.open_post(post)
    editor.text_pane.insertPlainText("precious ")
    window.guard.journal_service.flush(editor.session)
    reported: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: reported.append(a[2]))
    real_replace = os.replace

    def refuse(source, target, *args, **kwargs):
        if Path(target) == post:
            raise OSError(code, os.strerror(code))
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", refuse)
    monkeypatch.setattr("editor.core.post.storage.exchange_files", refuse)  # the guarded swap
    assert not window.save()
    assert reported and words in reported[0] and "still here" in reported[0]
    assert post.read_bytes() == original
    assert editor.text_pane.toPlainText().startswith("precious ")
    [entry] = window.guard.journal.entries()
    assert entry.text == editor.session.post.text()


def test_save_into_a_vanished_folder_reports_and_keeps_everything(
    window, site, qtbot, monkeypatch
) -> None:
    post = site / KYOTO
    editor = window.open_post(post)
    editor.text_pane.insertPlainText("homeless ")
    shutil.rmtree(post.parent)
    qtbot.waitUntil(lambda: banner_of(window, editor) is not None, timeout=5000)
    reported: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: reported.append(a[2]))
    click(banner_of(window, editor), "save")
    assert reported and "folder is missing" in reported[0] and "still here" in reported[0]
    assert editor.text_pane.toPlainText().startswith("homeless ") and editor.session.is_dirty
    window.guard.journal_service.flush_all()
    assert window.guard.journal.entries()[0].text == editor.session.post.text()
    assert not post.parent.exists()  # nothing was created behind the writer's back
