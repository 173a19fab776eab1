"""Tests for editor.core.render.block_diff."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.core.render.block_diff import diff_blocks, without_source_line


def apply(old: list[str], start: int, remove: int, insert: list[str]) -> list[str]:
    return old[:start] + insert + old[start + remove :]


def test_one_changed_block_in_the_middle() -> None:
    patch = diff_blocks(["a", "b", "c", "d"], ["a", "B", "c", "d"])
    assert (patch.start, patch.remove, patch.insert) == (1, 1, ["B"])


def test_inserted_block_removes_nothing() -> None:
    patch = diff_blocks(["a", "c"], ["a", "b", "c"])
    assert (patch.start, patch.remove, patch.insert) == (1, 0, ["b"])


def test_identical_lists_give_an_empty_patch() -> None:
    assert diff_blocks(["a", "b"], ["a", "b"]).is_empty


def test_repeated_blocks_do_not_overlap_prefix_and_suffix() -> None:
    patch = diff_blocks(["x", "x"], ["x", "x", "x"])
    assert apply(["x", "x"], patch.start, patch.remove, patch.insert) == ["x", "x", "x"]


@given(st.lists(st.sampled_from("abcde")), st.lists(st.sampled_from("abcde")))
def test_patch_turns_old_into_new(old: list[str], new: list[str]) -> None:
    patch = diff_blocks(old, new)
    assert apply(old, patch.start, patch.remove, patch.insert) == new
    assert patch.remove <= len(old)


def test_without_source_line_strips_only_the_root_attribute() -> None:
    html = '<p data-source-line="12">x <span data-source-line="3">y</span></p>'
    assert without_source_line(html) == '<p>x <span data-source-line="3">y</span></p>'
