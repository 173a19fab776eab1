"""Rendering edit after edit with one Renderer equals rendering the final text afresh.

The renderer keeps the blocks the splitter carried over and renders only the rest; this
is the promise that makes that safe: the blocks (lines and HTML) after any sequence of
edits are exactly those of a fresh renderer given the final text.
"""

from __future__ import annotations

from functools import partial

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.render.render import Renderer
from editor.core.render.render_split import BlockSplitter
from tests.core.render.edits import random_edit
from tests.core.render.test_render_split import _PIECES as SPLIT_PIECES

# The splitter's pieces, plus what only the renderer treats specially.
_PIECES = [
    *SPLIT_PIECES,
    "{:toc}\n",
    "* toc\n",
    "[^1]",
    "[x][a]",
    "# h\n",
    "{% raw %}",
    "{% endraw %}",
    "{{ page.title }}",
    "<<<<<<< HEAD\n",
    ">>>>>>> origin/main\n",
    # What the preparation before the split rewrites (render_edit.py must notice).
    "{% comment %}",
    "{% endcomment %}\n",
    "{% highlight ruby %}\n",
    "{% endhighlight %}\n",
    "{::comment}",
    "{:/comment}",
    "\r\n",
    "\r",
    "\0",
    "\ufdd0",
    "```",
    "~",
]
_BODIES = st.lists(st.sampled_from(_PIECES), max_size=50).map("".join)


def _fresh(text: str) -> list[tuple[int, str]]:
    return [(block.line, block.html) for block in Renderer().render_blocks(text)]


@settings(max_examples=150, deadline=None)
@given(_BODIES, st.data(), st.sampled_from([1, 2, 256]))
def test_edits_through_one_renderer_equal_a_fresh_render(
    body: str, data: st.DataObject, window_lines: int
) -> None:
    """Random insertions and deletions, rendered incrementally, match a full render."""
    renderer = Renderer(
        splitter_factory=partial(BlockSplitter, min_chars=0, window_lines=window_lines)
    )
    renderer.render_blocks(body)
    for _ in range(4):
        body = random_edit(body, data, _BODIES, 8)
        got = [(block.line, block.html) for block in renderer.render_blocks(body)]
        assert got == _fresh(body)


def test_a_keystroke_renders_only_the_changed_block_even_past_the_cache_floor() -> None:
    """A post with more distinct blocks than 4,096 still re-renders one block per key."""
    body = "\n\n".join(f"## 見出し {n}\n\n段落 {n} の本文です。" for n in range(2_100))
    renderer = Renderer()
    renderer.render_blocks(body)
    rendered: list[str] = []
    original = renderer._render_chunk

    def spy(source: str, *args: object) -> object:
        rendered.append(source)
        return original(source, *args)  # type: ignore[arg-type]

    renderer._render_chunk = spy  # type: ignore[method-assign]
    edited = body.replace("段落 1050 の", "段落 1050 の追記", 1)
    renderer.render_blocks(edited)
    assert rendered == ["段落 1050 の追記本文です。\n"]  # the line with its line end


class _ParsingEachBlock(BlockSplitter):
    """A splitter that hands the renderer no tokens: each block is parsed from its text."""

    def take_tokens(self, start: int) -> None:
        return None


@settings(max_examples=150, deadline=None)
@given(_BODIES, st.data(), st.sampled_from([1, 2, 256]))
def test_blocks_rendered_from_the_splits_tokens_equal_blocks_parsed_alone(
    body: str, data: st.DataObject, window_lines: int
) -> None:
    """The renderer finishes the block tokens the split parsed (whole or in a window)
    instead of parsing each block's text again: the HTML must be the same."""
    reusing = Renderer(
        splitter_factory=partial(BlockSplitter, min_chars=0, window_lines=window_lines)
    )
    parsing = Renderer(splitter_factory=partial(_ParsingEachBlock, min_chars=0))
    for _ in range(4):
        got = [(block.line, block.html) for block in reusing.render_blocks(body)]
        assert got == [(block.line, block.html) for block in parsing.render_blocks(body)]
        body = random_edit(body, data, _BODIES, 8)


_IN_LINE = st.lists(
    st.sampled_from([piece for piece in _PIECES if "\n" not in piece]), min_size=1, max_size=4
).map("".join)


@settings(max_examples=200, deadline=None)
@given(_BODIES, st.data(), st.sampled_from([1, 2, 256]))
def test_edits_that_keep_the_lines_equal_a_fresh_render(
    body: str, data: st.DataObject, window_lines: int
) -> None:
    """Typing and deleting inside lines (what most keystrokes do) goes through the splice
    path, which re-merges and re-stitches only around the edit: the result must still be
    that of a fresh renderer, headings, footnotes and attribute lists included."""
    renderer = Renderer(
        splitter_factory=partial(BlockSplitter, min_chars=0, window_lines=window_lines)
    )
    renderer.render_blocks(body)
    for _ in range(6):
        body = random_edit(body, data, _IN_LINE, 4, within_line=True)
        got = [(block.line, block.html) for block in renderer.render_blocks(body)]
        assert got == _fresh(body)


def test_a_keystroke_inside_a_paragraph_stitches_only_that_block() -> None:
    """In a long post, a character typed in a paragraph is spliced in: the post-wide
    stitch does not run, and every other block comes back as the same object."""
    body = "\n\n".join(f"## 見出し {n}\n\n段落 {n} の本文[^{n % 7}]です。" for n in range(600))
    body += "\n\n" + "\n\n".join(f"[^{n}]: 注 {n}" for n in range(7))
    body = body.replace("段落 300 の本文[^6]", "段落 300 の本文", 1)
    renderer = Renderer()
    before = renderer.render_blocks(body)
    stitched: list[object] = []
    original = renderer._stitcher.stitch

    def spy(*args: object) -> object:
        stitched.append(args)
        return original(*args)  # type: ignore[arg-type]

    renderer._stitcher.stitch = spy  # type: ignore[method-assign]
    edited = body.replace("段落 300 の", "段落 300 の追記", 1)
    after = renderer.render_blocks(edited)
    assert stitched == []
    assert [(b.line, b.html) for b in after] == [
        (b.line, b.html) for b in Renderer().render_blocks(edited)
    ]
    changed = [index for index, (a, b) in enumerate(zip(before, after, strict=True)) if a is not b]
    assert len(changed) == 1 and "追記" in after[changed[0]].html
    # A heading's text is post-wide (its id, the table of contents): the full stitch runs.
    renderer.render_blocks(edited.replace("## 見出し 5\n", "## 見出し 5 改\n", 1))
    assert len(stitched) == 1
