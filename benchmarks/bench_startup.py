"""Benchmark: start the real app on a post; time to its window and its first preview, memory.

Run: ``.venv/bin/python benchmarks/bench_startup.py [--runs N] [--chars 34000] [--no-peer]
[--restore]``

Each run starts ``.venv/bin/kiji POST`` as a subprocess (Qt's xcb platform; an Xvfb of
its own when ``DISPLAY`` is unset) with a fresh ``KIJI_HOME``, interleaved with
ghostwriter (Debian's ``ghostwriter``, installed with apt-get when missing and possible;
otherwise Kiji is reported alone) on the same post, with a fresh configuration whose
HTML preview is open. Times count from just before the spawn:

- window mapped: the X server's ``MapNotify`` for a top-level window whose
  ``_NET_WM_PID`` is the child's, seen by this script's own X connection;
- first preview on screen, the like-for-like figure: the first time the X server's
  screen shows text in the preview's region of the window (the right part of it,
  ``InkProbe.PREVIEW_REGION``: both apps put their preview there), polled every 20 ms;
- first preview in the DOM, Kiji only: the preview page's answer to its first patch of
  the post's blocks (``KIJI_TRACE_STARTUP``, see ``editor/app/startup_trace.py``);
  Kiji renders the first screen of a long post first, then the rest;
- PSS: the sum of ``Pss`` in ``/proc/PID/smaps_rollup`` over the child and all its
  descendants (QtWebEngineProcess included), ``--settle`` seconds after the first
  preview and the post's tab are both up (ghostwriter: after its preview is on screen).

The post is the seed post's front matter over a deterministic Japanese body of
``--chars`` characters (``corpus.japanese_post``) in a one-post Jekyll site. One warm-up
start of each app is not counted; each counted Kiji start gets a fresh ``KIJI_HOME``
holding only the ``cache/`` folder the warm-up made (every start after the first has
it; ``--cold-home`` leaves it out).

``--restore`` starts Kiji with no argument instead, on the warm-up's settings: the last
session (the post's site and tab) comes back, as when a writer starts Kiji from the dock.

Targets (issue 17): window ≤ 1 s; first preview ≤ 1.2× ghostwriter's; PSS ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from corpus import SEED_PATH, japanese_post
from timing import p95

from editor.app.startup_trace import TRACE_VARIABLE, read_trace
from tests.desktop.x11 import kiji_command, xvfb

T = TypeVar("T")
GHOSTWRITER = "ghostwriter"
MIN_WINDOW_SIDE = 200  # smaller top-levels are tooltips and helper windows, not the window


# -- the X server --------------------------------------------------------------------------
class MapWatcher:
    """Records, from the X server, when each process first maps a top-level window."""

    def __init__(self, display_name: str) -> None:
        from Xlib import X, display

        self._display = display.Display(display_name)
        root = self._display.screen().root
        root.change_attributes(event_mask=X.SubstructureNotifyMask)
        self._display.sync()
        self._pid_atom = self._display.intern_atom("_NET_WM_PID")
        self._first_map: dict[int, tuple[float, int]] = {}
        self._lock = threading.Lock()
        self._stop = False
        self._thread = threading.Thread(target=self._run, name="map-watcher", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from Xlib import X, error

        while not self._stop:
            try:
                event = self._display.next_event()
            except error.ConnectionClosedError:  # the X server went away: the run is over
                return
            stamp = time.monotonic()
            if event.type != X.MapNotify or event.override:
                continue
            with contextlib.suppress(error.XError):
                window = event.window
                geometry = window.get_geometry()
                if min(geometry.width, geometry.height) < MIN_WINDOW_SIDE:
                    continue
                prop = window.get_full_property(self._pid_atom, X.AnyPropertyType)
                if prop is None or not prop.value:
                    continue
                with self._lock:
                    self._first_map.setdefault(int(prop.value[0]), (stamp, window.id))

    def first_map(self, pid: int) -> tuple[float, int] | None:
        """When ``pid`` first mapped a top-level window (monotonic time) and its id."""
        with self._lock:
            return self._first_map.get(pid)

    def close(self) -> None:
        """Stop watching (the thread ends at the next event; it is a daemon)."""
        self._stop = True


class InkProbe:
    """Reads a window's preview region from the X server's screen: is text drawn there yet?

    The region (``PREVIEW_REGION``, fractions of the window) is where both apps put their
    preview, right of the text; "ink" is the share of sampled pixels that differ from
    the region's commonest value (its background) by more than ``INK_CONTRAST``.
    """

    PREVIEW_REGION = (0.70, 0.20, 0.95, 0.80)  # left, top, right, bottom
    INK_CONTRAST = 48
    INK_SHARE = 0.02
    SAMPLE_STEP = 4  # every 4th pixel of every row

    def __init__(self, display_name: str) -> None:
        from Xlib import display

        self._display = display.Display(display_name)  # its own connection: one per thread
        self._root = self._display.screen().root

    def has_ink(self, window_id: int) -> bool:
        """True when the preview region of ``window_id`` shows text on its background."""
        from Xlib import X, error

        try:
            window = self._display.create_resource_object("window", window_id)
            geometry = window.get_geometry()
            position = window.translate_coords(self._root, 0, 0)
            left, top, right, bottom = self.PREVIEW_REGION
            width, height = geometry.width, geometry.height
            x, y = -position.x + int(left * width), -position.y + int(top * height)
            w, h = int((right - left) * width), int((bottom - top) * height)
            image = self._root.get_image(x, y, w, h, X.ZPixmap, 0xFFFFFFFF)
        except error.XError:
            return False
        samples = bytes(image.data)[:: 4 * self.SAMPLE_STEP]  # one channel per sample
        if not samples:
            return False
        background = max(set(samples), key=samples.count)
        ink = sum(1 for value in samples if abs(value - background) > self.INK_CONTRAST)
        return ink / len(samples) > self.INK_SHARE

    def close(self) -> None:
        """Close the probe's X connection."""
        self._display.close()


# -- processes -------------------------------------------------------------------------------
def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it (from ``/proc``'s parent ids)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(children.get(current, []))
    return tree


def tree_pss_mb(pid: int) -> float:
    """The proportional set size of ``pid`` and its descendants, in MB."""
    total_kb = 0
    for member in descendants(pid):
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{member}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total_kb += int(line.split()[1])
                    break
    return total_kb / 1024


def wait_until(condition: Callable[[], T | None], timeout: float, what: str) -> T:
    """Poll ``condition`` every 5 ms until it gives a time; fail after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value is not None:
            return value
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.005)


def stop_tree(process: subprocess.Popen[bytes]) -> None:
    """End a started app and whatever it left behind (its own descendants only)."""
    tree = descendants(process.pid)
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)
    for pid in tree[1:]:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


# -- one start ---------------------------------------------------------------------------------
@dataclass
class Start:
    """One start's figures in ms from the spawn (PSS in MB; ``page_ms`` only when traced)."""

    window_ms: float
    ink_ms: float
    page_ms: float | None
    pss_mb: float


@dataclass
class App:
    """How to start one app on the post, and where its starts' figures go."""

    name: str
    command: list[str]
    prepare: Callable[[Path], dict[str, str]]  # fresh folder -> extra environment
    traced: bool  # the app writes a first-preview milestone
    starts: list[Start] = field(default_factory=list)


def start_once(
    app: App,
    base_env: dict[str, str],
    watchers: tuple[MapWatcher, InkProbe],
    settle: float,
    verbose: bool = False,
) -> Start:
    """Start ``app``, wait for its window and first preview, read its memory, stop it."""
    watcher, probe = watchers
    folder = Path(tempfile.mkdtemp(prefix=f"bench-{app.name}-"))
    env = {**base_env, **app.prepare(folder)}
    trace = folder / "startup-trace"
    if app.traced:
        env[TRACE_VARIABLE] = str(trace)
    spawned = time.monotonic()
    process = subprocess.Popen(
        app.command,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=folder,
    )
    try:

        def mapped() -> tuple[float, int] | None:
            if process.poll() is not None:
                raise RuntimeError(f"{app.name} exited with {process.returncode}")
            return watcher.first_map(process.pid)

        window, window_id = wait_until(mapped, 60, f"{app.name}'s window")
        ink: float | None = None
        page: float | None = None
        deadline = time.monotonic() + 60
        while ink is None or (app.traced and page is None):
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError(f"no preview from {app.name} (ink {ink}, page {page})")
            if ink is None and probe.has_ink(window_id):
                ink = time.monotonic()
            if app.traced and page is None:
                page = read_trace(trace).get("first-preview")
            time.sleep(0.02)
        settled = ink
        if app.traced:  # memory once everything is up: the post's tab too, not only its preview
            settled = wait_until(
                lambda: read_trace(trace).get("post-opened"), 60, f"{app.name}'s post"
            )
        time.sleep(max(0.0, max(ink, settled) + settle - time.monotonic()))
        pss = tree_pss_mb(process.pid)
        if app.traced and verbose:
            marks = read_trace(trace)
            print("    " + "  ".join(f"{k} {(v - spawned) * 1000:.0f}" for k, v in marks.items()))
    finally:
        stop_tree(process)
        shutil.rmtree(folder, ignore_errors=True)
    page_ms = None if page is None else (page - spawned) * 1000
    return Start((window - spawned) * 1000, (ink - spawned) * 1000, page_ms, pss)


# -- the post and the apps ---------------------------------------------------------------------
def make_post(root: Path, chars: int) -> Path:
    """A one-post Jekyll site at ``root``; returns the post (seed front matter, long body)."""
    seed = SEED_PATH.read_text(encoding="utf-8")
    front_matter = seed[: seed.index("\n---\n", 4) + 5]
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Bench\nlang: ja\n", encoding="utf-8")
    post = root / "_posts" / SEED_PATH.name
    post.write_text(front_matter + "\n" + japanese_post(chars), encoding="utf-8")
    return post


def kiji_app(post: Path, warm_cache: Path | None, restore: bool = False) -> App:
    """Kiji from this checkout's ``kiji`` entry point, one fresh ``KIJI_HOME`` per start;
    with ``restore``, started with no argument on the warm-up's settings (its session
    holds the post's site and tab), as from the dock or the Start menu."""

    def prepare(folder: Path) -> dict[str, str]:
        home = folder / "kiji-home"
        home.mkdir()
        if warm_cache is not None and warm_cache.is_dir():
            shutil.copytree(warm_cache, home / "cache")
            settings = warm_cache.parent / "settings.ini"
            if restore and settings.is_file():
                shutil.copy2(settings, home / "settings.ini")
        # This checkout's ``editor`` package, whichever checkout the venv was installed from.
        path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
        return {"KIJI_HOME": str(home), "PYTHONPATH": path}

    return App("kiji", [*kiji_command(), *([] if restore else [str(post)])], prepare, traced=True)


def ghostwriter_app(post: Path) -> App | None:
    """Debian's ghostwriter with a fresh configuration (HTML preview open), if installable."""
    if shutil.which(GHOSTWRITER) is None:
        print("ghostwriter is missing: trying `apt-get install -y ghostwriter`…", flush=True)
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(
                ["apt-get", "install", "-y", "--no-install-recommends", GHOSTWRITER],
                env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
                capture_output=True,
                timeout=600,
                check=False,
            )
    executable = shutil.which(GHOSTWRITER)
    if executable is None:
        print("ghostwriter could not be installed (needs Debian/Ubuntu and root): Kiji alone.")
        return None

    def prepare(folder: Path) -> dict[str, str]:
        config = folder / "config"
        (config / "ghostwriter").mkdir(parents=True)
        (config / "ghostwriter" / "ghostwriter.conf").write_text(
            "[Preview]\nhtmlPreviewOpen=true\n", encoding="utf-8"
        )
        env = {
            "XDG_CONFIG_HOME": str(config),
            "XDG_DATA_HOME": str(folder / "data"),
            "XDG_CACHE_HOME": str(folder / "cache"),
        }
        if os.geteuid() == 0:  # Chromium's sandbox refuses root, as Kiji does for itself
            env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
        return env

    return App(GHOSTWRITER, [executable, str(post)], prepare, traced=False)


@contextlib.contextmanager
def display() -> Iterator[str]:
    """The X display to use: ``DISPLAY``, or an Xvfb of our own for the run."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    with xvfb(1600, 1000) as server:
        yield server.display


# -- output ----------------------------------------------------------------------------------
def row(name: str, values: list[float], unit: str, baseline: list[float] | None) -> str:
    """One printed figure: median, p95 and the ratio of medians to ``baseline``."""
    median = statistics.median(values)
    text = f"  {name:<52} median {median:7.0f} {unit}   p95 {p95(values):7.0f} {unit}"
    if baseline:
        text += f"   ratio {median / statistics.median(baseline):5.2f}x"
    return text


def report(kiji: App, peer: App | None) -> None:
    """Print every figure of both apps; ratios are Kiji's median over ghostwriter's."""

    def values(app: App, name: str) -> list[float]:
        return [getattr(start, name) for start in app.starts]

    figures = (
        ("window_ms", "window mapped (X MapNotify)", "ms"),
        ("ink_ms", "first preview on screen (text in its pixels)", "ms"),
        ("pss_mb", "PSS of the process tree", "MB"),
    )
    for attribute, label, unit in figures:
        baseline = None
        if peer is not None:
            baseline = values(peer, attribute)
            print(row(f"{peer.name} {label}", baseline, unit, None))
        print(row(f"kiji {label}", values(kiji, attribute), unit, baseline))
        if attribute == "ink_ms":
            page = [start.page_ms for start in kiji.starts if start.page_ms is not None]
            print(row("kiji first preview in the page's DOM (page's signal)", page, "ms", None))


def main() -> None:
    """Start both apps ``--runs`` times, interleaved, and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--chars", type=int, default=34_000)
    parser.add_argument("--settle", type=float, default=2.0, help="seconds before PSS")
    parser.add_argument("--no-peer", action="store_true", help="Kiji alone")
    parser.add_argument("--cold-home", action="store_true", help="no warm cache/ per start")
    parser.add_argument("--verbose", action="store_true", help="print Kiji's own milestones")
    parser.add_argument(
        "--restore", action="store_true", help="Kiji started with no argument: its last session"
    )
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    post = make_post(folder / "site", args.chars)
    warm_home = folder / "warm-home"
    warm_home.mkdir()
    warm_cache = None if args.cold_home else warm_home / "kiji-home" / "cache"
    kiji = kiji_app(post, warm_cache, restore=args.restore)
    peer = None if args.no_peer else ghostwriter_app(post)
    apps = [kiji] if peer is None else [kiji, peer]
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("QT_QPA")}
    base_env.update(QT_QPA_PLATFORM="xcb", LANG="C.UTF-8")
    base_env.pop(TRACE_VARIABLE, None)
    # An installed app runs from compiled bytecode: let the warm-up start write it.
    base_env.pop("PYTHONDONTWRITEBYTECODE", None)

    with display() as name:
        base_env["DISPLAY"] = name
        watchers = (MapWatcher(name), InkProbe(name))
        print(
            f"post: {len(post.read_text(encoding='utf-8')):,} characters (Japanese), "
            f"one-post Jekyll site; {args.runs} starts each, interleaved; display {name}; "
            f"{os.cpu_count()} CPUs",
            flush=True,
        )
        # Warm-up (not counted): the disk cache, and Kiji's cache/ folder for later starts.
        warm_env = kiji.prepare(warm_home)  # before the cache exists: nothing copied
        warm_up = App("kiji", [*kiji_command(), str(post)], lambda _f: warm_env, True)
        start_once(warm_up, base_env, watchers, 1.0)
        if peer is not None:
            start_once(peer, base_env, watchers, 0.5)
        for run in range(args.runs):
            for app in apps if run % 2 == 0 else apps[::-1]:
                app.starts.append(start_once(app, base_env, watchers, args.settle, args.verbose))
                last = app.starts[-1]
                print(
                    f"  run {run + 1} {app.name:<12} window {last.window_ms:6.0f} ms   "
                    f"preview on screen {last.ink_ms:6.0f} ms   "
                    + (f"in the DOM {last.page_ms:6.0f} ms   " if last.page_ms else "")
                    + f"PSS {last.pss_mb:5.0f} MB",
                    flush=True,
                )
        watchers[0].close()
        watchers[1].close()
    print("figures (ms from the spawn; ratio = Kiji's median / ghostwriter's):")
    report(kiji, peer)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
