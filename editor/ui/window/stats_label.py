"""The status bar's statistics: the body's counts and reading time, and the selection's."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from editor.core.text.stats import (
    DEFAULT_CJK_CHARS_PER_MINUTE,
    DEFAULT_WORDS_PER_MINUTE,
    ReadingFormula,
    TextStats,
    text_stats,
)
from editor.ui.editor.text_pane import TextPane

RECOUNT_DELAY_MS = 150  # after the last keystroke: counting never runs per keystroke
RECOUNT_CHARS_PER_MS = 2_000  # and 1 ms longer per this many characters (see schedule)


class StatsLabel(QLabel):
    """Shows characters, Latin words, Japanese characters and reading time.

    Counts come from :func:`editor.core.text.stats.text_stats` (front matter, code and URLs
    excluded). They are recomputed on a short timer after the text or selection changes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsLabel")
        self._pane: TextPane | None = None
        self._cjk_rate = float(DEFAULT_CJK_CHARS_PER_MINUTE)
        self._formula: ReadingFormula | None = None
        self._word_rate = float(DEFAULT_WORDS_PER_MINUTE)
        self.body_stats: TextStats | None = None
        self.selection_stats: TextStats | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOUNT_DELAY_MS)
        self._timer.timeout.connect(self.recount)

    def set_pane(self, pane: TextPane | None) -> None:
        """Count ``pane``'s text from now on."""
        if pane is self._pane:
            return
        if self._pane is not None:
            self._pane.textChanged.disconnect(self.schedule)
            self._pane.selectionChanged.disconnect(self.schedule)
        self._pane = pane
        if pane is not None:
            pane.textChanged.connect(self.schedule)
            pane.selectionChanged.connect(self.schedule)
        self.recount()

    def set_rates(self, cjk_chars_per_minute: float, words_per_minute: float) -> None:
        """Reading speeds: Japanese characters per minute and Latin words per minute."""
        self._cjk_rate = max(1.0, float(cjk_chars_per_minute))
        self._word_rate = max(1.0, float(words_per_minute))
        self.recount()

    def set_formula(self, formula: ReadingFormula | None) -> None:
        """Show reading time by ``formula`` (the post's site's own), else by the rates."""
        self._formula = formula if formula is not None and formula.basis == "raw" else None
        if formula is not None:
            self._cjk_rate = formula.cjk_chars_per_minute
            self._word_rate = formula.words_per_minute
        self.recount()

    def schedule(self) -> None:
        """Recount soon (restarts the short timer).

        Counting walks the whole body (about 50 ms at 1,000,000 characters), so the
        pause it waits for grows with the post: 1 ms more per 2,000 characters keeps
        the count from landing between two keystrokes of a writer typing steadily.
        """
        size = self._pane.document().characterCount() if self._pane is not None else 0
        self._timer.start(RECOUNT_DELAY_MS + size // RECOUNT_CHARS_PER_MS)

    def recount(self) -> None:
        """Count now and show the result."""
        self._timer.stop()
        if self._pane is None:
            self.body_stats = self.selection_stats = None
            self.setText("")
            self.setToolTip("")
            return
        self.body_stats = self._count(self._pane.body_text())
        selected = self._pane.textCursor().selectedText()
        # Qt marks line breaks in a selection with U+2029; the counter expects "\n".
        self.selection_stats = self._count(selected.replace("\u2029", "\n")) if selected else None
        parts = []
        if self.selection_stats is not None:
            parts.append(self.tr("Selection: {0}").format(self._describe(self.selection_stats)))
        parts.append(self._describe(self.body_stats))
        self.setText("   |   ".join(parts))
        self.setToolTip(
            self.tr(
                "Characters without spaces, Latin words, Japanese characters and reading "
                "time at {0:g} Japanese characters and {1:g} words per minute. Front "
                "matter, code and URLs are not counted."
            ).format(self._cjk_rate, self._word_rate)
        )

    def _count(self, text: str) -> TextStats:
        stats = text_stats(
            text, cjk_chars_per_minute=self._cjk_rate, words_per_minute=self._word_rate
        )
        formula = self._formula
        if formula is None:
            return stats
        minutes = formula.minutes(text)
        return replace(stats, reading_minutes=minutes, reading_seconds=minutes * 60)

    def _describe(self, stats: TextStats) -> str:
        minutes = (
            self.tr("under 1 min")
            if 0 < stats.reading_seconds < 60
            else self.tr("%n min read", "", stats.reading_minutes)
        )
        return self.tr("{chars} chars · {words} words · {cjk} Japanese · {time}").format(
            chars=f"{stats.characters:,}",
            words=f"{stats.words:,}",
            cjk=f"{stats.cjk_characters:,}",
            time=minutes,
        )
