"""Git conflict regions in the preview: both versions side by side, never a mangled page.

Left as they are, git's markers make Markdown of their own: ``=======`` underlines the
writer's lines into a heading and ``>>>>>>> origin/main`` opens seven nested quotes. This
block rule takes a whole conflict region (see :mod:`editor.core.git.merge_conflicts`) as
one block and renders each side's lines as Markdown in a box of its own, labelled with what
git wrote after the marker (``HEAD``, ``origin/main``)::

    <div class="kiji-conflict">
      <div class="kiji-conflict-side kiji-conflict-mine"><p class="kiji-conflict-label">…
      <div class="kiji-conflict-side kiji-conflict-theirs">…
    </div>

A diff3-style base section is left out (the text pane still shows it). A region that is
not complete (no ``=======`` or no closing marker) is ordinary text.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token

from editor.core.git.merge_conflicts import find_conflicts

_OPEN = "<" * 7


def _line(state: StateBlock, line: int) -> str:
    return state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]]


def _conflict_block(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if state.sCount[start] - state.blkIndent >= 4 or not _line(state, start).startswith(_OPEN):
        return False
    # Only the lines up to the first closing marker matter; they are read lazily.
    lines: list[str] = []
    for number in range(start, end):
        if state.sCount[number] < state.blkIndent:
            break
        lines.append(_line(state, number))
        if lines[-1].startswith(">" * 7):
            break
    found = find_conflicts(lines)
    if not found or found[0].start != 0:
        return False
    conflict = found[0]
    if silent:
        return True
    token = state.push("kiji_conflict_open", "div", 1)
    token.map = [start, start + conflict.end + 1]
    token.block = True
    for side, label, rows in (
        ("mine", conflict.mine_label, conflict.mine_lines()),
        ("theirs", conflict.theirs_label, conflict.theirs_lines()),
    ):
        opened = state.push("kiji_conflict_side_open", "div", 1)
        opened.meta = {"side": side, "label": label}
        opened.map = [start + rows.start, start + rows.stop]
        if rows:
            old_parent, old_max = state.parentType, state.lineMax
            state.parentType = "blockquote"  # a nested container, so "stop at blank" rules hold
            state.lineMax = start + rows.stop
            state.md.block.tokenize(state, start + rows.start, start + rows.stop)
            state.parentType, state.lineMax = old_parent, old_max
        state.push("kiji_conflict_side_close", "div", -1)
    state.push("kiji_conflict_close", "div", -1)
    state.line = start + conflict.end + 1
    return True


def _render_open(
    self: object, tokens: Sequence[Token], idx: int, options: object, env: object
) -> str:
    return '<div class="kiji-conflict">\n'  # the preview adds the block's source line


def _render_side_open(
    self: object, tokens: Sequence[Token], idx: int, options: object, env: object
) -> str:
    meta = tokens[idx].meta
    side, label = meta["side"], escape(meta["label"] or meta["side"])
    return (
        f'<div class="kiji-conflict-side kiji-conflict-{side}">'
        f'<p class="kiji-conflict-label">{label}</p>\n'
    )


def _render_close(
    self: object, tokens: Sequence[Token], idx: int, options: object, env: object
) -> str:
    return "</div>\n"


def conflict_plugin(md: MarkdownIt) -> None:
    """Teach ``md`` git's conflict regions (before every rule a marker could trigger)."""
    md.block.ruler.before(
        "fence",
        "kiji_conflict",
        _conflict_block,
        {"alt": ["paragraph", "reference", "blockquote", "list"]},
    )
    md.add_render_rule("kiji_conflict_open", _render_open)
    md.add_render_rule("kiji_conflict_side_open", _render_side_open)
    md.add_render_rule("kiji_conflict_side_close", _render_close)
    md.add_render_rule("kiji_conflict_close", _render_close)
