"""kramdown syntax the preview understands: attribute lists, extension tags, abbreviations.

Block attribute lists (``{: .class #id}`` on the line after a block) and span ones
(``*word*{: .x}``) are applied by :mod:`editor.core.render.render_rules` and never shown;
extension tags (``{::comment}``, ``{::options /}``, ``{::nomarkdown}``) are hidden.
"""

from __future__ import annotations

import re
from html import escape

from editor.core.render.sanitize import is_safe_style

_KRAMDOWN_COMMENT_RE = re.compile(r"\{::comment\}.*?\{:/(?:comment)?\}", re.S)
_KRAMDOWN_EXTENSION_RE = re.compile(r"\{::(?:options|nomarkdown)\b[^}\n]*\}|\{:/(?:nomarkdown)?\}")


def hide_kramdown_extensions(text: str) -> str:
    """Hide kramdown extension tags (``{::comment}…{:/}``, ``{::options … /}``), lines kept."""
    if "{::" not in text:
        return text
    text = _KRAMDOWN_COMMENT_RE.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    return _KRAMDOWN_EXTENSION_RE.sub("", text)


IAL_LINE_RE = re.compile(r"^[ \t]{0,3}\{:(?!:)([^}\n]*)\}[ \t]*$")
SPAN_IAL_RE = re.compile(r"\{:(?!:)([^}\n]*)\}")
_ATTR_RE = re.compile(r"""([#.])([\w\-:]+)|([\w\-]+)=("[^"]*"|'[^']*'|\S+)|(\S+)""")
_SAFE_IAL_ATTRS = {"title", "lang", "dir", "style", "width", "height", "align"}


def parse_ial(content: str) -> dict[str, str]:
    """Parse the inside of a kramdown attribute list (``.a #b key="v"``) into attributes.

    Only harmless attributes come through (``class``, ``id``, ``title``, sizes…); event
    handlers or URLs in an attribute list are ignored.
    """
    attrs: dict[str, str] = {}
    classes: list[str] = []
    for match in _ATTR_RE.finditer(content):
        marker, name, key, value, _bare = match.groups()
        if marker == ".":
            classes.append(name)
        elif marker == "#":
            attrs["id"] = name
        elif key:
            key = key.lower()
            value = value[1:-1] if value[:1] in "\"'" else value
            if key == "style" and not is_safe_style(value):
                continue
            if key in _SAFE_IAL_ATTRS or key.startswith("data-"):
                attrs[key] = value
    if classes:
        attrs["class"] = " ".join(classes)
    return attrs


def is_ial_only(text: str) -> bool:
    """Return True when every non-blank line of *text* is a block attribute list."""
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and all(IAL_LINE_RE.match(line) for line in lines)


_MARKDOWN_OPEN_RE = re.compile(
    r"""<([a-zA-Z][\w-]*)\b[^>]*?\smarkdown\s*=\s*(?:"(?:1|block)"|'(?:1|block)'|1\b)"""
)
_ANY_TAG_RE = re.compile(r"<(/?)([a-zA-Z][\w-]*)\b[^>]*>")


def markdown_html_events(html: str) -> tuple[tuple[str, bool], ...]:
    """The tags of raw HTML *html* that open an element with Markdown inside
    (``<details markdown="1">``: ``("details", True)``) and every closing tag
    (``("details", False)``), in order; the caller keeps the open ones on a stack."""
    if "markdown" not in html and "</" not in html:
        return ()
    events: list[tuple[str, bool]] = []
    for match in _ANY_TAG_RE.finditer(html):
        name = match.group(2).lower()
        if match.group(1):
            events.append((name, False))
        elif _MARKDOWN_OPEN_RE.match(match.group(0)):
            events.append((name, True))
    return tuple(events)


_ABBREVIATION_RE = re.compile(r"^[ ]{0,3}\*\[([^\]\n]+)\]:[ \t]*(.*)$")
_FENCE_RE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")


def take_abbreviations(text: str) -> tuple[str, dict[str, str]]:
    """kramdown's abbreviation definitions (``*[HTML]: HyperText Markup Language``): the
    text without them (their lines left empty, so lines keep their numbers) and the
    abbreviations by the word they explain. Lines inside fenced code stay."""
    if "*[" not in text:
        return text, {}
    found: dict[str, str] = {}
    lines = text.split("\n")
    fence = ""
    for number, line in enumerate(lines):
        opening = _FENCE_RE.match(line)
        if opening and (not fence or opening.group(1).startswith(fence)):
            fence = "" if fence else opening.group(1)[:3]
            continue
        match = None if fence else _ABBREVIATION_RE.match(line)
        if match is not None:
            found[match.group(1).strip()] = match.group(2).strip()
            lines[number] = ""
    return ("\n".join(lines), found) if found else (text, {})


def abbreviations_html(escaped_text: str, abbreviations: dict[str, str]) -> str:
    """Wrap each whole-word use of an abbreviation in already-escaped text in
    ``<abbr title="…">``, as kramdown does everywhere in the post's text."""
    words = sorted((escape(word, quote=False) for word in abbreviations), key=len, reverse=True)
    titles = {escape(word, quote=False): title for word, title in abbreviations.items()}
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)")
    return pattern.sub(
        lambda m: f'<abbr title="{escape(titles[m.group(1)], quote=True)}">{m.group(1)}</abbr>',
        escaped_text,
    )
