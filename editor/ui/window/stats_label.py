"""The status bar's statistics: the body's counts and reading time, and the selection's."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import replace

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from editor.core.text.stats import (
    DEFAULT_CJK_CHARS_PER_MINUTE,
    DEFAULT_WORDS_PER_MINUTE,
    ReadingFormula,
    StatsCounter,
    TextStats,
    stats_from_counts,
    text_stats,
)
from editor.ui.editor.code_point_highlighter import STEPPED_CHARS
from editor.ui.editor.text_pane import TextPane

RECOUNT_DELAY_MS = 150  # after the last keystroke: counting never runs per keystroke
STEP_BUDGET_MS = 4  # a recount runs in steps of about this long, the event loop between
# A pane this long is first counted after the short timer: the text is highlighted in
# steps from this length on too, and its first paint goes first.
DEFERRED_CHARS = STEPPED_CHARS


def _counted_later(pane: TextPane) -> bool:
    """A text this long is counted after the short timer: its first paint and
    highlighting go first."""
    return pane.document().characterCount() >= DEFERRED_CHARS


class StatsLabel(QLabel):
    """Shows characters, Latin words, Japanese characters and reading time.

    Counts come from :func:`editor.core.text.stats.text_stats` (front matter, code and URLs
    excluded), through a :class:`~editor.core.text.stats.StatsCounter` that re-counts only
    the paragraphs that changed. They are recomputed on a short timer after the text or
    selection changes, in steps of a few milliseconds so a long post never stalls typing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsLabel")
        self._pane: TextPane | None = None
        self._cjk_rate = float(DEFAULT_CJK_CHARS_PER_MINUTE)
        self._formula: ReadingFormula | None = None
        self._word_rate = float(DEFAULT_WORDS_PER_MINUTE)
        self._counter = StatsCounter()
        self._steps: Generator[None, None, tuple[int, int, int]] | None = None
        self._counted = ""  # the body the running steps count
        self.body_stats: TextStats | None = None
        self.selection_stats: TextStats | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOUNT_DELAY_MS)
        self._timer.timeout.connect(self._start_steps)
        self._step_timer = QTimer(self)
        self._step_timer.setSingleShot(True)
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._run_steps)

    def set_pane(self, pane: TextPane | None) -> None:
        """Count ``pane``'s text from now on."""
        if pane is self._pane:
            return
        if self._pane is not None:
            self._pane.document().contentsChange.disconnect(self._on_contents_change)
            self._pane.selectionChanged.disconnect(self.schedule)
        self._pane = pane
        self._counter = StatsCounter()  # another post: nothing of the last one is kept
        if pane is not None:
            pane.document().contentsChange.connect(self._on_contents_change)
            pane.selectionChanged.connect(self.schedule)
            if _counted_later(pane):  # until then, not the last post's figures
                self.body_stats = self.selection_stats = None
                self.setText(self.tr("Counting…"))
        self._recount_after_change()

    def _on_contents_change(self, _position: int, _removed: int, _added: int) -> None:
        # The text itself changed. (textChanged also fires at each step of a long post's
        # stepped colouring, which kept restarting the count all through that pass.)
        self.schedule()

    def _recount_after_change(self) -> None:
        """Recount now, or after the short timer when the pane is long (a post just
        opened or re-set: its first paint and highlighting go first)."""
        pane = self._pane
        if pane is not None and _counted_later(pane):
            self.schedule()
        else:
            self._start_steps()

    def set_rates(self, cjk_chars_per_minute: float, words_per_minute: float) -> None:
        """Reading speeds: Japanese characters per minute and Latin words per minute."""
        self._cjk_rate = max(1.0, float(cjk_chars_per_minute))
        self._word_rate = max(1.0, float(words_per_minute))
        self._recount_after_change()

    def set_formula(self, formula: ReadingFormula | None) -> None:
        """Show reading time by ``formula`` (the post's site's own), else by the rates."""
        self._formula = formula if formula is not None and formula.basis == "raw" else None
        if formula is not None:
            self._cjk_rate = formula.cjk_chars_per_minute
            self._word_rate = formula.words_per_minute
        self._recount_after_change()

    def schedule(self) -> None:
        """Recount soon (restarts the short timer; a recount under way starts over then)."""
        self._step_timer.stop()
        self._steps = None
        self._timer.start()

    def recount(self) -> None:
        """Count now and show the result."""
        self._timer.stop()
        self._step_timer.stop()
        self._steps = None
        if self._pane is None:
            self.body_stats = self.selection_stats = None
            self.setText("")
            self.setToolTip("")
            return
        body = self._pane.body_text()
        self._show(body, self._counter.count(body))

    def _start_steps(self) -> None:
        """Recount in steps, starting now (a short post is counted before this returns)."""
        self._timer.stop()
        if self._pane is None:
            self.recount()
            return
        self._counted = self._pane.body_text()
        self._steps = self._counter.steps(self._counted)
        self._run_steps()

    def _run_steps(self) -> None:
        steps = self._steps
        if steps is None:
            return
        clock = QElapsedTimer()
        clock.start()
        try:
            while clock.elapsed() < STEP_BUDGET_MS:
                next(steps)
        except StopIteration as done:
            self._steps = None
            self._show(self._counted, done.value)
            return
        self._step_timer.start()  # the rest on the next turn of the event loop

    def _show(self, body: str, counts: tuple[int, int, int]) -> None:
        assert self._pane is not None
        self.body_stats = self._with_formula(body, stats_from_counts(counts, *self._rates()))
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

    def _rates(self) -> tuple[float, float]:
        return self._cjk_rate, self._word_rate

    def _count(self, text: str) -> TextStats:
        stats = text_stats(
            text, cjk_chars_per_minute=self._cjk_rate, words_per_minute=self._word_rate
        )
        return self._with_formula(text, stats)

    def _with_formula(self, text: str, stats: TextStats) -> TextStats:
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
        # %n is the plural form's number, written without the thousands commas.
        words = self.tr("%n words", "", stats.words).replace(
            str(stats.words), f"{stats.words:,}", 1
        )
        return self.tr("{chars} chars · {words} · {cjk} Japanese · {time}").format(
            chars=f"{stats.characters:,}",
            words=words,
            cjk=f"{stats.cjk_characters:,}",
            time=minutes,
        )
