"""Detect how a folder is organised as a site: Jekyll, Hugo, or a plain folder of Markdown.

Reads the settings the editor needs from the configuration: ``timezone``, ``permalink``,
``baseurl``, ``defaults``, ``excerpt_separator`` and the collections.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from editor.core.site_paths import inside_site, real_path
from editor.core.siteconfig import HUGO_CONFIG_NAMES, find_config_file, load_site_config

SiteKind = Literal["jekyll", "hugo", "plain"]

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
    language_content_dirs: tuple[Path, ...] = ()
    """Hugo: the other content folders of a multilingual site (``languages.<x>.contentDir``)."""
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
            dirs = [self.content_dir, *self.language_content_dirs]
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


def _config_dir(root: Path, config: dict[str, Any], key: str, default: str) -> Path:
    """The folder the configuration's ``key`` names, checked to be inside the site."""
    value = config.get(key)
    text = str(value) if value not in (None, "") else default
    return inside_site(root, text or ".", setting=key)


def _jekyll_collections(base: Path, config: dict[str, Any]) -> dict[str, Path]:
    """Return the collections declared in ``_config.yml`` (``posts`` excluded) and their folders.

    ``base`` is the checked ``collections_dir``; a collection name that would lead out of
    the site raises :class:`~editor.core.site_errors.OutsideSiteError`.
    """
    declared = config.get("collections")
    names: list[str] = []
    if isinstance(declared, (dict, list)):
        names = [str(name) for name in declared]
    return {
        name: inside_site(base, f"_{name}", setting=f"collections: {name}")
        for name in names
        if name != "posts"
    }


def _language_content_dirs(root: Path, config: dict[str, Any], main: Path) -> tuple[Path, ...]:
    """Hugo's per-language ``contentDir`` folders other than ``main``, checked to be inside."""
    languages = config.get("languages")
    if not isinstance(languages, dict):
        return ()
    found: list[Path] = []
    for name, settings in languages.items():
        if not isinstance(settings, dict) or settings.get("contentDir") in (None, ""):
            continue
        setting = f"languages.{name}.contentDir"
        folder = inside_site(root, str(settings["contentDir"]), setting=setting)
        if folder != main and folder not in found:
            found.append(folder)
    return tuple(found)


def detect_layout(root: Path) -> SiteLayout:
    """Return the layout of the site at ``root``: Jekyll, Hugo or a plain Markdown folder.

    Every folder taken from the configuration must lie inside ``root`` (symbolic links
    followed); otherwise :class:`~editor.core.site_errors.OutsideSiteError` is raised.
    """
    root = real_path(Path(root))
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
        collections_base = _config_dir(root, config, "collections_dir", ".")
        return SiteLayout(
            kind="jekyll",
            root=root,
            config=config,
            config_path=config_path,
            timezone=tz,
            posts_dir=inside_site(collections_base, "_posts", setting="collections_dir"),
            drafts_dir=inside_site(collections_base, "_drafts", setting="collections_dir"),
            collections=_jekyll_collections(collections_base, config),
        )
    if is_hugo_config or ((root / "content").is_dir() and (root / "static").is_dir()):
        content = _config_dir(root, config, "contentDir", "content")
        return SiteLayout(
            kind="hugo",
            root=root,
            config=config,
            config_path=config_path,
            timezone=tz,
            content_dir=content,
            static_dir=_config_dir(root, config, "staticDir", "static"),
            language_content_dirs=_language_content_dirs(root, config, content),
        )
    return SiteLayout(kind="plain", root=root, config=config, config_path=config_path, timezone=tz)
