"""Jekyll's rules: ``_posts/YYYY-MM-DD-slug.md``, ``_drafts/``, collections, ``defaults``."""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from editor.core.site.discovery import PAGE_SUFFIXES, DocumentKind, layout_names, walk
from editor.core.site.generator import (
    MarkdownFlavour,
    NewPostTemplate,
    SiteFolders,
    config_dir,
    expand_permalink,
    renamed_file,
    truthy,
)
from editor.core.site.site_errors import SiteError
from editor.core.site.site_paths import inside_site
from editor.core.site.site_problems import BAD_FILE_NAME, DATE_MISMATCH, Problem

if TYPE_CHECKING:
    from editor.core.site.post_entries import PostEntry
    from editor.core.site.site_layout import SiteLayout

DEFAULT_JEKYLL_IMAGE_FOLDER = "assets/images/{slug}"
JEKYLL_PERMALINK_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}
# Jekyll 4 always adds these to the configuration's ``exclude`` list.
JEKYLL_DEFAULT_EXCLUDES = (
    ".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules",
    "vendor/bundle", "vendor/cache", "vendor/gems", "vendor/ruby",
)  # fmt: skip
_DATED_NAME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-(.+)$")
_LOOSE_DATED_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}-.+")


def _collections(base: Path, config: Mapping[str, Any]) -> dict[str, Path]:
    """The collections ``_config.yml`` declares (``posts`` excluded) and their folders.

    ``base`` is the checked ``collections_dir``; a collection name that would lead out of
    the site raises :class:`~editor.core.site.site_errors.OutsideSiteError`.
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


def _under(text: str, folder: Path | None) -> bool:
    # String prefixes: Path.is_relative_to costs more than reading the file's title.
    return folder is not None and text.startswith(str(folder) + os.sep)


def _moved(layout: SiteLayout, target: Path, setting: str) -> Path:
    """``target`` with links followed if it lies inside the site, else ``OutsideSiteError``."""
    return inside_site(layout.root, os.path.relpath(target, layout.root), setting=setting)


def _dated_name(layout: SiteLayout, when: datetime, name: str) -> str:
    """``YYYY-MM-DD-name``: the day in the site's timezone if it sets one, else as written.

    The same day :meth:`JekyllGenerator.name_problems` expects, so a new post is never
    reported as misnamed.
    """
    local = when.astimezone(layout.timezone) if layout.timezone else when
    return f"{local:%Y-%m-%d}-{name}"


class JekyllGenerator:
    """A Jekyll site: a ``_config.yml`` or a ``_posts`` folder."""

    name = "jekyll"
    default_image_folder = DEFAULT_JEKYLL_IMAGE_FOLDER
    splits_names_on_spaces = True
    reads_late_front_matter = False
    takes_any_brace_as_json = False

    def detect(self, root: Path, config_path: Path | None) -> bool:
        """A ``_config.yml``, a ``_posts`` folder or a ``_config.*`` configuration file."""
        return (
            (root / "_config.yml").is_file()
            or (root / "_posts").is_dir()
            or (config_path is not None and config_path.name.startswith("_config"))
        )

    def folders(self, root: Path, config: dict[str, Any]) -> SiteFolders:
        """``_posts``, ``_drafts`` and the collections, under ``collections_dir``."""
        base = config_dir(root, config, "collections_dir", ".")
        return SiteFolders(
            posts_dir=inside_site(base, "_posts", setting="collections_dir"),
            drafts_dir=inside_site(base, "_drafts", setting="collections_dir"),
            collections=_collections(base, config),
        )

    def watched_dirs(self, layout: SiteLayout) -> list[Path]:
        """``_posts``, ``_drafts`` and every collection folder."""
        dirs = [layout.posts_dir, layout.drafts_dir, *layout.collections.values()]
        return [d for d in dirs if d is not None]

    def page_files(self, layout: SiteLayout) -> list[Path]:
        """Markdown and HTML files outside ``_`` and hidden folders."""
        return walk([layout.root], suffixes=PAGE_SUFFIXES, skip_underscored=True).files

    def document_kind(self, path: Path, layout: SiteLayout) -> DocumentKind:
        """By folder: ``_drafts``, ``_posts``, a collection's, else a page."""
        text = str(path)
        if _under(text, layout.drafts_dir):
            return "draft"
        if _under(text, layout.posts_dir):
            return "post"
        if any(_under(text, folder) for folder in layout.collections.values()):
            return "collection"
        return "page"

    def layout_names(self, root: Path) -> list[str]:
        """The files of ``_layouts/``."""
        return layout_names(root / "_layouts")

    def filename_slug(self, path: Path) -> tuple[str, date | None]:
        """``2025-01-02-slug.md`` gives ``slug`` and the date; other names only their stem."""
        match = _DATED_NAME.match(path.stem)
        if match:
            try:
                return match.group(4), date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                pass
        return path.stem, None

    def date_value(self, front_matter: Mapping[str, Any]) -> Any:
        """The ``date`` key."""
        return front_matter.get("date")

    def hides(self, front_matter: Mapping[str, Any]) -> bool:
        """``published: false`` keeps a post unpublished."""
        return "published" in front_matter and not truthy(front_matter["published"])

    def new_post_path(
        self,
        layout: SiteLayout,
        slug: str,
        when: datetime,
        *,
        draft: bool,
        posts: Sequence[PostEntry] = (),
        language: str = "",
        section: str = "",
    ) -> Path:
        """``_drafts/slug.md``, or ``_posts/YYYY-MM-DD-slug.md`` dated in the site's timezone."""
        assert layout.posts_dir is not None and layout.drafts_dir is not None
        if section in layout.collections:  # a collection has no drafts folder, no dates
            return layout.collections[section] / f"{slug}.md"
        if draft:
            return layout.drafts_dir / f"{slug}.md"
        return layout.posts_dir / _dated_name(layout, when, f"{slug}.md")

    def new_post_template(
        self,
        layout: SiteLayout,
        *,
        draft: bool,
        used_format: Literal["yaml", "toml"],
        posts: Sequence[PostEntry] = (),
        language: str = "",
        section: str = "",
    ) -> NewPostTemplate:
        """YAML with Jekyll's date spelling, the configuration's ``defaults`` for posts and
        its ``author`` (values the posts share most are added by the site)."""
        collection = section if section in layout.collections else ""
        defaults = self._defaults_for(layout, draft=draft, collection=collection)
        if collection and draft:
            defaults["published"] = False  # what keeps a collection document off the site
        author = layout.config.get("author")
        if isinstance(author, dict):
            author = author.get("name")
        if "author" not in defaults and isinstance(author, str) and author.strip():
            defaults["author"] = author.strip()
        return NewPostTemplate(format="yaml", defaults=defaults, jekyll_dates=True)

    def _defaults_for(
        self, layout: SiteLayout, *, draft: bool, collection: str = ""
    ) -> dict[str, Any]:
        """Values from Jekyll's ``defaults`` for a new post, draft or collection document."""
        folder = f"_{collection}" if collection else "_drafts" if draft else "_posts"
        types = (collection,) if collection else ("posts", "drafts")
        values: dict[str, Any] = {}
        for item in layout.defaults:
            scope = item.get("scope") or {}
            if not isinstance(scope, dict) or not isinstance(item.get("values"), dict):
                continue
            scope_path = str(scope.get("path") or "").strip("/")
            scope_type = scope.get("type")
            if scope_path and not folder.startswith(scope_path) and scope_path != folder:
                continue
            if scope_type is not None and scope_type not in types:
                continue
            values.update(item["values"])
        return values

    def languages(self, layout: SiteLayout) -> list[str]:
        """Jekyll has no languages of its own."""
        return []

    def sections(
        self, layout: SiteLayout, posts: Sequence[PostEntry], language: str = ""
    ) -> list[str]:
        """``posts``, then the collections (``[]`` when there is none)."""
        return ["posts", *sorted(layout.collections)] if layout.collections else []

    def published_path(
        self, layout: SiteLayout, path: Path, kind: DocumentKind, when: datetime
    ) -> Path | None:
        """A draft moves to ``_posts/YYYY-MM-DD-<name>``."""
        if kind != "draft":
            raise SiteError(f"{path.name!r} is not in _drafts, so it is already published.")
        assert layout.posts_dir is not None
        return _moved(layout, layout.posts_dir / _dated_name(layout, when, path.name), "_posts")

    def unpublished_path(self, layout: SiteLayout, path: Path, kind: DocumentKind) -> Path | None:
        """A post moves to ``_drafts/<slug>`` (the date prefix dropped)."""
        if kind != "post":
            raise SiteError(f"{path.name!r} is not in _posts, so it is not published.")
        slug, _ = self.filename_slug(path)
        assert layout.drafts_dir is not None
        return _moved(layout, layout.drafts_dir / f"{slug}{path.suffix}", "_drafts")

    def suggested_path(self, layout: SiteLayout, entry: PostEntry, slug: str) -> Path | None:
        """A post is named after its date (in the site's timezone, if set) and slug."""
        path = entry.path
        if entry.kind != "post":
            return renamed_file(path, slug)
        if entry.date is None:
            return None
        local = entry.date.astimezone(layout.timezone) if layout.timezone else entry.date
        return path.with_name(f"{local:%Y-%m-%d}-{slug}{path.suffix}")

    def slug_scope(self, path: Path, layout: SiteLayout) -> str:
        """Slugs must differ across the whole site."""
        return ""

    def post_url(self, entry: PostEntry, layout: SiteLayout) -> str:
        """The post's or the site's ``permalink`` style or pattern, filled from its date.

        A collection document: its collection's ``permalink``, else Jekyll's
        ``/:collection/:path`` with the suffix the site's permalink style implies; none
        when the collection is not output.
        """
        if entry.kind == "collection":
            return _collection_url(entry, layout)
        if entry.date is None:
            return ""
        local = entry.date.astimezone(layout.tz())
        pattern = entry.permalink or layout.permalink
        pattern = JEKYLL_PERMALINK_STYLES.get(pattern, pattern)
        values = {
            "categories": "/".join(c.lower() for c in entry.categories),
            "year": f"{local.year:04d}",
            "month": f"{local.month:02d}",
            "day": f"{local.day:02d}",
            "i_month": str(local.month),
            "i_day": str(local.day),
            "short_year": f"{local.year % 100:02d}",
            "hour": f"{local.hour:02d}",
            "minute": f"{local.minute:02d}",
            "second": f"{local.second:02d}",
            "y_day": f"{local.timetuple().tm_yday:03d}",
            "title": entry.slug,
            "slug": entry.slug,
            "output_ext": ".html",
        }
        return expand_permalink(pattern, values)

    def markdown_flavour(self, config: Mapping[str, Any]) -> MarkdownFlavour:
        """kramdown (Jekyll's default): its emphasis, typographic symbols and automatic
        heading ids (unless ``kramdown: auto_ids: false``); redcarpet gives headings ids only
        with its ``with_toc_data`` extension."""
        converter = str(config.get("markdown") or "kramdown").strip().lower()
        kramdown = converter == "kramdown"
        if kramdown:
            options = config.get("kramdown")
            auto_ids = options.get("auto_ids", True) if isinstance(options, Mapping) else True
            ids = truthy(auto_ids)
        else:
            options = config.get(converter)
            extensions = options.get("extensions") if isinstance(options, Mapping) else None
            ids = converter != "redcarpet" or "with_toc_data" in (extensions or ())
        return MarkdownFlavour(
            kramdown_emphasis=kramdown,
            typographic=kramdown,
            heading_ids=ids,
            kramdown_blocks=kramdown,
            abbreviations=kramdown,
            markdown_in_html=kramdown,
        )

    def served_roots(self, layout: SiteLayout) -> list[Path]:
        """Files are served at their path in the site."""
        return []

    def default_link_style(self, layout: SiteLayout) -> str:
        """Under a ``baseurl``, the ``relative_url`` filter; else the site-absolute path."""
        return "{{ '{path}' | relative_url }}" if layout.baseurl else "{path}"

    def name_problems(self, entry: PostEntry, layout: SiteLayout) -> list[Problem]:
        """A post in ``_posts`` must be named ``YYYY-MM-DD-slug`` and agree with its date."""
        if entry.kind != "post":
            return []
        path = entry.path
        if not _LOOSE_DATED_NAME.match(path.stem):
            message = (
                f"Jekyll only publishes files in _posts named YYYY-MM-DD-slug{path.suffix}; "
                f"{path.name!r} will be ignored."
            )
            return [Problem(path, 1, message, BAD_FILE_NAME)]
        if entry.date is None or "date" not in entry.front_matter:
            return []
        local = entry.date.astimezone(layout.timezone) if layout.timezone else entry.date
        written = path.stem[:10]
        if local.date().isoformat() == written:
            return []
        message = (
            f"The file name says {written} but the 'date' says "
            f"{local.date().isoformat()}. Rename the file or fix the date."
        )
        return [Problem(path, entry.key_line("date"), message, DATE_MISMATCH)]

    def documents(self, files: list[Path], layout: SiteLayout) -> list[Path]:
        """Every Markdown file walked is a document."""
        return files

    def takes_file(self, layout: SiteLayout, path: Path) -> bool:
        """Inside the site, not excluded, in no ``_``/``.`` folder but posts, drafts or
        collections."""
        try:
            relative = path.resolve().relative_to(layout.root)
        except (ValueError, OSError, RuntimeError):
            return False
        read = [d for d in (layout.posts_dir, layout.drafts_dir) if d is not None]
        read += layout.collections.values()
        if any(path.resolve().is_relative_to(folder) for folder in read):
            return True
        text = relative.as_posix()
        if any(part.startswith(("_", ".")) for part in relative.parts):
            included = _patterns(layout.config.get("include"))
            return any(_matches(text, pattern) for pattern in included)
        excluded = [*JEKYLL_DEFAULT_EXCLUDES, *_patterns(layout.config.get("exclude"))]
        return not any(_matches(text, pattern) for pattern in excluded)

    def serve_command(self, layout: SiteLayout, port: int, destination: Path) -> list[str]:
        """``bundle exec jekyll serve`` with a Gemfile, else ``jekyll serve``, on 127.0.0.1."""
        options = ["serve", "--drafts", "--future", "--host", "127.0.0.1", "--port", str(port)]
        options += ["--destination", str(destination)]
        if (layout.root / "Gemfile").is_file():
            return ["bundle", "exec", "jekyll", *options]
        return ["jekyll", *options]


def _collection_url(entry: PostEntry, layout: SiteLayout) -> str:
    """Where Jekyll writes a collection document (``""``: the collection is not output)."""
    name, folder = next(
        ((n, f) for n, f in layout.collections.items() if entry.path.is_relative_to(f)),
        ("", None),
    )
    declared = layout.config.get("collections")
    settings = declared.get(name) if isinstance(declared, dict) else None
    if folder is None or not isinstance(settings, dict) or not truthy(settings.get("output")):
        return ""
    pattern = entry.permalink or str(settings.get("permalink") or "")
    if not pattern:
        style = layout.permalink
        if style == "pretty" or (style not in JEKYLL_PERMALINK_STYLES and style.endswith("/")):
            pattern = "/:collection/:path/"
        else:
            pattern = "/:collection/:path:output_ext"
    pattern = JEKYLL_PERMALINK_STYLES.get(pattern, pattern)
    relative = entry.path.relative_to(folder).with_suffix("").as_posix()
    values = {
        "collection": name,
        "path": relative,
        "name": entry.path.stem,
        "title": entry.slug,
        "slug": entry.slug,
        "output_ext": ".html",
        "categories": "/".join(c.lower() for c in entry.categories),
    }
    return expand_permalink(pattern, values)


def _patterns(value: Any) -> list[str]:
    """An ``exclude``/``include`` setting as a list of patterns (a lone string is one)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [str(item).strip().strip("/") for item in value if str(item).strip().strip("/")]


def _matches(relative: str, pattern: str) -> bool:
    """Whether the site path ``relative`` is ``pattern``, lies under it, or matches its glob."""
    if relative == pattern or relative.startswith(pattern + "/"):
        return True
    parts = relative.split("/")
    prefixes = ("/".join(parts[: n + 1]) for n in range(len(parts)))
    return any(fnmatch.fnmatchcase(prefix, pattern) for prefix in prefixes)
