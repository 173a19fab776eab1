"""A Python copy of a text document's raw text, kept up to date edit by edit.

``QTextDocument.toRawText()`` converts the whole document on every call: about 10 ms
per keystroke in a 1,000,000-character post. The mirror applies each
``contentsChange(position, removed, added)`` to its copy instead, reading only the
added characters from the document.

Qt positions count UTF-16 units, the copy counts code points: while the text holds a
character outside the Basic Multilingual Plane the two differ, so the mirror then
gives up and converts the whole document again. After every edit the copy's length is
checked against the document's; any mismatch (Qt reports some changes loosely, e.g.
one character too many around the final paragraph separator) falls back the same way.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor, QTextDocument

from editor.core.render.placeholders import from_pane_text

# Characters whose count differs between Python and Qt: outside the Basic Multilingual
# Plane (two UTF-16 units), and surrogates (a lone one is dropped on the way into Qt, a
# pair becomes one character).
_ASTRAL = re.compile("[\ud800-\udfff\U00010000-\U0010ffff]")


def _has_astral(text: str) -> bool:
    return not text.isascii() and _ASTRAL.search(text) is not None


class PaneMirror(QObject):
    """The pane text of *document* (``\\n`` between blocks), without converting it all."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._document = document
        self._text: str | None = None
        self._plain: str | None = None  # the copy, when it holds no stand-in at all
        document.contentsChange.connect(self._on_change)

    def body_text(self) -> str:
        """:func:`from_pane_text` of :meth:`pane_text`, without a pass over a plain text.

        Whether the copy holds a stand-in is kept edit by edit (a plain text plus plain
        typing stays plain), so a keystroke does not search the whole text for them.
        """
        text = self.pane_text()
        if text is self._plain:
            return text
        body = from_pane_text(text)
        if body is text and text is self._text:
            self._plain = text
        return body

    def pane_text(self) -> str:
        """``toRawText()`` with ``\\n`` for the block separators (U+2029)."""
        if self._text is None:
            text = self._document.toRawText().replace("\u2029", "\n")
            self._text = None if _has_astral(text) else text
            return text
        return self._text

    def seed(self, pane_text: str) -> None:
        """The document was just given ``pane_text`` whole: the copy starts from it."""
        self._plain = None
        self._text = None if _has_astral(pane_text) else pane_text

    def reset(self) -> None:
        """Forget the copy; the next :meth:`pane_text` converts the whole document."""
        self._text = self._plain = None

    def _on_change(self, position: int, removed: int, added: int) -> None:
        text = self._text
        if text is None:
            return
        size = self._document.characterCount() - 1  # without the final separator
        if position < 0 or position + removed > len(text) or position + added > size:
            self._text = self._plain = None
            return
        cursor = QTextCursor(self._document)
        cursor.setPosition(position)
        cursor.setPosition(position + added, QTextCursor.MoveMode.KeepAnchor)
        inserted = cursor.selectedText().replace("\u2029", "\n")
        if len(inserted) != added or _has_astral(inserted):
            self._text = self._plain = None
            return
        was_plain = text is self._plain
        text = text[:position] + inserted + text[position + removed :]
        self._text = text if len(text) == size else None
        # No stand-in before and none typed: none now (from_pane_text gives plain text back).
        plain = was_plain and from_pane_text(inserted) is inserted
        self._plain = self._text if plain else None
