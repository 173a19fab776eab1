"""Generate a post's ``excerpt`` from its body, the way Jekyll picks one, as plain text.

Jekyll's excerpt is everything before the site's ``excerpt_separator`` (by default the
first blank line, i.e. the first paragraph). For a front-matter field the Markdown is
stripped and the lines are joined, without a space between Japanese lines.
"""

from __future__ import annotations

import re

from editor.core.text.stats import strip_markup

__all__ = ["DEFAULT_EXCERPT_CHARS", "cap_excerpt", "generate_excerpt", "join_lines"]

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


DEFAULT_EXCERPT_CHARS = 120
"""The default longest generated excerpt of Japanese prose (Latin prose: twice as long)."""
_SENTENCE_END = re.compile(r"[。．！？!?](?:[」』）)]*)|\.(?=\s|$)")


def generate_excerpt(
    body: str, separator: str | None = None, max_chars: int = 0, *, title: str = ""
) -> str:
    """Return the excerpt for ``body`` as plain text (``""`` for a body with no prose).

    With a ``separator`` other than the first-paragraph default (``"\\n\\n"``) found in the
    body, the excerpt is all the prose before it; otherwise it is the first paragraph of
    prose (headings, lone images, code blocks and a first line repeating ``title``
    skipped). ``max_chars`` > 0 caps the result (see :func:`cap_excerpt`).
    """
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if separator and separator.strip() and separator in body:
        head = body.split(separator, 1)[0]
        parts = [join_lines(strip_markup(b)) for b in _BLANK_LINE.split(head) if _is_prose(b)]
        parts = [p for p in parts if p]
        if len(parts) > 1 and _repeats(parts[0], title):
            parts = parts[1:]
        text = " ".join(parts)
    else:
        text = ""
        for block in _blocks(body):
            if _is_prose(block):
                candidate = join_lines(strip_markup(block))
                if _repeats(candidate, title):
                    continue  # many posts open with their title as a plain line
                text = candidate
                break
    return cap_excerpt(text.strip(), max_chars)


def _repeats(text: str, title: str) -> bool:
    """Whether ``text`` is the title again (spacing and a final mark aside)."""
    if not title.strip():
        return False
    squeeze = re.compile(r"[\s　]+")
    return squeeze.sub("", text).rstrip("。.") == squeeze.sub("", title).rstrip("。.")


def cap_excerpt(text: str, max_chars: int) -> str:
    """Cut ``text`` to ``max_chars`` at the last sentence end that fits.

    Latin prose gets twice the room (its characters are narrower). With no sentence end
    in the second half of the room, the text is cut there and ends with "…".
    """
    if max_chars <= 0:
        return text
    if not re.search(_WIDE, text):
        max_chars *= 2
    if len(text) <= max_chars:
        return text
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, max_chars + 1)]
    ends = [end for end in ends if end <= max_chars and end >= max_chars // 2]
    if ends:
        return text[: ends[-1]].rstrip()
    return text[: max_chars - 1].rstrip() + "…"


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
