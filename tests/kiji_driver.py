"""Test-only driver: runs Kiji's real ``main()`` in a subprocess and acts like a writer.

    python tests/kiji_driver.py type POST TEXT   # type TEXT into POST, report once journaled
    python tests/kiji_driver.py recover POST     # report what recovery offers, restore it

Lines on stdout starting with ``KIJI-DRIVER`` carry JSON for the test; everything else
(Chromium's chatter) is noise. ``type`` never exits by itself: the test kills it.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.app import create_application, main

POLL_MS = 50


def report(kind: str, **data: object) -> None:
    """Tell the test something, one JSON line."""
    print("KIJI-DRIVER", json.dumps({"kind": kind, **data}, ensure_ascii=False), flush=True)


def find(type_name: str):
    """The visible top-level widget of the given class name, if any."""
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == type_name and widget.isVisible():
            return widget
    return None


def when(condition: Callable[[], object], then: Callable[[object], None]) -> None:
    """Call ``then(result)`` as soon as ``condition()`` gives something truthy."""
    result = condition()
    if result:
        then(result)
    else:
        QTimer.singleShot(POLL_MS, lambda: when(condition, then))


def type_like_a_writer(widget, text: str) -> None:
    """Latin letters as key presses; Japanese as an input method commits it, run by run."""
    run = ""
    for char in text + "\0":
        if char.isascii() and run:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)
            run = ""
        if char == "\0":
            break
        if char.isascii():
            QTest.keyClick(widget, char)  # QTest maps only ASCII characters to keys
        else:
            run += char


def type_text(text: str) -> None:
    def editor_ready():
        window = find("MainWindow")
        return window if window is not None and window.current_editor() is not None else None

    def type_into(window) -> None:
        editor = window.current_editor()
        editor.text_pane.setFocus()
        type_like_a_writer(editor.text_pane, text)
        when(
            lambda: [e for e in window.guard.journal.entries() if text in e.text],
            lambda entries: report(
                "journaled", text=entries[0].text, editor_text=editor.session.post.text()
            ),
        )

    when(editor_ready, type_into)


def recover() -> None:
    def offered(dialog) -> None:
        entries = [{"path": str(e.path), "text": e.text} for e in dialog.entries()]
        report("offered", entries=entries)
        QTest.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        when(lambda: find("MainWindow") if not dialog.isVisible() else None, restored)

    def restored(window) -> None:
        session = window.current_editor().session
        report("restored", text=session.post.text(), dirty=session.is_dirty)
        os._exit(0)  # leave like a crash would: nothing may be saved on the way out

    when(lambda: find("RecoveryDialog"), offered)


def run(argv: list[str]) -> int:
    mode, post = argv[0], argv[1]
    create_application([sys.argv[0], post])
    if mode == "type":
        QTimer.singleShot(0, lambda: type_text(argv[2]))
    elif mode == "recover":
        QTimer.singleShot(0, recover)
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    return main([post])


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1:]))
