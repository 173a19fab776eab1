"""Real posts from public sites: every single-field edit must change only that field.

The corpus (posts of seven public Jekyll and Hugo sites, byte for byte) is not part of the
repository; it is read from ``$KIJI_REALCORPUS`` or ``../shared/realcorpus`` beside the
checkout when present. ``python -m tests.realcorpus`` runs every edit on every post and
prints the totals; ``tests/core/test_realcorpus.py`` runs a sample in the suite.
"""

from __future__ import annotations

import collections
import datetime as dt
import difflib
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor.core.post.dates import parse_date
from editor.core.post.post import Post, PostError, read_post, write_post
from editor.core.post.storage import decode_bytes

REPO = Path(__file__).resolve().parents[1]
SUFFIXES = {".md", ".markdown", ".mdown", ".mkd", ".html"}
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$")
_KEY_LINE = re.compile(r"([^\s:#=\"'\-\[{][^:=]*?)\s*[:=]")


def corpus_folder() -> Path | None:
    """The corpus's ``corpora`` folder, or ``None`` when it is not on this machine."""
    configured = os.environ.get("KIJI_REALCORPUS")
    root = Path(configured) if configured else REPO.parent / "shared" / "realcorpus"
    folder = root / "corpora"
    return folder if folder.is_dir() else None


def posts(folder: Path, every: int = 1) -> Iterator[Path]:
    """The corpus's post files in path order, every ``every``-th one."""
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
    yield from files[::every]


def edited_value(value: Any) -> Any:
    """A different value of the same kind, as the form would write it (``None``: skip)."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, float):
        return value + 1.5
    if isinstance(value, dt.date):
        return value + dt.timedelta(days=1)
    if isinstance(value, str):
        date = parse_date(value)
        return date + dt.timedelta(days=1) if date is not None else value + " kiji"
    if isinstance(value, list):
        return [*value, "kiji-edit"]
    return None


@dataclass
class Report:
    """What a pass over the corpus found."""

    counts: collections.Counter[str] = field(default_factory=collections.Counter)
    failures: list[str] = field(default_factory=list)


def _lines(data: bytes) -> list[str]:
    return _LINE.findall(data.decode("utf-8-sig"))


def check_post(path: Path, scratch: Path, report: Report) -> None:
    """Round-trip ``path``, then edit each top-level field alone and check the bytes."""
    data = path.read_bytes()
    try:
        decoded = decode_bytes(data, path)
    except Exception:
        report.counts["refused"] += 1
        return
    post = Post(decoded.text)
    if decoded.encode(post.text()) != data:
        report.counts["round-trip-changed"] += 1
        report.failures.append(f"{path}: the round trip changed the bytes")
    report.counts["files"] += 1
    if post.format is None or post.error is not None:
        return
    for key in list(post.front_matter):
        new = edited_value(post.front_matter[key])
        if new is None:
            continue
        scratch.write_bytes(data)
        edited = read_post(scratch)
        try:
            edited.front_matter[key] = new
        except PostError as error:
            report.counts["edit-refused"] += 1
            report.failures.append(f"{path}: {key}: {error.message}")
            continue
        write_post(scratch, edited)
        report.counts["edits"] += 1
        before, after = _lines(data), _lines(scratch.read_bytes())
        matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
        changed = [
            i for op, i1, i2, _, _ in matcher.get_opcodes() if op != "equal" for i in range(i1, i2)
        ]
        body_start = post.body_start_line
        keys = {m.group(1).strip() for i in changed if (m := _KEY_LINE.match(before[i]))}
        if any(i >= body_start for i in changed) or keys - {str(key)}:
            report.counts["edit-not-local"] += 1
            diff = "".join(difflib.unified_diff(before, after, n=0))
            report.failures.append(f"{path}: {key}: changed more than the field\n{diff[:800]}")


def run(every: int = 1) -> Report:
    """Check every ``every``-th post of the corpus (the whole corpus by default)."""
    folder = corpus_folder()
    report = Report()
    if folder is None:
        return report
    import tempfile

    with tempfile.TemporaryDirectory() as scratch_dir:
        scratch = Path(scratch_dir) / "post.md"
        for path in posts(folder, every):
            check_post(path, scratch, report)
    return report


if __name__ == "__main__":
    result = run(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    print(dict(result.counts))
    print("\n".join(result.failures[:20]))
    sys.exit(1 if result.failures else 0)
