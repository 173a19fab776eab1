"""Offers the text journaled by a run that crashed: Restore or Discard, per document."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, QSize, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from editor.core.post.journal import JournalEntry
from editor.core.post.storage import StorageError, read_text_file
from editor.ui.dialogs.diff_view import DiffView


class RecoveryDialog(QDialog):
    """Lists journaled documents with their time and a diff against the file on disk.

    The dialog decides nothing itself: ``restoreRequested(entry)`` and
    ``discardRequested(entry)`` are emitted for the guard to act on, and the entry leaves
    the list. "Decide Later" closes the dialog and keeps the rest for the next start.
    """

    restoreRequested = Signal(object)
    discardRequested = Signal(object)

    def __init__(self, entries: list[JournalEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Recover Unsaved Text"))
        self.resize(1100, 680)
        intro = QLabel(
            self.tr(
                "Kiji did not close normally last time. The text below was not saved; "
                "choose what to do with each document. Nothing is written into your site "
                "until you save."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("recoveryList")
        # Name and time on two lines, never cut: the time tells two untitled posts apart.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setMinimumWidth(240)
        self.details = QLabel(self)
        self.details.setObjectName("recoveryDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.diff = DiffView(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.diff, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([300, 800])
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.discard_button.setObjectName("discardButton")
        self.later_button = QPushButton(self.tr("Decide Later"), self)
        self.later_button.setObjectName("laterButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(lambda: self._decide(self.restoreRequested))
        self.discard_button.clicked.connect(lambda: self._decide(self.discardRequested))
        self.later_button.clicked.connect(self.reject)
        self.list.currentItemChanged.connect(lambda _new, _old: self._show_current())
        for entry in entries:
            item = QListWidgetItem(self._label(entry), self.list)
            item.setData(Qt.ItemDataRole.UserRole, entry)
            lines = self.list.fontMetrics().lineSpacing()
            item.setSizeHint(QSize(0, lines * 2 + 10))
            item.setToolTip(str(entry.path) if entry.path else self.tr("Untitled post"))
        self.list.setCurrentRow(0)

    def entries(self) -> list[JournalEntry]:
        """The documents still waiting for a decision."""
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def current_entry(self) -> JournalEntry | None:
        """The document shown on the right."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, entry: JournalEntry) -> None:
        """Show ``entry`` (by its journal file)."""
        for index, candidate in enumerate(self.entries()):
            if candidate.file == entry.file:
                self.list.setCurrentRow(index)

    def _label(self, entry: JournalEntry) -> str:
        name = entry.path.name if entry.path else self.tr("Untitled")
        when = QDateTime.fromMSecsSinceEpoch(int(entry.saved_at * 1000))
        return f"{name}\n{QLocale().toString(when, QLocale.FormatType.ShortFormat)}"

    def _show_current(self) -> None:
        entry = self.current_entry()
        self.restore_button.setEnabled(entry is not None)
        self.discard_button.setEnabled(entry is not None)
        if entry is None:
            self.details.clear()
            self.diff.set_texts("", "", "", "")
            return
        notes = [str(entry.path) if entry.path else self.tr("An untitled post, never saved.")]
        disk_text = ""
        if entry.path is not None:
            try:
                decoded = read_text_file(entry.path)
            except StorageError as error:
                notes.append(
                    self.tr("The file cannot be read now: {0}").format(error.message)
                    if entry.path.exists()
                    else self.tr("The file is no longer on disk; restoring keeps the text.")
                )
            else:
                disk_text = decoded.text
                if entry.base_hash and decoded.hash != entry.base_hash:
                    notes.append(
                        self.tr(
                            "The file was also changed on disk after this text was kept; "
                            "compare carefully before saving."
                        )
                    )
        self.details.setText("\n".join(notes))
        self.diff.set_texts(
            disk_text, entry.text, self.tr("On disk"), self.tr("Recovered (not saved)")
        )

    def _decide(self, signal: SignalInstance) -> None:
        row = self.list.currentRow()
        entry = self.current_entry()
        if entry is None:
            return
        self.list.takeItem(row)
        signal.emit(entry)
        if self.list.count() == 0:
            self.accept()
