"""The live preview: a QtWebEngine page loaded once and patched block by block."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineScript,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from editor.core.render.block_diff import diff_blocks
from editor.core.render.render import highlight_css
from editor.resources import resource_path
from editor.services.render_worker import RenderResult
from editor.services.site_scheme import SITE_HOST, SITE_SCHEME, SiteSchemeHandler
from editor.services.web_profile import private_page

APP_WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
PAGE_URL = QUrl(f"{SITE_SCHEME.decode()}://{SITE_HOST}/")
_LOCAL_SCHEMES = {SITE_SCHEME.decode(), "data", "qrc", "about", "blob"}


def content_security_policy(allow_remote_images: bool) -> str:
    """The page's CSP: no script at all, images only from the site unless remote is allowed."""
    images = "kiji-site: data:" + (" https: http:" if allow_remote_images else "")
    return (
        "default-src 'none'; script-src 'none'; object-src 'none'; base-uri 'none'; "
        f"form-action 'none'; img-src {images}; media-src kiji-site:; "
        "style-src 'unsafe-inline' kiji-site:; font-src kiji-site: data:"
    )


class RemoteRequestBlocker(QWebEngineUrlRequestInterceptor):
    """Stops every request that would leave the machine, unless remote images are allowed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.allow_remote = False

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # Qt override
        scheme = info.requestUrl().scheme()
        if scheme in _LOCAL_SCHEMES:
            return
        is_image = info.resourceType() == QWebEngineUrlRequestInfo.ResourceType.ResourceTypeImage
        if not (self.allow_remote and is_image and scheme in {"http", "https"}):
            info.block(True)


class PreviewBridge(QObject):
    """The object the page's script talks to over the web channel (as ``kijiBridge``)."""

    scrolled = Signal(float)

    @Slot(float)
    def previewScrolled(self, line: float) -> None:
        """Called by the page when the reader scrolls it; ``line`` is a body line."""
        self.scrolled.emit(line)


class PreviewPage(QWebEnginePage):
    """A page that never navigates away; a clicked link becomes a signal.

    ``anchorClicked(name)`` for an in-page link (``#fn1``), ``siteLinkClicked(path)`` for
    a link into the site (``/2025/11/16/kyoto.html``, ``other.md``), ``externalLinkClicked
    (url)`` for ``http``, ``https`` and ``mailto``. Every link is refused as a navigation:
    the page stays the one page loaded once. The signals are queued, so whatever the
    receiver does (start a browser, open a post) runs after Chromium has its answer.
    """

    anchorClicked = Signal(str)
    siteLinkClicked = Signal(str)
    externalLinkClicked = Signal(QUrl)

    def acceptNavigationRequest(
        self, url: QUrl | str, navigation_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:  # Qt override
        url = QUrl(url)
        if navigation_type != QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            # Our own single setHtml load; anything else (form posts, redirects) is refused.
            return navigation_type == QWebEnginePage.NavigationType.NavigationTypeTyped
        if url.hasFragment() and _without_fragment(url) == _without_fragment(self.url()):
            self.anchorClicked.emit(url.fragment(QUrl.ComponentFormattingOption.FullyDecoded))
        elif url.scheme() == SITE_SCHEME.decode() and url.host() == SITE_HOST:
            self.siteLinkClicked.emit(url.path(QUrl.ComponentFormattingOption.FullyEncoded))
        elif url.scheme() in {"http", "https", "mailto"}:
            self.externalLinkClicked.emit(url)
        return False


def build_page_html(
    allow_remote_images: bool, header_html: str = "", content_html: str = ""
) -> str:
    """The preview page: our template with the stylesheet and CSP filled in.

    The live preview loads it once, empty, and patches ``#content`` afterwards; the
    benchmark's full-reload baseline and exports fill in the whole post at once.
    """
    css_path = resource_path("preview", "preview.css")
    css = css_path.read_text(encoding="utf-8") if css_path.exists() else ""
    html = resource_path("preview", "index.html").read_text(encoding="utf-8")
    return (
        html.replace("__KIJI_CSS__", css)
        .replace("__KIJI_CSP__", content_security_policy(allow_remote_images))
        .replace('<div id="post-header"></div>', f'<div id="post-header">{header_html}</div>')
        .replace('<div id="content"></div>', f'<div id="content">{content_html}</div>')
    )


def _without_fragment(url: QUrl) -> QUrl:
    # PySide's stubs type FormattingOptions as ComponentFormattingOption only.
    return QUrl(url.toString(QUrl.UrlFormattingOption.RemoveFragment))  # type: ignore[arg-type]


def _read_qt_resource(path: str) -> str:
    file = QFile(path)
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        return ""
    return bytes(file.readAll().data()).decode("utf-8")


class PreviewView(QWebEngineView):
    """Shows rendered posts. The page is loaded once; each update patches changed blocks.

    Signals: ``updated(seq)`` once a render result is in the DOM, ``scrolledToLine(line)``
    when the reader scrolls the preview (for syncing the text pane), ``siteLinkClicked
    (path)`` and ``externalLinkClicked(url)`` when the reader clicks a link (in-page
    anchors just scroll). A clicked link never reloads or stops the page.
    """

    updated = Signal(int)
    scrolledToLine = Signal(float)
    siteLinkClicked = Signal(str)
    externalLinkClicked = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self._scheme_handler = SiteSchemeHandler()
        self._blocker = RemoteRequestBlocker()
        page = private_page(self, PreviewPage, self._scheme_handler, self._blocker)
        page.profile().installUrlSchemeHandler(SITE_SCHEME, self._scheme_handler)
        page.profile().setUrlRequestInterceptor(self._blocker)
        self._configure_settings(page.settings())
        self._install_scripts(page)
        self._bridge = PreviewBridge(self)
        self._bridge.scrolled.connect(self.scrolledToLine)
        self._channel = QWebChannel(self)
        self._channel.registerObject("kijiBridge", self._bridge)
        page.setWebChannel(self._channel, APP_WORLD)
        self.setPage(page)
        queued = Qt.ConnectionType.QueuedConnection
        page.anchorClicked.connect(self._scroll_to_anchor, queued)
        page.siteLinkClicked.connect(self.siteLinkClicked, queued)
        page.externalLinkClicked.connect(self.externalLinkClicked, queued)
        self.setAcceptDrops(False)
        self._ready = False
        self._loading = False
        self._dom_blocks: list[str] = []
        self._dom_lines: list[int] = []
        self._header = ""
        self._dark = False
        self._mincho = False
        self._justified = False
        self._site_css = ""
        self._latest: RenderResult | None = None
        self._target_line = 0.0
        self._scroll_after_update = False
        page.loadFinished.connect(self._on_load_finished)
        self._load_page()

    # -- setup -------------------------------------------------------------------------
    @staticmethod
    def _configure_settings(settings: QWebEngineSettings) -> None:
        attribute = QWebEngineSettings.WebAttribute
        for name, on in (
            (attribute.JavascriptEnabled, False),
            (attribute.JavascriptCanOpenWindows, False),
            (attribute.JavascriptCanAccessClipboard, False),
            (attribute.NavigateOnDropEnabled, False),
            (attribute.LocalContentCanAccessRemoteUrls, False),
            (attribute.LocalContentCanAccessFileUrls, False),
            (attribute.PluginsEnabled, False),
            (attribute.DnsPrefetchEnabled, False),
            (attribute.HyperlinkAuditingEnabled, False),
            (attribute.ErrorPageEnabled, False),
            (attribute.LocalStorageEnabled, False),
        ):
            settings.setAttribute(name, on)

    @staticmethod
    def _install_scripts(page: QWebEnginePage) -> None:
        source = _read_qt_resource(":/qtwebchannel/qwebchannel.js")
        source += "\n" + resource_path("preview", "preview.js").read_text(encoding="utf-8")
        script = QWebEngineScript()
        script.setName("kiji-preview")
        script.setSourceCode(source)
        script.setWorldId(APP_WORLD)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
        script.setRunsOnSubFrames(False)
        page.scripts().insert(script)

    def _load_page(self) -> None:
        self._ready = False
        self._loading = True
        self.page().setHtml(build_page_html(self._blocker.allow_remote), PAGE_URL)

    def _on_load_finished(self, ok: bool) -> None:
        # Refused link navigations report loadFinished(False) too; only our own load of
        # the page says whether it is alive.
        if not self._loading:
            return
        self._loading = False
        self._ready = ok
        self._dom_blocks, self._dom_lines, self._header = [], [], ""
        if not ok:
            return
        self._run(f"kiji.setTheme({json.dumps(self._dark)})")
        self._run(f"kiji.setTypeface({json.dumps(self._mincho)})")
        self._run(f"kiji.setJustified({json.dumps(self._justified)})")
        self._run(f"kiji.setStyle('kiji-highlight-css', {json.dumps(highlight_css(self._dark))})")
        self._run(f"kiji.setStyle('kiji-site-css', {json.dumps(self._site_css)})")
        if self._latest is not None:
            self.show_result(self._latest)

    # -- public API ----------------------------------------------------------------------
    @property
    def is_ready(self) -> bool:
        """True once the page has loaded and accepts updates."""
        return self._ready

    def set_site_root(self, site_root: Path | None) -> None:
        """Serve images and other files from this site from now on."""
        self._scheme_handler.set_site_root(site_root)

    def set_site_css(self, css: str) -> None:
        """Apply a site's own preview stylesheet (``.kiji/preview.css``) on top of ours."""
        self._site_css = css
        if self._ready:
            self._run(f"kiji.setStyle('kiji-site-css', {json.dumps(css)})")

    def set_dark(self, dark: bool) -> None:
        """Switch the page between the light and dark themes."""
        self._dark = dark
        if self._ready:
            self._run(f"kiji.setTheme({json.dumps(dark)})")
            self._run(f"kiji.setStyle('kiji-highlight-css', {json.dumps(highlight_css(dark))})")

    def set_mincho(self, mincho: bool) -> None:
        """Set body text in 明朝 (serif) rather than the sans face."""
        self._mincho = mincho
        if self._ready:
            self._run(f"kiji.setTypeface({json.dumps(mincho)})")

    def set_justified(self, justified: bool) -> None:
        """Set paragraphs flush at both edges (Japanese print style) or ragged right."""
        self._justified = justified
        if self._ready:
            self._run(f"kiji.setJustified({json.dumps(justified)})")

    def set_allow_remote_images(self, allow: bool) -> None:
        """Allow or block images from the internet (reloads the page once: the CSP changes)."""
        if allow != self._blocker.allow_remote:
            self._blocker.allow_remote = allow
            # The page is local content (kiji-site:); Chromium keeps local content from
            # remote URLs unless told otherwise. Images are all the CSP then lets through.
            self.page().settings().setAttribute(
                QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, allow
            )
            self._load_page()

    def show_result(self, result: RenderResult) -> None:
        """Bring the page in line with ``result``, touching only the blocks that changed."""
        self._latest = result
        if not self._ready:
            return
        if result.header_html != self._header:
            self._header = result.header_html
            self._run(f"kiji.setHeader({json.dumps(result.header_html)})")
        blocks = [block.content for block in result.blocks]
        lines = [block.line for block in result.blocks]
        patch = diff_blocks(self._dom_blocks, blocks)
        send_lines = lines if lines != self._dom_lines else None
        self._dom_blocks, self._dom_lines = blocks, lines
        if patch.is_empty and send_lines is None and not self._scroll_after_update:
            self.updated.emit(result.seq)
            return
        # The blocks as they are, not \u-escaped: a Japanese post's script is then a
        # third as long for Qt to convert and hand to the page (2.2 M characters, not
        # 5.6 M, for a 1M-character post's first patch).
        inserted = json.dumps(patch.insert, ensure_ascii=False)
        script = f"kiji.patch({patch.start}, {patch.remove}, {inserted}, {json.dumps(send_lines)})"
        if self._scroll_after_update:
            self._scroll_after_update = False
            script += f"; kiji.scrollToLine({self._target_line:.3f})"
        seq = result.seq
        self.page().runJavaScript(script, APP_WORLD, lambda _count: self.updated.emit(seq))

    def scroll_to_line(self, line: float) -> None:
        """Scroll so that body line ``line`` (fractional) is at the top of the view."""
        self._target_line = line
        if self._ready and self._dom_blocks:
            self._run(f"kiji.scrollToLine({line:.3f})")
        else:
            self._scroll_after_update = True

    def scroll_to_line_after_update(self, line: float) -> None:
        """Scroll to ``line`` once the next render is in the page (a post was just switched to)."""
        self._target_line = line
        self._scroll_after_update = True

    def _scroll_to_anchor(self, name: str) -> None:
        if self._ready and name:
            self._run(f"kiji.scrollToAnchor({json.dumps(name)})")

    def _run(self, script: str) -> None:
        self.page().runJavaScript(script, APP_WORLD)
