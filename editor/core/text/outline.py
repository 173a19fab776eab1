"""A post body's outline: its headings with their sections, and moving a whole section.

ATX headings (``## Title``, closing hashes dropped), setext headings (a paragraph line
underlined with ``===`` or ``---``) and kramdown's explicit ids (``## Title {#id}``) are
found; lines inside fenced code and a leading front-matter block are not headings.
Line numbers are 0-based lines of the text given.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from editor.core.proof.prose import fenced_lines, front_matter_end
from editor.core.render.headings import github_slug

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
_CLOSING_HASHES = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
_EXPLICIT_ID = re.compile(r"[ \t]*\{#([^}\s]+)\}[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
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
    """The heading's shown text and anchor (an explicit ``{#id}`` wins)."""
    explicit = _EXPLICIT_ID.search(raw)
    if explicit:
        text = raw[: explicit.start()].strip()
        return text, explicit.group(1)
    text = raw.strip()
    return text, github_slug(text)


def parse_outline(text: str) -> list[OutlineHeading]:
    """The headings of ``text`` in order, each with the end line of its section."""
    lines = text.splitlines()
    skip_to = text[: front_matter_end(text)].count("\n")
    found: list[tuple[int, str, int, int]] = []  # level, raw text, line, lines it takes
    fenced = list(fenced_lines(lines))
    for number, line in enumerate(lines):
        if number < skip_to or fenced[number]:
            continue
        atx = _ATX.match(line)
        if atx:
            raw = _CLOSING_HASHES.sub("", atx.group(2) or "")
            found.append((len(atx.group(1)), raw, number, 1))
            continue
        setext = _SETEXT.match(line)
        if setext and number > skip_to:
            previous = lines[number - 1]
            if (
                not fenced[number - 1]
                and not _NOT_PARAGRAPH.match(previous)
                and (not found or found[-1][2] != number - 1)
            ):
                level = 1 if setext.group(1)[0] == "=" else 2
                found.append((level, previous, number - 1, 2))
    headings: list[OutlineHeading] = []
    for index, (level, raw, start, _span) in enumerate(found):
        end = len(lines)
        for later in found[index + 1 :]:
            if later[0] <= level:
                end = later[2]
                break
        shown, anchor = _heading_text(raw)
        headings.append(OutlineHeading(level, shown, anchor, start, end))
    return headings


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
