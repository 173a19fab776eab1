"""Where posts and pages end up on the built site, and how link targets map to site paths.

Only as much of Jekyll's and Hugo's URL rules as the site checks need: the permalink
styles and placeholders posts commonly use, and the spellings of internal links.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote

from editor.core.post.storage import read_regular_file
from editor.core.site.discovery import MARKDOWN_SUFFIXES, page_files
from editor.core.site.generator_jekyll import JEKYLL_PERMALINK_STYLES as JEKYLL_PERMALINK_STYLES
from editor.core.site.post_entries import PostEntry
from editor.core.site.site_layout import SiteLayout
from editor.core.site.site_paths import resolve_site_path

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_BASEURL = re.compile(r"^\{\{-?\s*site\.baseurl\s*-?\}\}")
_URL_FILTER = re.compile(r"^\{\{-?\s*(['\"])(.*?)\1\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}")
_PAGE_PERMALINK = re.compile(r"^permalink:[ \t]*['\"]?([^'\"\s#]+)", re.M)


def post_url(entry: PostEntry, layout: SiteLayout) -> str:
    """Return the URL path of a post on the built site (``""`` when it has no date or layout)."""
    if entry.permalink and ":" not in entry.permalink:
        return entry.permalink if entry.permalink.startswith("/") else "/" + entry.permalink
    return layout.generator.post_url(entry, layout)


def page_urls(layout: SiteLayout) -> set[str]:
    """Return the URL paths of the site's pages (Markdown/HTML files outside ``_`` folders)."""
    urls: set[str] = set()
    for path in page_files(layout):
        try:
            head = read_regular_file(path)[0][:8000].decode("utf-8", "replace")[:2000]
        except OSError:  # gone, a pipe, a link that loops
            continue
        match = _PAGE_PERMALINK.search(head) if head.startswith("---") else None
        if match:
            urls.add(match.group(1))
            continue
        relative = "/" + path.relative_to(layout.root).with_suffix(".html").as_posix()
        urls.add(relative)
        if path.stem == "index":
            urls.add(relative[: -len("index.html")])
    return urls


def normalise_target(target: str, layout: SiteLayout) -> str | None:
    """Return a link target as a site path (``/a/b`` or a relative ``a/b``), or ``None``.

    ``None`` means the target is external, an in-page anchor, or Liquid the editor cannot
    evaluate, so the checks leave it alone.
    """
    target = target.strip().strip("<>")
    match = _URL_FILTER.match(target)
    if match:
        target = match.group(2)
        if not target.startswith("/"):
            target = "/" + target
    else:
        baseurl = _BASEURL.match(target)
        if baseurl:
            target = target[baseurl.end() :]
    if not target or "{{" in target or "{%" in target or target.startswith(("#", "//", "?")):
        return None
    if _SCHEME.match(target):
        return None
    target = unquote(re.split(r"[#?]", target, maxsplit=1)[0])
    if not target:
        return None
    if layout.baseurl and target.startswith(layout.baseurl + "/"):
        target = target[len(layout.baseurl) :]
    return target


def url_variants(url: str) -> set[str]:
    """Return the spellings that reach the same page: ``/a/``, ``/a``, ``/a.html``, index."""
    base = url.rstrip("/") or "/"
    variants = {url, base, base + "/", base + ".html", base + "/index.html"}
    if base.endswith(".html"):
        variants.add(base[: -len(".html")])
        variants.add(base[: -len(".html")] + "/")
    if base.endswith("/index.html"):
        variants.add(base[: -len("index.html")])
    return variants


def post_for_link(url_path: str, entries: Iterable[PostEntry], layout: SiteLayout) -> Path | None:
    """The post or page a link in the preview leads to, or ``None`` when none of the site's.

    ``url_path`` is the (percent-encoded) path of the clicked ``kiji-site:`` link: either a
    source file of the site (``/_posts/2025-01-01-a.md``) or a built URL
    (``/2025/01/01/a.html``, ``/blog/a/`` under a ``baseurl``), matched in all the
    spellings that reach the same page.
    """
    entries = list(entries)
    file = resolve_site_path(layout.root, url_path)
    if file is not None and file.suffix.lower() in MARKDOWN_SUFFIXES:
        return file
    target = unquote(url_path)
    if layout.baseurl and target.startswith(layout.baseurl + "/"):
        target = target[len(layout.baseurl) :]
    wanted = url_variants(target)
    for entry in entries:
        url = post_url(entry, layout)
        if url and url_variants(url) & wanted:
            return entry.path
    return None
