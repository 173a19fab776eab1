"""Short ASCII slugs for file names: Japanese titles become modified-Hepburn romaji.

unidecode-style transliteration would read kanji as Chinese pinyin (性能 → "xing-neng"),
so Japanese text goes through pykakasi's readings. pykakasi romanises token by token
and spells kana literally (``toukyou``, ``raamen``, ``ha``/``wo``, ``matsu-te``), so this
module only takes its segmentation and readings and writes the romaji itself:

- the title is NFKC-normalised first (``Ｗｉｎｄｏｗｓ１１`` → ``Windows11``);
- Latin words and numbers of the title are kept as they are (``llama-4``, ``iphone-16-pro``);
- a word's okurigana and endings are joined to it before romanising the *joined* reading,
  so the small っ doubles the next consonant (待って → ``matte``);
- long vowels are written without macrons (東京 → ``tokyo``, ラーメン → ``ramen``);
- the particles は/を/へ are ``wa``/``o``/``e``;
- the slug stays short (``max_words`` words, ``max_length`` characters), is cut at a
  clause boundary when one is near, and never ends on a particle.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from slugify import slugify

from editor.core.site.site_errors import InvalidSlugError
from editor.core.text.kana_match import kakasi_converter

DEFAULT_MAX_LENGTH = 32
"""The default longest slug, in characters (a preference)."""
DEFAULT_MAX_WORDS = 5
"""The default most words in a suggested slug (a preference)."""
FALLBACK_SLUG = "post"

_KANJI = "\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KANA = "\u3041-\u309f\u30a0-\u30ff\u31f0-\u31ff"
_JAPANESE = re.compile(f"[{_KANJI}{_KANA}]")
_JAPANESE_RUN = re.compile(f"[{_KANJI}{_KANA}]+")
_CLAUSE_BREAK = re.compile(r"[、。，．,.!?！？:：;；「」『』（）()【】〈〉《》\[\]〜~…・/|｜]")
_HIRAGANA_ONLY = re.compile("[\u3041-\u309f]+")
# A slug someone typed may be Japanese: any letters and digits, ``-``, ``_`` and ``.``.
_VALID_SLUG = re.compile(r"[^\W_](?:[\w.-]*[^\W_])?")

_PARTICLES = frozenset(
    [
        "は",
        "を",
        "へ",
        "が",
        "の",
        "に",
        "で",
        "と",
        "も",
        "や",
        "か",
        "から",
        "まで",
        "より",
        "ね",
        "よ",
        "って",
    ]
)
"""Stand-alone hiragana words that are particles: never the last word of a slug."""
_SPOKEN_PARTICLES = {"は": "wa", "を": "o", "へ": "e"}
_PARTICLE_PAIRS = frozenset(["では", "には", "とは", "のは", "からは", "までは", "へは"])
"""Particle pairs that end in は (read ``wa``): ``dewa``, ``niwa``, ``towa``…"""
_TRAILING_PARTICLES = "はをへがにでとも"
"""A particle pykakasi glued to a kanji word (今日は, 何で) is split off again."""

_FINISHED = tuple("ただるてでうくばず")
"""An ending that closes a word (食べた, 書く): a hiragana token after it is a new word."""
_HIRAGANA_WORDS = ("ください", "について", "ため", "もの", "こと", "とき")
"""Hiragana words pykakasi glues to an ending (てください, るための): split off again."""
_DEMONSTRATIVES = frozenset(["もの", "この", "その", "あの", "どの"])
_PREFIXES = ("お", "ご")
"""Honorific prefixes (お知らせ, ご挨拶): they belong to the word after them."""

_O_ROW = set("おこごそぞとどのほぼぽもよょろを")
_U_ROW = set("うくぐすずつづぬふぶぷむゆゅる")


@dataclass
class _Word:
    """One word of the slug: its romaji pieces, and whether it is a particle."""

    pieces: list[str]
    particle: bool = False
    clause_end: bool = False
    kana: list[tuple[str, bool]] = field(default_factory=list)
    """(hiragana, from kanji or katakana) parts still to romanise, for Japanese words."""


def _shorten_long_vowels(kana: str) -> str:
    """Drop the second vowel of a long vowel (とうきょう → ときょ, おおさか → おさか)."""
    out: list[str] = []
    for char in kana:
        previous = out[-1] if out else ""
        if char == "ー" or (char == "う" and previous in _O_ROW | _U_ROW):
            continue
        if char == "お" and previous in _O_ROW:
            continue
        out.append(char)
    return "".join(out)


def kana_to_romaji(kana: str) -> str:
    """Return modified-Hepburn romaji (no macrons) for ``kana`` read as one word.

    >>> kana_to_romaji("まって"), kana_to_romaji("まっちゃ"), kana_to_romaji("しんい")
    ('matte', 'matcha', 'shini')
    """
    if not kana:
        return ""
    text = kana.replace("を", "お").replace("ー", "")
    romaji = "".join(part["hepburn"] for part in kakasi_converter().convert(text))
    return re.sub(r"[^a-z0-9]", "", romaji.lower())


def _word_romaji(word: _Word) -> str:
    """Romanise a Japanese word's joined reading, shortening long vowels where they are."""
    kana = ""
    for part, from_kanji in word.kana:
        if from_kanji:
            kana += _shorten_long_vowels(part)
        elif part.endswith("う") and not part.endswith(("ょう", "ゅう")):
            # A verb's う (思う, 言う) is said: keep it; shorten only inside the ending.
            kana += _shorten_long_vowels(part[:-1]) + "う"
        else:
            kana += _shorten_long_vowels(part)
    if word.particle and kana in _SPOKEN_PARTICLES:
        return _SPOKEN_PARTICLES[kana]
    if kana in _PARTICLE_PAIRS:
        return kana_to_romaji(kana[:-1]) + "wa"
    return kana_to_romaji(kana)


def _tokens(run: str) -> list[tuple[str, str]]:
    """pykakasi's (original, hiragana) tokens of a Japanese run, particles split off."""
    tokens: list[tuple[str, str]] = []
    for part in kakasi_converter().convert(run):
        orig, hira = part["orig"], part["hira"]
        last = orig[-1:]
        if len(orig) > 1 and last in _TRAILING_PARTICLES and not _HIRAGANA_ONLY.fullmatch(orig[-2]):
            stem = "".join(p["hira"] for p in kakasi_converter().convert(orig[:-1]))
            tokens.extend([(orig[:-1], stem), (last, last)])
        else:
            tokens.append((orig, hira))
    return tokens


def _split_hiragana(orig: str) -> list[str]:
    """Split the known words and a trailing の off a hiragana token (るための → る, ため, の)."""
    parts: list[str] = []
    rest = orig
    if len(rest) > 1 and rest.endswith("の") and not rest.endswith(tuple(_DEMONSTRATIVES)):
        parts.append("の")
        rest = rest[:-1]
    for word in _HIRAGANA_WORDS:
        if rest.endswith(word) and rest != word:
            parts.append(word)
            rest = rest[: -len(word)]
            break
    return [rest, *reversed(parts)]


def _reading(text: str) -> str:
    return "".join(part["hira"] for part in kakasi_converter().convert(text))


def _split_compound(orig: str, hira: str) -> list[tuple[str, str]]:
    """Split a long kanji compound (性能向上, 北海道旅行) where the readings agree.

    The last two kanji are tried as a word first, then the first two; a split whose
    readings differ from the whole (株式会社: ``kabushiki`` + ``kaisha``) is not taken.
    """
    if len(orig) < 4 or not re.fullmatch(f"[{_KANJI}]+", orig):
        return [(orig, hira)]
    for cut in dict.fromkeys((len(orig) - 2, 2)):
        head, tail = _reading(orig[:cut]), _reading(orig[cut:])
        if head + tail == hira:
            return [*_split_compound(orig[:cut], head), *_split_compound(orig[cut:], tail)]
    return [(orig, hira)]


def _japanese_words(run: str) -> list[_Word]:
    """The words of a run of Japanese text: content words with their endings, particles."""
    words: list[_Word] = []
    tokens: list[tuple[str, str]] = []
    for orig, hira in _tokens(run):
        if _HIRAGANA_ONLY.fullmatch(orig):
            tokens.extend((part, part) for part in _split_hiragana(orig))
        else:
            tokens.append((orig, hira))
    prefix = ""
    for orig, hira in tokens:
        hiragana = bool(_HIRAGANA_ONLY.fullmatch(orig))
        if hiragana and orig[0] in _PARTICLES and orig[1:] in _PREFIXES:
            words.append(_Word([], particle=True, kana=[(orig[0], False)]))
            prefix = orig[1:]  # のお知らせ: の, then お知らせ
            continue
        if hiragana and orig in _PARTICLES:
            words.append(_Word([], particle=True, kana=[(orig, False)]))
            continue
        previous = words[-1] if words and not words[-1].particle else None
        if orig == "方" and previous is not None and not previous.kana[-1][1]:
            previous.kana.append(("かた", True))  # 淹れ方, 働き方: "kata", not "ho"
            continue
        if (
            hiragana
            and previous is not None
            and orig not in _HIRAGANA_WORDS
            and not previous.kana[-1][0].endswith(_FINISHED)
        ):
            previous.kana.append((hira, False))  # okurigana, an ending: same word
            continue
        if words and words[-1].kana and words[-1].kana[-1][0].endswith("っ"):
            words[-1].kana.append((hira, not hiragana))  # 作っ + て: one word, said "tte"
            continue
        if prefix:
            orig, hira, prefix = prefix + orig, prefix + hira, ""
        for part_orig, part_hira in _split_compound(orig, hira):
            suffix = re.search("[\u3041-\u309f]+$", part_orig)
            if suffix and not hiragana and part_hira.endswith(suffix.group()):
                stem = part_hira[: -len(suffix.group())]
                words.append(_Word([], kana=[(stem, True), (suffix.group(), False)]))
            else:
                words.append(_Word([], kana=[(part_hira, not hiragana)]))
    for word in words:
        romaji = _word_romaji(word)
        word.pieces = [romaji] if romaji else []
    return [word for word in words if word.pieces]


def _latin_words(text: str) -> list[_Word]:
    """Latin words and numbers: a number belongs to the word before it (``llama-4``)."""
    words: list[_Word] = []
    for piece in slugify(text).split("-"):
        if not piece:
            continue
        if piece[0].isdigit() and words and not words[-1].pieces[-1][0].isdigit():
            words[-1].pieces.append(piece)
        else:
            words.append(_Word([piece]))
    return words


def _words(title: str) -> list[_Word]:
    """Every word of ``title``, in order, with clause boundaries marked."""
    text = unicodedata.normalize("NFKC", title)
    words: list[_Word] = []
    for chunk in re.split(f"({_CLAUSE_BREAK.pattern})", text):
        if not chunk:
            continue
        if _CLAUSE_BREAK.fullmatch(chunk):
            if words:
                words[-1].clause_end = True
            continue
        position = 0
        for match in _JAPANESE_RUN.finditer(chunk):
            words.extend(_latin_words(chunk[position : match.start()]))
            japanese = _japanese_words(match.group())
            if words and japanese and words[-1].pieces[-1].isdigit() and not words[-1].particle:
                # 3日目, 2025年: the number and its counter are one word (3-nichime).
                words[-1].pieces.extend(japanese.pop(0).pieces)
            words.extend(japanese)
            position = match.end()
        words.extend(_latin_words(chunk[position:]))
    return words


def _cut(words: list[_Word], max_words: int, max_length: int) -> list[_Word]:
    """The first words that fit, preferring a clause end; no particle at either end."""
    kept: list[_Word] = []
    length = -1
    for word in words:
        added = len("-".join(word.pieces)) + 1
        if len(kept) >= max_words or length + added > max_length:
            break
        kept.append(word)
        length += added
    if len(kept) < len(words):
        ends = [i for i, w in enumerate(kept) if w.clause_end and i >= 1]
        content = [i for i, w in enumerate(kept) if not w.particle]
        if ends and sum(1 for i in content if i <= ends[-1]) >= 2:
            kept = kept[: ends[-1] + 1]
    while kept and kept[-1].particle:
        kept.pop()
    while kept and kept[0].particle:
        kept.pop(0)
    return kept


def romanize(text: str) -> str:
    """Return ``text`` with its Japanese words in modified-Hepburn romaji, space-separated."""
    if not _JAPANESE.search(text):
        return text
    return " ".join("-".join(word.pieces) for word in _words(text))


def make_slug(
    title: str, *, max_length: int = DEFAULT_MAX_LENGTH, max_words: int = DEFAULT_MAX_WORDS
) -> str:
    """Return a short ASCII, lowercase, hyphenated slug for ``title`` (never empty).

    >>> make_slug("Llama 4の性能向上、その真意は何でしょうか？")
    'llama-4-no-seino-kojo'
    >>> make_slug("東京でラーメンを食べる")
    'tokyo-de-ramen-o-taberu'
    """
    max_length = max(1, max_length)
    words = _cut(_words(title), max(1, max_words), max_length)
    slug = "-".join("-".join(word.pieces) for word in words)
    if not slug:
        # Not one word fits: cut the first one (still on a hyphen where it has one).
        slug = slugify(romanize(title), max_length=max_length, word_boundary=False)
    slug = slug[:max_length].strip("-")
    return slug or FALLBACK_SLUG


def is_valid_slug(slug: str) -> bool:
    """Return whether ``slug`` is a safe file name.

    Letters and digits of any script (a Japanese name typed by the writer builds fine in
    Jekyll and Hugo), ``-``, ``_`` and ``.``, starting and ending with a letter or digit.
    """
    return bool(_VALID_SLUG.fullmatch(slug)) and ".." not in slug and len(slug) <= 200


def check_slug(slug: str) -> str:
    """Return ``slug`` unchanged, or raise :class:`InvalidSlugError` if it is unsafe."""
    if not is_valid_slug(slug):
        raise InvalidSlugError(slug)
    return slug


def safe_file_name(name: str, *, max_length: int = 60) -> str:
    """Return an ASCII file name for ``name``, keeping its (lowercased) extension.

    ``"スクリーンショット 2025.PNG"`` becomes ``"sukurinshotto-2025.png"``.
    """
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    suffix = re.sub(r"[^a-z0-9]", "", suffix.lower())[:10]
    safe_stem = make_slug(stem, max_length=max_length, max_words=12) if stem else FALLBACK_SLUG
    if safe_stem == FALLBACK_SLUG and not re.search(r"[A-Za-z0-9]", romanize(stem)):
        safe_stem = "image"
    return f"{safe_stem}.{suffix}" if suffix else safe_stem
