"""Hugo's rules: ``content/<section>/``, ``draft:`` in the front matter, bundles, ``static/``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from editor.core.discovery import DocumentKind, layout_names
from editor.core.generator import (
    MarkdownFlavour,
    NewPostTemplate,
    SiteFolders,
    config_dir,
    expand_permalink,
    renamed_file,
    truthy,
)
from editor.core.site_paths import inside_site
from editor.core.siteconfig import HUGO_CONFIG_NAMES

if TYPE_CHECKING:
    from editor.core.site_index import PostEntry
    from editor.core.site_layout import SiteLayout
    from editor.core.site_problems import Problem

DEFAULT_HUGO_IMAGE_FOLDER = "static/images/{slug}"
BUNDLE_STEMS = ("index", "_index")
"""A page bundle's document: the folder around it is the post (its name the slug)."""


def _language_content_dirs(root: Path, config: Mapping[str, Any], main: Path) -> tuple[Path, ...]:
    """The per-language ``contentDir`` folders other than ``main``, checked to be inside."""
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


class HugoGenerator:
    """A Hugo site: a Hugo configuration file, or ``content/`` next to ``static/``."""

    name = "hugo"
    default_image_folder = DEFAULT_HUGO_IMAGE_FOLDER
    splits_names_on_spaces = False

    def detect(self, root: Path, config_path: Path | None) -> bool:
        """A ``hugo.toml``-style configuration, or both ``content/`` and ``static/``."""
        if config_path is not None and config_path.name in HUGO_CONFIG_NAMES:
            return True
        return (root / "content").is_dir() and (root / "static").is_dir()

    def folders(self, root: Path, config: dict[str, Any]) -> SiteFolders:
        """``contentDir``, ``staticDir`` and the languages' content folders."""
        content = config_dir(root, config, "contentDir", "content")
        return SiteFolders(
            content_dir=content,
            static_dir=config_dir(root, config, "staticDir", "static"),
            language_content_dirs=_language_content_dirs(root, config, content),
        )

    def watched_dirs(self, layout: SiteLayout) -> list[Path]:
        """The content folder and every language's."""
        dirs = [layout.content_dir, *layout.language_content_dirs]
        return [d for d in dirs if d is not None]

    def page_files(self, layout: SiteLayout) -> list[Path]:
        """None: every document lives under the content folders."""
        return []

    def document_kind(self, path: Path, layout: SiteLayout) -> DocumentKind:
        """Every document is a post; drafts are told by their front matter."""
        return "post"

    def layout_names(self, root: Path) -> list[str]:
        """The files of ``layouts/_default/``."""
        return layout_names(root / "layouts" / "_default")

    def filename_slug(self, path: Path) -> tuple[str, date | None]:
        """The file's stem; a bundle's ``index.md`` takes its folder's name."""
        return (path.parent.name if path.stem in BUNDLE_STEMS else path.stem), None

    def date_value(self, front_matter: Mapping[str, Any]) -> Any:
        """``date``, else ``publishDate``."""
        value = front_matter.get("date")
        return front_matter.get("publishDate") if value is None else value

    def hides(self, front_matter: Mapping[str, Any]) -> bool:
        """Only ``draft: true`` hides a post."""
        return False

    def new_post_path(self, layout: SiteLayout, slug: str, when: datetime, *, draft: bool) -> Path:
        """``content/posts/slug.md``, for drafts too."""
        assert layout.content_dir is not None
        return layout.content_dir / "posts" / f"{slug}.md"

    def new_post_template(
        self, layout: SiteLayout, *, draft: bool, used_format: Literal["yaml", "toml"]
    ) -> NewPostTemplate:
        """The front-matter format the posts use most, with an explicit ``draft``."""
        return NewPostTemplate(format=used_format, draft_flag=True)

    def published_path(
        self, layout: SiteLayout, path: Path, kind: DocumentKind, when: datetime
    ) -> Path | None:
        """In place: ``draft: false``."""
        return None

    def unpublished_path(self, layout: SiteLayout, path: Path, kind: DocumentKind) -> Path | None:
        """In place: ``draft: true``."""
        return None

    def suggested_path(self, layout: SiteLayout, entry: PostEntry, slug: str) -> Path | None:
        """The file renamed; a page bundle's folder renamed instead."""
        path = entry.path
        if path.stem in BUNDLE_STEMS:
            return path.parent.with_name(slug) / path.name
        return renamed_file(path, slug)

    def slug_scope(self, path: Path) -> str:
        """Slugs must differ within one section (the post's folder)."""
        return path.parent.name

    def post_url(self, entry: PostEntry, layout: SiteLayout) -> str:
        """``/<section>/<slug>/``, or the section's pattern under ``permalinks``."""
        if layout.content_dir is None:
            return ""
        try:
            relative = entry.path.relative_to(layout.content_dir)
        except ValueError:
            return ""
        section = relative.parts[0] if len(relative.parts) > 1 else ""
        permalinks = layout.config.get("permalinks")
        pattern = ""
        if isinstance(permalinks, dict) and isinstance(permalinks.get(section), str):
            pattern = permalinks[section]
        if not pattern:
            return expand_permalink(f"/{section}/{entry.slug}/", {})
        values = {"section": section, "slug": entry.slug, "title": entry.slug}
        values["filename"] = entry.path.stem
        when = entry.date
        if when is not None:
            values |= {"year": f"{when.year:04d}", "month": f"{when.month:02d}"}
            values["day"] = f"{when.day:02d}"
        return expand_permalink(pattern, values)

    def markdown_flavour(self, config: Mapping[str, Any]) -> MarkdownFlavour:
        """goldmark: CommonMark emphasis, its typographer (on unless disabled), and the
        ``cjk`` extension's East Asian line breaks when the site turns them on."""
        markup = config.get("markup")
        goldmark = markup.get("goldmark") if isinstance(markup, Mapping) else None
        extensions = goldmark.get("extensions") if isinstance(goldmark, Mapping) else None
        extensions = extensions if isinstance(extensions, Mapping) else {}
        typographer = extensions.get("typographer", True)
        if isinstance(typographer, Mapping):
            typographer = not truthy(typographer.get("disable", False))
        cjk = extensions.get("cjk")
        cjk = cjk if isinstance(cjk, Mapping) else {}
        breaks = truthy(cjk.get("enable", False)) and truthy(cjk.get("eastAsianLineBreaks", False))
        return MarkdownFlavour(typographic=truthy(typographer), east_asian_line_breaks=breaks)

    def served_roots(self, layout: SiteLayout) -> list[Path]:
        """``static/`` is served at the site's root."""
        return [] if layout.static_dir is None else [layout.static_dir]

    def default_link_style(self, layout: SiteLayout) -> str:
        """The site-absolute path."""
        return "{path}"

    def name_problems(self, entry: PostEntry, layout: SiteLayout) -> list[Problem]:
        """Hugo publishes any file name."""
        return []

    def serve_command(self, layout: SiteLayout, port: int, destination: Path) -> list[str]:
        """``hugo server -D -F`` on 127.0.0.1 (it renders to memory: ``destination`` unused)."""
        del destination
        return ["hugo", "server", "-D", "-F", "--bind", "127.0.0.1", "--port", str(port)]
