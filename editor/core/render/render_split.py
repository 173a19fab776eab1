"""Top-level block boundaries of a post body, re-parsing only around the latest edit.

markdown-it's block parser is cheap per block but a 200,000-character post still costs
tens of milliseconds per keystroke. At the top level, the blocks found from a given
block start depend only on the text from that line on. So after an edit we re-parse from
two blocks before the first changed line until the parse lands again on a block start of
the previous parse inside the unchanged tail ("resync"); the tail's blocks are reused,
shifted by the change in line count.

Reference-style link and footnote definitions feed the whole post, and a ``$$`` math
block searches for its closing ``$$`` arbitrarily far; if the re-parsed region holds
``]:`` or ``$$`` in the old or the new text, the whole body is parsed again.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token

from editor.core.render.kramdown import is_ial_only
from editor.core.text.common_ends import common_prefix, common_suffix

# Text whose change can affect blocks far away: link and footnote definitions ("]:")
# feed the whole post, and a "$$" math block looks for its closing "$$" past blank lines.
_GLOBAL_MARKERS = ("]:", "$$")


@dataclass(frozen=True)
class RawSpan:
    """A top-level block's lines ``[start, end)`` and what kind of block it is."""

    start: int
    end: int
    kind: str  # "block", "footnote" (a footnote definition) or "ial" (attribute list only)
    label: str = ""


@dataclass(frozen=True)
class SplitResult:
    """The blocks of a body plus the post-wide definitions the blocks need."""

    spans: tuple[RawSpan, ...]
    references: dict[str, Any]
    footnote_labels: tuple[str, ...]


def _spans_from_tokens(tokens: list[Token], offset: int = 0) -> list[RawSpan]:
    spans: list[RawSpan] = []
    for index, token in enumerate(tokens):
        if token.level != 0 or token.nesting == -1 or token.map is None:
            continue
        start, end = token.map[0] + offset, token.map[1] + offset
        if token.type == "footnote_reference_open":
            spans.append(RawSpan(start, end, "footnote", str(token.meta.get("label", ""))))
        elif (
            token.type == "paragraph_open"
            and "{:" in tokens[index + 1].content
            and is_ial_only(tokens[index + 1].content)
        ):
            spans.append(RawSpan(start, end, "ial"))
        else:
            spans.append(RawSpan(start, end, "block"))
    return spans


def _blocks_of(tokens: list[Token], offset: int) -> dict[int, list[Token]]:
    """The tokens of each top-level block, by its first line (plus *offset*), their
    lines made absolute."""
    starts = [
        index
        for index, token in enumerate(tokens)
        if token.level == 0 and token.nesting >= 0 and token.map is not None
    ]
    blocks: dict[int, list[Token]] = {}
    for number, first in enumerate(starts):
        stop = starts[number + 1] if number + 1 < len(starts) else len(tokens)
        block = tokens[first:stop]
        if offset:
            for token in block:
                if token.map is not None:
                    token.map = [token.map[0] + offset, token.map[1] + offset]
        blocks[block[0].map[0] if block[0].map else -1] = block
    return blocks


class BlockSplitter:
    """Splits bodies into top-level blocks, reusing the previous split where it can."""

    def __init__(self, md: MarkdownIt, *, min_chars: int = 2_000, window_lines: int = 256) -> None:
        self._md = md
        # Below this a full parse is as cheap as the bookkeeping (a 7,600-character post:
        # 1.2 ms per keystroke parsed whole, 0.14 ms incrementally).
        self.min_chars = min_chars
        # Lines handed to the block parser at first after an edit; doubled until the parse
        # resyncs inside it, so a keystroke costs its neighbourhood, not the whole post.
        self.window_lines = max(1, window_lines)
        self._lines: list[str] = []
        self._result: SplitResult | None = None
        self._fresh: dict[int, list[Token]] = {}  # block start line → its block tokens
        self.last_was_incremental = False
        # Blocks at the start and at the end of the latest split carried over unchanged
        # (same lines, same text) from the split before it; (0, 0) after a full parse.
        self.last_kept = (0, 0)

    def split(self, text: str) -> SplitResult:
        """Return the top-level blocks of *text* (already normalised: ``\\n`` only)."""
        return self._split(text.split("\n"), text, len(text) >= self.min_chars, None)

    def split_edit(self, lines: list[str], first: int, tail: int) -> SplitResult:
        """:meth:`split` of the text made of *lines*, which are known to share their first
        *first* and their last *tail* lines with the lines split last (the renderer worked
        that out from the edit): no pass over the whole text."""
        return self._split(lines, None, True, (first, tail))

    def _split(
        self, lines: list[str], text: str | None, incremental: bool, common: tuple[int, int] | None
    ) -> SplitResult:
        self._fresh = {}
        result = None
        if self._result is not None and incremental:
            if common is None:
                old = self._lines
                first = common_prefix(lines, old)
                common = (first, common_suffix(lines, old, min(len(lines), len(old)) - first))
            result = self._split_incremental(lines, self._result, *common)
        self.last_was_incremental = result is not None
        if result is None:
            self.last_kept = (0, 0)
            result = self._split_full("\n".join(lines) if text is None else text)
        self._lines = lines
        self._result = result
        return result

    def take_tokens(self, start: int) -> list[Token] | None:
        """The block tokens of the top-level block at line *start* that the latest split
        parsed (their lines counted from the body's first), once; ``None`` for a block it
        carried over. The renderer runs the rest of markdown-it's chain on them instead
        of parsing the block's text again."""
        return self._fresh.pop(start, None)

    def drop_tokens(self) -> None:
        """Forget the block tokens the latest split parsed and :meth:`take_tokens` did
        not hand out (blocks the renderer found in its cache)."""
        self._fresh = {}

    @property
    def lines(self) -> list[str]:
        """The lines of the text split last (do not modify)."""
        return self._lines

    def _split_full(self, text: str) -> SplitResult:
        env: dict[str, Any] = {}
        tokens: list[Token] = []
        self._md.block.parse(text, self._md, env, tokens)
        self._fresh = _blocks_of(tokens, 0)
        # Drop each definition's line ("map"): it shifts with every line typed above it
        # and the render cache keys on these definitions.
        references = {
            label: {"href": value.get("href", ""), "title": value.get("title", "")}
            for label, value in env.get("references", {}).items()
        }
        return SplitResult(
            tuple(_spans_from_tokens(tokens)),
            references,
            tuple(sorted(env.get("footnotes", {}).get("refs", {}))),
        )

    def _split_incremental(
        self, lines: list[str], previous: SplitResult, first: int, tail: int
    ) -> SplitResult | None:
        old_lines = self._lines
        if first == len(lines) == len(old_lines):
            self.last_kept = (len(previous.spans), 0)
            return previous
        if 2 * (len(lines) - tail - first) > len(lines):
            return None  # most of the text is new (a paste over all, a reload): parse it whole
        delta = len(lines) - len(old_lines)
        changed_end_old = len(old_lines) - tail  # first line of the unchanged tail (old)

        spans = previous.spans
        starts = [span.start for span in spans]
        # Restart one block before the block holding the line above the first change: an
        # edit can end or extend the block above it (a paragraph that a heading used to
        # interrupt), and it can turn the line above into part of the block before that
        # (a ":" typed under a heading makes it a definition term, and the definition
        # list above takes it in).
        restart_index = bisect_right(starts, max(first - 1, 0)) - 2
        if restart_index < 0:
            restart_index, restart = 0, 0
        else:
            restart = spans[restart_index].start
        old_starts = _TailStarts(starts, bisect_left(starts, changed_end_old))

        window = self.window_lines
        while True:
            parsed = self._parse_window(lines, restart, window, delta, old_starts)
            if parsed is None:
                return None
            tokens, resync_new, reached_end = parsed
            if resync_new is not None or reached_end:
                break
            window *= 2
        if resync_new is None:  # parsed to the end: nothing of the old tail is reused
            resync_new, resync_old = len(lines), len(old_lines)
        else:
            resync_old = resync_new - delta
        regions = ("\n".join(old_lines[restart:resync_old]), "\n".join(lines[restart:resync_new]))
        if any(marker in region for region in regions for marker in _GLOBAL_MARKERS):
            return None  # a definition or a far-reaching block changed: parse everything
        head = list(spans[:restart_index])
        middle = _spans_from_tokens(tokens, restart)
        self._fresh = _blocks_of(tokens, restart)
        first_tail = bisect_left(starts, resync_old)
        if delta:
            tail_spans = [
                RawSpan(span.start + delta, span.end + delta, span.kind, span.label)
                for span in spans[first_tail:]
            ]
        else:
            tail_spans = list(spans[first_tail:])
        self.last_kept = (len(head), len(tail_spans))
        return SplitResult(
            tuple(head + middle + tail_spans), previous.references, previous.footnote_labels
        )

    def _parse_window(
        self, lines: list[str], restart: int, window: int, delta: int, old_starts: _TailStarts
    ) -> tuple[list[Token], int | None, bool] | None:
        """Parse top-level blocks from line *restart* over at most *window* lines.

        Returns the tokens (lines relative to *restart*), the first line (absolute) where
        the parse landed on a block start of the old tail, and whether the window reached
        the end of the body; None when a rule misbehaved. A resync is only trusted when it
        lies more than one line inside a window that does not reach the end: a block
        that ran into the window's edge may have been cut short by it.
        """
        stop = min(len(lines), restart + window)
        reached_end = stop == len(lines)
        env: dict[str, Any] = {}
        tokens: list[Token] = []
        state = StateBlock("\n".join(lines[restart:stop]), self._md, env, tokens)
        rules = self._md.block.ruler.getRules("")
        end = state.lineMax
        line = 0
        while line < end:
            line = state.skipEmptyLines(line)
            state.line = line
            if line >= end:
                break
            if line + restart - delta in old_starts:
                if reached_end or line < end - 1:
                    return tokens, line + restart, reached_end
                return tokens, None, False
            for rule in rules:
                if rule(state, line, end, False):
                    break
            if state.line <= line:  # a broken rule: let the full parse decide
                return None
            line = state.line
        return tokens, None, reached_end


class _TailStarts:
    """Membership in the old block starts from index *first* on, by bisection (no copy)."""

    def __init__(self, starts: list[int], first: int) -> None:
        self._starts = starts
        self._first = first

    def __contains__(self, line: int) -> bool:
        index = bisect_left(self._starts, line, self._first)
        return index < len(self._starts) and self._starts[index] == line
