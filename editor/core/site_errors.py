"""Typed errors raised by the site operations; each carries a plain-words message."""

from __future__ import annotations

from pathlib import Path


class SiteError(Exception):
    """A site operation could not be done; ``str(error)`` explains why in plain words."""


class NameCollisionError(SiteError):
    """The target file already exists; nothing was written or moved."""

    def __init__(self, path: Path, message: str | None = None) -> None:
        self.path = path
        super().__init__(
            message
            or f"A file named {path.name!r} already exists in {str(path.parent)!r}. "
            "Choose another slug or date; the existing file was left untouched."
        )


class NotInSiteError(SiteError):
    """The path given is not a post or draft of this site."""


class TrashError(SiteError):
    """The file could not be moved to the system trash."""
