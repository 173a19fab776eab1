"""What a Hugo shortcode says on the page, for the preview (Hugo's Go templates cannot run).

A theme's shortcode template puts its parameters on the page (``{{<matomeQuote
body="…" userName="…">}}`` shows the user and the comment), so in running text the preview
shows a small marker with the shortcode's name followed by those values as text: short
ones first (names, dates: the line above a quote in most templates), then the long ones.
Technical values (colours, addresses, paths, numbers, booleans) are left out, a closing tag
shows nothing (the content between a pair is Markdown as usual), and ``ref``/``relref``
stay plain markers. In code and in link destinations the shortcode's source shows instead
(the placeholder is restored there, see :mod:`editor.core.render.liquid`).
"""

from __future__ import annotations

import re
from html import escape

# name="value", name='value', name=`value`, name=value, or a positional value.
_PARAM_RE = re.compile(
    r"""(?:([A-Za-z_][\w-]*)\s*=\s*)?("(?:[^"\\]|\\.)*"|'[^']*'|`[^`]*`|[^\s"'`]+)"""
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


def readable_parameters(words: list[str]) -> str:
    """The shortcode's text-like parameter values, `` · ``-joined (short ones first).

    ``words`` is the shortcode split on whitespace (name first). Returns ``""`` for a
    shortcode that is only a marker (``ref``, or one without such values).
    """
    if not words or words[0] in _MARKER_ONLY:
        return ""
    inner = " ".join(words)[len(words[0]) :]
    values: list[str] = []
    for match in _PARAM_RE.finditer(inner):
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
    said = readable_parameters(words)
    if not said:
        return None
    text = _BREAK.sub("<br>", escape(said, quote=False))
    name = escape(words[0], quote=False)
    return f'<span class="{classes}" title="{escape(source, quote=True)}">{name}</span>{text}'
