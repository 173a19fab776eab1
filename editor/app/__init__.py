"""Kiji's entry point: command line, QApplication set-up, the main window."""

from __future__ import annotations

import argparse
import atexit
import contextlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication, QDialog

from editor import __version__
from editor.resources import resource_path
from editor.services.background import GIL_SWITCH_INTERVAL_S
from editor.services.site_scheme import register_site_scheme
from editor.services.termination import TerminationWatcher, exit_code_for

if TYPE_CHECKING:
    from editor.app.container import AppServices
    from editor.app.language_switch import WindowKeeper
    from editor.services.document import DocumentSession
    from editor.ui.window.main_window import MainWindow

# Chromium switches: offline by promise (no background fetches), quiet on machines without a GPU.
_CHROMIUM_FLAGS = ("--disable-background-networking", "--disable-component-update")
# Chromium and Qt's graphics stack print Vulkan, D-Bus and GPU lines on every start that
# read like errors; a normal run keeps them quiet, ``kiji --verbose`` shows them.
_QUIET_CHROMIUM_FLAGS = ("--log-level=3", "--disable-logging")
_QUIET_LOGGING_RULES = (
    "js.*=false",
    "qt.webengine*=false",
    "qt.webenginecontext*=false",
    "qt.vulkan*=false",
    "qt.rhi.*=false",
    "qt.qpa.gl*=false",
)


def _running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


# The numbers Linux gives DRI render nodes (/dev/dri/renderD128 and up).
_RENDER_NODES = range(128, 192)


def has_gpu_device(dri: Path = Path("/dev/dri")) -> bool:
    """False on Linux without a DRI render node (``dri``/renderD*): no GPU to draw with."""
    if not sys.platform.startswith("linux"):
        return True
    return any((dri / f"renderD{number}").exists() for number in _RENDER_NODES)


def _prepare_webengine_environment(verbose: bool = False) -> None:
    """Set the QtWebEngine flags that must exist before the QApplication does.

    Unless ``verbose``, the engine's own logging is quieted (see ``_QUIET_CHROMIUM_FLAGS``).
    """
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    wanted = list(_CHROMIUM_FLAGS)
    if not verbose:
        wanted.extend(_QUIET_CHROMIUM_FLAGS)
        rules = [r for r in os.environ.get("QT_LOGGING_RULES", "").split(";") if r]
        os.environ["QT_LOGGING_RULES"] = ";".join([*_QUIET_LOGGING_RULES, *rules])
    if _running_as_root():
        # Chromium refuses to run its sandbox as root (CI, containers) and the render
        # process then dies without a word; as root there is no sandbox to keep anyway.
        wanted.append("--no-sandbox")
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen" or not has_gpu_device():
        # Without a GPU, OpenGL is Mesa's llvmpipe: loading it (and LLVM) in the process
        # cost 60 MB and a second of start-up (benchmarks/bench_startup.py); Qt Quick's
        # software renderer and Chromium's own software compositor do the same job.
        wanted.append("--disable-gpu")
        os.environ.setdefault("QT_QUICK_BACKEND", "software")
        os.environ.setdefault("QT_XCB_GL_INTEGRATION", "none")
    for flag in wanted:
        if flag not in flags:
            flags.append(flag)
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(flags)


class KijiApplication(QApplication):
    """Kiji's application object; it also takes the files the OS asks Kiji to open.

    macOS sends a ``QFileOpenEvent`` to the application for Finder's "Open With" and for
    files dropped on the Dock icon, often before any window exists. The event is handled
    in :meth:`event`, which sees only the application's own events: an application-wide
    event filter would run Python for every event of every object (QtWebEngine's
    included) and crashed the process within seconds of every launch.
    """

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self._pending_files: list[Path] = []
        self._open_file: Callable[[Path], object] | None = None

    def set_file_open_handler(self, open_file: Callable[[Path], object] | None) -> None:
        """Send the files the OS asks for to ``open_file``, those that came early first.

        ``None`` holds them back again until the next handler (the window is closing).
        """
        self._open_file = open_file
        if open_file is None:
            return
        pending, self._pending_files = self._pending_files, []
        for path in pending:
            open_file(path)

    def event(self, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = Path(event.file())
            if self._open_file is None:
                self._pending_files.append(path)
            else:
                self._open_file(path)
            return True
        return super().event(event)


def create_application(argv: Sequence[str] | None = None, *, verbose: bool = False) -> QApplication:
    """Return the configured ``QApplication``, creating it on first call.

    ``verbose`` keeps QtWebEngine's and Qt's graphics logging (``kiji --verbose``).

    Custom URL schemes are registered and QtWebEngine flags set *before* the application
    exists, as QtWebEngine requires; ``main()`` and the tests both come through here. The
    windows are deleted before the application at interpreter exit whatever the caller
    does (QtWebEngine crashes the process when a page outlives the application).
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)  # workers hand the UI thread its turns
    _prepare_webengine_environment(verbose)
    if not verbose:
        from editor.app.quiet_logging import install_quiet_handler

        install_quiet_handler()
    register_site_scheme()
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = KijiApplication(list(sys.argv if argv is None else argv))
    app.setApplicationName("Kiji")
    app.setOrganizationName("Kiji")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("Kiji")
    app.setWindowIcon(QIcon(str(resource_path("icons", "kiji.svg"))))
    use_one_japanese_font(app)
    from editor.ui.window.i18n import choose_language, install_translators

    install_translators(app, choose_language())
    atexit.register(_release_windows_at_exit)
    return app


def release_windows(app: QApplication) -> None:
    """Delete every top-level window while the application still exists.

    QtWebEngine pages must go before their profiles and before the application; left to
    Python's shutdown, the order is arbitrary and the process can crash on its way out.
    ``create_application`` arranges for this to run at interpreter exit too.
    """
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def _release_windows_at_exit() -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        with contextlib.suppress(RuntimeError):  # the C++ application is already gone
            release_windows(app)


def copy_sample_site(destination_parent: Path | None = None) -> Path:
    """Copy the bundled sample site to a fresh folder and return it; the original stays as is."""
    parent = destination_parent or Path(tempfile.mkdtemp(prefix="kiji-sample-"))
    target = parent / "sample-site"
    shutil.copytree(resource_path("sample-site"), target)
    return target


# Japanese UI fonts, best first, per platform; the first one installed takes every kana and
# kanji the system's UI font lacks.
JAPANESE_UI_FONTS = (
    "Hiragino Sans",
    "Hiragino Kaku Gothic ProN",
    "Yu Gothic UI",
    "Meiryo UI",
    "Noto Sans CJK JP",
    "Source Han Sans JP",
    "BIZ UDPGothic",
)


def use_one_japanese_font(app: QApplication) -> None:
    """Give the UI font one Japanese fallback, so kana and kanji come from the same face.

    Left to itself, font fallback picks a face per script: kana could come from one
    installed Japanese font and kanji from another, in a different weight, mid-word.
    """
    from PySide6.QtGui import QFont, QFontDatabase

    installed = set(QFontDatabase.families())
    fallback = next((name for name in JAPANESE_UI_FONTS if name in installed), None)
    if fallback is None:
        return
    font = QFont(app.font())
    font.setFamilies([font.family(), fallback])
    app.setFont(font)


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """Parse Kiji's command line."""
    parser = argparse.ArgumentParser(prog="kiji", description="A Markdown editor for blog posts.")
    parser.add_argument("path", nargs="?", type=Path, help="a site folder or a post to open")
    parser.add_argument(
        "--sample", action="store_true", help="open a fresh copy of the bundled sample site"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation without a window, print one line and exit",
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="show the web engine's and the graphics stack's log lines",
    )
    parser.add_argument("--version", action="version", version=f"Kiji {__version__}")
    # The frozen app's way to run the kana dictionary split in a process of its own.
    parser.add_argument("--build-kana-dictionary", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(list(argv))


def open_main_window(app: QApplication, options: argparse.Namespace) -> MainWindow:
    """Show the window, build it, then open what the command line asked for.

    The window is mapped first as a light frame; its preview (the web engine starts
    then), the post named on the command line (rendered in the worker while the rest is
    built), its menus and helpers follow, each after the frame had a turn to paint. It
    returns the finished window with the post open. ``kiji --self-test`` comes through
    here too, so it proves the path a writer takes.
    """
    from editor.app.container import build_services
    from editor.app.language_switch import WindowKeeper, apply_language
    from editor.app.startup_trace import StartupTrace
    from editor.core.paths import user_data_dir
    from editor.core.text import kana_dictionary
    from editor.ui.window.main_window import MainWindow  # widgets only after the app exists

    services = build_services(parent=app)
    if services.settings.language != "system":
        apply_language(app, services.settings.language)  # KIJI_LANG still wins at start
    window = MainWindow(services, staged=True)
    trace = StartupTrace.from_environment()
    window.show()
    if trace is not None:
        trace.mark("window-shown")
    named = None
    for number, step in enumerate(window.build_steps()):
        _let_the_window_paint(app)
        step()
        if number == 0:  # the preview exists: its post can be rendering meanwhile
            if trace is not None:
                trace.follow_preview(window.preview)
            # Japanese readings (tag completion, slugs) without a 0.6 s freeze on first use.
            kana_dictionary.prepare(user_data_dir() / "cache")
            named = _read_named_post(options)
            early = named if named is not None else _read_session_post(services, options)
            if early is not None:  # the session's own post comes back with its tabs later
                window.preview_early(early)
                _wait_for_the_preview(app, window)
    if trace is not None:
        trace.mark("window-built")
    _KEEPERS[app] = WindowKeeper(app, services, window)
    if isinstance(app, KijiApplication):
        app.set_file_open_handler(window.open_path)  # Finder's "Open With" on macOS
    if options.sample:
        window.open_path(copy_sample_site())
    elif named is not None:
        window.open_session(named)
    elif options.path is not None:
        window.open_path(options.path)
    if trace is not None:
        trace.mark("post-opened")
    return window


def _let_the_window_paint(app: QApplication) -> None:
    """Process what is pending (the frame's paint, the web engine's start) between steps.

    Input waits (nothing is there to receive it yet) and so do the socket notifiers: a
    SIGTERM is handled by the event loop, once the window can journal what it holds.
    """
    flags = QEventLoop.ProcessEventsFlag
    app.processEvents(flags.ExcludeUserInputEvents | flags.ExcludeSocketNotifiers)


# How long a start waits for the first screen of the post in the preview before it builds
# the rest of the window (the editor's text, the menus), and how long it still lets the
# page's first frame reach the screen once the page has the post in its DOM.
FIRST_PREVIEW_WAIT_S = 1.0
FIRST_FRAME_S = 0.3


def _wait_for_the_preview(app: QApplication, window: MainWindow) -> None:
    """Let the page load and show the post's first screen, for ``FIRST_PREVIEW_WAIT_S`` at most.

    The web engine's browser side runs on this thread: while Python builds the window
    here, the page cannot load (it took 1.6 s instead of 0.2 s), and a frame the page
    drew reaches the screen only when this thread paints (``FIRST_FRAME_S`` more). Input
    and signals wait, as in :func:`_let_the_window_paint`.
    """
    shown: list[int] = []
    window.preview.updated.connect(shown.append)
    ticker = QTimer()  # wakes the wait below at least this often, to check the clock
    ticker.start(20)
    flags = QEventLoop.ProcessEventsFlag
    wait = flags.ExcludeUserInputEvents | flags.ExcludeSocketNotifiers | flags.WaitForMoreEvents
    deadline = time.monotonic() + FIRST_PREVIEW_WAIT_S
    try:
        while not shown and time.monotonic() < deadline:
            app.processEvents(wait)
        painted = time.monotonic() + FIRST_FRAME_S
        while shown and time.monotonic() < painted:
            app.processEvents(wait)
    finally:
        ticker.stop()
        window.preview.updated.disconnect(shown.append)


def _read_named_post(options: argparse.Namespace) -> DocumentSession | None:
    """The post file the command line names, read; ``None`` for a folder, none or an
    unreadable post (``MainWindow.open_path`` then opens it or says why)."""
    path = options.path
    if options.sample or path is None or not Path(path).is_file():
        return None
    return _read_post(Path(path).absolute())


def _read_session_post(
    services: AppServices, options: argparse.Namespace
) -> DocumentSession | None:
    """The post the last session will show first when nothing is named (a start from the
    dock or the Start menu), read for the early preview; ``None`` when there is none."""
    if options.sample or options.path is not None:
        return None
    path = services.settings.session().current_tab_path()
    return None if path is None else _read_post(path)


def _read_post(path: Path) -> DocumentSession | None:
    """The post at ``path`` read for the early preview, ``None`` if it cannot be read."""
    from editor.core.post.post import PostError
    from editor.services.document import DocumentSession

    try:
        return DocumentSession.open(path)
    except PostError:
        return None


_KEEPERS: dict[QApplication, WindowKeeper] = {}
"""Each application's window keeper (the window may be rebuilt in another language)."""


def current_window(app: QApplication, fallback: MainWindow) -> MainWindow:
    """The application's main window now (``fallback`` when none was rebuilt)."""
    keeper = _KEEPERS.get(app)
    return keeper.window if keeper is not None else fallback


def end_session_now(app: QApplication, exit_code: int) -> None:
    """Stop at once without asking: unsaved text goes to the journal, then the loop exits.

    What SIGTERM, SIGINT, SIGHUP and the OS's session end lead to. Open dialogs are
    dismissed ("Decide Later" for recovery: nothing is discarded); the next start offers
    the unsaved text back.
    """
    from editor.ui.window.main_window import MainWindow

    # Keys the writer typed before the signal may still wait in the queue: take them in
    # first (not the socket notifiers, or another signal would re-enter here).
    app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeSocketNotifiers)
    for _ in range(8):  # nested dialogs: each reject() ends one modal loop
        modal = app.activeModalWidget()
        if not isinstance(modal, QDialog):
            break
        modal.reject()
    for widget in app.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close_keeping_unsaved()
    app.exit(exit_code)


def main(argv: Sequence[str] | None = None) -> int:
    """Run Kiji; returns the process exit code.

    0 after File ▸ Quit or the window's close button, 128 + n after signal n (SIGTERM,
    SIGINT, SIGHUP: unsaved text is journaled first), 0 after the OS ended the session.
    """
    arguments = sys.argv[1:] if argv is None else list(argv)
    options = parse_arguments(arguments)
    if options.build_kana_dictionary is not None:
        from editor.core.text.kana_dictionary import run_build

        return run_build(options.build_kana_dictionary)
    if options.self_test:
        from editor.selftest import run_self_test  # sets up its own (offscreen) application

        return run_self_test([sys.argv[0], *arguments])
    app = create_application([sys.argv[0], *arguments], verbose=options.verbose)
    # Before the window: a signal that comes while it is built waits for the event loop.
    stop_codes: list[int] = []

    def stop(code: int) -> None:
        stop_codes.append(code)
        end_session_now(app, code)

    watcher = TerminationWatcher(parent=app)
    watcher.requested.connect(lambda signum: stop(exit_code_for(signum)))
    app.commitDataRequest.connect(lambda _manager: stop(0))
    try:
        window = open_main_window(app, options)
        window.guard.offer_recovery()  # text a crashed run left in the journal
        # A signal during the recovery dialog came before the loop: app.exit() had no loop.
        code = stop_codes[0] if stop_codes else app.exec()
        # The clean-exit marker (the window may have been rebuilt in another language).
        current_window(app, window).guard.end_session()
    finally:
        watcher.close()
        release_windows(app)
    return code
