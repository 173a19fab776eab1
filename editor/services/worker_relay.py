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

import threading

from PySide6.QtCore import QObject, QThread, QTimer, Signal

UI_TURN_WAIT_S = 30.0
"""How long :meth:`WorkerRelay.wait_for_ui` waits at most."""


class _Gate:
    """Plain Python state shared by the emitting threads and the destruction."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.open = True
        self.waiting: set[threading.Event] = set()  # the workers in wait_for_ui

    def close(self, *_args: object) -> None:
        """Let no emit start again; returns once the one in flight has ended. Workers
        waiting for the UI thread go on: it will not answer a relay that is gone."""
        with self.lock:
            self.open = False
        self.release()

    def release(self) -> None:
        """Let every worker waiting for the UI thread go on now."""
        with self.lock:
            waiting = list(self.waiting)
        for event in waiting:
            event.set()


class WorkerRelay(QObject):
    """Emit this relay's signals from any thread (:meth:`send`), never after its deletion
    has begun. Subclasses declare the signals."""

    turn = Signal(object)
    """Carries the event :meth:`wait_for_ui` waits for (set from the UI thread)."""

    def __init__(self, parent: QObject | None = None) -> None:
        """A relay living in the creating (UI) thread, usually a child of its service."""
        super().__init__(parent)
        self._gate = _Gate()
        self.destroyed.connect(self._gate.close)
        if parent is not None:
            parent.destroyed.connect(self._gate.close)
        self.turn.connect(self._give_turn)

    def wait_for_ui(self, timeout_s: float = UI_TURN_WAIT_S) -> None:
        """From a worker: return once the UI thread has handled everything sent before
        and gone back to its event loop (or ``timeout_s`` passed, or the relay is gone).

        For Python-heavy work after a result the UI thread takes in with many calls into
        Python (a long list filling): each such call waits for the interpreter lock while
        the worker holds it, up to the switch interval each.
        """
        if QThread.currentThread() == self.thread():
            return  # run in the UI thread itself (tests): there is nothing to wait for
        gate, event = self._gate, threading.Event()
        with gate.lock:
            if not gate.open:
                return
            gate.waiting.add(event)
        try:
            if self.send("turn", event):
                event.wait(timeout_s)
        finally:
            with gate.lock:
                gate.waiting.discard(event)

    def release_waiters(self) -> None:
        """Let every worker in :meth:`wait_for_ui` go on now (the service is closing: a
        waiting worker would hold up the process's exit, which joins worker threads)."""
        self._gate.release()

    def is_open(self) -> bool:
        """Whether the relay still carries results (its service is not gone)."""
        return self._gate.open

    @staticmethod
    def _give_turn(event: threading.Event) -> None:
        # After the events posted meanwhile (the paint of what was just taken in).
        QTimer.singleShot(0, event.set)

    def send(self, signal_name: str, *values: object) -> bool:
        """Emit signal ``signal_name`` with ``values``, unless the relay is going or gone;
        return whether it was emitted."""
        gate = self._gate
        with gate.lock:
            if not gate.open:
                return False
            try:
                getattr(self, signal_name).emit(*values)
            except RuntimeError:  # deleted without a destroyed signal
                return False
            return True
