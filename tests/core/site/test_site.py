"""Tests for editor.core.site.site: opening a site, the index, creating and moving posts."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from editor.core.site.site import Site
from editor.core.site.site_errors import NameCollisionError, NotInSiteError, SiteError
from tests.core.site_fixtures import SEED, make_hugo_site, make_jekyll_site, write

TOKYO = ZoneInfo("Asia/Tokyo")
FIXED_NOW = datetime(2026, 1, 15, 9, 30, 0, tzinfo=TOKYO)


def fixed_clock() -> datetime:
    return FIXED_NOW


@pytest.fixture
def jekyll(tmp_path: Path) -> Site:
    return Site.open(make_jekyll_site(tmp_path / "blog"), clock=fixed_clock)


@pytest.fixture
def hugo(tmp_path: Path) -> Site:
    return Site.open(make_hugo_site(tmp_path / "hugo"), clock=fixed_clock)


def test_open_detects_jekyll_and_indexes_posts_and_drafts(jekyll: Site) -> None:
    assert jekyll.kind == "jekyll"
    names = [entry.path.name for entry in jekyll.posts]
    assert names == ["2025-12-28-llama4.md", "2025-11-02-hello.md", "idea.md"]
    seed = jekyll.posts[0]
    assert seed.title == "Llama 4の性能向上、その真意は何でしょうか？"
    assert seed.date == datetime(2025, 12, 28, 8, 41, 8, tzinfo=UTC)
    assert seed.status == "published"
    assert seed.tags == ("Google", "Microsoft", "Meta", "Amazon", "Apple", "LLM")
    assert seed.categories == ("AI最新ニュース",)
    assert seed.reading_minutes == 15
    draft = jekyll.posts[-1]
    assert (draft.draft, draft.status, draft.date) == (True, "draft", None)


def test_collections_are_indexed_but_not_posts(jekyll: Site) -> None:
    kinds = {entry.path.name: entry.kind for entry in jekyll.entries.values()}
    assert kinds["note.md"] == "collection"
    assert all(entry.kind != "collection" for entry in jekyll.posts)


def test_open_detects_hugo_and_plain(hugo: Site, tmp_path: Path) -> None:
    assert hugo.kind == "hugo"
    statuses = {entry.title: entry.status for entry in hugo.posts}
    assert statuses == {"First": "published", "Second": "draft"}
    write(tmp_path / "notes" / "a.md", "# A\n")
    plain = Site.open(tmp_path / "notes")
    assert plain.kind == "plain"
    assert [entry.path.name for entry in plain.posts] == ["a.md"]


def test_future_post_is_scheduled(jekyll: Site) -> None:
    path = jekyll.new_post("Later", date=FIXED_NOW + timedelta(days=3))
    assert jekyll.entry(path).status == "scheduled"


def test_new_jekyll_post_uses_defaults_and_common_keys(jekyll: Site) -> None:
    path = jekyll.new_post("Llama 4の性能向上")
    assert path.parent.name == "_posts"
    assert path.name == "2026-01-15-llama-4-no-seino-kojo.md"
    text = path.read_text(encoding="utf-8")
    assert text.startswith(
        '---\nlayout: post\ntitle: "Llama 4の性能向上"\ndate: 2026-01-15 09:30:00 +0900\n'
    )
    assert "comments: true\n" in text  # from _config.yml defaults
    assert "tags: []\n" in text and "categories: []\n" in text  # keys the posts use
    entry = jekyll.entry(path)
    assert entry.title == "Llama 4の性能向上"
    assert entry.date == FIXED_NOW


def test_new_draft_goes_to_drafts_with_given_slug(jekyll: Site) -> None:
    path = jekyll.new_post("何か", draft=True, slug="something")
    assert path == jekyll.root / "_drafts" / "something.md"
    assert jekyll.entry(path).status == "draft"


def test_new_post_refuses_to_overwrite(jekyll: Site) -> None:
    original = (jekyll.root / "_drafts" / "idea.md").read_bytes()
    with pytest.raises(NameCollisionError, match="already exists"):
        jekyll.new_post("x", draft=True, slug="idea")
    with pytest.raises(NameCollisionError, match="letter case"):
        jekyll.new_post("x", draft=True, slug="IDEA")
    assert (jekyll.root / "_drafts" / "idea.md").read_bytes() == original


def test_new_post_rejects_unsafe_slug_and_empty_title(jekyll: Site) -> None:
    with pytest.raises(SiteError, match="cannot be used as a file name"):
        jekyll.new_post("x", slug="../../etc")
    with pytest.raises(SiteError, match="needs a title"):
        jekyll.new_post("  ")


def test_new_hugo_post_follows_the_site_toml(hugo: Site) -> None:
    path = hugo.new_post("Third", draft=True)
    assert path == hugo.root / "content" / "posts" / "third.md"
    text = path.read_text(encoding="utf-8")
    assert text.startswith('+++\ntitle = "Third"\ndate = 2026-01-15T09:30:00+09:00\ndraft = true\n')
    assert hugo.entry(path).status == "draft"


def test_publish_jekyll_draft_moves_it_and_sets_the_date(jekyll: Site) -> None:
    draft = jekyll.root / "_drafts" / "idea.md"
    before = draft.read_text(encoding="utf-8")
    published = jekyll.publish(draft, date=datetime(2026, 1, 10, 20, 0, tzinfo=TOKYO))
    assert published == jekyll.root / "_posts" / "2026-01-10-idea.md"
    assert not draft.exists()
    after = published.read_text(encoding="utf-8")
    assert after == before.replace("---\n\n", "date: 2026-01-10 20:00:00 +0900\n---\n\n", 1)
    assert jekyll.entry(published).status == "published"
    assert jekyll.entry(draft) is None


def test_publish_refuses_a_published_post_and_collisions(jekyll: Site) -> None:
    with pytest.raises(SiteError, match="already published"):
        jekyll.publish(jekyll.root / "_posts" / "2025-11-02-hello.md")
    write(jekyll.root / "_posts" / "2026-01-15-idea.md", "---\ntitle: other\n---\n")
    with pytest.raises(NameCollisionError):
        jekyll.publish(jekyll.root / "_drafts" / "idea.md")
    assert (jekyll.root / "_drafts" / "idea.md").exists()


def test_publish_and_unpublish_hugo_in_place(hugo: Site) -> None:
    path = hugo.root / "content" / "posts" / "second.md"
    assert hugo.publish(path) == path
    assert "draft = false\n" in path.read_text(encoding="utf-8")
    assert hugo.entry(path).status == "published"
    hugo.unpublish(path)
    assert "draft = true\n" in path.read_text(encoding="utf-8")


def test_unpublish_jekyll_moves_back_to_drafts(jekyll: Site) -> None:
    post = jekyll.root / "_posts" / "2025-11-02-hello.md"
    data = post.read_bytes()
    draft = jekyll.unpublish(post)
    assert draft == jekyll.root / "_drafts" / "hello.md"
    assert draft.read_bytes() == data


def test_suggested_path_after_date_or_slug_change(jekyll: Site) -> None:
    post = jekyll.root / "_posts" / "2025-11-02-hello.md"
    assert jekyll.suggested_path(post) is None
    text = post.read_text(encoding="utf-8").replace("2025-11-02 10:00", "2025-11-05 10:00")
    post.write_text(text, encoding="utf-8")
    suggestion = jekyll.suggested_path(post)
    assert suggestion == post.with_name("2025-11-05-hello.md")
    assert jekyll.suggested_path(post, slug="bonjour") == post.with_name("2025-11-05-bonjour.md")
    renamed = jekyll.rename(post, suggestion)
    assert renamed.exists() and not post.exists()
    assert jekyll.entry(renamed) is not None


def test_suggested_path_can_take_the_post_as_indexed(jekyll: Site, monkeypatch) -> None:
    # At open the window asks what the name should be without reading the post again:
    # the index's reading is used while the file is as indexed, else the file is read.
    import editor.core.site.site as site_module

    post = jekyll.root / "_posts" / "2025-11-02-hello.md"
    reads: list[Path] = []
    real_read = site_module.read_entry

    def counted(path: Path, *args: object) -> object:
        reads.append(path)
        return real_read(path, *args)

    monkeypatch.setattr(site_module, "read_entry", counted)
    assert jekyll.suggested_path(post, indexed=True) is None
    assert reads == []  # from the index
    text = post.read_text(encoding="utf-8").replace("2025-11-02 10:00", "2025-11-05 10:00")
    post.write_text(text + "\n", encoding="utf-8")  # changed on disk, not re-indexed yet
    assert jekyll.suggested_path(post, indexed=True) == post.with_name("2025-11-05-hello.md")
    assert reads == [post]  # the stale entry was not trusted
    unindexed = jekyll.root / "_posts" / "2025-11-09-new.md"
    unindexed.write_text(text, encoding="utf-8")
    assert jekyll.suggested_path(unindexed, indexed=True) == post.with_name("2025-11-05-new.md")


def test_rename_never_overwrites(jekyll: Site) -> None:
    post = jekyll.root / "_posts" / "2025-11-02-hello.md"
    with pytest.raises(NameCollisionError):
        jekyll.rename(post, jekyll.root / "_posts" / SEED.name)
    assert post.exists()


def test_duplicate_makes_numbered_copies(jekyll: Site) -> None:
    post = jekyll.root / "_posts" / "2025-11-02-hello.md"
    first = jekyll.duplicate(post)
    second = jekyll.duplicate(post)
    assert first.name == "2025-11-02-hello-copy.md"
    assert second.name == "2025-11-02-hello-copy-2.md"
    assert first.read_bytes() == post.read_bytes()


@pytest.mark.skipif(sys.platform != "linux", reason="points the freedesktop trash at tmp_path")
def test_delete_moves_to_trash(jekyll: Site, tmp_path: Path, monkeypatch) -> None:
    # send2trash reads XDG_DATA_HOME at import time: redirect its home trash to tmp_path
    # so the test never touches the real trash.
    from send2trash import plat_other

    xdg = tmp_path / "xdg"
    monkeypatch.setattr(plat_other, "XDG_DATA_HOME", bytes(xdg))
    monkeypatch.setattr(plat_other, "HOMETRASH_B", bytes(xdg / "Trash"))
    monkeypatch.setattr(plat_other, "HOMETRASH", str(xdg / "Trash"))
    monkeypatch.setattr(plat_other, "get_dev", lambda path: 0)  # same "device" as the trash
    post = jekyll.root / "_posts" / "2025-11-02-hello.md"
    jekyll.delete(post)
    assert not post.exists()
    assert jekyll.entry(post) is None
    assert (xdg / "Trash" / "files" / "2025-11-02-hello.md").is_file()


def test_operations_refuse_paths_outside_the_site(jekyll: Site, tmp_path: Path) -> None:
    outside = write(tmp_path / "elsewhere.md", "x")
    with pytest.raises(NotInSiteError, match="not inside the site"):
        jekyll.duplicate(outside)
    with pytest.raises(NotInSiteError, match="does not exist"):
        jekyll.publish(jekyll.root / "_drafts" / "missing.md")


def test_taxonomy_counts_values(jekyll: Site) -> None:
    taxonomy = jekyll.taxonomy()
    assert taxonomy.tags[0] == ("LLM", 2)
    assert ("Diary", 1) in taxonomy.categories
    assert dict(taxonomy.authors) == {"ALLFORCES編集部": 1, "Taro": 1, "Hanako": 0}
    assert dict(taxonomy.layouts) == {"post": 3, "page": 0}
    assert ("title", 4) in taxonomy.keys
    assert jekyll.layouts() == ["post", "page"]


def test_reindex_picks_up_changes_and_removals(jekyll: Site) -> None:
    post = jekyll.root / "_posts" / "2025-11-02-hello.md"
    post.write_text(post.read_text(encoding="utf-8").replace('"Hello"', '"Changed"'))
    assert jekyll.reindex([post]) == [post]
    assert jekyll.entry(post).title == "Changed"
    assert jekyll.reindex([post]) == []
    post.unlink()
    assert jekyll.reindex([post]) == [post]
    assert jekyll.entry(post) is None


def test_add_image_uses_the_sites_link_style(jekyll: Site, tmp_path: Path) -> None:
    image = write(tmp_path / "スクリーンショット.PNG", "data")
    post = jekyll.root / "_posts" / "2025-11-02-hello.md"
    link = jekyll.add_image(image, post)
    assert link.path == jekyll.root / "assets/images/hello/sukurinshotto.png"
    assert link.markdown == (
        "![スクリーンショット]({{ site.baseurl }}/assets/images/hello/sukurinshotto.png)"
    )


def test_suggested_path_refuses_an_unsafe_slug(jekyll: Site) -> None:
    post = jekyll.root / "_posts" / "2025-11-02-hello.md"
    text = post.read_text(encoding="utf-8").replace("---\n\n", "slug: a/b\n---\n\n", 1)
    post.write_text(text, encoding="utf-8")
    with pytest.raises(SiteError, match="cannot be used as a file name"):
        jekyll.suggested_path(post)


def test_hugo_page_bundle_is_renamed_as_a_folder(hugo: Site) -> None:
    bundle = write(
        hugo.root / "content" / "posts" / "trip" / "index.md",
        '+++\ntitle = "Trip"\nslug = "journey"\n+++\n',
    )
    write(bundle.parent / "photo.png", "png")
    suggestion = hugo.suggested_path(bundle)
    assert suggestion == hugo.root / "content" / "posts" / "journey" / "index.md"
    moved = hugo.rename(bundle, suggestion)
    assert moved.is_file() and (moved.parent / "photo.png").is_file()
    assert not bundle.parent.exists()
    assert hugo.entry(moved).title == "Trip"


def test_publish_keeps_bom_crlf_and_comments(jekyll: Site) -> None:
    draft = jekyll.root / "_drafts" / "crlf.md"
    draft.write_bytes("\ufeff---\r\ntitle: 'x' # keep me\r\n---\r\n\r\n本文\r\n".encode())
    published = jekyll.publish(draft, date=datetime(2026, 1, 2, 3, 4, 5, tzinfo=TOKYO))
    expected = (
        "\ufeff---\r\ntitle: 'x' # keep me\r\n"
        "date: 2026-01-02 03:04:05 +0900\r\n---\r\n\r\n本文\r\n"
    )
    assert published.read_bytes() == expected.encode()


def test_publish_refuses_broken_front_matter_untouched(jekyll: Site) -> None:
    draft = write(jekyll.root / "_drafts" / "broken.md", "---\ntitle: [\n---\nText\n")
    before = draft.read_bytes()
    with pytest.raises(SiteError, match="line"):
        jekyll.publish(draft)
    assert draft.read_bytes() == before
    assert not list((jekyll.root / "_posts").glob("*broken*"))


def test_new_post_file_date_is_in_the_site_timezone(jekyll: Site) -> None:
    # 20:00 UTC on the 1st is already the 2nd in Tokyo.
    path = jekyll.new_post("Late", date=datetime(2026, 1, 1, 20, 0, tzinfo=UTC))
    assert path.name == "2026-01-02-late.md"
    assert "date: 2026-01-01 20:00:00 +0000\n" in path.read_text(encoding="utf-8")


def test_change_slug_renames_and_updates_a_front_matter_slug(tmp_path: Path) -> None:
    from editor.core.site.site_errors import InvalidSlugError, NameCollisionError

    root = tmp_path / "blog"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: t\n", encoding="utf-8")
    post = root / "_posts" / "2025-01-02-old.md"
    post.write_bytes(b'---\ntitle: "x"\nslug: old\ntags: [a]\n---\nbody\n')
    other = root / "_posts" / "2025-01-02-taken.md"
    other.write_bytes(b"---\ntitle: y\n---\n")
    site = Site.open(root)
    assert site.current_slug(post) == "old"
    with pytest.raises(NameCollisionError):
        site.change_slug(post, "taken")
    with pytest.raises(InvalidSlugError):
        site.change_slug(post, "a/b")
    assert post.read_bytes().startswith(b'---\ntitle: "x"\nslug: old\n')
    new = site.change_slug(post, "tokyo-ramen")
    assert new.name == "2025-01-02-tokyo-ramen.md"
    assert new.read_bytes() == b'---\ntitle: "x"\nslug: tokyo-ramen\ntags: [a]\n---\nbody\n'
