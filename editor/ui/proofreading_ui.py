"""Proofreading in the window: squiggles in the text pane, entries in Problems, fixes.

``ProofreadingUI(window, service)`` follows the window's posts: after a pause in typing the
current post goes to the :class:`~editor.services.proofreading.ProofreadingService` worker;
its findings come back as wavy underlines (the pane's ``"proofreading"`` selection layer)
and as the open post's entries in the Problems view. :meth:`ProofreadingUI.actions_at`
gives the text pane's context menu its entries for a position: the finding's explanation,
its quick fix, spelling suggestions, "Add to Site Dictionary" and "Ignore".
"""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QTimer
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from editor.core.ja_style import Finding
from editor.core.site_problems import Problem
from editor.core.spelling import MISSPELLED
from editor.services.proofreading import ProofreadingService
from editor.ui.text_edits import utf16_length

if TYPE_CHECKING:
    from editor.ui.post_editor import PostEditor
    from editor.ui.problems_view import ProblemsView
    from editor.ui.window_host import WindowHost

LAYER = "proofreading"
PAUSE_MS = 400


def finding_message(finding: Finding) -> str:
    """The finding's explanation in the UI language."""
    text = QCoreApplication.translate(finding.message.context, finding.message.source)
    return text.format(*finding.args)


class ProofreadingUI(QObject):
    """Sends the current post to the checker and shows what comes back."""

    def __init__(
        self, window: WindowHost, service: ProofreadingService, problems: ProblemsView
    ) -> None:
        super().__init__(window.frame())
        self._host = window
        self.service = service
        self._problems = problems
        self._requested: dict[PostEditor, tuple[int, str]] = {}
        self.findings: dict[PostEditor, list[Finding]] = {}
        self._shown: dict[PostEditor, int] = {}  # the request whose findings are shown
        self._timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._timer.timeout.connect(self.check_current)
        service.checked.connect(self._on_checked)
        service.configProblem.connect(self._on_config_problem)
        window.editorOpened.connect(self._on_opened)
        window.editorClosed.connect(self._on_closed)
        window.tabs.currentChanged.connect(lambda _index: self.check_current())
        window.closing.connect(service.close)
        settings = window.settings
        service.set_enabled(spelling=settings.spell_check, style=settings.style_check)
        settings.changed.connect(self._on_setting_changed)
        self.spellingAction = QAction(self.tr("Check &Spelling"), self, checkable=True)
        self.spellingAction.setObjectName("actionCheckSpelling")
        self.spellingAction.setChecked(settings.spell_check)
        self.spellingAction.toggled.connect(lambda on: setattr(settings, "spell_check", on))
        self.styleAction = QAction(self.tr("Check &Japanese Style"), self, checkable=True)
        self.styleAction.setObjectName("actionCheckStyle")
        self.styleAction.setChecked(settings.style_check)
        self.styleAction.toggled.connect(lambda on: setattr(settings, "style_check", on))
        for editor in window.editors():
            self._on_opened(editor)

    # -- following the posts -------------------------------------------------------------
    def set_site(self, root: Path | None, posts: list[Path]) -> None:
        """Follow a site: its settings, and its posts to learn the usual spellings from."""
        self.service.set_site(root)
        if posts:
            self.service.learn_site(posts)
        self.check_current()

    def _on_opened(self, editor: PostEditor) -> None:
        editor.text_pane.textChanged.connect(self._timer.start)

        def provide(point: QPoint, e: PostEditor = editor) -> list[QAction]:
            return self.actions_at(e, point)

        editor.text_pane.context_action_providers.append(provide)
        self.check_current()

    def _on_closed(self, editor: PostEditor) -> None:
        self.service.forget(editor)
        self._requested.pop(editor, None)
        self.findings.pop(editor, None)
        self._shown.pop(editor, None)

    def _on_setting_changed(self, name: str) -> None:
        if name in ("spell_check", "style_check"):
            settings = self._host.settings
            self.spellingAction.setChecked(settings.spell_check)
            self.styleAction.setChecked(settings.style_check)
            self.service.set_enabled(spelling=settings.spell_check, style=settings.style_check)
            self.findings.clear()
            self.check_current()

    def _on_config_problem(self, reason: str) -> None:
        self._host.show_status(
            self.tr(
                "The site's .kiji/proofreading.toml cannot be read ({0}); using the defaults."
            ).format(reason),
            10000,
        )

    def check_current(self) -> None:
        """Check the current post now (in the worker)."""
        self._timer.stop()
        editor = self._host.current_editor()
        if editor is None:
            return
        body = editor.text_pane.toPlainText()
        previous = self._requested.get(editor)
        if previous is not None and previous[1] == body and editor in self.findings:
            self._show(editor)
            return
        seq = self.service.request(editor, body, editor.session.page().get("lang"))
        self._requested[editor] = (seq, body)

    def _on_checked(self, editor: object, seq: int, findings: list[Finding]) -> None:
        requested = self._requested.get(editor)  # type: ignore[call-overload]
        if requested is None or requested[0] != seq:
            return  # a newer edit overtook it, or the post closed
        self.findings[editor] = findings  # type: ignore[index]
        self._shown[editor] = seq  # type: ignore[index]
        self._show(editor)  # type: ignore[arg-type]

    def up_to_date(self, editor: PostEditor) -> bool:
        """True when the findings shown for ``editor`` are those of its text as it is now."""
        requested = self._requested.get(editor)
        return (
            requested is not None
            and editor in self.findings
            and self._shown.get(editor) == requested[0]
            and requested[1] == editor.text_pane.toPlainText()
        )

    # -- showing -------------------------------------------------------------------------
    def _show(self, editor: PostEditor) -> None:
        findings = self.findings.get(editor, [])
        body = self._requested[editor][1]
        to_qt = _Utf16(body)
        dark = self._host.is_dark()
        spelling, style = QTextCharFormat(), QTextCharFormat()
        for fmt, color in (
            (spelling, "#ff6b6b" if dark else "#d33"),
            (style, "#5aa9ff" if dark else "#1f6fd1"),
        ):
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            fmt.setUnderlineColor(QColor(color))
        selections = []
        document = editor.text_pane.document()
        for finding in findings:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(to_qt(finding.start))
            cursor.setPosition(to_qt(finding.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[misc]
            selection.format = spelling if finding.rule == MISSPELLED else style  # type: ignore[misc]
            selections.append(selection)
        editor.text_pane.set_selection_layer(LAYER, selections)
        if editor is self._host.current_editor():
            self._problems.set_post_problems(editor.session.path, self.problems_of(editor))

    def problems_of(self, editor: PostEditor) -> list[Problem]:
        """The post's findings as Problems entries (file lines, like the site checks)."""
        path = editor.session.path
        if path is None:
            return []
        body = self._requested[editor][1]
        starts = [0]
        starts.extend(index + 1 for index, char in enumerate(body) if char == "\n")
        first = editor.session.post.body_start_line + 1
        return [
            Problem(path, first + bisect_right(starts, f.start) - 1, finding_message(f), f.rule)
            for f in self.findings.get(editor, [])
        ]

    # -- the context menu ----------------------------------------------------------------
    def findings_at(self, editor: PostEditor, position: int) -> list[Finding]:
        """The current findings covering the Python offset ``position`` of the body."""
        return [f for f in self.findings.get(editor, []) if f.start <= position < f.end]

    def actions_at(self, editor: PostEditor, point: QPoint) -> list[QAction]:
        """Context-menu entries for the findings under ``point`` (pane coordinates)."""
        pane = editor.text_pane
        requested = self._requested.get(editor)
        if requested is None or requested[1] != pane.toPlainText():
            return []  # the text changed since the check: no stale fixes
        body = requested[1]
        qt_position = pane.cursorForPosition(point).position()
        position = len(body.encode("utf-16-le")[: 2 * qt_position].decode("utf-16-le", "ignore"))
        actions: list[QAction] = []
        for finding in self.findings_at(editor, position):
            explanation = QAction(finding_message(finding), pane)
            explanation.setEnabled(False)
            actions.append(explanation)
            if finding.rule == MISSPELLED:
                word = body[finding.start : finding.end]
                for suggestion in self.service.suggestions(word, editor.session.page().get("lang")):
                    actions.append(self._fix_action(editor, finding, suggestion, suggestion))
                add = QAction(self.tr("Add “{0}” to Site Dictionary").format(word), pane)
                add.setObjectName("actionAddToDictionary")
                add.triggered.connect(lambda _=False, w=word: self._learn(self.service.add_word, w))
                ignore = QAction(self.tr("Ignore “{0}”").format(word), pane)
                ignore.setObjectName("actionIgnoreWord")
                ignore.triggered.connect(
                    lambda _=False, w=word: self._learn(self.service.ignore_word, w)
                )
                actions.extend((add, ignore))
            elif finding.fix is not None:
                label = (
                    self.tr("Replace with 「{0}」").format(finding.fix)
                    if finding.fix
                    else self.tr("Remove 「{0}」").format(body[finding.start : finding.end])
                )
                actions.append(self._fix_action(editor, finding, label, finding.fix))
        return actions

    def _fix_action(self, editor: PostEditor, finding: Finding, label: str, text: str) -> QAction:
        action = QAction(label, editor.text_pane)
        action.setObjectName("actionProofreadingFix")
        action.triggered.connect(lambda _=False: self.apply_fix(editor, finding, text))
        return action

    def apply_fix(self, editor: PostEditor, finding: Finding, text: str) -> bool:
        """Replace the finding's range with ``text`` (one undo step) if the post is unchanged."""
        requested = self._requested.get(editor)
        pane = editor.text_pane
        if requested is None or requested[1] != pane.toPlainText():
            return False
        to_qt = _Utf16(requested[1])
        cursor = QTextCursor(pane.document())
        cursor.setPosition(to_qt(finding.start))
        cursor.setPosition(to_qt(finding.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()
        self.check_current()
        return True

    def _learn(self, how, word: str) -> None:
        how(word)
        self.findings.clear()
        self.check_current()


class _Utf16:
    """Python offsets of one text → Qt positions (UTF-16 units); identity for BMP-only text."""

    def __init__(self, text: str) -> None:
        self._astral = (
            [i for i, char in enumerate(text) if ord(char) > 0xFFFF]
            if utf16_length(text) != len(text)
            else []
        )

    def __call__(self, offset: int) -> int:
        return offset + bisect_right(self._astral, offset - 1) if self._astral else offset
