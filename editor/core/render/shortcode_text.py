"""What a Hugo shortcode or a Jekyll plugin tag says on the page, for the preview.

Neither a theme's shortcode templates (Go templates) nor a site's Ruby plugins can run
here. But such a template puts its parameters on the page (``{{<matomeQuote body="…"
userName="…">}}`` shows the user and the comment; ``{% figure caption:"…" %}`` shows the
caption), so in running text the preview shows a small marker with the tag's name followed
by those values as text: short ones first (names, dates: the line above a quote in most
templates), then the long ones. Technical values (colours, addresses, paths, numbers,
booleans, and values of keys such as ``class`` or ``src``) are left out, a closing tag
shows nothing (the content between a pair is Markdown as usual), and ``ref``/``relref``
stay plain markers. In code and in link destinations the tag's source shows instead (the
placeholder is restored there, see :mod:`editor.core.render.liquid`).
"""

from __future__ import annotations

import re
from html import escape

# name="value", name='value', name=`value`, name=value, or a positional value; Liquid
# tags write their keyword arguments name:"value".
_VALUE = r"""("[^"\\]*(?:\\.[^"\\]*)*"|'[^']*'|`[^`]*`|[^\s"'`]+)"""  # unrolled: fast on long text
_PARAM_RE = re.compile(r"(?:([A-Za-z_][\w-]*)\s*=\s*)?" + _VALUE)
_TAG_PARAM_RE = re.compile(r"(?:([A-Za-z_][\w-]*)\s*(?:=|:(?!//))\s*)?" + _VALUE)
_TECHNICAL_KEYS = frozenset(
    [
        "class",
        "id",
        "style",
        "width",
        "height",
        "src",
        "href",
        "url",
        "link",
        "image",
        "img",
        "lang",
        "type",
        "align",
        "target",
        "rel",
        "loading",
        "size",
        "ratio",
    ]
)
_TECHNICAL = re.compile(
    r"^(?:#[0-9A-Fa-f]{3,8}|[a-z][a-z0-9+.-]*://\S*|[\w./-]*/[\w./-]*|[\w-]+\.\w{2,5}"
    r"|[-+]?\d+(?:\.\d+)?(?:px|em|%)?|true|false)$"
)
_MARKER_ONLY = frozenset({"ref", "relref", "param"})
_SHORT = 40
_BREAK = re.compile(r"&lt;br\s*/?&gt;", re.IGNORECASE)


def shortcode_words(source: str) -> list[str]:
    """The shortcode's name and arguments split on whitespace (``[]`` if it is none)."""
    inner = source.strip()
    for opener, closer in (("{{<", ">}}"), ("{{%", "%}}")):
        if inner.startswith(opener) and inner.endswith(closer):
            return inner[len(opener) : -len(closer)].strip(" \t\n").split()
    return []


def readable_parameters(words: list[str], parameter: re.Pattern[str] = _PARAM_RE) -> str:
    """The tag's text-like parameter values, `` · ``-joined (short ones first).

    ``words`` is the shortcode or tag split on whitespace (name first); ``parameter``
    matches one argument (Hugo's ``name=value`` by default). Returns ``""`` for a tag that
    is only a marker (``ref``, or one without such values).
    """
    if not words or words[0] in _MARKER_ONLY:
        return ""
    inner = " ".join(words)[len(words[0]) :]
    values: list[str] = []
    for match in parameter.finditer(inner):
        if (match.group(1) or "").lower() in _TECHNICAL_KEYS:
            continue
        raw = match.group(2)
        value = raw[1:-1] if raw[:1] in "\"'`" and len(raw) >= 2 else raw
        value = value.replace('\\"', '"').strip()
        if value and not _TECHNICAL.match(value):
            values.append(value)
    ordered = [v for v in values if len(v) <= _SHORT] + [v for v in values if len(v) > _SHORT]
    return " " + " · ".join(ordered) if ordered else ""


def shortcode_html(source: str, classes: str) -> str | None:
    """The preview's HTML for the shortcode ``source`` in running text, or ``None`` when it
    says nothing of its own (the plain marker shows then)."""
    words = shortcode_words(source)
    if not words:
        return None
    if words[0].startswith("/"):
        return ""  # a closing tag: what it closes already showed
    return _said_html(source, classes, words[0], readable_parameters(words))


def _said_html(source: str, classes: str, name: str, said: str) -> str | None:
    if not said:
        return None
    text = _BREAK.sub("<br>", escape(said, quote=False))
    label = escape(name, quote=False)
    return f'<span class="{classes}" title="{escape(source, quote=True)}">{label}</span>{text}'


# Liquid's and Jekyll's own tags: markers as they are (their branches show as written;
# a highlight, raw or comment block the text pass could not convert stays visible).
_CONTROL_FLOW = frozenset(
    [
        "if",
        "elsif",
        "else",
        "endif",
        "unless",
        "endunless",
        "for",
        "endfor",
        "case",
        "when",
        "endcase",
        "capture",
        "endcapture",
        "tablerow",
        "endtablerow",
        "break",
        "continue",
        "cycle",
        "highlight",
        "endhighlight",
        "raw",
        "endraw",
        "comment",
        "endcomment",
    ]
)
# Tags that put nothing on the page.
_SILENT = frozenset({"assign", "increment", "decrement", "liquid"})


def plugin_tag_html(name: str, arguments: str, source: str, classes: str) -> str | None:
    """The preview's HTML for the Jekyll tag ``source`` (``name`` and its ``arguments``) in
    running text: ``""`` for a tag that shows nothing (``assign``, the end of a plugin's
    block), the marker and the tag's readable arguments for a plugin's tag such as
    ``{% figure caption:"…" %}`` (its name alone when no argument is text), or ``None`` for
    the plain marker (Liquid's control flow, ``include``)."""
    if name in _SILENT or (name.startswith("end") and name not in _CONTROL_FLOW):
        return ""
    if name in _CONTROL_FLOW or name.startswith("include"):
        return None
    said = readable_parameters([name, *arguments.split()], _TAG_PARAM_RE)
    if not said:  # only addresses, ids, sizes: the name, with the whole tag on hover
        return f'<span class="{classes}" title="{escape(source, quote=True)}">{escape(name)}</span>'
    return _said_html(source, classes, name, said)
