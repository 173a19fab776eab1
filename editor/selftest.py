"""``kiji --self-test``: prove that this Kiji (installed or frozen) starts, works and stops.

It copies the bundled sample site to a temporary folder and builds the main window through
the very function ``main()`` uses (:func:`editor.app.open_main_window`: on a display the
window really shows; without one Qt runs offscreen). It opens a Japanese post, waits until
the real preview shows the post's Japanese text, its title and its site image, saves the
post unchanged and compares the bytes with the original, types into the text pane (key
events and an input-method commit), waits for the typing to reach the preview, saves and
checks the bytes on disk, and finally quits through the event loop with File ▸ Quit, as a
writer does. It prints one line and returns the exit code (0 when everything held):

    Kiji 0.1.0 self-test: OK (preview 812 ms, round trip identical, typed, saved, quit)
    Kiji 0.1.0 self-test: FAILED (the preview never showed the post's Japanese text)

A crash cannot print that line; the process dies with a non-zero status instead, and
``faulthandler`` prints where.

Installers run it on every platform in CI; windowed Windows builds have no console, so the
line also goes to the file named by ``KIJI_SELF_TEST_REPORT`` when that is set.
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor import __version__

SAMPLE_POST = "_posts/2025-11-16-kyoto-autumn.md"
REPORT_FILE_VARIABLE = "KIJI_SELF_TEST_REPORT"
DEFAULT_TIMEOUT_S = 60.0
_CJK_RUN = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff\u3005]{4,}")
# Markup whose text never reaches the page's visible text (images' alt, tags, Liquid).
_HIDDEN_MARKUP = re.compile(r"!\[[^\]]*\]\([^)]*\)|<[^>]*>|\{%.*?%\}|\{\{.*?\}\}")
_FENCE = re.compile(r"^\s*(```|~~~)")


class SelfTestError(Exception):
    """One check did not hold; the message is the reason shown in the report line."""


@dataclass(frozen=True)
class SelfTestReport:
    """The outcome: ``ok``, the time to a rendered preview and the reason for a failure."""

    ok: bool
    preview_ms: float | None = None
    reason: str = ""

    def line(self) -> str:
        """The one-line report printed by ``kiji --self-test``."""
        if self.ok:
            return (
                f"Kiji {__version__} self-test: OK "
                f"(preview {self.preview_ms:.0f} ms, round trip identical, typed, saved, quit)"
            )
        return f"Kiji {__version__} self-test: FAILED ({self.reason})"


def japanese_probe(body: str, max_length: int = 12) -> str | None:
    """A run of Japanese characters from the body's visible prose, to look for in the preview.

    Code blocks, image alt texts, HTML tags and Liquid are skipped because their text does
    not show up as such on the page. Returns ``None`` when the body has no Japanese prose.
    """
    in_fence = False
    for line in body.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence or line.startswith("    "):
            continue
        match = _CJK_RUN.search(_HIDDEN_MARKUP.sub(" ", line))
        if match:
            return match.group(0)[:max_length]
    return None


def needs_offscreen(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """True when no Qt platform was chosen and there is no display to show anything on."""
    if environ.get("QT_QPA_PLATFORM"):
        return False
    if platform.startswith(("win", "darwin")):
        return False  # both always have a window server; the window is never shown anyway
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def run_self_test(
    argv: Sequence[str] | None = None,
    *,
    sample_site: Path | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> int:
    """Run the self-test, print the one-line report and return the process exit code.

    ``sample_site`` replaces the bundled sample site (tests use it to break things on
    purpose); it is copied, never changed.
    """
    started = time.perf_counter()
    if not faulthandler.is_enabled():
        # A crash prints where it happened before the process dies (no stderr: windowed).
        with contextlib.suppress(AttributeError, ValueError, OSError):
            faulthandler.enable()
    if needs_offscreen(os.environ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    workspace = Path(tempfile.mkdtemp(prefix="kiji-self-test-"))
    # Settings and journals of this run go to the throwaway folder, never the writer's own.
    previous_home = os.environ.get("KIJI_HOME")
    os.environ["KIJI_HOME"] = str(workspace / "home")
    try:
        report = _SelfTest(argv, workspace, sample_site, timeout_s, started).run()
    except SelfTestError as failure:
        report = SelfTestReport(ok=False, reason=str(failure))
    except Exception as error:  # the report must name any crash instead of dying with it
        report = SelfTestReport(ok=False, reason=f"{type(error).__name__}: {error}")
    finally:
        if previous_home is None:
            os.environ.pop("KIJI_HOME", None)
        else:
            os.environ["KIJI_HOME"] = previous_home
        shutil.rmtree(workspace, ignore_errors=True)
    _publish(report.line())
    return 0 if report.ok else 1


def _publish(line: str) -> None:
    stream = sys.stdout or sys.stderr
    if stream is not None:
        print(line, file=stream, flush=True)
    report_file = os.environ.get(REPORT_FILE_VARIABLE)
    if report_file:
        Path(report_file).write_text(line + "\n", encoding="utf-8")


class _SelfTest:
    """The steps of one self-test run; each raises :class:`SelfTestError` when it fails."""

    def __init__(
        self,
        argv: Sequence[str] | None,
        workspace: Path,
        sample_site: Path | None,
        timeout_s: float,
        started: float,
    ) -> None:
        self._argv = list(argv) if argv is not None else [sys.argv[0]]
        self._workspace = workspace
        self._sample_site = sample_site
        self._timeout_s = timeout_s
        self._started = started

    def run(self) -> SelfTestReport:
        from editor.app import create_application, open_main_window, parse_arguments

        app = create_application(self._argv)
        site = self._copy_site()
        post_path = site / SAMPLE_POST
        if not post_path.is_file():
            raise SelfTestError(f"the sample post {SAMPLE_POST} is missing from the bundle")
        original = post_path.read_bytes()

        window = open_main_window(app, parse_arguments([str(site)]))
        try:
            preview_ms = self._check_preview(app, window, post_path)
            self._check_round_trip(window, post_path, original)
            self._check_typing(app, window, post_path, original)
            self._quit(app, window)
        finally:
            self._close(app, window)
        return SelfTestReport(ok=True, preview_ms=preview_ms)

    def _copy_site(self) -> Path:
        from editor.resources import resource_path

        source = self._sample_site or resource_path("sample-site")
        if not source.is_dir():
            raise SelfTestError(f"the sample site is missing ({source})")
        target = self._workspace / "sample-site"
        shutil.copytree(source, target)
        return target

    def _check_preview(self, app: Any, window: Any, post_path: Path) -> float:
        editor = window.open_post(post_path)
        if editor is None:
            raise SelfTestError(f"Kiji could not open {SAMPLE_POST}")
        if editor.session.is_dirty:
            raise SelfTestError("opening the post marked it as changed")
        probe = japanese_probe(editor.session.body)
        if probe is None:
            raise SelfTestError(f"{SAMPLE_POST} has no Japanese text to look for")
        content_js = "(document.getElementById('content') || {}).innerText || ''"
        self._wait(
            app,
            lambda: probe in (self._js(app, window, content_js) or ""),
            "the preview never showed the post's Japanese text",
        )
        preview_ms = (time.perf_counter() - self._started) * 1000
        title = editor.session.page().get("title")
        if isinstance(title, str) and title.strip():
            header_js = "(document.getElementById('post-header') || {}).innerText || ''"
            self._wait(
                app,
                lambda: title.strip() in (self._js(app, window, header_js) or ""),
                "the preview's header does not show the post's title",
            )
        # A broken image is "complete" with no width: wait for all to settle, then judge.
        # JSON text: nested arrays do not survive the trip through Qt's variant conversion.
        images_js = (
            "JSON.stringify(Array.from(document.querySelectorAll('#content img'))"
            ".map(function (img) { return [img.getAttribute('src'), img.complete, "
            "img.naturalWidth]; }))"
        )
        images: list[list[Any]] = []

        def images_settled() -> bool:
            answer = self._js(app, window, images_js)
            if not isinstance(answer, str):
                return False
            images[:] = json.loads(answer)
            return all(complete for _src, complete, _width in images)

        self._wait(app, images_settled, "the preview's images never finished loading")
        if "![" in editor.session.body and not images:
            raise SelfTestError("the post's image is missing from the preview")
        broken = [str(src) for src, _complete, width in images if not width]
        if broken:
            raise SelfTestError(f"an image of the sample site did not load ({broken[0]})")
        return preview_ms

    def _check_round_trip(self, window: Any, post_path: Path, original: bytes) -> None:
        if not window.save():
            raise SelfTestError("saving the unchanged post failed")
        saved = post_path.read_bytes()
        if saved != original:
            raise SelfTestError(
                f"saving the unchanged post changed its bytes ({len(original)} before, "
                f"{len(saved)} after)"
            )

    def _check_typing(self, app: Any, window: Any, post_path: Path, original: bytes) -> None:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QInputMethodEvent, QKeyEvent

        from editor.core.text.stats import text_stats

        editor = window.current_editor()
        pane = editor.text_pane
        editor.focus_body_start()
        for char in "Kiji self-test ":  # key events as the keyboard sends them (no QtTest)
            key = Qt.Key.Key_Space if char == " " else Qt.Key(ord(char.upper()))
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                app.sendEvent(pane, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
        composed = QInputMethodEvent()
        composed.setCommitString("記事。")  # what an input method hands over for Japanese
        app.sendEvent(pane, composed)
        typed = "Kiji self-test 記事。"
        if not editor.session.body.startswith(typed):
            raise SelfTestError("typing into the text pane did not reach the post")
        content_js = "(document.getElementById('content') || {}).innerText || ''"
        self._wait(
            app,
            lambda: typed in (self._js(app, window, content_js) or ""),
            "the preview never showed the typed text",
        )
        editor.front_matter_form.update_reading_time()  # what its timer would do in 0.8 s
        if not window.save():
            raise SelfTestError("saving the typed post failed")
        expected = _with_typed_text(original, typed, text_stats(editor.session.body))
        if post_path.read_bytes() != expected:
            raise SelfTestError("the saved post is not the original with the typed text")

    def _quit(self, app: Any, window: Any) -> None:
        from PySide6.QtCore import QTimer

        # File ▸ Quit from inside the running event loop, as a writer's Ctrl+Q would.
        QTimer.singleShot(0, window.actionQuit.trigger)
        watchdog = QTimer()
        watchdog.setSingleShot(True)
        watchdog.timeout.connect(lambda: app.exit(3))
        watchdog.start(int(self._timeout_s * 1000))
        code = app.exec()
        watchdog.stop()
        if code != 0 or window.isVisible():
            raise SelfTestError(f"File ▸ Quit did not close the window (event loop code {code})")

    def _js(self, app: Any, window: Any, script: str) -> Any:
        """Evaluate ``script`` in the preview's ApplicationWorld (page scripts are off)."""
        from PySide6.QtWebEngineCore import QWebEngineScript

        box: dict[str, Any] = {}
        world = QWebEngineScript.ScriptWorldId.ApplicationWorld
        window.preview.page().runJavaScript(script, world, lambda value: box.setdefault("v", value))
        # Past the deadline this returns None and the caller's own wait reports why.
        while "v" not in box and time.perf_counter() < self._started + self._timeout_s:
            self._spin(app)
        return box.get("v")

    def _wait(self, app: Any, condition: Callable[[], bool], reason: str) -> None:
        deadline = self._started + self._timeout_s
        while not condition():
            if time.perf_counter() > deadline:
                raise SelfTestError(f"{reason} (after {self._timeout_s:.0f} s)")
            self._spin(app)

    @staticmethod
    def _spin(app: Any) -> None:
        from PySide6.QtCore import QEventLoop

        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)  # nothing to do yet: do not spin a core at 100 %

    @staticmethod
    def _close(app: Any, window: Any) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        window.close()
        window.deleteLater()
        # Let the page and its profile go before the application does (QtWebEngine warns
        # and may crash at exit otherwise).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()


def _with_typed_text(original: bytes, typed: str, stats: Any) -> bytes:
    """``original`` with ``typed`` at the start of its body and, if the post has one, its
    ``reading_time`` line following the new body (as the form keeps it)."""
    closing = original.index(b"\n---\n", 3) + len(b"\n---\n")
    head = re.sub(
        rb"^reading_time: *\d+",
        f"reading_time: {stats.reading_minutes}".encode(),
        original[:closing],
        flags=re.MULTILINE,
    )
    return head + typed.encode() + original[closing:]
