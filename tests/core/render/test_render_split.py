"""Tests for editor.core.render.render_split: incremental block splitting equals a full parse."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.render.render_rules import build_markdown
from editor.core.render.render_split import BlockSplitter, RawSpan

MD = build_markdown()
_PIECES = [
    *"ab あ\n\n  #*-_>`~|[]()!:^$\\{}%<=.1",
    "```",
    "~~~",
    "{: .c}",
    "[^1]: x\n",
    "<div>\n",
    "</div>\n",
    "<!--",
    "-->",
    "$$\n",
    "\n- ",
    "\n1. ",
    "    ",
    "> ",
    "[a]: /u\n",
    "|---|\n",
    "## h\n",
    "===\n",
    "---\n",
    "para text\n",
    "<pre>\n",
    "</pre>\n",
    "Term\n: def\n",
]
_BODIES = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


def full_split(text: str) -> object:
    return BlockSplitter(MD, min_chars=0).split(text)


@settings(max_examples=300, deadline=None)
@given(_BODIES, st.data(), st.sampled_from([1, 2, 3, 256]))
def test_incremental_split_equals_full_split(
    body: str, data: st.DataObject, window_lines: int
) -> None:
    """Random edits, parsed through windows of any size, give the blocks of a full parse."""
    splitter = BlockSplitter(MD, min_chars=0, window_lines=window_lines)
    splitter.split(body)
    for _ in range(3):
        position = data.draw(st.integers(0, len(body)))
        if data.draw(st.booleans()):
            edited = body[:position] + data.draw(_BODIES) + body[position:]
        else:
            edited = body[:position] + body[position + data.draw(st.integers(1, 8)) :]
        assert splitter.split(edited) == full_split(edited)
        body = edited


def test_a_keystroke_in_a_long_post_reparses_only_around_it() -> None:
    body = "\n\n".join(f"## 見出し {n}\n\n段落 {n} の本文です。" for n in range(400))
    splitter = BlockSplitter(MD, min_chars=0)
    before = splitter.split(body)
    edited = body.replace("段落 200 の", "段落 200 のX", 1)
    after = splitter.split(edited)
    assert splitter.last_was_incremental
    assert after.spans == before.spans


def test_a_text_that_is_mostly_new_is_parsed_whole() -> None:
    splitter = BlockSplitter(MD, min_chars=0)
    splitter.split("\n\n".join(f"old {n}" for n in range(300)))
    other = "\n\n".join(f"# new {n}\n\nbody {n}" for n in range(200))
    assert splitter.split(other) == full_split(other)
    assert not splitter.last_was_incremental  # no window growing over a whole new text


def test_inserted_lines_shift_the_tail() -> None:
    body = "a\n\nb\n\nc\n"
    splitter = BlockSplitter(MD, min_chars=0)
    splitter.split(body)
    after = splitter.split("a\n\nnew\n\n\nb\n\nc\n")
    assert [s.start for s in after.spans] == [0, 2, 5, 7]


def test_definitions_force_a_full_parse() -> None:
    body = "[x][a]\n\n" + "para\n\n" * 50
    splitter = BlockSplitter(MD, min_chars=0)
    splitter.split(body)
    result = splitter.split(body + "[a]: /url\n")
    assert not splitter.last_was_incremental
    assert result.references == {"A": {"href": "/url", "title": ""}}


def test_footnote_definitions_and_attribute_lists_are_marked() -> None:
    result = full_split("para\n{: .x}\n\n{: .y}\n\n[^n]: note\n")
    assert result.spans == (
        RawSpan(0, 2, "block"),
        RawSpan(3, 4, "ial"),
        RawSpan(5, 6, "footnote", "n"),
    )
    assert result.footnote_labels == (":n",)


def test_a_definition_typed_under_a_heading_joins_the_list_above() -> None:
    """Found by the property test: ': Term' typed under ' ## h' makes the heading line a
    term of the definition list two blocks above the edit."""
    lines = ": Term\n: def\n ## h\n"
    splitter = BlockSplitter(MD, min_chars=0, window_lines=1)
    splitter.split(lines + "a")
    edited = lines + lines + "a"
    assert splitter.split(edited) == full_split(edited)
    assert splitter.split(edited).spans[0] == RawSpan(0, 5, "block")
