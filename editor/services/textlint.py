"""Runs the site's textlint in a subprocess, off the UI thread, with a timeout.

``lint(key, body, file_name)`` and ``fix(key, body, file_name)`` never block: the newest
request per post replaces an older pending one. ``linted(key, seq, findings)``,
``fixed(key, seq, text)`` or ``failed(key, message)`` come back on the UI thread.
"""

from __future__ import annotations

import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor.core.proof.textlint import (
    TextlintError,
    TextlintSetup,
    find_textlint,
    fixed_text,
    lint_command,
    parse_report,
)

TIMEOUT_SECONDS = 20.0


@dataclass
class _Job:
    key: object
    seq: int
    body: str
    file_name: str
    fix: bool


class TextlintService(QObject):
    """The site's textlint, if it has one; one subprocess at a time."""

    linted = Signal(object, int, list)  # key, seq, list[Finding]
    fixed = Signal(object, int, str)  # key, seq, the fixed body
    failed = Signal(object, str)  # key, why

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setup: TextlintSetup | None = None
        self._site_root: Path | None = None
        self._condition = threading.Condition()
        self._pending: dict[tuple[object, bool], _Job] = {}
        self._seq = 0
        self._stopping = False
        self._thread: threading.Thread | None = None
        self.timeout = TIMEOUT_SECONDS

    def set_site(self, site_root: Path | None) -> None:
        """Follow ``site_root``'s textlint (none when it has no configuration or program)."""
        self._site_root = site_root
        self.setup = find_textlint(site_root)

    def available(self) -> bool:
        """True when the site has a textlint Kiji can run."""
        return self.setup is not None

    def lint(self, key: object, body: str, file_name: str) -> int:
        """Lint ``body``; returns the request's number (0: no textlint here)."""
        return self._queue(key, body, file_name, fix=False)

    def fix(self, key: object, body: str, file_name: str) -> int:
        """Ask for ``body`` as textlint's ``--fix`` would leave it (nothing is written)."""
        return self._queue(key, body, file_name, fix=True)

    def _queue(self, key: object, body: str, file_name: str, *, fix: bool) -> int:
        if self.setup is None:
            return 0
        with self._condition:
            self._seq += 1
            self._pending[(key, fix)] = _Job(key, self._seq, body, file_name, fix)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="kiji-textlint", daemon=True)
                self._thread.start()
            self._condition.notify()
            return self._seq

    def close(self) -> None:
        """Stop the worker (a running textlint finishes or times out first)."""
        with self._condition:
            self._stopping = True
            self._condition.notify()
        if self._thread is not None:
            self._thread.join(timeout=self.timeout + 1)

    def _run(self) -> None:
        while True:
            with self._condition:
                while not self._pending and not self._stopping:
                    self._condition.wait()
                if self._stopping:
                    return
                job = self._pending.pop(next(iter(self._pending)))
                setup, cwd = self.setup, self._site_root
            if setup is None:
                continue
            try:
                result = subprocess.run(
                    lint_command(setup, job.file_name, fix=job.fix),
                    input=job.body,
                    capture_output=True,
                    text=True,
                    encoding="utf-8",
                    cwd=cwd,
                    timeout=self.timeout,
                    check=False,
                )
                if job.fix:
                    self.fixed.emit(job.key, job.seq, fixed_text(result.stdout))
                else:
                    self.linted.emit(job.key, job.seq, parse_report(result.stdout, job.body))
            except subprocess.TimeoutExpired:
                self.failed.emit(job.key, f"textlint did not finish in {self.timeout:.0f} s")
            except (OSError, TextlintError) as error:
                self.failed.emit(job.key, str(error))
