"""Which files of a site are its documents: the one walk of a site's folders.

Every part of Kiji that needs "the site's posts" asks this module: the index build, the
index service's folder rescans, Find in Site, the site checks' list of pages and the
layout names the form offers. So one set of Markdown suffixes, one skip list and one
rule for what a post, a draft, a page or a collection document is hold everywhere.

The walk never enters a symbolic link to a folder (a link cannot loop it or lead it out
of the site) and never enters a folder twice; a link to a file is listed like the file,
and the reader reports a link that loops or leads nowhere. Folders Kiji is given are
expected to be real paths (:func:`~editor.core.site.site_paths.real_path`), as
:func:`~editor.core.site.site_layout.detect_layout` makes them.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from editor.core.site.site_layout import SiteLayout

__all__ = [
    "LAYOUT_SUFFIXES",
    "MARKDOWN_SUFFIXES",
    "PAGE_SUFFIXES",
    "SKIPPED_DIRS",
    "DocumentKind",
    "Walk",
    "document_kind",
    "files_in",
    "is_markdown",
    "layout_names",
    "page_files",
    "post_files",
    "site_documents",
    "walk",
]

DocumentKind = Literal["post", "draft", "collection", "page"]

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})
"""What Jekyll's ``markdown_ext`` and Hugo's content formats read as Markdown."""
PAGE_SUFFIXES = MARKDOWN_SUFFIXES | {".html", ".htm"}
"""Jekyll pages: Markdown or HTML files outside the ``_`` folders."""
LAYOUT_SUFFIXES = frozenset({".html", ".htm", ".liquid", ".md", ".markdown"})
"""Files in a layouts folder that are layouts (``post.html`` is the layout ``post``)."""
# Build output, dependencies and caches: never documents. Dot-folders are skipped too.
SKIPPED_DIRS = frozenset(
    {
        "_site",
        ".jekyll-cache",
        ".sass-cache",
        "node_modules",
        "vendor",
        "public",
        "resources",
        ".git",
        ".hg",
        ".svn",
    }
)


@dataclass(frozen=True, slots=True)
class Walk:
    """What one walk found: the matching files (in walk order) and every folder entered."""

    files: list[Path]
    folders: list[Path]


def is_markdown(name: str) -> bool:
    """Whether a file called ``name`` is Markdown (by its suffix; hidden files are not)."""
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in MARKDOWN_SUFFIXES


def _skipped(name: str, skip_underscored: bool) -> bool:
    return (
        name.startswith(".") or name in SKIPPED_DIRS or (skip_underscored and name.startswith("_"))
    )


def _leads_to_folder(link: os.DirEntry[str]) -> bool:
    try:
        return link.is_dir()
    except OSError:  # a link that loops: listed, so the reader can report it
        return False


def walk(
    folders: Iterable[Path],
    *,
    suffixes: Collection[str] = MARKDOWN_SUFFIXES,
    skip_underscored: bool = False,
) -> Walk:
    """Walk ``folders`` (depth first, names sorted) for files whose suffix is in ``suffixes``.

    Hidden files and folders, :data:`SKIPPED_DIRS` and (with ``skip_underscored``) folders
    starting with ``_`` are left out. Symbolic links to folders are not entered; a folder
    reached twice (nested ``folders``) is walked once. Folders that cannot be read are
    skipped, never raised. Missing ``folders`` are ignored.
    """
    files: list[Path] = []
    entered: list[Path] = []
    seen: set[str] = set()
    stack = [str(folder) for folder in reversed(list(folders))]
    while stack:
        folder = stack.pop()
        if folder in seen:
            continue
        seen.add(folder)
        try:
            with os.scandir(folder) as items:
                listing = sorted(items, key=lambda item: item.name)
        except OSError:  # gone, not a folder, no permission
            continue
        entered.append(Path(folder))
        subfolders: list[str] = []
        for item in listing:
            name = item.name
            real_folder = item.is_dir(follow_symlinks=False)
            linked_folder = not real_folder and item.is_symlink() and _leads_to_folder(item)
            if real_folder:
                if not _skipped(name, skip_underscored):
                    subfolders.append(item.path)
            elif linked_folder:
                continue  # never entered: it could loop or lead out of the site
            elif not name.startswith(".") and os.path.splitext(name)[1].lower() in suffixes:
                files.append(Path(item.path))
        stack.extend(reversed(subfolders))
    return Walk(files, entered)


def files_in(folder: Path, suffixes: Collection[str]) -> list[Path]:
    """The regular files directly in ``folder`` with one of ``suffixes``, sorted.

    For a folder of settings (Hugo's ``config/_default/``), not a site's content: no
    subfolder is entered. An unreadable or missing folder has none.
    """
    try:
        with os.scandir(folder) as items:
            found = [
                Path(item.path)
                for item in items
                if os.path.splitext(item.name)[1] in suffixes and item.is_file()
            ]
    except OSError:
        return []
    return sorted(found)


def post_files(layout: SiteLayout) -> list[Path]:
    """Every post, draft and collection document of the site (what the index lists)."""
    return layout.generator.documents(walk(layout.watched_dirs()).files, layout)


def page_files(layout: SiteLayout) -> list[Path]:
    """The site's pages, as its generator defines them (Jekyll: files outside ``_`` folders).

    Hugo keeps every document under its content folders and a plain folder holds only
    posts, so both have no pages.
    """
    return layout.generator.page_files(layout)


def site_documents(layout: SiteLayout) -> list[Path]:
    """Every document a writer edits: posts, drafts, collection documents and pages."""
    return list(dict.fromkeys([*post_files(layout), *page_files(layout)]))


def document_kind(path: Path, layout: SiteLayout) -> DocumentKind:
    """Whether ``path`` is a post, a draft, a collection document or a page of ``layout``."""
    return layout.generator.document_kind(path, layout)


def layout_names(folder: Path) -> list[str]:
    """The layout names the layouts ``folder`` defines (``post.html`` is ``post``), sorted."""
    try:
        with os.scandir(folder) as items:
            names = {
                os.path.splitext(item.name)[0]
                for item in items
                if not item.name.startswith(".")
                and os.path.splitext(item.name)[1].lower() in LAYOUT_SUFFIXES
                and item.is_file()
            }
    except OSError:  # no layouts folder, or one that cannot be read
        return []
    return sorted(names)
