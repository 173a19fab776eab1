"""The outline parser and the section move (real headings, fenced code, front matter)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.core.text.outline import OutlineIndex, heading_at, move_section, parse_outline

POST = """---
title: "# not a heading"
---
# 始めに {#intro}
本文。

```markdown
# inside a fence
```

設定の話
--------

### 細かい点 ###
text

# 終わりに
end
"""


def test_atx_setext_and_explicit_ids_outside_code_and_front_matter() -> None:
    headings = parse_outline(POST)
    assert [(h.level, h.text, h.anchor) for h in headings] == [
        (1, "始めに", "intro"),
        (2, "設定の話", "設定の話"),
        (3, "細かい点", "細かい点"),
        (1, "終わりに", "終わりに"),
    ]
    lines = POST.splitlines()
    assert lines[headings[1].line] == "設定の話"
    assert headings[0].end == headings[3].line  # an h1's section runs to the next h1
    assert headings[1].end == headings[3].line
    assert headings[3].end == len(lines)


def test_a_rule_after_a_blank_line_and_a_list_item_are_not_setext() -> None:
    assert parse_outline("text\n\n---\n\n- item\n---\n") == []


def test_heading_at_finds_the_section_of_a_line() -> None:
    headings = parse_outline(POST)
    assert heading_at(headings, 0) == -1
    assert heading_at(headings, headings[2].line + 1) == 2
    assert heading_at(headings, len(POST.splitlines())) == 3


def test_move_section_moves_the_heading_with_its_subsections() -> None:
    text = "# A\na\n## A1\na1\n# B\nb\n"
    headings = parse_outline(text)
    assert move_section(text, headings, 0, 3) == "# B\nb\n# A\na\n## A1\na1\n"
    assert move_section(text, headings, 1, 2) == text  # A1 before B: where it is
    assert move_section(text, headings, 1, 0) == "## A1\na1\n# A\na\n# B\nb\n"
    assert move_section(text, headings, 2, 0) == "# B\nb\n# A\na\n## A1\na1\n"
    assert move_section(text, headings, 0, 1) == text  # into itself: nothing happens


def test_move_section_without_a_final_newline() -> None:
    text = "# A\na\n# B\nb"
    assert move_section(text, parse_outline(text), 1, 0) == "# B\nb\n# A\na"


def test_the_last_section_moved_up_keeps_a_blank_line_between_sections() -> None:
    text = "# A\n\na\n\n# B\n\nb\n"
    assert move_section(text, parse_outline(text), 1, 0) == "# B\n\nb\n\n# A\n\na\n"


@given(st.lists(st.sampled_from(["# H", "## H", "text", "", "```", "---", "===", "## x {#y}"])))
def test_moving_keeps_every_line(lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    headings = parse_outline(text)
    for source in range(len(headings)):
        for target in range(len(headings) + 1):
            moved = move_section(text, headings, source, target)
            assert sorted(moved.splitlines()) == sorted(text.splitlines())


_LINES = ["# H", "## H2 ##", "text", "", "```", "~~~", "---", "===", "## x {#y}", "- item", "+++"]


@given(
    st.lists(st.sampled_from(_LINES), max_size=12),
    st.lists(
        st.tuples(
            st.integers(0, 12), st.integers(0, 3), st.lists(st.sampled_from(_LINES), max_size=3)
        ),
        max_size=6,
    ),
)
def test_an_edited_index_has_the_outline_of_the_edited_text(
    lines: list[str], edits: list[tuple[int, int, list[str]]]
) -> None:
    lines = lines or [""]  # a text has at least one (empty) line, as a document
    index = OutlineIndex("\n".join(lines))
    for first, removed, new in edits:
        before = index.headings()
        first = min(first, len(lines) - 1)
        removed = min(removed, len(lines) - first)
        if removed == len(lines) and not new:
            new = [""]
        changed = index.edit(first, removed, new)
        lines[first : first + removed] = new
        text = "\n".join(lines)
        assert index.headings() == parse_outline(text)
        assert index.line_count == len(text.split("\n"))
        if not changed:
            assert index.headings() == before


def test_typing_in_a_paragraph_leaves_the_headings_alone() -> None:
    index = OutlineIndex("# A\nbody\n\n## B\nmore\n")
    headings = index.headings()
    assert not index.edit(1, 1, ["body, typed"])
    assert index.headings() is headings
    assert index.edit(1, 1, ["body", "new line"])  # every later heading moved down
    assert [h.line for h in index.headings()] == [0, 4]
    assert index.heading_at(5) == 1
    assert not index.edit(5, 1, ["===="])  # under an ATX heading: no setext underline
    assert index.edit(3, 1, ["---"])  # under a paragraph line: a setext heading
    assert [(h.level, h.text, h.line) for h in index.headings()] == [
        (1, "A", 0),
        (2, "new line", 2),
        (2, "B", 4),
    ]


def test_a_typed_fence_hides_the_headings_below_it_until_closed() -> None:
    index = OutlineIndex("# A\ntext\n# B\n# C\n")
    assert index.edit(1, 1, ["```"])
    assert [h.text for h in index.headings()] == ["A"]
    assert index.edit(2, 1, ["```"])
    assert [h.text for h in index.headings()] == ["A", "C"]


def test_front_matter_lines_are_never_headings_also_while_it_is_typed() -> None:
    index = OutlineIndex("# A\n# B\n")
    assert index.edit(0, 0, ["---"])  # an unclosed block: not front matter yet
    assert [h.text for h in index.headings()] == ["A", "B"]
    assert index.edit(2, 0, ["---"])  # now closed: "# A" is inside it
    assert [h.text for h in index.headings()] == ["B"]


def test_a_headings_attribute_list_is_not_its_text() -> None:
    text = '## Setup {#setup .wide}\n\n## Notes {.aside data-x="1"}\n\n## Sets {a, b}\n'
    assert [(h.text, h.anchor) for h in parse_outline(text)] == [
        ("Setup", "setup"),
        ("Notes", "notes"),
        ("Sets {a, b}", "sets-a-b"),  # braces that are no attribute list stay text
    ]
