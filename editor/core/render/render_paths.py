"""Where the preview may load images from: site files through a local scheme, never the net.

Image sources written as relative paths (against the post's folder), site-absolute
paths (``/assets/a.png``, with or without the site's ``baseurl``) or full URLs of the
site itself are mapped to ``local_url(site_relative_posix_path)``. Remote images are
replaced by a small placeholder unless the writer allowed remote images.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from html import escape
from pathlib import Path
from urllib.parse import quote, unquote

from editor.core.render.sanitize import url_scheme
from editor.core.site.site_paths import real_path

LOCAL_SCHEME = "kiji-site"
_SAFE_DATA_IMAGE_RE = re.compile(r"^data:image/(png|jpe?g|gif|webp|avif);", re.I)


LocalUrl = Callable[[str], "str | None"]
"""Maps a site-relative path to the URL an image is loaded from; ``None``: not in the site."""


def default_local_url(site_path: str) -> str:
    """Return ``kiji-site://site/<path>``, the URL the preview's scheme handler serves."""
    return f"{LOCAL_SCHEME}://site/{quote(site_path)}"


def blocked_image_html(url: str, reason: str = "Remote image not loaded") -> str:
    """Return the placeholder shown instead of an image that must not be fetched."""
    return (
        f'<span class="kiji-blocked-image" title="{escape(url, quote=True)}">'
        f'<span class="kiji-blocked-reason">{escape(reason, quote=False)}</span> '
        f"{escape(url, quote=False)}</span>"
    )


class SitePaths:
    """Resolves image sources of one post to URLs the preview may load."""

    def __init__(
        self,
        site_root: Path | None = None,
        post_path: Path | None = None,
        *,
        allow_remote_images: bool = False,
        local_url: LocalUrl | None = None,
        baseurl: str = "",
        site_url: str = "",
        absolute_root: str = "",
    ) -> None:
        self.allow_remote_images = allow_remote_images
        self._absolute_root = absolute_root.strip("/")  # Hugo serves "/x" from "static/x"
        self._local_url = local_url or default_local_url
        self._baseurl = baseurl.rstrip("/")
        self._site_url = site_url.rstrip("/")
        self._post_dir = ""  # the post's folder, relative to the site root (posix)
        # URLs this resolver gave images: raw HTML around a Markdown image is sanitized
        # after the image was resolved, and the sanitizer must keep what it finds resolved.
        self._issued: set[str] = set()
        root = site_root or (post_path.parent if post_path else None)
        if root is not None and post_path is not None:
            try:
                post_dir = real_path(Path(post_path)).parent
                relative = post_dir.relative_to(real_path(Path(root)))
                posix = relative.as_posix()
                self._post_dir = "" if posix == "." else posix
            except (ValueError, OSError):
                self._post_dir = ""

    @property
    def signature(self) -> tuple[object, ...]:
        """What the resolved URLs depend on (part of the render cache key)."""
        return (
            self.allow_remote_images,
            self._baseurl,
            self._site_url,
            self._absolute_root,
            self._post_dir,
        )

    def resolve(self, src: str) -> tuple[str, str]:
        """Return ``("url", url)`` for a loadable image, or ``("blocked", reason)``."""
        src = src.strip()
        if self._site_url and (src == self._site_url or src.startswith(self._site_url + "/")):
            src = src[len(self._site_url) :] or "/"
        scheme = url_scheme(src)
        if src.startswith("//") or scheme in {"http", "https"}:
            if self.allow_remote_images:
                return ("url", src)
            return ("blocked", "Remote image not loaded")
        if scheme == "data":
            if _SAFE_DATA_IMAGE_RE.match(src):
                return ("url", src)
            return ("blocked", "Image not allowed")
        if scheme is not None:
            return ("blocked", "Image not allowed")
        path = unquote(re.split(r"[?#]", src, maxsplit=1)[0])
        if not path:
            return ("blocked", "Image without a source")
        if path.startswith("/"):
            if self._baseurl and (path == self._baseurl or path.startswith(self._baseurl + "/")):
                path = path[len(self._baseurl) :]
            # like a browser, ".." cannot climb above the site's root
            site_path = posixpath.normpath("/" + path.lstrip("/")).lstrip("/") or "."
            if self._absolute_root and site_path != ".":
                site_path = f"{self._absolute_root}/{site_path}"
        else:
            site_path = posixpath.normpath(posixpath.join(self._post_dir, path))
        if site_path == ".." or site_path.startswith("../") or site_path == ".":
            return ("blocked", "Image outside the site")
        url = self._local_url(site_path)
        if url is None:
            return ("blocked", "Image not found in the site")
        return ("url", url)

    def image_html(self, src: str, alt: str, title: str | None = None) -> str:
        """Return an ``<img>`` for *src*, or the blocked-image placeholder."""
        kind, value = self.resolve(src)
        if kind == "blocked":
            return blocked_image_html(src, value)
        self._issued.add(value)
        title_attr = f' title="{escape(title, quote=True)}"' if title else ""
        return (
            f'<img src="{escape(value, quote=True)}" alt="{escape(alt, quote=True)}"'
            f'{title_attr} loading="lazy">'
        )

    def rewrite_for_sanitizer(self, src: str) -> str:
        """The sanitizer's hook for ``<img>`` in raw HTML: a URL, or placeholder HTML."""
        if src in self._issued:
            return src
        kind, value = self.resolve(src)
        return value if kind == "url" else blocked_image_html(src, value)
