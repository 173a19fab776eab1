"""Writing new ``key: value`` lines for YAML front matter (new or rewritten fields).

House style for what the writer has not styled yet: scalars plain when safe, lists of
scalars as one-line flow lists (``tags: [a, b]``, as in our writers' posts), mappings and
lists of mappings in block style, indented by two spaces.
"""

from __future__ import annotations

from typing import Any

from editor.core.post.yaml_scalars import (
    is_scalar,
    render_flow,
    render_key,
    render_literal,
    render_scalar,
)


def render_entry(key_text: str, value: Any, indent: str) -> str:
    """Write ``key: value`` lines (ending in a newline) for a new or rewritten field."""
    if is_scalar(value):
        if isinstance(value, str) and "\n" in value.rstrip("\n"):
            literal = render_literal(value, indent + "  ")
            if literal is not None:
                return f"{indent}{key_text}: {literal}\n"
        return f"{indent}{key_text}: {render_scalar(value)}\n"
    if not value or _is_flat_list(value):
        return f"{indent}{key_text}: {render_flow(value)}\n"
    return f"{indent}{key_text}:\n" + "".join(line + "\n" for line in _block_lines(value, indent))


def _is_flat_list(value: Any) -> bool:
    return isinstance(value, list | tuple) and all(is_scalar(item) for item in value)


def _block_lines(value: Any, indent: str) -> list[str]:
    """Block-style lines for a nested mapping (indented two more) or a list of mappings."""
    inner = indent + "  "
    if isinstance(value, dict):
        return render_entry_lines(value, inner)
    lines: list[str] = []
    for item in value:
        if isinstance(item, dict) and item:
            item_lines = render_entry_lines(item, inner + "  ")
            lines.append(inner + "- " + item_lines[0].lstrip(" "))
            lines.extend(item_lines[1:])
        else:
            lines.append(inner + "- " + _inline(item))
    return lines


def render_entry_lines(mapping: dict[Any, Any], indent: str) -> list[str]:
    """Lines for each ``key: value`` of ``mapping`` at ``indent``."""
    text = "".join(render_entry(render_key(str(k)), v, indent) for k, v in mapping.items())
    return text.rstrip("\n").split("\n")


def _inline(value: Any) -> str:
    return render_scalar(value) if is_scalar(value) else render_flow(value)
