"""End to end: a real window, a real preview, real files in a temporary site."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from editor.ui.preview.preview import PreviewView
from editor.ui.window.main_window import MainWindow
from tests.ui.helpers import content_text, run_js, wait_for_content

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"


def test_contract_names(window: MainWindow, site: Path) -> None:
    window.open_post(site / KYOTO)
    assert isinstance(window.findChild(QPlainTextEdit, "textPane"), QPlainTextEdit)
    assert isinstance(window.findChild(PreviewView, "preview"), PreviewView)
    assert window.actionSave.objectName() == "actionSave"


def test_opening_focuses_the_start_of_the_body(window: MainWindow, site: Path, qtbot) -> None:
    editor = window.open_post(site / KYOTO)
    assert editor is not None
    qtbot.waitUntil(lambda: editor.text_pane.hasFocus())
    assert editor.text_pane.textCursor().position() == 0
    assert editor.text_pane.toPlainText().startswith("\n朝六時")


def test_type_preview_save(window: MainWindow, site: Path, qtbot) -> None:
    post = site / KYOTO
    original = post.read_bytes()
    editor = window.open_post(post)
    assert editor is not None
    wait_for_content(window.preview, qtbot, "哲学の道")
    qtbot.keyClicks(editor.text_pane, "Typed in Kiji ")
    editor.text_pane.insertPlainText("紅葉が見頃です。")
    wait_for_content(window.preview, qtbot, "Typed in Kiji 紅葉が見頃です。")
    assert window.isWindowModified()
    assert "[*]" in window.windowTitle() and "kyoto-autumn.md" in window.windowTitle()

    qtbot.keyClick(editor.text_pane, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isWindowModified())
    header, _, body = original.partition(b"\n---\n")
    expected = header + b"\n---\n" + "Typed in Kiji 紅葉が見頃です。".encode() + body
    assert post.read_bytes() == expected


def test_save_action_writes_unchanged_bytes(window: MainWindow, site: Path) -> None:
    post = site / "_posts/2025-12-28-llm-notes.md"
    original = post.read_bytes()
    window.open_post(post)
    window.actionSave.trigger()
    assert post.read_bytes() == original


def test_quit_with_unsaved_changes_asks_and_cancel_keeps_window(
    window: MainWindow, site: Path, qtbot, monkeypatch
) -> None:
    editor = window.open_post(site / KYOTO)
    assert editor is not None
    editor.text_pane.insertPlainText("draft words")
    asked: list[str] = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not window.close()
    assert asked and "kyoto-autumn.md" in asked[0]
    assert window.isVisible()


def test_quit_with_discard_leaves_file_untouched(
    window: MainWindow, site: Path, monkeypatch
) -> None:
    post = site / KYOTO
    original = post.read_bytes()
    editor = window.open_post(post)
    assert editor is not None
    editor.text_pane.insertPlainText("never saved")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()
    assert post.read_bytes() == original


def test_quit_with_save_writes_the_text(window: MainWindow, site: Path, monkeypatch) -> None:
    post = site / KYOTO
    editor = window.open_post(post)
    assert editor is not None
    editor.text_pane.insertPlainText("kept ")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    assert window.close()
    saved = post.read_bytes()
    assert b"\n---\nkept \n" in saved and saved.startswith(b"---\nlayout: post\n")


def test_opening_the_same_post_twice_reuses_its_tab(window: MainWindow, site: Path) -> None:
    first = window.open_post(site / KYOTO)
    second = window.open_post(site / KYOTO)
    assert first is second and window.tabs.count() == 1


def test_non_utf8_post_is_refused_with_a_message(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    post = tmp_path / "sjis.md"
    post.write_bytes("日本語の記事".encode("shift_jis"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert window.open_post(post) is None
    assert shown and "UTF-8" in shown[0]
    assert post.read_bytes() == "日本語の記事".encode("shift_jis")


def test_save_failure_keeps_text_and_reports(window: MainWindow, site: Path, monkeypatch) -> None:
    post = site / KYOTO
    original = post.read_bytes()
    editor = window.open_post(post)
    assert editor is not None
    editor.text_pane.insertPlainText("precious ")
    reported: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: reported.append(a[2]))

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", fail)
    monkeypatch.setattr("editor.core.post.storage.exchange_files", fail)  # the guarded swap
    assert not window.save()
    assert reported and "still here" in reported[0]
    assert post.read_bytes() == original
    assert editor.text_pane.toPlainText().startswith("precious ")
    assert window.isWindowModified()


def test_closing_a_tab_counts_a_field_still_being_typed_in(
    window: MainWindow, site: Path, qtbot, monkeypatch
) -> None:
    from PySide6.QtWidgets import QLineEdit

    editor = window.open_post(site / KYOTO)
    assert editor is not None
    title = editor.findChild(QLineEdit, "field_title")
    title.setFocus()
    title.setText("新しいタイトル")  # typed, not yet committed with Enter or focus change
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel,
    )
    assert not window.close_current_tab()
    assert asked, "the unsaved title must be noticed before the tab closes"


def test_a_theme_change_does_not_touch_an_unedited_post(
    window: MainWindow, site: Path, qtbot
) -> None:
    """Re-highlighting reports itself as a text change; it must not rewrite reading_time."""
    post = site / "_posts/2025-12-28-llm-notes.md"  # reading_time: 4, the counts say 1
    original = post.read_bytes()
    window.set_theme("dark")
    editor = window.open_post(post)
    assert editor is not None
    qtbot.wait(2000)  # longer than the reading-time delay
    assert not editor.session.is_dirty
    assert editor.session.post.text().encode() == original
    window.set_theme("light")


def test_a_json_front_matter_post_lists_with_its_title_and_opens_in_the_form(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    root = tmp_path / "hugo"
    (root / "content" / "posts").mkdir(parents=True)
    (root / "hugo.toml").write_text('title = "t"\n', encoding="utf-8")
    post = root / "content" / "posts" / "json.md"
    text = '{\n  "title": "JSON の記事",\n  "tags": ["hugo"],\n  "draft": false\n}\n本文です。\n'
    post.write_text(text, encoding="utf-8")
    window.open_site(root)
    index = window.site_ui.index
    assert index is not None
    qtbot.waitUntil(index.is_ready, timeout=10000)
    assert [entry.title for entry in index.posts] == ["JSON の記事"]
    editor = window.open_post(post)
    assert editor is not None
    form = editor.front_matter_form
    assert list(form.rows) == ["title", "tags", "draft"]
    assert form.editor("title").text() == "JSON の記事"
    assert editor.text_pane.toPlainText() == "本文です。\n"
    form.set_field("title", "新しい題")
    window.actionSave.trigger()
    assert post.read_text(encoding="utf-8") == text.replace("JSON の記事", "新しい題")


def test_the_form_gets_its_vocabulary_from_the_index_and_follows_it(
    window: MainWindow, site: Path, qtbot
) -> None:
    editor = window.open_post(site / "_posts/2025-12-28-llm-notes.md")
    assert editor is not None
    form = editor.front_matter_form
    index = window.site_ui.index
    assert index is not None and not index.is_ready()
    assert form.vocabulary.tags == {}  # not read from disk by the tab: the index is building
    qtbot.waitUntil(lambda: form.vocabulary is index.vocabulary and bool(form.vocabulary.tags))
    chips = form.editor("tags")
    chips.input.setFocus()
    qtbot.keyClicks(chips.input, "kyo")  # romaji finds 京都
    assert "京都" in chips.completer.model().stringList()  # a tag of another post
    other = site / "_posts/2025-11-16-kyoto-autumn.md"
    text = other.read_text(encoding="utf-8").replace('"写真"', '"新しいタグ"')
    with qtbot.waitSignal(index.vocabularyChanged, timeout=10000):
        other.write_text(text, encoding="utf-8")
    qtbot.waitUntil(lambda: "新しいタグ" in form.vocabulary.tags)


def test_a_page_bundle_tab_is_named_by_its_folder(window, tmp_path) -> None:
    bundle = tmp_path / "content" / "posts" / "kyoto-walk"
    bundle.mkdir(parents=True)
    (bundle / "index.md").write_text("+++\ntitle = '京都'\n+++\n本文\n", encoding="utf-8")
    (tmp_path / "plain.md").write_text("# x\n", encoding="utf-8")
    window.open_post(bundle / "index.md")
    assert window.tabs.tabText(window.tabs.currentIndex()) == "kyoto-walk/index.md"
    assert window.windowTitle().startswith("kyoto-walk/index.md")
    window.open_post(tmp_path / "plain.md")
    assert window.tabs.tabText(window.tabs.currentIndex()) == "plain.md"


def test_a_render_of_the_post_left_behind_never_reaches_the_preview(
    window: MainWindow, site: Path, qtbot, monkeypatch
) -> None:
    """Open a long post and at once another: the first one's render, still running when
    the writer moved on, must not replace what the preview shows of the second."""
    import threading

    from editor.core.render.render import Renderer

    posts = site / "_posts"
    first = posts / "2025-12-01-first.md"
    second = posts / "2025-12-02-second.md"
    first.write_text("---\ntitle: first\n---\nFIRSTPOST 本文\n", encoding="utf-8")
    second.write_text("---\ntitle: second\n---\nSECONDPOST 本文\n", encoding="utf-8")
    rendering_first = threading.Event()
    original = Renderer.render_blocks

    def slow_for_the_first(renderer, body, page=None):  # type: ignore[no-untyped-def]
        if "FIRSTPOST" in body:
            rendering_first.set()
            threading.Event().wait(0.5)  # the writer opens the second meanwhile
        return original(renderer, body, page)

    monkeypatch.setattr(Renderer, "render_blocks", slow_for_the_first)
    shown: list[str] = []
    show_result = window.preview.show_result

    def record(result):  # type: ignore[no-untyped-def]
        shown.append("FIRSTPOST" if "FIRSTPOST" in repr(result.blocks) else "other")
        show_result(result)

    monkeypatch.setattr(window.preview, "show_result", record)
    window.open_post(first)
    qtbot.waitUntil(rendering_first.is_set, timeout=10000)
    window.open_post(second)
    wait_for_content(window.preview, qtbot, "SECONDPOST")
    qtbot.wait(700)  # the first post's render has long finished
    assert "FIRSTPOST" not in shown
    assert "FIRSTPOST" not in content_text(window.preview, qtbot)


def test_a_long_post_previews_its_first_screen_before_its_pane_settles(
    window: MainWindow, site: Path, qtbot, monkeypatch
) -> None:
    """The whole post renders once the pane is drawn and coloured; its top does not wait."""
    from editor.services import background

    monkeypatch.setattr(background, "FOREGROUND_MAX_S", 60.0)  # the test's hold lasts

    paragraphs = "\n\n".join(f"段落{number}の本文です。" * 8 for number in range(400))
    post = site / "_posts" / "2025-12-03-long.md"
    post.write_text(f"---\ntitle: long\n---\nTOPOFPOST\n\n{paragraphs}\n\nENDOFPOST\n", "utf-8")
    editor = window.open_post(post)
    assert editor is not None

    def whole_text() -> str:  # innerText leaves out the blocks the page skips laying out
        return run_js(window.preview, qtbot, "document.getElementById('content').textContent")

    held = background.hold_foreground()  # as if the pane took long to settle
    try:
        wait_for_content(window.preview, qtbot, "TOPOFPOST")
        assert "ENDOFPOST" not in whole_text()
    finally:
        held.release()
    qtbot.waitUntil(lambda: "ENDOFPOST" in (whole_text() or ""), timeout=10000)


def test_going_back_to_an_open_post_previews_it_whole(
    window: MainWindow, site: Path, qtbot, monkeypatch
) -> None:
    """Only a post being opened previews its first screen first: switching tabs back to
    a long post must not cut its preview to the first screen and then grow it again."""
    paragraphs = "\n\n".join(f"段落{number}の本文です。" * 8 for number in range(400))
    long_post = site / "_posts" / "2025-12-03-long.md"
    long_post.write_text(f"---\ntitle: long\n---\n{paragraphs}\n", "utf-8")
    editor = window.open_post(long_post)
    assert editor is not None
    window.open_post(site / KYOTO)
    wait_for_content(window.preview, qtbot, "朝六時")
    sizes: list[int] = []
    show_result = window.preview.show_result

    def record(result):  # type: ignore[no-untyped-def]
        sizes.append(len(result.blocks))
        show_result(result)

    monkeypatch.setattr(window.preview, "show_result", record)
    window.tabs.setCurrentWidget(editor)
    wait_for_content(window.preview, qtbot, "段落0の")
    qtbot.wait(300)
    assert sizes and min(sizes) >= 400
