"""Proofreading in the window: squiggles in the text pane, entries in Problems, fixes.

``ProofreadingUI(window, service)`` follows the window's posts: after a pause in typing the
current post goes to the :class:`~editor.services.proofreading.ProofreadingService` worker;
its findings come back as wavy underlines (the pane's ``"proofreading"`` selection layer)
and as the open post's entries in the Problems view. :meth:`ProofreadingUI.actions_at`
gives the text pane's context menu its entries for a position: the finding's explanation,
its quick fix, spelling suggestions, "Add to Site Dictionary" and "Ignore".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QTimer
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from editor.core.proof.ja_style import Finding
from editor.core.proof.spelling import MISSPELLED
from editor.core.proof.textlint import RULE_PREFIX, missing_textlint
from editor.core.site.site_problems import Problem
from editor.core.text.utf16 import code_point_index, utf16_offsets
from editor.services.proofreading import ProofreadingService
from editor.services.textlint import TextlintService
from editor.ui.editor.text_edits import replace_changed_part

if TYPE_CHECKING:
    from editor.ui.editor.post_editor import PostEditor
    from editor.ui.site.problems_view import ProblemsView
    from editor.ui.window.window_host import WindowHost

LAYER = "proofreading"
PAUSE_MS = 400
LINT_PAUSE_MS = 1500  # textlint starts node: a longer pause, and on every save


def finding_message(finding: Finding) -> str:
    """The finding's explanation in the UI language."""
    text = QCoreApplication.translate(finding.message.context, finding.message.source)
    return text.format(*finding.args) if finding.args else text  # textlint's own text as is


class ProofreadingUI(QObject):
    """Sends the current post to the checker and shows what comes back."""

    def __init__(
        self,
        window: WindowHost,
        service: ProofreadingService,
        problems: ProblemsView,
        textlint: TextlintService,
    ) -> None:
        super().__init__(window.frame())
        self._host = window
        self.service = service
        self.textlint = textlint
        self._lint_requested: dict[PostEditor, tuple[int, str]] = {}
        self._lint_findings: dict[PostEditor, tuple[str, list[Finding]]] = {}
        self._fix_requested: dict[PostEditor, tuple[int, str]] = {}
        self._lint_timer = QTimer(self, singleShot=True, interval=LINT_PAUSE_MS)
        self._lint_timer.timeout.connect(self.lint_current)
        textlint.linted.connect(self._on_linted)
        textlint.fixed.connect(self._on_fixed)
        textlint.failed.connect(self._on_lint_failed)
        window.closing.connect(textlint.close)
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
        self.textlint.set_site(root)
        if posts:
            self.service.learn_site(posts)
        self.check_current()

    def _on_opened(self, editor: PostEditor) -> None:
        editor.text_pane.textChanged.connect(self._timer.start)
        editor.text_pane.textChanged.connect(self._lint_timer.start)
        editor.session.saved.connect(lambda _path: self.lint_current())

        def provide(point: QPoint, e: PostEditor = editor) -> list[QAction]:
            return self.actions_at(e, point)

        editor.text_pane.context_action_providers.append(provide)
        self.check_current()

    def _on_closed(self, editor: PostEditor) -> None:
        if self._host.editors() == [editor]:  # the last post: its entries go with it
            self._problems.set_post_problems(None, [])
        self.service.forget(editor)
        self._requested.pop(editor, None)
        self.findings.pop(editor, None)
        self._shown.pop(editor, None)
        for table in (self._lint_requested, self._lint_findings, self._fix_requested):
            table.pop(editor, None)  # type: ignore[attr-defined]

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
        body = editor.text_pane.pane_text()
        previous = self._requested.get(editor)
        if previous is not None and previous[1] == body and editor in self.findings:
            self._show(editor)
            return
        seq = self.service.request(editor, body, editor.session.page().get("lang"))
        self._requested[editor] = (seq, body)
        if editor not in self._lint_findings:
            self.lint_current()

    # -- the site's textlint -------------------------------------------------------------
    def lint_current(self) -> None:
        """Run the site's textlint on the current post (nothing when the site has none)."""
        self._lint_timer.stop()
        editor = self._host.current_editor()
        if editor is None or not self.textlint.available():
            return
        body = editor.text_pane.pane_text()
        seq = self.textlint.lint(editor, body, self._file_name(editor))
        self._lint_requested[editor] = (seq, body)

    def fix_with_textlint(self, editor: PostEditor) -> None:
        """Apply every fix textlint offers to the post, as one undo step (when it answers)."""
        body = editor.text_pane.pane_text()
        seq = self.textlint.fix(editor, body, self._file_name(editor))
        if seq:
            self._fix_requested[editor] = (seq, body)

    def _file_name(self, editor: PostEditor) -> str:
        path, root = editor.session.path, self.textlint_root()
        if path is None:
            return "untitled.md"
        return (
            path.relative_to(root).as_posix() if root and path.is_relative_to(root) else path.name
        )

    def preference_note(self) -> str:
        """One line for the preferences when the open site's textlint cannot run, else ``""``."""
        root = self.textlint_root()
        reason = missing_textlint(root) if root is not None else ""
        if reason == "not-installed":
            return self.tr(
                "This site has a textlint configuration but no node_modules/.bin/textlint: "
                "run npm install in the site folder to see textlint's messages in Kiji."
            )
        if reason == "no-config":
            return self.tr("textlint: this site has no .textlintrc, so only Kiji's own checks run.")
        return ""

    def textlint_root(self) -> Path | None:
        """The site whose textlint runs."""
        return self.service.site_root

    def _on_linted(self, editor: object, seq: int, findings: list[Finding]) -> None:
        requested = self._lint_requested.get(editor)  # type: ignore[call-overload]
        if requested is None or requested[0] != seq:
            return
        self._lint_findings[editor] = (requested[1], findings)  # type: ignore[index]
        if editor in self.findings:
            self._show(editor)  # type: ignore[arg-type]

    def _on_fixed(self, editor: object, seq: int, fixed: str) -> None:
        requested = self._fix_requested.pop(editor, None)  # type: ignore[call-overload]
        if requested is None or requested[0] != seq:
            return
        pane = editor.text_pane  # type: ignore[attr-defined]
        if pane.pane_text() != requested[1]:
            self._host.show_status(self.tr("The post changed while textlint worked; try again."))
            return
        if replace_changed_part(pane, fixed):  # one undo step
            self.check_current()

    def _on_lint_failed(self, _editor: object, reason: str) -> None:
        self._host.show_status(self.tr("textlint did not run: {0}").format(reason), 10000)

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
            and requested[1] == editor.text_pane.pane_text()
        )

    # -- showing -------------------------------------------------------------------------
    def shown_findings(self, editor: PostEditor) -> list[Finding]:
        """Kiji's findings plus textlint's, when textlint checked the same text."""
        findings = self.findings.get(editor, [])
        linted = self._lint_findings.get(editor)
        if linted is not None and linted[0] == self._requested[editor][1]:
            findings = sorted([*findings, *linted[1]], key=lambda f: (f.start, f.end, f.rule))
        return findings

    def _show(self, editor: PostEditor) -> None:
        findings = self.shown_findings(editor)
        body = self._requested[editor][1]
        ends = utf16_offsets(body, [i for f in findings for i in (f.start, f.end)])
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
        for index, finding in enumerate(findings):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(ends[2 * index])
            cursor.setPosition(ends[2 * index + 1], QTextCursor.MoveMode.KeepAnchor)
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
        starts.extend(match.end() for match in re.finditer("\n", body))
        first = editor.session.post.body_start_line + 1
        return [
            Problem(path, first + bisect_right(starts, f.start) - 1, finding_message(f), f.rule)
            for f in self.shown_findings(editor)
        ]

    # -- the context menu ----------------------------------------------------------------
    def findings_at(self, editor: PostEditor, position: int) -> list[Finding]:
        """The current findings covering the Python offset ``position`` of the body."""
        return [f for f in self.shown_findings(editor) if f.start <= position < f.end]

    def actions_at(self, editor: PostEditor, point: QPoint) -> list[QAction]:
        """Context-menu entries for the findings under ``point`` (pane coordinates)."""
        pane = editor.text_pane
        requested = self._requested.get(editor)
        if requested is None or requested[1] != pane.pane_text():
            return []  # the text changed since the check: no stale fixes
        body = requested[1]
        qt_position = pane.cursorForPosition(point).position()
        position = code_point_index(body, qt_position)
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
        if any(
            f.rule.startswith(RULE_PREFIX) and f.fix is not None
            for f in self.shown_findings(editor)
        ):
            fix_all = QAction(self.tr("Apply All textlint Fixes"), pane)
            fix_all.setObjectName("actionTextlintFixAll")
            fix_all.triggered.connect(lambda _=False: self.fix_with_textlint(editor))
            actions.append(fix_all)
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
        if requested is None or requested[1] != pane.pane_text():
            return False
        start, end = utf16_offsets(requested[1], [finding.start, finding.end])
        cursor = QTextCursor(pane.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()
        self.check_current()
        return True

    def _learn(self, how, word: str) -> None:
        how(word)
        self.findings.clear()
        self.check_current()
