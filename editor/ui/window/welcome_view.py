"""The welcome view: what an empty window shows instead of blank panes.

Open Site Folder…, the recent sites (one click each) and Open Sample Site, in the
window's central area until a site or a post is open. Its colours are palette
roles, so a theme switch repaints it like every other widget.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

MAX_RECENT = 8


class WelcomeView(QWidget):
    """The empty window's prompt; signals say what the writer picked."""

    openFolderRequested = Signal()
    openSampleRequested = Signal()
    openRecentRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the view with no recent sites; :meth:`set_recent` fills them in."""
        super().__init__(parent)
        self.setObjectName("welcomeView")
        self.setAutoFillBackground(True)
        self._recent_buttons: list[QPushButton] = []

        title = QLabel("Kiji 記事", self)
        title.setObjectName("welcomeTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setWeight(QFont.Weight.Light)
        title.setFont(font)
        self.subtitle = QLabel(
            self.tr("Write the posts of your Jekyll or Hugo site, with a live preview."), self
        )
        self.subtitle.setObjectName("welcomeSubtitle")
        self.subtitle.setWordWrap(True)

        self.openFolderButton = QPushButton(self.tr("Open Site Folder…"), self)
        self.openFolderButton.setObjectName("welcomeOpenFolder")
        self.openFolderButton.setDefault(True)
        self.openFolderButton.clicked.connect(self.openFolderRequested)
        self.openSampleButton = QPushButton(self.tr("Open Sample Site"), self)
        self.openSampleButton.setObjectName("welcomeOpenSample")
        self.openSampleButton.clicked.connect(self.openSampleRequested)
        for button in (self.openFolderButton, self.openSampleButton):
            button.setMinimumHeight(button.sizeHint().height() + 8)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.recent_title = QLabel(self.tr("Recent sites"), self)
        self.recent_title.setObjectName("welcomeRecentTitle")
        bold = QFont(self.recent_title.font())
        bold.setBold(True)
        self.recent_title.setFont(bold)
        self._recent_box = QVBoxLayout()
        self._recent_box.setSpacing(2)
        self.hint = QLabel(
            self.tr(
                "Tip: drop a site folder on this window to open it, "
                "or run kiji PATH from a terminal."
            ),
            self,
        )
        self.hint.setObjectName("welcomeHint")
        self.hint.setWordWrap(True)

        card = QFrame(self)
        card.setObjectName("welcomeCard")
        card.setFixedWidth(480)  # a fixed width lets the wrapped labels take their height
        column = QVBoxLayout(card)
        column.setSpacing(10)
        column.addWidget(title)
        column.addWidget(self.subtitle)
        column.addSpacing(12)
        column.addWidget(self.openFolderButton)
        column.addWidget(self.openSampleButton)
        column.addSpacing(16)
        column.addWidget(self.recent_title)
        column.addLayout(self._recent_box)
        column.addSpacing(16)
        column.addWidget(self.hint)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        # Secondary text in a palette role (not a style sheet): it follows a theme switch.
        for label in (self.subtitle, self.hint):
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

    def set_recent(self, folders: list[Path]) -> None:
        """Show ``folders`` (newest first) as one-click entries."""
        for button in self._recent_buttons:
            self._recent_box.removeWidget(button)
            button.deleteLater()
        self._recent_buttons = []
        for folder in folders[:MAX_RECENT]:
            button = QPushButton(f"{folder.name}  —  {folder.parent}", self)
            button.setObjectName("welcomeRecentSite")
            button.setFlat(True)
            button.setToolTip(str(folder))
            button.setStyleSheet("text-align: left; padding: 4px 6px;")
            button.setMinimumHeight(button.fontMetrics().height() + 14)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(
                lambda _checked=False, f=folder: self.openRecentRequested.emit(f)
            )
            self._recent_box.addWidget(button)
            self._recent_buttons.append(button)
        self.recent_title.setVisible(bool(self._recent_buttons))

    def recent_folders(self) -> list[Path]:
        """The folders the view offers, in order."""
        return [Path(button.toolTip()) for button in self._recent_buttons]
