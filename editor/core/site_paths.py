"""Map URL paths in the preview to files inside a site root, refusing every escape."""

from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import unquote


def resolve_site_path(site_root: Path, url_path: str) -> Path | None:
    """Return the file ``url_path`` names inside ``site_root``, or ``None`` if it is not allowed.

    ``url_path`` is the path part of a preview URL (percent-encoded, ``/``-separated).
    ``..`` segments that climb out of the root, absolute Windows paths, NUL bytes and
    symbolic links that lead outside the root are all refused; so is anything that is not
    an existing regular file.
    """
    decoded = unquote(url_path)
    if "\x00" in decoded or "\\" in decoded:
        return None
    normalised = posixpath.normpath("/" + decoded.lstrip("/"))
    if normalised.startswith("//") or ".." in normalised.split("/"):
        return None
    root = site_root.resolve()
    candidate = (root / normalised.lstrip("/")).resolve()
    if not candidate.is_relative_to(root) or not candidate.is_file():
        return None
    return candidate


def site_preview_css(site_root: Path | None) -> str:
    """The site's own preview stylesheet (``.kiji/preview.css``), or ``""`` when it has none."""
    if site_root is None:
        return ""
    path = site_root / ".kiji" / "preview.css"
    try:
        return path.read_text(encoding="utf-8") if path.is_file() else ""
    except (OSError, UnicodeDecodeError):
        return ""
