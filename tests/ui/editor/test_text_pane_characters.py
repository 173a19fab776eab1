"""Every character the writer had survives the real text pane: open, type elsewhere, save.

Each test writes a real post file, opens it in a real :class:`PostEditor`, types into an
unrelated line with real key events, saves through the session and compares the file's
other lines byte for byte.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from editor.services.document import DocumentSession
from editor.ui.editor.find_bar import FindBar
from editor.ui.editor.invisible_marks import mark_color, visible_marks
from editor.ui.editor.post_editor import PostEditor
from editor.ui.editor.text_pane import TextPane
from editor.ui.window.theme import dark_palette, light_palette

FRONT = '---\nlayout: post\ntitle: "紅葉"\n---\n'
EDIT_LINE = "edit here"
TYPED = " typed"

CLASSES = {
    "no-break space": "10\u00a0km と 100\u00a0円",
    "other spaces": "thin\u2009narrow\u202fmath\u205fideographic\u3000en\u2002em\u2003",
    "zero-width joiners": "a\u200db\u200cc\u200bd\u2060e",
    "C0 controls": "bell\x07 esc\x1b vt\x0b ff\x0c soh\x01 us\x1f",  # NUL: a binary file
    "C1 controls and DEL": "nel\x85 csi\x9b del\x7f",
    "astral plane": "😀 𠮷野家 👨\u200d👩\u200d👧 \U0001f3f4\U000e0067\U000e0062\U000e007f 𝒳",
    "combining marks": "e\u0301 か\u3099 a\u0323\u0302 ﾊﾟ",
    "bidi controls": "abc\u202edef\u202c \u2066x\u2069 \u200fy\u200e \u061cz",
    "line and paragraph separators": "one\u2028two\u2029three",
    "Qt's frame markers and stand-ins": "a\ufdd0b\ufdd1c\ufde1d\ufdefe\ufffe",
    "format characters": "soft\u00adhyphen bom\ufeff anno\ufff9x\ufffb",
    "private use": "icon \ue001 \U000f0001",
}


def write_post(folder: Path, line: str) -> Path:
    path = folder / "2025-01-01-chars.md"
    text = f"{FRONT}first line\n{line}\n\n{line} again\n{EDIT_LINE}\nlast\n"
    path.write_bytes(text.encode("utf-8"))
    return path


def open_editor(qtbot, path: Path) -> PostEditor:
    editor = PostEditor(DocumentSession.open(path))
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    return editor


def type_on_edit_line(qtbot, editor: PostEditor) -> None:
    """Real key events: Ctrl+End, up two lines to "edit here", End, then type."""
    pane = editor.text_pane
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pane, Qt.Key.Key_Up)
    qtbot.keyClick(pane, Qt.Key.Key_Up)
    qtbot.keyClick(pane, Qt.Key.Key_End)
    qtbot.keyClicks(pane, TYPED)


def check_only_the_edit_line_changed(before: bytes, after: bytes) -> None:
    old, new = before.split(b"\n"), after.split(b"\n")
    assert len(new) == len(old)
    edited = old.index(EDIT_LINE.encode())
    for number, (was, now) in enumerate(zip(old, new, strict=True)):
        if number == edited:
            assert now == was + TYPED.encode()
        else:
            assert now == was, f"line {number + 1} changed"


@pytest.mark.parametrize("line", list(CLASSES.values()), ids=list(CLASSES))
def test_typing_elsewhere_keeps_every_character(qtbot, tmp_path: Path, line: str) -> None:
    path = write_post(tmp_path, line)
    before = path.read_bytes()
    editor = open_editor(qtbot, path)
    pane = editor.text_pane
    assert pane.body_text() == editor.session.body
    # Every body line is one line in the pane (U+2028/U+2029 do not break it).
    assert pane.document().blockCount() == editor.session.body.count("\n") + 1
    assert not editor.session.is_dirty
    type_on_edit_line(qtbot, editor)
    assert editor.session.is_dirty
    editor.session.save()
    check_only_the_edit_line_changed(before, path.read_bytes())


def test_an_unedited_post_saves_back_the_same_bytes(qtbot, tmp_path: Path) -> None:
    path = write_post(tmp_path, "".join(CLASSES.values()))
    before = path.read_bytes()
    editor = open_editor(qtbot, path)
    editor.text_pane.highlighter.rehighlight()
    assert not editor.session.is_dirty
    editor.session.save()
    assert path.read_bytes() == before


LINE_CHARACTERS = st.sampled_from(
    list("aZ 紅葉、。\t")
    + list("\u00a0\u2009\u202f\u3000\u200b\u200c\u200d\u2060\u202e\u202c\u2066\u2069\u200f")
    + list("\x01\x07\x0b\x0c\x1b\x1f\x7f\x85\x9f\u2028\u2029\ufeff\u00ad\ufdd0\ufdd1")
    + list("\ufde0\ufde1\ufdef\ufffe\ue000\u0301\u3099😀𠮷\U000e0067\U0010fffd")
)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(LINE_CHARACTERS, max_size=12), min_size=1, max_size=5))
def test_random_text_survives_open_edit_save(qtbot, tmp_path_factory, lines) -> None:
    folder = tmp_path_factory.mktemp("post")
    path = folder / "2025-01-01-random.md"
    text = FRONT + "\n".join(lines) + f"\n{EDIT_LINE}\nlast\n"
    path.write_bytes(text.encode("utf-8"))
    before = path.read_bytes()
    editor = open_editor(qtbot, path)
    try:
        type_on_edit_line(qtbot, editor)
        editor.session.save()
        check_only_the_edit_line_changed(before, path.read_bytes())
    finally:
        editor.close()
        editor.deleteLater()


# -- positions: Qt counts UTF-16 units ---------------------------------------------------
@pytest.fixture
def pane(qtbot) -> TextPane:
    pane = TextPane()
    qtbot.addWidget(pane)
    pane.resize(700, 400)
    pane.show()
    return pane


def test_highlighting_lands_on_its_text_after_an_emoji(pane: TextPane) -> None:
    pane.set_text_quietly("😀𠮷 **bold** rest")
    ranges = pane.document().firstBlock().layout().formats()
    bold = [r for r in ranges if r.format.fontWeight() > 500]
    assert [(r.start, r.length) for r in bold] == [(5, 8)]  # "**bold**" after 4 + 1 units


def test_find_selects_the_match_after_astral_characters(qtbot, pane: TextPane) -> None:
    find = FindBar()
    qtbot.addWidget(find)
    find.set_pane(pane)
    pane.set_text_quietly("😀 紅葉 👨\u200d👩 紅葉\u00a0です")
    find.open_find(replace=True)
    find.find_field.setText("紅葉")
    find.refresh()
    find.find_next()
    find.find_next()
    assert pane.textCursor().selectedText() == "紅葉"
    assert pane.textCursor().selectionStart() == len("😀 紅葉 👨\u200d👩 ".encode("utf-16-le")) // 2
    find.replace_field.setText("もみじ")
    assert find.replace_all() == 2
    assert pane.body_text() == "😀 もみじ 👨\u200d👩 もみじ\u00a0です"


def test_bold_and_enter_after_an_emoji(qtbot, pane: TextPane) -> None:
    pane.set_text_quietly("😀x")
    pane.selectAll()
    pane.run_edit("bold")
    assert pane.body_text() == "**😀x**"
    assert pane.textCursor().selectedText() == "😀x"
    pane.set_text_quietly("- 😀 item")
    pane.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert pane.body_text() == "- 😀 item\n- "


def test_copy_and_paste_keep_the_characters(qtbot, pane: TextPane) -> None:
    text = "a\u00a0b\u2028c\u2029d\ufdd0e😀"
    pane.set_text_quietly(text)
    pane.selectAll()
    pane.copy()
    assert QGuiApplication.clipboard().text() == text
    other = TextPane()
    qtbot.addWidget(other)
    other.paste()
    assert other.body_text() == text
    assert other.document().blockCount() == 1


def test_jump_to_a_body_offset_after_astral_characters(pane: TextPane) -> None:
    pane.set_text_quietly("😀😀 target")
    cursor = pane.textCursor()
    cursor.setPosition(pane.position_of_body_offset(3))
    cursor.setPosition(pane.position_of_body_offset(9), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "target"


# -- the faint marks ------------------------------------------------------------------------
def test_invisible_characters_get_faint_marks(qtbot, pane: TextPane) -> None:
    pane.set_text_quietly("plain line\n10\u00a0km\na\u200db\none\u2028two\nbell\x07")
    qtbot.wait(10)
    marks = visible_marks(pane)
    assert [mark.char for mark in marks] == ["\u00a0", "\u200d", "\u2028", "\x07"]
    nbsp, joiner, separator, _bell = marks
    assert nbsp.rect.width() > 2  # a box the width of the space
    assert joiner.rect.width() < 1  # zero width: a bar
    assert separator.label == "\u21b5"
    lines = [pane.document().findBlockByNumber(n) for n in (1, 2, 3, 4)]
    tops = [pane.blockBoundingGeometry(b).translated(pane.contentOffset()).top() for b in lines]
    assert [round(mark.rect.top()) for mark in marks] == [round(top) for top in tops]
    # The font's missing-glyph box of the control is hidden under its mark.
    block = pane.document().findBlockByNumber(4)
    hidden = [r for r in block.layout().formats() if r.start == 4]
    assert hidden and hidden[0].format.foreground().color().alpha() == 0


def test_marks_follow_the_theme(pane: TextPane) -> None:
    pane.setPalette(light_palette())
    light = mark_color(pane)
    pane.setPalette(dark_palette())
    dark = mark_color(pane)
    assert 0 < light.alphaF() < 1 and 0 < dark.alphaF() < 1
    assert light.lightness() < 128 < dark.lightness()  # faint text colour on either base
