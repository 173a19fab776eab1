"""``packaging/smoke.py``, the release runners' smoke test, passes on the real app here."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.desktop.x11 import REPO, XServer, kiji_command

pytestmark = pytest.mark.desktop


def test_the_release_smoke_passes(x_server: XServer) -> None:
    command = kiji_command()
    if len(command) != 1:
        pytest.skip("no kiji executable to hand to the smoke script")
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "smoke.py"), command[0], "--seconds", "8"],
        env=x_server.env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Kiji smoke: OK (up 8 s, stopped cleanly with exit code 143)")
