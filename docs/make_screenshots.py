"""Generate the README's screenshots from the real app, offscreen.

Run: ``make screenshots`` (or ``QT_QPA_PLATFORM=offscreen .venv/bin/python
docs/make_screenshots.py [en|ja|git]``; ``git`` makes the Git and Run Site pictures in
Japanese, with the Debian ``jekyll`` for the Site tab). Writes PNGs next to this file.
Settings go to a throwaway ``KIJI_HOME`` so the writer's own preferences are neither used
nor changed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KIJI_HOME"] = tempfile.mkdtemp(prefix="kiji-shots-home-")
LANGUAGE = sys.argv[1] if len(sys.argv) > 1 else "en"
os.environ["KIJI_LANG"] = "ja" if LANGUAGE == "git" else LANGUAGE
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


def _git(folder: Path, *args: str) -> None:
    who = ["-c", "user.name=Hana Sato", "-c", "user.email=hana@example.com"]
    subprocess.run(["git", *who, *args], cwd=folder, check=True, capture_output=True)


def git_shots() -> list[Path]:
    """The Git and Run Site pictures: markers and Changes, a conflict, the Site tab."""
    from editor.app.container import build_services
    from editor.ui.window.main_window import MainWindow

    os.environ["KIJI_HOME"] = tempfile.mkdtemp(prefix="kiji-shots-home-")
    site = copy_sample_site(Path(tempfile.mkdtemp(prefix="kiji-shot-")))
    kyoto = site / "_posts" / "2025-11-16-kyoto-autumn.md"
    tips = site / "_posts" / "2025-11-02-static-site-tips.md"
    _git(site, "init", "-q", "-b", "main")
    _git(site, "add", "-A")
    _git(site, "commit", "-qm", "Start")
    first = "朝六時、まだ暗さの残る哲学の道を歩きはじめました。"
    text = kyoto.read_text(encoding="utf-8")
    kyoto.write_text(text.replace(first, "朝六時、まだ薄暗い哲学の道をひとりで歩きはじめました。"))
    tips.write_text(tips.read_text(encoding="utf-8") + "\nOne more tip: commit often.\n")
    window = MainWindow(build_services())
    window.resize(1440, 900)
    window.show()
    wait(300)
    window.open_path(site)
    wait(1500)
    window.open_post(kyoto)
    window.git_ui.changes_dock.show()
    window.git_ui.refresh()
    wait(2500)
    window.git_ui.changes.select(kyoto.resolve())
    wait(1500)
    shots = [OUT / "kiji-git-changes.png"]
    window.grab().save(str(shots[-1]))
    window.git_ui.changes_dock.hide()

    # A conflict: the same sentence changed on another branch, merged by the real git.
    _git(site, "commit", "-qam", "Mine")
    _git(site, "checkout", "-q", "-b", "other", "HEAD~1")
    kyoto.write_text(text.replace(first, "朝五時半、まだ星の見える哲学の道を歩きはじめました。"))
    _git(site, "commit", "-qam", "Theirs")
    _git(site, "checkout", "-q", "main")
    with contextlib.suppress(subprocess.CalledProcessError):  # the conflict is the point
        _git(site, "merge", "other")
    wait(2500)  # the clean tab reloads from disk and the marks appear
    shots.append(OUT / "kiji-git-conflict.png")
    window.grab().save(str(shots[-1]))
    _git(site, "merge", "--abort")
    wait(2000)

    if shutil.which("jekyll"):
        ui = window.site_server
        ui.run()
        deadline = time.time() + 60
        while time.time() < deadline and not ui.page_address.text():
            wait(200)
        wait(3000)
        shots.append(OUT / "kiji-site-tab.png")
        window.grab().save(str(shots[-1]))
        ui.stop()
        wait(500)
    window.close()
    return shots


def main() -> None:
    """Write every screenshot for the language given on the command line."""
    app = create_application(["kiji-screenshots"])
    seed = f"_posts/{SEED.name}"
    if LANGUAGE == "git":
        shots = git_shots()
    elif LANGUAGE == "ja":
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
