"""The one walk of a site: which files are posts, drafts, pages and collection documents."""

from __future__ import annotations

import os
from pathlib import Path

from editor.core.site.discovery import (
    document_kind,
    layout_names,
    page_files,
    post_files,
    site_documents,
    walk,
)
from editor.core.site.site_layout import detect_layout
from tests.core.site_fixtures import make_hugo_site, make_jekyll_site, write


def _names(paths: list[Path], root: Path) -> list[str]:
    return [p.relative_to(root).as_posix() for p in paths]


def test_walk_skips_build_and_hidden_folders(tmp_path: Path) -> None:
    for name in ("a.md", "_site/b.md", ".git/c.md", "node_modules/d.md", "sub/e.markdown"):
        write(tmp_path / name, "x")
    write(tmp_path / ".hidden.md", "x")
    found = walk([tmp_path])
    assert _names(found.files, tmp_path) == ["a.md", "sub/e.markdown"]
    assert tmp_path / "sub" in found.folders and tmp_path / "_site" not in found.folders


def test_every_markdown_suffix_is_a_post(tmp_path: Path) -> None:
    for suffix in (".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".MD", ".txt", ".html"):
        write(tmp_path / "_posts" / f"2025-01-01-a{suffix}", "x")
    layout = detect_layout(tmp_path)
    names = sorted(p.suffix for p in post_files(layout))
    assert names == [".MD", ".markdown", ".md", ".mdown", ".mkd", ".mkdn"]
    assert {p.suffix for p in site_documents(layout)} == set(names)


def test_walk_order_is_depth_first_and_sorted(tmp_path: Path) -> None:
    for name in ("b/x.md", "a/z.md", "a/sub/y.md", "top.md"):
        write(tmp_path / name, "x")
    assert _names(walk([tmp_path]).files, tmp_path) == ["top.md", "a/z.md", "a/sub/y.md", "b/x.md"]


def test_links_to_folders_are_never_entered(tmp_path: Path) -> None:
    outside = write(tmp_path / "outside" / "secret.md", "x").parent
    root = tmp_path / "site"
    write(root / "a.md", "x")
    (root / "loop").symlink_to(root, target_is_directory=True)
    (root / "out.md").symlink_to(outside, target_is_directory=True)  # a folder named like a post
    (root / "self.md").symlink_to("self.md")  # a link to itself is listed, for the reader
    found = walk([root, root])
    assert _names(found.files, root) == ["a.md", "self.md"]
    assert found.folders == [root]


def test_unreadable_and_missing_folders_are_skipped(tmp_path: Path) -> None:
    write(tmp_path / "ok" / "a.md", "x")
    locked = write(tmp_path / "locked" / "b.md", "x").parent
    os.chmod(locked, 0)
    try:
        found = walk([tmp_path / "missing", tmp_path / "ok", locked])
    finally:
        os.chmod(locked, 0o755)
    assert _names(found.files, tmp_path) == ["ok/a.md"] or os.geteuid() == 0


def test_jekyll_documents_and_kinds(tmp_path: Path) -> None:
    layout = detect_layout(make_jekyll_site(tmp_path / "blog"))
    root = layout.root
    write(root / "docs" / "index.html", "x")
    write(root / "_includes" / "nav.html", "x")
    assert _names(page_files(layout), root) == ["about.md", "docs/index.html"]
    kinds = {
        p.relative_to(root).as_posix(): document_kind(p, layout) for p in site_documents(layout)
    }
    assert kinds["_drafts/idea.md"] == "draft"
    assert kinds["_notes/note.md"] == "collection"
    assert kinds["about.md"] == "page"
    assert kinds["_posts/2025-11-02-hello.md"] == "post"
    assert "_includes/nav.html" not in kinds


def test_hugo_and_plain_sites_have_no_pages(tmp_path: Path) -> None:
    hugo = detect_layout(make_hugo_site(tmp_path / "hugo"))
    write(hugo.root / "README.md", "x")
    assert page_files(hugo) == []
    assert _names(site_documents(hugo), hugo.root) == [
        "content/posts/first.md",
        "content/posts/second.md",
    ]
    assert {document_kind(p, hugo) for p in site_documents(hugo)} == {"post"}
    write(tmp_path / "plain" / "a.md", "x")
    plain = detect_layout(tmp_path / "plain")
    assert _names(site_documents(plain), plain.root) == ["a.md"]


def test_layout_names(tmp_path: Path) -> None:
    root = make_jekyll_site(tmp_path / "blog")
    write(root / "_layouts" / ".DS_Store", "x")
    write(root / "_layouts" / "notes.txt", "x")
    assert layout_names(root / "_layouts") == ["page", "post"]
    hugo = make_hugo_site(tmp_path / "hugo")
    write(hugo / "layouts" / "_default" / "single.html", "x")
    assert layout_names(hugo / "layouts" / "_default") == ["single"]
    assert layout_names(tmp_path / "missing" / "_layouts") == []
