"""The site index kept between runs, so a big site opens without reading every post again.

One file per site in the user cache folder (never in the site). An entry is reused only
when its file still has the cached modification time (``mtime_ns``) and size; anything
else is read again. The file is never trusted blindly: it starts with a format tag and
a SHA-256 digest of what follows, it must name the same site folder and the same entry
fields, and it is unpickled with a loader that builds nothing but plain values and
dates (no class of the program, no function). A file that fails any of this is ignored.

Each entry is kept with the body facts read for it so far (references, reading time; see
:class:`~editor.core.site.post_entries.BodyFacts`), so the checks of the next start do
not read every post again either.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import os
import pickle
import tempfile
import time
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from editor.core.site.post_entries import BODY_FACTS, BodyFacts, PostEntry, Reference, Status

FORMAT = b"KIJI-SITE-INDEX 3\n"
"""The first bytes of a cache file; a new layout of the file gets a new number."""
CHUNK = 1_000
"""Records per pickle: the file is a header pickle and then one pickle per chunk.

Pickling or unpickling is one C call that holds the interpreter lock throughout; for a
50,000-post site in one piece that froze the UI thread 0.75 s (saving) and 0.5 s
(loading). A chunk takes ~15 ms."""
DIGEST_SIZE = 32
RACY_NS = 2_000_000_000
"""Files modified this close to (or after) the moment the cache was written are read
again: a second edit within the file system's time resolution keeps the time stamp."""

_FIELDS = tuple(field.name for field in dataclasses.fields(PostEntry))
_SCHEMA = hashlib.sha256(
    repr(
        (
            _FIELDS,
            tuple(f.name for f in dataclasses.fields(Reference)),
            tuple(f.name for f in dataclasses.fields(BodyFacts)),
        )
    ).encode()
).hexdigest()
_PATH = _FIELDS.index("path")
_DATE = _FIELDS.index("date")
_ALLOWED = {
    ("datetime", "datetime"),
    ("datetime", "date"),
    ("datetime", "time"),
    ("datetime", "timedelta"),
    ("datetime", "timezone"),
}
_TYPES: dict[str, tuple[type, ...]] = {
    "kind": (str,),
    "title": (str,),
    "draft": (bool,),
    "status": (str,),
    "slug": (str,),
    "mtime_ns": (int,),
    "size": (int,),
    "front_matter": (dict,),
    "tags": (tuple,),
    "categories": (tuple,),
    "authors": (tuple,),
    "keys": (tuple,),
}

_CHECKS = tuple((_FIELDS.index(name), types) for name, types in _TYPES.items())


def cache_file(cache_dir: Path, root: Path) -> Path:
    """Where the index of the site at ``root`` is kept inside ``cache_dir``."""
    name = hashlib.sha256(os.fsencode(str(root))).hexdigest()[:32]
    return cache_dir / "site-index" / f"{name}.bin"


class _PlainUnpickler(pickle.Unpickler):
    """Builds plain values and dates only: any other global in the file is refused."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a site index")


def _record(entry: PostEntry) -> tuple[Any, ...]:
    """The entry's fields as plain values, then its body facts (``None``: not read yet)."""
    values: list[Any] = [getattr(entry, name) for name in _FIELDS]
    values[_PATH] = str(entry.path)
    values[_DATE] = _plain_date(entry.date)
    facts = BODY_FACTS.known(entry)
    if facts is None:
        values.append(None)
    else:
        references = tuple(
            (ref.target, ref.line, ref.image, ref.liquid_tag) for ref in facts.references
        )
        values.append((references, facts.words, facts.cjk_characters, facts.body_characters))
    return tuple(values)


def _facts(record: object) -> BodyFacts | None:
    """The body facts :func:`_record` kept; ``ValueError`` for anything else."""
    if record is None:
        return None
    if not (isinstance(record, tuple) and len(record) == 4 and isinstance(record[0], tuple)):
        raise ValueError("not cached body facts")
    references, words, cjk, characters = record
    if not all(isinstance(number, int) for number in (words, cjk, characters)):
        raise ValueError("not cached counts")
    refs = []
    for ref in references:
        if not (isinstance(ref, tuple) and len(ref) == 4 and isinstance(ref[0], str)):
            raise ValueError("not a cached reference")
        refs.append(Reference(*ref))
    return BodyFacts(tuple(refs), words, cjk, characters)


def _plain_date(when: datetime | None) -> tuple[datetime, str] | None:
    """``when`` with a fixed offset, and the name of its zone (a zone is not pickled:
    unpickling one would need more than plain values)."""
    if when is None:
        return None
    offset = when.utcoffset()
    if offset is None:
        return (when, "")
    zone = when.tzinfo
    key = zone.key if isinstance(zone, ZoneInfo) else ""
    return (when.astimezone(timezone(offset)), key)


def _zoned_date(value: object) -> datetime | None:
    """The date :func:`_plain_date` kept; ``ValueError`` for anything else."""
    if value is None:
        return None
    if not (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], datetime)):
        raise ValueError("not a cached date")
    when, key = value[0], value[1]
    if not isinstance(key, str):
        raise ValueError("not a zone name")
    return when.astimezone(ZoneInfo(key)) if key else when


def _entry(record: object, paths: Mapping[str, Path]) -> tuple[PostEntry, BodyFacts | None] | None:
    """The entry and body facts :func:`_record` kept (``None``: not such a record); its
    path is the one of ``paths`` with the same text when there is one."""
    if not isinstance(record, tuple) or len(record) != len(_FIELDS) + 1:
        return None
    values = list(record[:-1])
    path = values[_PATH]
    if not isinstance(path, str):
        return None
    for index, types in _CHECKS:
        if not isinstance(values[index], types):
            return None
    values[_PATH] = paths.get(path) or Path(path)
    values[_DATE] = _zoned_date(values[_DATE])
    return PostEntry(*values), _facts(record[-1])  # positional: a keyword dict costs more


def save_index(cache_dir: Path, root: Path, entries: Iterable[PostEntry]) -> Path:
    """Write the index of the site at ``root`` (atomically: a reader sees old or new)."""
    path = cache_file(cache_dir, root)
    written_ns = time.time_ns()
    records = [_record(e) for e in entries]
    chunks = [records[start : start + CHUNK] for start in range(0, len(records), CHUNK)]
    out_buffer = io.BytesIO()
    header = (_SCHEMA, str(root), written_ns, len(chunks))
    for piece in (header, *chunks):
        out_buffer.write(pickle.dumps(piece, protocol=pickle.HIGHEST_PROTOCOL))
    payload = out_buffer.getvalue()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(FORMAT + hashlib.sha256(payload).digest() + payload)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return path


def load_index(cache_dir: Path, root: Path, paths: Iterable[Path] = ()) -> dict[Path, PostEntry]:
    """The cached entries of the site at ``root`` that may be reused (``{}``: none).

    ``paths``, the files just listed, lend their path objects to the entries (making a
    new path from text costs more than the rest of an entry).

    Entries written too close to the moment the cache was saved are left out (see
    :data:`RACY_NS`); the caller still compares each entry's ``mtime_ns`` and ``size``
    with the file before reusing it.
    """
    try:
        data = cache_file(cache_dir, root).read_bytes()
    except OSError:
        return {}
    head = len(FORMAT)
    digest, payload = data[head : head + DIGEST_SIZE], data[head + DIGEST_SIZE :]
    if not data.startswith(FORMAT) or hashlib.sha256(payload).digest() != digest:
        return {}
    loaded_records = _load_records(payload, root)
    if loaded_records is None:
        return {}
    records, written_ns = loaded_records
    listed = {str(path): path for path in paths}
    entries: dict[Path, PostEntry] = {}
    facts: list[tuple[PostEntry, BodyFacts]] = []
    for record in records:
        try:
            loaded = _entry(record, listed)
        except (TypeError, ValueError, LookupError):  # ZoneInfoNotFoundError is a KeyError
            return {}
        if loaded is None:
            return {}
        entry, known = loaded
        if entry.mtime_ns < written_ns - RACY_NS:
            entries[entry.path] = entry
            if known is not None:
                facts.append((entry, known))
    for entry, known in facts:  # only once the whole file proved sound
        BODY_FACTS.remember(entry.path, entry.mtime_ns, entry.size, known)
    return entries


def _load_records(payload: bytes, root: Path) -> tuple[list[Any], int] | None:
    """The records of a checked payload and when they were written, or ``None`` when the
    payload is not a sound index of the site at ``root``."""
    stream = io.BytesIO(payload)
    records: list[Any] = []
    try:  # an unpickler per pickle: each numbers its memo from zero
        header = _PlainUnpickler(stream).load()
        if not (isinstance(header, tuple) and len(header) == 4):
            return None
        schema, cached_root, written_ns, count = header
        if schema != _SCHEMA or cached_root != str(root):
            return None
        if not (isinstance(written_ns, int) and isinstance(count, int)):
            return None
        for _ in range(count):  # one chunk per call: the UI thread gets its turns
            chunk = _PlainUnpickler(stream).load()
            if not isinstance(chunk, list):
                return None
            records.extend(chunk)
    except Exception:  # any damage the digest did not catch: the cache is simply unused
        return None
    return records, written_ns


def current_status(entry: PostEntry, now: datetime) -> PostEntry:
    """``entry`` with its status as of ``now`` (a cached scheduled post may be out by now)."""
    if entry.draft:
        return entry
    status: Status = "scheduled" if entry.date is not None and entry.date > now else "published"
    return entry if status == entry.status else dataclasses.replace(entry, status=status)
