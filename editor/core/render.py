"""Markdown → preview HTML, Jekyll-aware, safe, and incremental.

The post body goes through Jekyll's Liquid pass (:mod:`editor.core.jekyll`), is split
into top-level blocks with markdown-it's block parser, and each block is rendered on
its own and cached by its source text. A keystroke therefore only re-renders the block
it touched: the preview patches blocks by index, and every block is exactly one element
carrying ``data-source-line`` (its first line in the body, 0-based).

What depends on the whole post is stitched afterwards, cheaply: duplicate heading ids
(``-1``, ``-2`` like GitHub), footnote numbers, the ``{:toc}`` table of contents and
the trailing footnotes section.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from markdown_it.token import Token

from editor.core.headings import HeadingInfo, toc_html
from editor.core.highlight import highlight_css
from editor.core.jekyll import (
    LiquidContext,
    is_ial_only,
    markers_to_html,
    preprocess_liquid,
    restore_liquid,
)
from editor.core.post_header import render_header
from editor.core.render_paths import SitePaths
from editor.core.render_rules import (
    FOOTNOTE_NUMBER_CLOSE,
    FOOTNOTE_NUMBER_OPEN,
    build_markdown,
    footnote_anchor,
)
from editor.core.sanitize import sanitize_html
from editor.core.siteconfig import load_site_config

__all__ = ["RenderedBlock", "Renderer", "highlight_css", "render_header", "render_markdown"]

_ROOT_TAG_RE = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)")
_FOOTNOTE_NUMBER_RE = re.compile(f"{FOOTNOTE_NUMBER_OPEN}([0-9a-f]*){FOOTNOTE_NUMBER_CLOSE}")
_TOC_SLOT = '<nav class="kiji-toc"></nav>'
_CACHE_SIZE = 4096


@dataclass(frozen=True)
class RenderedBlock:
    """One top-level element of the preview."""

    line: int  # 0-based index of the block's first line in the body
    html: str  # ONE element whose root tag carries data-source-line="<line>"


@dataclass(frozen=True)
class _Chunk:
    """A block's rendering before the post-wide stitching (cached by source text)."""

    html: str
    auto_ids: tuple[str, ...] = ()
    headings: tuple[HeadingInfo, ...] = ()
    footnotes: tuple[str, ...] = ()
    toc: bool = False


@dataclass(frozen=True)
class _Span:
    """A top-level block's lines in the body: ``[start, end)``, and its kind."""

    start: int
    end: int
    kind: str  # "block", "footnote" (a footnote definition) or "ial" (attribute list only)
    label: str = ""


def _normalize(text: str) -> str:
    # What markdown-it's own "normalize" core rule does, once for the whole body.
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\0", "\ufffd")


class Renderer:
    """Renders post bodies to preview blocks, reusing unchanged blocks between calls.

    One renderer serves one post (its folder resolves relative image paths). It is not
    thread-safe: give each render worker its own.
    """

    def __init__(
        self,
        site_root: Path | None = None,
        *,
        post_path: Path | None = None,
        allow_remote_images: bool = False,
        local_url: Callable[[str], str] | None = None,
    ) -> None:
        self._site_root = Path(site_root) if site_root is not None else None
        self._post_path = Path(post_path) if post_path is not None else None
        self._allow_remote = allow_remote_images
        self._local_url = local_url
        self._md = build_markdown()
        self._cache: OrderedDict[tuple[Any, ...], _Chunk] = OrderedDict()
        self._paths: SitePaths | None = None

    # -- settings ----------------------------------------------------------------------
    @property
    def allow_remote_images(self) -> bool:
        """Whether remote (http/https) images are loaded instead of shown as placeholders."""
        return self._allow_remote

    @allow_remote_images.setter
    def allow_remote_images(self, allowed: bool) -> None:
        self._allow_remote = allowed
        self._paths = None

    def _site_paths(self, config: Mapping[str, Any]) -> SitePaths:
        baseurl = str(config.get("baseurl") or "")
        site_url = str(config.get("url") or "")
        paths = self._paths
        if paths is None or paths.signature[1:3] != (baseurl.rstrip("/"), site_url.rstrip("/")):
            paths = SitePaths(
                self._site_root,
                self._post_path,
                allow_remote_images=self._allow_remote,
                local_url=self._local_url,
                baseurl=baseurl,
                site_url=site_url,
            )
            self._paths = paths
        return paths

    # -- block splitting ---------------------------------------------------------------
    def _split(self, text: str, env: dict[str, Any]) -> list[_Span]:
        tokens: list[Token] = []
        self._md.block.parse(text, self._md, env, tokens)
        spans: list[_Span] = []
        for index, token in enumerate(tokens):
            if token.level != 0 or token.nesting == -1 or token.map is None:
                continue
            start, end = token.map
            if token.type == "footnote_reference_open":
                spans.append(_Span(start, end, "footnote", str(token.meta.get("label", ""))))
            elif (
                token.type == "paragraph_open"
                and "{:" in tokens[index + 1].content
                and is_ial_only(tokens[index + 1].content)
            ):
                spans.append(_Span(start, end, "ial"))
            else:
                spans.append(_Span(start, end, "block"))
        # An attribute-list paragraph belongs to the block before it: render them together.
        merged: list[_Span] = []
        for span in spans:
            if span.kind == "ial":
                if merged and merged[-1].kind == "block":
                    merged[-1] = _Span(merged[-1].start, span.end, "block")
                continue
            merged.append(span)
        return merged

    # -- rendering one block -----------------------------------------------------------
    def _render_chunk(self, source: str, env_base: dict[str, Any], paths: SitePaths) -> _Chunk:
        env: dict[str, Any] = {
            "references": dict(env_base["references"]),
            "footnotes": {"refs": dict(env_base["footnote_refs"]), "list": {}},
            "kiji_paths": paths,
        }
        try:
            tokens = self._md.parse(source, env)
            top = [t for t in tokens if t.level == 0 and t.nesting >= 0 and t.block]
            toc = any(t.meta.get("kiji_toc") for t in top)
            if toc:
                html = _TOC_SLOT
            else:
                html = self._md.renderer.render(tokens, self._md.options, env).strip()
                if _has_raw_html(tokens):
                    html = sanitize_html(
                        html,
                        rewrite_image=paths.rewrite_for_sanitizer,
                        text_filter=markers_to_html,
                        attr_filter=restore_liquid,
                    )
                if len(top) != 1 or top[0].type == "html_block" or not html.startswith("<"):
                    html = f'<div class="kiji-block">{html}</div>'
        except Exception as error:  # bad input never takes the preview down
            return _Chunk(_error_block(source, error))
        return _Chunk(
            html,
            tuple(env.get("kiji_auto_ids", ())),
            tuple(env.get("kiji_headings", ())),
            tuple(env.get("kiji_footnotes", ())),
            toc,
        )

    def _render_footnote(self, source: str, env_base: dict[str, Any], paths: SitePaths) -> _Chunk:
        env: dict[str, Any] = {
            "references": dict(env_base["references"]),
            "footnotes": {"refs": dict(env_base["footnote_refs"]), "list": {}},
            "kiji_paths": paths,
        }
        try:
            tokens = self._md.parse(source, env)
            inner = [t for t in tokens if not t.type.startswith("footnote_reference_")]
            html = self._md.renderer.render(inner, self._md.options, env).strip()
            if _has_raw_html(inner):
                html = sanitize_html(
                    html,
                    rewrite_image=paths.rewrite_for_sanitizer,
                    text_filter=markers_to_html,
                    attr_filter=restore_liquid,
                )
        except Exception as error:
            return _Chunk(_error_block(source, error))
        return _Chunk(html, footnotes=tuple(env.get("kiji_footnotes", ())))

    def _cached(
        self, kind: str, source: str, signature: tuple[Any, ...], render: Callable[[], _Chunk]
    ) -> _Chunk:
        key = (kind, source, signature)
        chunk = self._cache.get(key)
        if chunk is not None:
            self._cache.move_to_end(key)
            return chunk
        chunk = render()
        self._cache[key] = chunk
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return chunk

    # -- the whole post ----------------------------------------------------------------
    def render_blocks(
        self, body: str, page: Mapping[str, Any] | None = None
    ) -> list[RenderedBlock]:
        """Render *body* (a post without its front matter) to top-level preview blocks.

        *page* is the post's front matter (for ``{{ page.x }}`` and the excerpt
        separator). Identical block source always gives identical block HTML, apart
        from footnote numbers.
        """
        config = load_site_config(self._site_root)
        page = page or {}
        paths = self._site_paths(config)
        context = LiquidContext(site=config, page=page)
        separator = str(page.get("excerpt_separator") or config.get("excerpt_separator") or "")
        text = preprocess_liquid(_normalize(body), context, separator)

        split_env: dict[str, Any] = {}
        spans = self._split(text, split_env)
        references = split_env.get("references", {})
        footnote_labels = sorted(split_env.get("footnotes", {}).get("refs", {}))
        env_base = {
            "references": references,
            "footnote_refs": {label: -1 for label in footnote_labels},
        }
        signature = (
            repr(sorted(references.items())),
            tuple(footnote_labels),
            paths.signature,
        )

        line_starts = [0]
        for match in re.finditer("\n", text):
            line_starts.append(match.end())
        line_starts.append(len(text) + 1)

        def source_of(span: _Span) -> str:
            end = min(span.end, len(line_starts) - 1)
            return text[line_starts[span.start] : line_starts[end] - 1]

        blocks: list[tuple[int, _Chunk]] = []
        definitions: dict[str, tuple[int, _Chunk]] = {}
        for span in spans:
            source = source_of(span)
            if span.kind == "footnote":
                chunk = self._cached(
                    "fn",
                    source,
                    signature,
                    lambda s=source: self._render_footnote(s, env_base, paths),
                )
                definitions.setdefault(span.label, (span.start, chunk))
            else:
                chunk = self._cached(
                    "block",
                    source,
                    signature,
                    lambda s=source: self._render_chunk(s, env_base, paths),
                )
                blocks.append((span.start, chunk))
        return _stitch(blocks, definitions)

    def render(self, body: str, page: Mapping[str, Any] | None = None) -> str:
        """Render *body* to one HTML string: the blocks of :meth:`render_blocks`, joined."""
        return "".join(block.html for block in self.render_blocks(body, page))


def _has_raw_html(tokens: list[Token]) -> bool:
    for token in tokens:
        if token.type in {"html_block", "html_inline"}:
            return True
        if token.children and any(child.type == "html_inline" for child in token.children):
            return True
    return False


def _error_block(source: str, error: Exception) -> str:
    reason = f"This block could not be rendered ({type(error).__name__}: {error})."
    return (
        f'<div class="kiji-block kiji-error"><p class="kiji-error-message">{escape(reason)}</p>'
        f"<pre>{escape(source, quote=False)}</pre></div>"
    )


def _with_line(html: str, line: int) -> str:
    match = _ROOT_TAG_RE.match(html)
    if match is None:  # never expected; still keep the one-element promise
        return f'<div class="kiji-block" data-source-line="{line}">{html}</div>'
    return f'{html[: match.end()]} data-source-line="{line}"{html[match.end() :]}'


def _dedupe_ids(
    html: str, auto_ids: tuple[str, ...], seen: dict[str, int]
) -> tuple[str, list[str]]:
    """Suffix repeated automatic heading ids (``-1``, ``-2``…); return the html and ids."""
    final: list[str] = []
    cursor = 0
    for anchor in auto_ids:
        count = seen.get(anchor, 0)
        seen[anchor] = count + 1
        final.append(f"{anchor}-{count}" if count else anchor)
        needle = f' id="{escape(anchor, quote=True)}"'
        position = html.find(needle, cursor)
        if position < 0:
            continue
        replacement = f' id="{escape(final[-1], quote=True)}"'
        html = html[:position] + replacement + html[position + len(needle) :]
        cursor = position + len(replacement)
    return html, final


def _stitch(
    blocks: list[tuple[int, _Chunk]], definitions: dict[str, tuple[int, _Chunk]]
) -> list[RenderedBlock]:
    seen_ids: dict[str, int] = {}
    numbers: dict[str, int] = {}
    headings: list[HeadingInfo] = []
    htmls: list[str] = []
    for _line, chunk in blocks:
        html = chunk.html
        if chunk.auto_ids:
            html, anchors = _dedupe_ids(html, chunk.auto_ids, seen_ids)
            renamed = iter(anchors)  # keep the table of contents in step with the ids
            headings.extend(
                HeadingInfo(h.level, next(renamed), h.text, h.in_toc, True) if h.auto else h
                for h in chunk.headings
            )
        else:
            headings.extend(chunk.headings)
        for label in chunk.footnotes:
            if label in definitions:
                numbers.setdefault(label, len(numbers) + 1)
        htmls.append(html)
    # Footnotes referenced only from other footnotes get numbers after the body's.
    for label in list(numbers):
        for inner in definitions[label][1].footnotes:
            if inner in definitions:
                numbers.setdefault(inner, len(numbers) + 1)

    def number_of(match: re.Match[str]) -> str:
        label = bytes.fromhex(match.group(1)).decode("utf-8", "replace")
        return str(numbers.get(label, "?"))

    result: list[RenderedBlock] = []
    toc: str | None = None
    for (line, chunk), html in zip(blocks, htmls, strict=True):
        if chunk.toc:
            toc = toc if toc is not None else toc_html(headings)
            html = f'<nav class="kiji-toc">{toc}</nav>'
        if FOOTNOTE_NUMBER_OPEN in html:
            html = _FOOTNOTE_NUMBER_RE.sub(number_of, html)
        result.append(RenderedBlock(line, _with_line(html, line)))
    if numbers:
        # Lines stay non-decreasing for scroll sync even when notes are defined mid-post.
        last_line = result[-1].line if result else 0
        result.append(_footnotes_block(numbers, definitions, number_of, last_line))
    return result


def _footnotes_block(
    numbers: dict[str, int],
    definitions: dict[str, tuple[int, _Chunk]],
    number_of: Callable[[re.Match[str]], str],
    last_line: int,
) -> RenderedBlock:
    items: list[str] = []
    for label in sorted(numbers, key=numbers.__getitem__):
        anchor = escape(footnote_anchor(label), quote=True)
        body = definitions[label][1].html
        if FOOTNOTE_NUMBER_OPEN in body:
            body = _FOOTNOTE_NUMBER_RE.sub(number_of, body)
        backref = f' <a href="#fnref-{anchor}" class="footnote-backref">↩︎</a>'
        if body.endswith("</p>"):
            body = body[:-4] + backref + "</p>"
        else:
            body += backref
        items.append(f'<li id="fn-{anchor}" class="footnote-item">{body}</li>')
    line = max(last_line, min(definitions[label][0] for label in numbers))
    html = (
        '<section class="footnotes"><hr class="footnotes-sep">'
        f'<ol class="footnotes-list">{"".join(items)}</ol></section>'
    )
    return RenderedBlock(line, _with_line(html, line))


def render_markdown(
    body: str, *, site_root: Path | None = None, page: Mapping[str, Any] | None = None
) -> str:
    """Render a post body to safe preview HTML (one-shot; see :class:`Renderer`)."""
    return Renderer(site_root).render(body, page)
