"""Hugo's rules: ``content/<section>/``, ``draft:`` in the front matter, bundles, ``static/``."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from editor.core.site.archetype import find_archetype
from editor.core.site.discovery import DocumentKind, layout_names
from editor.core.site.generator import (
    GOLDMARK_ID_TYPES,
    MarkdownFlavour,
    NewPostTemplate,
    SiteFolders,
    config_dir,
    expand_permalink,
    renamed_file,
    truthy,
)
from editor.core.site.site_paths import inside_site
from editor.core.site.siteconfig import HUGO_CONFIG_NAMES, is_split_config

if TYPE_CHECKING:
    from editor.core.site.post_entries import PostEntry
    from editor.core.site.site_layout import SiteLayout
    from editor.core.site.site_problems import Problem

DEFAULT_HUGO_IMAGE_FOLDER = "static/images/{slug}"
DEFAULT_HUGO_PATTERN = "posts/{slug}.md"
"""Where a new post goes in a content folder without posts to learn from."""
_QUOTED_DATE = re.compile(r"^date\s*=\s*[\"']", re.M)
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[a-zA-Z]{2,4})?")
# The folders Hugo reads (and writes: ``public``), with the settings that move them.
HUGO_READ_DIRS = (
    ("layoutDir", "layouts"), ("assetDir", "assets"), ("dataDir", "data"),
    ("i18nDir", "i18n"), ("archetypeDir", "archetypes"), ("themesDir", "themes"),
    ("publishDir", "public"), ("resourceDir", "resources"),
)  # fmt: skip
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


def default_language(layout: SiteLayout) -> str:
    """The site's ``defaultContentLanguage`` (Hugo's default: ``en``)."""
    return str(layout.config.get("defaultContentLanguage") or "en").lower()


def language_dirs(layout: SiteLayout) -> dict[str, Path]:
    """Each configured language's content folder (the main one where it names none)."""
    languages = layout.config.get("languages")
    found: dict[str, Path] = {}
    if isinstance(languages, dict):
        for name, settings in languages.items():
            value = settings.get("contentDir") if isinstance(settings, dict) else None
            if value not in (None, ""):
                found[str(name).lower()] = inside_site(
                    layout.root, str(value), setting=f"languages.{name}.contentDir"
                )
            elif layout.content_dir is not None:
                found[str(name).lower()] = layout.content_dir
    return found


def _language_and_relative(layout: SiteLayout, path: Path) -> tuple[str, Path | None]:
    """The language of the document at ``path`` and its path inside its content folder.

    A language code before the suffix (``tea.en.md``) names the language; else the
    language whose content folder holds the file; else the default one.
    """
    configured = language_dirs(layout)
    suffix = path.stem.rpartition(".")[2].lower() if "." in path.stem else ""
    named = suffix if suffix in configured else ""
    folders = sorted(configured.items(), key=lambda item: -len(item[1].parts))
    for name, folder in folders:
        if folder != layout.content_dir and path.is_relative_to(folder):
            return named or name, path.relative_to(folder)
    if layout.content_dir is None or not path.is_relative_to(layout.content_dir):
        return "", None
    relative = path.relative_to(layout.content_dir)
    return named or (default_language(layout) if configured else ""), relative


def path_pattern(relative: Path, when: datetime | None) -> str:
    """``entry/2025/06/02/kyoto.md`` as ``entry/{year}/{month}/{day}/{slug}.md``."""
    parts = list(relative.parts)
    if relative.stem == "_index" or len(parts) < 2:
        return ""  # a section's own page, or a page at the top: not where posts go
    if relative.stem in BUNDLE_STEMS:
        parts[-2] = "{slug}"
        dirs = parts[:-2]
    else:
        parts[-1] = "{slug}" + relative.suffix
        dirs = parts[:-1]
    if when is not None:
        wanted = [f"{when.year:04d}", f"{when.month:02d}", f"{when.day:02d}"]
        names = ["{year}", "{month}", "{day}"]
        step = 0
        for index, part in enumerate(dirs):
            if step < 3 and part == wanted[step]:
                parts[index] = names[step]
                step += 1
    return "/".join(parts)


def usual_pattern(folder: Path | None, posts: Sequence[PostEntry], section: str = "") -> str:
    """The path pattern most of the newest dated posts in ``folder`` (and ``section``)
    follow (``""``: none)."""
    found = _patterns(folder, posts, section).most_common(1)
    return found[0][0] if found else ""


def _patterns(folder: Path | None, posts: Sequence[PostEntry], section: str = "") -> Counter[str]:
    """How often each path pattern occurs among the newest dated posts in ``folder``."""
    patterns: Counter[str] = Counter()
    if folder is None:
        return patterns
    for entry in posts:
        if entry.date is None or not entry.path.is_relative_to(folder):
            continue
        pattern = path_pattern(entry.path.relative_to(folder), entry.date)
        if pattern and (not section or pattern.startswith(section + "/")):
            patterns[pattern] += 1
            if sum(patterns.values()) >= 50:
                break
    return patterns


def _in_leaf_bundle(
    path: Path, leaves: set[Path], roots: set[Path], seen: dict[Path, bool]
) -> bool:
    """Whether a folder above ``path`` (up to its content folder) is a leaf bundle.

    ``seen`` remembers each folder's answer, so a site's walk costs one look per folder.
    """
    folder = path.parent
    if folder in seen:
        return seen[folder]
    if folder in roots or folder == folder.parent:
        answer = False
    elif folder in leaves or (folder / "index.md").is_file():
        answer = True
    else:
        answer = _in_leaf_bundle(folder, leaves, roots, seen)
    seen[folder] = answer
    return answer


def _weight(layout: SiteLayout, name: str) -> int:
    """A language's ``weight`` (its place in the site's language menu)."""
    languages = layout.config.get("languages")
    settings = languages.get(name) if isinstance(languages, dict) else None
    try:
        return int(settings.get("weight", 0)) if isinstance(settings, dict) else 0
    except (TypeError, ValueError):
        return 0


def _where_new_posts_go(
    layout: SiteLayout, posts: Sequence[PostEntry], language: str, section: str = ""
) -> tuple[Path, str]:
    """The content folder of ``language`` (``""``: the default) and the path pattern of
    its posts (in ``section``, if given)."""
    dirs = language_dirs(layout)
    main = dirs.get(default_language(layout), layout.content_dir)
    folder = dirs.get(language.lower(), main) if language else main
    assert folder is not None
    pattern = (
        usual_pattern(folder, posts, section)
        or usual_pattern(main, posts, section)
        or (f"{section}/{{slug}}.md" if section else DEFAULT_HUGO_PATTERN)
    )
    return folder, pattern


class HugoGenerator:
    """A Hugo site: a Hugo configuration file, or ``content/`` next to ``static/``."""

    name = "hugo"
    default_image_folder = DEFAULT_HUGO_IMAGE_FOLDER
    splits_names_on_spaces = False
    reads_late_front_matter = True
    takes_any_brace_as_json = True

    def detect(self, root: Path, config_path: Path | None) -> bool:
        """A ``hugo.toml``-style configuration (also in ``config/_default/``), or both
        ``content/`` and ``static/``."""
        if config_path is not None and (
            config_path.name in HUGO_CONFIG_NAMES or is_split_config(config_path)
        ):
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
        if path.stem in BUNDLE_STEMS:
            return path.parent.name, None
        stem, dot, language = path.stem.rpartition(".")
        # slug.ja.md: a translation by file name (Hugo's language codes, e.g. "ja", "pt-br")
        return (stem if dot and _LANGUAGE_CODE.fullmatch(language) else path.stem), None

    def date_value(self, front_matter: Mapping[str, Any]) -> Any:
        """``date``, else ``publishDate``."""
        value = front_matter.get("date")
        return front_matter.get("publishDate") if value is None else value

    def hides(self, front_matter: Mapping[str, Any]) -> bool:
        """Only ``draft: true`` hides a post."""
        return False

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
        """In the language's content folder (the default one's), where the newest posts are.

        ``content/ja/entry/2025/06/02/slug.md`` when that is how the site's posts are
        kept (learned from them, else from the default language's); ``content/posts/
        slug.md`` on a site with none. A language sharing the main content folder is
        named in the file (``slug.en.md``).
        """
        folder, pattern = _where_new_posts_go(layout, posts, language, section)
        relative = pattern.replace("{slug}", slug)
        relative = relative.replace("{year}", f"{when.year:04d}")
        relative = relative.replace("{month}", f"{when.month:02d}")
        relative = relative.replace("{day}", f"{when.day:02d}")
        wanted = language.lower() or default_language(layout)
        if wanted != default_language(layout) and folder == layout.content_dir:
            stem, dot, suffix = relative.rpartition(".")
            relative = f"{stem}.{wanted}.{suffix}" if dot else f"{relative}.{wanted}"
        return inside_site(folder, relative, setting="new post folder")

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
        """The section's archetype, else the posts' usual format, with an explicit ``draft``."""
        _, pattern = _where_new_posts_go(layout, posts, language, section)
        section = pattern.split("/")[0] if "/" in pattern else ""
        quoted = [_QUOTED_DATE.search(p.front_matter_text) is not None for p in posts[:50]]
        return NewPostTemplate(
            format=used_format,
            draft_flag=True,
            quoted_dates=bool(quoted) and sum(quoted) * 2 > len(quoted),
            archetype=find_archetype(layout.root, section),
        )

    def languages(self, layout: SiteLayout) -> list[str]:
        """The configured languages, ``defaultContentLanguage`` first (``[]``: only one)."""
        names = list(language_dirs(layout))
        if len(names) < 2:
            return []
        default = default_language(layout)
        return sorted(names, key=lambda name: (name != default, _weight(layout, name), name))

    def sections(
        self, layout: SiteLayout, posts: Sequence[PostEntry], language: str = ""
    ) -> list[str]:
        """The sections the newest posts of the language are in, most used first."""
        dirs = language_dirs(layout)
        main = dirs.get(default_language(layout), layout.content_dir)
        folder = dirs.get(language.lower(), main) if language else main
        counts: Counter[str] = Counter()
        for pattern, count in _patterns(folder, posts).items():
            counts[pattern.split("/")[0]] += count
        names = [name for name, _ in counts.most_common()]
        return names if len(names) > 1 else []

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

    def slug_scope(self, path: Path, layout: SiteLayout) -> str:
        """Slugs must differ within one section (the post's folder) of one language.

        Translations (the same slug in another language's content folder, or
        ``slug.ja.md`` beside ``slug.md``) are different pages.
        """
        language, _ = _language_and_relative(layout, path)
        return f"{language}:{path.parent.name}"

    def post_url(self, entry: PostEntry, layout: SiteLayout) -> str:
        """``/<folders>/<slug>/``, or the section's pattern under ``permalinks``.

        A language other than the default one is served under ``/<language>/`` (the
        default one too with ``defaultContentLanguageInSubdir``).
        """
        language, relative = _language_and_relative(layout, entry.path)
        if relative is None:
            return ""
        prefix = ""
        if language and (
            language != default_language(layout)
            or truthy(layout.config.get("defaultContentLanguageInSubdir"))
        ):
            prefix = f"/{language}"
        if relative.name.startswith("_index."):
            return expand_permalink(f"{prefix}/{relative.parent.as_posix()}/", {})
        section = relative.parts[0] if len(relative.parts) > 1 else ""
        permalinks = layout.config.get("permalinks")
        pattern = ""
        if isinstance(permalinks, dict) and isinstance(permalinks.get(section), str):
            pattern = permalinks[section]
        if not pattern:  # the file's own path, the slug last (a bundle: its folder's)
            folder = relative.parent.parent if relative.stem in BUNDLE_STEMS else relative.parent
            where = "" if folder == Path(".") else folder.as_posix()
            return expand_permalink(f"{prefix}/{where}/{entry.slug}/", {})
        pattern = prefix + "/" + pattern.lstrip("/")
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
        parser = goldmark.get("parser") if isinstance(goldmark, Mapping) else None
        parser = parser if isinstance(parser, Mapping) else {}
        ids = parser.get("autoHeadingID", True)
        id_type = str(parser.get("autoHeadingIDType") or "github").strip().lower()
        return MarkdownFlavour(
            typographic=truthy(typographer),
            east_asian_line_breaks=breaks,
            heading_ids=truthy(ids),
            goldmark_id_type=id_type if id_type in GOLDMARK_ID_TYPES else "github",
        )

    def served_roots(self, layout: SiteLayout) -> list[Path]:
        """``static/`` is served at the site's root."""
        return [] if layout.static_dir is None else [layout.static_dir]

    def default_link_style(self, layout: SiteLayout) -> str:
        """The site-absolute path."""
        return "{path}"

    def name_problems(self, entry: PostEntry, layout: SiteLayout) -> list[Problem]:
        """Hugo publishes any file name."""
        return []

    def documents(self, files: list[Path], layout: SiteLayout) -> list[Path]:
        """Leaves out a leaf bundle's resources: ``bio.md`` beside (or below) ``index.md``.

        The bundles are told from ``files`` themselves when they hold the ``index.md``;
        a file re-read alone (a change on disk) looks beside it.
        """
        leaves = {f.parent for f in files if f.stem == "index"}
        roots = set(self.watched_dirs(layout))
        kept: list[Path] = []
        seen: dict[Path, bool] = {}
        for path in files:
            if path.stem in BUNDLE_STEMS or not _in_leaf_bundle(path, leaves, roots, seen):
                kept.append(path)
        return kept

    def takes_file(self, layout: SiteLayout, path: Path) -> bool:
        """Anything under the content, static, layouts, assets, data, … or output folders."""
        try:
            target = path.resolve()
        except (OSError, RuntimeError):
            return False
        folders = [*self.watched_dirs(layout), *self.served_roots(layout)]
        for key, default in HUGO_READ_DIRS:
            value = layout.config.get(key)
            folders.append(layout.root / (str(value) if value not in (None, "") else default))
        return any(target.is_relative_to(folder.resolve()) for folder in folders)

    def serve_command(self, layout: SiteLayout, port: int, destination: Path) -> list[str]:
        """``hugo server -D -F`` on 127.0.0.1 (it renders to memory: ``destination`` unused)."""
        del destination
        return ["hugo", "server", "-D", "-F", "--bind", "127.0.0.1", "--port", str(port)]
