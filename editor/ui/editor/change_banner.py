"""The bar above a post that says its file changed or vanished on disk, and offers choices.

Nothing is decided for the writer: the banner stays until a button is pressed.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class BannerKind(Enum):
    """What happened to the file."""

    CONFLICT = "conflict"  # changed on disk while the tab has unsaved changes
    SAVE_CONFLICT = "save-conflict"  # found when saving: the disk is not what was read
    DELETED = "deleted"  # deleted, moved or renamed on disk


class ChangeBanner(QFrame):
    """One banner; emits the writer's choice and then closes (Compare keeps it open)."""

    reloadRequested = Signal()
    keepMineRequested = Signal()
    compareRequested = Signal()
    saveRequested = Signal()
    saveAsRequested = Signal()
    closed = Signal()

    def __init__(self, kind: BannerKind, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName("changeBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#changeBanner { background: #fff4ce; border: 1px solid #e0c060; }"
            "#changeBanner QLabel { color: #3d3000; }"
        )
        self.message = QLabel(self._message_for(kind, file_name), self)
        self.message.setObjectName("bannerMessage")
        self.message.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        self.buttons: dict[str, QPushButton] = {}
        if kind is BannerKind.DELETED:
            self._button("save", self.tr("Save"), self.saveRequested, layout)
            self._button("saveAs", self.tr("Save As…"), self.saveAsRequested, layout)
        else:
            self._button("reload", self.tr("Reload (Discard Mine)"), self.reloadRequested, layout)
            keep = self.tr("Keep Mine and Save") if kind is BannerKind.SAVE_CONFLICT else None
            self._button("keep", keep or self.tr("Keep Mine"), self.keepMineRequested, layout)
            self._button("compare", self.tr("Compare…"), self.compareRequested, layout)

    def _message_for(self, kind: BannerKind, name: str) -> str:
        if kind is BannerKind.DELETED:
            return self.tr(
                "“{0}” was deleted or moved on disk. Your text is still here; save it to keep it."
            ).format(name)
        if kind is BannerKind.SAVE_CONFLICT:
            return self.tr(
                "“{0}” was changed on disk by another program since you opened it. "
                "Saving now would overwrite that change."
            ).format(name)
        return self.tr(
            "“{0}” was changed on disk by another program, and you have unsaved changes here."
        ).format(name)

    def _button(self, name: str, text: str, signal: SignalInstance, layout: QHBoxLayout) -> None:
        button = QPushButton(text, self)
        button.setObjectName(f"{name}Button")
        closes = name != "compare"
        button.clicked.connect(lambda: self._choose(signal, closes))
        layout.addWidget(button)
        self.buttons[name] = button

    def _choose(self, signal: SignalInstance, closes: bool) -> None:
        if closes:
            self.dismiss()
        signal.emit()

    def dismiss(self) -> None:
        """Close the banner without a choice (e.g. the situation resolved itself)."""
        if self.property("dismissed"):
            return
        self.setProperty("dismissed", True)
        self.hide()
        self.closed.emit()
        self.deleteLater()
