"""The writing goal of the current post and today's tally, in the status bar.

``WritingGoals(window)`` adds a status label (``writingGoal``) and the View menu's
"Set Writing Goal…" action (``actionSetWritingGoal``); goals are kept in the site
(:mod:`editor.core.proof.writing_goal`).
"""

from __future__ import annotations

import time
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLabel

from editor.core.proof.writing_goal import (
    Goal,
    GoalsCache,
    SessionTally,
    amount,
    natural_unit,
    save_goal,
)
from editor.core.text.stats import StatsCounter, text_stats

if TYPE_CHECKING:
    from editor.ui.editor.post_editor import PostEditor
    from editor.ui.window.window_host import WindowHost


class WritingGoals(QObject):
    """Shows ``done / target`` for the current post and today's characters and minutes.

    The goals file is re-read only when it changed, and the post is counted by a
    per-post :class:`StatsCounter`, so a refresh counts only the paragraphs typed in.
    """

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.frame())
        self._host = window
        self.tally = SessionTally()
        self._goals = GoalsCache()
        self._counters: weakref.WeakKeyDictionary[PostEditor, StatsCounter] = (
            weakref.WeakKeyDictionary()
        )
        self.label = QLabel(window.frame())
        self.label.setObjectName("writingGoal")
        window.frame().statusBar().addPermanentWidget(self.label)
        self.action = QAction(self.tr("Set Writing &Goal…"), self)
        self.action.setObjectName("actionSetWritingGoal")
        self.action.triggered.connect(self.ask_goal)
        self._timer = QTimer(self, singleShot=True, interval=500)
        self._timer.timeout.connect(self.refresh)
        window.editorOpened.connect(self._on_opened)
        window.tabs.currentChanged.connect(lambda _index: self.refresh())
        for editor in window.editors():
            self._on_opened(editor)
        self.refresh()

    def _on_opened(self, editor: PostEditor) -> None:
        editor.text_pane.document().contentsChange.connect(self._on_typed)
        editor.text_pane.textChanged.connect(self._timer.start)

    def _on_typed(self, _position: int, removed: int, added: int) -> None:
        # What the text grew by: a section moved or a word replaced is not new writing.
        self.tally.record(added - removed, time.monotonic())
        self._timer.start()

    def _key(self, editor: PostEditor) -> str | None:
        path, root = editor.session.path, self._host.site_root
        if path is None or root is None or not path.is_relative_to(root):
            return None
        return path.relative_to(root).as_posix()

    def goal_of(self, editor: PostEditor) -> Goal | None:
        """The post's goal, if it has one."""
        key = self._key(editor)
        return self._goals.goals(self._host.site_root).get(key) if key else None

    def set_goal(self, editor: PostEditor, target: int | None) -> bool:
        """Give the post a goal of ``target`` (its natural unit); ``None`` or 0 removes it."""
        key, root = self._key(editor), self._host.site_root
        if key is None or root is None:
            return False
        unit = natural_unit(text_stats(editor.text_pane.pane_text()))
        save_goal(root, key, Goal(target, unit) if target else None)
        self.refresh()
        return True

    def ask_goal(self) -> None:
        """Ask the writer for the current post's goal."""
        editor = self._host.current_editor()
        if editor is None or self._key(editor) is None:
            self._host.show_status(
                self.tr("Writing goals are kept in a site: open its folder."), 6000
            )
            return
        goal = self.goal_of(editor)
        target, ok = QInputDialog.getInt(
            self._host.frame(),
            self.tr("Writing Goal"),
            self.tr("Characters (Japanese) or words (English) this post should have (0: none):"),
            goal.target if goal else 3000,
            0,
            1_000_000,
            100,
        )
        if ok:
            self.set_goal(editor, target)

    def refresh(self) -> None:
        """Show the current post's progress and today's tally."""
        parts = []
        editor = self._host.current_editor()
        goal = self.goal_of(editor) if editor is not None else None
        if editor is not None and goal is not None:
            counter = self._counters.setdefault(editor, StatsCounter())
            done = amount(counter.text_stats(editor.text_pane.pane_text()), goal.unit)
            percent = min(999, done * 100 // goal.target)
            template = (
                self.tr("Goal {0:,} / {1:,} words ({2}%)")
                if goal.unit == "words"
                else self.tr("Goal {0:,} / {1:,} characters ({2}%)")
            )
            parts.append(template.format(done, goal.target, percent))
        if self.tally.written:
            minutes = round(self.tally.active_seconds / 60)
            parts.append(
                self.tr("Today {0:,} characters, {1} min").format(self.tally.written, minutes)
            )
        self.label.setText(" · ".join(parts))
