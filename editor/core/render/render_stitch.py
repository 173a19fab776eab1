"""Stitching rendered blocks into the preview: what depends on the whole post.

Blocks are rendered and cached one by one (:mod:`editor.core.render.render`); this module
adds the parts that depend on other blocks, cheaply and on every render: the
``data-source-line`` of each block, GitHub's ``-1``/``-2`` suffixes for repeated
heading ids, footnote numbers, the ``{:toc}`` table of contents and the trailing
footnotes section.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from editor.core.render.headings import HeadingInfo, kramdown_basic_id, toc_html
from editor.core.render.placeholders import FOOTNOTE_NUMBER
from editor.core.render.render_rules import footnote_anchor

_ROOT_TAG_RE = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)")
TOC_SLOT = '<nav class="kiji-toc"></nav>'


@dataclass(frozen=True)
class RenderedBlock:
    """One top-level element of the preview."""

    line: int  # 0-based index of the block's first line in the body
    content: str  # ONE element, without its data-source-line (what the page diffs)

    @property
    def html(self) -> str:
        """The element with ``data-source-line="<line>"`` on its root tag."""
        return with_source_line(self.content, self.line)


@dataclass(frozen=True)
class BlockRender:
    """One block's rendering before the post-wide stitching (cached by source text)."""

    html: str
    auto_ids: tuple[str, ...] = ()
    headings: tuple[HeadingInfo, ...] = ()
    footnotes: tuple[str, ...] = ()
    toc: bool = False
    html_events: tuple[tuple[str, bool], ...] = ()
    """``markdown="1"`` elements this block's raw HTML opens and the tags it closes
    (:func:`editor.core.render.kramdown.markdown_html_events`)."""
    stands_alone: bool = field(init=False, compare=False, repr=False)
    """True when nothing else in the post changes this block's final HTML: no heading,
    footnote reference or number, table of contents or ``markdown="1"`` element. Most
    blocks are such paragraphs, and stitching passes them through untouched."""

    numbered: bool = field(init=False, compare=False, repr=False)
    """True when the HTML holds footnote numbers, which are known only for the whole post."""

    def __post_init__(self) -> None:
        numbered = bool(self.footnotes) or FOOTNOTE_NUMBER.open in self.html
        alone = not (self.auto_ids or self.headings or self.toc or self.html_events or numbered)
        object.__setattr__(self, "numbered", numbered)
        object.__setattr__(self, "stands_alone", alone)


def with_source_line(html: str, line: int) -> str:
    """Add ``data-source-line`` to the root element of one block's *html*."""
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
        if not count:  # the first of its name keeps it (and the html stays the same object)
            cursor = position + len(needle)
            continue
        replacement = f' id="{escape(final[-1], quote=True)}"'
        html = html[:position] + replacement + html[position + len(needle) :]
        cursor = position + len(replacement)
    return html, final


def _ids_inside_markdown_html(
    html: str, chunk: BlockRender, seen: dict[str, int]
) -> tuple[str, BlockRender]:
    """Give a block inside a ``markdown="1"`` element kramdown's own heading ids, numbered
    apart from the GFM ones (``section``, ``section-1``…), as Jekyll's pages have them."""
    auto = [h for h in chunk.headings if h.auto]
    renamed: dict[int, str] = {}
    cursor = 0
    for index, (anchor, heading) in enumerate(zip(chunk.auto_ids, auto, strict=False)):
        base = kramdown_basic_id(heading.text)
        count = seen.get(base, -1) + 1
        seen[base] = count
        final = f"{base}-{count}" if count else base
        renamed[index] = final
        needle = f' id="{escape(anchor, quote=True)}"'
        position = html.find(needle, cursor)
        if position >= 0:
            replacement = f' id="{escape(final, quote=True)}"'
            html = html[:position] + replacement + html[position + len(needle) :]
            cursor = position + len(replacement)
    names = iter(renamed.get(i, a) for i, a in enumerate(chunk.auto_ids))
    headings = tuple(
        HeadingInfo(h.level, next(names, h.anchor), h.text, h.in_toc, True) if h.auto else h
        for h in chunk.headings
    )
    return html, BlockRender(html, (), headings, chunk.footnotes, chunk.toc, chunk.html_events)


def _follow_markdown_html(stack: list[str], events: tuple[tuple[str, bool], ...]) -> None:
    for name, opens in events:
        if opens:
            stack.append(name)
        elif name in stack:
            del stack[len(stack) - 1 - stack[::-1].index(name) :]


def _dedupe_footnote_refs(html: str, labels: tuple[str, ...], seen: dict[str, int]) -> str:
    """Give the second and later references to one footnote their own ids (``fnref-a-2``)."""
    cursor = 0
    for label in labels:
        count = seen.get(label, 0)
        seen[label] = count + 1
        needle = f' id="fnref-{escape(footnote_anchor(label), quote=True)}"'
        position = html.find(needle, cursor)
        if position < 0:
            continue
        if count:
            replacement = f'{needle[:-1]}-{count + 1}"'
            html = html[:position] + replacement + html[position + len(needle) :]
            cursor = position + len(replacement)
        else:
            cursor = position + len(needle)
    return html


def _headings_of(runs: list[tuple[BlockRender, list[str] | None]]) -> list[HeadingInfo]:
    """The post's headings in order, with the final (deduplicated) automatic ids."""
    headings: list[HeadingInfo] = []
    for chunk, anchors in runs:
        if anchors is None:
            headings.extend(chunk.headings)
            continue
        renamed = iter(anchors)  # keep the table of contents in step with the ids
        headings.extend(
            HeadingInfo(h.level, next(renamed), h.text, h.in_toc, True) if h.auto else h
            for h in chunk.headings
        )
    return headings


class Stitcher:
    """Stitches one post's blocks again and again, remembering the last stitch.

    Between two keystrokes nearly every block keeps its render, its line and, for a
    heading, the numbering of its id. Such a block is handed back as the same
    :class:`RenderedBlock` object, without string work, so a keystroke in a long post
    pays a look-up per untouched block. Everything that depends on the whole post (id
    suffixes, footnote numbers, the table of contents) is still worked out on every
    stitch, so the result is always that of a stitch from nothing.
    """

    def __init__(self) -> None:
        # The last stitch's blocks, their HTML before footnote numbers, and the results:
        # a block is looked up at its own index and at its index from the end.
        self._last: tuple[list[tuple[int, BlockRender]], list[str], list[RenderedBlock]] = (
            [],
            [],
            [],
        )
        # Keyed by the render's id(); the render is kept alongside, so the id stays its.
        self._ids: dict[tuple[int, tuple[int, ...]], tuple[BlockRender, str, list[str]]] = {}
        # The trailing footnotes section of the last stitch and the first line of the
        # earliest definition it lists (its line follows the last block's).
        self._footer: tuple[RenderedBlock, int] | None = None

    def _deduped(
        self,
        chunk: BlockRender,
        seen: dict[str, int],
        kept: dict[tuple[int, tuple[int, ...]], tuple[BlockRender, str, list[str]]],
    ) -> tuple[str, list[str]]:
        """:func:`_dedupe_ids` of *chunk*, taken from the last stitch when the counts of
        its ids so far are the same (its result depends on nothing else)."""
        key = (id(chunk), tuple(seen.get(anchor, 0) for anchor in chunk.auto_ids))
        entry = self._ids.get(key)
        if entry is None or entry[0] is not chunk:
            html, anchors = _dedupe_ids(chunk.html, chunk.auto_ids, seen)
            entry = (chunk, html, anchors)
        else:
            for anchor in chunk.auto_ids:
                seen[anchor] = seen.get(anchor, 0) + 1
        kept[key] = entry
        return entry[1], entry[2]

    def stitch(
        self,
        blocks: list[tuple[int, BlockRender]],
        definitions: dict[str, tuple[int, BlockRender]],
    ) -> list[RenderedBlock]:
        """Turn rendered blocks (``(first line, render)``) into the preview's final blocks.

        *definitions* maps footnote labels to their definition's first line and render;
        the footnotes that are referenced become one trailing ``<section
        class="footnotes">``.
        """
        seen_ids: dict[str, int] = {}
        seen_refs: dict[str, int] = {}
        numbers: dict[str, int] = {}
        heading_runs: list[tuple[BlockRender, list[str] | None]] = []
        htmls: list[str] = []
        open_markdown_html: list[str] = []
        seen_kramdown_ids: dict[str, int] = {}
        kept_ids: dict[tuple[int, tuple[int, ...]], tuple[BlockRender, str, list[str]]] = {}
        for _line, chunk in blocks:
            html = chunk.html
            if chunk.stands_alone:
                htmls.append(html)
                continue
            if open_markdown_html and chunk.auto_ids:
                html, chunk = _ids_inside_markdown_html(html, chunk, seen_kramdown_ids)
            _follow_markdown_html(open_markdown_html, chunk.html_events)
            if chunk.auto_ids:
                html, anchors = self._deduped(chunk, seen_ids, kept_ids)
                heading_runs.append((chunk, anchors))
            elif chunk.headings:
                heading_runs.append((chunk, None))
            for label in chunk.footnotes:
                if label in definitions:
                    numbers.setdefault(label, len(numbers) + 1)
            if chunk.footnotes:
                html = _dedupe_footnote_refs(html, chunk.footnotes, seen_refs)
            htmls.append(html)
        self._ids = kept_ids
        # Footnotes referenced only from other footnotes get numbers after the body's.
        queue = list(numbers)
        while queue:
            for inner in definitions[queue.pop(0)][1].footnotes:
                if inner in definitions and inner not in numbers:
                    numbers[inner] = len(numbers) + 1
                    queue.append(inner)

        def number_of(label: str) -> str:
            return str(numbers.get(label, "?"))

        result: list[RenderedBlock] = []
        last_blocks, last_htmls, last_result = self._last
        count = len(last_blocks)
        shift = len(blocks) - count
        toc: str | None = None
        for index, ((line, chunk), html) in enumerate(zip(blocks, htmls, strict=True)):
            if chunk.toc:
                toc = toc if toc is not None else toc_html(_headings_of(heading_runs))
                html = f'<nav class="kiji-toc">{toc}</nav>'
            elif not chunk.numbered:
                # The same block at the same line with the same HTML: the same result.
                for old in (index, index - shift):
                    if (
                        0 <= old < count
                        and last_blocks[old][1] is chunk
                        and last_blocks[old][0] == line
                        and last_htmls[old] is html
                    ):
                        result.append(last_result[old])
                        break
                else:
                    result.append(RenderedBlock(line, html))
                continue
            html = FOOTNOTE_NUMBER.replace(html, number_of)
            result.append(RenderedBlock(line, html))
        self._last = (blocks, htmls, list(result))
        self._footer = None
        if numbers:
            first_line = min(definitions[label][0] for label in numbers)
            footer = _footnotes_block(numbers, seen_refs, definitions, number_of, first_line)
            self._footer = (footer, first_line)
        return self._with_footer(result)

    def splice(
        self, start: int, stop: int, inserted: list[tuple[int, BlockRender]]
    ) -> list[RenderedBlock] | None:
        """The last stitch with its blocks ``[start, stop)`` replaced by *inserted*, in time
        that depends on the blocks replaced, not on the post.

        Only when every block replaced and inserted stands alone (nothing else in the post
        changes its HTML, and it changes no other's): then the rest of the post stitches
        as it did and comes back as it was. ``None`` otherwise (stitch the whole post).
        """
        last_blocks, last_htmls, last_result = self._last
        if not all(chunk.stands_alone for _line, chunk in inserted) or not all(
            chunk.stands_alone for _line, chunk in last_blocks[start:stop]
        ):
            return None
        result = [*last_result[:start], *(RenderedBlock(line, c.html) for line, c in inserted)]
        result += last_result[stop:]
        self._last = (
            [*last_blocks[:start], *inserted, *last_blocks[stop:]],
            [*last_htmls[:start], *(chunk.html for _line, chunk in inserted), *last_htmls[stop:]],
            list(result),
        )
        return self._with_footer(result)

    def _with_footer(self, result: list[RenderedBlock]) -> list[RenderedBlock]:
        """*result* with the footnotes section after it, if the post has one."""
        if self._footer is not None:
            footer, first_line = self._footer
            # Lines stay non-decreasing for scroll sync even when notes are defined mid-post.
            line = max(result[-1].line if result else 0, first_line)
            if line != footer.line:
                footer = RenderedBlock(line, footer.content)
                self._footer = (footer, first_line)
            result.append(footer)
        return result


def stitch_blocks(
    blocks: list[tuple[int, BlockRender]], definitions: dict[str, tuple[int, BlockRender]]
) -> list[RenderedBlock]:
    """:meth:`Stitcher.stitch` with no memory of an earlier stitch."""
    return Stitcher().stitch(blocks, definitions)


def _backlinks(anchor: str, references: int) -> str:
    """One way back per reference, each to the id :func:`_dedupe_footnote_refs` gave it:
    the first plain, the later ones numbered (``↩︎ ↩︎²``) as kramdown writes them
    (goldmark repeats the plain arrow; the same links either way)."""
    links = [f'<a href="#fnref-{anchor}" class="footnote-backref">↩︎</a>']
    links += [
        f'<a href="#fnref-{anchor}-{n}" class="footnote-backref">↩︎<sup>{n}</sup></a>'
        for n in range(2, references + 1)
    ]
    return " " + "\u00a0".join(links)


def _footnotes_block(
    numbers: dict[str, int],
    references: dict[str, int],
    definitions: dict[str, tuple[int, BlockRender]],
    number_of: Callable[[str], str],
    line: int,
) -> RenderedBlock:
    items: list[str] = []
    for label in sorted(numbers, key=numbers.__getitem__):
        anchor = escape(footnote_anchor(label), quote=True)
        body = FOOTNOTE_NUMBER.replace(definitions[label][1].html, number_of)
        backref = _backlinks(anchor, references.get(label, 1))
        if body.endswith("</p>"):
            body = body[:-4] + backref + "</p>"
        else:
            body += backref
        items.append(f'<li id="fn-{anchor}" class="footnote-item">{body}</li>')
    html = (
        '<section class="footnotes"><hr class="footnotes-sep">'
        f'<ol class="footnotes-list">{"".join(items)}</ol></section>'
    )
    return RenderedBlock(line, html)
