"""Detect how a folder is organised as a site: Jekyll, Hugo, or a plain folder of Markdown.

Which generator owns the folder is asked of :func:`~editor.core.site.generators.generator_for`
once; the layout carries it, and the rest of the site model asks it.

Reads the settings the editor needs from the configuration: ``timezone``, ``permalink``,
``baseurl``, ``defaults``, ``excerpt_separator`` and the collections.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from editor.core.site.generator import Generator
from editor.core.site.generators import generator_for
from editor.core.site.site_paths import real_path
from editor.core.site.siteconfig import find_config_file, load_site_config


@dataclass(frozen=True)
class SiteLayout:
    """Where things live in one site, and the configuration values the editor uses."""

    generator: Generator
    """The generator's rules for this site (see :mod:`editor.core.site.generator`)."""
    root: Path
    config: dict[str, Any] = field(default_factory=dict)
    config_path: Path | None = None
    timezone: tzinfo | None = None
    posts_dir: Path | None = None
    drafts_dir: Path | None = None
    content_dir: Path | None = None
    static_dir: Path | None = None
    language_content_dirs: tuple[Path, ...] = ()
    """Hugo: the other content folders of a multilingual site (``languages.<x>.contentDir``)."""
    collections: dict[str, Path] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        """The generator's name (``"jekyll"``, ``"hugo"``, ``"plain"``), for display only."""
        return self.generator.name

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
        return self.generator.watched_dirs(self)

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


def detect_layout(root: Path) -> SiteLayout:
    """Return the layout of the site at ``root``: Jekyll, Hugo or a plain Markdown folder.

    Every folder taken from the configuration must lie inside ``root`` (symbolic links
    followed); otherwise :class:`~editor.core.site.site_errors.OutsideSiteError` is raised.
    """
    root = real_path(Path(root))
    if not root.is_dir():
        raise NotADirectoryError(f"{str(root)!r} is not a folder.")
    config_path = find_config_file(root)
    config = load_site_config(root)
    generator = generator_for(root, config_path)
    folders = generator.folders(root, config)
    return SiteLayout(
        generator=generator,
        root=root,
        config=config,
        config_path=config_path,
        timezone=site_timezone(config),
        posts_dir=folders.posts_dir,
        drafts_dir=folders.drafts_dir,
        content_dir=folders.content_dir,
        static_dir=folders.static_dir,
        language_content_dirs=folders.language_content_dirs,
        collections=folders.collections,
    )
