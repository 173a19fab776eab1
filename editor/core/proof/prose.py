"""Which parts of a post body are prose: code, Liquid, URLs and markup masked out.

The proofreading rules and the spell checker look only at what a reader reads. Instead of
each rule skipping code on its own, :func:`mask_non_prose` returns a copy of the text of
the same length in which every character that is not prose is replaced by
:data:`MASK` (line ends are kept), so offsets found in the masked text are offsets in the
original and no rule can match inside a code span, a fenced block, a Liquid or Hugo
shortcode tag, an HTML tag or comment, a URL, a link target, a kramdown attribute list or
front matter.

:func:`fenced_lines` is the one place that knows which lines are inside fenced code; the
outline uses it too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

MASK = "\ufffc"  # OBJECT REPLACEMENT CHARACTER: no rule treats it as a letter or a particle

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_FRONT_MATTER_FENCES = ("---", "+++")
# Block-level regions whose inside is not prose, opened and closed by a tag of their own.
_BLOCK_TAGS = re.compile(
    r"\{%-?\s*(raw|highlight|comment)\b.*?%\}.*?\{%-?\s*end\1\s*-?%\}"
    r"|<(script|style|pre|code)\b.*?</\2\s*>"
    r"|<!--.*?-->"
    r"|^\$\$.*?^\$\$",
    re.S | re.M | re.I,
)
_INLINE = re.compile(
    r"(`+)(?:.+?)\1"  # code span (same number of backticks)
    r"|\{%.*?%\}|\{\{.*?\}\}"  # Liquid tags and output, Hugo shortcodes {{< >}} {{% %}}
    r"|<[A-Za-z/!][^<>\n]*>"  # HTML tags
    r"|\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"  # a link's or image's destination
    r"|^\s*\[[^\]\n]+\]:\s*\S+.*$"  # a reference definition
    r"|\{:[^}\n]*\}|\{#[^}\n]*\}"  # kramdown attribute lists and heading ids
    r"|\b(?:https?|ftp|mailto):[^\s<>)\]」』）、。]+"  # bare URLs
    r"|\bwww\.[^\s<>)\]」』）、。]+",
    re.M,
)


def fenced_lines(lines: list[str]) -> Iterator[bool]:
    """For each line, True when it belongs to a fenced code block (its fences included)."""
    fence = ""
    for line in lines:
        fenced, fence = fence_step(fence, line)
        yield fenced


def fence_step(fence: str, line: str) -> tuple[bool, str]:
    """One line of :func:`fenced_lines`: is ``line`` fenced, and the fence open after it.

    ``fence`` is the fence open before the line (``""``: none), so a caller that keeps
    it per line can re-scan only the lines an edit touched.
    """
    if fence:
        stripped = line.strip()
        if stripped.startswith(fence[0] * len(fence)) and not stripped.strip(fence[0]):
            return True, ""
        return True, fence
    match = _FENCE.match(line)
    if match:
        return True, match.group(1)
    return False, ""


def front_matter_end(text: str) -> int:
    """Where a leading ``---``/``+++`` front-matter block ends (0 when there is none)."""
    first = text.split("\n", 1)[0].lstrip("\ufeff").rstrip()
    if first not in _FRONT_MATTER_FENCES:
        return 0
    position = text.find("\n") + 1
    while position and position < len(text):
        end = text.find("\n", position)
        line_end = len(text) if end < 0 else end + 1
        if text[position:line_end].rstrip() in (first, "..."):
            return line_end
        position = line_end
    return 0


_NOT_LINE_END = re.compile(r"[^\r\n]")


def _masked(text: str, ranges: list[tuple[int, int]]) -> str:
    """``text`` with the characters in ``ranges`` (sorted by start) masked, line ends kept."""
    parts: list[str] = []
    position = 0
    for start, end in ranges:
        start = max(start, position)
        if end <= start:
            continue
        parts.append(text[position:start])
        parts.append(_NOT_LINE_END.sub(MASK, text[start:end]))
        position = end
    parts.append(text[position:])
    return "".join(parts)


def mask_non_prose(text: str) -> str:
    """``text`` with everything but prose replaced by :data:`MASK` (same length, same lines)."""
    ranges = [(0, front_matter_end(text))]
    position = 0
    lines = text.splitlines(keepends=True)
    for line, fenced in zip(lines, fenced_lines(lines), strict=True):
        if fenced:
            if ranges[-1][1] == position:
                ranges[-1] = (ranges[-1][0], position + len(line))
            else:
                ranges.append((position, position + len(line)))
        position += len(line)
    masked = _masked(text, ranges)
    ranges = [match.span() for match in _BLOCK_TAGS.finditer(masked)]
    ranges.extend(match.span() for match in _INLINE.finditer(masked))
    ranges.sort()
    return _masked(masked, ranges)
