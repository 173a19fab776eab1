"""Tests for editor.core.text.utf16: code points versus Qt's UTF-16 positions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.core.text.utf16 import code_point_index, utf16_length, utf16_offsets


def test_astral_characters_take_two_positions() -> None:
    assert utf16_length("abc") == 3
    assert utf16_length("紅葉") == 2
    assert utf16_length("😀𠮷") == 4
    assert utf16_offsets("a😀b𠮷c", [0, 1, 2, 3, 4, 5]) == [0, 1, 3, 4, 6, 7]
    assert utf16_offsets("a😀b", [3, 0, 2]) == [4, 0, 3]  # any order


def test_code_point_index_is_the_inverse() -> None:
    text = "a😀b"
    assert [code_point_index(text, p) for p in (0, 1, 3, 4)] == [0, 1, 2, 3]
    assert code_point_index(text, 2) == 2  # inside the pair: after it
    assert code_point_index(text, 99) == 3


@given(st.text(), st.data())
def test_offsets_agree_with_slicing(text: str, data: st.DataObject) -> None:
    indices = data.draw(st.lists(st.integers(0, len(text))))
    assert utf16_offsets(text, indices) == [utf16_length(text[:i]) for i in indices]
    for index in indices:
        assert code_point_index(text, utf16_length(text[:index])) == index
