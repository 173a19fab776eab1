"""File-level helpers for the site operations: new-post text, and creating or moving files
without ever overwriting an existing one.

Edits of existing posts go through :mod:`editor.core.post.post` (lossless, minimal splices).
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from editor.core.site.post_entries import PostEntry
from editor.core.site.site_errors import NameCollisionError, SiteError

FrontMatterFormat = str  # "yaml" | "toml" | "json"
_PLAIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_YAML_WORDS = frozenset({"true", "false", "yes", "no", "on", "off", "null", "y", "n"})

# Keys whose empty value would change the built page: never pre-filled in a new post.
_NEVER_PREFILLED = frozenset(
    {"title", "date", "slug", "permalink", "url", "excerpt", "published", "draft", "redirect_from"}
)
NEVER_EMPTY = frozenset({"layout", "author"})
"""Keys written with a value or not at all: ``layout: ""`` renders without the theme."""


def format_date(when: datetime, fmt: FrontMatterFormat, *, jekyll_style: bool) -> str:
    """Return ``when`` as a front-matter literal.

    Jekyll's own spelling (``2025-12-28 08:41:08 +0900``) for Jekyll YAML, RFC 3339 for
    Hugo and TOML (a bare TOML datetime), a quoted string for JSON.
    """
    when = when.replace(microsecond=0)
    if fmt == "json":
        return json.dumps(when.isoformat())
    if jekyll_style and fmt == "yaml":
        return when.strftime("%Y-%m-%d %H:%M:%S %z")
    return when.isoformat()


def format_value(value: Any, fmt: FrontMatterFormat) -> str:
    """Return ``value`` as a one-line front-matter literal (strings double-quoted)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        if fmt == "yaml" and _PLAIN_WORD.fullmatch(value) and value.lower() not in _YAML_WORDS:
            return value  # e.g. "layout: post", as writers type it
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)) and all(
        isinstance(item, (str, int, float)) and not isinstance(item, bool) for item in value
    ):
        # Flow style with quoted strings, as in the seed: tags: ["Google", "LLM"]
        items = (
            json.dumps(i, ensure_ascii=False) if isinstance(i, str) else repr(i) for i in value
        )
        return "[" + ", ".join(items) + "]"
    if fmt == "yaml":
        return yaml.safe_dump(value, allow_unicode=True, default_flow_style=True).strip()
    return json.dumps(value, ensure_ascii=False, default=str)


def write_new_file(path: Path, data: bytes) -> None:
    """Create ``path`` with ``data``; raise :class:`NameCollisionError` if anything is there."""
    check_free(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(path, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except FileExistsError as error:
        raise NameCollisionError(path) from error
    except OSError as error:
        raise SiteError(f"Could not write {str(path)!r}: {error.strerror or error}.") from error


def check_free(path: Path) -> None:
    """Raise :class:`NameCollisionError` if ``path`` exists, also when only the case differs.

    macOS and Windows treat ``Post.md`` and ``post.md`` as one file; refusing both keeps a
    repository that works on one system working on the others.
    """
    if path.exists():
        raise NameCollisionError(path)
    if path.parent.is_dir():
        lowered = path.name.lower()
        for existing in os.listdir(path.parent):
            if existing.lower() == lowered:
                raise NameCollisionError(
                    path,
                    f"A file named {existing!r} already exists in {str(path.parent)!r} "
                    f"(only the letter case differs from {path.name!r}). "
                    "Choose another slug; the existing file was left untouched.",
                )


def move_file(source: Path, target: Path, new_data: bytes | None = None) -> Path:
    """Move ``source`` to ``target`` (optionally with new content); never overwrites.

    The target is written first and the source removed only after that succeeded, so an
    interruption can leave two copies but never zero.
    """
    data = source.read_bytes() if new_data is None else new_data
    write_new_file(target, data)
    try:
        source.unlink()
    except OSError as error:
        raise SiteError(
            f"{str(target)!r} was written but {str(source)!r} could not be removed: "
            f"{error.strerror or error}. Delete one of the two copies."
        ) from error
    return target


def common_keys(entries: Iterable[PostEntry]) -> list[tuple[str, Any]]:
    """Return the keys at least half of the posts use, in their usual order, with values.

    A key present in at least 80 % of the posts whose most common value is shared by most
    of them gets that value (``comments: true``), and ``layout`` and ``author`` get the
    value most posts use; other keys get the empty form of their usual type (``[]`` for
    lists, ``""`` for text). Keys holding other types are left out, as are keys an empty
    value would break.
    """
    posts = [e for e in entries if not e.error and e.front_matter]
    if not posts:
        return []
    used: Counter[str] = Counter()
    position: dict[str, float] = {}
    kinds: dict[str, Counter[str]] = {}
    values: dict[str, Counter[Any]] = {}
    for entry in posts:
        for index, (key, value) in enumerate(entry.front_matter.items()):
            used[key] += 1
            position[key] = position.get(key, 0.0) + index
            kinds.setdefault(key, Counter())[
                "list" if isinstance(value, list) else "str" if isinstance(value, str) else "other"
            ] += 1
            if isinstance(value, (str, bool, int)) and value != "":
                values.setdefault(key, Counter())[value] += 1
    chosen = [
        key
        for key, count in used.items()
        if count * 2 >= len(posts) and key not in _NEVER_PREFILLED
    ]
    chosen.sort(key=lambda key: position[key] / used[key])
    result: list[tuple[str, Any]] = []
    for key in chosen:
        if key in values:
            top, count = values[key].most_common(1)[0]
            shared = used[key] * 5 >= len(posts) * 4 and count * 2 > used[key]
            if shared or key in NEVER_EMPTY:
                result.append((key, top))
                continue
        if key in NEVER_EMPTY:
            continue
        kind = kinds[key].most_common(1)[0][0]
        if kind == "list":
            result.append((key, []))
        elif kind == "str":
            result.append((key, ""))
    return result


def render_front_matter(
    fields: list[tuple[str, str]], fmt: FrontMatterFormat, newline: str = "\n"
) -> str:
    """Return a front-matter block for ``fields`` (key, literal) in YAML or TOML."""
    if fmt == "toml":
        lines = ["+++", *(f"{key} = {literal}" for key, literal in fields), "+++"]
    else:
        lines = ["---", *(f"{key}: {literal}" for key, literal in fields), "---"]
    return newline.join(lines) + newline
