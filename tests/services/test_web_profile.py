"""Tests for editor.services.web_profile: no deletion order can crash the process.

Each case runs in a fresh Python process, because a wrong order shows as a crash at exit
("Release of profile requested but WebEnginePage still not deleted", exit 139), which no
in-process assertion can see.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

PROLOGUE = """
import gc, os, sys
sys.path.insert(0, {repo!r})
from editor.app import create_application
app = create_application(["kiji-exit-test"])
from editor.ui.window.main_window import MainWindow
from editor.app.container import build_services
"""

WINDOW = "window = MainWindow(build_services())\n"

CASES = {
    # A program (or a test) that makes a window and simply lets Python exit.
    "window_left_to_python_exit": WINDOW + "window.show()\napp.processEvents()\n",
    # The window goes first, by Python's garbage collection, the app after.
    "window_collected_first": (
        WINDOW + "window.show()\napp.processEvents()\ndel window\ngc.collect()\n"
    ),
    # The page's parent (the view) is deleted through Qt, while the app lives on.
    "preview_deleted_by_qt": (
        WINDOW + "window.preview.deleteLater()\napp.processEvents()\napp.processEvents()\n"
    ),
    # A bare private page with no parent at all, left to Python.
    "orphan_page": (
        "from editor.services.web_profile import private_page\n"
        "page = private_page(None)\npage.setHtml('<p>x</p>')\napp.processEvents()\n"
    ),
    # The application object dropped before the window.
    "app_dropped_before_window": (WINDOW + "app.processEvents()\ndel app\ngc.collect()\n"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_no_deletion_order_crashes_at_exit(case: str, tmp_path: Path) -> None:
    script = PROLOGUE.format(repo=str(REPO)) + CASES[case] + "print('KIJI-END', flush=True)\n"
    env = dict(os.environ, KIJI_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = result.stdout + result.stderr
    assert "KIJI-END" in result.stdout, output[-3000:]
    assert result.returncode == 0, output[-3000:]
    assert "Release of profile requested" not in output
    assert "Segmentation" not in output and "Traceback" not in output
