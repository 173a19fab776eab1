"""Minimal edits to a JSON front-matter object (Hugo's ``{ … }`` front matter).

The top-level members are found by position, so setting a field replaces only that
member's value, a new field is added after the last member in the object's own style
(one line or one member per line) and a removed field takes only its own member with it.
Every other byte stays as written. JSON has no date type: dates are written as text,
spelled like the old value (ISO 8601 for a new one, as Hugo writes them).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from editor.core.post.dates import ISO_SPELLING, format_date, format_like

__all__ = ["JsonEditError", "delete_value", "json_value", "load", "raw_value", "set_value"]

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class JsonEditError(Exception):
    """The JSON block is broken or an edit is impossible; ``line`` is 1-based in the block."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise JsonEditError(f"The front matter has the key {key!r} twice.")
        result[key] = value
    return result


def load(text: str) -> dict[str, Any]:
    """The object's members in file order; raise :class:`JsonEditError` if it is broken."""
    if not text.strip():
        return {}
    try:
        data = json.loads(text, object_pairs_hook=_refuse_duplicates)
    except json.JSONDecodeError as exc:
        raise JsonEditError(f"The front matter is not valid JSON: {exc.msg}.", exc.lineno) from exc
    except RecursionError as exc:
        raise JsonEditError("The front matter is nested too deeply to read.", 1) from exc
    if not isinstance(data, dict):
        raise JsonEditError("The front matter must be one JSON object ({ … }).", 1)
    return data


@dataclass(frozen=True, slots=True)
class _Member:
    key: str
    start: int
    """Where the member's key (its opening quote) starts."""
    value_start: int
    value_end: int


def _skip(text: str, pos: int) -> int:
    match = _SPACE.match(text, pos)
    return match.end() if match is not None else pos


def _members(text: str) -> tuple[list[_Member], int, int]:
    """The top-level members and the positions of the opening and closing braces."""
    opening = _skip(text, 0)
    if text[opening : opening + 1] != "{":
        raise JsonEditError("The front matter must be one JSON object ({ … }).", 1)
    members: list[_Member] = []
    pos = _skip(text, opening + 1)
    try:
        while text[pos : pos + 1] != "}":
            if members:
                if text[pos : pos + 1] != ",":
                    raise ValueError("a comma is missing")
                pos = _skip(text, pos + 1)
            start = pos
            if text[pos : pos + 1] != '"':
                raise ValueError("a key must be quoted")
            key, pos = _DECODER.raw_decode(text, pos)  # a key is a JSON string
            pos = _skip(text, pos)
            if text[pos : pos + 1] != ":":
                raise ValueError("a colon is missing")
            value_start = _skip(text, pos + 1)
            _value, value_end = _DECODER.raw_decode(text, value_start)
            members.append(_Member(key, start, value_start, value_end))
            pos = _skip(text, value_end)
    except ValueError as exc:  # json.JSONDecodeError is one
        line = text.count("\n", 0, pos) + 1
        raise JsonEditError(f"The front matter is not valid JSON: {exc}.", line) from exc
    return members, opening, pos


def _find(members: list[_Member], key: str) -> _Member | None:
    return next((member for member in members if member.key == key), None)


def _indent_at(text: str, pos: int) -> str:
    line_start = text.rfind("\n", 0, pos) + 1
    return text[line_start:pos] if not text[line_start:pos].strip() else ""


def _dump(value: Any, old: str, indent: str) -> str:
    """``value`` as JSON: on several lines when the old value was, else on one."""
    if isinstance(value, list | dict) and value and "\n" in old:
        return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)
    return json.dumps(value, ensure_ascii=False)


def json_value(value: Any, old_raw: str | None = None) -> Any:
    """``value`` with its dates turned into text (spelled like ``old_raw`` when given)."""
    if isinstance(value, dt.date):
        old = old_raw.strip().strip('"') if old_raw else None
        return format_like(old, value) if old else format_date(value, ISO_SPELLING)
    if isinstance(value, list):
        return [json_value(item) for item in value]
    if isinstance(value, dict):
        return {key: json_value(item) for key, item in value.items()}
    return value


def raw_value(text: str, key: str) -> str | None:
    """The value of top-level ``key`` exactly as written, or ``None`` if absent."""
    if not text.strip():
        return None
    member = _find(_members(text)[0], key)
    return text[member.value_start : member.value_end] if member is not None else None


def set_value(text: str, key: str, value: Any) -> str:
    """``text`` with top-level ``key`` set to ``value`` (JSON-ready: see :func:`json_value`)."""
    if not text.strip():
        return "{\n  " + json.dumps(key, ensure_ascii=False) + ": " + _dump(value, "", "") + "\n}"
    members, opening, closing = _members(text)
    member = _find(members, key)
    if member is not None:
        old = text[member.value_start : member.value_end]
        written = _dump(value, old, _indent_at(text, member.start))
        return text[: member.value_start] + written + text[member.value_end :]
    name = json.dumps(key, ensure_ascii=False)
    if not members:
        return text[: opening + 1] + name + ": " + _dump(value, "", "") + text[closing:]
    last = members[-1]
    first = members[0]
    if "\n" in text[opening : first.start]:  # one member per line
        indent = _indent_at(text, first.start)
        addition = ",\n" + indent + name + ": " + _dump(value, "", indent)
    else:
        addition = ", " + name + ": " + _dump(value, "", "")
    return text[: last.value_end] + addition + text[last.value_end :]


def delete_value(text: str, key: str) -> str:
    """``text`` without top-level ``key`` and the comma that joined it to its neighbour."""
    members, opening, closing = _members(text)
    member = _find(members, key)
    if member is None:
        raise JsonEditError(f"The front matter has no field {key!r}.")
    index = members.index(member)
    if len(members) == 1:
        return text[:opening] + "{}" + text[closing + 1 :]
    if index + 1 < len(members):  # up to the next member, its indentation kept
        following = members[index + 1]
        return text[: member.start] + text[following.start :]
    previous = members[index - 1]
    return text[: previous.value_end] + text[member.value_end :]
