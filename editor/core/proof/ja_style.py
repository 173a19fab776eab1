"""Japanese style rules that need no morphological analyzer, run on masked prose.

Every analyzer that ships as a wheel with its dictionary would break the installer's size
budget (Janome 19.7 MB and 1 s per 20,000 characters; fugashi + unidic-lite 48 MB;
SudachiPy + sudachidict-core 79 MB, against about 10 MB left), so each rule here is a
pattern written for what it can decide honestly from the characters alone:

* ら抜き言葉 only for the common 一段 and カ変 verbs written with a kanji stem
  (``見れる`` → ``見られる``); 可能動詞 of 五段 verbs (``取れる``) are never flagged;
* 二重否定 for the fixed expressions (``ないわけではない``, ``なくはない``…);
* a particle written twice in a row (``のの``, ``がが``), ``ものの`` and ``ののしる`` excepted;
* sentences longer than a limit and sentences with too many 読点;
* です・ます and だ・である mixed in one post (the minority's sentences are flagged);
* full-width Markdown syntax that will not render (``＃ 見出し``, ``－　項目``, ``１．``,
  ``##　見出し``);
* control and invisible characters; letters of an unexpected script touching Japanese
  text (Arabic letters inside ``参入障اقを``).

The text given is the output of :func:`editor.core.proof.prose.mask_non_prose`, so no rule sees
code, Liquid, URLs or markup. Each finding is a :class:`Finding` with offsets into it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from editor.core.export.export_api import QT_TRANSLATE_NOOP, Text
from editor.core.proof.prose import MASK

RA_NUKI = "ra-nuki"
DOUBLE_NEGATIVE = "double-negative"
DOUBLED_PARTICLE = "doubled-particle"
LONG_SENTENCE = "long-sentence"
TOO_MANY_COMMAS = "too-many-commas"
MIXED_STYLE = "mixed-style"
FULLWIDTH_MARKDOWN = "fullwidth-markdown"
CONTROL_CHARACTER = "control-character"
UNEXPECTED_SCRIPT = "unexpected-script"

MESSAGES: dict[str, Text] = {
    RA_NUKI: QT_TRANSLATE_NOOP(
        "Proofreading", "「{0}」 drops the ら of the potential form (ら抜き言葉): write 「{1}」."
    ),
    DOUBLE_NEGATIVE: QT_TRANSLATE_NOOP(
        "Proofreading", "「{0}」 is a double negative: saying it positively is easier to read."
    ),
    DOUBLED_PARTICLE: QT_TRANSLATE_NOOP(
        "Proofreading", "The particle 「{0}」 is written twice in a row."
    ),
    LONG_SENTENCE: QT_TRANSLATE_NOOP(
        "Proofreading", "This sentence has {0} characters (more than {1}): consider splitting it."
    ),
    TOO_MANY_COMMAS: QT_TRANSLATE_NOOP(
        "Proofreading", "This sentence has {0} 読点 (more than {1}): consider splitting it."
    ),
    MIXED_STYLE: QT_TRANSLATE_NOOP(
        "Proofreading", "This post mostly ends sentences with {0}; this one ends with {1}."
    ),
    FULLWIDTH_MARKDOWN: QT_TRANSLATE_NOOP(
        "Proofreading",
        "「{0}」 is full-width, so this line will not render as Markdown: write 「{1}」.",
    ),
    CONTROL_CHARACTER: QT_TRANSLATE_NOOP(
        "Proofreading", "An invisible control character ({0}) is in the text: remove it."
    ),
    UNEXPECTED_SCRIPT: QT_TRANSLATE_NOOP(
        "Proofreading",
        "「{0}」 ({1} letters) inside Japanese text looks like a stray input: remove it?",
    ),
}
STYLE_NAMES = {"polite": "です・ます", "plain": "だ・である"}


@dataclass(frozen=True, slots=True)
class Finding:
    """One finding: ``[start, end)`` in the checked text, the rule, and a fix if there is one.

    ``message`` is translated by the UI and formatted with ``args``; ``fix`` replaces the
    range (``None``: no quick fix).
    """

    rule: str
    start: int
    end: int
    message: Text
    args: tuple[str, ...] = ()
    fix: str | None = None


@dataclass(frozen=True, slots=True)
class StyleLimits:
    """The numbers a site may change: sentence length and 読点 per sentence."""

    sentence_length: int = 100
    commas: int = 4


_JA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f々〆ヵヶ"
_JA_CHAR = re.compile(f"[{_JA}]")
# 一段 / カ変 verbs whose ら抜き forms are common; the stem is written with its kanji.
_ICHIDAN_STEMS = (
    "見|来|着|寝|出|居|似|煮|起き|食べ|考え|決め|変え|受け|投げ|答え|覚え|教え|調べ|始め"
    "|止め|辞め|続け|助け|逃げ|届け|付け|見せ|借り|降り|浴び|生き|落ち|過ぎ|信じ|感じ|閉じ"
    "|起き|着替え|伝え|比べ|集め|建て|捨て|育て|慣れ|忘れ|認め|求め|止め"
)
_RA_NUKI = re.compile(f"({_ICHIDAN_STEMS})れ(る|ない|ます|ません|た|なかった|て|ず)")
_DOUBLE_NEGATIVE = re.compile(
    "な(?:い|く)(?:わけ|訳)で(?:は|も)(?:ない|ありません)"
    "|ないこと(?:は|も)(?:ない|ありません)"
    "|なくは(?:ない|ありません)|なくも(?:ない|ありません)"
    "|ないで(?:は|も)(?:ない|ありません)"
    "|ないわけに(?:は|も)(?:いかない|いきません)"
    "|ざるを得(?:ない|ません)"
)
_DOUBLED = re.compile("(?<!も)(のの)(?!し)|(がが)|(をを)|(にに)|(でで)")
_SENTENCE_END = re.compile("[。！？!?]|\n")
_POLITE = re.compile("(?:です|ます|でした|ました|ません|でしょう|ましょう|ください)[。！]$")
_PLAIN = re.compile("(?:だ|である|であった|だった|だろう|ではない|のだ)[。！]$")
_TO_POLITE = (
    ("である。", "です。"),
    ("であった。", "でした。"),
    ("だった。", "でした。"),
    ("だろう。", "でしょう。"),
    ("ではない。", "ではありません。"),
    ("だ。", "です。"),
)
_TO_PLAIN = (("でした。", "だった。"), ("でしょう。", "だろう。"), ("です。", "だ。"))
_FULLWIDTH_LINE = re.compile(
    r"^(?P<lead>[ \t]*)(?:(?P<fw>[＃]{1,6}|[－＊＋＞]|[０-９]+[．）])(?P<sp>[ \t\u3000])"
    r"|(?P<ascii>#{1,6}|[-*+>]|\d+[.)])(?P<wide>\u3000))",
    re.M,
)
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u2028", "\u2029"}
_EXPECTED_SCRIPTS = {
    "CJK",
    "HIRAGANA",
    "KATAKANA",
    "KATAKANA-HIRAGANA",
    "IDEOGRAPHIC",
    "LATIN",
    "FULLWIDTH",
    "HALFWIDTH",
    "GREEK",
}


def ra_nuki(text: str) -> Iterator[Finding]:
    """ら抜き言葉 of the listed verbs: ``見れる`` → ``見られる`` (``見れば`` is not one)."""
    for match in _RA_NUKI.finditer(text):
        stem, ending = match.group(1), match.group(2)
        start = match.start()
        if start and text[start - 1] in "出未将以本外提輸露演":  # 出来る, 未来, 提出, 外出…
            continue
        fixed = f"{stem}られ{ending}"
        yield Finding(RA_NUKI, start, match.end(), MESSAGES[RA_NUKI], (match[0], fixed), fixed)


def double_negatives(text: str) -> Iterator[Finding]:
    """The fixed double-negative expressions."""
    for match in _DOUBLE_NEGATIVE.finditer(text):
        yield Finding(
            DOUBLE_NEGATIVE, match.start(), match.end(), MESSAGES[DOUBLE_NEGATIVE], (match[0],)
        )


def doubled_particles(text: str) -> Iterator[Finding]:
    """A particle written twice (``のの``); the fix keeps one."""
    for match in _DOUBLED.finditer(text):
        doubled = match[0]
        yield Finding(
            DOUBLED_PARTICLE,
            match.start(),
            match.end(),
            MESSAGES[DOUBLED_PARTICLE],
            (doubled[0],),
            doubled[0],
        )


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence: up to 。！？ or a line end, blanks trimmed."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end() if match[0] != "\n" else match.start()
        yield from _trimmed(text, start, end)
        start = match.end()
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start] in " \t\u3000\r" + MASK:
        start += 1
    while end > start and text[end - 1] in " \t\u3000\r" + MASK:
        end -= 1
    if end > start:
        yield start, end


def sentence_rules(text: str, limits: StyleLimits) -> Iterator[Finding]:
    """Long sentences and too many 読点, in sentences that contain Japanese."""
    for start, end in sentences(text):
        sentence = text[start:end]
        if not _JA_CHAR.search(sentence):
            continue
        length = end - start - sentence.count(MASK)
        if length > limits.sentence_length:
            yield Finding(
                LONG_SENTENCE,
                start,
                end,
                MESSAGES[LONG_SENTENCE],
                (str(length), str(limits.sentence_length)),
            )
        commas = sentence.count("、") + sentence.count("，")
        if commas > limits.commas:
            yield Finding(
                TOO_MANY_COMMAS,
                start,
                end,
                MESSAGES[TOO_MANY_COMMAS],
                (str(commas), str(limits.commas)),
            )


def sentence_styles(text: str) -> Iterator[tuple[str, int, int]]:
    """``(style, start, end)`` for each sentence ending in です・ます or だ・である."""
    for start, end in sentences(text):
        sentence = text[start:end]
        if _POLITE.search(sentence):
            yield "polite", start, end
        elif _PLAIN.search(sentence):
            yield "plain", start, end


def mixed_style(styles: list[tuple[str, int, int]], text: str) -> Iterator[Finding]:
    """Flag the sentences of the minority style (nothing when one style is used)."""
    polite = sum(1 for style, _s, _e in styles if style == "polite")
    plain = len(styles) - polite
    if not polite or not plain:
        return
    usual = "polite" if polite >= plain else "plain"
    swaps = _TO_POLITE if usual == "polite" else _TO_PLAIN
    for style, start, end in styles:
        if style == usual:
            continue
        fix_start, fix = end, None
        for old, new in swaps:
            if text[start:end].endswith(old):
                fix_start, fix = end - len(old), new
                break
        yield Finding(
            MIXED_STYLE,
            fix_start if fix is not None else start,
            end,
            MESSAGES[MIXED_STYLE],
            (STYLE_NAMES[usual], STYLE_NAMES[style]),
            fix,
        )


def fullwidth_markdown(text: str) -> Iterator[Finding]:
    """Line starts that look like Markdown but use full-width marks or a full-width space."""
    for match in _FULLWIDTH_LINE.finditer(text):
        if match["fw"]:
            start, end = match.start("fw"), match.end("sp")
            wrong = match["fw"] + match["sp"]
            right = unicodedata.normalize("NFKC", match["fw"]).replace("－", "-") + " "
        else:
            start, end = match.start("ascii"), match.end("wide")
            wrong = match["ascii"] + match["wide"]
            right = match["ascii"] + " "
        shown = wrong.replace("\u3000", "□")
        yield Finding(
            FULLWIDTH_MARKDOWN, start, end, MESSAGES[FULLWIDTH_MARKDOWN], (shown, right), right
        )


def control_characters(text: str) -> Iterator[Finding]:
    """C0/C1 controls other than tab and line ends, and invisible format characters."""
    for index, char in enumerate(text):
        if char in "\t\n\r" or char == MASK:
            continue
        if unicodedata.category(char) == "Cc" or char in _INVISIBLE or "\u202a" <= char <= "\u202e":
            name = f"U+{ord(char):04X}"
            yield Finding(
                CONTROL_CHARACTER, index, index + 1, MESSAGES[CONTROL_CHARACTER], (name,), ""
            )


def _script(char: str) -> str:
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]


def unexpected_scripts(text: str) -> Iterator[Finding]:
    """Runs of letters of another script touching kana or kanji (``障اقを``)."""
    index, length = 0, len(text)
    while index < length:
        char = text[index]
        if not unicodedata.category(char).startswith("L") or _script(char) in _EXPECTED_SCRIPTS:
            index += 1
            continue
        script = _script(char)
        end = index + 1
        while end < length and (
            unicodedata.category(text[end])[0] in "LM" and _script(text[end]) == script
        ):
            end += 1
        before = text[index - 1] if index else ""
        after = text[end] if end < length else ""
        if _JA_CHAR.match(before) or _JA_CHAR.match(after):
            run = text[index:end]
            name = script.capitalize()
            yield Finding(
                UNEXPECTED_SCRIPT, index, end, MESSAGES[UNEXPECTED_SCRIPT], (run, name), ""
            )
        index = end


def local_findings(text: str, limits: StyleLimits) -> list[Finding]:
    """Every rule that looks at one paragraph alone (all but the post-wide style mix)."""
    found: list[Finding] = []
    for rule in (
        ra_nuki,
        double_negatives,
        doubled_particles,
        fullwidth_markdown,
        control_characters,
        unexpected_scripts,
    ):
        found.extend(rule(text))
    found.extend(sentence_rules(text, limits))
    return found
