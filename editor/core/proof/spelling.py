"""Spell checking of a post's prose (pyspellchecker: pure Python, dictionaries in the wheel).

Only words of prose are checked: the text given is masked by
:func:`editor.core.proof.prose.mask_non_prose`, and words that are part of a path, a domain, an
e-mail address or an identifier (``file_name``, ``camelCase``, ``ALLCAPS``) are skipped.
The site's own words live in ``.kiji/dictionary.txt`` (one per line), so they travel with
the repository.
"""

from __future__ import annotations

import gzip
import json
import pkgutil
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from spellchecker import SpellChecker

from editor.core.export.export_api import QT_TRANSLATE_NOOP
from editor.core.post.storage import atomic_write_bytes
from editor.core.proof.ja_style import Finding

MISSPELLED = "spelling"
MESSAGE = QT_TRANSLATE_NOOP("Proofreading", "“{0}” is not in the dictionary.")
SUPPORTED = frozenset({"en", "es", "fr", "it", "pt", "de", "ru", "ar", "eu", "lv", "nl", "fa"})
DICTIONARY_FILE = Path(".kiji") / "dictionary.txt"

_ENTRY = re.compile(r'"((?:[^"\\]|\\.)*)"\s*:\s*(-?\d+)(?=\s*[,}])')  # "word": count
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_JOINERS = "/._@\\-:#~=+*&%$"


def spelling_language(post_lang: object, site_lang: object) -> str:
    """The dictionary for a post: its ``lang:``, else the site's, else English (``ja`` → en)."""
    for value in (post_lang, site_lang):
        if isinstance(value, str) and value.strip():
            code = value.strip().lower().replace("_", "-").split("-", 1)[0]
            if code in SUPPORTED:
                return code
            return "en"  # Latin words in a Japanese (or other) post are usually English
    return "en"


def is_latin_language(post_lang: object, site_lang: object) -> bool:
    """True when the post itself is written in a language the checker has a dictionary for."""
    for value in (post_lang, site_lang):
        if isinstance(value, str) and value.strip():
            return value.strip().lower().replace("_", "-").split("-", 1)[0] in SUPPORTED
    return True


def read_site_words(site_root: Path | None) -> set[str]:
    """The site dictionary's words (lower case); empty when there is none."""
    if site_root is None:
        return set()
    try:
        text = (site_root / DICTIONARY_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return set()
    return {line.strip().lower() for line in text.splitlines() if line.strip()}


def add_site_word(site_root: Path, word: str) -> None:
    """Add ``word`` to the site dictionary (created with its folder when missing)."""
    path = site_root / DICTIONARY_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        existing = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        existing = ""
    if word.lower() in {line.strip().lower() for line in existing.splitlines()}:
        return
    if existing and not existing.endswith("\n"):
        existing += "\n"
    atomic_write_bytes(path, (existing + word + "\n").encode("utf-8"))


def word_counts(language: str) -> dict[str, int]:
    """The word frequency list pyspellchecker ships for ``language``, as its own
    ``json.loads`` reads it, but read entry by entry.

    ``json.loads`` of the English list is one call that holds the interpreter lock for
    100-200 ms: the window froze that long whenever the proofreader's thread loaded a
    dictionary (the first check of a post). A loop of short matches lets the UI thread
    in between.
    """
    packed = pkgutil.get_data("spellchecker", f"resources/{language}.json.gz")
    if not packed:
        return {}
    text = gzip.decompress(packed).decode("utf-8")
    counts: dict[str, int] = {}
    for match in _ENTRY.finditer(text):
        word = match[1]
        counts[json.loads(f'"{word}"') if "\\" in word else word] = int(match[2])
    if len(counts) != text.count('":'):  # not the plain list it always was: read it whole
        loaded: dict[str, int] = json.loads(text)
        return loaded
    return counts


class Speller:
    """One language's dictionary plus the site's words and the words ignored this session."""

    def __init__(self, language: str, extra_words: Iterable[str] = ()) -> None:
        self.language = language if language in SUPPORTED else "en"
        self._checker = SpellChecker(language=None, distance=2)
        self._checker.word_frequency.load_json(word_counts(self.language))
        self.extra = {word.lower() for word in extra_words}

    def is_known(self, word: str) -> bool:
        """True when ``word`` is in the dictionary, the site's words or the ignored ones."""
        lowered = word.lower().replace("’", "'")
        return lowered in self.extra or lowered in self._checker

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        """The likeliest corrections of ``word``, most frequent first, in its case."""
        candidates = self._checker.candidates(word.lower()) or set()
        ranked = sorted(candidates, key=lambda c: (-self._checker.word_usage_frequency(c), c))
        if word[:1].isupper():
            ranked = [c[:1].upper() + c[1:] for c in ranked]
        return [c for c in ranked if c.lower() != word.lower()][:limit]

    def misspelled(self, masked: str, *, skip_capitalized: bool = False) -> Iterator[Finding]:
        """Words of ``masked`` prose not in the dictionary (no suggestions: see ``suggestions``)."""
        for match in _WORD.finditer(masked):
            word = match[0]
            start, end = match.start(), match.end()
            if len(word) < 2 or (not word.isascii() and self.language == "en"):
                continue
            if (start and masked[start - 1] in _JOINERS) or (
                end < len(masked)
                and masked[end] in _JOINERS
                and masked[end + 1 : end + 2].isalnum()
            ):
                continue  # part of a path, a domain, an address or an identifier
            if word.isupper() or any(c.isupper() for c in word[1:]):
                continue  # ALLCAPS acronyms and camelCase names
            if skip_capitalized and word[0].isupper():
                continue  # names in a post of another language: Claude, Llama
            if not self.is_known(word):
                yield Finding(MISSPELLED, start, end, MESSAGE, (word,))
