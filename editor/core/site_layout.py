"""Detect how a folder is organised as a site: Jekyll, Hugo, or a plain folder of Markdown.

Reads the settings the editor needs from the configuration: ``timezone``, ``permalink``,
``baseurl``, ``defaults``, ``excerpt_separator`` and the collections.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from editor.core.siteconfig import HUGO_CONFIG_NAMES, find_config_file, load_site_config

SiteKind = Literal["jekyll", "hugo", "plain"]

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})
# Build output, dependencies and caches: never posts.
SKIPPED_DIRS = frozenset(
    {
        "_site",
        ".jekyll-cache",
        ".sass-cache",
        "node_modules",
        "vendor",
        "public",
        "resources",
        ".git",
        ".hg",
        ".svn",
    }
)
HUGO_DIRS = ("content", "archetypes", "layouts", "themes")


@dataclass(frozen=True)
class SiteLayout:
    """Where things live in one site, and the configuration values the editor uses."""

    kind: SiteKind
    root: Path
    config: dict[str, Any] = field(default_factory=dict)
    config_path: Path | None = None
    timezone: tzinfo | None = None
    posts_dir: Path | None = None
    drafts_dir: Path | None = None
    content_dir: Path | None = None
    static_dir: Path | None = None
    collections: dict[str, Path] = field(default_factory=dict)

    @property
    def baseurl(self) -> str:
        """The site's ``baseurl`` without a trailing slash (``""`` when unset)."""
        value = self.config.get("baseurl") or ""
        return str(value).rstrip("/")

    @property
    def permalink(self) -> str:
        """The site-wide permalink style or pattern (Jekyll's default is ``date``)."""
        return str(self.config.get("permalink") or "date")

    @property
    def excerpt_separator(self) -> str:
        """The separator that ends a post's excerpt (Jekyll's default is a blank line)."""
        return str(self.config.get("excerpt_separator", "\n\n"))

    @property
    def defaults(self) -> list[dict[str, Any]]:
        """Jekyll's front matter ``defaults`` list (only well-formed entries)."""
        value = self.config.get("defaults")
        if not isinstance(value, list):
            return []
        return [item for item in value if isinstance(item, dict)]

    def watched_dirs(self) -> list[Path]:
        """Folders holding posts and drafts: the ones to watch for changes on disk."""
        if self.kind == "jekyll":
            dirs = [self.posts_dir, self.drafts_dir, *self.collections.values()]
        elif self.kind == "hugo":
            dirs = [self.content_dir]
        else:
            dirs = [self.root]
        return [d for d in dirs if d is not None]

    def tz(self) -> tzinfo:
        """The site's timezone, or the computer's local one when the site sets none."""
        if self.timezone is not None:
            return self.timezone
        from datetime import datetime

        local = datetime.now().astimezone().tzinfo
        assert local is not None
        return local


def site_timezone(config: dict[str, Any]) -> tzinfo | None:
    """Return ``ZoneInfo(config["timezone"])`` (Hugo: ``timeZone``) or ``None`` if unset/unknown."""
    name = config.get("timezone") or config.get("timeZone")
    if not isinstance(name, str) or not name.strip():
        return None
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _jekyll_collections(root: Path, config: dict[str, Any]) -> dict[str, Path]:
    """Return the collections declared in ``_config.yml`` (``posts`` excluded) and their folders."""
    declared = config.get("collections")
    names: list[str] = []
    if isinstance(declared, (dict, list)):
        names = [str(name) for name in declared]
    base = root / str(config.get("collections_dir") or "")
    return {name: base / f"_{name}" for name in names if name != "posts"}


def detect_layout(root: Path) -> SiteLayout:
    """Return the layout of the site at ``root``: Jekyll, Hugo or a plain Markdown folder."""
    root = Path(root).resolve()
    if not root.is_dir():
        raise NotADirectoryError(f"{str(root)!r} is not a folder.")
    config_path = find_config_file(root)
    config = load_site_config(root)
    tz = site_timezone(config)
    is_hugo_config = config_path is not None and config_path.name in HUGO_CONFIG_NAMES
    if (
        (root / "_config.yml").is_file()
        or (root / "_posts").is_dir()
        or (config_path is not None and config_path.name.startswith("_config"))
    ):
        collections_base = root / str(config.get("collections_dir") or "")
        return SiteLayout(
            kind="jekyll",
            root=root,
            config=config,
            config_path=config_path,
            timezone=tz,
            posts_dir=collections_base / "_posts",
            drafts_dir=collections_base / "_drafts",
            collections=_jekyll_collections(root, config),
        )
    if is_hugo_config or ((root / "content").is_dir() and (root / "static").is_dir()):
        content = root / str(config.get("contentDir") or "content")
        static = root / str(config.get("staticDir") or "static")
        return SiteLayout(
            kind="hugo",
            root=root,
            config=config,
            config_path=config_path,
            timezone=tz,
            content_dir=content,
            static_dir=static,
        )
    return SiteLayout(kind="plain", root=root, config=config, config_path=config_path, timezone=tz)


def iter_markdown_files(folder: Path, *, skip_underscored: bool = False) -> list[Path]:
    """Return every Markdown file under ``folder`` (sorted), skipping build and hidden folders."""
    found: list[Path] = []
    if not folder.is_dir():
        return found
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(
            d
            for d in dirnames
            if d not in SKIPPED_DIRS
            and not d.startswith(".")
            and not (skip_underscored and d.startswith("_"))
        )
        for name in sorted(filenames):
            if os.path.splitext(name)[1].lower() in MARKDOWN_SUFFIXES and not name.startswith("."):
                found.append(Path(dirpath, name))
    return found
