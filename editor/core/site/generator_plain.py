"""A plain folder of Markdown: every file a post, named after its slug, nothing served."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from editor.core.site.discovery import DocumentKind, layout_names
from editor.core.site.generator import MarkdownFlavour, NewPostTemplate, SiteFolders, renamed_file
from editor.core.site.generator_jekyll import DEFAULT_JEKYLL_IMAGE_FOLDER

if TYPE_CHECKING:
    from editor.core.site.post_entries import PostEntry
    from editor.core.site.site_layout import SiteLayout
    from editor.core.site.site_problems import Problem


class PlainGenerator:
    """Any folder no other generator claims (the last one asked)."""

    name = "plain"
    default_image_folder = DEFAULT_JEKYLL_IMAGE_FOLDER
    splits_names_on_spaces = False
    reads_late_front_matter = True
    takes_any_brace_as_json = False

    def detect(self, root: Path, config_path: Path | None) -> bool:
        """Every folder."""
        return True

    def folders(self, root: Path, config: dict[str, Any]) -> SiteFolders:
        """None beyond the root."""
        return SiteFolders()

    def watched_dirs(self, layout: SiteLayout) -> list[Path]:
        """The whole folder."""
        return [layout.root]

    def page_files(self, layout: SiteLayout) -> list[Path]:
        """None: every file is a post."""
        return []

    def document_kind(self, path: Path, layout: SiteLayout) -> DocumentKind:
        """A post."""
        return "post"

    def layout_names(self, root: Path) -> list[str]:
        """Those of ``layouts/_default/``, as for Hugo (a folder that rarely exists)."""
        return layout_names(root / "layouts" / "_default")

    def filename_slug(self, path: Path) -> tuple[str, date | None]:
        """The file's stem."""
        return path.stem, None

    def date_value(self, front_matter: Mapping[str, Any]) -> Any:
        """The ``date`` key."""
        return front_matter.get("date")

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
        """``slug.md`` at the top of the folder."""
        return layout.root / f"{slug}.md"

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
        """YAML with an ISO 8601 date."""
        return NewPostTemplate()

    def languages(self, layout: SiteLayout) -> list[str]:
        """A plain folder has no languages."""
        return []

    def sections(
        self, layout: SiteLayout, posts: Sequence[PostEntry], language: str = ""
    ) -> list[str]:
        """One place: the folder."""
        return []

    def published_path(
        self, layout: SiteLayout, path: Path, kind: DocumentKind, when: datetime
    ) -> Path | None:
        """In place: ``draft: false``."""
        return None

    def unpublished_path(self, layout: SiteLayout, path: Path, kind: DocumentKind) -> Path | None:
        """In place: ``draft: true``."""
        return None

    def suggested_path(self, layout: SiteLayout, entry: PostEntry, slug: str) -> Path | None:
        """The file renamed to the slug."""
        return renamed_file(entry.path, slug)

    def slug_scope(self, path: Path, layout: SiteLayout) -> str:
        """Slugs must differ across the folder."""
        return ""

    def post_url(self, entry: PostEntry, layout: SiteLayout) -> str:
        """None: a plain folder is not built."""
        return ""

    def markdown_flavour(self, config: Mapping[str, Any]) -> MarkdownFlavour:
        """Plain CommonMark."""
        return MarkdownFlavour()

    def served_roots(self, layout: SiteLayout) -> list[Path]:
        """Files are linked at their path in the folder."""
        return []

    def default_link_style(self, layout: SiteLayout) -> str:
        """The folder-absolute path."""
        return "{path}"

    def name_problems(self, entry: PostEntry, layout: SiteLayout) -> list[Problem]:
        """Any file name will do."""
        return []

    def documents(self, files: list[Path], layout: SiteLayout) -> list[Path]:
        """Every Markdown file walked is a document."""
        return files

    def takes_file(self, layout: SiteLayout, path: Path) -> bool:
        """No generator builds a plain folder: only its Markdown files are its documents."""
        return False

    def serve_command(self, layout: SiteLayout, port: int, destination: Path) -> list[str]:
        """A folder of Markdown has no server of its own."""
        return []
