"""What a static-site generator decides about a site, as one protocol.

Jekyll, Hugo and a plain folder of Markdown each answer the same questions: which
folders hold posts, what a file is (post, draft, page), what a new post is called and
starts with, how its date is spelled, where its images go and at which URL a post is
served. Code outside the generator modules asks ``layout.generator`` and never compares
a generator's name. A new generator is one class plus its place in
:data:`editor.core.site.generators.DETECTION_ORDER`.

This module holds the protocol and the small helpers the generators share; it imports
nothing of the site model at run time, so the generators can be loaded by
:mod:`editor.core.site.site_layout`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from editor.core.site.site_paths import inside_site

if TYPE_CHECKING:
    from editor.core.site.discovery import DocumentKind
    from editor.core.site.post_entries import PostEntry
    from editor.core.site.site_layout import SiteLayout
    from editor.core.site.site_problems import Problem

__all__ = [
    "Generator",
    "MarkdownFlavour",
    "NewPostTemplate",
    "SiteFolders",
    "config_dir",
    "expand_permalink",
    "explicit_offset",
    "renamed_file",
    "truthy",
    "usual_offset",
]

_OFFSET = re.compile(r"(?<=\d)\s*(?:([+-])(\d{2}):?(\d{2})|Z)$")
_PLACEHOLDER = re.compile(
    r":(categories|year|month|day|i_month|i_day|short_year|hour|minute|"
    r"second|y_day|title|slug|output_ext|section|filename|collection|path|name)"
)


@dataclass(frozen=True, slots=True)
class SiteFolders:
    """The folders a generator finds in a site's configuration (``None``: it has none)."""

    posts_dir: Path | None = None
    drafts_dir: Path | None = None
    content_dir: Path | None = None
    static_dir: Path | None = None
    language_content_dirs: tuple[Path, ...] = ()
    collections: dict[str, Path] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class NewPostTemplate:
    """How a new post's front matter is written."""

    format: Literal["yaml", "toml"] = "yaml"
    defaults: dict[str, Any] = field(default_factory=dict)
    """Values the site's configuration gives new posts (``layout`` is written first)."""
    jekyll_dates: bool = False
    """Spell the date ``2025-01-02 10:00:00 +0900`` rather than ISO 8601."""
    draft_flag: bool = False
    """Write ``draft: true``/``false``: the generator reads drafts from the front matter."""
    quoted_dates: bool = False
    """TOML: write the date as a quoted string, as the site's posts do."""
    archetype: str = ""
    """The site's template for the new post (Hugo's archetype, unfilled), or ``""``."""


GOLDMARK_ID_TYPES = ("github", "github-ascii", "blackfriday")
"""The values of Hugo's ``markup.goldmark.parser.autoHeadingIDType``."""


@dataclass(frozen=True, slots=True)
class MarkdownFlavour:
    """How the generator's Markdown converter differs from CommonMark, for the preview."""

    kramdown_emphasis: bool = False
    """``*``/``**`` open before and close after any non-space (kramdown), not CommonMark's
    flanking rule, so ``これは**「重要」**です`` is bold."""
    typographic: bool = False
    """``---``, ``--``, ``...``, ``<<``, ``>>`` and straight quotes become typographic."""
    east_asian_line_breaks: bool = False
    """A line break between two Japanese characters adds no space (goldmark's cjk)."""
    heading_ids: bool = True
    """Headings get automatic ids (kramdown's ``auto_ids``, goldmark's ``autoHeadingID``);
    redcarpet without ``with_toc_data`` gives them none."""
    goldmark_id_type: str = ""
    """goldmark (Hugo) makes a heading's id from its Markdown source line, not its text
    (``## Index _and_ value`` is ``index-_and_-value``), in the site's
    ``autoHeadingIDType``: ``github``, ``github-ascii`` or ``blackfriday``; empty for
    converters that make it from the text."""
    kramdown_blocks: bool = False
    """kramdown's block rules: an indented code block goes on over the unindented lines
    right after it (a ``## x`` there is code, not a heading), and an HTML block element
    runs to its closing tag, blank lines included."""
    abbreviations: bool = False
    """kramdown: ``*[HTML]: HyperText Markup Language`` lines define abbreviations, and
    every use of the word is an ``<abbr>``."""
    markdown_in_html: bool = False
    """kramdown: Markdown inside ``<div markdown="1">`` is parsed by kramdown's own parser,
    whose heading ids are ASCII (``section`` for a Japanese one)."""


class Generator(Protocol):
    """One static-site generator's rules, asked by the site model instead of its name."""

    name: str
    """A short name for display and tests (``"jekyll"``); never compared to decide."""
    default_image_folder: str
    """Where a post's images go unless the site or the writer says otherwise (``{slug}``)."""
    splits_names_on_spaces: bool
    """Whether ``tags: a b`` is the two tags ``a`` and ``b`` (Jekyll) or one."""
    reads_late_front_matter: bool
    """Whether front matter after blank lines is read (Hugo) or the file has none (Jekyll)."""
    takes_any_brace_as_json: bool
    """Whether a file that starts with ``{`` is read as JSON front matter whatever follows
    (Hugo: ``{{ .Title }}`` on the first line fails the build), or only a JSON object is."""

    def detect(self, root: Path, config_path: Path | None) -> bool:
        """Whether the site at ``root`` (configuration file ``config_path``) is this generator's."""
        ...

    def folders(self, root: Path, config: dict[str, Any]) -> SiteFolders:
        """The site's folders, each checked to be inside ``root``."""
        ...

    def watched_dirs(self, layout: SiteLayout) -> list[Path]:
        """Folders holding posts, drafts and collection documents (``None``s left out)."""
        ...

    def page_files(self, layout: SiteLayout) -> list[Path]:
        """The site's pages: documents outside the posts' folders."""
        ...

    def document_kind(self, path: Path, layout: SiteLayout) -> DocumentKind:
        """Whether ``path`` is a post, a draft, a collection document or a page."""
        ...

    def layout_names(self, root: Path) -> list[str]:
        """The layout names the site's layouts folder defines, sorted."""
        ...

    def filename_slug(self, path: Path) -> tuple[str, date | None]:
        """The slug a file's name gives and the date its name carries, if any."""
        ...

    def date_value(self, front_matter: Mapping[str, Any]) -> Any:
        """The raw front-matter value that dates a post (``None`` when there is none)."""
        ...

    def hides(self, front_matter: Mapping[str, Any]) -> bool:
        """Whether the front matter keeps a post off the site besides ``draft: true``."""
        ...

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
        """Where a new post (or draft) with ``slug`` dated ``when`` goes.

        ``posts`` are the site's posts, newest first: where they are shows the way.
        ``language`` is one of :meth:`languages` (``""``: the site's default), ``section``
        one of :meth:`sections` (``""``: where the newest posts are).
        """
        ...

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
        """How a new post's front matter is written; ``used_format`` is the posts' usual one."""
        ...

    def languages(self, layout: SiteLayout) -> list[str]:
        """The languages a new post can be written in, the default first (``[]``: one)."""
        ...

    def sections(
        self, layout: SiteLayout, posts: Sequence[PostEntry], language: str = ""
    ) -> list[str]:
        """Where else a new post can go (Hugo's sections, Jekyll's collections), the usual
        place first (``[]``: there is only one)."""
        ...

    def published_path(
        self, layout: SiteLayout, path: Path, kind: DocumentKind, when: datetime
    ) -> Path | None:
        """Where publishing the draft at ``path`` moves it, or ``None`` to publish in place.

        Raises :class:`~editor.core.site.site_errors.SiteError` if ``path`` is no draft.
        """
        ...

    def unpublished_path(self, layout: SiteLayout, path: Path, kind: DocumentKind) -> Path | None:
        """Where turning the post at ``path`` back into a draft moves it, or ``None``: in place.

        Raises :class:`~editor.core.site.site_errors.SiteError` if ``path`` is not published.
        """
        ...

    def suggested_path(self, layout: SiteLayout, entry: PostEntry, slug: str) -> Path | None:
        """The path ``entry``'s file should have for ``slug``, or ``None`` when there is none."""
        ...

    def slug_scope(self, path: Path, layout: SiteLayout) -> str:
        """The part of the site within which two posts' slugs must differ (``""``: the site)."""
        ...

    def post_url(self, entry: PostEntry, layout: SiteLayout) -> str:
        """The URL path of a post without a fixed permalink (``""`` when it has none)."""
        ...

    def served_roots(self, layout: SiteLayout) -> list[Path]:
        """Folders whose files are served at the site's root (Hugo's ``static/``)."""
        ...

    def markdown_flavour(self, config: Mapping[str, Any]) -> MarkdownFlavour:
        """How this generator's Markdown converter, set up by ``config``, renders."""
        ...

    def default_link_style(self, layout: SiteLayout) -> str:
        """How to link an image when no post shows the site's way (a ``{path}`` template)."""
        ...

    def name_problems(self, entry: PostEntry, layout: SiteLayout) -> list[Problem]:
        """Problems with a post's file name that keep the generator from publishing it right."""
        ...

    def documents(self, files: list[Path], layout: SiteLayout) -> list[Path]:
        """The walked Markdown ``files`` that are documents (Hugo: not a bundle's resources)."""
        ...

    def takes_file(self, layout: SiteLayout, path: Path) -> bool:
        """Whether a file written at ``path`` would be read by the build (an export must not)."""
        ...

    def serve_command(self, layout: SiteLayout, port: int, destination: Path) -> list[str]:
        """The generator's own preview server for the site, bound to 127.0.0.1:``port``.

        Drafts and future posts included; a build the server writes goes to
        ``destination`` (never into the site). ``[]`` when it has none.
        """
        ...


def truthy(value: Any) -> bool:
    """Whether a front-matter value means yes (``true``, ``"yes"``, ``"on"``, ``"1"``)."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "on", "1")
    return bool(value)


def expand_permalink(pattern: str, values: dict[str, str]) -> str:
    """Fill ``:year``-style placeholders of ``pattern``; unknown ones stay as written."""
    url = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), pattern)
    return re.sub(r"/{2,}", "/", "/" + url)


def renamed_file(path: Path, slug: str) -> Path:
    """``path`` renamed to ``slug`` with its suffix kept, in the same folder."""
    return path.with_name(f"{slug}{path.suffix}")


def config_dir(root: Path, config: Mapping[str, Any], key: str, default: str) -> Path:
    """The folder the configuration's ``key`` names (else ``default``), checked to be inside."""
    value = config.get(key)
    text = str(value) if value not in (None, "") else default
    return inside_site(root, text or ".", setting=key)


def explicit_offset(value: Any) -> timedelta | None:
    """The UTC offset a front-matter date is written with (``None``: it names none)."""
    if isinstance(value, datetime):
        return value.utcoffset()
    if isinstance(value, str):
        match = _OFFSET.search(value.strip())
        if match is None:
            return None
        if match.group(0) == "Z":
            return timedelta(0)
        sign = -1 if match.group(1) == "-" else 1
        return sign * timedelta(hours=int(match.group(2)), minutes=int(match.group(3)))
    return None


def usual_offset(values: Sequence[Any]) -> tzinfo | None:
    """The UTC offset most of ``values`` (front-matter dates) are written with, if any."""
    offsets = Counter(o for o in map(explicit_offset, values) if o is not None)
    if not offsets:
        return None
    return timezone(offsets.most_common(1)[0][0])
