"""Which characters of a line the text pane marks faintly because they show no glyph.

No-break and other odd spaces, zero-width joiners and spaces, bidi controls, control
characters and noncharacters (among them the pane's own stand-ins for line and paragraph
separators, :mod:`editor.core.render.placeholders`) look like nothing or like a plain space, yet
they change how a post reads, wraps or builds. The writer should see they are there.
The ideographic (full-width) space U+3000 is marked too, as Japanese editors do: beside a
half-width one it is the most common invisible slip in Japanese prose. Left out are the
zero-width joiner and tag characters inside an emoji sequence, which build one glyph.
"""

from __future__ import annotations

import re
import unicodedata

_RANGES = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f"  # control characters (not tab or newline)
    "\u00a0\u1680\u2000-\u200a\u202f\u205f"  # no-break and other spaces
    "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"  # format
    "\u2028\u2029\u3000\u3164\ufeff\uffa0\ufff9-\ufffb"
    "\ufdd0-\ufdef\ufffe\uffff"  # noncharacters (the pane's stand-ins among them)
    "\U000e0001\U000e0020-\U000e007f"  # language tags, emoji tag sequences
)
_INVISIBLE_RE = re.compile(f"[{_RANGES}]")
_EMOJI_GLUE = "\u200d\ufe0f"


def _inside_emoji(text: str, index: int) -> bool:
    """True when the joiner or tag at ``index`` is part of an emoji sequence."""
    char = text[index]
    if char != "\u200d" and not "\U000e0020" <= char <= "\U000e007f":
        return False
    if index == 0:
        return False
    before = text[index - 1]
    return (
        ord(before) > 0xFFFF
        or before in _EMOJI_GLUE
        or "\U000e0020" <= before <= "\U000e007f"
        or unicodedata.category(before) in ("So", "Sk")
    )


def invisible_positions(text: str) -> list[int]:
    """The code-point indices in ``text`` of the characters to mark."""
    if text.isascii() and text.isprintable():
        return []
    return [
        match.start()
        for match in _INVISIBLE_RE.finditer(text)
        if not _inside_emoji(text, match.start())
    ]


# Symbols every writing font has (Control Pictures such as ␇ are missing from many).
_LABELS = {
    "\r": "\u21a9",  # ↩ a carriage return inside the line
    "\u2028": "\u21b5",  # ↵ a line separator inside the line
    "\u2029": "\u00b6",  # ¶ a paragraph separator inside the line
}


def shows_no_glyph_box(char: str) -> bool:
    """True for characters a font draws as a "missing glyph" box (controls, noncharacters).

    The pane hides that box and draws its own faint mark with :func:`mark_label`.
    """
    code = ord(char)
    return (
        code < 0x20 or 0x7F <= code <= 0x9F or 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE
    )


def mark_label(char: str) -> str:
    """A small faint label for the mark of ``char`` (``""``: only the box or the bar).

    ``char`` is the post's own character, not the pane's stand-in for it.
    """
    return _LABELS.get(char, "")
