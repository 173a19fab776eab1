"""Where posts and pages end up on the built site, and how link targets map to site paths.

Only as much of Jekyll's and Hugo's URL rules as the site checks need: the permalink
styles and placeholders posts commonly use, and the spellings of internal links.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote

from editor.core.discovery import MARKDOWN_SUFFIXES, page_files
from editor.core.site_index import PostEntry
from editor.core.site_layout import SiteLayout
from editor.core.site_paths import resolve_site_path
from editor.core.storage import read_regular_file

JEKYLL_PERMALINK_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}
_PLACEHOLDER = re.compile(
    r":(categories|year|month|day|i_month|i_day|short_year|hour|minute|"
    r"second|y_day|title|slug|output_ext|section|filename)"
)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_BASEURL = re.compile(r"^\{\{-?\s*site\.baseurl\s*-?\}\}")
_URL_FILTER = re.compile(r"^\{\{-?\s*(['\"])(.*?)\1\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}")
_PAGE_PERMALINK = re.compile(r"^permalink:[ \t]*['\"]?([^'\"\s#]+)", re.M)


def _expand(pattern: str, values: dict[str, str]) -> str:
    url = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), pattern)
    url = re.sub(r"/{2,}", "/", "/" + url)
    return url


def post_url(entry: PostEntry, layout: SiteLayout) -> str:
    """Return the URL path of a post on the built site (``""`` when it has no date or layout)."""
    if entry.permalink and ":" not in entry.permalink:
        return entry.permalink if entry.permalink.startswith("/") else "/" + entry.permalink
    when: datetime | None = entry.date
    if layout.kind == "jekyll":
        if when is None:
            return ""
        local = when.astimezone(layout.tz())
        pattern = entry.permalink or layout.permalink
        pattern = JEKYLL_PERMALINK_STYLES.get(pattern, pattern)
        values = {
            "categories": "/".join(c.lower() for c in entry.categories),
            "year": f"{local.year:04d}",
            "month": f"{local.month:02d}",
            "day": f"{local.day:02d}",
            "i_month": str(local.month),
            "i_day": str(local.day),
            "short_year": f"{local.year % 100:02d}",
            "hour": f"{local.hour:02d}",
            "minute": f"{local.minute:02d}",
            "second": f"{local.second:02d}",
            "y_day": f"{local.timetuple().tm_yday:03d}",
            "title": entry.slug,
            "slug": entry.slug,
            "output_ext": ".html",
        }
        return _expand(pattern, values)
    if layout.kind == "hugo" and layout.content_dir is not None:
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
            return _expand(f"/{section}/{entry.slug}/", {})
        values = {"section": section, "slug": entry.slug, "title": entry.slug}
        values["filename"] = entry.path.stem
        if when is not None:
            values |= {"year": f"{when.year:04d}", "month": f"{when.month:02d}"}
            values["day"] = f"{when.day:02d}"
        return _expand(pattern, values)
    return ""


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
