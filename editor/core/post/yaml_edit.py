"""Minimal edits of a YAML front-matter block: splices into the raw text, never a re-dump.

The block is composed with PyYAML's C parser, which gives every node its position in the
text (~0.1 ms for a typical post, where ruamel.yaml's round-trip loader costs ~1 ms and
more). An edit replaces only the characters of the value that changed, so key order,
comments, quotes, indentation, flow or block style and blank lines stay as written.
Anything the splicer is unsure about is checked by reading the result back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from editor.core.post.yaml_load import YamlEditError, compose, key_text, load
from editor.core.post.yaml_render import render_entry, render_entry_lines
from editor.core.post.yaml_scalars import (
    construct,
    is_scalar,
    render_flow,
    render_key,
    render_literal,
    render_scalar,
    same_value,
)

__all__ = ["YamlEditError", "delete_value", "load", "raw_value", "set_value"]


@dataclass
class _Entry:
    """One ``key: value`` of a block mapping and the whole lines it occupies."""

    key: str
    key_node: yaml.Node
    value_node: yaml.Node
    line_start: int  # index of the first character of the key's line
    content_end: int  # index just past the newline of the entry's last content line


# -- positions ----------------------------------------------------------------------


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _line_end(text: str, index: int) -> int:
    """Index just past the newline ending the line that holds ``index``."""
    newline = text.find("\n", index)
    return len(text) if newline < 0 else newline + 1


def _node_end(text: str, node: yaml.Node, floor: int) -> int:
    """Index just past the node's last character of content (not trailing comments).

    ``floor`` guards against aliases, whose nodes carry the anchor's (earlier) position.
    """
    start = node.start_mark.index
    if start < floor:
        return floor
    if isinstance(node, yaml.MappingNode) and not node.flow_style and node.value:
        key, value = node.value[-1]
        return max(_node_end(text, key, floor), _node_end(text, value, key.end_mark.index))
    if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
        return _node_end(text, node.value[-1], start)
    end = node.end_mark.index
    if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
        while end > start and text[end - 1] in " \t\r\n":
            end -= 1
    return max(end, floor)


def _entries(text: str, mapping: yaml.MappingNode) -> list[_Entry]:
    entries = []
    for key_node, value_node in mapping.value:
        end = _node_end(text, value_node, key_node.end_mark.index)
        entries.append(
            _Entry(
                key=key_text(key_node),
                key_node=key_node,
                value_node=value_node,
                line_start=_line_start(text, key_node.start_mark.index),
                content_end=_line_end(text, max(end - 1, key_node.end_mark.index)),
            )
        )
    return entries


def _find_mapping(text: str, path: list[str]) -> yaml.MappingNode | None:
    """The block mapping at ``path`` (a list of keys from the top), or ``None`` if empty."""
    node = compose(text)
    for key in path:
        if node is None:
            return None
        for key_node, value_node in node.value:
            if key_text(key_node) == key:
                node = value_node
                break
        else:
            raise YamlEditError(f"There is no “{key}” in the front matter.")
    if node is not None and not isinstance(node, yaml.MappingNode):
        raise YamlEditError("That field is not a mapping.")
    if node is not None and node.flow_style:
        raise YamlEditError(
            "This front matter is written on one line in braces; edit it in the Source view."
        )
    return node


# -- editing ------------------------------------------------------------------------


def set_value(text: str, key: str, value: Any, path: list[str] | None = None) -> str:
    """Return ``text`` with ``key`` (inside the mapping at ``path``) set to ``value``."""
    path = path or []
    try:
        mapping = _find_mapping(text, path)
        if mapping is None or not mapping.value:
            return _append_entry(text, len(text), "", key, value)
        entries = _entries(text, mapping)
        indent = text[entries[0].line_start : entries[0].key_node.start_mark.index]
        if indent.strip():
            raise YamlEditError("This mapping shares its line with other text.")
        for entry in entries:
            if entry.key == key:
                return _replace_value(text, entry, value, indent, path)
        return _append_entry(text, entries[-1].content_end, indent, key, value)
    except ValueError as exc:
        raise YamlEditError(str(exc)) from exc


def delete_value(text: str, key: str, path: list[str] | None = None) -> str:
    """Return ``text`` without the lines of ``key`` (comments around it are kept)."""
    mapping = _find_mapping(text, path or [])
    if mapping is not None:
        for entry in _entries(text, mapping):
            if entry.key == key:
                return text[: entry.line_start] + text[entry.content_end :]
    raise YamlEditError(f"There is no “{key}” in the front matter.")


def raw_value(text: str, key: str) -> str | None:
    """The top-level value of ``key`` exactly as written (``None`` if absent)."""
    mapping = _find_mapping(text, [])
    if mapping is None:
        return None
    for entry in _entries(text, mapping):
        if entry.key == key:
            node = entry.value_node
            if node.start_mark.index < entry.key_node.end_mark.index:
                return None  # an alias; the written text is just ``*name``
            return text[node.start_mark.index : _node_end(text, node, node.start_mark.index)]
    return None


def _append_entry(text: str, at: int, indent: str, key: str, value: Any) -> str:
    before, after = text[:at], text[at:]
    if before and not before.endswith("\n"):
        before += "\n"
    return before + render_entry(render_key(key), value, indent) + after


def _replace_value(text: str, entry: _Entry, value: Any, indent: str, path: list[str]) -> str:
    node = entry.value_node
    start, end = node.start_mark.index, node.end_mark.index
    old = construct(node)
    if same_value(old, value):
        return text
    if start < entry.key_node.end_mark.index:  # an alias: its node sits at the anchor
        return _rewrite_entry(text, entry, value, indent)
    if isinstance(node, yaml.ScalarNode) and is_scalar(value):
        return _replace_scalar(text, entry, value, indent)
    if isinstance(value, list | tuple) and isinstance(node, yaml.SequenceNode) and value:
        if node.flow_style:
            return text[:start] + _flow_list(text, node, list(value)) + text[end:]
        return _replace_block_list(text, entry, list(value))
    if isinstance(value, dict) and isinstance(node, yaml.MappingNode) and value:
        if node.flow_style:
            style = _quote_style(node.value[0][1]) if node.value else None
            return text[:start] + render_flow(value, style=style) + text[end:]
        return _update_mapping(text, [*path, entry.key], old, value)
    return _rewrite_entry(text, entry, value, indent)


def _quote_style(node: yaml.Node) -> str | None:
    return node.style if isinstance(node, yaml.ScalarNode) and node.style else None


def _replace_scalar(text: str, entry: _Entry, value: Any, indent: str) -> str:
    node = entry.value_node
    start = node.start_mark.index
    end = _node_end(text, node, start)
    raw = text[start:end]
    # Keep an anchor or tag written before the value (``&name``, ``!tag``).
    while raw[:1] in ("&", "!") and " " in raw:
        prop, raw = raw.split(" ", 1)
        start += len(prop) + 1
        while raw[:1] == " ":
            raw, start = raw[1:], start + 1
    new: str | None = None
    scalar = node if isinstance(node, yaml.ScalarNode) else None
    written_style = scalar.style if scalar is not None else None
    multiline = isinstance(value, str) and "\n" in value.rstrip("\n")
    if scalar is not None and multiline and written_style in ("|", ">"):
        new = render_literal(value, _block_indent(text, scalar, indent))
    if new is None:
        style = written_style if written_style in ('"', "'") else None
        new = render_scalar(value, style=style, old_raw=raw if not written_style else None)
    if start == end and text[start - 1 : start] == ":":
        new = " " + new  # ``key:`` with no value written
    return text[:start] + new + text[end:]


def _block_indent(text: str, node: yaml.ScalarNode, indent: str) -> str:
    """The indentation of a block scalar's content lines (two more than the key if unsure)."""
    first = _line_end(text, node.start_mark.index)
    line = text[first : _line_end(text, first)]
    found = line[: len(line) - len(line.lstrip(" "))]
    return found if len(found) > len(indent) else indent + "  "


def _flow_list(text: str, node: yaml.SequenceNode, value: list[Any]) -> str:
    """Write a flow list, appending to the old text when the old items are kept in front."""
    items = node.value
    old_raw = text[node.start_mark.index : node.end_mark.index]
    style = _quote_style(items[0]) if items else None
    old_values = [construct(item) for item in items]
    flat = all(is_scalar(v) for v in value)
    if items and flat and same_value(old_values, value[: len(items)]) and "\n" not in old_raw:
        sep = ", "
        if len(items) > 1:
            sep = text[items[0].end_mark.index : items[1].start_mark.index]
        cut = items[-1].end_mark.index - node.start_mark.index
        added = "".join(sep + render_flow(v, style=style) for v in value[len(items) :])
        return old_raw[:cut] + added + old_raw[cut:]
    inner = render_flow(value, style=style)
    if old_raw.startswith("[ ") and old_raw.endswith(" ]"):
        inner = "[ " + inner[1:-1] + " ]"
    return inner


def _replace_block_list(text: str, entry: _Entry, value: list[Any]) -> str:
    """Rewrite a block list item by item, keeping the lines of unchanged items."""
    items = entry.value_node.value
    first = items[0]
    line_start = _line_start(text, first.start_mark.index)
    dash = text.find("-", line_start, first.start_mark.index)
    if dash < 0 or any(item.start_mark.index < entry.key_node.end_mark.index for item in items):
        return _rewrite_entry(text, entry, value, _indent_of(text, entry))
    dash_indent = text[line_start:dash]
    after_dash = text[dash + 1 : first.start_mark.index] or " "
    if "\n" in after_dash:
        after_dash = " "
    starts = [_line_start(text, item.start_mark.index) for item in items]
    ends = [*starts[1:], entry.content_end]
    # Each item owns its content lines; the comment/blank lines after it stay in place.
    item_ends = [
        min(_line_end(text, max(_node_end(text, item, start) - 1, start)), end)
        for item, start, end in zip(items, starts, ends, strict=True)
    ]
    old_values = [construct(item) for item in items]
    pieces = []
    for index, new in enumerate(value):
        kept = index < len(items)
        gap = text[item_ends[index] : ends[index]] if kept else ""
        if kept and same_value(old_values[index], new):
            pieces.append(text[starts[index] : item_ends[index]] + gap)
            continue
        hint = items[min(index, len(items) - 1)]
        plain = isinstance(hint, yaml.ScalarNode) and not hint.style
        old_raw = text[hint.start_mark.index : hint.end_mark.index] if plain else None
        style = _quote_style(hint)
        if kept and is_scalar(new) and _is_one_line_scalar(text, hint):
            # Splice just the scalar: the dash, spacing and a trailing comment stay.
            line = render_scalar(new, style=style, old_raw=old_raw)
            start, end = hint.start_mark.index, hint.end_mark.index
            pieces.append(text[starts[index] : start] + line + text[end : item_ends[index]] + gap)
        elif is_scalar(new):
            line = render_scalar(new, style=style, old_raw=old_raw)
            pieces.append(f"{dash_indent}-{after_dash}{line}\n{gap}")
        elif isinstance(new, dict) and new:
            lines = render_entry_lines(new, dash_indent + " " + after_dash)
            lines[0] = f"{dash_indent}-{after_dash}{lines[0].lstrip(' ')}"
            pieces.append("".join(line + "\n" for line in lines) + gap)
        else:
            pieces.append(f"{dash_indent}-{after_dash}{render_flow(new)}\n{gap}")
    tail = text[entry.content_end :]
    body = "".join(pieces)
    if not text.endswith("\n") and not tail and body.endswith("\n"):
        body = body[:-1]
    return text[: starts[0]] + body + tail


def _is_one_line_scalar(text: str, node: yaml.Node) -> bool:
    return (
        isinstance(node, yaml.ScalarNode)
        and node.style not in ("|", ">")
        and "\n" not in text[node.start_mark.index : node.end_mark.index]
        and node.start_mark.index < node.end_mark.index
        and text[node.start_mark.index] not in "&!*"
    )


def _indent_of(text: str, entry: _Entry) -> str:
    return text[entry.line_start : entry.key_node.start_mark.index]


def _rewrite_entry(text: str, entry: _Entry, value: Any, indent: str) -> str:
    """Replace the entry's lines with freshly written ones (the key keeps its spelling)."""
    key_text = text[entry.key_node.start_mark.index : entry.key_node.end_mark.index]
    new = render_entry(key_text, value, indent)
    if entry.content_end == len(text) and not text.endswith("\n"):
        new = new[:-1]
    return text[: entry.line_start] + new + text[entry.content_end :]


def _update_mapping(text: str, path: list[str], old: dict[str, Any], new: dict[Any, Any]) -> str:
    """Apply a new nested mapping key by key, so unchanged nested lines stay as written."""
    for key, value in new.items():
        key = str(key)
        if key not in old or not same_value(old[key], value):
            text = set_value(text, key, value, path)
    for key in old:
        if key not in {str(k) for k in new}:
            text = delete_value(text, key, path)
    return text
