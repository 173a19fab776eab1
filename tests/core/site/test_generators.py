"""Each generator's rules asked directly, on small real sites; and a fourth generator.

The Eleventy-like generator at the end is defined here only: it proves that a new
generator needs nothing but its class and a place in ``DETECTION_ORDER``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

import pytest

from editor.core.site import generators
from editor.core.site.discovery import DocumentKind, layout_names, walk
from editor.core.site.generator import Generator, NewPostTemplate, SiteFolders, renamed_file
from editor.core.site.generators import HUGO, JEKYLL, PLAIN, generator_for
from editor.core.site.post_entries import PostEntry, read_entry
from editor.core.site.site import Site
from editor.core.site.site_errors import OutsideSiteError, SiteError
from editor.core.site.site_layout import SiteLayout, detect_layout
from editor.core.site.site_problems import BAD_FILE_NAME, DATE_MISMATCH, Problem
from editor.core.site.site_urls import post_url
from tests.core.site_fixtures import make_hugo_site, make_jekyll_site, write

TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 1, 1, tzinfo=TOKYO)


def _entry(path: Path, layout: SiteLayout) -> PostEntry:
    return read_entry(path, layout, NOW)


@pytest.fixture
def jekyll(tmp_path: Path) -> SiteLayout:
    return detect_layout(make_jekyll_site(tmp_path / "blog"))


@pytest.fixture
def hugo(tmp_path: Path) -> SiteLayout:
    return detect_layout(make_hugo_site(tmp_path / "hugo"))


@pytest.fixture
def plain(tmp_path: Path) -> SiteLayout:
    write(tmp_path / "notes" / "a.md", "---\ntitle: A\ndate: 2025-03-04\n---\nText\n")
    return detect_layout(tmp_path / "notes")


# -- detection ----------------------------------------------------------------------------


def test_detection_finds_each_generator_and_plain_last(
    jekyll: SiteLayout, hugo: SiteLayout, plain: SiteLayout, tmp_path: Path
) -> None:
    assert (jekyll.generator, hugo.generator, plain.generator) == (JEKYLL, HUGO, PLAIN)
    assert [jekyll.kind, hugo.kind, plain.kind] == ["jekyll", "hugo", "plain"]
    (tmp_path / "posts_only" / "_posts").mkdir(parents=True)
    assert generator_for(tmp_path / "posts_only", None) is JEKYLL
    (tmp_path / "bare" / "content").mkdir(parents=True)
    (tmp_path / "bare" / "static").mkdir()
    assert generator_for(tmp_path / "bare", None) is HUGO
    assert PLAIN.detect(tmp_path, None) and PLAIN not in generators.DETECTION_ORDER


def test_folders_are_read_from_the_configuration(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    jekyll = JEKYLL.folders(root, {"collections_dir": "my", "collections": ["notes", "posts"]})
    assert (jekyll.posts_dir, jekyll.drafts_dir) == (root / "my/_posts", root / "my/_drafts")
    assert jekyll.collections == {"notes": root / "my/_notes"}
    config = {"contentDir": "src", "languages": {"ja": {"contentDir": "src_ja"}}}
    hugo = HUGO.folders(root, config)
    assert (hugo.content_dir, hugo.static_dir) == (root / "src", root / "static")
    assert hugo.language_content_dirs == (root / "src_ja",)
    assert PLAIN.folders(root, {}) == SiteFolders()
    with pytest.raises(OutsideSiteError):
        HUGO.folders(root, {"contentDir": "../elsewhere"})


# -- documents -----------------------------------------------------------------------------


def test_watched_folders_pages_and_document_kinds(
    jekyll: SiteLayout, hugo: SiteLayout, plain: SiteLayout
) -> None:
    root = jekyll.root
    assert JEKYLL.watched_dirs(jekyll) == [root / "_posts", root / "_drafts", root / "_notes"]
    assert HUGO.watched_dirs(hugo) == [hugo.root / "content"]
    assert PLAIN.watched_dirs(plain) == [plain.root]
    assert [p.name for p in JEKYLL.page_files(jekyll)] == ["about.md"]
    assert HUGO.page_files(hugo) == [] and PLAIN.page_files(plain) == []
    kinds = {name: JEKYLL.document_kind(root / name, jekyll) for name in ("_drafts/idea.md",)}
    kinds |= {n: JEKYLL.document_kind(root / n, jekyll) for n in ("_posts/x.md", "_notes/n.md")}
    kinds["about.md"] = JEKYLL.document_kind(root / "about.md", jekyll)
    assert kinds == {
        "_drafts/idea.md": "draft",
        "_posts/x.md": "post",
        "_notes/n.md": "collection",
        "about.md": "page",
    }
    assert HUGO.document_kind(hugo.root / "content/posts/first.md", hugo) == "post"
    assert PLAIN.document_kind(plain.root / "a.md", plain) == "post"


def test_layout_names_come_from_each_generators_folder(
    jekyll: SiteLayout, hugo: SiteLayout
) -> None:
    write(hugo.root / "layouts" / "_default" / "single.html", "x")
    assert JEKYLL.layout_names(jekyll.root) == ["page", "post"]
    assert HUGO.layout_names(hugo.root) == ["single"]
    assert PLAIN.layout_names(jekyll.root) == []


def test_file_names_give_slugs_and_jekyll_dates(tmp_path: Path) -> None:
    dated = tmp_path / "2025-12-28-llama4.md"
    assert JEKYLL.filename_slug(dated) == ("llama4", date(2025, 12, 28))
    assert JEKYLL.filename_slug(tmp_path / "2025-13-40-bad.md") == ("2025-13-40-bad", None)
    assert HUGO.filename_slug(dated) == ("2025-12-28-llama4", None)
    assert HUGO.filename_slug(tmp_path / "trip" / "index.md") == ("trip", None)
    assert PLAIN.filename_slug(tmp_path / "trip" / "index.md") == ("index", None)


def test_front_matter_dates_names_and_hiding() -> None:
    hugo_only = {"publishDate": "2025-01-01"}
    assert HUGO.date_value(hugo_only) == "2025-01-01"
    assert JEKYLL.date_value(hugo_only) is None and PLAIN.date_value(hugo_only) is None
    assert HUGO.date_value({"date": "d", "publishDate": "p"}) == "d"
    assert JEKYLL.splits_names_on_spaces and not HUGO.splits_names_on_spaces
    assert not PLAIN.splits_names_on_spaces
    assert HUGO.takes_any_brace_as_json
    assert not JEKYLL.takes_any_brace_as_json and not PLAIN.takes_any_brace_as_json
    assert JEKYLL.hides({"published": False}) and JEKYLL.hides({"published": "no"})
    assert not JEKYLL.hides({}) and not HUGO.hides({"published": False})


# -- new posts, publishing, names -----------------------------------------------------------


def test_new_post_paths(jekyll: SiteLayout, hugo: SiteLayout, plain: SiteLayout) -> None:
    # 23:30 UTC is already the next day in the Tokyo-timed Jekyll site.
    when = datetime(2025, 6, 1, 23, 30, tzinfo=ZoneInfo("UTC"))
    root = jekyll.root
    assert JEKYLL.new_post_path(jekyll, "s", when, draft=False) == root / "_posts/2025-06-02-s.md"
    assert JEKYLL.new_post_path(jekyll, "s", when, draft=True) == root / "_drafts/s.md"
    assert HUGO.new_post_path(hugo, "s", when, draft=True) == hugo.root / "content/posts/s.md"
    assert PLAIN.new_post_path(plain, "s", when, draft=False) == plain.root / "s.md"


def test_new_post_templates(jekyll: SiteLayout, hugo: SiteLayout, plain: SiteLayout) -> None:
    post = JEKYLL.new_post_template(jekyll, draft=False, used_format="toml")
    assert post == NewPostTemplate(
        format="yaml", defaults={"layout": "post", "comments": True}, jekyll_dates=True
    )
    # The site's defaults are scoped to "type: posts"; drafts get them too, as Jekyll does.
    assert JEKYLL.new_post_template(jekyll, draft=True, used_format="yaml").defaults
    assert HUGO.new_post_template(hugo, draft=True, used_format="toml") == NewPostTemplate(
        format="toml", draft_flag=True
    )
    assert PLAIN.new_post_template(plain, draft=False, used_format="toml") == NewPostTemplate()


def test_publishing_moves_jekyll_files_and_leaves_others_in_place(
    jekyll: SiteLayout, hugo: SiteLayout
) -> None:
    when = datetime(2025, 6, 1, 12, tzinfo=TOKYO)
    draft = jekyll.root / "_drafts" / "idea.md"
    post = jekyll.root / "_posts" / "2025-11-02-hello.md"
    assert JEKYLL.published_path(jekyll, draft, "draft", when) == (
        jekyll.root / "_posts" / "2025-06-01-idea.md"
    )
    assert JEKYLL.unpublished_path(jekyll, post, "post") == jekyll.root / "_drafts" / "hello.md"
    with pytest.raises(SiteError, match="already published"):
        JEKYLL.published_path(jekyll, post, "post", when)
    with pytest.raises(SiteError, match="not published"):
        JEKYLL.unpublished_path(jekyll, draft, "draft")
    first = hugo.root / "content" / "posts" / "first.md"
    assert HUGO.published_path(hugo, first, "post", when) is None
    assert HUGO.unpublished_path(hugo, first, "post") is None
    assert PLAIN.published_path(hugo, first, "post", when) is None


def test_suggested_paths_follow_dates_bundles_and_slugs(
    jekyll: SiteLayout, hugo: SiteLayout
) -> None:
    post = _entry(jekyll.root / "_posts" / "2025-11-02-hello.md", jekyll)
    assert JEKYLL.suggested_path(jekyll, post, "hi") == post.path.with_name("2025-11-02-hi.md")
    draft = _entry(jekyll.root / "_drafts" / "idea.md", jekyll)
    assert JEKYLL.suggested_path(jekyll, draft, "plan") == draft.path.with_name("plan.md")
    undated = _entry(write(jekyll.root / "_posts" / "x.md", "---\ntitle: X\n---\n"), jekyll)
    assert JEKYLL.suggested_path(jekyll, undated, "y") is None
    bundle = write(hugo.root / "content" / "posts" / "trip" / "index.md", "---\ntitle: T\n---\n")
    entry = _entry(bundle, hugo)
    assert HUGO.suggested_path(hugo, entry, "tour") == bundle.parent.with_name("tour") / "index.md"
    first = _entry(hugo.root / "content" / "posts" / "first.md", hugo)
    assert HUGO.suggested_path(hugo, first, "one") == first.path.with_name("one.md")
    assert PLAIN.suggested_path(hugo, entry, "tour") == bundle.with_name("tour.md")


def test_slug_scopes(hugo: SiteLayout, jekyll: SiteLayout) -> None:
    path = hugo.root / "content" / "posts" / "a.md"
    assert HUGO.slug_scope(path, hugo) == ":posts"  # one language: no language part
    assert (JEKYLL.slug_scope(path, jekyll), PLAIN.slug_scope(path, jekyll)) == ("", "")


def test_name_problems_are_jekylls_own(jekyll: SiteLayout, hugo: SiteLayout) -> None:
    bad = _entry(write(jekyll.root / "_posts" / "undated.md", "---\ntitle: U\n---\n"), jekyll)
    assert [p.kind for p in JEKYLL.name_problems(bad, jekyll)] == [BAD_FILE_NAME]
    text = "---\ntitle: M\ndate: 2025-02-03 10:00:00 +0900\n---\n"
    mismatch = _entry(write(jekyll.root / "_posts" / "2025-02-01-m.md", text), jekyll)
    assert [p.kind for p in JEKYLL.name_problems(mismatch, jekyll)] == [DATE_MISMATCH]
    draft = _entry(jekyll.root / "_drafts" / "idea.md", jekyll)
    assert JEKYLL.name_problems(draft, jekyll) == []
    first = _entry(hugo.root / "content" / "posts" / "first.md", hugo)
    assert HUGO.name_problems(first, hugo) == [] and PLAIN.name_problems(first, hugo) == []


# -- URLs and images ------------------------------------------------------------------------


def test_post_urls(jekyll: SiteLayout, hugo: SiteLayout, plain: SiteLayout) -> None:
    hello = _entry(jekyll.root / "_posts" / "2025-11-02-hello.md", jekyll)
    assert JEKYLL.post_url(hello, jekyll) == "/2025/11/02/hello/"
    first = _entry(hugo.root / "content" / "posts" / "first.md", hugo)
    assert HUGO.post_url(first, hugo) == "/posts/first/"
    hugo_dated = replace(hugo, config={"permalinks": {"posts": "/:year/:month/:slug/"}})
    assert HUGO.post_url(first, hugo_dated) == "/2025/01/first/"
    a = _entry(plain.root / "a.md", plain)
    assert PLAIN.post_url(a, plain) == ""


def test_image_folders_served_roots_and_link_styles(
    jekyll: SiteLayout, hugo: SiteLayout, plain: SiteLayout
) -> None:
    assert JEKYLL.default_image_folder == PLAIN.default_image_folder == "assets/images/{slug}"
    assert HUGO.default_image_folder == "static/images/{slug}"
    assert HUGO.served_roots(hugo) == [hugo.root / "static"]
    assert JEKYLL.served_roots(jekyll) == [] == PLAIN.served_roots(plain)
    assert JEKYLL.default_link_style(jekyll) == "{path}"  # baseurl is ""
    under = replace(jekyll, config={"baseurl": "/blog"})
    assert JEKYLL.default_link_style(under) == "{{ '{path}' | relative_url }}"
    assert HUGO.default_link_style(hugo) == "{path}" == PLAIN.default_link_style(plain)


# -- a fourth generator ---------------------------------------------------------------------


class EleventyLike:
    """A minimal Eleventy-like generator: a ``.eleventy.js`` file, posts in ``posts/``."""

    name = "eleventy"
    default_image_folder = "img/{slug}"
    splits_names_on_spaces = False
    reads_late_front_matter = False
    takes_any_brace_as_json = False

    def detect(self, root: Path, config_path: Path | None) -> bool:
        return (root / ".eleventy.js").is_file()

    def folders(self, root: Path, config: dict[str, Any]) -> SiteFolders:
        return SiteFolders(posts_dir=root / "posts")

    def watched_dirs(self, layout: SiteLayout) -> list[Path]:
        return [layout.root / "posts"]

    def page_files(self, layout: SiteLayout) -> list[Path]:
        return [p for p in walk([layout.root]).files if p.parent == layout.root]

    def document_kind(self, path: Path, layout: SiteLayout) -> DocumentKind:
        return "post" if path.parent == layout.root / "posts" else "page"

    def layout_names(self, root: Path) -> list[str]:
        return layout_names(root / "_includes" / "layouts")

    def filename_slug(self, path: Path) -> tuple[str, date | None]:
        return path.stem, None

    def date_value(self, front_matter: Mapping[str, Any]) -> Any:
        return front_matter.get("date")

    def hides(self, front_matter: Mapping[str, Any]) -> bool:
        return bool(front_matter.get("eleventyExcludeFromCollections"))

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
        return layout.root / "posts" / f"{slug}.md"

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
        return NewPostTemplate(defaults={"layout": "post"}, draft_flag=True)

    def languages(self, layout: SiteLayout) -> list[str]:
        return []

    def sections(
        self, layout: SiteLayout, posts: Sequence[PostEntry], language: str = ""
    ) -> list[str]:
        return []

    def published_path(
        self, layout: SiteLayout, path: Path, kind: DocumentKind, when: datetime
    ) -> Path | None:
        return None

    def unpublished_path(self, layout: SiteLayout, path: Path, kind: DocumentKind) -> Path | None:
        return None

    def suggested_path(self, layout: SiteLayout, entry: PostEntry, slug: str) -> Path | None:
        return renamed_file(entry.path, slug)

    def slug_scope(self, path: Path, layout: SiteLayout) -> str:
        return ""

    def post_url(self, entry: PostEntry, layout: SiteLayout) -> str:
        return f"/posts/{entry.slug}/"

    def served_roots(self, layout: SiteLayout) -> list[Path]:
        return []

    def default_link_style(self, layout: SiteLayout) -> str:
        return "{path}"

    def name_problems(self, entry: PostEntry, layout: SiteLayout) -> list[Problem]:
        return []

    def documents(self, files: list[Path], layout: SiteLayout) -> list[Path]:
        return files

    def takes_file(self, layout: SiteLayout, path: Path) -> bool:
        return path.is_relative_to(layout.root) and "_site" not in path.parts


ELEVENTY: Generator = EleventyLike()  # mypy: the class satisfies the protocol


@pytest.fixture
def eleventy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Site:
    monkeypatch.setattr(generators, "DETECTION_ORDER", (ELEVENTY, *generators.DETECTION_ORDER))
    root = tmp_path / "eleventy"
    write(root / ".eleventy.js", "module.exports = {};\n")
    write(root / "index.md", "---\ntitle: Home\n---\n")
    write(root / "_includes" / "layouts" / "post.njk.md", "x")
    write(
        root / "posts" / "first.md",
        '---\ntitle: "最初"\ndate: 2025-05-05T10:00:00+09:00\ntags: [a]\n---\n\n本文\n',
    )
    return Site.open(root, clock=lambda: NOW)


def _status(site: Site, path: Path) -> str:
    entry = site.entry(path)
    assert entry is not None
    return entry.status


def test_a_new_generator_needs_only_its_class_and_its_registration(eleventy: Site) -> None:
    root = eleventy.root
    assert eleventy.kind == "eleventy" and eleventy.layout.generator is ELEVENTY
    assert eleventy.layout.posts_dir == root / "posts"
    assert [e.path for e in eleventy.posts] == [root / "posts" / "first.md"]
    assert eleventy.layouts() == ["post.njk"]
    first = eleventy.posts[0]
    assert post_url(first, eleventy.layout) == "/posts/first/"
    path = eleventy.new_post("二番目", slug="second", draft=True)
    assert path == root / "posts" / "second.md"
    text = path.read_text(encoding="utf-8")
    assert text.startswith('---\nlayout: post\ntitle: "二番目"\ndate: 20')  # ISO 8601
    assert "\ndraft: true\ntags: []\n" in text and _status(eleventy, path) == "draft"
    assert eleventy.publish(path) == path and _status(eleventy, path) == "published"
    assert eleventy.suggested_path(path, slug="two") == root / "posts" / "two.md"
    image = write(root.parent / "cat.png", "png")
    link = eleventy.add_image(image, path)
    assert link.path == root / "img" / "second" / "cat.png"
    assert link.markdown == "![cat](/img/second/cat.png)"
    assert eleventy.check() == []


def test_without_its_registration_the_fourth_site_is_plain(tmp_path: Path) -> None:
    write(tmp_path / "e" / ".eleventy.js", "x")
    assert detect_layout(tmp_path / "e").generator is PLAIN


def test_a_hugo_bundles_resources_are_not_posts(hugo: SiteLayout) -> None:
    root = hugo.root / "content" / "posts"
    write(root / "trip" / "index.md", '+++\ntitle = "Trip"\n+++\n')
    write(root / "trip" / "bio.md", '+++\ntitle = "Bio"\n+++\n')
    write(root / "trip" / "notes" / "day1.md", "day 1\n")
    write(root / "section" / "_index.md", '+++\ntitle = "Section"\n+++\n')
    write(root / "section" / "page.md", '+++\ntitle = "Page"\n+++\n')
    site = Site.open(hugo.root)
    names = {p.relative_to(root).as_posix() for p in site.entries if p.is_relative_to(root)}
    assert {"trip/index.md", "section/_index.md", "section/page.md"} <= names
    assert not names & {"trip/bio.md", "trip/notes/day1.md"}
    # Re-read alone (as after a change on disk), a resource stays out.
    assert HUGO.documents([root / "trip" / "bio.md"], hugo) == []
    assert JEKYLL.documents([root / "trip" / "bio.md"], hugo) == [root / "trip" / "bio.md"]
