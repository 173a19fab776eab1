"""Heading ids (GitHub style, Japanese kept) and the kramdown ``{:toc}`` table of contents."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape


def github_slug(text: str) -> str:
    """Return the GFM anchor for a heading, exactly as kramdown's GFM parser makes it.

    Lower case; every character that is not a word character (a letter or mark of any
    script, a decimal digit, a connector such as ``_``), a hyphen, a space or a tab is
    dropped; spaces and tabs become ``-``. So ``「汎用性」の真価：AI`` gives ``汎用性の真価ai``,
    and a full-width space after the ``#`` marks leaves a leading ``-`` (it is dropped, the
    space after it is not), as Jekyll's pages have it.
    """
    kept = []
    for char in text.strip(" \t").lower():
        if char in " \t":
            kept.append("-")
        elif char == "-" or unicodedata.category(char) in _WORD_CATEGORIES:
            kept.append(char)
    return "".join(kept)


def kramdown_basic_id(text: str) -> str:
    """Return the id kramdown's own parser (not the GFM one) gives a heading: what Jekyll
    gives headings inside an HTML element with ``markdown="1"``. Leading characters up to
    the first ASCII letter go, then everything but ASCII letters, digits, spaces and ``-``;
    spaces become ``-``; ``section`` when nothing is left (the caller numbers repeats)."""
    stripped = _BEFORE_FIRST_LETTER.sub("", text)
    kept = "".join(c for c in stripped if c.isascii() and (c.isalnum() or c in " -"))
    return kept.replace(" ", "-").lower() or "section"


def goldmark_id(source: str, id_type: str = "github") -> str:
    """Return the id Hugo gives a heading whose Markdown source line is *source*.

    ``github`` (Hugo's default): lower case; letters, digits and ``_`` kept, a space or a
    ``-`` becomes ``-``, everything else (markup, ``&ndash;``'s ``&`` and ``;``, tabs, a
    full-width space) is dropped. ``github-ascii`` does the same after taking accents off
    and keeps ASCII only. ``blackfriday``: runs of anything but letters and numbers become
    one ``-`` between words. ``heading`` when nothing is left.
    """
    text = source.strip()
    if id_type == "blackfriday":
        words = _NOT_LETTER_OR_NUMBER.split(text)
        return "-".join(word.lower() for word in words if word) or "heading"
    if id_type == "github-ascii":
        decomposed = unicodedata.normalize("NFD", text)
        text = "".join(c for c in decomposed if c.isascii())
    kept = []
    for char in text:
        if char in " -":
            kept.append("-")
        elif char == "_" or unicodedata.category(char)[0] == "L" or char.isdecimal():
            kept.append(char.lower())
    return "".join(kept) or "heading"


def heading_attributes(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Split a heading's trailing attribute list off its text: ``Title {#id .cls key=v}``
    gives ``("Title", [("id", "id"), ("class", "cls"), ("key", "v")])`` (kramdown's
    ``{#id}`` and goldmark's lists alike). Text without one, or whose braces hold no
    attribute list, comes back whole with no pairs."""
    found = _ATTRIBUTE_BLOCK.search(text)
    if found is None:
        return text, []
    pairs: list[tuple[str, str]] = []
    inner = found.group(1).strip()
    position = 0
    while position < len(inner):
        match = _ATTRIBUTE.match(inner, position)
        if match is None:
            return text, []
        if match.group("id"):
            pairs.append(("id", match.group("id")))
        elif match.group("cls"):
            pairs.append(("class", match.group("cls")))
        else:
            value = match.group("quoted")
            value = match.group("bare") if value is None else value
            pairs.append((match.group("key"), value or ""))
        position = match.end()
    return (text[: found.start()], pairs) if pairs else (text, [])


def without_closing_hashes(text: str) -> str:
    """An ATX heading's text without its optional closing run of ``#``."""
    return _CLOSING_HASHES.sub("", text)


_ATTRIBUTE_BLOCK = re.compile(r"[ \t]*\{([^{}]*)\}[ \t]*$")
_ATTRIBUTE = re.compile(
    r"[ \t]*(?:#(?P<id>[\w:.-]+)|\.(?P<cls>[\w-]+)"
    r"|(?P<key>[A-Za-z_:][\w:.-]*)=(?:\"(?P<quoted>[^\"]*)\"|(?P<bare>[^\s\"'=<>`{}]+)))[ \t]*"
)
_CLOSING_HASHES = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")

_NOT_LETTER_OR_NUMBER = re.compile(r"[^\w]|_", re.UNICODE)

_BEFORE_FIRST_LETTER = re.compile(r"^[^a-zA-Z]+")

# Ruby's \p{Word}, which kramdown-parser-gfm keeps: letters, marks, Nd and Pc.
_WORD_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Pc"})


@dataclass(frozen=True)
class HeadingInfo:
    """One heading of the post, as the table of contents needs it."""

    level: int
    anchor: str
    text: str
    in_toc: bool = True
    auto: bool = False  # the anchor came from the text (not an explicit id)


def toc_html(headings: Iterable[HeadingInfo]) -> str:
    """Return a nested ``<ul>`` linking to *headings* (those marked ``no_toc`` left out).

    Skipped levels (an ``h4`` right after an ``h2``) get an empty wrapper item, so the
    markup stays valid (a ``<ul>`` only ever contains ``<li>``).
    """
    items = [h for h in headings if h.in_toc]
    if not items:
        return "<ul></ul>"
    base = min(h.level for h in items)
    parts: list[str] = []
    item_open: list[bool] = []  # one entry per open <ul>: does it have an open <li>?
    for heading in items:
        depth = heading.level - base + 1
        while len(item_open) > depth:
            parts.append("</li></ul>" if item_open.pop() else "</ul>")
        while len(item_open) < depth:
            if item_open and not item_open[-1]:
                parts.append("<li>")
                item_open[-1] = True
            parts.append("<ul>")
            item_open.append(False)
        if item_open[-1]:
            parts.append("</li>")
        parts.append(f'<li><a href="#{escape(heading.anchor)}">{escape(heading.text)}</a>')
        item_open[-1] = True
    while item_open:
        parts.append("</li></ul>" if item_open.pop() else "</ul>")
    return "".join(parts)
