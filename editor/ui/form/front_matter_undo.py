"""Undo steps for the front-matter form: whole field edits and pauses in source typing.

A step restores the exact text from before it when nothing else changed the front matter
since; otherwise (the body moved ``reading_time``, say) it sets just its own field back,
so undoing one field never throws away another change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from editor.core.post.post import PostError
from editor.services.document import DocumentSession

_MISSING = object()
_SOURCE_EDIT_ID = 1


class FieldEdit(QUndoCommand):
    """One finished edit of ``key`` (``None`` for a source edit): texts and values around it."""

    def __init__(
        self,
        session: DocumentSession,
        key: str | None,
        before: str,
        after: str,
        label: str,
        old_value: Any = _MISSING,
        new_value: Any = _MISSING,
    ) -> None:
        super().__init__(label)
        self._session = session
        self._key = key
        self._before, self._after = before, after
        self._old, self._new = old_value, new_value
        self._pushed = True  # QUndoStack.push calls redo(); the edit is already applied

    @staticmethod
    def value_of(session: DocumentSession, key: str) -> Any:
        """The field's current value, or a marker for "absent" (to pass as old/new value)."""
        front_matter = session.post.front_matter
        return front_matter.get(key, _MISSING)

    def id(self) -> int:  # Qt override
        return _SOURCE_EDIT_ID if self._key is None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # Qt override
        # Pauses in source typing follow each other: one undo step for a run of them.
        if not isinstance(other, FieldEdit) or other._key is not None or self._key is not None:
            return False
        self._after = other._after
        return True

    def redo(self) -> None:  # Qt override
        if self._pushed:
            self._pushed = False
            return
        self._apply(self._before, self._after, self._new)

    def undo(self) -> None:  # Qt override
        self._apply(self._after, self._before, self._old)

    def _apply(self, expected: str, target: str, value: Any) -> None:
        session = self._session
        if session.front_matter_text == expected or self._key is None:
            session.set_front_matter_text(target)
            return
        try:
            if value is _MISSING:
                if self._key in session.post.front_matter:
                    session.delete_field(self._key)
            else:
                session.set_field(self._key, value)
        except PostError:
            session.set_front_matter_text(target)  # the engine refused: whole text it is
