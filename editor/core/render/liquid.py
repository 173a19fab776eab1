"""Jekyll awareness for the preview: Liquid before Markdown, kramdown attribute lists.

Jekyll runs Liquid over the whole post before kramdown sees it, so this module does the
same with a text pass (:func:`preprocess_liquid`) that never changes the number of
lines (the preview's ``data-source-line`` must stay true):

- ``{{ site.x }}`` / ``{{ page.x }}`` (with common filters such as ``relative_url``)
  are replaced by their value;
- ``{% raw %}`` content is left literal and ``{% comment %}`` content hidden;
- ``{% highlight lang [linenos] %}`` blocks become fenced code blocks;
- every other tag (``include``, ``if``, ``for``…) and any expression we cannot
  resolve becomes a *placeholder* (:data:`editor.core.render.placeholders.LIQUID`: the hex of
  the tag's source between two noncharacters). Markdown cannot touch it, so the renderer
  later turns placeholders into small markers in text (:func:`markers_to_html`) or back
  into source text in code and attributes (:func:`restore_liquid`);
- the excerpt separator (e.g. ``<!--more-->``) disappears.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import astuple, dataclass, field, replace
from html import escape, unescape
from typing import Any
from urllib.parse import quote

from editor.core.render.headings import HeadingInfo
from editor.core.render.jekyll_includes import INCLUDE_TAGS
from editor.core.render.kramdown import hide_kramdown_extensions
from editor.core.render.placeholders import INCLUDE, LIQUID, scrub_noncharacters
from editor.core.render.shortcode_text import plugin_tag_html, shortcode_html

# A tag or output may span lines but never a blank line: a stray "{{" in prose must not
# swallow the rest of the post (and scanning stays linear).
_LIQUID_RE = re.compile(
    r"\{%(?P<tag>(?:[^%\n]|%(?!\})|\n(?![ \t]*\n))*)%\}"
    r"|\{\{(?P<out>(?:[^}\n]|\}(?!\})|\n(?![ \t]*\n))*)\}\}"
)


def _tag_parts(match: re.Match[str]) -> tuple[str, str]:
    """Return a tag's lower-case name and its arguments (``highlight``, ``ruby linenos``)."""
    inner = (match.group("tag") or "").strip(" \t\n-")
    name, _, arguments = inner.partition(" ")
    return name.lower(), arguments


_MISSING = object()


@dataclass(frozen=True)
class Included:
    """A rendered ``{% include %}``: its tag, its HTML, and the headings in that HTML with
    the ids the converter made (numbered with the post's own when the blocks are joined)."""

    html: str
    auto_ids: tuple[str, ...] = ()
    headings: tuple[HeadingInfo, ...] = ()
    source: str = ""


IncludeHtml = Callable[[str, bool], "Included | None"]
"""``{% include <arguments> %}`` rendered as a block (``True``) or within a line, or
``None`` when the include cannot be rendered."""


@dataclass(frozen=True)
class LiquidContext:
    """What Liquid expressions may read: the site configuration and the page's fields;
    ``include`` renders the site's ``_includes`` (``None``: includes stay markers)."""

    site: Mapping[str, Any] = field(default_factory=dict)
    page: Mapping[str, Any] = field(default_factory=dict)
    include: IncludeHtml | None = None

    @property
    def baseurl(self) -> str:
        """The site's ``baseurl`` without a trailing slash (``""`` when unset)."""
        return str(self.site.get("baseurl") or "").rstrip("/")

    @property
    def url(self) -> str:
        """The site's ``url`` without a trailing slash (``""`` when unset)."""
        return str(self.site.get("url") or "").rstrip("/")


# -- placeholders -------------------------------------------------------------------


def make_placeholder(source: str) -> str:
    """Return the placeholder standing for the Liquid *source* (e.g. ``{% include a %}``)."""
    return LIQUID.make(source)


def _source(source: str) -> str:
    return source


def make_include(included: Included) -> str:
    """Return the placeholder standing for the rendered include."""
    headings = [astuple(heading) for heading in included.headings]
    payload = [included.source, included.html, list(included.auto_ids), headings]
    return INCLUDE.make(json.dumps(payload, ensure_ascii=False))


def include_parts(payload: str) -> Included:
    """An include placeholder's payload → the rendered include."""
    try:
        source, html, auto_ids, headings = json.loads(payload)
        return Included(
            str(html),
            tuple(str(anchor) for anchor in auto_ids),
            tuple(HeadingInfo(*heading) for heading in headings),
            str(source),
        )
    except (ValueError, TypeError):  # never made by make_include
        return Included("")


def include_block(text: str) -> Included | None:
    """The rendered include that is all of *text*, else ``None``."""
    text = text.strip()
    if not (text.startswith(INCLUDE.open) and text.endswith(INCLUDE.close)):
        return None
    found: list[str] = []

    def take(payload: str) -> str:
        found.append(payload)
        return ""

    rest = INCLUDE.replace(text, take)
    return include_parts(found[0]) if len(found) == 1 and not rest.strip() else None


def restore_liquid(text: str) -> str:
    """Replace every placeholder in *text* by the Liquid source it stands for."""
    text = INCLUDE.replace(text, lambda payload: include_parts(payload).source)
    return LIQUID.replace(text, _source)


def shown_text(text: str) -> str:
    """*text* as a reader sees it, for heading ids and the table of contents: a rendered
    include's output without its tags, any other tag's Liquid source."""
    text = INCLUDE.replace(text, lambda payload: _html_text(include_parts(payload).html))
    return LIQUID.replace(text, _source)


def _html_text(html: str) -> str:
    return unescape(_ANY_TAG.sub("", html))


_ANY_TAG = re.compile(r"<[^>]*>")


def marker_label(source: str) -> str:
    """Return the short label shown in a marker: the tag without its delimiters."""
    label = source.strip()
    for opener, closer in (("{{<", ">}}"), ("{{%", "%}}"), ("{%", "%}"), ("{{", "}}")):
        if label.startswith(opener) and label.endswith(closer):
            label = label[len(opener) : -len(closer)].strip(" -\t\n")
            break
    label = " ".join(label.split())
    return label if len(label) <= 60 else label[:59] + "…"


def _marker(source: str) -> str:
    start = source.lstrip()[:3]
    if start in {"{{<", "{{%"}:
        classes = "liquid-tag shortcode"  # a Hugo shortcode: the marker and what it says
        said = shortcode_html(source, classes)
        if said is not None:
            return said
    elif start.startswith("{{"):
        classes = "liquid-tag liquid-output"
    else:
        classes = "liquid-tag"
        inner = source.strip()[2:-2].strip(" \t\n-")
        name, _, arguments = inner.partition(" ")
        said = plugin_tag_html(name.lower(), arguments, source, classes)
        if said is not None:
            return said
    return (
        f'<span class="{classes}" title="{escape(source, quote=True)}">'
        f"{escape(marker_label(source), quote=False)}</span>"
    )


def markers_to_html(escaped_text: str) -> str:
    """Turn the placeholders in already-escaped *escaped_text* into marker spans (and
    rendered includes into their HTML)."""
    escaped_text = INCLUDE.replace(escaped_text, lambda payload: include_parts(payload).html)
    return LIQUID.replace(escaped_text, _marker)


# -- expressions --------------------------------------------------------------------


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quote_char = ""
    for char in text:
        if quote_char:
            if char == quote_char:
                quote_char = ""
        elif char in "\"'":
            quote_char = char
        elif char == separator:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def _literal(text: str) -> Any:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d+\.\d+", text):
        return float(text)
    if text in {"true", "false"}:
        return text == "true"
    if text in {"nil", "null", "empty", ""}:
        return None
    return _MISSING


def _lookup(path: str, ctx: LiquidContext) -> Any:
    value = _literal(path)
    if value is not _MISSING:
        return value
    parts = re.findall(r"[^.\[\]]+|\[[^\]]*\]", path.strip())
    if not parts:
        return _MISSING
    root, rest = parts[0], parts[1:]
    if root == "site":
        current: Any = {"baseurl": "", "url": "", **dict(ctx.site)}
    elif root == "page":
        current = ctx.page
    else:
        return _MISSING
    for part in rest:
        if part.startswith("["):
            key = _literal(part[1:-1])
            if key is _MISSING:
                return _MISSING
        else:
            key = part
        if isinstance(current, Mapping) and key in current:
            current = current[key]
        elif isinstance(current, list | tuple | str) and key in {"size", "first", "last"}:
            if key == "size":
                current = len(current)
            elif not current:
                return None
            else:
                current = current[0] if key == "first" else current[-1]
        elif isinstance(current, list | tuple) and isinstance(key, int):
            if -len(current) <= key < len(current):
                current = current[key]
            else:
                return None
        else:
            return _MISSING
    return current


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "".join(_as_text(item) for item in value)
    return str(value)


def _as_datetime(value: Any) -> dt.datetime | dt.date | None:
    if isinstance(value, dt.datetime | dt.date):
        return value
    text = _as_text(value).strip()
    for pattern in ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
    return None


def relative_url(path: str, ctx: LiquidContext) -> str:
    """Jekyll's ``relative_url`` filter: prefix the site's ``baseurl``."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:|^//", path):
        return path
    return ctx.baseurl + "/" + path.lstrip("/")


def absolute_url(path: str, ctx: LiquidContext) -> str:
    """Jekyll's ``absolute_url`` filter: prefix the site's ``url`` and ``baseurl``."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:|^//", path):
        return path
    return ctx.url + relative_url(path, ctx)


def _apply_filter(value: Any, name: str, args: list[Any], ctx: LiquidContext) -> Any:
    first = args[0] if args else None
    text = _as_text(value)
    simple: dict[str, Callable[[], Any]] = {
        "relative_url": lambda: relative_url(text, ctx),
        "absolute_url": lambda: absolute_url(text, ctx),
        "upcase": text.upper,
        "downcase": text.lower,
        "capitalize": text.capitalize,
        "strip": text.strip,
        "lstrip": text.lstrip,
        "rstrip": text.rstrip,
        "escape": lambda: escape(text),
        "xml_escape": lambda: escape(text),
        "url_encode": lambda: quote(text, safe=""),
        "uri_escape": lambda: quote(text, safe="/:?#[]@!$&'()*+,;="),
        "strip_html": lambda: re.sub(r"<[^>]*>", "", text),
        "size": lambda: len(value) if isinstance(value, list | tuple | str) else 0,
        "append": lambda: text + _as_text(first),
        "prepend": lambda: _as_text(first) + text,
        "remove": lambda: text.replace(_as_text(first), ""),
        "replace": lambda: text.replace(
            _as_text(first), _as_text(args[1] if len(args) > 1 else "")
        ),
        "join": lambda: (
            _as_text(first if first is not None else " ").join(_as_text(v) for v in value)
            if isinstance(value, list | tuple)
            else text
        ),
        "first": lambda: value[0] if isinstance(value, list | tuple) and value else value,
        "last": lambda: value[-1] if isinstance(value, list | tuple) and value else value,
        "slugify": lambda: re.sub(r"[^\w]+", "-", text.lower()).strip("-"),
    }
    if name == "default":
        return value if value not in (None, "", [], False) else first
    if name in {"date", "date_to_string", "date_to_long_string", "date_to_xmlschema"}:
        moment = _as_datetime(value)
        if moment is None:
            return value
        formats = {
            "date": _as_text(first) or "%Y-%m-%d",
            "date_to_string": "%d %b %Y",
            "date_to_long_string": "%d %B %Y",
            "date_to_xmlschema": "%Y-%m-%dT%H:%M:%S%z",
        }
        try:
            return moment.strftime(formats[name])
        except ValueError:
            return value
    if name in simple:
        return simple[name]()
    return value  # unknown filters (markdownify, jsonify…) pass the value through


def evaluate_output(expression: str, ctx: LiquidContext) -> str | None:
    """Evaluate a ``{{ … }}`` expression; ``None`` when it reads something we don't know."""
    pieces = _split_outside_quotes(expression, "|")
    value = _lookup(pieces[0], ctx)
    if value is _MISSING:
        return None
    for piece in pieces[1:]:
        name, _, raw_args = piece.partition(":")
        args = [_literal(arg) for arg in _split_outside_quotes(raw_args, ",")] if raw_args else []
        args = [None if arg is _MISSING else arg for arg in args]
        try:
            value = _apply_filter(value, name.strip(), args, ctx)
        except Exception:  # a filter on an odd value must not break the preview
            return None
    return " ".join(_as_text(value).splitlines())


# -- the text pass ------------------------------------------------------------------


def keep_newlines(text: str) -> str:
    """Return only the line breaks of *text*: what replaces hidden text, lines kept."""
    return "\n" * text.count("\n")


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def highlight_fence(
    text: str, match: re.Match[str], end: re.Match[str], words: list[str]
) -> str | None:
    """Return the fenced code block replacing a highlight block (Jekyll's tag, Hugo's
    shortcode) from *match* to *end*; *words* are the tag's arguments (language first).

    ``None`` when the tags are not on lines of their own: a fence there would change
    the number of lines."""
    start_of_line = _line_start(text, match.start())
    indent = text[start_of_line : match.start()]
    code = text[match.end() : end.start()]
    end_prefix = text[_line_start(text, end.start()) : end.start()]
    end_line_end = text.find("\n", end.end())
    suffix = text[end.end() : len(text) if end_line_end < 0 else end_line_end]
    if indent.strip() or not code.startswith("\n") or end_prefix.strip() or suffix.strip():
        return None
    language = re.sub(r"[^\w+#.\-]", "", words[0]) if words else ""
    wants_numbers = any("linenos" in w and "linenos=false" not in w for w in words[1:])
    options = " linenos" if wants_numbers else ""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{language}{options}{code[: len(code) - len(end_prefix)]}{end_prefix}{fence}"


_END_TAGS = {"raw": "endraw", "comment": "endcomment", "highlight": "endhighlight"}


def _stands_alone(text: str, match: re.Match[str]) -> bool:
    """Whether the tag is all there is on its line(s): its output is a block then."""
    before = text[_line_start(text, match.start()) : match.start()]
    end = text.find("\n", match.end())
    after = text[match.end() : len(text) if end < 0 else end]
    return not before.strip() and not after.strip()


def preprocess_liquid(text: str, ctx: LiquidContext, excerpt_separator: str = "") -> str:
    """Apply Jekyll's Liquid pass to a post body for the preview (line count preserved).

    kramdown's extension tags and the excerpt separator are hidden in the same pass.
    """
    if excerpt_separator.strip() and excerpt_separator in text:
        # Only the first occurrence is the separator (as in Jekyll); later ones are text.
        text = text.replace(excerpt_separator, keep_newlines(excerpt_separator), 1)
    text = hide_kramdown_extensions(text)
    if "{%" not in text and "{{" not in text:
        return text
    out: list[str] = []
    pos = 0
    while True:
        match = _LIQUID_RE.search(text, pos)
        if match is None:
            break
        out.append(text[pos : match.start()])
        pos = match.end()
        source = match.group(0)
        tag = _tag_parts(match)[0]
        if match.group("out") is not None:  # {{ output }}
            value = evaluate_output(match.group("out").strip(" \t\n-"), ctx)
            if value is None:
                out.append(make_placeholder(source) + keep_newlines(source))
            else:  # a value from the front matter or the site's settings is text too
                out.append(scrub_noncharacters(value) + keep_newlines(source))
            continue
        closer = _END_TAGS.get(tag)
        end = (
            re.compile(r"\{%-?\s*" + closer + r"\s*-?%\}").search(text, match.end())
            if closer
            else None
        )
        if tag == "highlight" and end is not None:
            fence = highlight_fence(text, match, end, _tag_parts(match)[1].split())
            if fence is not None:
                out.append(fence)
                pos = end.end()
                continue
        if tag == "raw" and end is not None:
            out.append(keep_newlines(source) + text[match.end() : end.start()])
            out.append(keep_newlines(end.group(0)))
            pos = end.end()
            continue
        if tag == "comment" and end is not None:
            out.append(keep_newlines(text[match.start() : end.end()]))
            pos = end.end()
            continue
        if tag in INCLUDE_TAGS and ctx.include is not None:
            included = ctx.include(_tag_parts(match)[1], _stands_alone(text, match))
            if included is not None:
                out.append(make_include(replace(included, source=source)) + keep_newlines(source))
                continue
        if plugin_tag_html(tag, _tag_parts(match)[1], source, "") == "":
            out.append(keep_newlines(source))  # as in Jekyll: the tag leaves nothing
            continue
        out.append(make_placeholder(source) + keep_newlines(source))
    out.append(text[pos:])
    return "".join(out)
