"""Forgiving matching for tag completion: case, width, kana and romaji do not matter.

A writer looking for the tag ``写真`` may type ``写``, ``しゃしん``, ``シャシン`` or
``shashin``; one looking for ``LLM`` may type ``llm`` or ``ＬＬＭ``. Candidates are folded
once (NFKC, case-folded, katakana → hiragana) and, when they hold Japanese, also spelled
in romaji with pykakasi; a query matches when its folded form is a substring of either.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from itertools import repeat
from typing import Any

__all__ = [
    "KanaMatcher",
    "fold",
    "fold_width_and_kana",
    "has_japanese",
    "literal_part",
    "plain_romaji",
    "romaji_of",
    "search_fold",
]

_KATAKANA = re.compile("[\u30a1-\u30f6]")
_JAPANESE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_LONG_VOWEL = re.compile(r"ou|uu|oo|aa|ii")
_NOT_LETTER = re.compile(r"[\s\-_・'’]+")


def fold(text: str) -> str:
    """NFKC-normalise, case-fold, turn katakana into hiragana and drop spaces and dashes."""
    for _ in range(4):  # dropping a space can let combining marks compose: repeat until stable
        folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
        folded = _KATAKANA.sub(lambda m: chr(ord(m.group()) - 0x60), folded)
        folded = _NOT_LETTER.sub("", folded)
        if folded == text:
            break
        text = folded
    return text


def _width_and_kana_table() -> dict[int, int]:
    """Full-width ASCII, the ideographic space, half-width and full-width katakana → the
    ASCII or hiragana character they read as; only one-character results (so positions in
    a folded text are positions in the original)."""
    table: dict[int, int] = {}
    for code in [*range(0x3000, 0x3001), *range(0x30A1, 0x30F7), *range(0xFF01, 0xFFA0)]:
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) != 1:
            continue
        if "\u30a1" <= folded <= "\u30f6":
            folded = chr(ord(folded) - 0x60)
        if folded != chr(code):
            table[code] = ord(folded)
    return table


_WIDTH_AND_KANA = _width_and_kana_table()
_FOLDED_RUNS = re.compile(f"([{''.join(re.escape(chr(c)) for c in sorted(_WIDTH_AND_KANA))}]+)")
"""Runs of characters :func:`fold_width_and_kana` changes."""


def fold_width_and_kana(text: str) -> str:
    """``text`` with full-width ASCII made ASCII and katakana made hiragana, same length.

    ``ＡＩ`` → ``AI``, ``ラーメン`` → ``らーめん``, ``ｶﾀｶﾅ`` → ``かたかな``. Every character maps
    to one character, so a match found in the folded text is at the same place in the
    original (what Find needs to select it). No romaji: ``AI`` never finds ``機械学習``.

    Only the runs of characters that change are translated: ``str.translate`` looks every
    character up, and for a Japanese text that was 60 ns a character, most of the cost of
    reading a site's posts for a search.
    """
    parts = _FOLDED_RUNS.split(text)
    if len(parts) > 1:
        parts[1::2] = map(str.translate, parts[1::2], repeat(_WIDTH_AND_KANA))
    return "".join(parts)


def search_fold(text: str) -> str:
    """``text`` as the posts filter compares it: width, kana and case folded."""
    return fold_width_and_kana(text).casefold()


_IDEOGRAPH_RUNS = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]+")


def literal_part(folded: str) -> str:
    """The longest run of ``folded`` (a :func:`search_fold` result) that any text whose
    fold contains ``folded`` holds as written: CJK ideographs, which no other character
    folds to and which fold to themselves. ``""`` when it has none.

    A search can look for it in a file's bytes before decoding and folding the file.
    """
    return max(_IDEOGRAPH_RUNS.findall(folded), key=len, default="")


def has_japanese(text: str) -> bool:
    """True when ``text`` holds kana or kanji."""
    return _JAPANESE.search(text) is not None


def romaji_of(text: str, converter: Any) -> tuple[str, str]:
    """``(hepburn, hiragana)`` readings of ``text``, folded, using a ``pykakasi.kakasi()``."""
    parts = converter.convert(text)
    hepburn = fold("".join(part["hepburn"] for part in parts))
    return hepburn, fold("".join(part["hira"] for part in parts))


def plain_romaji(hepburn: str) -> str:
    """Romaji without long vowels, as writers type it (``kyouto`` → ``kyoto``)."""
    return _LONG_VOWEL.sub(lambda m: m.group()[0], hepburn)


@cache
def kakasi_converter() -> Any:
    """The process's one pykakasi converter (readings for matching, slugs, ruby).

    Imported and built on first use: loading pykakasi costs time the start should not pay.
    """
    import pykakasi

    return pykakasi.kakasi()


class KanaMatcher:
    """Rank candidates against what the writer typed.

    ``converter_factory`` makes the romaji converter the first time a Japanese candidate
    needs a reading (injected so tests and callers can share one).
    """

    def __init__(
        self,
        candidates: Iterable[str] = (),
        converter_factory: Callable[[], Any] = kakasi_converter,
    ) -> None:
        self._candidates = list(dict.fromkeys(candidates))
        self._factory = converter_factory
        self._converter: Any = None
        self._keys: list[tuple[str, ...]] | None = None

    @property
    def candidates(self) -> list[str]:
        """The candidates in their original order (most used first, by convention)."""
        return list(self._candidates)

    def prepare(self) -> None:
        """Build the readings now (the first one loads pykakasi's dictionary, ~0.4 s)."""
        self._search_keys()

    def _search_keys(self) -> list[tuple[str, ...]]:
        if self._keys is None:
            keys = []
            for candidate in self._candidates:
                forms = [fold(candidate)]
                if has_japanese(candidate):
                    if self._converter is None:
                        self._converter = self._factory()
                    hepburn, hiragana = romaji_of(candidate, self._converter)
                    forms += [hepburn, plain_romaji(hepburn), hiragana]
                keys.append(tuple(dict.fromkeys(forms)))
            self._keys = keys
        return self._keys

    def matches(self, query: str, exclude: Iterable[str] = (), limit: int = 50) -> list[str]:
        """Candidates matching ``query``: prefix matches first, then others, each in order.

        Candidates in ``exclude`` (compared folded, e.g. tags already on the post) are left
        out. An empty query matches every candidate.
        """
        wanted = fold(query)
        excluded = {fold(item) for item in exclude}
        prefix: list[str] = []
        inside: list[str] = []
        for candidate, forms in zip(self._candidates, self._search_keys(), strict=True):
            if forms[0] in excluded:
                continue
            if any(form.startswith(wanted) for form in forms):
                prefix.append(candidate)
            elif any(wanted in form for form in forms):
                inside.append(candidate)
        return (prefix + inside)[:limit]

    def find_exact(self, text: str) -> str | None:
        """The candidate that is ``text`` up to case, width and kana, if any."""
        wanted = fold(text)
        for candidate in self._candidates:
            if fold(candidate) == wanted:
                return candidate
        return None
