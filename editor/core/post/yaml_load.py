"""Reading a YAML front-matter block: positions, duplicate keys, typed values, errors.

PyYAML's C parser composes the block into nodes that know their place in the text; the
editing code (:mod:`editor.core.post.yaml_edit`) splices at those places. Errors carry a 1-based
line inside the block and a plain message.
"""

from __future__ import annotations

from typing import Any

import yaml

from editor.core.post.value_limits import (
    FRONT_MATTER_TOO_LARGE,
    ValueTooLargeError,
    check_value_size,
)
from editor.core.post.yaml_scalars import YamlLoader, construct


class YamlEditError(Exception):
    """The YAML block is broken or an edit is impossible; ``line`` is 1-based in the block."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def compose(text: str) -> yaml.Node | None:
    """Compose the block; raise :class:`YamlEditError` with a line number if it is broken."""
    try:
        node = yaml.compose(text, Loader=YamlLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # An unclosed ``[`` or quote is noticed later; its opening line is the one to fix.
        if exc.context_mark is not None and (
            "flow" in (exc.context or "") or "quoted" in (exc.context or "")
        ):
            mark = exc.context_mark
        problem = exc.problem or "it could not be read"
        message = f"The front matter is not valid YAML: {problem}"
        if exc.context:
            message += f" ({exc.context})"
        last_line = text.count("\n") + (0 if text.endswith("\n") else 1)
        line = min(mark.line + 1, max(last_line, 1)) if mark else None
        raise YamlEditError(message + ".", line) from exc
    except yaml.YAMLError as exc:
        position = getattr(exc, "position", None)
        line = text.count("\n", 0, position) + 1 if isinstance(position, int) else None
        reason = getattr(exc, "reason", None) or str(exc)
        raise YamlEditError(f"The front matter is not valid YAML: {reason}.", line) from exc
    except RecursionError as exc:
        raise YamlEditError("The front matter is nested too deeply to read.", 1) from exc
    if node is None:
        return None
    if not isinstance(node, yaml.MappingNode):
        raise YamlEditError(
            "The front matter should be lines of “key: value”, but it is not.",
            node.start_mark.line + 1,
        )
    _check_duplicates(node)
    return node


def _check_duplicates(node: yaml.Node, seen_nodes: set[int] | None = None) -> None:
    """Refuse repeated keys anywhere (YAML forbids them; PyYAML silently keeps the last)."""
    seen_nodes = set() if seen_nodes is None else seen_nodes
    if id(node) in seen_nodes:  # aliases point at nodes already checked
        return
    seen_nodes.add(id(node))
    if isinstance(node, yaml.MappingNode):
        keys: set[str] = set()
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value != "<<":
                if key_node.value in keys:
                    raise YamlEditError(
                        f"The key “{key_node.value}” appears more than once; "
                        "each key may appear only once.",
                        key_node.start_mark.line + 1,
                    )
                keys.add(key_node.value)
            _check_duplicates(value_node, seen_nodes)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _check_duplicates(item, seen_nodes)


def load(text: str) -> dict[str, Any]:
    """Return the block's fields (keys in file order) as Python values."""
    node = compose(text)
    if node is None:
        return {}
    values: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = key_text(key_node)
        try:
            values[key] = construct(value_node)
        except RecursionError as exc:
            raise YamlEditError("The front matter is nested too deeply to read.", 1) from exc
        except Exception as exc:  # e.g. an impossible date like 2025-13-45
            problem = getattr(exc, "problem", None) or str(exc)
            raise YamlEditError(
                f"The value of “{key}” cannot be read: {problem}.",
                value_node.start_mark.line + 1,
            ) from exc
    try:
        check_value_size(values, FRONT_MATTER_TOO_LARGE)
    except ValueTooLargeError as exc:  # an alias bomb: each use of a shared part counts
        raise YamlEditError(FRONT_MATTER_TOO_LARGE, 1) from exc
    return values


def key_text(node: yaml.Node) -> str:
    if isinstance(node, yaml.ScalarNode):
        return str(node.value)
    raise YamlEditError("Keys must be plain text, not lists or mappings.", node.start_mark.line + 1)
