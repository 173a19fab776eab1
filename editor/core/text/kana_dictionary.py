"""pykakasi's kanji dictionary, read one record at a time instead of all at once.

pykakasi unpickles its 10 MB kanji dictionary in one call the first time it converts
text: about 0.6 s during which the GIL is held, so the window freezes whether that
happens on the UI thread or in a worker (the tag completer and slug suggestions hit it
on the first post a session opens). Kiji splits the dictionary once, in a separate
process, into a file with a small index and one pickled record per first character, and
installs a table that reads a record when pykakasi asks for it (``Kanwa.load`` only ever
calls ``table.get(key)``).

File layout: ``MAGIC``, an 8-byte big-endian index length, the pickled index
``{key: (offset, length)}`` and then the records.
"""

from __future__ import annotations

import os
import pickle
import struct
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

MAGIC = b"KIJI-KANWA-1\n"
_LENGTH = struct.Struct(">Q")


def source_dictionary() -> Path:
    """pykakasi's own kanji dictionary file."""
    from pykakasi import properties

    # pykakasi rebinds the class name to its one instance, which confuses type checkers.
    configurations: Any = properties.Configurations
    return Path(configurations.dictpath(configurations.jisyo_kanwa))


def split_path(cache_dir: Path) -> Path:
    """Where the split dictionary for the installed pykakasi lives in ``cache_dir``."""
    return cache_dir / f"kanwa-{source_dictionary().stat().st_size}-1.bin"


def build(target: Path) -> None:
    """Write the split dictionary to ``target`` (atomically; loads the whole one once)."""
    with open(source_dictionary(), "rb") as stream:
        table: dict[int, Any] = pickle.load(stream)
    records: list[bytes] = []
    index: dict[int, tuple[int, int]] = {}
    offset = 0
    for key, value in table.items():
        record = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        index[key] = (offset, len(record))
        records.append(record)
        offset += len(record)
    head = pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".kanwa-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(MAGIC + _LENGTH.pack(len(head)) + head)
            for record in records:
                out.write(record)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class SplitTable:
    """The part of a dict that pykakasi uses (``get``), reading records on demand."""

    def __init__(self, path: Path) -> None:
        """Read the index of the split dictionary at ``path`` (raises ``ValueError``)."""
        self._path = path
        with open(path, "rb") as stream:
            if stream.read(len(MAGIC)) != MAGIC:
                raise ValueError(f"{path} is not a split kanji dictionary")
            (length,) = _LENGTH.unpack(stream.read(_LENGTH.size))
            self._index: dict[int, tuple[int, int]] = pickle.loads(stream.read(length))
        self._start = len(MAGIC) + _LENGTH.size + length
        self._records: dict[int, Any] = {}
        self._lock = threading.Lock()

    def get(self, key: int, default: Any = None) -> Any:
        """The record for ``key`` (a first character's code point), or ``default``."""
        found = self._records.get(key)
        if found is not None:
            return found
        place = self._index.get(key)
        if place is None:
            return default
        offset, length = place
        with self._lock, open(self._path, "rb") as stream:
            stream.seek(self._start + offset)
            value = pickle.loads(stream.read(length))
        self._records[key] = value
        return value


def install(path: Path) -> bool:
    """Make pykakasi read its kanji dictionary from the split file at ``path``.

    Returns False (and changes nothing) when the file is missing or unreadable, or when
    pykakasi has already loaded its dictionary.
    """
    try:
        table = SplitTable(path)
    except (OSError, ValueError, pickle.UnpicklingError, EOFError, struct.error):
        return False
    from pykakasi.kanji import Kanwa

    state: dict[str, Any] = Kanwa._shared_state  # pykakasi's one shared dictionary
    with state["_lock"]:
        if state["_jisyo_table"] is not None:
            return False
        state["_jisyo_table"] = table
    return True


def in_use() -> bool:
    """Whether pykakasi reads its kanji dictionary from a split file (see :func:`install`)."""
    from pykakasi.kanji import Kanwa

    return isinstance(Kanwa._shared_state.get("_jisyo_table"), SplitTable)


def build_command(target: Path) -> list[str]:
    """The command that builds ``target`` in a process of its own (frozen app or not)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--build-kana-dictionary", str(target)]
    return [sys.executable, "-m", "editor.core.text.kana_dictionary", str(target)]


def prepare(cache_dir: Path) -> subprocess.Popen[bytes] | None:
    """Use the split dictionary in ``cache_dir``; if there is none yet, start building it.

    The build runs in a process of its own (at low priority), so the GIL of this one is
    never held for it; until it is done, pykakasi loads its dictionary as it always did.
    Returns the build process, if one was started.
    """
    try:
        target = split_path(cache_dir)
    except (ImportError, OSError):
        return None  # no pykakasi: nothing to speed up
    if install(target) or target.exists():
        return None
    try:
        return subprocess.Popen(
            build_command(target),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        return None


def run_build(target: Path) -> int:
    """The body of the build process: ``build(target)`` politely; the exit code."""
    if hasattr(os, "nice"):
        os.nice(10)  # the writer's window comes first
    build(target)
    return 0


if __name__ == "__main__":  # the separate process of build_command()
    sys.exit(run_build(Path(sys.argv[1])))
