"""Reading and writing text files without ever losing a byte.

Reading refuses anything that is not UTF-8 text (with a message naming what it looks
like), normalises newlines to ``"\\n"`` and remembers the BOM, the newline style and the
exact bytes read. Writing is atomic: a temporary file in the same folder is written,
fsynced and moved over the target with ``os.replace``, keeping the permissions, and a
symlink is written through to its target. Any failure leaves the original untouched and
raises :class:`StorageError` with a plain-words message.
"""

from __future__ import annotations

import contextlib
import ctypes
import difflib
import errno
import hashlib
import os
import re
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

# A save writes ``.<name>.XXXX.kiji-tmp`` beside the post, then renames it over the post.
TEMP_SUFFIX = ".kiji-tmp"
# Leftovers older than this are a killed save's, never one in progress.
STALE_TEMP_SECONDS = 60.0
# Held by a save from its swap until the displaced old post is gone, and by the sweep of
# leftovers: the old post keeps its (old) mtime under the temp file's name for a moment.
_SWAP_LOCK = threading.Lock()

UTF8_BOM = b"\xef\xbb\xbf"
NEWLINES = ("\n", "\r\n", "\r")

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")


class StorageError(Exception):
    """A file could not be read or written; ``message`` is plain words for the writer."""

    def __init__(self, message: str, path: str | os.PathLike[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None


@dataclass(frozen=True)
class DecodedText:
    """A text file as read: ``text`` has ``"\\n"`` newlines and no BOM.

    ``raw`` keeps the exact bytes read, so a file with mixed newlines can be written
    back byte for byte while its text is unchanged.
    """

    text: str
    bom: bool
    newline: str
    hash: str
    raw: bytes
    identity: FileIdentity | None = None
    """Which file was read (``None`` for bytes that did not come from a file)."""

    def encode(self, text: str) -> bytes:
        """Return the bytes for ``text`` in this file's style (the original bytes if unchanged).

        In a file with mixed newlines every line the edit did not touch keeps its own
        ending; new lines take the ending of the line they replace, else the file's most
        common one.
        """
        if text == self.text:
            return self.raw
        data = encode_text(text, bom=self.bom, newline=self.newline)
        raw = self.raw[len(UTF8_BOM) :] if self.bom else self.raw
        if not _has_mixed_newlines(raw):
            return data
        endings = _line_endings(raw.decode("utf-8"))
        encoded = _with_line_endings(text, self.text, endings, self.newline)
        return (UTF8_BOM if self.bom else b"") + encoded.encode("utf-8")


@dataclass(frozen=True, slots=True)
class FileIdentity:
    """Which file a path named when it was read: its inode, size and modification time.

    Another program that replaces the file (a new inode) or rewrites it in place (a new
    size or time) changes the identity, so a save can tell the file is no longer the one
    it was based on without trusting the content hash alone.
    """

    device: int
    inode: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, info: os.stat_result) -> FileIdentity:
        """The identity recorded in a ``stat`` result."""
        return cls(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def read_regular_file(
    path: str | os.PathLike[str], max_bytes: int | None = None
) -> tuple[bytes, FileIdentity]:
    """Read a regular file's bytes and identity; raise ``OSError`` for anything else.

    A FIFO, a device or a folder named like a post would otherwise make a read block
    forever or fail oddly: they are opened without blocking and refused (``EINVAL``,
    ``EISDIR``). A file larger than ``max_bytes`` raises ``EFBIG`` without being read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            code = errno.EISDIR if stat.S_ISDIR(info.st_mode) else errno.EINVAL
            raise OSError(code, "not a regular file", os.fspath(path))
        if max_bytes is not None and info.st_size > max_bytes:
            raise OSError(errno.EFBIG, "file too large", os.fspath(path))
        chunks: list[bytes] = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
    finally:
        os.close(fd)
    return b"".join(chunks), FileIdentity.of(info)


def content_hash(data: bytes) -> str:
    """Return the hex SHA-256 of ``data`` (used to notice changes made on disk)."""
    return hashlib.sha256(data).hexdigest()


def file_hash(path: str | os.PathLike[str]) -> str | None:
    """Return the content hash of the file at ``path``, or ``None`` if it cannot be read."""
    try:
        return content_hash(read_regular_file(path)[0])
    except OSError:
        return None


def detect_newline(text: str) -> str:
    """Return the most common newline of ``text`` (``"\\n"`` when it has none or on a tie)."""
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    best = max(lf, crlf, cr)
    if best == 0 or lf == best:
        return "\n"
    return "\r\n" if crlf == best else "\r"


def _has_mixed_newlines(raw: bytes) -> bool:
    crlf = raw.count(b"\r\n")
    kinds = (crlf > 0) + (raw.count(b"\n") > crlf) + (raw.count(b"\r") > crlf)
    return kinds > 1


def _line_endings(text: str) -> list[str]:
    """The ending of each line of ``text`` as written (``""`` for a last line without)."""
    endings = [match.group(1) for match in _LINE_ENDING.finditer(text)]
    return endings[: sum(1 for ending in endings if ending) + 1]


_LINE_ENDING = re.compile(r"[^\r\n]*(\r\n|\n|\r|$)")


def _with_line_endings(text: str, old_text: str, endings: list[str], default: str) -> str:
    """``text`` (``"\\n"`` newlines) with each line's ending taken from the old file.

    ``old_text`` is the file's text as read (``"\\n"`` newlines) and ``endings`` its
    lines' endings as written. Lines the edit left alone keep theirs.
    """
    old_lines, new_lines = old_text.split("\n"), text.split("\n")
    # The lines before the first and after the last change match by position (a
    # matcher could pair equal lines, blank ones say, across the edit); in between, by
    # content.
    head = 0
    limit = min(len(old_lines), len(new_lines))
    while head < limit and old_lines[head] == new_lines[head]:
        head += 1
    tail = 0
    while (
        tail < limit - head
        and old_lines[len(old_lines) - 1 - tail] == new_lines[len(new_lines) - 1 - tail]
    ):
        tail += 1
    chosen = [ending or default for ending in endings[:head]]
    old_middle = old_lines[head : len(old_lines) - tail]
    new_middle = new_lines[head : len(new_lines) - tail]
    matcher = difflib.SequenceMatcher(None, old_middle, new_middle, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for offset in range(j2 - j1):
            if tag in ("equal", "replace") and i1 + offset < i2:
                chosen.append(endings[head + i1 + offset] or default)
            else:  # inserted lines: like the line before them
                chosen.append(chosen[-1] if chosen else default)
    chosen += [ending or default for ending in endings[len(endings) - tail :]] if tail else []
    pieces = [line + ending for line, ending in zip(new_lines[:-1], chosen, strict=False)]
    return "".join(pieces) + new_lines[-1]


def normalize_newlines(text: str) -> str:
    """Turn ``"\\r\\n"`` and lone ``"\\r"`` into ``"\\n"``."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def encode_text(text: str, *, bom: bool, newline: str) -> bytes:
    """Encode ``"\\n"``-newline ``text`` as UTF-8 with the given BOM and newline style."""
    if newline not in NEWLINES:
        raise ValueError(f"unknown newline {newline!r}")
    if newline != "\n":
        text = text.replace("\n", newline)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        # Only broken surrogate pairs get here; writing them would make the file unreadable.
        raise StorageError(
            f"The text has an invalid character at position {exc.start}; it cannot be saved as "
            "UTF-8."
        ) from exc
    return UTF8_BOM + data if bom else data


def _describe_non_utf8(data: bytes) -> str:
    """Guess in plain words what a non-UTF-8 file looks like."""
    if data.startswith(_UTF32_BOMS):
        return "it looks like UTF-32 text"
    if data.startswith(_UTF16_BOMS):
        return "it looks like UTF-16 text"
    sample = data[:8192]
    if b"\x00" in sample:
        return "it looks like a binary file"
    for codec, name in (("shift_jis", "Shift-JIS"), ("euc_jp", "EUC-JP"), ("cp1252", "Latin-1")):
        try:
            sample.decode(codec)
        except UnicodeDecodeError:
            continue
        return f"it looks like {name} text"
    return "it looks like a binary file or an unknown encoding"


def decode_bytes(data: bytes, path: str | os.PathLike[str] | None = None) -> DecodedText:
    """Decode file bytes as UTF-8 text; raise :class:`StorageError` for anything else."""
    label = Path(path).name if path is not None else "The file"
    bom = data.startswith(UTF8_BOM)
    body = data[len(UTF8_BOM) :] if bom else data
    if data.startswith(_UTF32_BOMS + _UTF16_BOMS) or b"\x00" in body:
        raise StorageError(
            f"{label} is not UTF-8 text ({_describe_non_utf8(data)}); it was not opened.", path
        )
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise StorageError(
            f"{label} is not UTF-8 text ({_describe_non_utf8(data)}); it was not opened.", path
        ) from exc
    return DecodedText(
        text=normalize_newlines(text),
        bom=bom,
        newline=detect_newline(text),
        hash=content_hash(data),
        raw=data,
    )


def read_text_file(path: str | os.PathLike[str]) -> DecodedText:
    """Read a UTF-8 text file; raise :class:`StorageError` with a plain message on failure."""
    try:
        data, identity = read_regular_file(path)
    except OSError as exc:
        raise StorageError(describe_os_error(exc, Path(path), "read"), path) from exc
    return replace(decode_bytes(data, path), identity=identity)


def describe_os_error(exc: OSError, path: Path, action: str) -> str:
    """Put an ``OSError`` met while trying to ``action`` (read/write) ``path`` in plain words."""
    code = exc.errno
    if code == errno.ENOENT:
        return f"{path} does not exist (or its folder is missing)."
    if code == errno.EROFS:
        return f"The folder {path.parent} is on a read-only disk."
    if code in (errno.EACCES, errno.EPERM):
        if action == "write":
            return f"The folder {path.parent} or the file {path.name} is read-only."
        return f"You do not have permission to read {path}."
    if code == errno.ENOSPC:
        return f"The disk is full; {path.name} was not saved."
    if code == errno.EDQUOT:
        return f"Your disk quota is used up; {path.name} was not saved."
    if code == errno.EISDIR:
        return f"{path} is a folder, not a file."
    if code == errno.ELOOP:
        return f"{path} is a symbolic link that leads back to itself; it cannot be opened."
    if code == errno.EINVAL and action == "read":
        return f"{path} is not a regular file (a pipe or a device); it was not opened."
    detail = exc.strerror or str(exc)
    return f"Could not {action} {path}: {detail}."


def _resolve_target(path: Path) -> Path:
    """Follow symlinks so that the link's target is written and the link itself kept."""
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


class WriteConflictError(StorageError):
    """The file on disk is not the one the write was based on; it was not overwritten.

    ``kept`` is where an outside version that the write displaced was put back beside
    the file (``None`` when the outside version is simply still at the path).
    """

    def __init__(self, path: Path, kept: Path | None = None) -> None:
        message = f"{path.name} was changed on disk by another program while it was saved."
        if kept is not None:
            message += f" That program's version was kept as {kept.name}."
        super().__init__(message, path)
        self.kept = kept


@dataclass(frozen=True, slots=True)
class Expected:
    """What a save expects to replace: the file as it was last read or saved."""

    hash: str
    identity: FileIdentity | None = None


def _matches(path: str | os.PathLike[str], expected: Expected) -> bool:
    """Whether the file at ``path`` is still the expected one (identity and content)."""
    try:
        data, identity = read_regular_file(path)
    except OSError:
        return False
    if expected.identity is not None and identity != expected.identity:
        return False
    return content_hash(data) == expected.hash


def _conflict_copy_name(target: Path) -> Path:
    """A hidden, unused name beside ``target`` for an outside version a save displaced."""
    return target.with_name(f".{target.name}.kiji-conflict-{time.time_ns()}")


def _swap_in(tmp_name: str, target: Path, expected: Expected, written: FileIdentity) -> None:
    """Put the written file at ``target`` if ``target`` is still the expected file.

    The target is checked right before the move, the move swaps the two files in one
    step where the system can (Linux, macOS) so the file it displaced can be checked
    after it, and the target is checked again afterwards. Raises
    :class:`WriteConflictError` when another program's version came in at any point; that
    version is then at ``target`` again or kept beside it, never lost.
    """
    if not _matches(target, expected):
        raise WriteConflictError(target)
    with _SWAP_LOCK:
        _swap_checked(tmp_name, target, expected, written)


def _swap_checked(tmp_name: str, target: Path, expected: Expected, written: FileIdentity) -> None:
    """The swap and its checks; the displaced old post sits under the temp name meanwhile."""
    if not exchange_files(tmp_name, target):
        os.replace(tmp_name, target)  # no atomic swap here: the checks around it remain
    elif not _matches(tmp_name, expected):
        # An outside version came in between the check and the swap: swap it back.
        exchange_files(tmp_name, target)
        try:
            back = FileIdentity.of(os.lstat(tmp_name))
        except OSError:
            back = None
        if back == written:
            os.unlink(tmp_name)
            raise WriteConflictError(target)
        kept = _conflict_copy_name(target)  # yet another version arrived meanwhile
        os.rename(tmp_name, kept)
        raise WriteConflictError(target, kept)
    else:
        os.unlink(tmp_name)  # the version we replaced, as expected
    try:
        now = FileIdentity.of(os.lstat(target))
    except OSError:
        now = None
    if now != written:
        raise WriteConflictError(target)  # replaced again right after: theirs is on disk


def atomic_write_bytes(
    path: str | os.PathLike[str], data: bytes, *, expected: Expected | None = None
) -> FileIdentity:
    """Write ``data`` to ``path`` atomically, keeping its permissions; return its identity.

    The bytes go to a temporary file in the same folder, are fsynced and then moved over
    the target; on any failure the temporary file is removed, the original file is left
    as it was and :class:`StorageError` is raised. With ``expected`` the write only
    replaces that version of the file (see :func:`_swap_in`) and raises
    :class:`WriteConflictError` otherwise.
    """
    target = _resolve_target(Path(path))
    try:
        info: os.stat_result | None = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise StorageError(describe_os_error(exc, target, "write"), path) from exc
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent
        )
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if info is None:
            # mkstemp creates 0600; a new file should get the usual umask-based mode.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp_name, 0o666 & ~umask)
        else:
            os.chmod(tmp_name, stat.S_IMODE(info.st_mode))
            if hasattr(os, "chown"):
                # Keep the owner when we may (e.g. saving as root); otherwise it is ours.
                with contextlib.suppress(OSError):
                    os.chown(tmp_name, info.st_uid, info.st_gid)
        written = FileIdentity.of(os.stat(tmp_name))
        if expected is not None and info is not None:
            name, tmp_name = tmp_name, None  # _swap_in owns it from here
            try:
                _swap_in(name, target, expected, written)
            finally:
                if os.path.lexists(name) and FileIdentity.of(os.lstat(name)) == written:
                    os.unlink(name)  # ours, not put in place
        else:
            os.replace(tmp_name, target)
            tmp_name = None
        _fsync_folder(target.parent)
    except OSError as exc:
        raise StorageError(describe_os_error(exc, target, "write"), path) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return written


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows it (not on Windows)."""
    if os.name != "posix":  # pragma: no cover - Windows cannot open folders
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - some filesystems refuse; the data is already synced
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def sweep_stale_temp_files(path: str | os.PathLike[str], *, now: float | None = None) -> list[Path]:
    """Remove temporary files a killed save left next to ``path``; returns what was removed.

    A save interrupted between writing its temporary file and the rename (a crash, a power
    cut) leaves ``.<name>.XXXX.kiji-tmp`` beside the post, where it would end up in the
    writer's git commits. The post itself is intact. Only files older than a minute are
    removed, so a save in progress in another window is never disturbed.
    """
    target = _resolve_target(Path(path))
    return _remove_stale(target.parent, f".{target.name}.", now)


def sweep_stale_temp_files_in(
    folders: Iterable[str | os.PathLike[str]], *, now: float | None = None
) -> list[Path]:
    """Remove what killed saves left in ``folders`` (not their subfolders), for any post.

    The site index calls this when a site opens, and Kiji at start for its recent sites,
    so leftovers go even when their post is never opened again.
    """
    removed: list[Path] = []
    for folder in folders:
        removed += _remove_stale(Path(folder), ".", now)
    return removed


def _remove_stale(folder: Path, prefix: str, now: float | None) -> list[Path]:
    """Remove the old temporary files in ``folder`` whose names start with ``prefix``.

    The names are listed in one call and tested with string methods: a glob tested each
    of a 50,000-post folder's names in Python, 0.95 s on the UI thread per opened post.
    """
    cutoff = (time.time() if now is None else now) - STALE_TEMP_SECONDS
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    least = len(prefix) + len(TEMP_SUFFIX)
    candidates = [
        folder / name
        for name in names
        if name.endswith(TEMP_SUFFIX) and name.startswith(prefix) and len(name) >= least
    ]
    for candidate in candidates:
        try:
            with _SWAP_LOCK:  # never the old post a save in progress just swapped out
                if candidate.is_file() and candidate.stat().st_mtime < cutoff:
                    candidate.unlink()
                    removed.append(candidate)
        except OSError:
            continue
    return removed


_RENAME_EXCHANGE = 2  # Linux renameat2() flag
_RENAME_SWAP = 2  # macOS renamex_np() flag
_AT_FDCWD = -100


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover - Windows
        return None


_LIBC = _libc() if sys.platform in ("linux", "darwin") else None


def exchange_files(first: str | os.PathLike[str], second: str | os.PathLike[str]) -> bool:
    """Swap two files' names in one atomic step; ``False`` where the system cannot.

    Used by saves: the file that was displaced ends up under ``first``, so it can be
    checked, and put back, after the fact. Both files must exist.
    """
    one, two = os.fsencode(first), os.fsencode(second)
    if _LIBC is not None and sys.platform == "linux" and hasattr(_LIBC, "renameat2"):
        result = _LIBC.renameat2(_AT_FDCWD, one, _AT_FDCWD, two, _RENAME_EXCHANGE)
    elif _LIBC is not None and sys.platform == "darwin" and hasattr(_LIBC, "renamex_np"):
        result = _LIBC.renamex_np(one, two, _RENAME_SWAP)
    else:
        return False
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False  # this filesystem cannot swap
    raise OSError(code, os.strerror(code), os.fsdecode(second))
