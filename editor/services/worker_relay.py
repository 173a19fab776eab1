"""The base of the relays that carry worker-thread results to the UI thread.

A worker job holds only a relay and plain data, never the service that started it: if a
worker dropped the last reference to a service, Python would delete the QObject in the
wrong thread. The relay is the service's child, so it goes when the service goes, and a
worker may still be emitting then. An emit that races with the C++ deletion crashes the
process (seen when a site closed while its form vocabulary was still being learned), so
:meth:`WorkerRelay.send` passes a gate that the relay's and its parent's ``destroyed``
signals close first: closing waits for an emit in flight and refuses every later one.
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject


class _Gate:
    """Plain Python state shared by the emitting threads and the destruction."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.open = True

    def close(self, *_args: object) -> None:
        """Let no emit start again; returns once the one in flight has ended."""
        with self.lock:
            self.open = False


class WorkerRelay(QObject):
    """Emit this relay's signals from any thread (:meth:`send`), never after its deletion
    has begun. Subclasses declare the signals."""

    def __init__(self, parent: QObject | None = None) -> None:
        """A relay living in the creating (UI) thread, usually a child of its service."""
        super().__init__(parent)
        self._gate = _Gate()
        self.destroyed.connect(self._gate.close)
        if parent is not None:
            parent.destroyed.connect(self._gate.close)

    def send(self, signal_name: str, *values: object) -> None:
        """Emit signal ``signal_name`` with ``values``, unless the relay is going or gone."""
        gate = self._gate
        with gate.lock:
            if not gate.open:
                return
            with contextlib.suppress(RuntimeError):  # deleted without a destroyed signal
                getattr(self, signal_name).emit(*values)
