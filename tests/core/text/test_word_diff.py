"""Word- and CJK-character-level diffs: lossless, and small changes stay small."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.core.text.word_diff import DELETE, EQUAL, INSERT, diff_hunks, inline_diff, tokens

PARAGRAPH = (
    "神保町には古書店が百軒以上あり、専門書から絵本まで、どの店にもそれぞれの顔がある。"
    "今日は靖国通りを西から東へ歩きながら、三軒の店を訪ねた。" * 6
)

_text = st.text(st.sampled_from(list("abc xyz,.\n日本語のかなカナ。、「」　123")), max_size=80)


def _side(segments, keep: str) -> str:
    return "".join(text for tag, text in segments if tag in (EQUAL, keep))


@given(_text)
def test_tokens_cover_the_text(text: str) -> None:
    assert "".join(tokens(text)) == text


@given(_text, _text)
def test_inline_diff_rebuilds_both_sides(old: str, new: str) -> None:
    segments = inline_diff(old, new)
    assert _side(segments, DELETE) == old
    assert _side(segments, INSERT) == new


@given(_text, _text)
def test_hunks_rebuild_every_changed_line(old: str, new: str) -> None:
    old_lines, new_lines = old.split("\n"), new.split("\n")
    for hunk in diff_hunks(old, new, context=0):
        for line in hunk.lines:
            if line.old_number:
                assert _side(line.segments, DELETE) == old_lines[line.old_number - 1]
            if line.new_number:
                assert _side(line.segments, INSERT) == new_lines[line.new_number - 1]
    assert (diff_hunks(old, new) == []) == (old == new)


def test_one_character_in_a_long_japanese_paragraph_is_the_whole_change() -> None:
    old = "前書き\n\n" + PARAGRAPH + "\n\n後書き\n"
    new = old.replace("三軒", "四軒", 1)
    hunks = diff_hunks(old, new)
    assert len(hunks) == 1
    changed = [line for line in hunks[0].lines if line.changed]
    assert len(changed) == 1
    marked = [(tag, text) for tag, text in changed[0].segments if tag != EQUAL]
    assert marked == [(DELETE, "三"), (INSERT, "四")]


def test_latin_words_change_whole() -> None:
    assert inline_diff("the quick fox", "the slow fox") == [
        (EQUAL, "the "),
        (DELETE, "quick"),
        (INSERT, "slow"),
        (EQUAL, " fox"),
    ]
