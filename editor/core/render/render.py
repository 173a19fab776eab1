"""Markdown → preview HTML, Jekyll-aware, safe, and incremental.

The post body goes through Jekyll's Liquid pass (:mod:`editor.core.render.liquid`), is split
into top-level blocks with markdown-it's block parser, and each block is rendered on
its own and cached by its source text. A keystroke therefore only re-renders the block
it touched: the preview patches blocks by index, and every block is exactly one element
carrying ``data-source-line`` (its first line in the body, 0-based).

What depends on the whole post is stitched afterwards, cheaply: duplicate heading ids
(``-1``, ``-2`` like GitHub), footnote numbers, the ``{:toc}`` table of contents and
the trailing footnotes section.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from editor.core.render.highlight import highlight_css
from editor.core.render.jekyll_includes import SiteIncludes
from editor.core.render.kramdown import markdown_html_events, take_abbreviations
from editor.core.render.liquid import (
    Included,
    IncludeHtml,
    LiquidContext,
    absolute_url,
    markers_to_html,
    preprocess_liquid,
    relative_url,
    restore_liquid,
)
from editor.core.render.placeholders import scrub_noncharacters
from editor.core.render.post_header import render_header
from editor.core.render.render_flavour import apply_flavour
from editor.core.render.render_paths import LocalUrl, SitePaths
from editor.core.render.render_rules import build_markdown
from editor.core.render.render_split import BlockSplitter, RawSpan
from editor.core.render.render_stitch import (
    TOC_SLOT,
    BlockRender,
    RenderedBlock,
    Stitcher,
)
from editor.core.render.sanitize import sanitize_html
from editor.core.render.shortcodes import is_hugo_site, preprocess_shortcodes, shows_code
from editor.core.site.generator import MarkdownFlavour
from editor.core.site.generators import PLAIN, generator_for
from editor.core.site.siteconfig import find_config_file, load_site_config

__all__ = ["RenderedBlock", "Renderer", "highlight_css", "render_header", "render_markdown"]

_CACHE_SIZE = 4096


@dataclass(frozen=True)
class _Split:
    """The blocks to render, where each came from, and the post-wide definitions."""

    spans: list[RawSpan]
    regions: list[str]  # "head"/"tail": carried over from the previous split; "": new
    parts: list[tuple[int, ...]]  # the first lines of the split's blocks in each span
    references: dict[str, Any]
    footnote_labels: tuple[str, ...]


def _normalize(text: str) -> str:
    # What markdown-it's own "normalize" core rule does, once for the whole body; and
    # no noncharacter, so the renderer's placeholders cannot be forged.
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return scrub_noncharacters(text.replace("\0", "\ufffd"))


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
        local_url: LocalUrl | None = None,
        splitter_factory: Callable[[MarkdownIt], BlockSplitter] = BlockSplitter,
    ) -> None:
        self._site_root = Path(site_root) if site_root is not None else None
        self._post_path = Path(post_path) if post_path is not None else None
        self._allow_remote = allow_remote_images
        self._local_url = local_url
        self._new_splitter = splitter_factory  # tests pass one that is incremental sooner
        self._flavour = MarkdownFlavour()
        self._md = build_markdown()
        self._splitter = self._new_splitter(self._md)
        self._previous: tuple[tuple[Any, ...], list[BlockRender]] = ((), [])
        self._cache_size = _CACHE_SIZE
        self._cache: OrderedDict[tuple[Any, ...], BlockRender] = OrderedDict()
        self._stitcher = Stitcher()
        self._paths: SitePaths | None = None
        self._includes: tuple[Mapping[str, Any], SiteIncludes] | None = None
        self._shortcodes: tuple[Mapping[str, Any], Callable[[str], bool]] | None = None
        # markdown-it's core rules after "block", for the parser they were taken from.
        self._after_block: tuple[MarkdownIt | None, list[Callable[..., Any]]] = (None, [])

    # -- settings ----------------------------------------------------------------------
    @property
    def allow_remote_images(self) -> bool:
        """Whether remote (http/https) images are loaded instead of shown as placeholders."""
        return self._allow_remote

    @allow_remote_images.setter
    def allow_remote_images(self, allowed: bool) -> None:
        self._allow_remote = allowed
        self._paths = None

    def _site_paths(self, config: Mapping[str, Any], hugo: bool) -> SitePaths:
        if hugo:
            # Hugo: baseURL = "https://host/path/"; "/x.png" is served from static/x.png.
            parts = urlsplit(str(config.get("baseURL") or config.get("baseurl") or ""))
            site_url = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
            baseurl, absolute_root = parts.path, "static"
        else:
            baseurl = str(config.get("baseurl") or "")
            site_url, absolute_root = str(config.get("url") or ""), ""
        wanted = (baseurl.rstrip("/"), site_url.rstrip("/"), absolute_root)
        paths = self._paths
        if paths is None or paths.signature[1:4] != wanted:
            paths = SitePaths(
                self._site_root,
                self._post_path,
                allow_remote_images=self._allow_remote,
                local_url=self._local_url,
                baseurl=baseurl,
                site_url=site_url,
                absolute_root=absolute_root,
            )
            self._paths = paths
        return paths

    def _follow_flavour(self, config: Mapping[str, Any]) -> None:
        """Use the site generator's emphasis and typography (its configuration may change)."""
        root = self._site_root
        generator = generator_for(root, find_config_file(root)) if root is not None else PLAIN
        flavour = generator.markdown_flavour(config)
        if flavour != self._flavour:
            self._flavour = flavour
            self._md = apply_flavour(build_markdown(), flavour)
            self._splitter = self._new_splitter(self._md)
            self._previous = ((), [])
            self._cache.clear()

    # -- block splitting ---------------------------------------------------------------
    def _split(self, text: str) -> _Split:
        result = self._splitter.split(text)
        head, tail = self._splitter.last_kept
        tail_from = len(result.spans) - tail
        # An attribute-list paragraph belongs to the block before it: render them together.
        merged: list[RawSpan] = []
        parts: list[tuple[int, ...]] = []
        # Per merged span: "head"/"tail" when all of it was carried over unchanged from
        # that end of the previous split, "" when any part of it is new.
        regions: list[str] = []
        for index, span in enumerate(result.spans):
            region = "head" if index < head else "tail" if index >= tail_from else ""
            if span.kind == "ial":
                if merged and merged[-1].kind == "block":
                    merged[-1] = RawSpan(merged[-1].start, span.end, "block")
                    parts[-1] += (span.start,)
                    if regions[-1] != region:
                        regions[-1] = ""
                continue
            merged.append(span)
            parts.append((span.start,))
            regions.append(region)
        return _Split(merged, regions, parts, result.references, result.footnote_labels)

    def _parsed_blocks(self, parts: tuple[int, ...], start: int) -> list[Token] | None:
        """The block tokens the split just parsed for the span of blocks *parts* that
        begins at line *start*, their lines counted from the span's first (as a parse of
        the span's text alone gives them); ``None`` when the split did not parse them."""
        tokens: list[Token] = []
        for first in parts:
            block = self._splitter.take_tokens(first)
            if block is None:
                return None
            tokens += block
        for token in tokens:
            if token.map is not None:
                token.map = [token.map[0] - start, token.map[1] - start]
        return tokens

    def _parse(self, source: str, env: dict[str, Any], blocks: list[Token] | None) -> list[Token]:
        """markdown-it's parse of *source*; from its block tokens when the split has them
        (the rest of the core chain runs on them: the text is not parsed twice)."""
        if blocks is None:
            return self._md.parse(source, env)
        md = self._md
        if self._after_block[0] is not md:
            names = md.core.ruler.get_active_rules()
            rules = md.core.ruler.getRules("")
            self._after_block = (md, rules[names.index("block") + 1 :])
        state = StateCore(source, md, env, blocks)
        for rule in self._after_block[1]:
            rule(state)
        return state.tokens

    # -- rendering one block -----------------------------------------------------------
    def _render_chunk(
        self,
        source: str,
        env_base: dict[str, Any],
        paths: SitePaths,
        blocks: list[Token] | None = None,
    ) -> BlockRender:
        env = _chunk_env(env_base, paths)
        try:
            tokens = self._parse(source, env, blocks)
            top = [t for t in tokens if t.level == 0 and t.nesting >= 0 and t.block]
            toc = any(t.meta.get("kiji_toc") for t in top)
            if toc:
                html = TOC_SLOT
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
            return BlockRender(_error_block(source, error))
        events: tuple[tuple[str, bool], ...] = ()
        if self._flavour.markdown_in_html:
            for token in top:
                if token.type == "html_block":
                    events += markdown_html_events(token.content)
        return BlockRender(
            html,
            tuple(env.get("kiji_auto_ids", ())),
            tuple(env.get("kiji_headings", ())),
            tuple(env.get("kiji_footnotes", ())),
            toc,
            events,
        )

    def _render_new_block(
        self,
        source: str,
        *,
        env_base: dict[str, Any],
        paths: SitePaths,
        parts: tuple[int, ...],
        start: int,
    ) -> BlockRender:
        """Render a block the cache did not have, from the split's tokens when it has them."""
        return self._render_chunk(source, env_base, paths, self._parsed_blocks(parts, start))

    def _render_footnote(
        self, source: str, env_base: dict[str, Any], paths: SitePaths
    ) -> BlockRender:
        env = _chunk_env(env_base, paths)
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
            return BlockRender(_error_block(source, error))
        return BlockRender(html, footnotes=tuple(env.get("kiji_footnotes", ())))

    def _cached(
        self,
        kind: str,
        source: str,
        signature: tuple[Any, ...],
        render: Callable[[str], BlockRender],
    ) -> BlockRender:
        key = (kind, source, signature)
        chunk = self._cache.get(key)
        if chunk is not None:
            self._cache.move_to_end(key)
            return chunk
        chunk = render(source)
        self._cache[key] = chunk
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return chunk

    # -- the whole post ----------------------------------------------------------------
    def _include_html(
        self, config: Mapping[str, Any], page: Mapping[str, Any], paths: SitePaths
    ) -> IncludeHtml | None:
        """How this post's ``{% include %}`` tags become HTML: the site's ``_includes``
        rendered by Liquid, then converted like the post (``None`` without a site)."""
        root = self._site_root
        if root is None:
            return None
        if self._includes is None or self._includes[0] is not config:
            site = LiquidContext(site=config)
            urls = (lambda p: relative_url(p, site), lambda p: absolute_url(p, site))
            self._includes = (config, SiteIncludes(root, config, urls, self._markdownify))
        includes = self._includes[1]
        if not includes.available:
            return None

        def include_html(arguments: str, block: bool) -> Included | None:
            text = includes.render(arguments, page)
            if text is None:
                return None
            env = _chunk_env({"references": {}, "footnote_refs": {}}, paths)
            html = self._md.render(text, env) if block else self._md.renderInline(text, env)
            html = sanitize_html(
                html,
                rewrite_image=paths.rewrite_for_sanitizer,
                text_filter=markers_to_html,
                attr_filter=restore_liquid,
            ).strip()
            return Included(
                html, tuple(env.get("kiji_auto_ids", ())), tuple(env.get("kiji_headings", ()))
            )

        return include_html

    def _code_shortcodes(self, config: Mapping[str, Any]) -> Callable[[str], bool]:
        """Which of the Hugo site's shortcodes show their content as code (Hugo runs no
        Liquid: shortcodes are its only tags)."""
        if self._shortcodes is None or self._shortcodes[0] is not config:
            theme = config.get("theme")
            theme = theme[0] if isinstance(theme, list) and theme else theme
            self._shortcodes = (config, shows_code(self._site_root, str(theme or "")))
        return self._shortcodes[1]

    def _markdownify(self, text: str) -> str:
        """Jekyll's ``markdownify`` filter, with the preview's converter."""
        paths = self._paths
        env = _chunk_env({"references": {}, "footnote_refs": {}}, paths) if paths else {}
        return str(self._md.render(text, env))

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
        hugo = is_hugo_site(self._site_root)
        self._follow_flavour(config)
        paths = self._site_paths(config, hugo)
        if hugo:
            text = preprocess_shortcodes(_normalize(body), self._code_shortcodes(config))
        else:
            separator = str(page.get("excerpt_separator") or config.get("excerpt_separator") or "")
            include = self._include_html(config, page, paths)
            context = LiquidContext(site=config, page=page, include=include)
            text = preprocess_liquid(_normalize(body), context, separator)
        abbreviations: dict[str, str] = {}
        if self._flavour.abbreviations:
            text, abbreviations = take_abbreviations(text)

        previous_signature, previous_chunks = self._previous
        self._previous = ((), [])  # until this render completes
        split = self._split(text)
        references = split.references
        env_base = {
            "references": references,
            "footnote_refs": {label: -1 for label in split.footnote_labels},
            "kiji_abbreviations": abbreviations,
        }
        signature = (
            repr(sorted(references.items())),
            repr(sorted(abbreviations.items())),
            tuple(split.footnote_labels),
            paths.signature,
        )
        lines = self._splitter.lines

        def render_footnote(source: str) -> BlockRender:
            return self._render_footnote(source, env_base, paths)

        # Blocks the splitter carried over keep their previous render: no source slicing,
        # hashing or cache look-up, so a keystroke costs the blocks it changed.
        previous = previous_chunks if previous_signature == signature else []
        shift = len(previous) - len(split.spans)
        chunks: list[BlockRender] = []
        blocks: list[tuple[int, BlockRender]] = []
        definitions: dict[str, tuple[int, BlockRender]] = {}
        for index, (span, region) in enumerate(zip(split.spans, split.regions, strict=True)):
            if previous and region:
                chunk = previous[index if region == "head" else index + shift]
            else:
                # Each line with its line end, as the whole body has it: markdown-it keeps
                # an HTML block's last line end, so the block renders as in a whole parse.
                source = "\n".join(lines[span.start : span.end])
                if span.end < len(lines):
                    source += "\n"
                if span.kind == "footnote":
                    chunk = self._cached("fn", source, signature, render_footnote)
                else:
                    render_block = partial(
                        self._render_new_block,
                        env_base=env_base,
                        paths=paths,
                        parts=split.parts[index],
                        start=span.start,
                    )
                    chunk = self._cached("block", source, signature, render_block)
            chunks.append(chunk)
            if span.kind == "footnote":
                definitions.setdefault(span.label, (span.start, chunk))
            else:
                blocks.append((span.start, chunk))
        self._previous = (signature, chunks)
        # The cache holds at least every block of the post twice over: never smaller than
        # the post, or each keystroke would evict the blocks the next one needs.
        self._cache_size = max(_CACHE_SIZE, 2 * len(chunks))
        return self._stitcher.stitch(blocks, definitions)

    def render(self, body: str, page: Mapping[str, Any] | None = None) -> str:
        """Render *body* to one HTML string: the blocks of :meth:`render_blocks`, joined."""
        return "".join(block.html for block in self.render_blocks(body, page))


def _chunk_env(env_base: dict[str, Any], paths: SitePaths) -> dict[str, Any]:
    """A fresh markdown-it environment for one block: the post's link and footnote
    definitions (copied, so a block cannot change them for the next) and its image paths."""
    return {
        "references": dict(env_base["references"]),
        "footnotes": {"refs": dict(env_base["footnote_refs"]), "list": {}},
        "kiji_paths": paths,
        "kiji_abbreviations": env_base.get("kiji_abbreviations", {}),
    }


def _has_raw_html(tokens: list[Token]) -> bool:
    for token in tokens:
        if token.type in {"html_block", "html_inline"}:
            return True
        if token.children and any(child.type == "html_inline" for child in token.children):
            return True
    return False


def _error_block(source: str, error: Exception) -> str:
    reason = restore_liquid(f"This block could not be rendered ({type(error).__name__}: {error}).")
    return (
        f'<div class="kiji-block kiji-error"><p class="kiji-error-message">{escape(reason)}</p>'
        f"<pre>{escape(restore_liquid(source), quote=False)}</pre></div>"
    )


def render_markdown(
    body: str, *, site_root: Path | None = None, page: Mapping[str, Any] | None = None
) -> str:
    """Render a post body to safe preview HTML (one-shot; see :class:`Renderer`)."""
    return Renderer(site_root).render(body, page)
