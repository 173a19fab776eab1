"""Generate the README's screenshots from the real app, offscreen.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py``
Writes PNGs next to this file (``docs/*.png``).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer

from editor.app import copy_sample_site, create_application

OUT = Path(__file__).resolve().parent


def wait(milliseconds: int) -> None:
    """Let the event loop run for a while (the preview renders asynchronously)."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def shoot(name: str, dark: bool, post: str, *, prepare=None) -> Path:
    """Open ``post`` from a fresh sample site and save a screenshot of the window."""
    from editor.ui.main_window import MainWindow

    site = copy_sample_site(Path(tempfile.mkdtemp(prefix="kiji-shot-")))
    window = MainWindow()
    window.resize(1400, 860)
    window.show()
    window.open_path(site)
    window.open_post(site / post)
    window.preview.set_dark(dark)
    if prepare:
        prepare(window)
    deadline = time.time() + 10
    while time.time() < deadline and not window.preview.is_ready:
        wait(50)
    wait(1500)
    target = OUT / f"{name}.png"
    window.grab().save(str(target))
    window.close()
    return target


def main() -> None:
    """Write every screenshot."""
    create_application(["kiji-screenshots"])
    for path in (
        shoot("kiji-light", False, "_posts/2025-11-16-kyoto-autumn.md"),
        shoot("kiji-dark", True, "_posts/2025-11-02-static-site-tips.md"),
    ):
        print(path)


if __name__ == "__main__":
    main()
