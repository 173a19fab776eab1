"""Start an installed Kiji on the desktop, keep it up, stop it as the OS would: a smoke test.

    python packaging/smoke.py PATH-TO-KIJI [--seconds 15]

For the release runners of every platform (macOS and Windows have a desktop session; on
Linux run it under ``xvfb-run``). It starts the app on a fresh copy of the sample site
with a throwaway user folder, checks that it is still running after ``--seconds`` (the
first build died 4-7 s after every launch while its headless self-test passed), then
stops it the way the OS does at logout: SIGTERM on macOS and Linux (expected exit code
143, the conventional 128 + 15) and a window close request on Windows (``taskkill``
without ``/F``; expected exit code 0). Standard library only: it runs before anything
else is installed.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def expected_exit_code() -> int:
    """What a clean stop returns on this platform."""
    return 0 if sys.platform == "win32" else 128 + signal.SIGTERM


def stop(process: subprocess.Popen[bytes]) -> None:
    """Ask the app to stop as the OS does at logout or shutdown."""
    if sys.platform == "win32":
        subprocess.run(["taskkill", "/PID", str(process.pid)], check=False)
    else:
        process.send_signal(signal.SIGTERM)


def run(app: Path, seconds: float) -> int:
    """Start, wait, stop; print one line and return the process exit code for this script."""
    home = Path(tempfile.mkdtemp(prefix="kiji-smoke-"))
    env = dict(os.environ, KIJI_HOME=str(home))
    log = home / "output.txt"
    with log.open("wb") as sink:
        process = subprocess.Popen([str(app), "--sample"], env=env, stdout=sink, stderr=sink)
    time.sleep(seconds)
    if process.poll() is not None:
        print(f"Kiji smoke: FAILED (exited with {process.returncode} within {seconds:.0f} s)")
        print(log.read_text(encoding="utf-8", errors="replace")[-3000:])
        return 1
    stop(process)
    try:
        code = process.wait(60)
    except subprocess.TimeoutExpired:
        process.kill()
        print("Kiji smoke: FAILED (did not stop within 60 s of the stop request)")
        return 1
    output = log.read_text(encoding="utf-8", errors="replace")
    crashed = [word for word in ("Segmentation", "Fatal", "Traceback") if word in output]
    if code != expected_exit_code() or crashed:
        print(f"Kiji smoke: FAILED (exit code {code}, expected {expected_exit_code()}; {crashed})")
        print(output[-3000:])
        return 1
    print(f"Kiji smoke: OK (up {seconds:.0f} s, stopped cleanly with exit code {code})")
    return 0


def main() -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", type=Path, help="the installed Kiji executable")
    parser.add_argument("--seconds", type=float, default=15.0, help="how long it must stay up")
    options = parser.parse_args()
    return run(options.app, options.seconds)


if __name__ == "__main__":
    raise SystemExit(main())
