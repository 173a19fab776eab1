"""Cut a file's text into front matter and body: the one splitter for YAML, TOML and JSON.

The index, the site checks, Find in Site and the editor's :class:`~editor.core.post.post.Post`
all cut a post here, so a post lists, searches and opens with the same front matter.
The pieces are raw text that concatenates back to the input exactly (the editor splices
into them); each caller parses the block its own way (the index with PyYAML's C
loader, the editor with its round-trip engines).

Front matter starts on the first line (after an optional BOM) or, as Hugo reads it, after
lines that hold nothing but spaces and tabs (``late_start`` tells; Jekyll does not read
such a block, and its site check says so):

* YAML between ``---`` fences (the closing fence may also be ``...``);
* TOML between ``+++`` fences (Hugo);
* JSON: an object starting with ``{`` (Hugo), ending where the object ends.

Fences may carry trailing spaces, tabs or a carriage return. A YAML or TOML block that is
opened but never closed is no front matter (everything is body), and ``unclosed`` names
its fence so the site checks can report it. So is a JSON object that cannot be read,
when it begins as one (``{`` then a quoted key: not Liquid's ``{%`` or ``{{``), and
``json_problem`` tells what is wrong with it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from typing import Literal

__all__ = ["FrontMatterFormat", "SplitText", "split_front_matter"]

FrontMatterFormat = Literal["yaml", "toml", "json"]

_BOM = "\ufeff"
_FENCE_TAIL = " \t\r"  # Jekyll accepts trailing whitespace after a fence
_CLOSERS = {
    "yaml": re.compile(r"^(?:---|\.\.\.)[ \t\r]*$", re.MULTILINE),
    "toml": re.compile(r"^\+\+\+[ \t\r]*$", re.MULTILINE),
}
_LEADING_BLANK = re.compile(r"(?:[ \t\r]*\n)+")
_JSON_LINE_END = re.compile(r"[ \t\r]*(?:\n|\Z)")
_JSON = json.JSONDecoder()
_JSON_START = re.compile(r"\{[ \t\r\n]*\"")  # an object's first key: JSON, not Liquid


@dataclass(frozen=True, slots=True)
class SplitText:
    """A text cut into four raw pieces that concatenate back to it, and the block's format."""

    opening: str
    """The opening fence line with its newline (and a leading BOM); ``""`` for JSON."""
    block: str
    """The front matter between the fences; for JSON the whole object, braces included."""
    closing: str
    """The closing fence line with its newline; for JSON the line end after ``}``."""
    body: str
    format: FrontMatterFormat | None
    """``None`` when the text has no front matter."""
    unclosed: str = ""
    """The fence (``---`` or ``+++``) of a block opened on line 1 and never closed."""
    late_start: bool = False
    """The opening fence comes after blank lines (part of ``opening``): Hugo reads the
    block, Jekyll does not."""
    json_problem: str = ""
    """What is wrong with a JSON object at the top that could not be read (``json``'s
    words), and ``json_problem_line`` its 1-based line: Hugo cannot build such a file;
    for Jekyll it is text."""
    json_problem_line: int = 0

    @property
    def block_line(self) -> int:
        """The 1-based line of the file where the block starts."""
        return self.opening.count("\n") + 1

    @property
    def body_line(self) -> int:
        """The 1-based line of the file where the body starts."""
        return (self.opening + self.block + self.closing).count("\n") + 1

    def text(self) -> str:
        """The text that was cut."""
        return self.opening + self.block + self.closing + self.body


def split_front_matter(text: str) -> SplitText:
    """Cut ``text`` into opening fence, front-matter block, closing fence and body."""
    bom = _BOM if text.startswith(_BOM) else ""
    start = len(bom)
    fence = text[start : start + 3]
    if fence in ("---", "+++"):
        return _split_fenced(text, start, fence)
    blank = _LEADING_BLANK.match(text, start)
    if blank is not None and text[blank.end() : blank.end() + 3] in ("---", "+++"):
        late = _split_fenced(text, blank.end(), text[blank.end() : blank.end() + 3])
        if late.format is not None:
            return replace(late, late_start=True)
        return SplitText("", "", "", text, None)
    if text.startswith("{", start):
        return _split_json(text, start)
    return SplitText("", "", "", text, None)


def _split_fenced(text: str, start: int, fence: str) -> SplitText:
    first_nl = text.find("\n", start)
    first_end = len(text) if first_nl < 0 else first_nl
    if text[start + 3 : first_end].strip(_FENCE_TAIL):
        return SplitText("", "", "", text, None)  # "---a", "--- x": a line of text
    fmt: FrontMatterFormat = "yaml" if fence == "---" else "toml"
    block_start = first_end + 1
    match = _CLOSERS[fmt].search(text, block_start) if first_nl >= 0 else None
    if match is None:
        return SplitText("", "", "", text, None, unclosed=fence)
    close_end = match.end() + 1 if match.end() < len(text) else match.end()
    return SplitText(
        text[:block_start],
        text[block_start : match.start()],
        text[match.start() : close_end],
        text[close_end:],
        fmt,
    )


def _split_json(text: str, start: int) -> SplitText:
    try:
        _value, end = _JSON.raw_decode(text, start)
    except json.JSONDecodeError as error:
        if _JSON_START.match(text, start) is None:  # "{% raw %}", "{{ x }}": Liquid
            return SplitText("", "", "", text, None)
        return SplitText(
            "", "", "", text, None, json_problem=error.msg, json_problem_line=error.lineno
        )
    except RecursionError:
        return SplitText("", "", "", text, None)
    line_end = _JSON_LINE_END.match(text, end)
    close_end = line_end.end() if line_end is not None else end
    return SplitText(text[:start], text[start:end], text[end:close_end], text[close_end:], "json")
