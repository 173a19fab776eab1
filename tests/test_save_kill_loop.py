"""Proof with real processes: a save killed at any moment leaves the old or the new file, whole."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KILLS = 20

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

# The child saves two versions in turn through the same path as the editor's Save
# (read_post → edit → write_post), forever, and says "ready" after the first save.
SAVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from editor.core.post.post import read_post, write_post

    path = Path(sys.argv[1])
    bodies = [Path(sys.argv[2]).read_text(encoding="utf-8"),
              Path(sys.argv[3]).read_text(encoding="utf-8")]
    turn = 0
    while True:
        post = read_post(path)
        post.body = bodies[turn % 2]
        write_post(path, post)
        if turn == 0:
            print("ready", flush=True)
        turn += 1
    """
)


def test_killing_a_save_loop_never_leaves_a_torn_file(tmp_path: Path) -> None:
    header = '---\ntitle: "保存の途中で"\ndate: 2025-12-28 08:41:08 +0000\n---\n'
    old_body = "古い本文の行です。\n" * 40_000
    new_body = "A new body line, longer than the old one.\n" * 30_000
    (tmp_path / "old.txt").write_text(old_body, encoding="utf-8")
    (tmp_path / "new.txt").write_text(new_body, encoding="utf-8")
    versions = {(header + body).encode("utf-8") for body in (old_body, new_body)}
    post = tmp_path / "site" / "_posts" / "2025-12-28-save.md"
    post.parent.mkdir(parents=True)
    post.write_text(header + old_body, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", SAVER, str(post), str(tmp_path / "old.txt")]
    command.append(str(tmp_path / "new.txt"))
    rng = random.Random(9)
    seen: set[bytes] = set()
    for _ in range(KILLS):
        saver = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
        try:
            assert saver.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0, 0.05))  # land anywhere inside a save
        finally:
            saver.send_signal(signal.SIGKILL)
            saver.wait(timeout=30)
        data = post.read_bytes()
        assert data in versions, f"torn file: {len(data)} bytes"
        seen.add(data)
    assert len(seen) == 2, "the kills should have caught both versions on disk"
