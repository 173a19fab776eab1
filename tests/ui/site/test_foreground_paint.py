"""Item views over Python models paint with the background workers paused."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from editor.services.background import in_foreground
from editor.ui.site.foreground_paint import ForegroundTableView, ForegroundTreeView

NO_PARENT = QModelIndex()


class _Spy(QAbstractTableModel):
    """Twenty rows; notes, for each cell's text it is asked for, whether the workers were
    held at that moment."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[bool] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else 20

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            self.held.append(in_foreground())
            return f"{index.row()}:{index.column()}"
        return None


def test_each_cell_is_painted_while_the_workers_are_held(qtbot) -> None:
    for view_class in (ForegroundTableView, ForegroundTreeView):
        model = _Spy()
        view = view_class()
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(300, 400)
        view.show()
        qtbot.waitExposed(view)
        model.held.clear()
        view.grab()  # paints every cell on screen
        assert model.held, view_class  # the cells were painted
        assert all(model.held), view_class
        assert not in_foreground()  # and the workers go on after it


def test_outside_a_paint_the_workers_are_not_held(qtbot) -> None:
    model = _Spy()
    view = ForegroundTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.held.clear()
    model.index(3, 1).data()
    assert model.held == [False]
