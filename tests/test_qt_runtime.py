"""Guards against known-bad Qt for Python builds that would crash the editor at run time."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    value = Signal(object)
    bare = Signal()


def test_emitting_signals_keeps_reference_counts(qapp) -> None:
    """PySide6 6.12.0 drops a reference to ``True`` on each emit and aborts within minutes."""
    emitter = _Emitter()
    received: list[object] = []
    emitter.value.connect(received.append)
    emitter.bare.connect(lambda: None)
    before = sys.getrefcount(True)
    for number in range(200):
        emitter.value.emit(number)
        emitter.bare.emit()
    assert len(received) == 200
    assert abs(sys.getrefcount(True) - before) < 50
