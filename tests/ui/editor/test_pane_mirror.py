"""The text pane's edit-by-edit copy of its text always equals the document's raw text.

Random sequences of real edits (typing, deleting, pasting multi-line text, undo, redo,
re-highlighting, replacing the whole text) go through a real :class:`TextPane`; after
each one the mirror must equal ``toRawText()`` exactly, since the saved file is made
from it.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor

from editor.core.render.placeholders import from_pane_text
from editor.ui.editor.text_pane import TextPane

_CHARS = st.sampled_from([*"ab あ#*-`>\n", "\u00a0", "\u3000", "😀", "\ufde1", "e\u0301"])
_TEXT = st.lists(_CHARS, max_size=12).map("".join)
_OPS = st.lists(
    st.one_of(
        st.tuples(st.just("insert"), st.floats(0, 1), _TEXT),
        st.tuples(st.just("delete"), st.floats(0, 1), st.integers(1, 6)),
        st.tuples(st.just("undo"), st.just(0.0), st.just("")),
        st.tuples(st.just("redo"), st.just(0.0), st.just("")),
        st.tuples(st.just("rehighlight"), st.just(0.0), st.just("")),
        st.tuples(st.just("replace"), st.just(0.0), _TEXT),
        st.tuples(st.just("load"), st.just(0.0), _TEXT),
    ),
    max_size=25,
)


def _truth(pane: TextPane) -> str:
    return pane.document().toRawText().replace("\u2029", "\n")


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(_TEXT, _OPS)
def test_the_mirror_follows_every_edit(
    qapp: object, start: str, ops: list[tuple[str, float, object]]
) -> None:
    """After each real edit the pane text equals the document's raw text."""
    pane = TextPane()
    pane.set_text_quietly(start)
    assert pane.pane_text() == _truth(pane)
    for kind, where, payload in ops:
        size = pane.document().characterCount() - 1
        cursor = pane.textCursor()
        cursor.setPosition(min(size, int(where * size)))
        if kind == "insert":
            cursor.insertText(str(payload))
        elif kind == "delete":
            end = min(size, cursor.position() + int(str(payload)))
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        elif kind == "undo":
            pane.undo()
        elif kind == "redo":
            pane.redo()
        elif kind == "rehighlight":
            pane.highlighter.rehighlight()
        elif kind == "load":  # opening a post: the mirror starts from the text given
            pane.set_text_quietly(str(payload))
        else:
            pane.setPlainText(str(payload))
        assert pane.pane_text() == _truth(pane)
        # The body skips the search for stand-ins only while there truly is none.
        assert pane.body_text() == from_pane_text(_truth(pane))
    pane.deleteLater()


def test_opening_a_post_starts_the_mirror_from_its_text(qapp: object, monkeypatch) -> None:
    # The text given is what the document holds: no conversion of the whole document
    # (7 ms at 1M characters) when the proofreader and the preview first ask for it.
    pane = TextPane()
    document = pane.document()
    body = "".join(f"## 見出し {n}\n\n本文 **{n}**\u00a0と\r`code`。\n\n" for n in range(600))
    pane.set_text_quietly(body)
    truth = _truth(pane)

    def no_conversion() -> str:
        raise AssertionError("the whole document was converted")

    monkeypatch.setattr(document, "toRawText", no_conversion)
    assert pane.pane_text() == truth
    assert pane.body_text() == body
    pane.textCursor().insertText("追記")
    assert pane.body_text() == "追記" + body
    monkeypatch.undo()
    pane.deleteLater()


def test_surrogates_from_a_journal_are_not_trusted_to_the_mirror(qapp: object) -> None:
    # Recovered text can hold surrogates (the journal keeps them): Qt drops a lone one
    # and joins a pair, so the mirror must read what the document holds instead.
    for text in ("a\ud800b 本文", "x\ud83d\ude00y", "ok\udc80"):
        pane = TextPane()
        pane.set_text_quietly(text)
        assert pane.pane_text() == _truth(pane)
        pane.deleteLater()


def test_a_save_writes_the_document_even_if_the_mirror_went_wrong(window, site, qtbot) -> None:
    post = site / "_posts" / "2025-11-16-kyoto-autumn.md"
    editor = window.open_post(post)
    editor.text_pane.insertPlainText("秋")
    shown = editor.text_pane.converted_body_text()
    mirror = editor.text_pane._mirror
    wrong = "X" + mirror.pane_text()[1:]  # same length, other text: a mirror gone wrong
    mirror._text = wrong
    editor.session.set_body(editor.text_pane.body_text())
    assert window.save()
    assert post.read_text(encoding="utf-8").endswith(shown)
    assert editor.text_pane.pane_text() != wrong  # thrown away, read again
