"""Generate the README's screenshots from the real app, offscreen.

Run: ``make screenshots`` (or ``QT_QPA_PLATFORM=offscreen .venv/bin/python
docs/make_screenshots.py [en|ja]``). Writes PNGs next to this file. Settings go to a
throwaway ``KIJI_HOME`` so the writer's own preferences are neither used nor changed.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KIJI_HOME"] = tempfile.mkdtemp(prefix="kiji-shots-home-")
LANGUAGE = sys.argv[1] if len(sys.argv) > 1 else "en"
os.environ["KIJI_LANG"] = LANGUAGE
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer

from editor.app import copy_sample_site, create_application, release_windows

OUT = Path(__file__).resolve().parent
SEED = ROOT / "tests" / "data" / "seed" / "2025-12-28-llama4.md"


def wait(milliseconds: int) -> None:
    """Let the event loop run for a while (the preview renders asynchronously)."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def shoot(name: str, post: str, *, theme: str = "light", focus: str = "off") -> Path:
    """Open ``post`` from a fresh copy of the sample site and save the window as a PNG."""
    from editor.app.container import build_services
    from editor.ui.window.main_window import MainWindow

    os.environ["KIJI_HOME"] = tempfile.mkdtemp(prefix="kiji-shots-home-")  # fresh preferences
    site = copy_sample_site(Path(tempfile.mkdtemp(prefix="kiji-shot-")))
    shutil.copy(SEED, site / "_posts" / SEED.name)
    window = MainWindow(build_services())
    window.resize(1440, 900)
    window.show()
    wait(300)  # let the window apply the stored preferences first
    window.settings.focus_mode = focus
    window.set_theme(theme)
    window.open_path(site)
    wait(1200)
    editor = window.open_post(site / post)
    if editor is not None and focus != "off":
        cursor = editor.text_pane.textCursor()
        cursor.setPosition(len(editor.text_pane.toPlainText()) // 3)
        editor.text_pane.setTextCursor(cursor)
        editor.text_pane.centerCursor()
    deadline = time.time() + 10
    while time.time() < deadline and not window.preview.is_ready:
        wait(50)
    wait(1500)
    target = OUT / f"{name}.png"
    window.grab().save(str(target))
    window.close()
    return target


def main() -> None:
    """Write every screenshot for the language given on the command line."""
    app = create_application(["kiji-screenshots"])
    seed = f"_posts/{SEED.name}"
    if LANGUAGE == "ja":
        shots = [
            shoot("kiji-ja-light", seed),
            shoot("kiji-ja-dark", "_posts/2025-11-16-kyoto-autumn.md", theme="dark"),
        ]
    else:
        shots = [
            shoot("kiji-light", "_posts/2025-11-16-kyoto-autumn.md"),
            shoot("kiji-focus", seed, focus="paragraph"),
            shoot("kiji-dark", "_posts/2025-11-02-static-site-tips.md", theme="dark"),
        ]
    for path in shots:
        print(path)
    release_windows(app)


if __name__ == "__main__":
    main()
