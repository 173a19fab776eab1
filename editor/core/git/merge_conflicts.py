"""Git's conflict markers in a text: where each conflict is, and the text with one resolved.

A merge that both sides changed leaves, in the file::

    <<<<<<< HEAD
    the writer's lines ("mine": what was committed here)
    ||||||| base            (only with merge.conflictStyle=diff3 / zdiff3)
    the common ancestor's lines
    =======
    the incoming lines ("theirs": what the pull brought)
    >>>>>>> origin/main

:func:`find_conflicts` reads those regions line by line (nothing else in the text is
touched or interpreted); :func:`resolve` returns the text with one region replaced by the
side, or both sides, the writer chose. Lines keep their own endings, so resolving a
conflict in a CRLF file keeps it CRLF. A marker line without its partners is not a
conflict (a Markdown setext heading underlined with ``=======`` stays a heading).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

MARKER = 7  # git's default conflict-marker-size


class Side(Enum):
    """What to keep of a conflict."""

    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"


@dataclass(frozen=True)
class Conflict:
    """One conflict's lines, 0-based: ``start`` is ``<<<<<<<``, ``end`` is ``>>>>>>>``.

    ``base`` is the ``|||||||`` line of a diff3-style conflict, or -1; ``middle`` is the
    ``=======`` line. ``mine_label``/``theirs_label`` are what git wrote after the markers
    (``HEAD``, a branch or a commit).
    """

    start: int
    base: int
    middle: int
    end: int
    mine_label: str
    theirs_label: str

    def mine_lines(self) -> range:
        """The lines of the writer's side (without markers)."""
        return range(self.start + 1, self.base if self.base >= 0 else self.middle)

    def theirs_lines(self) -> range:
        """The lines of the incoming side (without markers)."""
        return range(self.middle + 1, self.end)

    def marker_lines(self) -> tuple[int, ...]:
        """The marker lines themselves."""
        lines = (self.start, self.base, self.middle, self.end)
        return tuple(line for line in lines if line >= 0)

    def base_lines(self) -> range:
        """The common ancestor's lines of a diff3-style conflict (empty otherwise)."""
        return range(self.base + 1, self.middle) if self.base >= 0 else range(0)


def _is_marker(line: str, char: str) -> bool:
    """``line`` is a marker of ``char``: seven of it, alone (``=``) or before a label."""
    body = line.rstrip("\r\n")
    if char == "=":
        return body == "=" * MARKER
    return body.startswith(char * MARKER) and (len(body) == MARKER or body[MARKER] in " \t")


def _label(line: str) -> str:
    return line.rstrip("\r\n")[MARKER:].strip()


def find_conflicts(lines: list[str]) -> list[Conflict]:
    """Every complete conflict region in ``lines`` (with or without their line endings)."""
    found: list[Conflict] = []
    index, count = 0, len(lines)
    while index < count:
        if not _is_marker(lines[index], "<"):
            index += 1
            continue
        start, base, middle, end = index, -1, -1, -1
        cursor = index + 1
        while cursor < count:
            line = lines[cursor]
            if _is_marker(line, "<"):
                break  # a new conflict begins before this one closed: this one is not
            if middle < 0 and base < 0 and _is_marker(line, "|"):
                base = cursor
            elif middle < 0 and _is_marker(line, "="):
                middle = cursor
            elif middle >= 0 and _is_marker(line, ">"):
                end = cursor
                break
            cursor += 1
        if end < 0:
            index = cursor if cursor > index + 1 else index + 1
            continue
        found.append(Conflict(start, base, middle, end, _label(lines[start]), _label(lines[end])))
        index = end + 1
    return found


def has_conflict_markers(text: str) -> bool:
    """A cheap first look: could ``text`` hold a conflict at all?"""
    return "<" * MARKER in text and "=" * MARKER in text and ">" * MARKER in text


def conflicts_in(text: str) -> list[Conflict]:
    """The conflicts of ``text``, by its lines (``\\n``-separated)."""
    if not has_conflict_markers(text):
        return []
    return find_conflicts(text.split("\n"))


def kept_lines(lines: list[str], conflict: Conflict, side: Side) -> list[str]:
    """The lines that replace ``conflict`` when the writer keeps ``side``."""
    mine = [lines[i] for i in conflict.mine_lines()]
    theirs = [lines[i] for i in conflict.theirs_lines()]
    if side is Side.MINE:
        return mine
    if side is Side.THEIRS:
        return theirs
    return mine + theirs


def resolve(lines: list[str], conflict: Conflict, side: Side) -> list[str]:
    """``lines`` with ``conflict`` replaced by what ``side`` keeps (a new list)."""
    return lines[: conflict.start] + kept_lines(lines, conflict, side) + lines[conflict.end + 1 :]
