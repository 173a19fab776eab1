"""Pure parsers for what ``git`` prints: ``status --porcelain=v2 -z --branch`` and ``log``.

No process is started here (that is :mod:`editor.services.git_repo`); these functions
turn git's machine-readable bytes into plain values, so they are tested without a
repository (and with Hypothesis against every shape the format allows).

A file's *marker* is what the posts panel shows: ``"conflicted"``, ``"untracked"``,
``"new"`` (added to the index), ``"deleted"``, ``"modified"`` (the work tree differs from
the index) or ``"staged"`` (only the index differs from the last commit).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime

CONFLICTED = "conflicted"
UNTRACKED = "untracked"
NEW = "new"
DELETED = "deleted"
MODIFIED = "modified"
STAGED = "staged"
MARKERS = (CONFLICTED, UNTRACKED, NEW, DELETED, MODIFIED, STAGED)


@dataclass(frozen=True)
class FileState:
    """One changed path of the repository (``path`` is relative to its top, with ``/``)."""

    path: str
    index: str
    """X of git's XY: ``.`` unchanged, ``M``, ``A``, ``D``, ``R``, ``C``, ``T``, ``U``."""
    worktree: str
    """Y of git's XY."""
    kind: str
    """``"1"`` ordinary, ``"2"`` renamed or copied, ``"u"`` unmerged, ``"?"`` untracked."""
    orig_path: str = ""
    """The path before a rename or copy (``kind == "2"``)."""

    @property
    def marker(self) -> str:
        """The one word the posts panel shows for this file (see the module docstring)."""
        if self.kind == "u":
            return CONFLICTED
        if self.kind == "?":
            return UNTRACKED
        if "D" in (self.index, self.worktree):
            return DELETED
        if self.worktree != ".":
            return MODIFIED
        if self.index == "A":
            return NEW
        return STAGED

    @property
    def is_staged(self) -> bool:
        """True when the index holds a change of this file."""
        return self.kind in ("1", "2") and self.index != "."


@dataclass(frozen=True)
class StatusReport:
    """What ``git status --porcelain=v2 -z --branch`` said about the repository."""

    files: tuple[FileState, ...] = ()
    head: str = ""
    """The branch name, or ``"(detached)"``."""
    oid: str = ""
    """The commit checked out, or ``"(initial)"`` before the first commit."""
    upstream: str = ""
    ahead: int = 0
    behind: int = 0

    def by_path(self) -> dict[str, FileState]:
        """The files keyed by their path relative to the repository's top."""
        return {state.path: state for state in self.files}

    @property
    def conflicted(self) -> tuple[FileState, ...]:
        """The files git could not merge."""
        return tuple(state for state in self.files if state.kind == "u")


def _text(raw: bytes) -> str:
    """Decode a path as the file system does (undecodable bytes survive the round trip)."""
    return os.fsdecode(raw) if os.name != "nt" else raw.decode("utf-8", "surrogateescape")


def parse_status(data: bytes) -> StatusReport:
    """Parse ``git status --porcelain=v2 -z [--branch]`` output.

    Records are NUL-terminated; a rename record is followed by one more NUL-terminated
    field, its original path. Unknown records (a newer git) are skipped, not fatal.
    """
    fields = data.split(b"\0")
    files: list[FileState] = []
    branch: dict[str, str] = {}
    ahead = behind = 0
    position = 0
    while position < len(fields):
        record = fields[position]
        position += 1
        if not record:
            continue
        kind = record[:1]
        if kind == b"#":
            parts = record[2:].split(b" ", 1)
            name = _text(parts[0])
            value = _text(parts[1]) if len(parts) > 1 else ""
            if name == "branch.ab":
                numbers = value.split()
                if len(numbers) == 2:
                    ahead, behind = abs(_int(numbers[0])), abs(_int(numbers[1]))
            else:
                branch[name] = value
        elif kind == b"1":
            parts = record.split(b" ", 8)
            if len(parts) == 9:
                xy = _text(parts[1])
                files.append(FileState(_text(parts[8]), xy[:1], xy[1:2], "1"))
        elif kind == b"2":
            parts = record.split(b" ", 9)
            original = fields[position] if position < len(fields) else b""
            position += 1
            if len(parts) == 10:
                xy = _text(parts[1])
                files.append(FileState(_text(parts[9]), xy[:1], xy[1:2], "2", _text(original)))
        elif kind == b"u":
            parts = record.split(b" ", 10)
            if len(parts) == 11:
                xy = _text(parts[1])
                files.append(FileState(_text(parts[10]), xy[:1], xy[1:2], "u"))
        elif kind == b"?" and record[1:2] == b" ":
            files.append(FileState(_text(record[2:]), "?", "?", "?"))
    return StatusReport(
        tuple(files),
        head=branch.get("branch.head", ""),
        oid=branch.get("branch.oid", ""),
        upstream=branch.get("branch.upstream", ""),
        ahead=ahead,
        behind=behind,
    )


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        return 0


# -- git log ------------------------------------------------------------------------------

LOG_FORMAT = "%x1e%H%x1f%an%x1f%ae%x1f%aI%x1f%s"
"""The ``--format`` :func:`parse_log` reads; pass it with ``--name-only -z``."""


@dataclass(frozen=True)
class LogEntry:
    """One commit in a file's history; ``path`` is the file's name in that commit."""

    oid: str
    author: str
    email: str
    date: datetime | None
    subject: str
    path: str = ""
    extra: tuple[str, ...] = field(default=(), compare=False)


def parse_log(data: bytes) -> list[LogEntry]:
    """Parse ``git log --format=LOG_FORMAT --name-only -z`` output, newest first.

    Each commit starts with the record separator (0x1e); its header (ended by NUL) has
    fields split by the unit separator (0x1f); the names git lists after it
    (``--name-only -z``: a newline, then NUL-terminated names) follow, and the first is the
    file's path in that commit (``--follow``).
    """
    entries: list[LogEntry] = []
    # A commit starts at a record separator that opens the output or follows a NUL (the
    # end of the previous commit's last name): a name or subject may hold 0x1e itself.
    for chunk in (b"\0" + data).split(b"\0\x1e"):
        if not chunk.strip(b"\0\n"):
            continue
        header, _, rest = chunk.partition(b"\0")
        parts = header.split(b"\x1f")
        if len(parts) < 5:
            continue
        names = [_text(name.strip(b"\n")) for name in rest.split(b"\0")]
        names = [name for name in names if name]
        date_text = parts[3].decode("ascii", "replace")
        try:
            date: datetime | None = datetime.fromisoformat(date_text)
        except ValueError:
            date = None
        entries.append(
            LogEntry(
                oid=parts[0].decode("ascii", "replace"),
                author=parts[1].decode("utf-8", "replace"),
                email=parts[2].decode("utf-8", "replace"),
                date=date,
                subject=b"\x1f".join(parts[4:]).decode("utf-8", "replace"),
                path=names[0] if names else "",
                extra=tuple(names[1:]),
            )
        )
    return entries
