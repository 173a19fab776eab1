"""The stitcher remembers the last stitch, and that never changes what it returns."""

from __future__ import annotations

from editor.core.render.render import Renderer
from editor.core.render.render_stitch import BlockRender, Stitcher, stitch_blocks


def _blocks(text: str) -> list[tuple[int, BlockRender]]:
    renderer = Renderer()
    renderer.render_blocks(text)
    assert renderer._last is not None
    chunks = renderer._last.chunks
    return [(line * 2, chunk) for line, chunk in enumerate(chunks)]


def test_untouched_blocks_come_back_as_the_same_objects() -> None:
    stitcher = Stitcher()
    blocks = _blocks("one\n\n# Title\n\ntwo\n\nthree\n")
    first = stitcher.stitch(blocks, {})
    again = stitcher.stitch(blocks, {})
    assert [a is b for a, b in zip(first, again, strict=True)] == [True] * len(first)


def test_a_heading_added_above_renumbers_the_ids_below_it() -> None:
    stitcher = Stitcher()
    one = _blocks("# Title\n\ntext\n\n# Title\n")
    stitcher.stitch(one, {})
    title, text, second = one
    # A third "Title" at the top: every later heading's suffix moves on by one.
    grown = [(0, title[1]), (2, title[1]), (4, text[1]), (6, second[1])]
    got = stitcher.stitch(grown, {})
    assert [block.html for block in got] == [block.html for block in stitch_blocks(grown, {})]
    assert 'id="title-2"' in got[-1].html


def test_a_block_moved_to_another_line_gets_that_line() -> None:
    stitcher = Stitcher()
    blocks = _blocks("one\n\ntwo\n")
    stitcher.stitch(blocks, {})
    moved = [(line + 1, chunk) for line, chunk in blocks]
    assert [block.line for block in stitcher.stitch(moved, {})] == [1, 3]


def test_footnote_numbers_follow_the_order_of_references_after_an_edit() -> None:
    text = "a[^x] b[^y]\n\nc[^y]\n\n[^x]: X\n\n[^y]: Y\n"
    renderer = Renderer()
    renderer.render_blocks(text)
    swapped = "a[^y] b[^x]\n\nc[^y]\n\n[^x]: X\n\n[^y]: Y\n"
    got = [(b.line, b.html) for b in renderer.render_blocks(swapped)]
    assert got == [(b.line, b.html) for b in Renderer().render_blocks(swapped)]
    assert 'href="#fn-y" id="fnref-y">1</a>' in got[0][1]
    assert 'id="fnref-y-2">1</a>' in got[1][1]  # y's second reference, same number
