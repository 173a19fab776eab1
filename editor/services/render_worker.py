"""Render Markdown off the UI thread, coalescing requests so only the newest text renders."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from editor.core.render.render import RenderedBlock, Renderer, render_header
from editor.services.background import GIL_SWITCH_INTERVAL_S, give_way


@dataclass(frozen=True)
class RenderResult:
    """The outcome of one render: its request number, the blocks and the post header."""

    seq: int
    blocks: list[RenderedBlock]
    header_html: str
    seconds: float


@dataclass
class _Job:
    seq: int
    renderer: Renderer
    body: str
    page: Mapping[str, Any]


class RenderWorker(QObject):
    """Runs one render at a time on a background thread; keeps at most one pending.

    ``request()`` never blocks: while a render runs, a newer request replaces the pending
    one (ghostwriter's "update in progress / update again"), so a fast typist costs one
    render per finished render, and the preview always ends on the newest text. A
    :meth:`request_soon` (a post's first screen) goes ahead of the pending one.
    """

    rendered = Signal(object)  # RenderResult
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._renderer = Renderer()
        self._condition = threading.Condition()
        self._pending: _Job | None = None
        self._soon: _Job | None = None  # rendered first, without giving way
        self._seq = 0
        self._stopping = False
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_INTERVAL_S))
        self._thread = threading.Thread(target=self._run, name="kiji-render", daemon=True)
        self._thread.start()

    def configure(
        self,
        site_root: Path | None,
        post_path: Path | None,
        *,
        allow_remote_images: bool = False,
    ) -> None:
        """Use a fresh renderer for this site and post (its caches belong to them)."""
        self._renderer = Renderer(
            site_root, post_path=post_path, allow_remote_images=allow_remote_images
        )

    def request(self, body: str, page: Mapping[str, Any] | None = None) -> int:
        """Queue ``body`` for rendering and return the request's number."""
        return self._queue(body, page, soon=False)

    def request_soon(self, body: str, page: Mapping[str, Any] | None = None) -> int:
        """Queue ``body`` ahead of everything, rendered without waiting for the UI
        thread's urgent work: the first screen of a post just shown (a few blocks, a few
        milliseconds of Python), so its preview does not wait for the whole post. A
        request still pending is dropped (it was for what the preview showed before);
        the whole post's :meth:`request` follows it. Returns the request's number."""
        return self._queue(body, page, soon=True)

    def _queue(self, body: str, page: Mapping[str, Any] | None, *, soon: bool) -> int:
        with self._condition:
            self._seq += 1
            job = _Job(self._seq, self._renderer, body, dict(page or {}))
            if soon:
                self._soon, self._pending = job, None
            else:
                self._pending = job
            self._condition.notify()
            return self._seq

    def _take(self) -> _Job | None:
        """The next job off the queue, a first screen before the rest (lock held)."""
        job: _Job | None
        if self._soon is not None:
            job, self._soon = self._soon, None
        else:
            job, self._pending = self._pending, None
        return job

    def shutdown(self) -> None:
        """Stop the thread after the render in progress (if any) finishes."""
        with self._condition:
            self._stopping = True
            self._pending = self._soon = None
            self._condition.notify()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while True:
            with self._condition:
                while self._pending is None and self._soon is None and not self._stopping:
                    self._condition.wait()
                if self._stopping:
                    return
                soon = self._soon is not None
                job = self._take()
            if job is None:
                continue
            if not soon:
                # A post being opened is drawn first; its preview follows (a request
                # that arrives meanwhile replaces this one).
                give_way(lambda: self._stopping)
                with self._condition:
                    if self._stopping:
                        return
                    job = self._take() or job
            started = time.perf_counter()
            try:
                blocks = job.renderer.render_blocks(job.body, job.page)
                header = render_header(job.page)
            except Exception as error:  # a renderer bug must not kill the preview thread
                self.failed.emit(f"{type(error).__name__}: {error}")
                continue
            self.rendered.emit(RenderResult(job.seq, blocks, header, time.perf_counter() - started))
