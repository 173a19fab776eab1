"""Find and replace in one text, and find across a site's posts (plain Python, no Qt).

Which files a site search reads is :func:`editor.core.site.discovery.site_documents`'s answer.

A :class:`SearchQuery` is compiled once into a regular expression: plain text is escaped,
"whole word" adds boundaries that treat Japanese as word-less (kanji and kana carry no
spaces, so a boundary inside Japanese text would never match), and regular expressions
get capture-group replacements written ``\\1``, ``\\g<name>`` or ``$1``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from editor.core.post.front_matter_split import split_front_matter
from editor.core.post.storage import StorageError, read_text_file
from editor.core.site.site_errors import QT_TRANSLATE_NOOP, CoreText
from editor.core.text.kana_match import fold_width_and_kana

__all__ = [
    "FileHit",
    "SearchError",
    "SearchQuery",
    "expand_replacement",
    "find_all",
    "replace_all",
    "search_files",
]

# Latin-like word characters: \w without CJK (ideographs, kana, full-width forms).
_WORD_CHAR = r"[^\W\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
_DOLLAR_GROUP = re.compile(r"\$(\d{1,2}|\{\w+\})")


class SearchError(ValueError):
    """A search that cannot run, e.g. a broken regular expression; ``str()`` is plain words."""


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """What to look for and how."""

    pattern: str
    case_sensitive: bool = False
    whole_word: bool = False
    regex: bool = False
    fold_kana: bool = True
    """Plain case-insensitive searches ignore width and kana: らーめん finds ラーメン,
    ＡＩ finds AI (regular expressions and "match case" searches stay exact)."""

    @property
    def folds(self) -> bool:
        """Whether this search compares width- and kana-folded texts."""
        return self.fold_kana and not self.regex and not self.case_sensitive

    def prepare(self, text: str) -> str:
        """The text the compiled expression runs on (same length and positions as ``text``)."""
        return fold_width_and_kana(text) if self.folds else text

    def compile(self) -> re.Pattern[str]:
        """The compiled expression; raises :class:`SearchError` for a broken regex."""
        pattern = fold_width_and_kana(self.pattern) if self.folds else self.pattern
        return _compile(pattern, self.case_sensitive, self.whole_word, self.regex)


def _compile(pattern: str, case_sensitive: bool, whole_word: bool, regex: bool) -> re.Pattern[str]:
    if not pattern:
        raise SearchError(
            CoreText(QT_TRANSLATE_NOOP("CoreMessage", "Type something to search for."))
        )
    source = pattern if regex else re.escape(pattern)
    if whole_word:
        source = f"(?<!{_WORD_CHAR})(?:{source})(?!{_WORD_CHAR})"
    flags = re.MULTILINE | (0 if case_sensitive else re.IGNORECASE)
    try:
        return re.compile(source, flags)
    except re.error as error:
        if error.pos is not None:
            message = CoreText(
                QT_TRANSLATE_NOOP(
                    "CoreMessage", "The regular expression is not valid at character {pos}: {msg}."
                ),
                pos=error.pos + 1,
                msg=error.msg,
            )
        else:
            message = CoreText(
                QT_TRANSLATE_NOOP("CoreMessage", "The regular expression is not valid: {msg}."),
                msg=error.msg,
            )
        raise SearchError(message) from None


def find_all(text: str, query: SearchQuery, limit: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-empty match in ``text``, in order (at most ``limit``)."""
    compiled = query.compile()
    found: list[tuple[int, int]] = []
    for match in compiled.finditer(query.prepare(text)):
        if match.end() == match.start():
            continue  # "^" or "a*" would match everywhere; nothing to show or replace
        found.append(match.span())
        if limit is not None and len(found) >= limit:
            break
    return found


def expand_replacement(match: re.Match[str], replacement: str, query: SearchQuery) -> str:
    """The replacement for one match: literal text, or with ``\\1``/``$1`` groups for regex."""
    if not query.regex:
        return replacement
    template = _DOLLAR_GROUP.sub(lambda m: "\\g<" + m.group(1).strip("{}") + ">", replacement)
    try:
        return match.expand(template)
    except (re.error, IndexError) as error:
        raise SearchError(
            CoreText(
                QT_TRANSLATE_NOOP("CoreMessage", "The replacement cannot be used: {error}."),
                error=str(error),
            )
        ) from None


def replace_all(text: str, query: SearchQuery, replacement: str) -> tuple[str, int]:
    """``text`` with every match replaced, and how many matches there were."""
    compiled = query.compile()
    pieces: list[str] = []
    last = 0
    count = 0
    for match in compiled.finditer(query.prepare(text)):
        if match.end() == match.start():
            continue
        pieces.append(text[last : match.start()])
        pieces.append(expand_replacement(match, replacement, query))
        last = match.end()
        count += 1
    pieces.append(text[last:])
    return "".join(pieces), count


@dataclass(frozen=True, slots=True)
class FileHit:
    """One match in a post's body: where it is and the line around it."""

    path: Path
    line: int
    """0-based line in the body (the text pane's block number)."""
    column: int
    offset: int
    """Character offset of the match in the body."""
    length: int
    line_text: str


def search_files(
    paths: Iterable[Path], query: SearchQuery, max_hits: int = 2000
) -> Iterator[FileHit]:
    """Matches in the bodies of ``paths`` (front matter skipped); unreadable files are skipped."""
    compiled = query.compile()
    hits = 0
    for path in paths:
        try:
            text = read_text_file(path).text
        except StorageError:
            continue
        body = split_front_matter(text).body
        line = 0
        line_start = 0
        for match in compiled.finditer(query.prepare(body)):
            if match.end() == match.start():
                continue
            start = match.start()
            line += body.count("\n", line_start, start)
            line_start = body.rfind("\n", 0, start) + 1
            line_end = body.find("\n", start)
            yield FileHit(
                path=path,
                line=line,
                column=start - line_start,
                offset=start,
                length=match.end() - start,
                line_text=body[line_start : line_end if line_end >= 0 else len(body)],
            )
            hits += 1
            if hits >= max_hits:
                return
