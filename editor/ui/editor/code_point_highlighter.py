"""A syntax highlighter whose positions are Python's (code points), not Qt's (UTF-16).

``QSyntaxHighlighter.setFormat`` counts UTF-16 units; a highlighter written in Python
matches regular expressions on ``str`` and counts code points. After an emoji or a rare
kanji outside the Basic Multilingual Plane every colour would land one place early per
such character. Subclasses implement :meth:`highlight_line` and call ``setFormat`` with
code-point positions; this class converts them.

A long document is highlighted in steps (:meth:`CodePointHighlighter.load_in_steps`,
:meth:`~CodePointHighlighter.rehighlight_in_steps`): blocks from the top (what an opened
post shows first) a few milliseconds at a time, the event loop running in between, so
opening or re-colouring a 1M-character post never freezes the window. Until the pass
reaches a block, Qt's own re-highlighting leaves that block alone; the pass colours it
with the text it has then.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QTimer, Signal
from PySide6.QtGui import QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument

from editor.ui.editor.edit_layout import RestyleListener

STEP_BUDGET_MS = 8  # one step of the pass: about this long, then the event loop runs
STEPPED_CHARS = 10_000  # documents at least this long are highlighted in steps
_MIN_RUN, _MAX_RUN = 16, 4096  # blocks per call into Qt


def utf16_table(text: str) -> list[int] | None:
    """Each code point's UTF-16 position in ``text`` (and the end), or ``None`` if equal."""
    if text.isascii() or len(text.encode("utf-16-le")) == 2 * len(text):
        return None
    table = [0]
    for char in text:
        table.append(table[-1] + (2 if ord(char) > 0xFFFF else 1))
    return table


class CodePointHighlighter(QSyntaxHighlighter):
    """Base for the app's highlighters: positions in code points, like ``str``."""

    _units: list[int] | None = None  # code point → UTF-16 position, this block
    passStepped = Signal()  # a step of a stepped pass ended; more blocks are left
    passFinished = Signal()  # a stepped pass ended: the last block coloured, or stopped

    def __init__(self, document: QTextDocument, listener: RestyleListener | None = None) -> None:
        """Colour ``document``; ``listener`` (its layout) hears of each block coloured
        (so that an edit re-lays out its own blocks, not the view: see
        :class:`~editor.ui.editor.edit_layout.EditLayout`)."""
        super().__init__(document)
        self._listener = listener
        self._frontier: int | None = None  # blocks from here on wait for the stepped pass
        self._block_count = 0
        self._run = 64  # blocks per call into Qt (adapted to the step budget)
        self._last_coloured = -1  # the last block the pass's current call coloured
        self._pass_timer = QTimer(self)
        self._pass_timer.setSingleShot(True)
        self._pass_timer.setInterval(0)
        self._pass_timer.timeout.connect(self._pass_step)
        document.contentsChange.connect(self._on_contents_change)

    def highlightBlock(self, text: str) -> None:  # Qt override
        frontier = self._frontier
        if frontier == 0:  # loading: every block waits (no block lookup per block)
            return
        if self._listener is not None:  # even a block left uncoloured loses its colours
            self._listener.restyled(self.currentBlock())
        if frontier is not None and self.currentBlock().blockNumber() >= frontier:
            return  # not reached by the pass yet: no colours, state left as it was
        if frontier is not None:
            self._last_coloured = self.currentBlock().blockNumber()
        self._units = utf16_table(text)
        self.highlight_line(text)

    def highlight_line(self, text: str) -> None:
        """Colour one block's ``text`` (positions in code points)."""
        raise NotImplementedError

    def utf16_position(self, index: int) -> int:
        """The Qt position in the current block of code-point ``index``."""
        units = self._units
        return index if units is None else units[min(len(units) - 1, index)]

    def setFormat(self, start: int, count: int, fmt: QTextCharFormat) -> None:  # type: ignore[override]
        """Format ``count`` characters from ``start``, counted in code points."""
        end = self.utf16_position(start + count)
        start = self.utf16_position(start)
        super().setFormat(start, end - start, fmt)

    # -- stepped highlighting ----------------------------------------------------------
    def load_in_steps(self, load: Callable[[], None], length: int) -> None:
        """Run ``load`` (which replaces the document's text, ``length`` characters long)
        without highlighting it at once when it is long; the stepped pass follows."""
        if length < STEPPED_CHARS:
            self._stop_pass()
            load()
            return
        # Attached all along: Qt visits every new block inside setPlainText (a no-op
        # each, above the frontier). Detaching instead makes Qt re-highlight and re-lay
        # out the whole document on the next turn of the event loop, a longer stall.
        self._frontier = 0
        load()
        self._start_pass()

    def rehighlight_in_steps(self) -> None:
        """:meth:`rehighlight`, in steps when the document is long."""
        document = self.document()
        if document is None or document.characterCount() < STEPPED_CHARS:
            self._stop_pass()
            self.rehighlight()
            return
        self._frontier = 0
        self._start_pass()

    def is_highlighting(self) -> bool:
        """True while a stepped pass has blocks left to colour."""
        return self._frontier is not None

    def finish_highlighting(self) -> None:
        """Colour what the stepped pass has left, now (tests, export, printing)."""
        while self._frontier is not None:
            self._pass_step(budget_ms=None)

    def _start_pass(self) -> None:
        document = self.document()
        self._block_count = document.blockCount() if document is not None else 0
        self._pass_step()

    def _stop_pass(self) -> None:
        self._pass_timer.stop()
        if self._frontier is not None:  # a pass ends, done or overtaken
            self._frontier = None
            self.passFinished.emit()

    def _pass_step(self, budget_ms: int | None = STEP_BUDGET_MS) -> None:
        document = self.document()
        frontier = self._frontier
        if document is None or frontier is None:
            self._stop_pass()
            return
        clock = QElapsedTimer()
        clock.start()
        block = document.findBlockByNumber(frontier)
        while block.isValid():  # at least one run of blocks per step
            run = self._run if budget_ms is not None else 1 << 30
            started = clock.nsecsElapsed()
            block = self._highlight_run(block, frontier + run)
            frontier = self._frontier = block.blockNumber() if block.isValid() else frontier + run
            if budget_ms is None:
                continue
            spent_ms = (clock.nsecsElapsed() - started) / 1e6
            # Runs sized to fill about half a step: fewer calls into Qt, each one
            # re-laying out and announcing only its own blocks.
            wanted = run * budget_ms / 2 / max(spent_ms, 0.01)
            self._run = max(_MIN_RUN, min(_MAX_RUN, int(wanted)))
            if clock.elapsed() >= budget_ms:
                break
        if block.isValid():
            self._pass_timer.start()
            self.passStepped.emit()
        else:
            self._stop_pass()

    def _highlight_run(self, block: QTextBlock, end: int) -> QTextBlock:
        """Colour blocks from ``block`` up to block number ``end``; the block after them.

        One ``rehighlightBlock`` may cover many blocks: a block not yet coloured has
        state -1, so Qt goes on to the next block while the states change, and stops at
        the frontier. Where the follow-on stopped early (a state already what the
        highlighter sets, as after a theme switch) the next call starts.
        """
        self._frontier = end
        document = block.document()
        while block.isValid() and block.blockNumber() < end:
            self._last_coloured = block.blockNumber()
            self.rehighlightBlock(block)
            block = document.findBlockByNumber(self._last_coloured + 1)
        return block

    def _on_contents_change(self, position: int, _removed: int, _added: int) -> None:
        """Keep the frontier on the same text when lines are added or removed above it."""
        document = self.document()
        if self._frontier is None or document is None:
            return
        count = document.blockCount()
        if document.findBlock(position).blockNumber() < self._frontier:
            self._frontier = max(0, self._frontier + count - self._block_count)
        self._block_count = count
