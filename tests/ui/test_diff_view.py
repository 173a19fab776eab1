"""The compare dialog opens at the first difference, not at the top."""

from __future__ import annotations

from editor.ui.diff_view import DiffDialog


def test_the_dialog_opens_scrolled_to_the_first_change(qtbot) -> None:
    left = "\n".join(f"line {n}" for n in range(400))
    right = left.replace("line 300", "line three hundred")
    dialog = DiffDialog(left, right, "On disk", "In Kiji")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.view.table
    qtbot.waitUntil(lambda: table.verticalScrollBar().value() > 0)
    top = table.cursorForPosition(table.viewport().rect().topLeft()).block().text()
    bottom = table.cursorForPosition(table.viewport().rect().bottomLeft()).block().text()
    shown = table.toPlainText()
    assert shown.index(top) < shown.index("line three hundred") < shown.index(bottom)
