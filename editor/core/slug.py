"""ASCII slugs for file names: Japanese titles become romaji, everything else is slugified.

unidecode-style transliteration would read kanji as Chinese pinyin (性能 → "xing-neng"),
so Japanese text goes through pykakasi's Hepburn romanisation first (性能 → "seinou").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from slugify import slugify

DEFAULT_MAX_LENGTH = 60
FALLBACK_SLUG = "post"

_JAPANESE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_VALID_SLUG = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?")


@cache
def _kakasi() -> Any:
    # Building the converter loads its dictionaries (~100 ms): do it once, on first use.
    import pykakasi

    return pykakasi.kakasi()


def romanize(text: str) -> str:
    """Return ``text`` with Japanese words written in Hepburn romaji, separated by spaces."""
    if not _JAPANESE.search(text):
        return text
    return " ".join(part["hepburn"] or part["orig"] for part in _kakasi().convert(text))


def make_slug(title: str, *, max_length: int = DEFAULT_MAX_LENGTH) -> str:
    """Return an ASCII, lowercase, hyphenated slug for ``title`` (never empty).

    >>> make_slug("Llama 4の性能向上")
    'llama-4-no-seinoukoujou'
    """
    slug = slugify(romanize(title), max_length=max_length, word_boundary=True, save_order=True)
    return slug or FALLBACK_SLUG


def is_valid_slug(slug: str) -> bool:
    """Return whether ``slug`` is a safe file name: ASCII letters, digits, ``-``, ``_``, ``.``."""
    return bool(_VALID_SLUG.fullmatch(slug)) and ".." not in slug


def check_slug(slug: str) -> str:
    """Return ``slug`` unchanged, or raise ``ValueError`` with a plain message if it is unsafe."""
    if not is_valid_slug(slug):
        raise ValueError(
            f"The slug {slug!r} cannot be used as a file name: use only ASCII letters, "
            "digits, hyphens, underscores and dots, starting and ending with a letter or digit."
        )
    return slug


def safe_file_name(name: str, *, max_length: int = DEFAULT_MAX_LENGTH) -> str:
    """Return an ASCII file name for ``name``, keeping its (lowercased) extension.

    ``"スクリーンショット 2025.PNG"`` becomes ``"sukuriinshotto-2025.png"``.
    """
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    suffix = re.sub(r"[^a-z0-9]", "", suffix.lower())[:10]
    safe_stem = make_slug(stem, max_length=max_length) if stem else FALLBACK_SLUG
    if safe_stem == FALLBACK_SLUG and not re.search(r"[A-Za-z0-9]", romanize(stem)):
        safe_stem = "image"
    return f"{safe_stem}.{suffix}" if suffix else safe_stem
