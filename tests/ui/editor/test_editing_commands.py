"""The line logic behind the editing helpers (no widget needed)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.ui.editor.editing_commands import (
    Continuation,
    bigger_heading,
    continue_line,
    heading_level,
    indent_list_item,
    is_list_item,
    marker_end,
    outdent_list_item,
    set_heading_level,
    smaller_heading,
    toggle_prefix,
)

LETTERS = st.sampled_from(list("abc 漢字かな、。*_`"))
prose = st.text(alphabet=LETTERS, min_size=1, max_size=30).filter(
    lambda s: s.strip() and not s.lstrip().startswith(("-", ">", "*", "#"))
)


def test_continue_line_cases() -> None:
    assert continue_line("- a") == Continuation("- ")
    assert continue_line("-\ta") == Continuation("-\t")
    assert continue_line("3. x") == Continuation("4. ")
    assert continue_line(">> deep") == Continuation(">> ")
    assert continue_line("- ") == Continuation("", end_block=True)
    assert continue_line(">  ") == Continuation("", end_block=True)
    assert continue_line("text") is None
    assert continue_line("-not a list") is None
    assert continue_line("#3 not a list") is None


def test_marker_end_and_list_detection() -> None:
    assert marker_end("- [ ] task") == len("- [ ] ")
    assert marker_end("> quote") == 2
    assert marker_end("plain") == 0
    assert is_list_item("  12) x") and not is_list_item("1.5 litres")


@pytest.mark.parametrize(("level", "up", "down"), [(0, 2, 0), (1, 1, 2), (2, 1, 3), (6, 5, 0)])
def test_heading_steps(level: int, up: int, down: int) -> None:
    assert bigger_heading(level) == up and smaller_heading(level) == down


def test_heading_level_and_setting() -> None:
    assert heading_level("### 三") == 3 and heading_level("#hashtag") == 0
    assert set_heading_level("### 三", 1) == "# 三"
    assert set_heading_level("### 三", 0) == "三"
    assert set_heading_level("#hashtag", 2) == "## #hashtag"


def test_indent_under_parent_and_outdent_back() -> None:
    lines = ["1. one", "2. two", "   - sub", "   - sub2"]
    assert indent_list_item(lines, 1) == "   2. two"
    assert indent_list_item(lines, 3) == "     - sub2"
    assert outdent_list_item(lines, 2) == "- sub"
    assert outdent_list_item(lines, 0) == "1. one"
    assert indent_list_item(["- first"], 0) == "    - first"


@given(st.lists(prose, min_size=1, max_size=6), st.sampled_from(["- ", "> "]))
def test_toggle_prefix_twice_is_identity(lines: list[str], prefix: str) -> None:
    once = toggle_prefix(lines, prefix)
    assert all(line.startswith(prefix) for line in once)
    assert toggle_prefix(once, prefix) == lines


@given(prose, st.integers(min_value=0, max_value=6))
def test_heading_level_round_trip(text: str, level: int) -> None:
    line = set_heading_level(text.strip(), level)
    assert heading_level(line) == level
    assert set_heading_level(line, 0) == text.strip()


@given(st.text(max_size=40))
def test_continue_line_never_fails(line: str) -> None:
    result = continue_line(line)
    assert result is None or isinstance(result.prefix, str)
    assert 0 <= marker_end(line) <= len(line)
