"""Inline-styled HTML for the clipboard: pasting into a web editor keeps headings, lists,
links and code looking right, even though the target page has none of our CSS.
"""

from __future__ import annotations

import re
from functools import cache
from html import unescape

from pygments.formatters import HtmlFormatter

from editor.core.render.highlight import LIGHT_STYLE

_FONT = (
    "font-family: -apple-system, 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', "
    "'Noto Sans CJK JP', 'Segoe UI', sans-serif"
)
_MONO = "font-family: SFMono-Regular, Menlo, Consolas, 'Noto Sans Mono CJK JP', monospace"

TAG_STYLES: dict[str, str] = {
    "h1": f"{_FONT}; font-size: 1.8em; font-weight: 700; margin: 0.8em 0 0.4em",
    "h2": f"{_FONT}; font-size: 1.45em; font-weight: 700; margin: 0.8em 0 0.4em",
    "h3": f"{_FONT}; font-size: 1.2em; font-weight: 700; margin: 0.8em 0 0.4em",
    "h4": f"{_FONT}; font-size: 1.05em; font-weight: 700",
    "p": f"{_FONT}; line-height: 1.8; margin: 0 0 1em",
    "li": f"{_FONT}; line-height: 1.8",
    "blockquote": "margin: 0 0 1em; padding: 0 1em; border-left: 4px solid #d0d7de; color: #57606a",
    "pre": f"{_MONO}; background: #f6f8fa; padding: 12px 16px; border-radius: 6px; "
    "overflow: auto; line-height: 1.5; font-size: 0.9em",
    "code": f"{_MONO}; font-size: 0.92em",
    "a": "color: #0969da; text-decoration: underline",
    "table": "border-collapse: collapse; margin: 0 0 1em",
    "th": "border: 1px solid #d0d7de; padding: 6px 12px; background: #f6f8fa; font-weight: 600",
    "td": "border: 1px solid #d0d7de; padding: 6px 12px",
    "img": "max-width: 100%",
    "hr": "border: none; border-top: 1px solid #d0d7de; margin: 1.5em 0",
}

_OPEN_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*?)?(/?)>")
_ATTRIBUTE = re.compile(r'\s([a-zA-Z-]+)="([^"]*)"')
_DROPPED_ATTRIBUTES = {"data-source-line", "data-lang", "class", "id", "style"}
_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote|pre|tr|table|div|ul|ol|dl|dd|dt)>|<br\s*/?>")


@cache
def _token_styles() -> dict[str, str]:
    """Pygments class → inline style, for the light theme (pasted text sits on white)."""
    formatter = HtmlFormatter(style=LIGHT_STYLE)
    return {name: style for name, (style, _token, _level) in formatter.class2style.items() if style}


def _restyle(match: re.Match[str]) -> str:
    tag, attributes, self_closing = match.group(1).lower(), match.group(2) or "", match.group(3)
    kept: list[str] = []
    classes = ""
    for name, value in _ATTRIBUTE.findall(attributes):
        if name == "class":
            classes = value
        elif name not in _DROPPED_ATTRIBUTES:
            kept.append(f'{name}="{value}"')
    styles = [TAG_STYLES[tag]] if tag in TAG_STYLES else []
    if tag == "span":
        styles += [_token_styles()[name] for name in classes.split() if name in _token_styles()]
    if styles:
        kept.append(f'style="{"; ".join(styles)}"')
    return f"<{tag}{''.join(' ' + item for item in kept)}{self_closing}>"


def inline_styles(html: str) -> str:
    """Return ``html`` with our classes and sync attributes replaced by inline styles."""
    return _OPEN_TAG.sub(_restyle, html)


def plain_text(html: str) -> str:
    """A plain-text rendering of ``html`` (for the clipboard's text/plain part)."""
    text = _BLOCK_END.sub(lambda m: m.group(0) + "\n", html)
    text = unescape(_TAG.sub("", text))
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
