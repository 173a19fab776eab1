"""A JavaScript-enabled browser page and a counting HTTP server, for the export checks.

Shared by the tests and ``benchmarks/bench_security.py``: an exported file is opened the
way a reader's browser would open it (scripts on, remote loads allowed from a local
file) and every request the server receives is counted.
"""

from __future__ import annotations

import http.server
import threading
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QEventLoop, QTimer, QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView

from editor.services.web_profile import private_page


class _Counting(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def _answer(self) -> None:
        _Counting.hits.append(self.path)
        self.send_response(404)
        self.end_headers()

    do_GET = do_POST = do_HEAD = do_OPTIONS = _answer

    def log_message(self, *args: object) -> None:
        pass


class CountingServer:
    """A threaded HTTP server on 127.0.0.1 (a free port) that records every request."""

    def __init__(self) -> None:
        _Counting.hits = []
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def hits(self) -> list[str]:
        """Paths requested so far."""
        return list(_Counting.hits)

    def clear(self) -> None:
        """Forget the requests seen so far."""
        _Counting.hits.clear()

    def close(self) -> None:
        """Stop serving."""
        self._server.shutdown()
        self._server.server_close()


def wait(ms: int) -> None:
    """Let Qt run for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class ScriptedBrowser:
    """A visible offscreen page with JavaScript on, like a reader's browser."""

    def __init__(self) -> None:
        self.view = QWebEngineView()
        self.page = private_page(self.view, QWebEnginePage)
        self.view.setPage(self.page)
        settings = self.page.settings()
        attribute = QWebEngineSettings.WebAttribute
        settings.setAttribute(attribute.JavascriptEnabled, True)
        settings.setAttribute(attribute.LocalContentCanAccessRemoteUrls, True)
        settings.setAttribute(attribute.LocalContentCanAccessFileUrls, True)
        settings.setAttribute(attribute.AutoLoadImages, True)
        self.view.resize(1000, 800)
        self.view.show()

    def open(self, path: Path, settle_ms: int = 250) -> str:
        """Load the file, let late requests and scripts happen; return the page title."""
        loop = QEventLoop()
        self.page.loadFinished.connect(loop.quit)
        QTimer.singleShot(20000, loop.quit)
        self.page.load(QUrl.fromLocalFile(str(path)))
        loop.exec()
        self.page.loadFinished.disconnect(loop.quit)
        wait(settle_ms)
        return self.page.title()

    def close(self) -> None:
        """Delete the view (and with it the page and its profile)."""
        self.view.close()
        self.view.deleteLater()
