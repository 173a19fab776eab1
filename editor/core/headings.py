"""Heading ids (GitHub style, Japanese kept) and the kramdown ``{:toc}`` table of contents."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape


def github_slug(text: str) -> str:
    """Return GitHub's anchor for a heading: lower case, punctuation dropped, spaces → ``-``.

    Letters, marks and digits of every script are kept, so ``「汎用性」の真価：AI`` gives
    ``汎用性の真価ai``.
    """
    kept = []
    for char in text.strip().lower():
        if char in " -_":
            kept.append("-" if char == " " else char)
        elif unicodedata.category(char)[0] in "LMN":
            kept.append(char)
    return "".join(kept)


@dataclass(frozen=True)
class HeadingInfo:
    """One heading of the post, as the table of contents needs it."""

    level: int
    anchor: str
    text: str
    in_toc: bool = True
    auto: bool = False  # the anchor came from the text (not an explicit id)


def toc_html(headings: Iterable[HeadingInfo]) -> str:
    """Return a nested ``<ul>`` linking to *headings* (those marked ``no_toc`` left out)."""
    items = [h for h in headings if h.in_toc]
    if not items:
        return "<ul></ul>"
    parts: list[str] = []
    depth = 0
    base = min(h.level for h in items)
    for heading in items:
        level = heading.level - base + 1
        if depth == 0:
            parts.append("<ul>")
            depth = 1
        while depth < level:
            parts.append("<ul>")
            depth += 1
        while depth > level:
            parts.append("</li></ul>")
            depth -= 1
        if parts[-1] not in {"<ul>"}:
            parts.append("</li>")
        parts.append(f'<li><a href="#{escape(heading.anchor)}">{escape(heading.text)}</a>')
    parts.append("</li>")
    while depth > 1:
        parts.append("</ul></li>")
        depth -= 1
    parts.append("</ul>")
    return "".join(parts)
