"""Tests for editor.core.text.slug: short modified-Hepburn slugs and safe file names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.core.text.slug import (
    DEFAULT_MAX_LENGTH,
    InvalidSlugError,
    check_slug,
    is_valid_slug,
    kana_to_romaji,
    make_slug,
    safe_file_name,
)

# Titles of the kind Japanese bloggers write, and the slug each would accept: long vowels
# without macrons, particles は/を/へ said wa/o/e, Latin words kept, short, no trailing
# particle, numbers with their counters.
TITLES = [
    ("Llama 4の性能向上、その真意は何でしょうか？", "llama-4-no-seino-kojo"),
    ("東京でラーメンを食べる", "tokyo-de-ramen-o-taberu"),
    ("ちょっと待ってください", "chotto-matte-kudasai"),
    ("3日目の朝", "3-nichime-no-asa"),
    ("Ｗｉｎｄｏｗｓ１１の設定", "windows11-no-settei"),
    ("iPhone 16 Proレビュー", "iphone-16-pro-rebyu"),
    ("今日は京都へ行きました", "kyo-wa-kyoto-e-ikimashita"),
    ("2025年の振り返り", "2025-nen-no-furikaeri"),
    ("Python入門", "python-nyumon"),
    ("初心者向けDocker入門", "shoshinshamuke-docker-nyumon"),
    ("大阪で食べたたこ焼き", "osaka-de-tabeta-tako-yaki"),
    ("機械学習を始めるための本", "kikai-gakushu-o-hajimeru-tame"),
    ("Rustで作るCLIツール", "rust-de-tsukuru-cli-tsuru"),
    ("GitHub Actionsで自動デプロイ", "github-actions-de-jido-depuroi"),
    ("Jekyllブログを移行しました", "jekyll-burogu-o-iko-shimashita"),
    ("年末年始のお知らせ", "nenmatsu-nenshi-no-oshirase"),
    ("おすすめのキーボード5選", "osusume-no-kibodo-5-sen"),
    ("VS Codeの便利な拡張機能10個", "vs-code-no-benrina-kakucho"),
    ("ChatGPTに聞いてみた", "chatgpt-ni-kiitemita"),
    ("新しいMacBook Airを買った", "atarashii-macbook-air-o-katta"),
    ("Next.js 15の新機能", "next-js-15-no-shinkino"),
    ("はじめてのHugo", "hajimete-no-hugo"),
    ("北海道旅行記 1日目", "hokkaido-ryoko-ki-1-nichime"),
    ("React 19へのアップデート手順", "react-19-e-no-appudeto-tejun"),
    ("株式会社ALLFORCESの設立について", "kabushikigaisha-allforces"),
    ("コーヒーの淹れ方", "kohi-no-enrekata"),
    ("在宅勤務で使っているもの", "zaitaku-kinmu-de-tsukatte-iru"),
    ("読書メモ：「深い仕事」", "dokusho-memo-fukai-shigoto"),
    ("WordPressからJekyllへ", "wordpress-kara-jekyll"),
    ("GPT-4oとClaudeを比べてみた", "gpt-4o-to-claude-o-kurabetemita"),
    ("Apple Vision Proを試した", "apple-vision-pro-o-tameshita"),
    ("子育てと仕事の両立", "kosodate-to-shigoto-no-ryoritsu"),
    ("京都の紅葉スポット", "kyoto-no-koyo-supotto"),
    ("Kubernetesのログ収集", "kubernetes-no-rogu-shushu"),
    ("写真の整理術", "shashin-no-seiri-jutsu"),
    ("自作キーボードを作ってみた", "jisaku-kibodo-o-tsukuttemita"),
    ("英語学習の記録", "eigo-gakushu-no-kiroku"),
    ("梅雨の過ごし方", "tsuyu-no-sugoshikata"),
    ("週末の散歩", "shumatsu-no-sanpo"),
    ("AIで変わる働き方", "ai-de-kawaru-hatarakikata"),
    ("日本語の文章を書くコツ", "nihongo-no-bunsho-o-kaku"),
    ("新年のご挨拶", "shinnen-no-goaisatsu"),
]


@pytest.mark.parametrize(("title", "slug"), TITLES)
def test_realistic_titles_get_the_slug_a_blogger_would_accept(title: str, slug: str) -> None:
    assert make_slug(title) == slug


def test_the_table_is_large_enough() -> None:
    assert len(TITLES) >= 40
    assert len({slug for _title, slug in TITLES}) == len(TITLES)


def test_long_vowels_have_no_doubled_letters() -> None:
    assert make_slug("東京") == "tokyo"
    assert make_slug("ラーメン") == "ramen"
    assert make_slug("大阪") == "osaka"
    assert make_slug("入門") == "nyumon"
    # A verb's う is said, and え-row + い stays (modified Hepburn).
    assert make_slug("思う") == "omou"
    assert make_slug("先生") == "sensei"


def test_particles_are_spoken_forms() -> None:
    assert make_slug("東京を歩く") == "tokyo-o-aruku"
    assert make_slug("真意は何か") == "shini-wa-nanika"
    assert make_slug("京都へ行く") == "kyoto-e-iku"
    assert "ha" not in make_slug("今日は晴れ").split("-")


def test_sokuon_comes_from_the_joined_reading() -> None:
    assert make_slug("待って") == "matte"
    assert make_slug("作ってみた") == "tsukuttemita"
    assert kana_to_romaji("まっちゃ") == "matcha"
    assert "tsu-te" not in make_slug("言って")


def test_full_width_text_is_normalised_first() -> None:
    assert make_slug("Ｗｉｎｄｏｗｓ１１") == "windows11"
    assert make_slug("ＡＩの未来") == "ai-no-mirai"


def test_latin_words_and_numbers_are_kept() -> None:
    assert make_slug("Llama 4の性能") == "llama-4-no-seino"
    assert make_slug("iPhone 16 Pro") == "iphone-16-pro"
    assert make_slug("Hello, World! Ünïcode") == "hello-world-unicode"


def test_the_slug_never_ends_or_starts_on_a_particle() -> None:
    for title in ("東京で食べたラーメンの写真を撮るのが好き", "WordPressからJekyllへ", "のんびり"):
        words = make_slug(title).split("-")
        assert words[-1] not in {"no", "wa", "o", "e", "ni", "de", "to", "ga", "mo"}, title


def test_length_and_word_count_are_limits() -> None:
    title = "東京で食べたラーメンの写真を撮るのが好き"
    assert len(make_slug(title).split("-")) <= 5
    short = make_slug(title, max_words=2)
    assert len(short.split("-")) <= 2
    assert len(make_slug(title, max_length=12)) <= 12
    long = make_slug("性能向上" * 10)
    assert len(long) <= DEFAULT_MAX_LENGTH
    assert not long.endswith("-")


def test_the_cut_prefers_a_clause_end() -> None:
    assert make_slug("Llama 4の性能向上、その真意は何でしょうか？") == "llama-4-no-seino-kojo"


def test_slug_is_cut_on_a_word_boundary() -> None:
    slug = make_slug("word " * 40, max_length=20)
    assert len(slug) <= 20
    assert not slug.endswith("-")


def test_title_without_letters_falls_back() -> None:
    assert make_slug("？！…") == "post"


def test_check_slug_explains_bad_slugs() -> None:
    assert check_slug("my-post") == "my-post"
    with pytest.raises(InvalidSlugError, match="cannot be used as a file name"):
        check_slug("../etc/passwd")
    assert not is_valid_slug("")
    assert not is_valid_slug("a/b")
    assert not is_valid_slug(".hidden")
    assert not is_valid_slug("-x")


def test_a_typed_japanese_slug_is_allowed() -> None:
    assert is_valid_slug("日本語")
    assert is_valid_slug("東京-ラーメン")
    assert not is_valid_slug("東京/ラーメン")
    assert not is_valid_slug("東京 ラーメン")


def test_safe_file_name_keeps_extension() -> None:
    assert safe_file_name("スクリーンショット 2025.PNG") == "sukurinshotto-2025.png"
    assert safe_file_name("My Photo.jpeg") == "my-photo.jpeg"
    assert safe_file_name("写真.png").endswith(".png")
    assert safe_file_name("？.png") == "image.png"


@given(st.text(max_size=80))
def test_any_title_gives_a_valid_ascii_slug(title: str) -> None:
    slug = make_slug(title)
    assert slug.isascii()
    assert is_valid_slug(slug), slug
    assert len(slug) <= DEFAULT_MAX_LENGTH


@given(st.text(max_size=80), st.integers(1, 8), st.integers(1, 80))
def test_the_limits_always_hold(title: str, words: int, length: int) -> None:
    slug = make_slug(title, max_words=words, max_length=length)
    assert is_valid_slug(slug), slug
    assert len(slug) <= max(length, len("post"))


@given(st.text(max_size=40))
def test_any_file_name_is_safe(name: str) -> None:
    safe = safe_file_name(name)
    assert safe.isascii()
    assert "/" not in safe and "\\" not in safe
    assert not safe.startswith(".")
