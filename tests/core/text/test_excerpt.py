"""Excerpts are the first paragraph (or up to the separator) as plain text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from editor.core.post.post import read_post
from editor.core.text.excerpt import (
    DEFAULT_EXCERPT_CHARS,
    cap_excerpt,
    generate_excerpt,
    join_lines,
)
from editor.resources import resource_path

KYOTO = Path(resource_path("sample-site")) / "_posts" / "2025-11-16-kyoto-autumn.md"


def test_first_paragraph_of_a_japanese_post() -> None:
    body = read_post(KYOTO).body
    assert generate_excerpt(body) == (
        "朝六時、まだ暗さの残る哲学の道を歩きはじめました。観光客でにぎわう昼間とは違い、"
        "聞こえるのは疏水の水音と、ときどき通り過ぎる自転車の音だけです。"
    )


def test_up_to_the_separator_across_paragraphs() -> None:
    body = (
        "# Title\n\nFirst *one*\nline.\n\n![pic](/a.png)\n\n"
        "Second [link](/x).\n\n<!--more-->\nRest\n"
    )
    assert generate_excerpt(body, "<!--more-->") == "First one line. Second link."
    assert generate_excerpt(body) == "First one line."
    assert generate_excerpt(body, "<!--nothing-->") == "First one line."


def test_code_and_headings_are_skipped() -> None:
    body = "## 見出し\n\n```python\nprint(1)\n\nprint(2)\n```\n\n本文の**最初**の段落。\n"
    assert generate_excerpt(body) == "本文の最初の段落。"
    assert generate_excerpt("") == ""
    assert generate_excerpt("# only a heading\n") == ""


def test_cut_to_length() -> None:
    # Latin prose gets twice the room of Japanese (narrower characters).
    assert generate_excerpt("abcdefghijkl\n", max_chars=5) == "abcdefghi…"
    assert generate_excerpt("あいうえおかきくけこ\n", max_chars=5) == "あいうえ…"


SEED_TITLE = "Llama 4の性能向上、その真意は何でしょうか？"


def test_the_seed_excerpt_skips_the_title_line_and_ends_at_a_sentence() -> None:
    from editor.core.post.front_matter_split import split_front_matter

    seed = Path(__file__).parents[2] / "data" / "seed" / "2025-12-28-llama4.md"
    body = split_front_matter(seed.read_text(encoding="utf-8")).body
    excerpt = generate_excerpt(body, None, DEFAULT_EXCERPT_CHARS, title=SEED_TITLE)
    assert excerpt.startswith("いやー、皆さん、Llama 4のニュース")
    assert excerpt.endswith("賑やかになってきましたね。")
    assert len(excerpt) <= DEFAULT_EXCERPT_CHARS
    # Without the title the first line is the excerpt, as before.
    assert generate_excerpt(body) == SEED_TITLE


def test_the_cap_ends_at_the_last_sentence_end_that_fits() -> None:
    text = "一文目です。" * 5 + "とても長い二文目" * 10 + "。"
    assert cap_excerpt(text, 40) == "一文目です。" * 5
    assert cap_excerpt("短い。", 40) == "短い。"
    assert cap_excerpt("First sentence. Second one is longer than that.", 12) == "First sentence."
    # A title line is skipped only when it is the title.
    assert generate_excerpt("タイトル\n\n本文。\n", title="タイトル") == "本文。"
    assert generate_excerpt("別の行\n\n本文。\n", title="タイトル") == "別の行"


def test_join_lines_keeps_japanese_tight() -> None:
    assert join_lines("日本語の\n文章\nand English\ntext") == "日本語の文章 and English text"


@given(st.text(), st.sampled_from([None, "\n\n", "<!--more-->", "--"]))
def test_never_crashes_and_is_one_line(body: str, separator: str | None) -> None:
    excerpt = generate_excerpt(body, separator)
    assert "\n" not in excerpt
    assert excerpt == excerpt.strip()
