"""Kiji's entry point: command line, QApplication set-up, the main window."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from editor import __version__
from editor.resources import resource_path
from editor.services.site_scheme import register_site_scheme

# Chromium switches: offline by promise (no background fetches), quiet on machines without a GPU.
_CHROMIUM_FLAGS = ("--disable-background-networking", "--disable-component-update")


GIL_SWITCH_INTERVAL_S = 0.001


def _running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _prepare_webengine_environment() -> None:
    """Set the QtWebEngine flags that must exist before the QApplication does."""
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    wanted = list(_CHROMIUM_FLAGS)
    if _running_as_root():
        # Chromium refuses to run its sandbox as root (CI, containers) and the render
        # process then dies without a word; as root there is no sandbox to keep anyway.
        wanted.append("--no-sandbox")
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        wanted.append("--disable-gpu")
    for flag in wanted:
        if flag not in flags:
            flags.append(flag)
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(flags)


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """Return the configured ``QApplication``, creating it on first call.

    Custom URL schemes are registered and QtWebEngine flags set *before* the application
    exists, as QtWebEngine requires; ``main()`` and the tests both come through here.
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Rendering runs on Python threads; with the default 5 ms GIL switch interval a long
    # render kept the UI thread waiting ~100 ms on a 200k-character post (measured by
    # benchmarks/bench_preview.py). 1 ms hands the GIL back often enough to keep typing smooth.
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    _prepare_webengine_environment()
    register_site_scheme()
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(list(sys.argv if argv is None else argv))
    app.setApplicationName("Kiji")
    app.setOrganizationName("Kiji")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("Kiji")
    app.setWindowIcon(QIcon(str(resource_path("icons", "kiji.svg"))))
    from editor.ui.i18n import choose_language, install_translators

    install_translators(app, choose_language())
    return app


def release_windows(app: QApplication) -> None:
    """Delete every top-level window while the application still exists.

    QtWebEngine pages must go before their profiles and before the application; left to
    Python's shutdown, the order is arbitrary and the process can crash on its way out.
    """
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


class FileOpenForwarder(QObject):
    """Hands the files the OS asks Kiji to open (macOS ``QFileOpenEvent``) to the window."""

    def __init__(self, open_path: Callable[[Path], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_path = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self._open_path(Path(event.file()))
            return True
        return super().eventFilter(watched, event)


def copy_sample_site(destination_parent: Path | None = None) -> Path:
    """Copy the bundled sample site to a fresh folder and return it; the original stays as is."""
    parent = destination_parent or Path(tempfile.mkdtemp(prefix="kiji-sample-"))
    target = parent / "sample-site"
    shutil.copytree(resource_path("sample-site"), target)
    return target


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
    parser.add_argument("--version", action="version", version=f"Kiji {__version__}")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    """Run Kiji; returns the process exit code."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    options = parse_arguments(arguments)
    if options.self_test:
        from editor.selftest import run_self_test  # sets up its own (offscreen) application

        return run_self_test([sys.argv[0], *arguments])
    app = create_application([sys.argv[0], *arguments])
    from editor.ui.main_window import MainWindow  # widgets only after the app exists

    window = MainWindow()
    opener = FileOpenForwarder(window.open_path, app)  # Finder's "Open With" on macOS
    app.installEventFilter(opener)
    if options.sample:
        window.open_path(copy_sample_site())
    elif options.path is not None:
        window.open_path(options.path)
    window.show()
    window.guard.offer_recovery()  # text a crashed run left in the journal
    code = app.exec()
    window.guard.end_session()  # the clean-exit marker: no journal lock left behind
    release_windows(app)
    return code
