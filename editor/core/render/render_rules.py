"""The markdown-it-py parser Kiji's preview uses, with its Jekyll-aware rules.

Rules read per-render facts from the parse ``env`` (``env["kiji_paths"]`` for images),
and leave what the renderer must stitch between blocks in ``env`` too (heading anchors,
footnote labels, the ``{:toc}`` request).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.normalize_url import normalizeLink, normalizeLinkText
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.gfm_autolink import gfm_autolink_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

from editor.core.render.conflict_blocks import conflict_plugin
from editor.core.render.headings import HeadingInfo, github_slug
from editor.core.render.highlight import highlight_code
from editor.core.render.kramdown import (
    IAL_LINE_RE,
    SPAN_IAL_RE,
    abbreviations_html,
    parse_ial,
)
from editor.core.render.liquid import (
    Included,
    include_block,
    markers_to_html,
    restore_liquid,
    shown_text,
)
from editor.core.render.math_markup import tex_to_mathml
from editor.core.render.placeholders import FOOTNOTE_NUMBER, scrub_noncharacters
from editor.core.render.render_paths import SitePaths
from editor.core.render.sanitize import is_safe_link, url_scheme
from editor.core.text.kana_match import has_japanese

_HEADER_ID_RE = re.compile(r"\s*\{#([\w\-:.]+)\}\s*$")
_DATA_IMAGE_RE = re.compile(r"^data:image/(png|jpe?g|gif|webp|avif);", re.I)


def footnote_anchor(label: str) -> str:
    """Return the id fragment used for footnote *label* (stable, whatever its number)."""
    return github_slug(label) or label.encode("utf-8").hex()


def footnote_number_placeholder(label: str) -> str:
    """Placeholder replaced by the footnote's number once the whole post is known."""
    return FOOTNOTE_NUMBER.make(label)


# -- core rules ---------------------------------------------------------------------


def _set_attrs(token: Token, attrs: dict[str, str]) -> None:
    # Not every token is rendered by a rule of ours: Liquid goes back to source here.
    for name, value in attrs.items():
        value = restore_liquid(value)
        if name == "class" and token.attrGet("class"):
            value = f"{token.attrGet('class')} {value}"
        token.attrSet(name, value)


def _previous_block(tokens: list[Token], index: int, level: int) -> Token | None:
    """The opening token of the block before ``tokens[index]`` at the same *level*."""
    position = index - 1
    while position >= 0:
        token = tokens[position]
        if token.level == level and token.nesting == 0 and token.block:
            return token
        if token.level == level and token.nesting == -1:
            depth = 0
            while position >= 0:
                candidate = tokens[position]
                if candidate.level == level:
                    depth += candidate.nesting
                    if depth == 0:
                        return candidate
                position -= 1
            return None
        position -= 1
    return None


def _apply_block_ials(state: StateCore) -> None:
    """Apply kramdown block attribute lists (``{: .cls #id}``) and hide them."""
    tokens = state.tokens
    removed: set[int] = set()
    for index, token in enumerate(tokens):
        if token.type != "inline" or index == 0 or tokens[index - 1].type != "paragraph_open":
            continue
        if "{:" not in token.content:
            continue
        paragraph = tokens[index - 1]
        lines = token.content.split("\n")
        found: list[str] = []
        while lines and IAL_LINE_RE.match(lines[-1]):
            found.insert(0, IAL_LINE_RE.match(lines[-1]).group(1))  # type: ignore[union-attr]
            lines.pop()
        while len(lines) > 1 and IAL_LINE_RE.match(lines[0]):
            found.append(IAL_LINE_RE.match(lines[0]).group(1))  # type: ignore[union-attr]
            lines.pop(0)
        if not found:
            continue
        target: Token | None = paragraph
        closing = index + 2  # paragraph_close is at index + 1
        if (
            closing + 1 < len(tokens)
            and tokens[closing].type == "list_item_close"
            and tokens[closing + 1].type.endswith("_list_close")
        ):
            # kramdown: an attribute list ending a list (e.g. ``{:toc}``) is the list's
            target = _previous_block(tokens, closing + 2, tokens[closing + 1].level)
            if not lines:
                removed.update({index - 1, index, index + 1})
            else:
                token.content = "\n".join(lines)
        elif not lines:  # a paragraph of attribute lists belongs to the block before it
            target = _previous_block(tokens, index - 1, paragraph.level)
            removed.update({index - 1, index, index + 1})
        else:
            token.content = "\n".join(lines)
        if target is None:
            continue
        for content in found:
            if "toc" in content.split() and target.type in {
                "bullet_list_open",
                "ordered_list_open",
            }:
                target.meta["kiji_toc"] = True
            _set_attrs(target, parse_ial(content))
    if removed:
        state.tokens = [t for i, t in enumerate(tokens) if i not in removed]


def _inline_text(children: Sequence[Token]) -> str:
    return "".join(
        shown_text(child.content)
        for child in children
        if child.type in {"text", "code_inline", "math_inline"}
    )


def _span_ials(children: list[Token]) -> list[Token]:
    """Apply span attribute lists (``*a*{: .x}``, ``![i](s){: .y}``) and hide them."""
    result: list[Token] = []
    for child in children:
        if child.type == "text" and "{:" in child.content:
            match = SPAN_IAL_RE.match(child.content)
            if match and result:
                previous = result[-1]
                if previous.type == "image":
                    _set_attrs(previous, parse_ial(match.group(1)))
                elif previous.type.endswith("_close"):
                    opener = previous.type[: -len("_close")] + "_open"
                    for candidate in reversed(result):
                        if candidate.type == opener:
                            _set_attrs(candidate, parse_ial(match.group(1)))
                            break
            child.content = SPAN_IAL_RE.sub("", child.content)
        result.append(child)
    return result


# What an <em> shows as text: Japanese in any of it (a code span, raw HTML too) keeps the
# whole emphasis upright, since the slant the stylesheet allows Latin would reach it.
_EMPHASISED_TEXT = frozenset({"text", "code_inline", "html_inline"})
_EM_DEPTH = {"em_open": 1, "em_close": -1}


def _mark_japanese_emphasis(children: list[Token]) -> None:
    """Give ``lang="ja"`` to each ``<em>`` holding Japanese text, so the stylesheet marks
    it with sesame dots (Japanese has no italics) and leaves Latin emphasis in italics."""
    for index, child in enumerate(children):
        if child.type != "em_open" or child.attrGet("lang"):
            continue
        depth, text = 0, []
        for inner in children[index:]:
            depth += _EM_DEPTH.get(inner.type, 0)
            if depth == 0:
                break
            if inner.type in _EMPHASISED_TEXT:
                text.append(inner.content)
        if has_japanese("".join(text)):
            child.attrSet("lang", "ja")


def _kept_leading_space(state: StateCore, heading: Token) -> str:
    """The heading line's leading full-width (non-ASCII) spaces, which markdown-it trims and
    kramdown keeps in the text its id is made of (``#### 　 AGP`` → ``-agp``)."""
    if not heading.markup.startswith("#") or not heading.map:
        return ""
    lines = state.src.split("\n", heading.map[0] + 1)
    line = lines[heading.map[0]] if heading.map[0] < len(lines) else ""
    content = line.lstrip(" \t").lstrip("#").strip(" \t")
    lead = len(content) - len(content.lstrip())
    return content[:lead] if content[:1] not in ("", " ", "\t") else ""


def _headings_and_spans(state: StateCore) -> None:
    """Give headings their ids, collect them, and apply span attribute lists."""
    headings: list[HeadingInfo] = state.env.setdefault("kiji_headings", [])
    auto: list[str] = state.env.setdefault("kiji_auto_ids", [])
    tokens = state.tokens
    for index, token in enumerate(tokens):
        if token.type == "inline" and token.children:
            token.children = _span_ials(token.children)
            _mark_japanese_emphasis(token.children)
        included: Included | None = token.meta.get("kiji_included") if token.meta else None
        if included is not None:  # its headings count with the post's, in their place
            auto.extend(included.auto_ids)
            headings.extend(included.headings)
        if token.type != "heading_open" or index + 1 >= len(tokens):
            continue
        inline = tokens[index + 1]
        children = inline.children or []
        explicit = token.attrGet("id")
        if children and children[-1].type == "text":
            match = _HEADER_ID_RE.search(children[-1].content)
            if match:
                explicit = explicit or match.group(1)
                children[-1].content = children[-1].content[: match.start()]
        text = _inline_text(children).strip(" \t")
        if explicit:
            anchor = str(explicit)
        else:
            anchor = github_slug(_kept_leading_space(state, token) + text) or "section"
            auto.append(anchor)
        token.attrSet("id", anchor)
        in_toc = "no_toc" not in str(token.attrGet("class") or "").split()
        headings.append(HeadingInfo(int(token.tag[1]), anchor, text, in_toc, not explicit))


# -- render rules -------------------------------------------------------------------


def _attrs(token: Token) -> str:
    return "".join(
        f' {escape(str(name))}="{escape(restore_liquid(str(value)), quote=True)}"'
        for name, value in (token.attrs or {}).items()
    )


def _render_text(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    text = escape(tokens[idx].content, quote=False)
    abbreviations = env.get("kiji_abbreviations") if isinstance(env, dict) else None
    if abbreviations:
        text = abbreviations_html(text, abbreviations)
    return markers_to_html(text)


def _render_code_inline(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any
) -> str:
    token = tokens[idx]
    return f"<code{_attrs(token)}>{escape(restore_liquid(token.content), quote=False)}</code>"


def _render_code_block(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return highlight_code(restore_liquid(tokens[idx].content)) + "\n"


def _render_fence(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    words = restore_liquid(token.info).split()
    language = words[0].strip("{}.") if words else ""
    linenos = any(word.startswith("linenos") for word in words[1:])
    return highlight_code(restore_liquid(token.content), language, linenos) + "\n"


def _render_image(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    paths: SitePaths = env["kiji_paths"]
    alt = restore_liquid(self.renderInlineAsText(token.children or [], options, env))
    title = token.attrGet("title")
    html = paths.image_html(
        restore_liquid(str(token.attrGet("src") or "")), alt, str(title) if title else None
    )
    extra = {
        k: v for k, v in (token.attrs or {}).items() if k in {"class", "id", "width", "height"}
    }
    if extra and html.startswith("<img"):
        html = (
            "<img"
            + "".join(f' {k}="{escape(str(v), quote=True)}"' for k, v in extra.items())
            + html[4:]
        )
    return html


def _render_link_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    href = str(token.attrGet("href") or "")
    if not is_safe_link(href):
        token.attrs.pop("href", None)
    return f"<a{_attrs(token)}>"


def _render_footnote_ref(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any
) -> str:
    label = str(tokens[idx].meta.get("label", ""))
    env.setdefault("kiji_footnotes", []).append(label)
    anchor = escape(footnote_anchor(label), quote=True)
    number = footnote_number_placeholder(label)
    # Both kramdown and goldmark write the bare number: no brackets.
    link = f'<a href="#fn-{anchor}" id="fnref-{anchor}">{number}</a>'
    return f'<sup class="footnote-ref">{link}</sup>'


def _render_math(tex: str, options: dict[str, Any]) -> str:
    return tex_to_mathml(restore_liquid(tex), bool(options.get("display_mode")))


def _validate_link(url: str) -> bool:
    # Like markdown-it's own check, but data: is only for images (checked again later).
    scheme = url_scheme(url)
    return (
        scheme is None
        or scheme in {"http", "https", "mailto", "tel"}
        or bool(_DATA_IMAGE_RE.match(url.strip()))
    )


def _include_blocks(state: StateCore) -> None:
    """A paragraph that is one rendered include alone is the include's HTML block (Jekyll
    puts the include's text there before kramdown sees it)."""
    tokens = state.tokens
    index = 0
    while index + 2 < len(tokens):
        opening, inline = tokens[index], tokens[index + 1]
        included = include_block(inline.content) if opening.type == "paragraph_open" else None
        if included is not None:
            block = Token("html_block", "", 0)
            block.content, block.map, block.block = included.html + "\n", opening.map, True
            block.level = opening.level
            block.meta["kiji_included"] = included
            tokens[index : index + 3] = [block]
        index += 1


def build_markdown() -> MarkdownIt:
    """Return the configured parser: CommonMark + GFM bits + footnotes, deflists, math."""
    md = MarkdownIt("commonmark", {"html": True, "typographer": False})
    md.enable(["table", "strikethrough"])
    footnote_plugin(md, inline=False, move_to_end=False)
    deflist_plugin(md)
    tasklists_plugin(md)
    dollarmath_plugin(
        md, allow_space=False, allow_digits=False, allow_labels=False, renderer=_render_math
    )
    gfm_autolink_plugin(md)
    conflict_plugin(md)  # git's conflict markers: both versions, not a mangled page
    md.validateLink = _validate_link  # type: ignore[method-assign]
    # Liquid placeholders in a link destination go back to their source text; an
    # autolink's text is decoded from %xx, which must not bring noncharacters in.
    md.normalizeLink = lambda url: normalizeLink(restore_liquid(url))  # type: ignore[method-assign]
    md.normalizeLinkText = lambda url: scrub_noncharacters(normalizeLinkText(restore_liquid(url)))  # type: ignore[method-assign,assignment]
    md.core.ruler.after("block", "kiji_block_ial", _apply_block_ials)
    md.core.ruler.after("block", "kiji_include_blocks", _include_blocks)
    md.core.ruler.push("kiji_headings", _headings_and_spans)
    md.add_render_rule("text", _render_text)
    md.add_render_rule("code_inline", _render_code_inline)
    md.add_render_rule("code_block", _render_code_block)
    md.add_render_rule("fence", _render_fence)
    md.add_render_rule("image", _render_image)
    md.add_render_rule("link_open", _render_link_open)
    md.add_render_rule("footnote_ref", _render_footnote_ref)
    return md
