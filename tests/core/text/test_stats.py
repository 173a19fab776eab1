"""Tests for editor.core.text.stats: CJK-aware counts and reading time."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.core.text.stats import StatsCounter, strip_markup, text_stats

SEED = Path(__file__).parents[2] / "data" / "seed" / "2025-12-28-llama4.md"

latin_words = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABC0123456789", min_size=1, max_size=8),
    min_size=0,
    max_size=30,
)
japanese = st.text(alphabet="日本語の文章ですカタカナ漢字、。「」（）ー", min_size=0, max_size=60)


def test_plain_english_counts_words_and_characters() -> None:
    stats = text_stats("The quick brown fox jumps.")
    assert stats.words == 5
    assert stats.characters == len("Thequickbrownfoxjumps.")
    assert stats.cjk_characters == 0


def test_japanese_counts_characters_not_words() -> None:
    stats = text_stats("日本語の文章、です。")
    assert stats.cjk_characters == 10
    assert stats.characters == 10
    assert stats.words == 0


def test_mixed_text_splits_latin_words_from_cjk() -> None:
    stats = text_stats("Llama 4の性能向上、LLMです")
    # "Llama", "4", "LLM" are words; の性能向上、です are CJK characters.
    assert stats.words == 3
    assert stats.cjk_characters == 8


def test_markup_is_not_counted() -> None:
    marked = (
        "# Heading\n\n**bold** and _it_ [link text](https://example.com/x) "
        "![alt words](/assets/a.png) <span class='x'>tag</span> {% include x.html %} "
        "{{ site.baseurl }} {: .note}\n\n- item\n1. step\n> quote\n\n---\n"
    )
    stats = text_stats(marked)
    plain = text_stats("Heading bold and it link text tag item step quote")
    assert (stats.words, stats.characters) == (plain.words, plain.characters)


def test_code_blocks_and_front_matter_are_excluded() -> None:
    text = (
        "---\ntitle: Lots of words in the title\n---\n\nOne two.\n\n"
        "```python\nprint('not counted at all')\n```\n\n"
        "{% highlight ruby %}\nputs 'nor this'\n{% endhighlight %}\n\n"
        "<pre>nor this either</pre>\n<!-- a comment -->\nThree.\n"
    )
    assert text_stats(text).words == 3


def test_unclosed_fence_runs_to_the_end() -> None:
    assert text_stats("word\n\n```\ncode that never closes\n").words == 1


def test_urls_are_excluded() -> None:
    assert text_stats("See https://example.com/a/b?c=d and www.example.org now").words == 3


def test_reading_time_uses_separate_rates() -> None:
    stats = text_stats("字" * 500 + " " + "word " * 200)
    assert stats.reading_seconds == 120
    assert stats.reading_minutes == 2
    faster = text_stats("字" * 500, cjk_chars_per_minute=1000)
    assert faster.reading_seconds == 30
    assert faster.reading_minutes == 1


def test_empty_text_reads_in_zero_minutes() -> None:
    stats = text_stats("")
    assert (stats.characters, stats.words, stats.cjk_characters, stats.reading_minutes) == (
        0,
        0,
        0,
        0,
    )


def test_bad_rates_raise_plain_error() -> None:
    with pytest.raises(ValueError, match="greater than zero"):
        text_stats("x", words_per_minute=0)


def test_seed_post_reading_time() -> None:
    # The seed says reading_time: 16; our defaults (500 chars/min, 200 words/min) give 15.
    stats = text_stats(SEED.read_text(encoding="utf-8"))
    assert stats.cjk_characters > 6000
    assert stats.words < 400
    assert stats.reading_minutes == 15


@given(st.text(max_size=400))
def test_never_crashes_and_counts_are_consistent(text: str) -> None:
    stats = text_stats(text)
    assert 0 <= stats.cjk_characters <= stats.characters
    assert stats.words <= stats.characters
    assert stats.reading_minutes * 60 >= stats.reading_seconds
    assert (stats.characters == 0) <= (stats.reading_minutes == 0)


@given(latin_words)
def test_space_separated_words_are_counted_exactly(words: list[str]) -> None:
    assert text_stats(" ".join(words)).words == len(words)


@given(latin_words, japanese)
def test_paragraph_counts_add_up(words: list[str], jp: str) -> None:
    first, second = " ".join(words), jp
    both = text_stats(first + "\n\n" + second)
    a, b = text_stats(first), text_stats(second)
    assert both.words == a.words + b.words
    assert both.characters == a.characters + b.characters
    assert both.cjk_characters == a.cjk_characters + b.cjk_characters


@given(latin_words, japanese, st.text(max_size=80))
def test_fenced_code_does_not_change_counts(words: list[str], jp: str, code: str) -> None:
    prose = " ".join(words) + "\n\n" + jp
    code = code.replace("`", "'").replace("~", "-")
    with_code = prose + "\n\n```text\n" + code + "\n```\n"
    assert text_stats(with_code) == text_stats(prose)


@given(japanese, st.text(alphabet=" \t\n", max_size=10))
def test_whitespace_does_not_change_character_count(jp: str, spaces: str) -> None:
    assert text_stats(jp + spaces + jp).characters == 2 * text_stats(jp).characters


@given(japanese, japanese)
def test_reading_time_grows_with_text(a: str, b: str) -> None:
    assert text_stats(a + b).reading_seconds >= text_stats(a).reading_seconds


def test_strip_markup_keeps_link_text() -> None:
    assert "読む" in strip_markup("[読む](/posts/yomu/)")
    assert "/posts/yomu/" not in strip_markup("[読む](/posts/yomu/)")


def test_underscores_inside_words_stay_emphasis_markers_go() -> None:
    stats = text_stats("snake_case and _emph_ __bold__ x_ _y")
    assert stats.words == 6
    assert stats.characters == len("snake_case") + len("andemphboldxy")


def test_the_seed_posts_reading_time_is_raw_characters_at_500() -> None:
    from editor.core.post.front_matter_split import split_front_matter
    from editor.core.text.stats import ReadingFormula, count_words_and_cjk, learn_reading_formula

    body = split_front_matter(SEED.read_text(encoding="utf-8")).body
    words, cjk = count_words_and_cjk(strip_markup(body))
    preferred = ReadingFormula("prose", 500, 200)
    assert preferred.minutes(body) == 15  # Kiji's own count differs from what the site wrote
    learnt = learn_reading_formula([(words, cjk, len(body), 16)], preferred)
    assert learnt == ReadingFormula("raw", 500, 200)
    assert learnt.minutes(body) == 16


def test_the_preferred_formula_wins_when_it_explains_the_site() -> None:
    from editor.core.text.stats import ReadingFormula, learn_reading_formula

    preferred = ReadingFormula("prose", 450, 200)
    samples = [(0, 900, 2000, 2), (0, 1800, 4000, 4)]
    assert learn_reading_formula(samples, preferred) == preferred
    assert learn_reading_formula([], preferred) is None
    # Values no formula explains (typed by hand): keep the writer's preference.
    assert learn_reading_formula([(0, 100, 100, 40), (0, 100, 100, 3)], preferred) is None


_PIECES = [
    "日本語の文章です。",
    "Some English words",
    "```python\ncode = 1\n```",
    "```\nunclosed fence",
    "~~~\nx\n~~~",
    "{% highlight ruby %}\nputs 1",
    "{% endhighlight %}",
    "{% raw %}{{ a }}",
    "{% endraw %} after",
    "{{ site.baseurl",
    "}} 続き",
    "<!-- a comment",
    "--> 後",
    "<pre>\n整形済み",
    "</pre> done",
    "a <b and",
    "more -> text",
    "<div class='x'>中身</div>",
    "![画像](a.png) [リンク](https://example.com) snake_case _em_",
    "---\ntitle: x\n---",
    "# 見出し\n\n- 項目\n> 引用",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "",
    "\n",
]


@given(
    st.lists(st.sampled_from(_PIECES), max_size=14),
    st.lists(st.tuples(st.integers(0, 14), st.sampled_from(_PIECES)), max_size=5),
    st.sampled_from(["\n\n", "\n", "\n\n\n", " "]),
)
def test_the_counter_counts_exactly_like_text_stats_while_edited(
    pieces: list[str], edits: list[tuple[int, str]], separator: str
) -> None:
    counter = StatsCounter()
    for at, piece in [(0, ""), *edits]:
        pieces.insert(min(at, len(pieces)), piece)
        body = separator.join(pieces)
        assert counter.text_stats(body) == text_stats(body)


def test_the_counter_on_the_seed_post_and_after_an_edit() -> None:
    body = SEED.read_text(encoding="utf-8")
    counter = StatsCounter()
    assert counter.text_stats(body) == text_stats(body)
    middle = len(body) // 2
    edited = body[:middle] + "追加の文です。\n\n```\n# code\n\nmore\n```\n\n" + body[middle:]
    assert counter.text_stats(edited) == text_stats(edited)
    steps = counter.steps(edited * 20)
    taken = 0
    while True:
        try:
            next(steps)
            taken += 1
        except StopIteration as done:
            assert done.value == counter.count(edited * 20)
            break
    assert taken > 1  # a long body is counted in more than one step


def test_a_count_abandoned_halfway_spares_the_next_one_its_work(monkeypatch) -> None:
    from editor.core.text import stats

    calls: list[str] = []
    real = stats.count_prose
    monkeypatch.setattr(stats, "count_prose", lambda prose: calls.append(prose) or real(prose))
    body = "\n\n".join(f"段落 {number} の文です。" for number in range(2000))
    counter = StatsCounter()
    steps = counter.steps(body)
    next(steps)
    next(steps)  # the writer types on: this count is dropped
    counted_before = len(calls)
    assert 0 < counted_before < 2000
    assert counter.text_stats(body) == text_stats(body)
    assert len(calls) == 2000 + 1  # each paragraph once, and text_stats' own count
    counter.text_stats(body)
    assert len(calls) == 2001  # nothing changed: nothing counted again
