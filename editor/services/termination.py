"""Turns the OS's "please stop" signals into a Qt signal that the event loop delivers.

A Python signal handler runs wherever the interpreter happens to be (inside a paint
event, halfway through a save), and while Qt's event loop runs C++ code it does not run
at all. So the handler here does nothing; what counts is the wakeup file descriptor:
the C-level handler writes the signal's number to a socket, a ``QSocketNotifier``
sees it on the next turn of the event loop, and :attr:`TerminationWatcher.requested`
fires there, at a safe point, with the signal's number.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import sys
from collections.abc import Iterable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal


def termination_signals() -> tuple[int, ...]:
    """The signals that ask Kiji to stop on this platform (Ctrl+C, ``kill``, logout)."""
    names = ("SIGTERM", "SIGINT", "SIGHUP") if sys.platform != "win32" else ("SIGTERM", "SIGINT")
    return tuple(int(getattr(signal, name)) for name in names if hasattr(signal, name))


def exit_code_for(signum: int) -> int:
    """The conventional exit code of a program stopped by ``signum`` (128 + n)."""
    return 128 + signum


class TerminationWatcher(QObject):
    """Delivers SIGTERM, SIGINT and SIGHUP through the event loop as ``requested(signum)``.

    Only one watcher may be active in a process (the wakeup fd is process-wide); call
    :meth:`close` to give the signals back to their previous handlers.
    """

    requested = Signal(int)

    def __init__(self, signals: Iterable[int] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = tuple(signals) if signals is not None else termination_signals()
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous_handlers: dict[int, Any] = {}
        for signum in self._signals:
            self._previous_handlers[signum] = signal.signal(signum, _note_only)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._closed = False

    def _drain(self) -> None:
        try:
            data = self._reader.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            return
        for signum in dict.fromkeys(data):  # one request per signal kind, in arrival order
            if signum in self._signals:
                self.requested.emit(signum)

    def close(self) -> None:
        """Restore the previous handlers and wakeup fd; later signals act as before."""
        if self._closed:
            return
        self._closed = True
        self._notifier.setEnabled(False)
        for signum, handler in self._previous_handlers.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        with contextlib.suppress(ValueError):
            signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


def _note_only(_signum: int, _frame: FrameType | None) -> None:
    """The Python-level handler: nothing to do, the wakeup fd already told the event loop."""
