"""Keep every path Kiji derives from a site inside that site's folder.

:func:`inside_site` checks folders named by the site's own files (its configuration,
``kiji:`` settings, a post's slug); :func:`resolve_site_path` maps URL paths of the
preview and of exports to files. Both follow symbolic links before deciding, so a link
that leads out of the site is refused like a ``..`` that climbs out.
"""

from __future__ import annotations

import os
import posixpath
import re
from pathlib import Path, PureWindowsPath
from urllib.parse import unquote

from editor.core.site.site_errors import OutsideSiteError

_WINDOWS_DRIVE_RE = re.compile(r"^[A-Za-z]:")


def real_path(path: Path) -> Path:
    """``path`` with every symbolic link followed, as far as they lead.

    Unlike ``Path.resolve`` this never raises: a link that loops back on itself is left
    where the loop starts, so the caller's checks (``is_file``...) simply fail.
    """
    return Path(os.path.realpath(path))


def inside_site(root: Path, relative: str, *, setting: str) -> Path:
    """Return ``root/relative`` resolved, or raise :class:`OutsideSiteError`.

    ``relative`` is a value written in the site's files, ``setting`` says which one (for
    the message). Absolute paths (``/etc``, ``C:\\x``, ``\\\\server``), ``~`` paths,
    ``..`` that climbs out and symbolic links that lead out of ``root`` are all refused.
    The folder need not exist.
    """
    text = str(relative)
    if (
        "\x00" in text
        or text.startswith(("/", "\\", "~"))
        or _WINDOWS_DRIVE_RE.match(text)
        or PureWindowsPath(text).is_absolute()
    ):
        raise OutsideSiteError(setting, text)
    base = real_path(Path(root))
    candidate = real_path(base / text)
    if not candidate.is_relative_to(base):
        raise OutsideSiteError(setting, text)
    return candidate


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
    root = real_path(site_root)
    candidate = real_path(root / normalised.lstrip("/"))
    try:
        if not candidate.is_relative_to(root) or not candidate.is_file():
            return None
    except OSError:  # e.g. a folder on the way that cannot be entered
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
