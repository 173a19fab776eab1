"""Git's words and marks in the writer's language: error messages, status names, icons."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from editor.core.git import git_errors
from editor.core.git.git_errors import GitError
from editor.core.git.git_status import CONFLICTED, DELETED, MODIFIED, NEW, STAGED, UNTRACKED

# Letter and colour of each marker, as editors with a source-control view show them.
_MARKS = {
    MODIFIED: ("M", "#c77c00"),
    NEW: ("A", "#2e7d32"),
    STAGED: ("S", "#1d5fa8"),
    UNTRACKED: ("U", "#2e7d32"),
    CONFLICTED: ("!", "#c62828"),
    DELETED: ("D", "#8e2424"),
}


def describe_git_error(error: GitError) -> str:
    """The plain-words message of ``error`` in the UI language (git's own words for OTHER)."""
    text = QCoreApplication.translate("GitError", error.template)
    if error.kind == git_errors.OTHER and error.detail:
        return f"{text}\n\n{error.detail}"
    return text


def marker_label(marker: str) -> str:
    """The translated name of a file's Git marker (``""`` for an unchanged file)."""
    labels = {
        MODIFIED: QCoreApplication.translate("GitMarker", "Modified since the last commit"),
        NEW: QCoreApplication.translate("GitMarker", "New, added to the next commit"),
        STAGED: QCoreApplication.translate("GitMarker", "Changed, added to the next commit"),
        UNTRACKED: QCoreApplication.translate("GitMarker", "New, never committed"),
        CONFLICTED: QCoreApplication.translate("GitMarker", "Conflict: both versions marked"),
        DELETED: QCoreApplication.translate("GitMarker", "Deleted since the last commit"),
    }
    return labels.get(marker, "")


def marker_letter(marker: str) -> str:
    """The one-letter badge of ``marker`` (``""`` when unchanged)."""
    return _MARKS.get(marker, ("", ""))[0]


def marker_color(marker: str) -> QColor:
    """The badge colour of ``marker``."""
    return QColor(_MARKS.get(marker, ("", "#777777"))[1])


@cache
def marker_icon(marker: str) -> QIcon:
    """A small round badge with ``marker``'s letter (an empty icon when unchanged)."""
    if marker not in _MARKS:
        return QIcon()
    size = 32
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(marker_color(marker))
    painter.drawEllipse(QRectF(2, 2, size - 4, size - 4))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(19)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, marker_letter(marker))
    painter.end()
    return QIcon(pixmap)
