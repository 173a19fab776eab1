"""Find and replace in a text, and across a site's posts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.core.site.discovery import site_documents
from editor.core.site.site_layout import detect_layout
from editor.core.site.text_search import (
    SearchError,
    SearchQuery,
    find_all,
    replace_all,
    search_files,
)

SEED = Path(__file__).parents[2] / "data" / "seed" / "2025-12-28-llama4.md"


def test_plain_search_is_case_insensitive_by_default() -> None:
    text = "Kiji kiji KIJI 記事"
    assert find_all(text, SearchQuery("kiji")) == [(0, 4), (5, 9), (10, 14)]
    assert find_all(text, SearchQuery("kiji", case_sensitive=True)) == [(5, 9)]


def test_plain_search_escapes_regex_characters() -> None:
    assert find_all("a.b axb (a.b)", SearchQuery("(a.b)")) == [(8, 13)]


def test_whole_word_for_latin_and_japanese() -> None:
    assert find_all("cat catalog cat.", SearchQuery("cat", whole_word=True)) == [(0, 3), (12, 15)]
    # Japanese has no spaces: whole word still finds the word inside a sentence.
    assert find_all("記事を書く", SearchQuery("記事", whole_word=True)) == [(0, 2)]
    assert find_all("LLMの話", SearchQuery("LLM", whole_word=True)) == [(0, 3)]


def test_regex_with_capture_groups_in_replacement() -> None:
    query = SearchQuery(r"(\d{4})-(\d{2})", regex=True)
    assert replace_all("2025-12 と 2026-01", query, r"\2/\1") == ("12/2025 と 01/2026", 2)
    assert replace_all("2025-12", query, "$2.$1") == ("12.2025", 1)
    named = SearchQuery(r"(?P<y>\d{4})", regex=True)
    assert replace_all("in 2025", named, r"year \g<y>") == ("in year 2025", 1)


def test_plain_replacement_is_literal() -> None:
    assert replace_all("a+b", SearchQuery("a+b"), r"\1$1") == (r"\1$1", 1)


def test_empty_matches_are_skipped() -> None:
    assert find_all("abc", SearchQuery("x*", regex=True)) == []
    assert replace_all("abc", SearchQuery("^", regex=True), "> ") == ("abc", 0)


def test_errors_are_plain_words() -> None:
    with pytest.raises(SearchError, match="not valid at character 1"):
        SearchQuery("(", regex=True).compile()
    with pytest.raises(SearchError, match="Type something"):
        find_all("x", SearchQuery(""))
    with pytest.raises(SearchError, match="replacement cannot be used"):
        replace_all("ab", SearchQuery("(a)", regex=True), r"\2")


def test_limit() -> None:
    assert len(find_all("a" * 50, SearchQuery("a"), limit=7)) == 7


@given(st.text(max_size=60), st.text(min_size=1, max_size=4), st.text(max_size=5))
def test_plain_replace_all_matches_str_replace(text: str, needle: str, replacement: str) -> None:
    query = SearchQuery(needle, case_sensitive=True)
    replaced, count = replace_all(text, query, replacement)
    assert replaced == text.replace(needle, replacement)
    assert count == text.count(needle)


@given(st.text(max_size=60), st.text(min_size=1, max_size=4))
def test_find_all_spans_hold_the_needle(text: str, needle: str) -> None:
    for start, end in find_all(text, SearchQuery(needle)):
        assert text[start:end].casefold() == needle.casefold() or re.fullmatch(
            re.escape(needle), text[start:end], re.IGNORECASE
        )


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode())
    return path


def test_site_search_finds_body_matches_with_lines(tmp_path: Path) -> None:
    post = write(
        tmp_path / "_posts/2025-01-01-a.md", "---\ntitle: 紅葉\n---\n一行目\n京都の紅葉と紅葉\n"
    )
    write(tmp_path / "_site/copy.md", "紅葉")  # build output is skipped
    write(tmp_path / "_drafts/b.markdown", "no match")
    write(tmp_path / "bad.md", "")
    (tmp_path / "bad.md").write_bytes("紅葉".encode("shift_jis"))  # unreadable: skipped
    files = site_documents(detect_layout(tmp_path))
    assert tmp_path / "_site/copy.md" not in files and post in files
    hits = list(search_files(files, SearchQuery("紅葉")))
    assert [(h.path, h.line, h.column) for h in hits] == [(post, 1, 3), (post, 1, 6)]
    body = "一行目\n京都の紅葉と紅葉\n"
    assert body[hits[1].offset : hits[1].offset + hits[1].length] == "紅葉"
    assert hits[0].line_text == "京都の紅葉と紅葉"


def test_site_search_on_the_seed_post(tmp_path: Path) -> None:
    post = write(tmp_path / "_posts/seed.md", SEED.read_text(encoding="utf-8"))
    hits = list(search_files([post], SearchQuery("Llama 4")))
    assert hits and all("Llama 4" in hit.line_text for hit in hits)
    assert hits[0].line == 1  # the title line in the front matter is not a hit
    assert len(list(search_files([post], SearchQuery("の"), max_hits=5))) == 5


def test_plain_searches_fold_width_and_kana_without_romaji() -> None:
    text = "今日はラーメン。ＡＩの話とAIの話。機械学習も。"
    assert find_all(text, SearchQuery("らーめん")) == [(3, 7)]
    assert find_all(text, SearchQuery("ＡＩ")) == [(8, 10), (13, 15)]
    assert find_all(text, SearchQuery("ai")) == [(8, 10), (13, 15)]
    assert find_all(text, SearchQuery("kikai")) == []  # no romaji false hits
    # Exact searches stay exact.
    assert find_all(text, SearchQuery("らーめん", case_sensitive=True)) == []
    assert find_all(text, SearchQuery("らーめん", regex=True)) == []


def test_replacing_a_folded_match_keeps_the_rest_of_the_text() -> None:
    text = "ラーメンとらーめん"
    assert replace_all(text, SearchQuery("らーめん"), "うどん") == ("うどんとうどん", 2)


def test_site_search_finds_katakana_from_hiragana(tmp_path: Path) -> None:
    post = tmp_path / "a.md"
    post.write_text("---\ntitle: t\n---\n一行目\n札幌のラーメン屋\n", encoding="utf-8")
    (hit,) = search_files([post], SearchQuery("らーめん"))
    assert (hit.line, hit.column, hit.length) == (1, 3, 4)
    assert hit.line_text == "札幌のラーメン屋"
