"""The ``kiji-site:`` URL scheme: serves the open site's files to the preview, nothing else."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from editor.core.post.storage import read_regular_file
from editor.core.site.site_paths import resolve_site_path

SITE_SCHEME = b"kiji-site"
SITE_HOST = "site"


def register_site_scheme() -> None:
    """Declare the scheme to QtWebEngine; must run before the QApplication exists."""
    if QWebEngineUrlScheme.schemeByName(SITE_SCHEME).name() == SITE_SCHEME:
        return
    scheme = QWebEngineUrlScheme(SITE_SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
    )
    QWebEngineUrlScheme.registerScheme(scheme)


class SiteSchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers ``kiji-site://site/<path>`` with the file at ``<path>`` in the site root.

    Requests for other hosts, missing files and paths outside the root (``..``,
    symlinks that lead out) get a "not found"/"denied" error, never a file; so do
    links that loop, folders, pipes and files that vanish or cannot be read.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._site_root: Path | None = None

    def set_site_root(self, site_root: Path | None) -> None:
        """Serve files from ``site_root`` from now on (``None``: serve nothing)."""
        self._site_root = site_root

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # Qt override
        """Answer one request; every failure becomes an error status, never an exception."""
        try:
            self._answer(job)
        except Exception:  # a job left unanswered would hang the page's load for good
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)

    def _answer(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        if self._site_root is None or url.host() != SITE_HOST:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        path = resolve_site_path(
            self._site_root, url.path(url.ComponentFormattingOption.FullyEncoded)
        )
        if path is None:
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        try:
            # Not path.read_bytes(): the file may have become a pipe since it was resolved.
            data, _identity = read_regular_file(path)
        except OSError:
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            return
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime.encode(), buffer)
