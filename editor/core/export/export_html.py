"""Turn a post into a standalone HTML document: for "Export HTML", PDF printing and the clipboard.

The HTML comes from the same renderer as the preview (so Liquid, kramdown and math look
the same, and the sanitizer has already removed every script), wrapped in a page that
carries its own stylesheet and metadata, with images either linked relative to the
exported file or embedded as data URIs.
"""

from __future__ import annotations

import base64
import mimetypes
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote

from editor.core.post.storage import read_regular_file
from editor.core.render.render import Renderer, highlight_css, render_header
from editor.core.site.site_layout import SiteLayout
from editor.core.site.site_paths import resolve_site_path

# Embedding a huge file would make an unusable export; such images stay linked.
MAX_EMBEDDED_IMAGE_BYTES = 20 * 1024 * 1024


class ImageMode(Enum):
    """How an exported file refers to the site's images."""

    LINK = "link"  # a relative path from the exported file to the image in the site
    EMBED = "embed"  # the image's bytes inside the HTML as a data: URI


@dataclass(frozen=True)
class ExportOptions:
    """What the writer chose in the export dialog."""

    images: ImageMode = ImageMode.EMBED
    dark: bool = False
    mincho: bool = False
    """明朝 (serif) body text instead of the sans face."""
    embeddable_fonts: bool = False
    """Prefer fonts with TrueType outlines and real bold faces (for PDF: Chromium embeds
    those as named CID fonts, while the CFF-based Noto CJK and any synthesised bold or
    italic become unnamed Type 3 fonts, which print workflows reject)."""


EMBEDDABLE_FONTS_CSS = """
:root {
  --kiji-font-sans: "DejaVu Sans", "BIZ UDPGothic", "IPAexGothic", "IPAGothic", "Yu Gothic",
    "Meiryo", sans-serif;
  --kiji-font-serif: "DejaVu Serif", "BIZ UDPMincho", "IPAexMincho", "IPAMincho", "Yu Mincho",
    serif;
  --kiji-font-mono: "DejaVu Sans Mono", "BIZ UDGothic", "IPAexGothic", Consolas, monospace;
}
/* 明朝 has no bold face here: bold text is set in ゴシック, as Japanese print does. */
html.mincho strong,
html.mincho b,
html.mincho th,
html.mincho dt {
  font-family: var(--kiji-font-sans);
}
/* A bold or italic face a font lacks would be drawn, and embedded as Type 3. */
html {
  font-synthesis: none;
}
body {
  font-family: var(--kiji-font-body, var(--kiji-font-sans));
}
html.mincho body {
  font-family: var(--kiji-font-serif);
}
h1, h2, h3, h4, h5, h6 {
  font-family: var(--kiji-font-sans);
}
code, pre, kbd, samp {
  font-family: var(--kiji-font-mono);
}
"""
"""Font stacks with TrueType Japanese faces first, for documents printed to PDF."""


def image_url_for(
    site_root: Path | None, target: Path | None, mode: ImageMode
) -> Callable[[str], str | None]:
    """Return the ``local_url`` hook the renderer calls for each site image.

    Images are found exactly as the preview's ``kiji-site:`` handler finds them
    (:func:`~editor.core.site.site_paths.resolve_site_path`): a file outside the site, missing
    or not a regular file gives ``None``, so the renderer shows its placeholder and the
    file is never read, linked or embedded.
    """

    def url(site_path: str) -> str | None:
        if site_root is None:
            return None
        file = resolve_site_path(site_root, quote(site_path))
        if file is None:
            return None
        if mode is ImageMode.EMBED:
            try:
                data, _identity = read_regular_file(file, MAX_EMBEDDED_IMAGE_BYTES)
            except OSError:  # too large (stays linked) or gone since it was found
                data = None
            if data is not None:
                mime = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
                return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
        if target is None:
            return file.as_uri()
        return quote(Path(os.path.relpath(file, target.parent)).as_posix())

    return url


def _meta_text(value: Any) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return "" if value is None else str(value)


def _metadata(page: Mapping[str, Any]) -> str:
    names = {"author": "author", "excerpt": "description", "description": "description"}
    lines = [
        f'<meta name="{name}" content="{escape(_meta_text(page[key]), quote=True)}">'
        for key, name in names.items()
        if page.get(key)
    ]
    if page.get("tags"):
        lines.append(f'<meta name="keywords" content="{escape(_meta_text(page["tags"]), True)}">')
    if page.get("date"):
        lines.append(f'<meta name="date" content="{escape(_meta_text(page["date"]), True)}">')
    return "\n".join(lines)


def document_title(page: Mapping[str, Any], fallback: str = "") -> str:
    """The post's title for a document's ``<title>`` (and a PDF's title)."""
    title = page.get("title")
    return str(title).strip() if title else fallback


def _image_root(site_root: Path | None, post_path: Path | None) -> Path | None:
    # Like the preview: a post outside any site may use the images of its own folder.
    return site_root or (post_path.parent if post_path is not None else None)


def export_content(
    body: str,
    page: Mapping[str, Any],
    *,
    site_root: Path | None = None,
    post_path: Path | None = None,
    target: Path | None = None,
    options: ExportOptions | None = None,
) -> str:
    """Return the post's rendered body alone (no header, no page around it)."""
    options = options or ExportOptions()
    renderer = Renderer(
        site_root,
        post_path=post_path,
        local_url=image_url_for(_image_root(site_root, post_path), target, options.images),
    )
    return renderer.render(body, page)


def export_html(
    body: str,
    page: Mapping[str, Any],
    *,
    stylesheet: str,
    site_root: Path | None = None,
    post_path: Path | None = None,
    target: Path | None = None,
    options: ExportOptions | None = None,
) -> str:
    """Return the post as one standalone HTML document (UTF-8, no script, own CSS)."""
    options = options or ExportOptions()
    content = export_content(
        body, page, site_root=site_root, post_path=post_path, target=target, options=options
    )
    fallback = post_path.stem if post_path else "Kiji"
    title = escape(document_title(page, fallback))
    flags = (("dark", options.dark), ("mincho", options.mincho))
    classes = " ".join(name for name, on in flags if on)
    html_class = f' class="{classes}"' if classes else ""
    language = escape(str(page.get("lang") or "ja"), quote=True)
    fonts = EMBEDDABLE_FONTS_CSS if options.embeddable_fonts else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{language}"{html_class}>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<title>{title}</title>\n<meta name="generator" content="Kiji">\n'
        f"{_metadata(page)}\n"
        f"<style>\n{stylesheet}\n{highlight_css(options.dark)}\n{fonts}</style>\n</head>\n"
        "<body>\n"
        f'<article class="post">\n<div id="post-header">{render_header(page)}</div>\n'
        f'<div id="content">{content}</div>\n</article>\n</body>\n</html>\n'
    )


def document_info(page: Mapping[str, Any], fallback: str) -> dict[str, str]:
    """A PDF's document information (``Title``, ``Author``…) from the post's front matter."""
    return {
        "Title": document_title(page, fallback),
        "Author": str(page.get("author") or ""),
        "Subject": str(page.get("excerpt") or page.get("description") or ""),
        "Creator": "Kiji",
    }


@dataclass(frozen=True)
class ExportSource:
    """The post being exported, as every exporter takes it: text, front matter, site."""

    body: str
    page: Mapping[str, Any]
    stylesheet: str = ""
    site_root: Path | None = None
    post_path: Path | None = None

    def html(self, target: Path | None = None, options: ExportOptions | None = None) -> str:
        """The standalone document (:func:`export_html`); ``target`` is where it will live."""
        return export_html(
            self.body,
            self.page,
            stylesheet=self.stylesheet,
            site_root=self.site_root,
            post_path=self.post_path,
            target=target,
            options=options,
        )

    def content(self, options: ExportOptions | None = None) -> str:
        """The rendered body alone (:func:`export_content`), images resolved for no file."""
        return export_content(
            self.body,
            self.page,
            site_root=self.site_root,
            post_path=self.post_path,
            options=options,
        )


def suggested_target(post_path: Path | None, suffix: str, folder: Path) -> Path:
    """Where the export dialog first proposes to write: ``folder`` (the last export folder,
    else Documents), named after the post; ``post`` for an unsaved one.

    Never beside the post: a file left inside the site is built and published with it
    (Jekyll makes an ``.html`` in ``_posts`` another post, Hugo a page of ``content``) and
    committed with it. A page bundle's ``index.md`` is named after its folder.
    """
    if post_path is None:
        return folder / f"post{suffix}"
    stem = post_path.parent.name if post_path.stem in {"index", "_index"} else post_path.stem
    return folder / f"{stem}{suffix}"


def built_with_site(layout: SiteLayout | None, target: Path) -> bool:
    """Whether an export written at ``target`` would be read by the site's build."""
    return layout is not None and layout.generator.takes_file(layout, target)
