"""A post body's outline: its headings with their sections, and moving a whole section.

ATX headings (``## Title``, closing hashes dropped), setext headings (a paragraph line
underlined with ``===`` or ``---``) and explicit ids and attributes (``## Title {#id}``,
goldmark's ``{#id .class}``) are found; lines inside fenced code and a leading
front-matter block are not headings.
Line numbers are 0-based lines of the text given.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from editor.core.proof.prose import fence_step
from editor.core.render.headings import github_slug, heading_attributes, without_closing_hashes

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FRONT_MATTER_FENCES = ("---", "+++")
_NOT_PARAGRAPH = re.compile(r"^ {0,3}(?:[-*+>]|\d+[.)]|#|```|~~~|\||<|\{%)|^\s*$")


@dataclass(frozen=True, slots=True)
class OutlineHeading:
    """One heading: its level, text, anchor and the lines its section covers."""

    level: int
    text: str
    anchor: str
    line: int  # the heading's first line
    end: int  # one past the section's last line (the next heading of this level or higher)


def _heading_text(raw: str) -> tuple[str, str]:
    """The heading's shown text and anchor (an explicit ``{#id}`` wins); a trailing
    attribute list is not shown."""
    text, attributes = heading_attributes(raw)
    text = text.strip()
    explicit = next((value for name, value in attributes if name == "id"), None)
    return text, explicit or github_slug(text)


def parse_outline(text: str) -> list[OutlineHeading]:
    """The headings of ``text`` in order, each with the end line of its section."""
    return OutlineIndex(text).headings()


_Found = tuple[int, str, int]  # level, raw text, lines above the scanned line it starts


class OutlineIndex:
    """The outline of a text, kept up to date line by line as the text is edited.

    Whether a line is a heading depends only on the line, the one before it and whether
    each is inside fenced code, so an edit re-scans the lines it touched and then only as
    far as the fence state differs from before (a typed fence can re-scan to the end;
    typing in a paragraph re-scans two lines). Lines are the text's ``\n``-separated
    lines (a text pane's blocks); :meth:`edit` takes one change in those terms.
    """

    def __init__(self, text: str) -> None:
        """Scan ``text`` once."""
        self._lines: list[str] = []
        self._fenced: list[bool] = []
        self._fence_after: list[str] = []
        self._found: list[_Found | None] = []
        self._scans: list[int] = []  # the line each heading was found on (setext: underline)
        self._entries: list[_Found] = []  # what was found there, in the same order
        self._starts: list[int] = []  # the line each heading starts on
        self._cached: list[OutlineHeading] | None = None
        self._texts: dict[str, tuple[str, str]] = {}  # raw heading → shown text, anchor
        self._skip_to = 0
        self._total_lines = 0
        self._reset(text.split("\n"))

    @property
    def line_count(self) -> int:
        """How many ``\n``-separated lines the text has (a text pane's block count)."""
        return len(self._lines)

    def headings(self) -> list[OutlineHeading]:
        """The headings in order, each with the end line of its section."""
        if self._cached is None:
            self._cached = self._build_headings()
        return self._cached

    def heading_at(self, line: int) -> int:
        """The index of the heading whose section holds ``line`` (-1 before the first)."""
        return bisect_right(self._starts, line) - 1

    def edit(self, first: int, removed: int, lines: list[str]) -> bool:
        """Replace ``removed`` lines from line ``first`` with ``lines``.

        Returns True when the headings changed (their text, level or line numbers).
        """
        first = max(0, min(first, len(self._lines)))
        removed = max(0, min(removed, len(self._lines) - first))
        # The line that is first after the edit, when the edit is at the top.
        new_first = [*lines, *self._lines[removed : removed + 1]][:1] if first == 0 else []
        if first < self._skip_to or self._front_matter_open() or any(map(_is_fence, new_first)):
            # The front matter (or a text that may yet become one) decides what counts.
            self._reset(self._lines[:first] + lines + self._lines[first + removed :])
            return True
        old_fence_after, old_fenced = self._fence_after, self._fenced  # spliced in place
        end = first + len(lines)
        self._lines[first : first + removed] = lines
        self._fenced[first : first + removed] = [False] * len(lines)
        self._fence_after[first : first + removed] = [""] * len(lines)
        self._found[first : first + removed] = [None] * len(lines)
        line = first
        while line < len(self._lines):
            before = (old_fence_after[line], old_fenced[line]) if line >= end else None
            self._scan(line)
            if before is not None and before == (self._fence_after[line], self._fenced[line]):
                break
            line += 1
        return self._update_headings(first, min(line, len(self._lines) - 1), len(lines) - removed)

    # -- scanning ------------------------------------------------------------------------
    def _reset(self, lines: list[str]) -> None:
        self._lines = lines
        count = len(lines)
        self._skip_to = _front_matter_lines(lines)
        self._fenced = [False] * count
        self._fence_after = [""] * count
        self._found = [None] * count
        for line in range(count):
            self._scan(line)
        self._scans = [n for n, found in enumerate(self._found) if found is not None]
        self._entries = [found for found in self._found if found is not None]
        self._starts = [
            scan - entry[2] for scan, entry in zip(self._scans, self._entries, strict=True)
        ]
        self._total_lines = self._total()
        self._cached = None

    def _front_matter_open(self) -> bool:
        # A first line like "---" with no closing line yet: any later line may close it.
        return self._skip_to == 0 and bool(self._lines) and _is_fence(self._lines[0])

    def _scan(self, number: int) -> None:
        """Classify line ``number`` from its own text, the line before and the fence state."""
        if number < self._skip_to:
            self._fenced[number], self._fence_after[number] = False, ""
            self._found[number] = None
            return
        line = _without_cr(self._lines[number])
        fence = self._fence_after[number - 1] if number > 0 else ""
        fenced, self._fence_after[number] = fence_step(fence, line)
        self._fenced[number] = fenced
        self._found[number] = None if fenced else self._heading_on(number, line)

    def _heading_on(self, number: int, line: str) -> _Found | None:
        atx = _ATX.match(line)
        if atx:
            return len(atx.group(1)), without_closing_hashes(atx.group(2) or ""), 0
        setext = _SETEXT.match(line)
        if setext and number > self._skip_to and not self._fenced[number - 1]:
            previous = _without_cr(self._lines[number - 1])
            if not _NOT_PARAGRAPH.match(previous):
                return (1 if setext.group(1)[0] == "=" else 2), previous, 1
        return None

    # -- the headings --------------------------------------------------------------------
    def _update_headings(self, first: int, last: int, delta: int) -> bool:
        """Take the headings found on lines ``first..last`` (new numbering) into the lists."""
        low = bisect_left(self._scans, first)
        high = bisect_right(self._scans, last - delta)
        scans = [number for number in range(first, last + 1) if self._found[number] is not None]
        entries = [self._found[number] for number in scans]
        total = self._total()
        same_total, self._total_lines = total == self._total_lines, total
        unchanged = scans == self._scans[low:high] and entries == self._entries[low:high]
        if delta == 0 and unchanged and same_total:
            return False
        self._scans[low:] = scans + [scan + delta for scan in self._scans[high:]]
        self._entries[low:high] = [entry for entry in entries if entry is not None]
        self._starts[low:] = [
            scan - entry[2]
            for scan, entry in zip(self._scans[low:], self._entries[low:], strict=True)
        ]
        if len(self._texts) > 4 * len(self._entries) + 64:
            self._texts.clear()  # headings typed and gone: keep the cache the outline's size
        self._cached = None
        return True

    def _total(self) -> int:
        """The line count as ``str.splitlines`` gives it (no line after a final newline)."""
        return len(self._lines) - (1 if self._lines and self._lines[-1] == "" else 0)

    def _build_headings(self) -> list[OutlineHeading]:
        ends = [self._total_lines] * len(self._entries)
        open_sections: list[int] = []  # indices whose section is still open
        for index, (level, _raw, _offset) in enumerate(self._entries):
            while open_sections and self._entries[open_sections[-1]][0] >= level:
                ends[open_sections.pop()] = self._starts[index]
            open_sections.append(index)
        headings: list[OutlineHeading] = []
        texts = self._texts
        for index, (level, raw, _offset) in enumerate(self._entries):
            if raw not in texts:
                texts[raw] = _heading_text(raw)
            shown, anchor = texts[raw]
            headings.append(OutlineHeading(level, shown, anchor, self._starts[index], ends[index]))
        return headings


def _without_cr(line: str) -> str:
    return line[:-1] if line.endswith("\r") else line


def _is_fence(line: str) -> bool:
    """True for a front-matter fence line (``---`` or ``+++``)."""
    return line.lstrip("\ufeff").rstrip() in _FRONT_MATTER_FENCES


def _front_matter_lines(lines: list[str]) -> int:
    """How many lines a closed front-matter block at the top takes (0: none)."""
    if not lines or not _is_fence(lines[0]):
        return 0
    first = lines[0].lstrip("\ufeff").rstrip()
    for number in range(1, len(lines)):
        if lines[number].rstrip() in (first, "..."):
            return number + 1
    return 0


def heading_at(headings: list[OutlineHeading], line: int) -> int:
    """The index of the heading whose section holds ``line`` (-1 before the first)."""
    starts = [heading.line for heading in headings]
    return bisect_right(starts, line) - 1


def move_section(text: str, headings: list[OutlineHeading], source: int, target: int) -> str:
    """``text`` with heading ``source``'s whole section moved before heading ``target``.

    ``target == len(headings)`` moves it to the end. A section cannot move into itself;
    then ``text`` comes back unchanged.
    """
    moved = headings[source]
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += "\n"
        trailing_added = True
    else:
        trailing_added = False
    insert_at = headings[target].line if target < len(headings) else len(lines)
    if moved.line <= insert_at <= moved.end:
        return text
    block = lines[moved.line : moved.end]
    rest = lines[: moved.line] + lines[moved.end :]
    if insert_at > moved.line:
        insert_at -= moved.end - moved.line
    # The last section has no blank line after it; the one that now ends the text (before
    # it, separating the sections) goes with it, so the sections stay apart.
    last_moved_up = moved.end == len(lines) and insert_at < len(rest) and block[-1].strip()
    if last_moved_up and rest and not rest[-1].strip():
        block = [*block, rest.pop()]
    result = "".join(rest[:insert_at] + block + rest[insert_at:])
    return result[:-1] if trailing_added and result.endswith("\n") else result
