"""Run site: the site's own server, its log, and a Site tab showing the post at its real URL.

``SiteServerUI(window, site)`` adds a Site menu (Run Site, Stop Site, Open in Browser),
a "Site Server" dock with the server's log (errors in red; a double-click on one that
names a file opens it there), its address and a Stop button, and — while the server
runs — a "Site" tab in the window's preview area, beside the built-in preview. The Site
tab shows the current post at its URL on the server (from the generator's permalink),
follows tab changes and reloads after each save (the server rebuilds). It loads only
from the server's own origin on 127.0.0.1: every other request is blocked, and clicked
links to elsewhere open in the system browser. The built-in preview stays the default:
the Site tab goes away when the server stops, which it does with Stop Site and when the
window closes.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QKeySequence,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.site.site import Site
from editor.core.site.site_server import LogLine, ServerSetupError, classify_line, plan_server
from editor.core.site.site_urls import post_url
from editor.services.site_server import SiteServer
from editor.services.web_profile import private_page

if TYPE_CHECKING:
    from editor.ui.window.window_host import WindowHost

# A server that does not say when it rebuilt (a command of the site's own) gets this long.
RELOAD_AFTER_SAVE_MS = 1500
_COLORS = {"error": "#d32f2f", "warning": "#b26a00"}


class _OwnOriginOnly(QWebEngineUrlRequestInterceptor):
    """Blocks every request that is not to the server's own origin (``http://127.0.0.1:port``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.origin = ""

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # Qt override
        url = info.requestUrl()
        origin = f"{url.scheme()}://{url.host()}:{url.port()}"
        if not self.origin or origin != self.origin:
            info.block(True)


class _SitePage(QWebEnginePage):
    """Follows links on the server; links elsewhere go to the system browser."""

    def acceptNavigationRequest(
        self, url: QUrl | str, navigation_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:  # Qt override
        url = QUrl(url)
        if url.host() == "127.0.0.1" or not is_main_frame:
            return True
        if url.scheme() in {"http", "https", "mailto"}:
            QDesktopServices.openUrl(url)
        return False


class SiteServerUI(QObject):
    """The Site menu, the Site Server dock and the Site tab (see the module docstring)."""

    def __init__(
        self,
        window: WindowHost,
        site: Callable[[], Site | None],
        jump: Callable[[Path, int], None] | None = None,
    ) -> None:
        """``jump(path, line)`` opens a file at a line (a double-clicked error in the log)."""
        super().__init__(window.frame())
        self._jump = jump
        self.setObjectName("siteServerUI")
        self._window = window
        self._site = site
        self._url = ""
        self._build = tempfile.TemporaryDirectory(prefix="kiji-site-")
        self.server = SiteServer(self)
        self.server.output.connect(self._append)
        self.server.running.connect(self._on_running)
        self.server.stopped.connect(self._on_stopped)
        frame = window.frame()
        self.actionRun = QAction(self.tr("&Run Site"), frame)
        self.actionRun.setObjectName("actionRunSite")
        self.actionRun.setShortcut(QKeySequence("Ctrl+Alt+R"))
        self.actionRun.triggered.connect(lambda _checked=False: self.run())
        self.actionStop = QAction(self.tr("&Stop Site"), frame)
        self.actionStop.setObjectName("actionStopSite")
        self.actionStop.setEnabled(False)
        self.actionStop.triggered.connect(lambda _checked=False: self.stop())
        self.actionBrowser = QAction(self.tr("Open in &Browser"), frame)
        self.actionBrowser.setObjectName("actionOpenSiteInBrowser")
        self.actionBrowser.setEnabled(False)
        self.actionBrowser.triggered.connect(lambda _checked=False: self.open_in_browser())
        self.menu = QMenu(self.tr("S&ite"), frame)
        self.menu.setObjectName("menuSite")
        self.menu.addActions([self.actionRun, self.actionStop, self.actionBrowser])
        bar = frame.menuBar()
        menus = bar.actions()
        if menus:
            bar.insertMenu(menus[-1], self.menu)  # before Help
        else:
            bar.addMenu(self.menu)

        self.log = QPlainTextEdit(frame)
        self.log.setObjectName("siteServerLog")
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(5000)
        self.log.setToolTip(self.tr("Double-click an error that names a file to open it there."))
        self.log.viewport().installEventFilter(self)
        self.interceptor = _OwnOriginOnly()
        self.site_page = QWidget(frame)
        self.site_page.setObjectName("sitePage")
        self.view = QWebEngineView(self.site_page)
        self.view.setObjectName("siteView")
        self.view.setPage(private_page(self.view, _SitePage, self.interceptor))
        self.view.page().profile().setUrlRequestInterceptor(self.interceptor)
        self.page_address = QLabel(self.site_page)
        self.page_address.setObjectName("siteViewAddress")
        self.page_address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view.urlChanged.connect(lambda url: self.page_address.setText(url.toString()))
        reload_button = QToolButton(self.site_page)
        reload_button.setObjectName("siteViewReload")
        reload_button.setText(self.tr("Reload"))
        reload_button.setToolTip(self.tr("Load the page again from the site's server"))
        reload_button.clicked.connect(lambda _checked=False: self.view.reload())
        browser_button = QToolButton(self.site_page)
        browser_button.setObjectName("siteViewOpenInBrowser")
        browser_button.setDefaultAction(self.actionBrowser)
        page_bar = QHBoxLayout()
        page_bar.setContentsMargins(6, 2, 6, 2)
        page_bar.addWidget(self.page_address, 1)
        page_bar.addWidget(reload_button)
        page_bar.addWidget(browser_button)
        page_column = QVBoxLayout(self.site_page)
        page_column.setContentsMargins(0, 0, 0, 0)
        page_column.setSpacing(0)
        page_column.addLayout(page_bar)
        page_column.addWidget(self.view, 1)
        self._area = window.preview_area
        self.site_page.hide()  # until the server runs and its tab is added

        self.address = QLabel(frame)
        self.address.setObjectName("siteServerAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        stop = QPushButton(self.tr("Stop"), frame)
        stop.clicked.connect(self.stop)
        stop.setEnabled(False)
        self.actionStop.changed.connect(lambda: stop.setEnabled(self.actionStop.isEnabled()))
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(stop)
        panel = QWidget(frame)
        column = QVBoxLayout(panel)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.log, 1)
        column.addLayout(row)
        self.dock = QDockWidget(self.tr("Site Server"), frame)
        self.dock.setObjectName("siteServerDock")
        self.dock.setWidget(panel)
        frame.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(RELOAD_AFTER_SAVE_MS)
        self._reload.timeout.connect(self.show_current_post)
        window.editorOpened.connect(lambda editor: editor.session.saved.connect(self._on_saved))
        window.tabs.currentChanged.connect(lambda _index: self.show_current_post())
        window.closing.connect(self.shutdown)

    # -- running ------------------------------------------------------------------------

    def run(self) -> bool:
        """Start the open site's server; False (with a message) when it cannot start."""
        site = self._site()
        if site is None:
            return False
        try:
            plan = plan_server(site.layout, Path(self._build.name))
            self.log.clear()
            self._append(LogLine("$ " + " ".join(plan.argv)))
            self.server.start(plan)
        except (ServerSetupError, OSError) as error:
            if isinstance(error, ServerSetupError):
                text = QCoreApplication.translate("SiteServer", error.template).format(
                    *error.args_for_template
                )
            else:
                text = str(error)
            QMessageBox.warning(self._window.frame(), self.tr("Run Site"), text)
            return False
        self.interceptor.origin = f"http://127.0.0.1:{plan.port}"
        self.actionRun.setEnabled(False)
        self.actionStop.setEnabled(True)
        self.address.setText(self.tr("Starting the site's server…"))
        self.dock.show()
        return True

    def stop(self) -> None:
        """Stop the server (and everything it started)."""
        self.server.stop()

    def shutdown(self) -> None:
        """The window is closing: no server may outlive it."""
        self._reload.stop()
        self.server.stop()
        self._build.cleanup()

    def _on_running(self, url: str) -> None:
        self._url = url
        self.address.setText(self.tr("Serving at {0}").format(url))
        self.actionBrowser.setEnabled(True)
        self._area.add_page(self.site_page, self.tr("Site"), show=True)
        self.show_current_post()

    def _on_stopped(self, code: int) -> None:
        self._url = ""
        self.interceptor.origin = ""
        self.actionRun.setEnabled(True)
        self.actionStop.setEnabled(False)
        self.actionBrowser.setEnabled(False)
        self._area.remove_page(self.site_page)
        self.view.setUrl(QUrl("about:blank"))
        self.address.setText(self.tr("The server stopped (exit code {0}).").format(code))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if (
            watched is self.log.viewport()
            and event.type() == QEvent.Type.MouseButtonDblClick
            and isinstance(event, QMouseEvent)
        ):
            block = self.log.cursorForPosition(event.position().toPoint()).block()
            if self.open_log_place(block.text()):
                return True
        return super().eventFilter(watched, event)

    def open_log_place(self, text: str) -> bool:
        """Open the file and line a log line names (relative to the site, or absolute)."""
        line, site = classify_line(text), self._site()
        if not line.file or site is None or self._jump is None:
            return False
        path = Path(line.file)
        path = path if path.is_absolute() else site.layout.root / path
        if not path.is_file():
            return False
        self._jump(path, line.line)
        return True

    def _append(self, line: LogLine) -> None:
        if line.rebuilt and self._url:
            self._reload.stop()
            self.show_current_post()  # the server says its pages are new
        cursor = QTextCursor(self.log.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        fmt = QTextCharFormat()
        if line.level in _COLORS:
            fmt.setForeground(QColor(_COLORS[line.level]))
        if line.level == "error":
            fmt.setFontWeight(700)
        if not self.log.document().isEmpty():
            cursor.insertBlock()
        cursor.insertText(line.text, fmt)
        self.log.verticalScrollBar().setValue(self.log.verticalScrollBar().maximum())

    # -- the Site tab -------------------------------------------------------------------

    def current_url(self) -> str:
        """The current post's address on the running server (the site's root if unknown)."""
        if not self._url:
            return ""
        site, editor = self._site(), self._window.current_editor()
        if site is None or editor is None or editor.session.path is None:
            return self._url
        entry = site.entries.get(editor.session.path.resolve())
        path = post_url(entry, site.layout) if entry is not None else ""
        return self._url.rstrip("/") + path if path else self._url

    def show_current_post(self) -> None:
        """Load the current post's page in the Site tab (when the server runs)."""
        url = self.current_url()
        if not url:
            return
        if self.view.url() == QUrl(url):
            self.view.reload()  # the same page rebuilt: keep the writer's scroll place
        else:
            self.view.load(QUrl(url))

    def _on_saved(self, _path: object) -> None:
        if self._url:
            self._reload.start()  # unless the server says sooner that it rebuilt

    def open_in_browser(self) -> None:
        """Open the current post's page in the system browser."""
        url = self.current_url()
        if url:
            QDesktopServices.openUrl(QUrl(url))
