"""Runs the site's own server (``jekyll serve``, ``hugo server``) as a child process.

The server gets a session (process group) of its own, so :meth:`SiteServer.stop` ends it
with everything it started (Bundler, Ruby, file watchers); on Linux it is also told to
end if Kiji itself dies (``PR_SET_PDEATHSIG``), so no server is left behind. Output is
read in a thread and delivered line by line on the UI thread; ``running(url)`` fires once
the server accepts connections on its port.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import threading
import time

from PySide6.QtCore import QObject, Signal

from editor.core.site.site_server import ServerPlan, classify_line
from editor.services.worker_relay import WorkerRelay

STOP_GRACE_S = 3.0
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:  # runs in the child between fork and exec
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


class _Relay(WorkerRelay):
    line = Signal(object)
    running = Signal(int, str)
    ended = Signal(int, int)


class SiteServer(QObject):
    """One server at a time. Signals: ``output(LogLine)``, ``running(str)``, ``stopped(int)``."""

    output = Signal(object)
    running = Signal(str)
    stopped = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process: subprocess.Popen[bytes] | None = None
        self.plan: ServerPlan | None = None
        self._serial = 0
        self._relay = _Relay(self)
        self._relay.line.connect(self.output)
        self._relay.running.connect(self._on_running)
        self._relay.ended.connect(self._on_ended)

    def is_running(self) -> bool:
        """True while the server process is alive."""
        return self.process is not None and self.process.poll() is None

    def start(self, plan: ServerPlan) -> None:
        """Start the server ``plan`` describes (stopping one already running); raises OSError."""
        self.stop()
        self._serial += 1
        serial = self._serial
        linux = sys.platform.startswith("linux")
        process = subprocess.Popen(
            list(plan.argv),
            cwd=plan.cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=os.name == "posix",
            preexec_fn=_die_with_parent if linux else None,
        )
        self.process, self.plan = process, plan
        threading.Thread(target=self._read, args=(serial, process), daemon=True).start()
        threading.Thread(target=self._probe, args=(serial, process, plan), daemon=True).start()

    def _read(self, serial: int, process: subprocess.Popen[bytes]) -> None:
        assert process.stdout is not None
        for raw in process.stdout:
            self._relay.send("line", classify_line(raw.decode("utf-8", "replace").rstrip()))
        self._relay.send("ended", serial, process.wait())

    def _probe(self, serial: int, process: subprocess.Popen[bytes], plan: ServerPlan) -> None:
        while process.poll() is None:
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", plan.port), timeout=0.5),
            ):
                self._relay.send("running", serial, plan.url)
                return
            time.sleep(0.2)

    def _on_running(self, serial: int, url: str) -> None:
        if serial == self._serial:
            self.running.emit(url)

    def _on_ended(self, serial: int, code: int) -> None:
        if serial == self._serial:
            self.process = None
            self.stopped.emit(code)

    def stop(self) -> None:
        """End the server and its children: SIGTERM to its group, SIGKILL after a grace time."""
        process = self.process
        if process is None or process.poll() is not None:
            return
        self._signal(process, signal.SIGTERM)
        try:
            process.wait(STOP_GRACE_S)
        except subprocess.TimeoutExpired:
            self._signal(process, signal.SIGKILL)
            process.wait()
        if os.name == "posix":  # children that ignored the group's SIGTERM
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)

    @staticmethod
    def _signal(process: subprocess.Popen[bytes], number: int) -> None:
        if os.name == "posix":
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, number)
        else:
            process.terminate() if number == signal.SIGTERM else process.kill()
