"""Tests for editor.core.render.placeholders: the renderer's unforgeable internal placeholders."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.render.placeholders import (
    FOOTNOTE_NUMBER,
    LIQUID,
    Placeholder,
    scrub_noncharacters,
)

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


# -- the text pane's stand-ins ----------------------------------------------------------
from editor.core.render.placeholders import PANE_STAND_INS, from_pane_text, to_pane_text  # noqa: E402

# What Qt's QTextDocument turns into line breaks (or shows as one) when it is given them.
UNHOLDABLE = "\r\u2028\u2029\ufdd0\ufdd1"


def test_pane_text_has_no_character_qt_cannot_hold() -> None:
    text = f"a{UNHOLDABLE}b\nc"
    pane = to_pane_text(text)
    assert not set(pane) & set(UNHOLDABLE)
    assert pane.count("\n") == 1  # still two lines
    assert len(pane) == len(text)  # one stand-in per character
    assert from_pane_text(pane) == text


def test_plain_text_is_passed_through_as_is() -> None:
    text = "紅葉\u00a0と😀\u200d\n"
    assert to_pane_text(text) is text
    assert from_pane_text(text) is text


def test_stand_ins_already_in_the_text_survive() -> None:
    text = "".join(sorted(PANE_STAND_INS)) + "\ufdef\ufdef\u2028"
    assert from_pane_text(to_pane_text(text)) == text


SPECIAL = UNHOLDABLE + "\ufde0\ufde1\ufde4\ufde5\ufde6\ufdef\ufeff\ufffea\n"


@given(st.text(alphabet=st.sampled_from(list(SPECIAL))))
def test_pane_text_round_trips_the_special_characters(text: str) -> None:
    pane = to_pane_text(text)
    assert from_pane_text(pane) == text
    assert not set(pane) & set(UNHOLDABLE)
    assert pane.count("\n") == text.count("\n")


def test_a_leading_bom_character_is_kept() -> None:
    # Qt's setPlainText drops a U+FEFF at the start, taking it for a byte-order mark.
    for char in "\ufeff\ufffe":  # the latter would byte-swap the whole text
        pane = to_pane_text(f"{char}x{char}")
        assert not pane.startswith(char)
        assert from_pane_text(pane) == f"{char}x{char}"


@given(st.text())
def test_pane_text_round_trips_any_text(text: str) -> None:
    assert from_pane_text(to_pane_text(text)) == text


@given(st.text(alphabet=st.sampled_from(["\ufdef", "\ufde0", "\ufde2", "x"])))
def test_any_pane_text_maps_back(text: str) -> None:
    # The writer may delete half of an escape: every pane text still means something.
    assert isinstance(from_pane_text(text), str)
