"""The front-matter form: one row per field, learnt from the site, every edit a minimal splice.

Field edits go through :class:`DocumentSession` (``set_field``/``delete_field``), which
splices the raw text; each finished edit is one step on the form's undo stack (the step
restores the exact text from before). The "Source" toggle shows the raw block; while it
does not parse, the fields are read-only and the error is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.post.field_types import FieldKind, check_fields, infer_kind
from editor.core.post.post import PostError
from editor.core.site.vocabulary import SiteVocabulary
from editor.core.text.excerpt import DEFAULT_EXCERPT_CHARS, generate_excerpt
from editor.core.text.stats import ReadingFormula, StatsCounter, learn_reading_formula
from editor.services.document import DocumentSession
from editor.services.error_text import translate_text
from editor.ui.editor.ime_guard import guard_ime
from editor.ui.form.date_field import site_now
from editor.ui.form.field_factory import (
    FieldContext,
    commit_pending,
    default_value,
    follow_vocabulary,
    has_pending_edit,
)
from editor.ui.form.field_rows import FieldRow, FieldRows
from editor.ui.form.front_matter_source import FrontMatterSource
from editor.ui.form.front_matter_undo import FieldEdit

READING_TIME_DELAY_MS = 800


class FrontMatterForm(QWidget):
    """Edit a post's front matter as a form (or as source text).

    ``vocabularyChanged`` when the site's vocabulary (and so its reading formula) arrived.
    """

    vocabularyChanged = Signal()

    def __init__(
        self,
        session: DocumentSession,
        vocabulary: SiteVocabulary | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("frontMatterForm")
        self.session = session
        self.vocabulary = vocabulary or SiteVocabulary()
        self.clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
        self.undo_stack = QUndoStack(self)
        self._edit_errors: dict[str, str] = {}
        self._reading_time_chosen = False  # the writer switched automatic reading time
        self.reading_formula = ReadingFormula()
        self._reading_counter = StatsCounter()  # recounts only the paragraphs typed in
        """The writer's own formula (the rate preferences); the site's wins when learnt."""
        self._learnt: tuple[object, ReadingFormula, ReadingFormula] | None = None
        self.excerpt_max_chars = DEFAULT_EXCERPT_CHARS
        """The longest generated excerpt (the preference)."""
        self._context = FieldContext(self.vocabulary, session.post.raw_field)
        self._build()
        self._reading_timer = QTimer(self)
        self._reading_timer.setSingleShot(True)
        self._reading_timer.setInterval(READING_TIME_DELAY_MS)
        self._reading_timer.timeout.connect(self.update_reading_time)
        session.frontMatterChanged.connect(self.refresh)
        session.aboutToSave.connect(self.commit_pending)
        self.refresh()
        # Romaji readings take a moment the first time: build them before the writer types.
        QTimer.singleShot(0, self, self._context.prepare_matchers)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        bar = QHBoxLayout()
        self.heading = QLabel(self.tr("Front matter"), self)
        heading_font = self.heading.font()  # a font, not a style sheet: a style sheet
        heading_font.setWeight(QFont.Weight.DemiBold)  # froze its colour at a theme switch
        self.heading.setFont(heading_font)
        self.source_toggle = QToolButton(self)
        self.source_toggle.setObjectName("sourceToggle")
        self.source_toggle.setText(self.tr("Source"))
        self.source_toggle.setCheckable(True)
        self.source_toggle.setToolTip(self.tr("Show the front matter as text"))
        self.source_toggle.toggled.connect(self.show_source)
        bar.addWidget(self.heading)
        bar.addStretch(1)
        bar.addWidget(self.source_toggle)
        layout.addLayout(bar)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("frontMatterError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; padding: 2px 0;")
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.stack = QStackedWidget(self)
        self.fields_page = QWidget()
        self.field_rows = FieldRows(self._context, self.fields_page)
        # Off until the writer turns it on for this post: a reading_time the writer or
        # their generator wrote is never rewritten behind their back.
        self.field_rows.auto_reading_time = False
        self.field_rows.key_filter = self
        self.field_rows.fieldCommitted.connect(self.set_field)
        self.field_rows.removeRequested.connect(self.remove_field)
        self.field_rows.editInSource.connect(lambda: self.show_source(True))
        self.field_rows.generateExcerpt.connect(self.generate_excerpt)
        self.field_rows.autoReadingTimeToggled.connect(self._set_auto_reading_time)
        page_layout = QVBoxLayout(self.fields_page)
        page_layout.setContentsMargins(0, 0, 4, 0)
        page_layout.addWidget(self.field_rows)
        page_layout.addLayout(self._build_add_row())
        page_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.fields_page)
        self.source = FrontMatterSource(self.session, self)
        self.source.sourceApplied.connect(self._on_source_applied)
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.source)
        layout.addWidget(self.stack, 1)

        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.undo),
            (QKeySequence.StandardKey.Redo, self.redo),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _build_add_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 6, 0, 0)
        self.add_key = QLineEdit(self)
        guard_ime(self.add_key)
        self.add_key.setObjectName("addFieldKey")
        self.add_key.setPlaceholderText(self.tr("New field name"))
        self.add_key.setMaximumWidth(220)
        self._keys_model = QStringListModel(self)
        completer = QCompleter(self._keys_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.add_key.setCompleter(completer)
        self.add_key.returnPressed.connect(self._on_add_requested)
        self.add_button = QPushButton(self.tr("Add field"), self)
        self.add_button.setObjectName("addFieldButton")
        self.add_button.clicked.connect(self._on_add_requested)
        row.addWidget(self.add_key)
        row.addWidget(self.add_button)
        row.addStretch(1)
        return row

    # -- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the session's front matter: rebuild rows if the keys changed, else update."""
        post = self.session.post
        error = post.error
        if self.stack.currentIndex() == 1 and not self.source.has_pending_edit():
            self.source.reload()
        if error is not None:
            self.error_label.setText(
                self.tr(
                    "Line {line}: {message} The fields are read-only until it is fixed."
                ).format(line=error.line, message=translate_text(error.message))
            )
            self.error_label.setVisible(self.stack.currentIndex() == 0)  # the source shows its own
            self.fields_page.setEnabled(False)
            return
        self.error_label.hide()
        self.fields_page.setEnabled(True)
        values = dict(post.front_matter)
        kinds = self.vocabulary.key_kinds
        shape = {key: infer_kind(key, value, kinds) for key, value in values.items()}
        if list(shape.items()) != self.field_rows.shape():
            self.field_rows.build(values, shape)
        else:
            self.field_rows.show_values(values)
        # Later: changing the model under an open completer would change what it picked.
        QTimer.singleShot(0, self, self._update_key_completions)
        self._show_checks(values)

    def set_vocabulary(self, vocabulary: SiteVocabulary) -> None:
        """Offer what the site's posts use, learnt again (the index may finish after the
        form was built): completers, choices and field kinds follow; typing is kept."""
        self.vocabulary = vocabulary
        self._context.set_vocabulary(vocabulary)
        for row in self.rows.values():
            follow_vocabulary(row.editor, row.key, row.kind, self._context)
        typing = any(has_pending_edit(row.editor) for row in self.rows.values())
        focus = QApplication.focusWidget()
        if not typing and (focus is None or not self.fields_page.isAncestorOf(focus)):
            self.refresh()  # field kinds learnt from the site may change a row's editor
        else:
            QTimer.singleShot(0, self, self._update_key_completions)
        QTimer.singleShot(0, self, self._context.prepare_matchers)
        self.vocabularyChanged.emit()

    def _update_key_completions(self) -> None:
        present = set(self.rows)
        self._keys_model.setStringList([k for k in self.vocabulary.used_keys() if k not in present])

    def _show_checks(self, values: dict[str, Any]) -> None:
        path = self.session.path
        problems = check_fields(values, Path(path) if path else None, self.clock())
        self.field_rows.show_messages(problems, self._edit_errors)  # core words, as they are

    def show_source(self, on: bool) -> None:
        """Show the raw text (``True``) or the fields."""
        if self.source_toggle.isChecked() != on:
            self.source_toggle.setChecked(on)  # comes back here through toggled
            return
        if on:
            self.source.reload()
            self.stack.setCurrentIndex(1)
            self.error_label.hide()
            self.source.editor.setFocus()
        else:
            self.source.apply()
            self.stack.setCurrentIndex(0)
            self.refresh()

    @property
    def rows(self) -> dict[str, FieldRow]:
        """The rows shown, by key, in file order."""
        return self.field_rows.rows

    @property
    def auto_reading_time(self) -> bool:
        """Whether ``reading_time`` follows the body."""
        return self.field_rows.auto_reading_time

    def editor(self, key: str) -> QWidget | None:
        """The editor widget of field ``key`` (objectName ``field_<key>``)."""
        row = self.rows.get(key)
        return row.editor if row else None

    # -- editing -------------------------------------------------------------------------
    def _edit(self, key: str, action: Callable[[], None], text: str) -> bool:
        before = self.session.front_matter_text
        old_value = FieldEdit.value_of(self.session, key)
        try:
            action()
        except PostError as error:
            self._edit_errors[key] = error.message
            self.refresh()  # the rows show again what is still in the file
            return False
        self._edit_errors.pop(key, None)
        after = self.session.front_matter_text
        if after != before:
            new_value = FieldEdit.value_of(self.session, key)
            step = FieldEdit(self.session, key, before, after, text, old_value, new_value)
            self.undo_stack.push(step)
        self.refresh()
        return True

    def _on_source_applied(self, before: str, after: str) -> None:
        self.undo_stack.push(FieldEdit(self.session, None, before, after, self.tr("Edit source")))

    def set_field(self, key: str, value: Any) -> bool:
        """Set ``key`` to ``value`` as one undoable edit; False (message shown) if refused."""
        return self._edit(
            key, lambda: self.session.set_field(key, value), self.tr("Edit {0}").format(key)
        )

    def remove_field(self, key: str) -> bool:
        """Remove ``key`` as one undoable edit."""
        return self._edit(
            key, lambda: self.session.delete_field(key), self.tr("Remove {0}").format(key)
        )

    def add_field(self, key: str) -> QWidget | None:
        """Add ``key`` with an empty value of the kind the site uses it as; focus its editor."""
        key = key.strip()
        if not key:
            return None
        if key not in self.rows:
            kind = infer_kind(key, None, self.vocabulary.key_kinds)
            value = default_value(kind)
            if kind is FieldKind.DATE:
                value = site_now(self.vocabulary.timezone, None)
            if not self._edit(
                key, lambda: self.session.set_field(key, value), self.tr("Add {0}").format(key)
            ):
                return None
        editor = self.editor(key)
        if editor is not None:
            editor.setFocus()
            # Again once the event loop runs: a closing completer hands focus back to its box.
            QTimer.singleShot(0, self, lambda: self._focus_field(key))
        return editor

    def _focus_field(self, key: str) -> None:
        editor = self.editor(key)
        if editor is not None:
            editor.setFocus()

    def _on_add_requested(self) -> None:
        # Enter on a completion also lands here, with the chosen key already in the box.
        if self.add_field(self.add_key.text()) is not None:
            # Later: the completer writes its choice back into the box after this.
            QTimer.singleShot(0, self.add_key, self.add_key.clear)

    def generate_excerpt(self) -> None:
        """Fill ``excerpt`` from the body (up to the site's separator, Markdown stripped)."""
        title = self.session.post.front_matter.get("title")
        text = generate_excerpt(
            self.session.body,
            self.vocabulary.excerpt_separator,
            self.excerpt_max_chars,
            title=title if isinstance(title, str) else "",
        )
        if text:
            self.set_field("excerpt", text)

    def body_changed(self) -> None:
        """The body was edited: update ``reading_time`` after a pause, if it is automatic."""
        if self.auto_reading_time and "reading_time" in self.rows:
            self._reading_timer.start()

    def update_reading_time(self) -> None:
        """Write the body's reading time (CJK-aware minutes) to ``reading_time`` now."""
        row = self.rows.get("reading_time")
        if row is None or row.kind is not FieldKind.INTEGER or self.session.post.error:
            return
        formula, body = self.site_reading_formula(), self.session.body
        if formula.basis == "prose":
            _characters, words, cjk = self._reading_counter.count(body)
            minutes = formula.minutes_for(words, cjk, len(body))
        else:  # "raw": the length alone
            minutes = formula.minutes_for(0, 0, len(body))
        if self.session.post.front_matter.get("reading_time") != minutes:
            try:  # kept out of the undo stack: it follows the body, not a writer's edit
                self.session.set_field("reading_time", minutes)
            except PostError as error:
                self._edit_errors["reading_time"] = error.message

    def set_reading_rates(self, cjk_chars_per_minute: float, words_per_minute: float) -> None:
        """Use the writer's reading rates (the preferences) where the site shows no formula."""
        self.reading_formula = ReadingFormula("prose", cjk_chars_per_minute, words_per_minute)

    def site_reading_formula(self) -> ReadingFormula:
        """The formula the site's own reading times follow, else the writer's."""
        samples = self.vocabulary.reading_samples
        known = self._learnt
        if known is None or known[0] is not samples or known[1] != self.reading_formula:
            learnt = learn_reading_formula(samples, self.reading_formula)
            known = (samples, self.reading_formula, learnt or self.reading_formula)
            self._learnt = known
        return known[2]

    def _set_auto_reading_time(self, on: bool) -> None:
        self._reading_time_chosen = True
        self.field_rows.auto_reading_time = on
        if on:
            self.update_reading_time()

    def commit_pending(self) -> None:
        """Commit typing still held by a field or the source view (before a save or close)."""
        if self.stack.currentIndex() == 1:
            self.source.apply()
        elif self.session.post.error is None:
            for row in list(self.rows.values()):
                commit_pending(row.editor)

    def undo(self) -> None:
        """Undo the last field edit."""
        self.undo_stack.undo()

    def redo(self) -> None:
        """Redo the last undone field edit."""
        self.undo_stack.redo()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        # Ctrl+Z first undoes typing inside a field, then whole field edits.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo)
            if undo or redo:
                row = self.field_rows.row_owning(watched)
                if row is not None and not has_pending_edit(row.editor):
                    self.undo() if undo else self.redo()
                    return True
        return super().eventFilter(watched, event)
