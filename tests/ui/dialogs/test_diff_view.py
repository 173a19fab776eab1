"""The compare dialog opens at the first difference, not at the top."""

from __future__ import annotations

from editor.ui.dialogs.diff_view import DiffDialog


def test_the_dialog_opens_scrolled_to_the_first_change(qtbot) -> None:
    left = "\n".join(f"line {n}" for n in range(400))
    right = left.replace("line 300", "line three hundred")
    dialog = DiffDialog(left, right, "On disk", "In Kiji")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    bar = dialog.view.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)
    # The change is three quarters down: the view starts there, not at line 1.
    assert 0.6 * bar.maximum() < bar.value() <= bar.maximum()
