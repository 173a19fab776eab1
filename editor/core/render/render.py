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

from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from html import escape
from operator import attrgetter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from weakref import WeakMethod

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
from editor.core.render.render_edit import PreparedText, lines_after_edit, prepare
from editor.core.render.render_flavour import apply_flavour
from editor.core.render.render_paths import LocalUrl, SitePaths
from editor.core.render.render_rules import build_markdown
from editor.core.render.render_split import BlockSplitter, RawSpan, SplitResult
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
class _Last:
    """What the latest render kept for the next: its blocks, their renders, its lines."""

    signature: tuple[Any, ...]
    spans: list[RawSpan]  # the merged spans (an attribute list joined to its block)
    parts: list[tuple[int, ...]]
    chunks: list[BlockRender]
    line_count: int
    notes: list[int]  # indexes into spans of the footnote definitions


_START = attrgetter("start")


def _merge_spans(
    spans: Sequence[RawSpan], head: int, tail_from: int, first: int = 0, stop: int | None = None
) -> tuple[list[RawSpan], list[str], list[tuple[int, ...]]]:
    """Join each attribute-list paragraph to the block before it (they render together),
    over the split's spans ``[first, stop)``; with each merged span its region ("head" or
    "tail" when all of it was carried over unchanged from that end of the previous split,
    "" when any part of it is new) and the first lines of its parts."""
    merged: list[RawSpan] = []
    parts: list[tuple[int, ...]] = []
    regions: list[str] = []
    for index in range(first, len(spans) if stop is None else stop):
        span = spans[index]
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
    return merged, regions, parts


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
        self._last: _Last | None = None
        self._prepared: PreparedText | None = None  # the body split last, as prepared
        self._abbreviations: dict[str, str] = {}
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
            self._last = None
            self._cache.clear()

    # -- block tokens ----------------------------------------------------------------
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
            # Weakly: the includes belong to this renderer, and a strong bound method
            # would make the two a cycle that only a full garbage collection frees,
            # every cached block with it (a long post's: ~150 ms holding the lock).
            markdownify = _weak_method(self._markdownify)
            self._includes = (config, SiteIncludes(root, config, urls, markdownify))
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

    def _split_body(
        self,
        body: str,
        config: Mapping[str, Any],
        page: Mapping[str, Any],
        paths: SitePaths,
        hugo: bool,
    ) -> tuple[SplitResult, dict[str, str]]:
        """Split *body* into blocks; with its abbreviations. After an edit that only
        touched lines the preparation leaves as they are, from the edited lines alone
        (:mod:`editor.core.render.render_edit`); else the whole body is prepared (line
        ends and noncharacters normalised, Liquid tags or Hugo shortcodes replaced,
        abbreviation definitions taken out, each keeping the lines where they are) and
        split."""
        separator = ""
        if not hugo:
            separator = str(page.get("excerpt_separator") or config.get("excerpt_separator") or "")
        depends_on = (config, page, self._flavour, paths.signature)
        prepared, self._prepared = self._prepared, None  # until this split completes
        edit = None
        if prepared is not None and len(body) >= self._splitter.min_chars:
            edit = lines_after_edit(prepared, body, depends_on)
        if prepared is not None and edit is not None:
            lines, first, kept = edit
            abbreviations = self._abbreviations
            raw = self._splitter.split_edit(lines, first, kept)
            prepared = prepared.after_edit(body, self._splitter.lines)
        else:
            if hugo:
                text = preprocess_shortcodes(_normalize(body), self._code_shortcodes(config))
            else:
                include = self._include_html(config, page, paths)
                context = LiquidContext(site=config, page=page, include=include)
                text = preprocess_liquid(_normalize(body), context, separator)
            abbreviations = {}
            if self._flavour.abbreviations:
                text, abbreviations = take_abbreviations(text)
            raw = self._splitter.split(text)
            prepared = prepare(body, self._splitter.lines, depends_on, separator, hugo=hugo)
        self._prepared, self._abbreviations = prepared, abbreviations
        return raw, abbreviations

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
        raw, abbreviations = self._split_body(body, config, page, paths, hugo)
        head, tail = self._splitter.last_kept
        references = raw.references
        env_base = {
            "references": references,
            "footnote_refs": {label: -1 for label in raw.footnote_labels},
            "kiji_abbreviations": abbreviations,
        }
        signature = (
            repr(sorted(references.items())),
            repr(sorted(abbreviations.items())),
            tuple(raw.footnote_labels),
            paths.signature,
        )
        lines = self._splitter.lines
        last, self._last = self._last, None  # until this render completes
        if last is not None and last.signature != signature:
            last = None
        render = partial(
            self._render_span, lines=lines, env_base=env_base, paths=paths, signature=signature
        )
        if (
            last is not None
            and self._splitter.last_was_incremental
            and len(lines) == last.line_count
        ):
            edited = self._render_edit(last, raw.spans, head, len(raw.spans) - tail, render)
            if edited is not None:
                return edited

        spans, regions, parts = _merge_spans(raw.spans, head, len(raw.spans) - tail)
        # Blocks the splitter carried over keep their previous render: no source slicing,
        # hashing or cache look-up, so a keystroke costs the blocks it changed.
        previous = last.chunks if last is not None else []
        shift = len(previous) - len(spans)
        chunks: list[BlockRender] = []
        blocks: list[tuple[int, BlockRender]] = []
        definitions: dict[str, tuple[int, BlockRender]] = {}
        notes: list[int] = []
        for index, (span, region) in enumerate(zip(spans, regions, strict=True)):
            if previous and region:
                chunk = previous[index if region == "head" else index + shift]
            else:
                chunk = render(span, parts[index])
            chunks.append(chunk)
            if span.kind == "footnote":
                definitions.setdefault(span.label, (span.start, chunk))
                notes.append(index)
            else:
                blocks.append((span.start, chunk))
        self._keep(_Last(signature, spans, parts, chunks, len(lines), notes))
        return self._stitcher.stitch(blocks, definitions)

    def _render_span(
        self,
        span: RawSpan,
        parts: tuple[int, ...],
        *,
        lines: list[str],
        env_base: dict[str, Any],
        paths: SitePaths,
        signature: tuple[Any, ...],
    ) -> BlockRender:
        """The render of one merged span of the latest split: from the cache when its
        source and the post-wide definitions are the same, else rendered now."""
        # Each line with its line end, as the whole body has it: markdown-it keeps an
        # HTML block's last line end, so the block renders as in a whole parse.
        source = "\n".join(lines[span.start : span.end])
        if span.end < len(lines):
            source += "\n"
        if span.kind == "footnote":
            render_note = partial(self._render_footnote, env_base=env_base, paths=paths)
            return self._cached("fn", source, signature, render_note)
        render_block = partial(
            self._render_new_block, env_base=env_base, paths=paths, parts=parts, start=span.start
        )
        return self._cached("block", source, signature, render_block)

    def _render_edit(
        self,
        last: _Last,
        spans: Sequence[RawSpan],
        head: int,
        tail_from: int,
        render: Callable[[RawSpan, tuple[int, ...]], BlockRender],
    ) -> list[RenderedBlock] | None:
        """Render an edit that kept the line count by splicing: only the merged spans
        around the split's new blocks are merged and rendered again, and the stitcher
        splices their results in, so the cost does not grow with the post. ``None`` when
        the edit reaches something the whole post depends on (a heading, a footnote):
        then the full path runs."""
        old = last.spans
        # The merged span holding the last carried-over block at the head may take in an
        # attribute list from the new blocks; merging starts again at its first block.
        first = max(bisect_right(old, spans[head - 1].start, key=_START) - 1, 0) if head else 0
        stop = (
            bisect_left(old, spans[tail_from].start, key=_START)
            if tail_from < len(spans)
            else len(old)
        )
        begin = bisect_left(spans, old[first].start, key=_START) if first else 0
        end = bisect_left(spans, old[stop].start, key=_START) if stop < len(old) else len(spans)
        middle, regions, parts = _merge_spans(spans, head, tail_from, begin, end)
        if any(span.kind == "footnote" for span in (*old[first:stop], *middle)):
            return None
        chunks = [
            last.chunks[first + index] if region == "head" else render(span, parts[index])
            for index, (span, region) in enumerate(zip(middle, regions, strict=True))
        ]
        # The split parses again from a block or two above the edit; those come back from
        # the cache as the same renders at the same lines and are not spliced.
        while (
            chunks and first < stop and _same(old[first], last.chunks[first], middle[0], chunks[0])
        ):
            first, middle, parts, chunks = first + 1, middle[1:], parts[1:], chunks[1:]
        while (
            chunks
            and first < stop
            and _same(old[stop - 1], last.chunks[stop - 1], middle[-1], chunks[-1])
        ):
            stop, middle, parts, chunks = stop - 1, middle[:-1], parts[:-1], chunks[:-1]
        # Stitched blocks leave the footnote definitions out: index them without those.
        block_first = first - bisect_left(last.notes, first)
        block_stop = stop - bisect_left(last.notes, stop)
        result = self._stitcher.splice(
            block_first,
            block_stop,
            [(span.start, chunk) for span, chunk in zip(middle, chunks, strict=True)],
        )
        if result is None:
            return None
        shift = len(middle) - (stop - first)
        notes = [note if note < first else note + shift for note in last.notes]
        self._keep(
            _Last(
                last.signature,
                [*old[:first], *middle, *old[stop:]],
                [*last.parts[:first], *parts, *last.parts[stop:]],
                [*last.chunks[:first], *chunks, *last.chunks[stop:]],
                last.line_count,
                notes,
            )
        )
        return result

    def _keep(self, last: _Last) -> None:
        self._last = last
        # Tokens of blocks the split parsed but the render took from its cache: kept,
        # they would be tens of thousands of live objects for a long post, each one more
        # for every garbage collection to walk (while it holds the interpreter lock).
        self._splitter.drop_tokens()
        # The cache holds at least every block of the post twice over: never smaller than
        # the post, or each keystroke would evict the blocks the next one needs.
        self._cache_size = max(_CACHE_SIZE, 2 * len(last.chunks))

    def render(self, body: str, page: Mapping[str, Any] | None = None) -> str:
        """Render *body* to one HTML string: the blocks of :meth:`render_blocks`, joined."""
        return "".join(block.html for block in self.render_blocks(body, page))


def _same(old: RawSpan, old_chunk: BlockRender, new: RawSpan, new_chunk: BlockRender) -> bool:
    """Whether a merged span and its render are unchanged (same lines, the same render)."""
    return old_chunk is new_chunk and old == new


def _weak_method(method: Callable[[str], str]) -> Callable[[str], str]:
    """``method``, called through a weak reference to its object (no reference cycle)."""
    weak = WeakMethod(method)

    def call(text: str) -> str:
        bound = weak()
        if bound is None:
            raise ReferenceError("the renderer this include belonged to is gone")
        return bound(text)

    return call


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
