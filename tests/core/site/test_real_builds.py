"""What Kiji writes, the site's real generator builds: Jekyll and Hugo run on temporary sites.

Each test skips (saying why) only when the generator is not installed; CI installs both
(``make system-deps-test``).
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from editor.core.export.export_html import ExportSource, built_with_site, suggested_target
from editor.core.post.post import read_post
from editor.core.site.site import Site
from editor.core.site.site_problems import BROKEN_LINK, DUPLICATE_SLUG, MISSING_IMAGE
from editor.core.site.site_urls import post_url
from editor.resources import resource_path
from tests.core.site.generator_sites import make_hugo_blog, make_jekyll_blog
from tests.core.site_fixtures import write
from tests.real_generators import hugo, hugo_listed, jekyll_build, needs_hugo, needs_jekyll

TOKYO = ZoneInfo("Asia/Tokyo")


def _export_html(site: Site, post: Path) -> str:
    parsed = read_post(post)
    stylesheet = resource_path("preview", "preview.css").read_text(encoding="utf-8")
    return ExportSource(parsed.body, dict(parsed.front_matter), stylesheet, site.root, post).html()


def _built_page(output: Path, url: str) -> str:
    page = output / url.strip("/")
    if page.suffix != ".html":
        page = page / "index.html"
    return page.read_text(encoding="utf-8")


def _after_the_second_of(when: datetime) -> None:
    """Wait until the clock has left ``when``'s second.

    Jekyll replaces a post's front-matter date by its file name's date when the two are
    equal to the second to ``site.time`` (``Document#modify_date``). The file name's date is
    read at midnight in the build's local timezone, so a post Kiji dates in Tokyo after
    15:00 UTC, built in UTC within that second, lands in the future and is not published.
    A writer never builds in the same second; a test can, so it waits.
    """
    while datetime.now(when.tzinfo).replace(microsecond=0) <= when:
        time.sleep(0.05)


@needs_jekyll
def test_an_export_beside_the_post_breaks_jekyll_and_the_default_folder_does_not(
    tmp_path: Path,
) -> None:
    site = Site.open(make_jekyll_blog(tmp_path / "blog"))
    post = site.root / "_posts" / "2025-11-02-osaka.md"
    old_default = post.with_suffix(".html")  # where the first build proposed it
    assert built_with_site(site.layout, old_default)
    old_default.write_text(_export_html(site, post), encoding="utf-8")
    broken = jekyll_build(site.root, tmp_path / "out")
    assert broken.returncode != 0 and "Liquid" in broken.stdout + broken.stderr
    old_default.unlink()

    documents = tmp_path / "Documents"
    documents.mkdir()
    target = suggested_target(post, ".html", documents)
    assert target.parent == documents and not built_with_site(site.layout, target)
    target.write_text(_export_html(site, post), encoding="utf-8")
    built = jekyll_build(site.root, tmp_path / "out")
    assert built.returncode == 0, built.stderr
    assert not list((tmp_path / "out").rglob(target.name))


def test_the_generator_decides_where_an_export_would_be_built(tmp_path: Path) -> None:
    jekyll = Site.open(make_jekyll_blog(tmp_path / "blog")).layout
    for inside in ("_posts/x.html", "_notes/x.html", "x.html", "about/x.pdf"):
        assert built_with_site(jekyll, jekyll.root / inside), inside
    for outside in ("_site/x.html", "_layouts/x.html", ".git/x.html", "README.md/x", "../x.html"):
        assert not built_with_site(jekyll, jekyll.root / outside), outside
    hugo_site = Site.open(make_hugo_blog(tmp_path / "hugo")).layout
    for inside in ("content/ja/x.html", "static/x.pdf", "layouts/x.html", "public/x.html"):
        assert built_with_site(hugo_site, hugo_site.root / inside), inside
    for outside in ("x.html", "exports/x.pdf", "../x.html"):
        assert not built_with_site(hugo_site, hugo_site.root / outside), outside


@needs_jekyll
def test_a_new_jekyll_post_gets_the_sites_values_and_renders_with_its_layout(
    tmp_path: Path,
) -> None:
    site = Site.open(make_jekyll_blog(tmp_path / "blog"))
    path = site.new_post("京都の秋", slug="kyoto-autumn", draft=False)
    text = path.read_text(encoding="utf-8")
    assert "layout: post\n" in text and "author: taro\n" in text
    assert '""' not in text  # values, not empty keys
    assert "+0900" in text  # the offset every post uses (no timezone in _config.yml)
    assert path.name.startswith(site.now().astimezone(TOKYO).strftime("%Y-%m-%d"))
    entry = site.entry(path)
    assert entry is not None and entry.date is not None
    _after_the_second_of(entry.date)
    built = jekyll_build(site.root, tmp_path / "out")
    assert built.returncode == 0, built.stderr
    page = _built_page(tmp_path / "out", post_url(entry, site.layout))
    assert 'data-layout="post"' in page and 'class="theme"' in page and "京都の秋" in page
    assert "taro" in page


@needs_jekyll
def test_publishing_a_jekyll_draft_with_its_chosen_date_builds_at_that_date(
    tmp_path: Path,
) -> None:
    site = Site.open(make_jekyll_blog(tmp_path / "blog"))
    when = datetime(2025, 11, 20, 8, 0, tzinfo=TOKYO)
    draft = site.new_post("嵐山", slug="arashiyama", draft=True, date=when)
    entry = site.entry(draft)
    assert entry is not None and entry.date == when
    published = site.publish(draft, date=entry.date)
    assert published.name == "2025-11-20-arashiyama.md"
    built = jekyll_build(site.root, tmp_path / "out")
    assert built.returncode == 0, built.stderr
    entry = site.entry(published)
    assert entry is not None
    assert "嵐山" in _built_page(tmp_path / "out", post_url(entry, site.layout))


@needs_hugo
def test_a_new_hugo_post_follows_the_sites_paths_and_archetype_and_hugo_lists_it(
    tmp_path: Path,
) -> None:
    site = Site.open(make_hugo_blog(tmp_path / "hugo"))
    when = datetime(2025, 11, 20, 9, 0, tzinfo=TOKYO)
    path = site.new_post("嵐山の紅葉", slug="arashiyama", draft=False, date=when)
    relative = path.relative_to(site.root).as_posix()
    assert relative == "content/ja/entry/2025/11/20/arashiyama.md"
    text = path.read_text(encoding="utf-8")
    assert 'title = "嵐山の紅葉"' in text  # the writer's title, not the archetype's
    assert 'date = "2025-11-20T09:00:00+09:00"' in text  # quoted, as the site's posts
    assert 'author = "taro"' in text and 'archive = ["2025"]' in text  # the archetype's
    assert "draft = false" in text
    assert relative in hugo_listed(site.root)
    built = hugo(site.root, "--destination", str(tmp_path / "public"))
    assert built.returncode == 0, built.stderr
    entry = site.entry(path)
    assert entry is not None
    url = post_url(entry, site.layout)
    assert url == "/entry/2025/11/20/arashiyama/"
    page = _built_page(tmp_path / "public", url)
    assert 'data-layout="single"' in page and "嵐山の紅葉" in page


@needs_hugo
def test_kiji_predicts_the_urls_hugo_builds_and_reports_no_false_problems(
    tmp_path: Path,
) -> None:
    site = Site.open(make_hugo_blog(tmp_path / "hugo"))
    built = hugo(site.root, "--destination", str(tmp_path / "public"))
    assert built.returncode == 0, built.stderr
    for entry in site.entries.values():
        url = post_url(entry, site.layout)
        assert url, entry.path
        assert (tmp_path / "public" / url.strip("/") / "index.html").is_file(), url
    kinds = {BROKEN_LINK, MISSING_IMAGE, DUPLICATE_SLUG}
    assert [p for p in site.check() if p.kind in kinds] == []
    # A link the build does not resolve is still reported.
    nara = next(p for p in site.entries if p.stem == "nara")
    write(nara, nara.read_text(encoding="utf-8") + "\n[gone](/entry/nothing-here/)\n")
    site.reindex([nara])
    problems = [p for p in site.check() if p.kind in kinds]
    assert [(p.path.stem, p.kind) for p in problems] == [("nara", BROKEN_LINK)]


@pytest.mark.parametrize("draft", [True, False])
def test_hugo_drafts_and_posts_get_the_archetypes_draft_flag(tmp_path: Path, draft: bool) -> None:
    site = Site.open(make_hugo_blog(tmp_path / "hugo"))
    path = site.new_post("下書き", slug="shitagaki", draft=draft)
    assert f"draft = {'true' if draft else 'false'}" in path.read_text(encoding="utf-8")
    entry = site.entry(path)
    assert entry is not None and entry.draft is draft


@needs_hugo
def test_a_new_post_in_another_language_goes_to_its_content_folder(tmp_path: Path) -> None:
    site = Site.open(make_hugo_blog(tmp_path / "hugo"))
    assert site.languages() == ["ja", "en"]
    when = datetime(2025, 11, 21, 9, 0, tzinfo=TOKYO)
    path = site.new_post("Arashiyama", slug="arashiyama", draft=False, date=when, language="en")
    relative = path.relative_to(site.root).as_posix()
    assert relative == "content/en/entry/2025/11/21/arashiyama.md"
    assert relative in hugo_listed(site.root)
    built = hugo(site.root, "--destination", str(tmp_path / "public"))
    assert built.returncode == 0, built.stderr
    entry = site.entry(path)
    assert entry is not None and post_url(entry, site.layout) == "/en/entry/2025/11/21/arashiyama/"
    assert "Arashiyama" in _built_page(tmp_path / "public", post_url(entry, site.layout))


@needs_hugo
def test_languages_by_file_name_get_the_language_in_the_name(tmp_path: Path) -> None:
    root = tmp_path / "hugo"
    write(
        root / "hugo.toml",
        'baseURL = "https://example.org/"\ndefaultContentLanguage = "ja"\n'
        "[languages.ja]\nweight = 1\n[languages.en]\nweight = 2\n",
    )
    write(root / "content" / "posts" / "tea.md", '+++\ntitle = "茶"\ndate = 2025-01-02\n+++\n')
    write(root / "layouts" / "_default" / "single.html", "{{ .Title }}")
    site = Site.open(root)
    when = datetime(2025, 1, 3, 9, 0, tzinfo=TOKYO)
    path = site.new_post("Coffee", slug="coffee", draft=False, date=when, language="en")
    assert path.relative_to(root).as_posix() == "content/posts/coffee.en.md"
    built = hugo(root, "--destination", str(tmp_path / "public"))
    assert built.returncode == 0, built.stderr
    entry = site.entry(path)
    assert entry is not None and post_url(entry, site.layout) == "/en/posts/coffee/"
    assert (tmp_path / "public" / "en" / "posts" / "coffee" / "index.html").is_file()


@needs_jekyll
@pytest.mark.parametrize("permalink", ["/:year/:month/:day/:title/", "date", "pretty", "none"])
def test_kiji_predicts_the_urls_jekyll_builds_collections_included(
    tmp_path: Path, permalink: str
) -> None:
    root = make_jekyll_blog(tmp_path / "blog")
    config = root / "_config.yml"
    text = config.read_text(encoding="utf-8").replace("/:year/:month/:day/:title/", permalink)
    config.write_text(text, encoding="utf-8")
    site = Site.open(root)
    built = jekyll_build(root, tmp_path / "out")
    assert built.returncode == 0, built.stderr
    for entry in site.entries.values():
        url = post_url(entry, site.layout)
        assert url, entry.path
        assert _built_page(tmp_path / "out", url), url
    osaka = root / "_posts" / "2025-11-02-osaka.md"
    note = post_url(next(e for e in site.entries.values() if e.kind == "collection"), site.layout)
    write(osaka, osaka.read_text(encoding="utf-8") + f"\n[持ち物]({note}) [なし](/notes/none/)\n")
    site.reindex([osaka])
    problems = [p for p in site.check() if p.kind in {BROKEN_LINK, MISSING_IMAGE}]
    assert [(p.path.name, "/notes/none/" in p.message) for p in problems] == [(osaka.name, True)]


@needs_hugo
def test_a_new_post_in_another_section_uses_that_sections_pattern(tmp_path: Path) -> None:
    root = make_hugo_blog(tmp_path / "hugo")
    write(
        root / "content" / "ja" / "diary" / "tea.md",
        '+++\ntitle = "茶"\ndate = "2024-08-01T10:00:00+09:00"\n+++\n',
    )
    site = Site.open(root)
    assert site.sections() == ["entry", "diary"] and site.sections("en") == []
    when = datetime(2025, 11, 22, 9, 0, tzinfo=TOKYO)
    path = site.new_post("紅茶", slug="koucha", draft=False, date=when, section="diary")
    relative = path.relative_to(root).as_posix()
    assert relative == "content/ja/diary/koucha.md"
    text = path.read_text(encoding="utf-8")
    assert 'title = "紅茶"' in text and "2025-11-22T09:00:00+09:00" in text  # default.md
    assert relative in hugo_listed(root)


@needs_jekyll
def test_a_new_collection_document_is_built_where_kiji_says(tmp_path: Path) -> None:
    site = Site.open(make_jekyll_blog(tmp_path / "blog"))
    assert site.sections() == ["posts", "notes"]
    path = site.new_post("雨具", slug="amagu", draft=False, section="notes")
    hidden = site.new_post("秘密", slug="himitsu", draft=True, section="notes")
    assert path == site.root / "_notes" / "amagu.md"
    assert "published: false" in hidden.read_text(encoding="utf-8")
    built = jekyll_build(site.root, tmp_path / "out")
    assert built.returncode == 0, built.stderr
    entry = site.entry(path)
    assert entry is not None
    url = post_url(entry, site.layout)
    assert (
        url == "/notes/amagu/" and (tmp_path / "out" / "notes" / "amagu" / "index.html").is_file()
    )
    assert not (tmp_path / "out" / "notes" / "himitsu").exists()


LATE = '\n\n---\ntitle: "遅れて始まる前付け"\ndraft: false\n---\n本文です。\n'


@needs_hugo
def test_hugo_reads_front_matter_after_blank_lines_and_so_does_kiji(tmp_path: Path) -> None:
    root = make_hugo_blog(tmp_path / "blog")
    post = root / "content" / "ja" / "late.md"
    post.write_text(LATE, encoding="utf-8")
    built = hugo(root, "--buildDrafts", "--buildFuture", "-d", str(tmp_path / "out"))
    assert built.returncode == 0, built.stderr
    pages = [
        text
        for page in (tmp_path / "out").rglob("*.html")
        if "本文です。" in (text := page.read_text(encoding="utf-8"))
    ]
    assert len(pages) == 1 and "遅れて始まる前付け" in pages[0]  # Hugo read the block
    assert "draft: false" not in pages[0]
    parsed = read_post(post)
    assert parsed.front_matter["title"] == "遅れて始まる前付け"
    assert parsed.body == "本文です。\n" and parsed.text() == LATE
    site = Site.open(root)
    assert site.entries[post.resolve()].title == "遅れて始まる前付け"
    assert not [p for p in site.check() if p.path == post.resolve()]


@needs_jekyll
def test_jekyll_publishes_late_front_matter_as_text_and_kiji_says_so(tmp_path: Path) -> None:
    root = make_jekyll_blog(tmp_path / "blog")
    post = root / "_posts" / "2025-11-20-late.md"
    post.write_text(LATE, encoding="utf-8")
    built = jekyll_build(root, tmp_path / "out")
    assert built.returncode == 0, built.stderr
    pages = [
        text
        for page in (tmp_path / "out").rglob("*.html")
        if "本文です。" in (text := page.read_text(encoding="utf-8"))
    ]
    assert len(pages) == 1 and "draft: false" in pages[0]  # the block became page text
    problems = [p for p in Site.open(root).check() if p.path == post.resolve()]
    assert any("very first line" in p.message for p in problems)
