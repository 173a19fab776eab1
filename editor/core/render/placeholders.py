"""The preview renderer's internal placeholders, which no post can forge.

The renderer leaves placeholders in text for what it finishes later: a Liquid tag's
marker (:mod:`editor.core.render.liquid`) and a footnote's number (stitched once the whole post
is known). A placeholder is its payload, hex-encoded, between two Unicode
*noncharacters* (U+FDD0…). The standard reserves noncharacters for a program's internal
use, and they are never text. Private-use characters (U+E000–U+F8FF, U+F0000–U+10FFFF)
are text: icon fonts (Font Awesome, Nerd Fonts) put their glyphs there, writers paste
them into posts, and the renderer treats them like any other letter.

A post can still contain noncharacters, so :func:`scrub_noncharacters` replaces them
with U+FFFD wherever text enters the renderer: the body, Liquid values and link text
decoded from ``%xx``. Character references can never produce them: markdown-it and
:func:`html.unescape` refuse noncharacter references.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+1FFFF…).
_NONCHARACTERS = tuple(chr(code) for code in range(0xFDD0, 0xFDF0)) + tuple(
    chr(plane << 16 | low) for plane in range(17) for low in (0xFFFE, 0xFFFF)
)
_NONCHARACTER_RE = re.compile(f"[{''.join(_NONCHARACTERS)}]")


def scrub_noncharacters(text: str) -> str:
    """Return *text* with every Unicode noncharacter replaced by U+FFFD.

    Applied to all text entering the renderer, this makes placeholders impossible to
    forge; a noncharacter has no glyph, so the post looks the same.
    """
    if not has_noncharacters(text):
        return text
    return _NONCHARACTER_RE.sub("\ufffd", text)


def has_noncharacters(text: str) -> bool:
    """Whether *text* holds a Unicode noncharacter (which :func:`scrub_noncharacters` replaces)."""
    # Runs over long text: 66 substring tests are far quicker than a regular expression
    # over a post that (nearly always) has none.
    return any(char in text for char in _NONCHARACTERS)


def _decode(hex_payload: str) -> str:
    try:
        return bytes.fromhex(hex_payload).decode("utf-8", "replace")
    except ValueError:  # never made by Placeholder.make
        return ""


class Placeholder:
    """One kind of placeholder: a payload's UTF-8 hex between two noncharacters.

    Markdown never touches hex digits or noncharacters, so a placeholder comes out of
    parsing and rendering as it went in.
    """

    __slots__ = ("_close", "_open", "_pattern")

    def __init__(self, open_char: str, close_char: str) -> None:
        if scrub_noncharacters(open_char + close_char) != "\ufffd\ufffd":
            raise ValueError("placeholder delimiters must be noncharacters")
        self._open = open_char
        self._close = close_char
        self._pattern = re.compile(f"{open_char}([0-9a-f]*){close_char}")

    @property
    def open(self) -> str:
        """The noncharacter that opens this kind of placeholder."""
        return self._open

    @property
    def close(self) -> str:
        """The noncharacter that closes this kind of placeholder."""
        return self._close

    def make(self, payload: str) -> str:
        """Return the placeholder standing for *payload*."""
        return self._open + payload.encode("utf-8").hex() + self._close

    def replace(self, text: str, replacement: Callable[[str], str]) -> str:
        """Replace each placeholder in *text* by ``replacement(payload)``."""
        if self._open not in text:
            return text
        return self._pattern.sub(lambda match: replacement(_decode(match.group(1))), text)


LIQUID = Placeholder("\ufdd0", "\ufdd1")  # a Liquid tag or output (or a Hugo shortcode)
FOOTNOTE_NUMBER = Placeholder("\ufdd2", "\ufdd3")  # a footnote reference's number
INCLUDE = Placeholder("\ufdd4", "\ufdd5")  # a rendered include: its source and its HTML


# -- the text pane's stand-ins ----------------------------------------------------------
# Qt's text document cannot hold a few characters as themselves: it turns CR, U+2029 and
# U+FDD0/U+FDD1 (its own frame markers) into line breaks and shows U+2028 as one; a text
# handed to Qt that starts with U+FEFF loses it, and one that starts with U+FFFE comes
# out byte-swapped (both are taken for a UTF-16 byte-order mark). In the
# pane each of them is a noncharacter from the same reserved range (U+FDE0…), and a
# noncharacter of that set already in the text is escaped by U+FDEF: the pane's text
# maps back to the post's text exactly, and every line stays one line.
_PANE_ESCAPE = "\ufdef"
_PANE_UNHOLDABLE = "\r\u2028\u2029\ufdd0\ufdd1"
_PANE_LEADING = {"\ufeff": "\ufde5", "\ufffe": "\ufde6"}  # only at the very start
_PANE_STAND_INS = "\ufde0\ufde1\ufde2\ufde3\ufde4" + "".join(_PANE_LEADING.values())
_TO_PANE = dict(zip(_PANE_UNHOLDABLE, _PANE_STAND_INS, strict=False))
_FROM_PANE = dict(zip(_PANE_STAND_INS, _PANE_UNHOLDABLE + "".join(_PANE_LEADING), strict=True))
_PANE_SPECIAL_RE = re.compile(f"[{_PANE_UNHOLDABLE}{_PANE_STAND_INS}{_PANE_ESCAPE}]")
_PANE_DECODE_RE = re.compile(f"{_PANE_ESCAPE}[{_PANE_STAND_INS}{_PANE_ESCAPE}]|[{_PANE_STAND_INS}]")
PANE_STAND_INS = frozenset(_PANE_STAND_INS)  # what the pane shows faintly in their place


def to_pane_text(text: str) -> str:
    """Return *text* as the text pane holds it (every line still one line).

    :func:`from_pane_text` gives *text* back exactly, whatever it contains.
    """
    leading = _PANE_LEADING.get(text[:1], "")
    if leading:
        text = text[1:]
    if any(char in text for char in _PANE_UNHOLDABLE + _PANE_STAND_INS + _PANE_ESCAPE):

        def stand_in(match: re.Match[str]) -> str:
            char = match.group()
            return _TO_PANE.get(char) or _PANE_ESCAPE + char

        text = _PANE_SPECIAL_RE.sub(stand_in, text)
    return leading + text


def from_pane_text(text: str) -> str:
    """Return the post's text for the pane's *text* (the inverse of :func:`to_pane_text`).

    Total: any text the writer leaves in the pane (half an escape deleted) maps to
    something, an escape without its partner standing for itself.
    """
    if not any(char in text for char in _PANE_STAND_INS + _PANE_ESCAPE):
        return text

    def original(match: re.Match[str]) -> str:
        found = match.group()
        return found[1] if len(found) == 2 else _FROM_PANE[found]

    return _PANE_DECODE_RE.sub(original, text)
