"""Another program that keeps replacing a post while Kiji edits and saves it.

Shared by the race test and ``benchmarks/bench_security.py``. The writer is a separate
process that installs numbered versions with an atomic swap (``renameat2`` with
``RENAME_EXCHANGE``), so it learns exactly which version each of its swaps displaced.
Every version it installed must then end up accounted for: displaced by the writer
itself, still on disk at the end, read by Kiji before Kiji saved over it, or kept aside
by Kiji's conflict handling. Anything else was overwritten silently.
"""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

WRITER = r"""
import ctypes, os, random, sys, time
post, log_path, stop = sys.argv[1], sys.argv[2], sys.argv[3]
libc = ctypes.CDLL(None, use_errno=True)
folder = os.path.dirname(post)
random.seed(int(sys.argv[4]))
with open(log_path, "w", buffering=1) as log:
    number = 0
    while not os.path.exists(stop):
        number += 1
        tmp = os.path.join(folder, f".writer-{number}.tmp")
        with open(tmp, "w") as handle:
            handle.write(f"---\ntitle: race\n---\nexternal-{number}\n")
        if libc.renameat2(-100, tmp.encode(), -100, post.encode(), 2) != 0:
            os.unlink(tmp)
            continue
        with open(tmp) as handle:
            displaced = handle.read().strip().splitlines()[-1]
        os.unlink(tmp)
        log.write(f"external-{number} {displaced}\n")
        time.sleep(random.uniform(0.0005, 0.020))
"""


def version_of(text: str) -> str:
    """The version name written on a post's last line."""
    return text.strip().splitlines()[-1]


@dataclass
class RaceResult:
    """What happened in one race."""

    saves: int = 0
    conflicts: int = 0
    kept: int = 0
    external_versions: int = 0
    lost: list[str] = field(default_factory=list)


def run_race(folder: Path, iterations: int = 300, seed: int = 1) -> RaceResult:
    """Race ``iterations`` reload-edit-save rounds against the writer; account for all."""
    from editor.services.document import DocumentSession, SaveConflict

    folder.mkdir(parents=True, exist_ok=True)
    post = folder / "2025-01-01-race.md"
    post.write_text("---\ntitle: race\n---\nkiji-start\n", encoding="utf-8")
    log, stop = folder / "writer.log", folder / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(post), str(log), str(stop), str(seed)]
    )
    result = RaceResult()
    bases: set[str] = set()
    session = DocumentSession.open(post)
    try:
        time.sleep(0.05)
        for round_number in range(iterations):
            session.reload_from_disk()
            # The version Kiji read is the one the writer (the test) chose to replace: if
            # the save goes through it is replaced on purpose, and if another version came
            # in first, that one displaced it. Either way it is no silent loss, even when
            # the save then reports that a newer outside version replaced Kiji's own.
            bases.add(version_of(session.body))
            session.set_body(f"kiji-{round_number}\n")
            try:
                session.save()
            except SaveConflict as conflict:
                result.conflicts += 1
                result.kept += getattr(conflict, "kept", None) is not None
            else:
                result.saves += 1
    finally:
        stop.touch()
        writer.wait(30)
    installed, displaced_by_writer = [], set()
    for line in log.read_text().splitlines():
        version, displaced = line.split()
        installed.append(version)
        displaced_by_writer.add(displaced)
    kept = {version_of(p.read_text()) for p in folder.glob(".*.kiji-conflict-*")}
    final = version_of(post.read_text())
    result.external_versions = len(installed)
    result.lost = [
        version
        for version in installed
        if version not in displaced_by_writer
        and version != final
        and version not in bases
        and version not in kept
    ]
    return result
