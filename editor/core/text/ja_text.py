"""Small Japanese text commands: 全角/半角 conversion, ruby markup, full-width Markdown marks.

Plain functions on strings (the UI applies them to the selection or the current line):

- :func:`to_full_width` / :func:`to_half_width` convert letters, digits and punctuation
  (and half-width katakana to full width; full-width katakana is never made half width,
  which Japanese text does not want);
- :func:`ruby` writes ``<ruby>漢字<rt>かんじ</rt></ruby>`` with a suggested reading;
- :func:`fix_full_width_markers` turns a line typed with the IME still on (``＃　見出し``,
  ``－　項目``, ``１．　手順``) into the Markdown it was meant to be.
"""

from __future__ import annotations

import re
from html import escape

import jaconv

from editor.core.text.kana_match import kakasi_converter

__all__ = [
    "cjk_runs",
    "fix_full_width_markers",
    "ruby",
    "suggest_reading",
    "to_full_width",
    "to_half_width",
]

_MARKER = re.compile(
    r"^(?P<indent>[ \t　]*)(?:(?P<hashes>[＃#]{1,6})|(?P<bullet>[－ー―‐*＊・+＋])|"
    r"(?P<number>[0-9０-９]{1,9})(?P<dot>[．.。）)]))[ 　]+"
)
_CLOSING_PAIRS = {
    "「": "」",
    "『": "』",
    "（": "）",
    "【": "】",
    "〈": "〉",
    "《": "》",
    "〔": "〕",
}
"""Opening brackets and their closing partners (for optional auto-pairing)."""


def to_full_width(text: str) -> str:
    """Letters, digits, punctuation, spaces and half-width katakana in full width."""
    return str(jaconv.h2z(text, kana=True, ascii=True, digit=True))


def to_half_width(text: str) -> str:
    """Full-width letters, digits, punctuation and spaces in half width (kana stays)."""
    return str(jaconv.z2h(text, kana=False, ascii=True, digit=True))


def closing_bracket(opening: str) -> str | None:
    """The partner of a Japanese opening bracket (``「`` → ``」``), else ``None``."""
    return _CLOSING_PAIRS.get(opening)


def suggest_reading(text: str) -> str:
    """A hiragana reading of ``text`` to start a ruby annotation from (the writer edits it)."""
    return "".join(str(part["hira"]) for part in kakasi_converter().convert(text))


def ruby(base: str, reading: str | None = None) -> str:
    """``base`` annotated with ``reading`` (suggested when ``None``) as HTML ruby."""
    text = reading if reading is not None else suggest_reading(base)
    return f"<ruby>{escape(base, quote=False)}<rt>{escape(text, quote=False)}</rt></ruby>"


def fix_full_width_markers(line: str) -> str:
    """``line`` with a Markdown marker typed in full width made ASCII (else unchanged).

    ``＃＃　見出し`` → ``## 見出し``, ``－　項目`` → ``- 項目``, ``１．　手順`` → ``1. 手順``.
    A line that already is Markdown, or has no marker, comes back as it was.
    """
    match = _MARKER.match(line)
    if match is None:
        return line
    indent = match.group("indent").replace("　", "  ")
    if match.group("hashes"):
        marker = "#" * len(match.group("hashes"))
    elif match.group("bullet"):
        marker = (
            "-" if match.group("bullet") not in "*＊+＋" else to_half_width(match.group("bullet"))
        )
    else:
        dot = ")" if match.group("dot") in "）)" else "."
        marker = to_half_width(match.group("number")) + dot
    fixed = f"{indent}{marker} {line[match.end() :]}"
    return fixed


_CJK_RUN = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]+")


def cjk_runs(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of Chinese/Japanese characters in ``text``.

    Kana, kanji, CJK punctuation and full-width forms: script that has no italic, where a
    slanted face is a fake.
    """
    return [match.span() for match in _CJK_RUN.finditer(text)]
