"""Benchmark: typing in the real app, keystroke → preview page changed, against ghostwriter.

Run: ``.venv/bin/python benchmarks/bench_typing.py [--sizes 34000,200000] [--keys 40]
[--no-peer]``

Kiji (this checkout's ``kiji`` entry point) and Debian's ghostwriter (installed with
apt-get when missing and possible, as ``bench_startup.py`` does) each run on an Xvfb of
their own, on the same post: the seed post's front matter over a Japanese body of each
size, the cursor at the end of the text (Ctrl+End). Then, interleaved (one key to Kiji,
one to ghostwriter, …):

- the key goes through the X server as a person's does (XTEST: press and release of
  ``x``), to the app's focused window, and the clock starts just before it;
- the clock stops at the first change of the preview's DOM after it, stamped by a
  ``MutationObserver`` that this script puts into each app's preview page through the
  DevTools protocol (``QTWEBENGINE_REMOTE_DEBUGGING``; see ``devtools.py``), in a
  JavaScript world of its own: the same observer and the same clock for both apps;
- the next key waits until the page has been quiet for ``QUIET_MS``.

Printed per size: p50 and p95 of each app and Kiji's p50 over ghostwriter's, from the
same run. What this does not see: when the change is painted (both apps paint on the
next frame), and how long each app's UI thread was busy.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import App, MapWatcher, ghostwriter_app, kiji_app, make_post, stop_tree
from devtools import PageSession, connect
from timing import p95

from tests.desktop.x11 import xvfb

KEY = "x"
QUIET_MS = 150  # the page has been still this long: the key's work is done
KEY_TIMEOUT_S = 10.0
OBSERVER = """
window.__kijiBench = [];
new MutationObserver(() => window.__kijiBench.push(performance.timeOrigin + performance.now()))
    .observe(document, {subtree: true, childList: true, characterData: true});
true
"""


@dataclass
class Running:
    """One app running on its own display, its page connected, ready for keys."""

    app: App
    process: subprocess.Popen[bytes]
    page: PageSession
    display: Any  # an Xlib.display.Display of the app's server
    latencies: list[float] = field(default_factory=list)

    def press(self, keysym_name: str, *, with_control: bool = False) -> None:
        """Press and release one key through XTEST, as a keyboard does."""
        from Xlib import XK, X
        from Xlib.ext import xtest

        display = self.display
        code = display.keysym_to_keycode(XK.string_to_keysym(keysym_name))
        control = display.keysym_to_keycode(XK.XK_Control_L)
        if with_control:
            xtest.fake_input(display, X.KeyPress, control)
        xtest.fake_input(display, X.KeyPress, code)
        xtest.fake_input(display, X.KeyRelease, code)
        if with_control:
            xtest.fake_input(display, X.KeyRelease, control)
        display.sync()

    def stamps_after(self, start_ms: float) -> list[float]:
        """The page's change stamps (epoch ms) later than ``start_ms``."""
        found = self.page.evaluate(f"window.__kijiBench.filter(t => t > {start_ms!r})")
        return list(found or [])

    def wait_quiet(self) -> None:
        """Wait until the page has not changed for ``QUIET_MS``."""
        while True:
            now = time.time() * 1000
            if not self.stamps_after(now - QUIET_MS):
                return
            time.sleep(QUIET_MS / 3000)

    def type_one(self) -> None:
        """Type one key and record keystroke → first page change, in ms."""
        started = time.time() * 1000
        self.press(KEY)
        deadline = time.monotonic() + KEY_TIMEOUT_S
        while True:
            stamps = self.stamps_after(started)
            if stamps:
                self.latencies.append(stamps[0] - started)
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"{self.app.name}'s preview did not change after a key")
            time.sleep(0.002)
        self.wait_quiet()


@contextlib.contextmanager
def running(app: App, chars: int, port: int) -> Iterator[Running]:
    """Start ``app`` on a display of its own with its DevTools port open."""
    from Xlib import X, display

    folder = Path(tempfile.mkdtemp(prefix=f"bench-typing-{app.name}-"))
    with xvfb(1600, 1000) as server:
        env = {**server.env, **app.prepare(folder), "QTWEBENGINE_REMOTE_DEBUGGING": str(port)}
        env["LANG"] = "C.UTF-8"
        watcher = MapWatcher(server.display)
        process = subprocess.Popen(
            app.command,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=folder,
        )
        try:
            deadline = time.monotonic() + 60
            while (mapped := watcher.first_map(process.pid)) is None:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(f"{app.name} showed no window")
                time.sleep(0.05)
            page = connect(port)
            page.use_own_world()
            # The post is in the page once most of its text is.
            wait = time.monotonic() + 60
            while (page.evaluate("document.body ? document.body.innerText.length : 0") or 0) < (
                chars // 2
            ):
                if time.monotonic() > wait:
                    raise RuntimeError(f"{app.name}'s preview never showed the post")
                time.sleep(0.1)
            time.sleep(1.0)  # let the start's remaining work finish
            page.evaluate(OBSERVER)
            connection = display.Display(server.display)
            window = connection.create_resource_object("window", mapped[1])
            window.set_input_focus(X.RevertToParent, X.CurrentTime)
            connection.sync()
            ready = Running(app, process, page, connection)
            time.sleep(0.3)
            ready.press("End", with_control=True)
            ready.wait_quiet()
            yield ready
        finally:
            watcher.close()
            stop_tree(process)
            shutil.rmtree(folder, ignore_errors=True)


def report(size: int, apps: list[Running]) -> None:
    """Print one size's figures; the ratio is Kiji's p50 over the peer's."""
    kiji = apps[0]
    print(f"  {size:>9,} chars")
    for app in apps:
        values = app.latencies
        line = (
            f"    {app.app.name:12} p50 {statistics.median(values):7.1f} ms"
            f"   p95 {p95(values):7.1f} ms   ({len(values)} keys)"
        )
        if app is not kiji:
            ratio = statistics.median(kiji.latencies) / statistics.median(values)
            line += f"   kiji/{app.app.name} {ratio:5.2f}x"
        print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="34000,200000")
    parser.add_argument("--keys", type=int, default=40)
    parser.add_argument("--no-peer", action="store_true", help="Kiji alone")
    args = parser.parse_args()
    os.environ.pop("QTWEBENGINE_REMOTE_DEBUGGING", None)
    print(f"keystroke → preview DOM changed, real windows, {args.keys} keys each, interleaved")
    for index, size in enumerate(int(s) for s in args.sizes.split(",")):
        folder = Path(tempfile.mkdtemp(prefix="bench-typing-site-"))
        post = make_post(folder / "site", size)
        apps = [kiji_app(post, None)]
        peer = None if args.no_peer else ghostwriter_app(post)
        if peer is not None:
            apps.append(peer)
        with contextlib.ExitStack() as stack:
            started = [
                stack.enter_context(running(app, size, 9400 + 10 * index + number))
                for number, app in enumerate(apps)
            ]
            for _ in range(args.keys):
                for app in started:
                    app.type_one()
            for app in started:  # every key went into the text, one after the other
                typed = app.page.evaluate(f"document.body.innerText.includes({KEY * args.keys!r})")
                if not typed:
                    raise RuntimeError(f"{app.app.name}'s preview lacks the typed text")
            report(size, started)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
