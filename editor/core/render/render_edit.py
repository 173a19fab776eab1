"""The lines of a post after an edit, without preparing the whole post again.

Before its blocks are split, a body is prepared in passes over the whole text: line ends
and noncharacters normalised, Jekyll's Liquid tags or Hugo's shortcodes replaced (lines
kept), kramdown's abbreviation definitions taken out. At 1,000,000 characters those
passes cost about 8 ms per keystroke, while a keystroke changes one line.

So after an edit the renderer asks :func:`lines_after_edit` first: it finds the changed
lines by comparing the body with the one prepared last (a binary search over slices,
0.3 ms at 1,000,000 characters) and, when the preparation provably leaves those lines as
they are, splices the new lines into the prepared ones. "Provably": the lines before and
after the edit are whole lines that came through the last preparation unchanged (not
inside a comment, a tag's output or a normalised line end), and neither they nor the
new lines hold anything a pass reacts to: a brace (every Liquid tag, Liquid output,
shortcode and kramdown extension has one), a carriage return, a NUL, a noncharacter,
``*[`` (an abbreviation), the excerpt separator; and, in a post with a highlight block,
Hugo shortcodes or abbreviations, a backtick or a tilde (the block's fence changes with
the code in it, and an abbreviation inside a fence is not one). Anything else is prepared afresh.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from editor.core.render.placeholders import has_noncharacters
from editor.core.text.common_ends import common_prefix, common_suffix

_BREAKERS = ("{", "}", "\r", "\0", "*[")
_FENCE_MARKS = ("`", "~")


@dataclass(frozen=True)
class PreparedText:
    """A body and the lines its preparation gave, with what the preparation depended on."""

    body: str
    lines: list[str]
    depends_on: tuple[Any, ...]  # the site settings, the front matter, the flavour
    separator: str  # the excerpt separator the Liquid pass looked for ("" for none)
    wary: bool
    """Whether code fences elsewhere can change the preparation: the body has a
    highlight block (its fence grows with the backticks in it), a Hugo shortcode (one
    that shows code becomes a fence too) or abbreviations (not defined inside fences)."""
    returns: bool
    """Whether the body has carriage returns: a lone one ends a line too, so lines are not
    counted by line feeds alone (such a body is always prepared whole)."""

    def after_edit(self, body: str, lines: list[str]) -> PreparedText:
        """What is known of *body*, which :func:`lines_after_edit` prepared as *lines*
        (an edit it accepted adds no tag or abbreviation: ``wary`` stays)."""
        return replace(self, body=body, lines=lines)


def prepare(
    body: str, lines: list[str], depends_on: tuple[Any, ...], separator: str, *, hugo: bool = False
) -> PreparedText:
    """Remember *body* and the *lines* its full preparation gave (*hugo*: by the Hugo
    pass, whose code shortcodes may have any name)."""
    wary = "*[" in body or "highlight" in body or (hugo and "{{" in body)
    separator = separator if separator.strip() else ""
    return PreparedText(body, lines, depends_on, separator, wary, "\r" in body)


def lines_after_edit(
    prepared: PreparedText | None, body: str, depends_on: tuple[Any, ...]
) -> tuple[list[str], int, int] | None:
    """The prepared lines of *body*, and how many lines at their start and at their end
    are those of *prepared*; ``None`` when the whole body must be prepared again."""
    if prepared is None or prepared.returns or "\n" in prepared.separator:
        return None
    if prepared.depends_on != depends_on:
        return None
    old = prepared.body
    if body == old:
        return None  # the same text asked for again: something else changed
    start = common_prefix(body, old)
    kept = common_suffix(body, old, min(len(body), len(old)) - start)
    begin = old.rfind("\n", 0, start) + 1
    end = old.find("\n", len(old) - kept)
    end = len(old) if end < 0 else end
    old_region = old[begin:end]
    new_region = body[begin : end + len(body) - len(old)]
    wary = prepared.wary
    if _breaks(old_region, wary, prepared.separator) or _breaks(
        new_region, wary, prepared.separator
    ):
        return None
    first = old.count("\n", 0, begin)
    old_lines = old_region.split("\n")
    stop = first + len(old_lines)
    # An empty line may be an emptied one (a comment's); any other line that came out of
    # the preparation as it went in lies outside every tag, comment and definition.
    if not all(old_lines) or prepared.lines[first:stop] != old_lines:
        return None
    lines = [*prepared.lines[:first], *new_region.split("\n"), *prepared.lines[stop:]]
    return lines, first, len(prepared.lines) - stop


def _breaks(region: str, wary: bool, separator: str) -> bool:
    """Whether a pass of the preparation could react to *region* (whole lines)."""
    if any(mark in region for mark in _BREAKERS) or has_noncharacters(region):
        return True
    if separator and separator in region:
        return True
    return wary and any(mark in region for mark in _FENCE_MARKS)
