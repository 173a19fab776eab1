"""Differences between two versions of a post, down to the word (and the character in CJK).

A line-level diff marks a whole paragraph as changed when one character of it changed;
in Japanese prose a paragraph is often one long line, so that shows nothing useful.
:func:`diff_hunks` pairs changed lines and splits each pair into tokens — a Latin word,
a run of spaces, one CJK character or one punctuation mark — so the changed part itself
can be marked.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

EQUAL = "equal"
DELETE = "delete"
INSERT = "insert"

# One CJK character (kanji, kana, fullwidth forms and CJK punctuation) per token; Latin
# words and numbers whole; whitespace runs; anything else one character at a time.
_TOKEN = re.compile(
    r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
    r"|[^\W\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+"
    r"|\s+"
    r"|.",
    re.DOTALL,
)


def tokens(text: str) -> list[str]:
    """``text`` split into diff tokens; ``"".join(tokens(text)) == text``."""
    return _TOKEN.findall(text)


Segment = tuple[str, str]
"""``(tag, text)`` with tag :data:`EQUAL`, :data:`DELETE` or :data:`INSERT`."""


def inline_diff(old: str, new: str) -> list[Segment]:
    """The segments that turn ``old`` into ``new``, token by token.

    Joining the ``EQUAL`` and ``DELETE`` texts gives ``old``; ``EQUAL`` and ``INSERT``
    give ``new``.
    """
    a, b = tokens(old), tokens(new)
    segments: list[Segment] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(segments, EQUAL, "".join(a[i1:i2]))
            continue
        _append(segments, DELETE, "".join(a[i1:i2]))
        _append(segments, INSERT, "".join(b[j1:j2]))
    return segments


def _append(segments: list[Segment], tag: str, text: str) -> None:
    if not text:
        return
    if segments and segments[-1][0] == tag:
        segments[-1] = (tag, segments[-1][1] + text)
    else:
        segments.append((tag, text))


@dataclass(frozen=True)
class DiffLine:
    """One line of a hunk: its number in the old and new text (0: none) and its segments."""

    old_number: int
    new_number: int
    segments: tuple[Segment, ...]

    @property
    def changed(self) -> bool:
        """True unless the line is context (the same in both versions)."""
        return any(tag != EQUAL for tag, _ in self.segments)


@dataclass(frozen=True)
class Hunk:
    """A run of changed lines with ``context`` unchanged lines around it."""

    lines: tuple[DiffLine, ...]


def diff_hunks(old: str, new: str, context: int = 1) -> list[Hunk]:
    """The changes from ``old`` to ``new`` as hunks of lines with word-level segments.

    A replaced line is paired with its new version and shown as one line whose changed
    tokens are marked; removed and added lines stand alone.
    """
    a, b = old.split("\n"), new.split("\n")
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    hunks: list[Hunk] = []
    for group in matcher.get_grouped_opcodes(context):
        lines: list[DiffLine] = []
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines.extend(
                    DiffLine(i + 1, j + 1, ((EQUAL, a[i]),))
                    for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
                )
                continue
            pairs = min(i2 - i1, j2 - j1) if tag == "replace" else 0
            for k in range(pairs):
                segments = inline_diff(a[i1 + k], b[j1 + k])
                lines.append(DiffLine(i1 + k + 1, j1 + k + 1, tuple(segments)))
            lines.extend(DiffLine(i + 1, 0, ((DELETE, a[i]),)) for i in range(i1 + pairs, i2))
            lines.extend(DiffLine(0, j + 1, ((INSERT, b[j]),)) for j in range(j1 + pairs, j2))
        hunks.append(Hunk(tuple(lines)))
    return hunks
