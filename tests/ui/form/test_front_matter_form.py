"""The front-matter form driven through its real widgets; saved files compared byte for byte."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QMimeData, QPoint, Qt, QTime
from PySide6.QtGui import QDropEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from editor.services.document import DocumentSession
from editor.ui.form.chip_editor import CHIP_MIME, ChipEditor
from editor.ui.form.date_field import DateField
from editor.ui.form.front_matter_form import FrontMatterForm
from editor.ui.window.main_window import MainWindow
from tests.ui.helpers import copy_sample, run_js, vocabulary_of

SEED = Path(__file__).resolve().parents[2] / "data" / "seed" / "2025-12-28-llama4.md"
SEED_TITLE = 'title: "Llama 4の性能向上、その真意は何でしょうか？"\n'
SEED_TAGS = 'tags: ["Google", "Microsoft", "Meta", "Amazon", "Apple", "LLM"]\n'


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    """The seed post inside a private copy of the sample site's ``_posts``."""
    site = copy_sample(tmp_path)
    path = site / "_posts" / SEED.name
    shutil.copyfile(SEED, path)
    return path


def make_form(qtbot, path: Path) -> FrontMatterForm:
    session = DocumentSession.open(path)
    form = FrontMatterForm(session, vocabulary_of(path.parents[1]))
    form.clock = lambda: dt.datetime(2026, 1, 10, 12, 0, tzinfo=dt.UTC)
    form.refresh()
    qtbot.addWidget(form)
    form.resize(700, 600)
    form.show()
    form.activateWindow()
    qtbot.waitActive(form)
    qtbot.waitUntil(lambda: form.field_rows.height() > 0)  # laid out, so clicks land
    return form


def save_and_read(form: FrontMatterForm) -> bytes:
    form.session.save()
    assert form.session.path is not None
    return form.session.path.read_bytes()


def replaced(original: bytes, old: str, new: str) -> bytes:
    assert original.count(old.encode()) == 1
    return original.replace(old.encode(), new.encode())


def commit_japanese(widget: QWidget, text: str) -> None:
    """Type ``text`` the way an input method commits it (QTest only types ASCII keys)."""
    commit = QInputMethodEvent()
    commit.setCommitString(text)
    QApplication.sendEvent(widget, commit)


def field(form: FrontMatterForm, key: str) -> QWidget:
    """The live editor of ``key`` (replaced rows linger until deleted, so ask the form)."""
    widget = form.editor(key)
    assert widget is not None, key
    assert widget.objectName() == f"field_{key}"
    return widget


def test_contract_one_row_per_key_in_file_order(qtbot, seed: Path) -> None:
    form = make_form(qtbot, seed)
    assert form.objectName() == "frontMatterForm"
    assert list(form.rows) == [
        "layout", "title", "date", "categories", "tags", "author", "excerpt", "reading_time"
    ]  # fmt: skip
    assert isinstance(field(form, "title"), QLineEdit)
    assert isinstance(field(form, "layout"), QComboBox)
    assert isinstance(field(form, "author"), QComboBox)
    assert isinstance(field(form, "date"), DateField)
    assert isinstance(field(form, "tags"), ChipEditor)
    assert isinstance(field(form, "excerpt"), QPlainTextEdit)
    assert field(form, "tags").values() == ["Google", "Microsoft", "Meta", "Amazon", "Apple", "LLM"]


def test_editing_the_title_changes_exactly_one_line(qtbot, seed: Path) -> None:
    original = seed.read_bytes()
    form = make_form(qtbot, seed)
    title = field(form, "title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Llama 4 review")
    assert seed.read_bytes() == original  # nothing is written per keystroke
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert form.session.is_dirty
    assert save_and_read(form) == replaced(original, SEED_TITLE, 'title: "Llama 4 review"\n')


def test_japanese_input_method_commit_reaches_the_file(qtbot, seed: Path) -> None:
    original = seed.read_bytes()
    form = make_form(qtbot, seed)
    title = field(form, "title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    QApplication.sendEvent(title, QInputMethodEvent("らま", []))  # composing
    assert title.text() == ""  # the pre-edit is not text yet
    commit_japanese(title, "ラマ四の感想")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert save_and_read(form) == replaced(original, SEED_TITLE, 'title: "ラマ四の感想"\n')


def test_romaji_finds_a_japanese_tag_in_the_completer(qtbot, seed: Path) -> None:
    original = seed.read_bytes()
    form = make_form(qtbot, seed)
    tags = field(form, "tags")
    assert isinstance(tags, ChipEditor)
    tags.input.setFocus()
    qtbot.keyClicks(tags.input, "shashin")
    popup = tags.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())] == ["写真"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert tags.values()[-1] == "写真"
    assert tags.input.text() == ""
    expected = SEED_TAGS.replace('"LLM"]', '"LLM", "写真"]')
    assert save_and_read(form) == replaced(original, SEED_TAGS, expected)


def test_chips_add_with_comma_and_enter_remove_with_backspace_and_click(qtbot, seed) -> None:
    original = seed.read_bytes()
    form = make_form(qtbot, seed)
    tags = field(form, "tags")
    assert isinstance(tags, ChipEditor)
    tags.input.setFocus()
    qtbot.keyClicks(tags.input, "Kiji,")
    assert tags.values()[-1] == "kiji"  # spelled like the tag the site already uses
    qtbot.keyClicks(tags.input, "llm")
    qtbot.keyClick(tags.input, Qt.Key.Key_Return)  # a duplicate (case-insensitive) is not added
    assert tags.values().count("LLM") == 1 and "llm" not in tags.values()
    tags.input.clear()
    qtbot.keyClick(tags.input, Qt.Key.Key_Backspace)  # removes "Kiji"
    qtbot.mouseClick(tags.chips[0].remove_button, Qt.MouseButton.LeftButton)  # removes "Google"
    assert tags.values() == ["Microsoft", "Meta", "Amazon", "Apple", "LLM"]
    expected = 'tags: ["Microsoft", "Meta", "Amazon", "Apple", "LLM"]\n'
    assert save_and_read(form) == replaced(original, SEED_TAGS, expected)
    assert form.undo_stack.count() == 3  # one step per chip change


def test_chips_reorder_by_drop(qtbot, seed: Path) -> None:
    original = seed.read_bytes()
    form = make_form(qtbot, seed)
    tags = field(form, "tags")
    assert isinstance(tags, ChipEditor)
    mime = QMimeData()
    mime.setData(CHIP_MIME, b"5")  # "LLM" ...
    target = tags.chips[0].geometry().topLeft() + QPoint(2, 2)  # ... dropped before "Google"
    event = QDropEvent(
        target,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tags.dropEvent(event)
    expected = 'tags: ["LLM", "Google", "Microsoft", "Meta", "Amazon", "Apple"]\n'
    assert save_and_read(form) == replaced(original, SEED_TAGS, expected)


def test_date_keeps_its_spelling_and_offset(qtbot, seed: Path) -> None:
    original = seed.read_bytes()
    form = make_form(qtbot, seed)
    date = field(form, "date")
    assert isinstance(date, DateField)
    assert date.offset_label.text() == "+0000"
    date.editor.setFocus()
    date.editor.setDateTime(QDateTime(QDate(2025, 12, 27), QTime(21, 5, 0)))
    qtbot.keyClick(date.editor, Qt.Key.Key_Return)
    old = "date: 2025-12-28 08:41:08 +0000\n"
    assert save_and_read(form) == replaced(original, old, "date: 2025-12-27 21:05:00 +0000\n")


def test_now_uses_the_site_timezone(qtbot, seed: Path) -> None:
    form = make_form(qtbot, seed)
    date = field(form, "date")
    assert isinstance(date, DateField)
    qtbot.mouseClick(date.now_button, Qt.MouseButton.LeftButton)
    line = next(x for x in form.session.front_matter_text.splitlines() if x.startswith("date:"))
    assert re.fullmatch(r"date: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0900", line), line


def test_layout_combo_lists_site_layouts(qtbot, seed: Path) -> None:
    original = seed.read_bytes()
    form = make_form(qtbot, seed)
    layout = field(form, "layout")
    assert isinstance(layout, QComboBox)
    assert [layout.itemText(i) for i in range(layout.count())] == ["default", "page", "post"]
    layout.setFocus()
    qtbot.keyClick(layout, Qt.Key.Key_Up)  # post → page
    assert save_and_read(form) == replaced(original, "layout: post\n", "layout: page\n")


def test_a_vocabulary_learnt_later_reaches_the_open_form(qtbot, seed: Path) -> None:
    session = DocumentSession.open(seed)
    form = FrontMatterForm(session)  # as a tab opened before the site index is ready
    qtbot.addWidget(form)
    form.show()
    layout = field(form, "layout")
    assert layout.count() == 0 and not form.auto_reading_time
    title = field(form, "title")
    title.setFocus()
    title.setText("typing…")  # not committed yet
    form.set_vocabulary(vocabulary_of(seed.parents[1]))
    assert [layout.itemText(i) for i in range(layout.count())] == ["default", "page", "post"]
    assert field(form, "title") is title and title.text() == "typing…"
    # The sample site's posts carry reading_time, but what the writer wrote stays theirs.
    assert not form.auto_reading_time
    assert "hana — 佐藤 花" in [field(form, "author").itemText(i) for i in range(3)]


def test_author_combo_offers_data_file_authors(qtbot, seed: Path) -> None:
    original = seed.read_bytes()
    form = make_form(qtbot, seed)
    author = field(form, "author")
    assert isinstance(author, QComboBox)
    assert author.itemText(0) == "hana — 佐藤 花"
    author.setCurrentIndex(0)
    author.activated.emit(0)
    expected = replaced(original, 'author: "ALLFORCES編集部"\n', 'author: "hana"\n')
    assert save_and_read(form) == expected


def test_add_a_boolean_field_then_toggle_and_remove_it(qtbot, seed: Path) -> None:
    original = seed.read_bytes()
    form = make_form(qtbot, seed)
    form.add_key.setFocus()
    qtbot.keyClicks(form.add_key, "comments")
    qtbot.keyClick(form.add_key, Qt.Key.Key_Return)
    box = field(form, "comments")
    assert isinstance(box, QCheckBox)
    qtbot.waitUntil(box.hasFocus)  # the new field takes the keyboard focus
    qtbot.keyClick(box, Qt.Key.Key_Space)
    with_field = replaced(original, "reading_time: 16\n", "reading_time: 16\ncomments: true\n")
    assert save_and_read(form) == with_field
    qtbot.mouseClick(form.findChild(QWidget, "remove_comments"), Qt.MouseButton.LeftButton)
    assert "comments" not in form.rows
    assert save_and_read(form) == original


def test_ctrl_z_in_the_form_undoes_whole_field_edits(qtbot, seed: Path) -> None:
    original = seed.read_bytes()
    form = make_form(qtbot, seed)
    title = field(form, "title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "First")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    reading = field(form, "reading_time")
    reading.setFocus()
    qtbot.keyClick(reading, Qt.Key.Key_Up)
    qtbot.keyClick(reading, Qt.Key.Key_Return)
    assert "reading_time: 17\n" in form.session.front_matter_text
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "reading_time: 16\n" in form.session.front_matter_text
    assert title.text() == "First"
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == "Llama 4の性能向上、その真意は何でしょうか？"
    assert save_and_read(form) == original
    qtbot.keyClick(
        title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert title.text() == "First"


def test_ctrl_z_undoes_typing_before_field_edits(qtbot, seed: Path) -> None:
    form = make_form(qtbot, seed)
    title = field(form, "title")
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, "!!")
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == "Llama 4の性能向上、その真意は何でしょうか？"
    assert form.undo_stack.count() == 0


def test_source_toggle_edits_the_same_document(qtbot, seed: Path) -> None:
    form = make_form(qtbot, seed)
    qtbot.mouseClick(form.source_toggle, Qt.MouseButton.LeftButton)
    source = form.source.editor
    assert source.isVisible() and source.toPlainText() == form.session.front_matter_text
    cursor = source.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    source.setTextCursor(cursor)
    qtbot.keyClicks(source, "tags2: [oops")
    qtbot.waitUntil(lambda: form.session.post.error is not None)
    assert form.source.error_label.isVisible()
    assert form.source.error_label.text().startswith("Line ")
    assert not form.error_label.isVisible()  # the source view shows the error once
    qtbot.mouseClick(form.source_toggle, Qt.MouseButton.LeftButton)  # back to the fields
    assert form.error_label.isVisible() and not form.fields_page.isEnabled()
    assert form.error_label.text().startswith(form.source.error_label.text().split(":")[0])
    qtbot.mouseClick(form.source_toggle, Qt.MouseButton.LeftButton)
    assert source.hasFocus()
    qtbot.keyClicks(source, "]")
    qtbot.waitUntil(lambda: form.session.post.error is None)
    assert not form.source.error_label.isVisible()
    qtbot.mouseClick(form.source_toggle, Qt.MouseButton.LeftButton)
    assert form.fields_page.isEnabled()
    assert field(form, "tags2").values() == ["oops"]


def test_refused_edit_shows_the_message_and_keeps_the_text(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "anchors.md"
    path.write_text("---\ntitle: t\ntags: &shared [x]\nkeywords: *shared\n---\nBody\n", "utf-8")
    original = path.read_bytes()
    form = make_form(qtbot, path)
    tags = field(form, "tags")
    assert isinstance(tags, ChipEditor)
    tags.input.setFocus()
    qtbot.keyClicks(tags.input, "y")
    qtbot.keyClick(tags.input, Qt.Key.Key_Return)
    message = form.findChild(QWidget, "message_tags")
    assert message.isVisible() and "cannot be written" in message.text()
    assert tags.values() == ["x"]
    assert save_and_read(form) == original


def test_checks_are_shown_next_to_fields(qtbot, seed: Path) -> None:
    form = make_form(qtbot, seed)
    title = field(form, "title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    qtbot.keyClick(title, Qt.Key.Key_Return)
    message = form.findChild(QWidget, "message_title")
    assert message.isVisible() and message.text() == "The title is empty."
    date = field(form, "date")
    date.editor.setDateTime(QDateTime(QDate(2026, 2, 1), QTime(9, 0)))
    date.editor.editingFinished.emit()
    date_message = form.findChild(QWidget, "message_date").text()
    assert "in the future" in date_message
    assert "The file name says 2025-12-28 but the date is 2026-02-01." in date_message
    assert form.session.is_dirty  # a warning never blocks the edit or the save
    form.session.save()


def test_generate_excerpt_from_body(qtbot, seed: Path) -> None:
    form = make_form(qtbot, seed)
    qtbot.mouseClick(form.findChild(QWidget, "generateExcerpt"), Qt.MouseButton.LeftButton)
    # The first line repeats the title: the excerpt is the first real paragraph, cut at
    # the last sentence end within 120 characters.
    expected = (
        "いやー、皆さん、Llama 4のニュース、もうチェックしました？「汎用性向上で40%性能UP」"
        "なんて見出しが躍って、AI業界もまた賑やかになってきましたね。"
    )
    assert form.session.post.front_matter["excerpt"] == expected
    assert field(form, "excerpt").toPlainText() == expected


def test_reading_time_follows_the_body_unless_turned_off(qtbot, seed: Path) -> None:
    form = make_form(qtbot, seed)
    qtbot.mouseClick(form.findChild(QCheckBox, "readingTimeAuto"), Qt.MouseButton.LeftButton)
    form.session.set_body("短い本文です。\n")
    form.body_changed()
    qtbot.waitUntil(lambda: form.session.post.front_matter["reading_time"] == 1)
    assert field(form, "reading_time").value() == 1
    qtbot.mouseClick(form.findChild(QCheckBox, "readingTimeAuto"), Qt.MouseButton.LeftButton)
    form.session.set_body("長い本文。" * 2000)
    form.body_changed()
    assert not form._reading_timer.isActive()  # nothing scheduled
    assert form.session.post.front_matter["reading_time"] == 1


def test_reading_time_counts_a_long_body_like_the_formula(qtbot, seed: Path) -> None:
    form = make_form(qtbot, seed)
    qtbot.mouseClick(form.findChild(QCheckBox, "readingTimeAuto"), Qt.MouseButton.LeftButton)
    body = form.session.body
    for extra in (
        "",
        "\n\n追加の段落です。" * 900,
        "\n\n```\ncode\n```\n" + "English words " * 500,
    ):
        form.session.set_body(body + extra)
        form.update_reading_time()  # counted paragraph by paragraph, kept between updates
        expected = form.site_reading_formula().minutes(body + extra)
        assert form.session.post.front_matter["reading_time"] == expected
    assert expected > 1


def test_nested_values_are_read_only_with_a_way_to_the_source(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "nested.md"
    path.write_text("---\ntitle: t\nimage:\n  path: /a.png\n  alt: A\n---\n", "utf-8")
    form = make_form(qtbot, path)
    image = field(form, "image")
    assert "path: /a.png" in image.label.text()
    qtbot.mouseClick(image.button, Qt.MouseButton.LeftButton)
    assert form.source_toggle.isChecked() and form.source.isVisible()


def test_every_field_is_reachable_by_keyboard(qtbot, seed: Path) -> None:
    form = make_form(qtbot, seed)
    for key in form.rows:
        widget = field(form, key)
        target = widget.focusProxy() or widget
        assert target.focusPolicy() & Qt.FocusPolicy.TabFocus, key


def test_window_saves_a_form_edit(window: MainWindow, qtbot, tmp_path: Path) -> None:
    site = copy_sample(tmp_path)
    post = site / "_posts" / "2025-11-16-kyoto-autumn.md"
    original = post.read_bytes()
    editor = window.open_post(post)
    assert editor is not None
    form = window.findChild(QWidget, "frontMatterForm")
    title = form.findChild(QLineEdit, "field_title")
    title.setFocus()
    title.selectAll()
    commit_japanese(title, "秋の朝")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isWindowModified)
    window.actionSave.trigger()
    old = 'title: "京都の秋、朝の散歩で見つけたもの"\n'
    assert post.read_bytes() == replaced(original, old, 'title: "秋の朝"\n')


def test_undo_keeps_a_later_reading_time_update(qtbot, seed: Path) -> None:
    original = seed.read_bytes()
    form = make_form(qtbot, seed)
    title = field(form, "title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Changed")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    form.session.set_body("短い本文です。\n")
    form.update_reading_time()
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == "Llama 4の性能向上、その真意は何でしょうか？"
    form.session.set_body(form.session.body)  # unchanged body
    saved = save_and_read(form)
    head = original.split(b"\n---\n", 1)[0]
    assert saved.split(b"\n---\n", 1)[0] == head.replace(b"reading_time: 16", b"reading_time: 1")


def test_source_edits_are_one_undo_step_in_the_form(qtbot, seed: Path) -> None:
    form = make_form(qtbot, seed)
    before = form.session.front_matter_text
    qtbot.mouseClick(form.source_toggle, Qt.MouseButton.LeftButton)
    source = form.source.editor
    cursor = source.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    source.setTextCursor(cursor)
    qtbot.keyClicks(source, "draft: true")
    form.source.apply()
    qtbot.keyClick(source, Qt.Key.Key_Return)
    qtbot.keyClicks(source, "toc: false")
    qtbot.mouseClick(form.source_toggle, Qt.MouseButton.LeftButton)  # applies what is typed
    assert isinstance(field(form, "toc"), QCheckBox)
    assert form.undo_stack.count() == 1
    field(form, "title").setFocus()
    qtbot.keyClick(field(form, "title"), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.session.front_matter_text == before
    assert "draft" not in form.rows


def test_a_post_without_front_matter_gets_a_block_when_a_field_is_added(qtbot, tmp_path) -> None:
    path = tmp_path / "plain.md"
    path.write_bytes(b"Just a body.\n")
    session = DocumentSession.open(path)
    form = FrontMatterForm(session)
    qtbot.addWidget(form)
    assert form.rows == {}
    form.add_key.setText("title")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    commit_japanese(field(form, "title"), "題名")
    field(form, "title").editingFinished.emit()
    assert save_and_read(form) == '---\ntitle: "題名"\n---\nJust a body.\n'.encode()


def test_find_child_finds_only_live_rows(qtbot, seed: Path) -> None:
    form = make_form(qtbot, seed)
    form.add_field("draft")  # rebuilds every row
    assert form.findChild(QLineEdit, "field_title") is form.editor("title")
    assert len(form.findChildren(QLineEdit, "field_title")) == 1


def test_preview_header_follows_a_field_edit(window: MainWindow, qtbot, tmp_path: Path) -> None:
    site = copy_sample(tmp_path)
    editor = window.open_post(site / "_posts" / "2025-11-16-kyoto-autumn.md")
    assert editor is not None
    header = "document.getElementById('post-header').innerText"
    qtbot.waitUntil(
        lambda: "京都の秋" in (run_js(window.preview, qtbot, header) or ""), timeout=10000
    )
    title = editor.front_matter_form.editor("title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Autumn mornings")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "Autumn mornings" in (run_js(window.preview, qtbot, header) or ""), timeout=10000
    )


def test_saving_commits_a_field_still_being_typed(window: MainWindow, qtbot, tmp_path) -> None:
    site = copy_sample(tmp_path)
    post = site / "_posts" / "2025-11-16-kyoto-autumn.md"
    original = post.read_bytes()
    editor = window.open_post(post)
    assert editor is not None
    title = editor.front_matter_form.editor("title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Typed, not finished")
    qtbot.keyClick(title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # still focused
    old = 'title: "京都の秋、朝の散歩で見つけたもの"\n'
    assert post.read_bytes() == replaced(original, old, 'title: "Typed, not finished"\n')
    assert not window.isWindowModified()


def test_saving_commits_typed_source_and_chip_text(qtbot, seed: Path) -> None:
    original = seed.read_bytes()
    form = make_form(qtbot, seed)
    tags = field(form, "tags")
    tags.input.setFocus()
    qtbot.keyClicks(tags.input, "Nvidia")
    expected = SEED_TAGS.replace('"LLM"]', '"LLM", "Nvidia"]')
    assert save_and_read(form) == replaced(original, SEED_TAGS, expected)
    form.show_source(True)
    form.source.editor.setPlainText(form.session.front_matter_text + "toc: true")
    saved = save_and_read(form)
    assert saved.endswith(b"reading_time: 16\ntoc: true\n---\n" + original.split(b"\n---\n", 1)[1])


def test_add_field_completes_site_keys_and_learns_their_kind(qtbot, tmp_path: Path) -> None:
    site = copy_sample(tmp_path)
    draft = site / "_drafts" / "winter-stationery.md"
    original = draft.read_bytes()
    form = make_form(qtbot, draft)
    form.add_key.setFocus()
    qtbot.keyClicks(form.add_key, "cat")
    popup = form.add_key.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "categories"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    categories = field(form, "categories")
    assert isinstance(categories, ChipEditor)  # a list in the site's other posts
    assert list(form.rows) == ["layout", "title", "tags", "author", "categories"]
    qtbot.waitUntil(lambda: form.add_key.text() == "")
    qtbot.waitUntil(categories.input.hasFocus)
    qtbot.keyClicks(categories.input, "sanpo")  # romaji for 散歩
    qtbot.waitUntil(categories.completer.popup().isVisible)
    qtbot.keyClick(categories.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(categories.completer.popup(), Qt.Key.Key_Return)
    expected = original.replace(b"author: hana\n", "author: hana\ncategories: [散歩]\n".encode())
    assert save_and_read(form) == expected


def test_toml_front_matter_keeps_comments_and_styles(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "hugo.md"
    shutil.copyfile(Path(__file__).resolve().parents[2] / "data/posts/hugo-toml.md", path)
    original = path.read_bytes()
    form = make_form(qtbot, path)
    draft = field(form, "draft")
    assert isinstance(draft, QCheckBox)
    draft.setFocus()
    qtbot.keyClick(draft, Qt.Key.Key_Space)
    tags = field(form, "tags")
    tags.input.setFocus()
    qtbot.keyClicks(tags.input, "site,")
    expected = replaced(original, "draft = false  # not yet", "draft = true  # not yet")
    expected = replaced(expected, "tags = [\"hugo\", 'toml']", 'tags = ["hugo", \'toml\', "site"]')
    assert save_and_read(form) == expected
    assert isinstance(field(form, "params"), QWidget) and form.rows["params"].kind == "mapping"


def test_a_written_reading_time_is_never_rewritten_unless_turned_on(qtbot, seed: Path) -> None:
    form = make_form(qtbot, seed)
    assert not form.auto_reading_time
    form.session.set_body(form.session.body.replace("いやー", "いや", 1))  # one edit
    form.body_changed()
    assert not form._reading_timer.isActive()
    assert form.session.post.front_matter["reading_time"] == 16


def test_turned_on_it_follows_the_sites_own_formula(qtbot, tmp_path: Path) -> None:
    """The seed's 16 is raw body characters ÷ 500 rounded up; Kiji's own count says 15."""
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text("title: blog\n", "utf-8")
    seed = tmp_path / "_posts" / SEED.name
    shutil.copyfile(SEED, seed)
    form = make_form(qtbot, seed)
    formula = form.site_reading_formula()
    assert (formula.basis, formula.cjk_chars_per_minute) == ("raw", 500)
    qtbot.mouseClick(form.findChild(QCheckBox, "readingTimeAuto"), Qt.MouseButton.LeftButton)
    assert form.session.post.front_matter["reading_time"] == 16  # unchanged body: unchanged
    form.session.set_body(form.session.body.replace("いやー", "いや", 1))
    form.update_reading_time()
    assert form.session.post.front_matter["reading_time"] == 16


def test_without_a_site_formula_the_preferred_rate_is_used(qtbot, tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()  # the form learns from the folder above the post's
    path = tmp_path / "site" / "post.md"
    # 40 by hand: no formula explains it, so the preference is used
    path.write_text("---\ntitle: t\nreading_time: 40\n---\n" + "あ" * 900 + "\n", "utf-8")
    form = make_form(qtbot, path)
    form.set_reading_rates(450, 200)
    form.field_rows.auto_reading_time = True
    form.update_reading_time()
    assert form.session.post.front_matter["reading_time"] == 2  # 900 ÷ 450
    form.set_reading_rates(1000, 200)
    form.update_reading_time()
    assert form.session.post.front_matter["reading_time"] == 1
