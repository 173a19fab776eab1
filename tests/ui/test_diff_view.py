"""The compare dialog opens at the first difference, not at the top."""

from __future__ import annotations

from editor.ui.diff_view import DiffDialog, DiffView


def test_first_difference_row() -> None:
    view = DiffView()
    view.set_texts("a\nb\nc", "a\nb\nC", "Disk", "Kiji")
    assert view.first_difference() == 2
    view.set_texts("same", "same", "Disk", "Kiji")
    assert view.first_difference() is None


def test_the_dialog_opens_scrolled_to_the_first_change(qtbot) -> None:
    left = "\n".join(f"line {n}" for n in range(400))
    right = left.replace("line 300", "line three hundred")
    dialog = DiffDialog(left, right, "On disk", "In Kiji")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for pane in (dialog.view.left, dialog.view.right):
        qtbot.waitUntil(lambda p=pane: p.verticalScrollBar().value() > 0)
        top = pane.firstVisibleBlock().blockNumber()
        assert top < 300 < top + 60  # the change is on screen, with context above
        assert pane.textCursor().blockNumber() == 300
