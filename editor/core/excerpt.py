"""Generate a post's ``excerpt`` from its body, the way Jekyll picks one, as plain text.

Jekyll's excerpt is everything before the site's ``excerpt_separator`` (by default the
first blank line, i.e. the first paragraph). For a front-matter field the Markdown is
stripped and the lines are joined, without a space between Japanese lines.
"""

from __future__ import annotations

import re

from editor.core.stats import strip_markup

__all__ = ["generate_excerpt", "join_lines"]

_HEADING = re.compile(r"^ {0,3}#{1,6}(?:\s|$)|^[^\n]+\n {0,3}(?:=+|-+)[ \t]*$", re.M)
_IMAGE_ONLY = re.compile(r"^\s*!\[[^\]\n]*\]\([^)\n]*\)\s*(\{:[^}\n]*\})?\s*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.M)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_WIDE = "[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]"
_WIDE_END = re.compile(_WIDE + "$")
_SPACE_IN_WIDE = re.compile(f"(?<={_WIDE})[ \t]+(?={_WIDE})")
_WIDE_START = re.compile("^" + _WIDE)


def join_lines(text: str) -> str:
    """Join lines with one space, but with none where both sides are Japanese."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    joined = ""
    for line in lines:
        if joined and not (_WIDE_END.search(joined) and _WIDE_START.search(line)):
            joined += " "
        joined += line
    # Stripped emphasis leaves spaces inside Japanese runs ("本文の **最初**" → "本文の 最初 ").
    joined = _SPACE_IN_WIDE.sub("", joined)
    return re.sub(r"[ \t]{2,}", " ", joined)


def _is_prose(block: str) -> bool:
    """Headings, lone images, code, comments and rules are not an excerpt."""
    stripped = block.strip()
    if not stripped or _HEADING.match(stripped) or _IMAGE_ONLY.match(stripped):
        return False
    if _FENCE.match(stripped) or stripped.startswith(("<!--", "{%", "|")):
        return False
    return bool(strip_markup(stripped).strip())


def generate_excerpt(body: str, separator: str | None = None, max_chars: int = 0) -> str:
    """Return the excerpt for ``body`` as plain text (``""`` for a body with no prose).

    With a ``separator`` other than the first-paragraph default (``"\\n\\n"``) found in the
    body, the excerpt is all the prose before it; otherwise it is the first paragraph of
    prose (headings, lone images and code blocks skipped). ``max_chars`` > 0 cuts the
    result and ends it with "…".
    """
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if separator and separator.strip() and separator in body:
        head = body.split(separator, 1)[0]
        parts = [join_lines(strip_markup(b)) for b in _BLANK_LINE.split(head) if _is_prose(b)]
        text = " ".join(p for p in parts if p)
    else:
        text = ""
        for block in _blocks(body):
            if _is_prose(block):
                text = join_lines(strip_markup(block))
                break
    text = text.strip()
    if max_chars > 0 and len(text) > max_chars:
        text = text[: max_chars - 1].rstrip() + "…"
    return text


def _blocks(body: str) -> list[str]:
    """Blank-line separated blocks, with fenced code kept whole (its blank lines inside)."""
    blocks: list[str] = []
    current: list[str] = []
    fence = ""
    for line in body.split("\n"):
        match = _FENCE.match(line)
        if fence:
            current.append(line)
            if line.strip().startswith(fence):
                fence = ""
            continue
        if match:
            fence = match.group(1)
            current.append(line)
            continue
        if not line.strip():
            if current:
                blocks.append("\n".join(current))
                current = []
            continue
        current.append(line)
    if current:
        blocks.append("\n".join(current))
    return blocks
