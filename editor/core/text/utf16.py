"""Qt counts text positions in UTF-16 units; Python counts code points.

An emoji or a rare kanji outside the Basic Multilingual Plane is one Python character and
two positions in a ``QTextDocument``. Whatever moves between the two must convert.
"""

from __future__ import annotations

from collections.abc import Iterable


def utf16_length(text: str) -> int:
    """How many UTF-16 units (Qt positions) *text* takes."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def utf16_offsets(text: str, indices: Iterable[int]) -> list[int]:
    """The Qt positions of the code-point *indices* into *text* (any order)."""
    wanted = list(indices)
    if text.isascii() or len(text.encode("utf-16-le")) == 2 * len(text):  # no astral char
        return wanted
    order = sorted(range(len(wanted)), key=wanted.__getitem__)
    result = [0] * len(wanted)
    units = 0
    done = 0
    for slot in order:
        target = wanted[slot]
        units += utf16_length(text[done:target])
        done = target
        result[slot] = units
    return result


def code_point_index(text: str, position: int) -> int:
    """The code-point index into *text* of the Qt *position* (inside a pair: after it)."""
    if position <= 0:
        return 0
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)
