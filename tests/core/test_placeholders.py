"""Tests for editor.core.placeholders: the renderer's unforgeable internal placeholders."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.placeholders import FOOTNOTE_NUMBER, LIQUID, Placeholder, scrub_noncharacters

NONCHARACTERS = [chr(c) for c in range(0xFDD0, 0xFDF0)] + [
    chr(plane << 16 | low) for plane in range(17) for low in (0xFFFE, 0xFFFF)
]


def test_every_noncharacter_is_scrubbed_and_nothing_else() -> None:
    assert len(NONCHARACTERS) == 66
    assert scrub_noncharacters("".join(NONCHARACTERS)) == "\ufffd" * 66
    neighbours = "\ufdcf\ufdf0\ufffd\ue000\uf8ff\U000f0000\U0010fffd\U0001fffd\U00020000"
    assert scrub_noncharacters(neighbours) == neighbours


@settings(deadline=None)
@given(st.text())
def test_scrubbing_keeps_every_other_character(text: str) -> None:
    scrubbed = scrub_noncharacters(text)
    assert len(scrubbed) == len(text)
    for before, after in zip(text, scrubbed, strict=True):
        assert after == ("\ufffd" if before in NONCHARACTERS else before)


@settings(deadline=None)
@given(st.text(), st.text(), st.text())
def test_placeholders_round_trip_and_are_found_among_any_scrubbed_text(
    before: str, payload: str, after: str
) -> None:
    text = scrub_noncharacters(before) + LIQUID.make(payload) + scrub_noncharacters(after)
    assert LIQUID.replace(text, lambda found: f"<{found}>") == (
        f"{scrub_noncharacters(before)}<{payload}>{scrub_noncharacters(after)}"
    )
    assert FOOTNOTE_NUMBER.replace(text, lambda found: "!") == text


def test_a_placeholder_is_hex_between_noncharacters() -> None:
    made = FOOTNOTE_NUMBER.make("注1")
    assert re.fullmatch("[\ufdd0-\ufdef][0-9a-f]+[\ufdd0-\ufdef]", made)
    assert all(unicodedata.category(char) == "Cn" for char in (made[0], made[-1]))
    assert LIQUID.make("注1") != made


@pytest.mark.parametrize("delimiters", [("\ue000", "\ue001"), ("<", ">"), ("\ufdd0", "x")])
def test_delimiters_must_be_noncharacters(delimiters: tuple[str, str]) -> None:
    with pytest.raises(ValueError):
        Placeholder(*delimiters)
