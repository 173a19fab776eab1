"""The multi-line field keeps every character of its value."""

from __future__ import annotations

from editor.ui.form.text_fields import LongTextField


def test_a_value_with_invisible_characters_is_not_an_edit(qtbot) -> None:
    value = "100\u00a0円、行\u2028区切り\u2029と\ufeff"
    field = LongTextField(value)
    qtbot.addWidget(field)
    committed: list[object] = []
    field.valueCommitted.connect(committed.append)
    assert not field.has_pending_edit()
    field.commit()  # focus passing through commits nothing
    assert committed == []
    assert field.document().blockCount() == 1
    field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClicks(field, "!")
    field.commit()
    assert committed == [value + "!"]
