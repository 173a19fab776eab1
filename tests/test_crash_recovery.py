"""Proof with real processes: type, get killed with SIGKILL, start again, recover every word."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from editor.core.post.journal import Journal
from tests.ui.helpers import copy_sample

ROOT = Path(__file__).resolve().parents[1]
DRIVER = ROOT / "tests" / "kiji_driver.py"
KYOTO = "_posts/2025-11-16-kyoto-autumn.md"
TYPED = "Typed before the crash 紅葉"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def driver_messages(process: subprocess.Popen, until: str, timeout: float = 90) -> list[dict]:
    """Read the driver's JSON lines until one of kind ``until`` (killing it on a timeout)."""
    watchdog = threading.Timer(timeout, process.kill)
    watchdog.start()
    messages: list[dict] = []
    try:
        for line in process.stdout:
            if line.startswith("KIJI-DRIVER "):
                messages.append(json.loads(line.removeprefix("KIJI-DRIVER ")))
                if messages[-1]["kind"] == until:
                    return messages
    finally:
        watchdog.cancel()
    raise AssertionError(f"the driver ended without {until!r}: {messages}")


def start(mode: str, *args: str, home: Path) -> subprocess.Popen:
    env = {**os.environ, "KIJI_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.Popen(
        [sys.executable, str(DRIVER), mode, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )


def test_killed_kiji_offers_exactly_the_typed_text(tmp_path: Path) -> None:
    site = copy_sample(tmp_path)
    post = site / KYOTO
    original = post.read_bytes()
    home = tmp_path / "kiji-home"
    body = original.decode("utf-8").split("\n---\n", 1)[1]

    writer = start("type", str(post), TYPED, home=home)
    try:
        [journaled] = driver_messages(writer, until="journaled")
        # The journal holds what the editor holds: the typed text, plus whatever the editor
        # derives from it (the front-matter form keeps reading_time up to date).
        expected = journaled["editor_text"]
        assert journaled["text"] == expected
        assert expected.split("\n---\n", 1)[1] == TYPED + body
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    assert post.read_bytes() == original
    assert Journal(home / "journal").previous_run_crashed()

    again = start("recover", str(post), home=home)
    try:
        offered, restored = driver_messages(again, until="restored")
    finally:
        again.wait(timeout=30)
    assert offered["entries"] == [{"path": str(post), "text": expected}]
    assert restored == {"kind": "restored", "text": expected, "dirty": True}
    assert post.read_bytes() == original  # restoring writes nothing into the site
