"""表記ゆれ: words a site spells two ways (サーバー/サーバ, できる/出来る), learned from its posts.

:func:`learn_usage` counts each spelling in the prose of the site's posts; a post that uses
a spelling other than the site's usual one gets a finding whose fix is the usual spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from editor.core.export.export_api import QT_TRANSLATE_NOOP
from editor.core.proof.ja_style import Finding

VARIANT = "spelling-variant"
MESSAGE = QT_TRANSLATE_NOOP(
    "Proofreading",
    "This site usually writes 「{0}」 ({1} times in its posts), here 「{2}」: "
    "use the site's usual spelling.",
)

_VERB_TAIL = "(?=る|ない|ます|ません|た|て|れば|よう|そう|なく)"
# Each group: (shown word, pattern, replacement) per spelling.
_KATAKANA: tuple[tuple[tuple[str, str, str], ...], ...] = tuple(
    ((long, long, long), (short, short + "(?!ー)", short))
    for long, short in (
        ("サーバー", "サーバ"),
        ("ユーザー", "ユーザ"),
        ("ブラウザー", "ブラウザ"),
        ("フォルダー", "フォルダ"),
        ("エディター", "エディタ"),
        ("コンピューター", "コンピュータ"),
        ("メモリー", "メモリ"),
        ("プリンター", "プリンタ"),
        ("パラメーター", "パラメータ"),
        ("ドライバー", "ドライバ"),
        ("インターフェース", "インタフェース"),
    )
)
GROUPS: tuple[tuple[tuple[str, str, str], ...], ...] = (
    *_KATAKANA,
    (("できる", "でき" + _VERB_TAIL, "でき"), ("出来る", "出来" + _VERB_TAIL, "出来")),
    (("ください", "ください", "ください"), ("下さい", "下さい", "下さい")),
    (("いただく", "いただ(?=く|き|け|い)", "いただ"), ("頂く", "頂(?=く|き|け|い)", "頂")),
    (("よろしく", "よろしく", "よろしく"), ("宜しく", "宜しく", "宜しく")),
    (("ほとんど", "ほとんど", "ほとんど"), ("殆ど", "殆ど", "殆ど")),
)
_PATTERNS = [[re.compile(pattern) for _shown, pattern, _fix in group] for group in GROUPS]


@dataclass
class SiteUsage:
    """How often the site's posts use each spelling: ``counts[group][spelling]``."""

    counts: list[list[int]] = field(default_factory=lambda: [[0] * len(g) for g in GROUPS])

    def usual(self, group: int) -> int | None:
        """The spelling the site uses most (used at least twice and more than any other)."""
        row = self.counts[group]
        best = max(range(len(row)), key=row.__getitem__)
        if row[best] < 2 or any(count >= row[best] for i, count in enumerate(row) if i != best):
            return None
        return best


def count_spellings(masked: str, usage: SiteUsage) -> None:
    """Add the spellings found in ``masked`` prose to ``usage``."""
    for group, patterns in enumerate(_PATTERNS):
        for index, pattern in enumerate(patterns):
            usage.counts[group][index] += sum(1 for _ in pattern.finditer(masked))


def learn_usage(masked_texts: Iterable[str]) -> SiteUsage:
    """Count every spelling of every group in the site's (masked) post bodies."""
    usage = SiteUsage()
    for text in masked_texts:
        count_spellings(text, usage)
    return usage


def variant_findings(masked: str, usage: SiteUsage) -> Iterator[Finding]:
    """Spellings in ``masked`` other than the site's usual ones, each with the usual as fix."""
    for group, patterns in enumerate(_PATTERNS):
        usual = usage.usual(group)
        if usual is None:
            continue
        shown, _pattern, replacement = GROUPS[group][usual]
        for index, pattern in enumerate(patterns):
            if index == usual:
                continue
            for match in pattern.finditer(masked):
                yield Finding(
                    VARIANT,
                    match.start(),
                    match.end(),
                    MESSAGE,
                    (shown, str(usage.counts[group][usual]), GROUPS[group][index][0]),
                    replacement,
                )
