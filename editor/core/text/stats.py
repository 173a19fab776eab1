"""CJK-aware text statistics for a post body: characters, words, Japanese characters, reading time.

The status bar recomputes these while the writer types, so the work is a handful of
whole-text regular expressions (no per-character Python loop). What is counted is the
prose a reader reads: front matter, code blocks, URLs, HTML tags, Liquid tags, image
syntax, link targets and Markdown markup are removed first.

Japanese text has no spaces between words, so it is measured in characters (kanji,
kana, CJK punctuation and full-width forms) and read at ``cjk_chars_per_minute``;
Latin-script text is measured in words and read at ``words_per_minute``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Generator, Iterable
from dataclasses import dataclass
from typing import Literal

DEFAULT_CJK_CHARS_PER_MINUTE = 500
DEFAULT_WORDS_PER_MINUTE = 200

# Kanji, kana, CJK symbols/punctuation, full-width forms and the like. Hangul is left out
# on purpose: Korean separates words with spaces, so it is counted in words.
_CJK_RANGES = (
    "\u2e80-\u2fdf"  # CJK radicals, Kangxi radicals
    "\u3000-\u303f"  # CJK symbols and punctuation (、。「」…)
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3190-\u31ff"  # kanbun, CJK strokes, katakana phonetic extensions
    "\u3200-\u33ff"  # enclosed CJK letters, CJK compatibility
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\ufe30-\ufe4f"  # CJK compatibility forms
    "\uff00-\uffef"  # half-width and full-width forms (（）！？ＡＢＣ ｶﾅ)
    "\U00020000-\U0003134f"  # CJK extensions B-G
)
_CJK_RUN = re.compile(f"[{_CJK_RANGES}]+")
# A "word" is a run of non-space characters holding at least one letter or digit (CJK runs
# are blanked out first), so stray punctuation ("—", "-", "…") is not a word.
_WORD = re.compile(r"\S*[^\W_]\S*")

_FRONT_MATTER = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*\r?\n.*?^\1[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_FENCE_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_LIQUID_CODE = re.compile(r"\{%-?\s*(highlight|raw|comment)\b.*?%\}.*?\{%-?\s*end\1\s*-?%\}", re.S)
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_HTML_CODE = re.compile(r"<(pre|script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_LIQUID = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\s?(?:\([^)\n]*\)|\[[^\]\n]*\])")
_LINK_INLINE = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_LINK_REF = re.compile(r"\[([^\]\n]*)\]\[[^\]\n]*\]")
_LINK_DEFINITION = re.compile(r"\n {0,3}\[[^\]\n]+\]:[^\n]*")
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>", re.I)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>()\[\]「」、。]+|\bwww\.[^\s<>()\[\]「」、。]+", re.I)
_KRAMDOWN_IAL = re.compile(r"\{:[^}\n]*\}")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\n]+\]:?")
# Line-start patterns begin with a literal "\n" (the text gets one prepended) rather than
# "^" with re.M: a literal first character lets the regex engine skip ahead quickly.
_BLOCK_MARKUP = re.compile(
    r"\n[ \t]*(?:>[ \t]?)*(?:#{1,6}(?=\s)|[-*+](?=\s)|\d{1,9}[.)](?=\s)|\[[ xX]\](?=\s))?"
)
_RULE = re.compile(r"\n[ \t]*(?:(?:[-*_][ \t]*){3,}|=+[ \t]*|-+[ \t]*)(?=\n|\Z)")
_TABLE_PIPES = re.compile(r"\n[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?)+[ \t]*(?=\n|\Z)")
_CLOSING_HASHES = re.compile(r"(?<=[ \t])#+[ \t]*(?=\n|\Z)")
# A literal first character lets the engine jump between underscores (a lookbehind
# first would be tried at every position); the callback keeps snake_case words whole.
_UNDERSCORES = re.compile(r"_+")


@dataclass(frozen=True, slots=True)
class TextStats:
    """Counts for one text; see :func:`text_stats`."""

    characters: int
    """Characters a reader sees, without whitespace (Latin and CJK together)."""
    words: int
    """Latin-script (space-separated) words; CJK text is not counted in words."""
    cjk_characters: int
    """Kanji, kana, CJK punctuation and full-width characters."""
    reading_seconds: int
    """Estimated reading time in whole seconds (rounded up)."""
    reading_minutes: int
    """Estimated reading time in whole minutes (rounded up; 0 only for an empty text)."""


def strip_markup(markdown: str) -> str:
    """Return the readable prose of a Markdown document, markup and code removed.

    Front matter, fenced and Liquid code blocks, HTML comments, ``<pre>``/``<script>``
    blocks, Liquid tags, images, link targets, URLs, HTML tags, kramdown attribute lists
    and Markdown markup characters are dropped; link texts and emphasised words stay.
    """
    return _strip_body("\n" + _FRONT_MATTER.sub("", markdown, count=1))


def _strip_body(text: str) -> str:
    """:func:`strip_markup` of ``text`` (front matter gone, a newline put before it)."""
    stripped = _spanning_passes(text, stop_if_open=False)
    assert stripped is not None
    return _line_passes(stripped)


def _spanning_passes(text: str, *, stop_if_open: bool) -> str | None:
    """The passes of :func:`strip_markup` whose matches can run past a blank line.

    With ``stop_if_open``, ``None`` when ``text`` leaves one of them open at its end
    (fenced code, a Liquid tag or block, an HTML comment or ``<pre>``-like block, or an
    HTML tag whose ``>`` is still to come), each checked on the text as its pass sees it.
    """
    # Guards skip passes for markup that does not occur. A one-character `in` test is
    # several times cheaper than a multi-character one, so those come first.
    if ("`" in text and "```" in text) or ("~" in text and "~~~" in text):
        text, fenced = _split_fenced_code(text)
        if fenced and stop_if_open:
            return None
    if "{" in text and ("{%" in text or "{{" in text):
        if stop_if_open and _pending_pair(_LIQUID_BLOCK_TAG, text):
            return None
        text = _LIQUID_CODE.sub(" ", text)
        if stop_if_open and (
            text.rfind("{%") > text.rfind("%}") or text.rfind("{{") > text.rfind("}}")
        ):
            return None
        text = _LIQUID.sub(" ", text)
    if "<" in text:
        if stop_if_open and text.rfind("<!--") > text.rfind("-->"):
            return None
        text = _HTML_COMMENT.sub(" ", text)
        if stop_if_open and _pending_pair(_HTML_CODE_TAG, text):
            return None
        text = _HTML_CODE.sub(" ", text)
        text = _AUTOLINK.sub(" ", text)
    if "[" in text:
        text = _IMAGE.sub(" ", text)
        text = _LINK_DEFINITION.sub("\n", text)
        text = _FOOTNOTE_REF.sub(" ", text)
        text = _LINK_INLINE.sub(r"\1", text)
        text = _LINK_REF.sub(r"\1", text)
    if "<" in text:
        if stop_if_open and text.rfind("<") > text.rfind(">"):
            return None
        text = _HTML_TAG.sub(" ", text)
    return text


def _line_passes(text: str) -> str:
    """The rest of :func:`strip_markup`: passes that match within a line or two."""
    if (":" in text and "://" in text) or "www." in text:
        text = _URL.sub(" ", text)
    if "{" in text and "{:" in text:
        text = _KRAMDOWN_IAL.sub(" ", text)
    if "-" in text or "*" in text or "_" in text or "=" in text:
        text = _RULE.sub("\n", text)
    if "|" in text:
        text = _TABLE_PIPES.sub("\n", text)
    text = _BLOCK_MARKUP.sub("\n", text)
    if "#" in text:
        text = _CLOSING_HASHES.sub("", text)
    if "_" in text:
        text = _UNDERSCORES.sub(_blank_edge_underscores, text)
    if "~" in text:
        text = text.replace("~~", " ")
    # Emphasis, code and table characters: str.replace is far faster than a regex or
    # str.translate on non-ASCII text.
    for char in "*`|":
        if char in text:
            text = text.replace(char, " ")
    return text


def _blank_edge_underscores(match: re.Match[str]) -> str:
    """Blank ``_emphasis_`` markers but keep underscores inside words (``snake_case``)."""
    text, start, end = match.string, match.start(), match.end()
    inside = start > 0 and text[start - 1].isalnum() and end < len(text) and text[end].isalnum()
    return match.group() if inside else " "


def _drop_fenced_code(text: str) -> str:
    """Remove fenced code blocks (an unclosed fence runs to the end, as in CommonMark)."""
    return _split_fenced_code(text)[0]


def _split_fenced_code(text: str) -> tuple[str, bool]:
    """``text`` without its fenced code blocks, and whether a fence is still open at the end."""
    kept: list[str] = []
    fence = ""
    for line in text.splitlines(keepends=True):
        if fence:
            stripped = line.strip()
            if stripped.startswith(fence) and set(stripped) == {fence[0]} and line[:4].strip():
                fence = ""
            continue
        match = _FENCE_OPEN.match(line)
        if match and not (match.group(1)[0] == "`" and "`" in line[match.end() :]):
            fence = match.group(1)
            continue
        kept.append(line)
    return "".join(kept), bool(fence)


def count_words_and_cjk(prose: str) -> tuple[int, int]:
    """Return ``(words, cjk_characters)`` of already stripped text (all reading time needs)."""
    blanked, runs = _CJK_RUN.subn(" ", prose)
    cjk = len(prose) - len(blanked) + runs
    return len(_WORD.findall(blanked)), cjk


def count_prose(prose: str) -> tuple[int, int, int]:
    """Return ``(characters, words, cjk_characters)`` of already stripped text."""
    characters = sum(map(len, prose.split()))
    words, cjk = count_words_and_cjk(prose)
    return characters, words, cjk


def reading_seconds(
    words: int,
    cjk_characters: int,
    *,
    cjk_chars_per_minute: float = DEFAULT_CJK_CHARS_PER_MINUTE,
    words_per_minute: float = DEFAULT_WORDS_PER_MINUTE,
) -> int:
    """Return the reading time in whole seconds for the given word and CJK counts."""
    if cjk_chars_per_minute <= 0 or words_per_minute <= 0:
        raise ValueError("Reading speeds must be greater than zero.")
    seconds = 60.0 * (cjk_characters / cjk_chars_per_minute + words / words_per_minute)
    # Round away float noise before rounding up (e.g. 500 chars at 500/min is 60, not 61).
    return math.ceil(round(seconds, 6))


def text_stats(
    markdown_body: str,
    *,
    cjk_chars_per_minute: float = DEFAULT_CJK_CHARS_PER_MINUTE,
    words_per_minute: float = DEFAULT_WORDS_PER_MINUTE,
) -> TextStats:
    """Return CJK-aware statistics for a Markdown body (a leading front matter is skipped).

    ``cjk_chars_per_minute`` is the reading rate for Japanese/Chinese characters and
    ``words_per_minute`` the rate for Latin-script words; both must be positive.
    """
    return stats_from_counts(
        count_prose(strip_markup(markdown_body)), cjk_chars_per_minute, words_per_minute
    )


def stats_from_counts(
    counts: tuple[int, int, int], cjk_chars_per_minute: float, words_per_minute: float
) -> TextStats:
    """The statistics for ``(characters, words, cjk_characters)`` at these reading rates."""
    characters, words, cjk = counts
    seconds = reading_seconds(
        words,
        cjk,
        cjk_chars_per_minute=cjk_chars_per_minute,
        words_per_minute=words_per_minute,
    )
    return TextStats(
        characters=characters,
        words=words,
        cjk_characters=cjk,
        reading_seconds=seconds,
        reading_minutes=math.ceil(seconds / 60),
    )


# What can run on past a blank line once opened; a paragraph that leaves one of these open
# is counted together with the next (see StatsCounter).
_LIQUID_BLOCK_TAG = re.compile(r"\{%-?\s*(end)?(highlight|raw|comment)\b")
_HTML_CODE_TAG = re.compile(r"<(/)?(pre|script|style)\b", re.I)
_MAX_MERGED = 64  # paragraphs held open before the rest is counted in one piece
_STEP_PIECES = 256  # paragraphs per step of StatsCounter.steps


def _left_open(segment: str) -> bool:
    """True when ``segment`` opens something that a blank line does not close.

    :func:`strip_markup` would match it past the blank line, so the paragraphs after
    belong to the same piece. Saying True too often only costs speed; the counts stay exact.
    """
    return _spanning_passes("\n" + segment, stop_if_open=True) is None


def _pending_pair(tags: re.Pattern[str], text: str) -> bool:
    """True when an opening tag of ``tags`` (group 1 empty) waits for its closing one."""
    pending = ""
    for match in tags.finditer(text):
        name = match.group(2).lower()
        if not pending and not match.group(1):
            pending = name
        elif pending == name and match.group(1):
            pending = ""
    return bool(pending)


class StatsCounter:
    """:func:`text_stats` of a body that changes a little at a time (the status bar's).

    The body is counted paragraph by paragraph (pieces between blank lines; a piece that
    leaves code, a Liquid or HTML block or a tag open takes the next ones along), and
    each piece's counts are kept, so a recount after typing counts only the paragraphs
    that changed. The result is always exactly :func:`text_stats` of the whole body.
    """

    def __init__(self) -> None:
        """An empty counter (nothing kept yet)."""
        self._kept: dict[str, tuple[int, int, int]] = {}
        self._open: dict[str, bool] = {}  # piece → whether it leaves something open

    def text_stats(
        self,
        markdown_body: str,
        *,
        cjk_chars_per_minute: float = DEFAULT_CJK_CHARS_PER_MINUTE,
        words_per_minute: float = DEFAULT_WORDS_PER_MINUTE,
    ) -> TextStats:
        """Statistics of ``markdown_body``, as :func:`text_stats` gives them."""
        return stats_from_counts(self.count(markdown_body), cjk_chars_per_minute, words_per_minute)

    def count(self, markdown_body: str) -> tuple[int, int, int]:
        """``(characters, words, cjk_characters)`` of the body's prose."""
        steps = self.steps(markdown_body)
        while True:
            try:
                next(steps)
            except StopIteration as done:
                counts: tuple[int, int, int] = done.value
                return counts

    def steps(self, markdown_body: str) -> Generator[None, None, tuple[int, int, int]]:
        """:meth:`count` in steps: yields now and then, returns the counts at the end.

        A caller on a UI thread can run a few steps per turn of its event loop, so even a
        first count of a long post never holds the loop for long. A finished count keeps
        only its body's pieces; one abandoned halfway keeps what it counted as well.
        """
        front = _FRONT_MATTER.match(markdown_body)
        body = markdown_body[front.end() :] if front else markdown_body
        # What is counted goes into the kept counts at once: a count abandoned halfway
        # (the writer typed on) still spares the next one that work.
        kept, fresh = self._kept, {}
        known_open, fresh_open = self._open, {}
        characters = words = cjk = 0
        pieces = body.split("\n\n")
        held: list[str] = []
        index = 0
        while index < len(pieces):
            piece = pieces[index]
            index += 1
            if not index % _STEP_PIECES:
                yield
            if held:
                held.append(piece)
                if len(held) > _MAX_MERGED:  # open to the end, it seems: one piece
                    held.extend(pieces[index:])
                    index = len(pieces)
                segment = "\n\n".join(held)
            else:
                segment = piece
            if index < len(pieces) and (held or _may_span(piece)):
                left_open = known_open.get(segment)
                if left_open is None:
                    left_open = known_open[segment] = _left_open(segment)
                fresh_open[segment] = left_open
                if left_open:
                    held = held or [piece]
                    continue
            held = []
            counts = kept.get(segment)
            if counts is None:
                counts = kept[segment] = count_prose(_strip_body("\n" + segment))
            fresh[segment] = counts
            characters += counts[0]
            words += counts[1]
            cjk += counts[2]
        self._kept, self._open = fresh, fresh_open
        return characters, words, cjk


def _may_span(piece: str) -> bool:
    # Cheap one-character tests first: most paragraphs have none of these.
    return "`" in piece or "~" in piece or "{" in piece or "<" in piece


Basis = Literal["prose", "raw"]
_LEARNT_RATES = (300, 350, 400, 450, 500, 550, 600, 700, 800, 1000)


@dataclass(frozen=True, slots=True)
class ReadingFormula:
    """How a reading time in minutes is computed from a body's counts.

    ``"prose"`` is Kiji's own formula (Japanese characters at ``cjk_chars_per_minute``
    plus Latin words at ``words_per_minute``, markup removed); ``"raw"`` reads every
    character of the raw body at ``cjk_chars_per_minute``, as many Jekyll themes and
    generator scripts do (the seed post's 16 is 7,597 characters ÷ 500, rounded up).
    """

    basis: Basis = "prose"
    """Which characters are counted (see the class docstring)."""
    cjk_chars_per_minute: float = DEFAULT_CJK_CHARS_PER_MINUTE
    words_per_minute: float = DEFAULT_WORDS_PER_MINUTE

    def minutes_for(self, words: int, cjk_characters: int, raw_characters: int) -> int:
        """Whole minutes (rounded up) for a body with these counts."""
        if self.basis == "raw":
            return math.ceil(round(raw_characters / self.cjk_chars_per_minute, 6))
        seconds = reading_seconds(
            words,
            cjk_characters,
            cjk_chars_per_minute=self.cjk_chars_per_minute,
            words_per_minute=self.words_per_minute,
        )
        return -(-seconds // 60)

    def minutes(self, body: str) -> int:
        """Whole minutes (rounded up) to read the Markdown ``body``."""
        words, cjk = count_words_and_cjk(strip_markup(body)) if self.basis == "prose" else (0, 0)
        return self.minutes_for(words, cjk, len(body))


def learn_reading_formula(
    samples: Iterable[tuple[int, int, int, int]], preferred: ReadingFormula
) -> ReadingFormula | None:
    """The formula that reproduces most of the site's written reading times, if one does.

    Each sample is ``(words, cjk_characters, raw_characters, written_minutes)`` of a post
    with a ``reading_time``. A formula is only taken when it gives the written value for
    at least half of the samples; otherwise ``None`` (use ``preferred``, the preference).
    """
    data = [sample for sample in samples if sample[3] > 0]
    if not data:
        return None
    best: tuple[int, ReadingFormula] | None = None
    wpm = preferred.words_per_minute
    candidates = [preferred] + [
        ReadingFormula(basis, rate, wpm) for basis in ("prose", "raw") for rate in _LEARNT_RATES
    ]
    for formula in candidates:  # the writer's own formula wins a tie
        hits = sum(formula.minutes_for(w, c, r) == written for w, c, r, written in data)
        if best is None or hits > best[0]:
            best = (hits, formula)
    if best is None or best[0] * 2 < len(data):
        return None
    return best[1]
