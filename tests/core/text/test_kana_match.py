"""Tag completion ignores case, width and kana, and finds Japanese tags from romaji."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.core.text.kana_match import KanaMatcher, fold, plain_romaji

TAGS = ["写真", "京都", "紅葉", "LLM", "AI最新ニュース", "ツール", "Google", "Llama 4"]


def test_fold() -> None:
    assert fold("ＬＬＭ") == fold("llm") == "llm"
    assert fold("ツール") == fold("つーる")
    assert fold("Llama 4") == "llama4"


def test_matching_by_kana_romaji_and_case() -> None:
    matcher = KanaMatcher(TAGS)
    assert matcher.matches("shashin") == ["写真"]
    assert matcher.matches("シャ") == ["写真"]
    assert matcher.matches("しゃしん") == ["写真"]
    assert matcher.matches("kyoto") == ["京都"]  # typed without the long vowel
    assert matcher.matches("kyouto") == ["京都"]
    assert matcher.matches("kouyou") == ["紅葉"]
    assert matcher.matches("llm") == ["LLM"]
    assert matcher.matches("つー") == ["ツール"]
    assert matcher.matches("nyu") == ["AI最新ニュース"]  # inside the word


def test_prefix_matches_come_first_and_exclusions_apply() -> None:
    matcher = KanaMatcher(["Meta", "Amazon", "Gemma"])
    assert matcher.matches("m") == ["Meta", "Amazon", "Gemma"]
    assert matcher.matches("ma") == ["Amazon", "Gemma"]
    assert matcher.matches("m", exclude=["META"]) == ["Amazon", "Gemma"]
    assert matcher.matches("") == ["Meta", "Amazon", "Gemma"]
    assert matcher.find_exact("ｍｅｔａ") == "Meta"
    assert matcher.find_exact("met") is None


def test_converter_is_only_built_for_japanese() -> None:
    built: list[int] = []

    def factory():
        built.append(1)
        raise AssertionError("no Japanese candidate needs a reading")

    assert KanaMatcher(["alpha", "beta"], factory).matches("al") == ["alpha"]
    assert built == []


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text(alphabet="aiueokstnhmyrwgzdbp"))
def test_plain_romaji_never_grows(text: str) -> None:
    assert len(plain_romaji(text)) <= len(text)


@given(st.lists(st.text(min_size=1), max_size=8), st.text(max_size=4))
def test_every_candidate_holding_the_query_is_found(candidates, query) -> None:
    matcher = KanaMatcher(candidates)
    found = matcher.matches(query, limit=100)
    assert set(found) <= set(candidates)
    for candidate in candidates:
        if fold(query) in fold(candidate):
            assert candidate in found


def test_prepare_builds_readings_once() -> None:
    import pykakasi

    built: list[int] = []

    def factory():
        built.append(1)
        return pykakasi.kakasi()

    matcher = KanaMatcher(["写真", "京都"], factory)
    matcher.prepare()
    matcher.prepare()
    assert matcher.matches("kyo") == ["京都"]
    assert built == [1]


@given(st.text(max_size=60))
def test_width_and_kana_folding_keeps_every_position(text: str) -> None:
    from editor.core.text.kana_match import fold_width_and_kana

    assert len(fold_width_and_kana(text)) == len(text)


japanese_and_wide = st.text(
    st.one_of(
        st.characters(min_codepoint=0x3000, max_codepoint=0x30FF),  # kana, the wide space
        st.characters(min_codepoint=0xFF00, max_codepoint=0xFFEF),  # full and half width
        st.sampled_from("漢字 aZ-]^\\\n"),
    ),
    max_size=80,
)


@given(japanese_and_wide)
def test_width_and_kana_folding_translates_every_character_by_the_table(text: str) -> None:
    from editor.core.text.kana_match import _WIDTH_AND_KANA, fold_width_and_kana

    assert fold_width_and_kana(text) == text.translate(_WIDTH_AND_KANA)


def test_search_fold_examples() -> None:
    from editor.core.text.kana_match import search_fold

    assert search_fold("ラーメン") == search_fold("らーめん")
    assert search_fold("ＡＩ") == "ai"
    assert search_fold("ｶﾀｶﾅ") == "かたかな"


def test_no_character_but_an_ideograph_itself_folds_to_that_ideograph() -> None:
    """What lets a search look for ideographs in a file's bytes before folding it."""
    from editor.core.text.kana_match import _IDEOGRAPH_RUNS, search_fold

    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        character = chr(code)
        ideographs = _IDEOGRAPH_RUNS.findall(search_fold(character))
        assert ideographs == ([character] if _IDEOGRAPH_RUNS.fullmatch(character) else [])


def test_the_literal_part_of_a_search() -> None:
    from editor.core.text.kana_match import literal_part, search_fold

    assert literal_part(search_fold("Llama 4の性能テスト")) == "性能"
    assert literal_part(search_fold("大規模言語モデルと日本語")) == "大規模言語"
    assert literal_part(search_fold("ベンチマーク")) == ""
