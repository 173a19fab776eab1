"""Fill a Hugo archetype the way ``hugo new`` does, for the template expressions sites use.

An archetype (``archetypes/<section>.md``, else ``archetypes/default.md``) is a post with
Go template actions in it: ``{{ .Date }}``, ``{{ replace .Name "-" " " | title }}``,
``{{ .Date.Format "2006-01-02" }}``, ``{{ now.Format "2006" }}``… Kiji evaluates the
common ones (``.Date``, ``.Name``, ``.Title``, ``.Section``, ``.Type``, ``.File.*``,
``now``, ``.Format``, ``replace``, ``title``, ``lower``, ``upper``, ``humanize``,
``urlize``); an expression it cannot evaluate becomes empty text, so the front matter
still parses. A value that lands inside a quoted string is escaped for that string.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

_CONTROL = re.compile("[\x7f-\x9f\u2028\u2029]")  # left as they are by JSON, not by TOML
_ACTION = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}", re.S)
_GO_LAYOUT = (
    ("2006", "%Y"), ("January", "%B"), ("Jan", "%b"), ("Monday", "%A"), ("Mon", "%a"),
    ("01", "%m"), ("02", "%d"), ("15", "%H"), ("03", "%I"), ("04", "%M"), ("05", "%S"),
    ("PM", "%p"), ("06", "%y"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ArchetypeValues:
    """What ``hugo new`` knows when it fills an archetype."""

    name: str
    """The new file's base name (the slug; a bundle's folder name)."""
    title: str
    when: datetime
    section: str = ""


def find_archetype(root: Path, section: str) -> str:
    """The text of ``archetypes/<section>.md``, else ``archetypes/default.md``, else ``""``."""
    folder = root / "archetypes"
    for name in (f"{section}.md" if section else "", "default.md"):
        if not name:
            continue
        path = folder / name
        try:
            if path.is_file():
                return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
    return ""


def go_format(when: datetime, layout: str) -> str:
    """``when`` in a Go reference-time layout (``"2006-01-02T15:04:05Z07:00"``)."""
    offset = when.strftime("%z")
    with_colon = f"{offset[:3]}:{offset[3:]}" if offset else ""
    out, index = [], 0
    while index < len(layout):
        rest = layout[index:]
        for token, replacement in (("Z07:00", with_colon or "Z"), ("-07:00", with_colon)):
            if rest.startswith(token):
                out.append(replacement)
                index += len(token)
                break
        else:
            if rest.startswith("-0700"):
                out.append(offset)
                index += 5
                continue
            for token, code in _GO_LAYOUT:
                if rest.startswith(token):
                    out.append(when.strftime(code))
                    index += len(token)
                    break
            else:
                out.append(layout[index])
                index += 1
    return "".join(out)


def _humanize(text: str) -> str:
    words = text.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


_FUNCTIONS: dict[str, Callable[[str], str]] = {
    "title": lambda text: " ".join(w[:1].upper() + w[1:] for w in text.split(" ")),
    "lower": str.lower,
    "upper": str.upper,
    "humanize": _humanize,
    "urlize": lambda text: re.sub(r"\s+", "-", text.strip()).lower(),
    "safeHTML": str,
    "string": str,
}


class _UnknownError(Exception):
    """An expression Kiji does not evaluate."""


def _value(token: str, values: ArchetypeValues) -> str | datetime:
    if token.startswith('"') or token.startswith("`"):
        return token[1:-1]
    names: dict[str, str | datetime] = {
        ".Date": values.when,
        ".PublishDate": values.when,
        ".Lastmod": values.when,
        "now": values.when,
        ".Name": values.name,
        ".File.ContentBaseName": values.name,
        ".File.BaseFileName": values.name,
        ".File.TranslationBaseName": values.name,
        ".Title": values.title,
        ".Section": values.section,
        ".Type": values.section,
    }
    if token in names:
        return names[token]
    raise _UnknownError(token)


def _command(
    words: list[str], piped: str | datetime | None, values: ArchetypeValues
) -> str | datetime:
    head, args = words[0], words[1:]
    if head.endswith(".Format") and head != ".Format":
        when = _value(head[: -len(".Format")], values)
        if not isinstance(when, datetime) or len(args) != 1:
            raise _UnknownError(head)
        return go_format(when, str(_value(args[0], values)))
    if head == "replace":
        given = [_value(a, values) for a in args] + ([piped] if piped is not None else [])
        if len(given) != 3:
            raise _UnknownError(head)
        text, old, new = (str(v) for v in given)
        return text.replace(old, new)
    if head in _FUNCTIONS:
        given = [_value(a, values) for a in args] + ([piped] if piped is not None else [])
        if len(given) != 1:
            raise _UnknownError(head)
        return _FUNCTIONS[head](str(given[0]))
    if args or piped is not None:
        raise _UnknownError(head)
    return _value(head, values)


def evaluate(expression: str, values: ArchetypeValues) -> str:
    """The text a Go template ``expression`` (without the braces) gives; raises on unknown ones."""
    piped: str | datetime | None = None
    for stage in expression.split("|"):
        try:
            words = shlex.split(stage.strip(), posix=False)
        except ValueError as error:
            raise _UnknownError(stage) from error
        if not words:
            raise _UnknownError(stage)
        piped = _command(words, piped, values)
    if isinstance(piped, datetime):
        return go_format(piped, "2006-01-02T15:04:05-07:00")
    return str(piped)


def _quote_context(text: str, start: int) -> str:
    """The quote character of the string ``text[start]`` stands in on its line, or ``""``."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    for quote in ('"', "'"):
        if line.count(quote) % 2 == 1:
            return quote
    return ""


def fill_archetype(text: str, values: ArchetypeValues) -> str:
    """The archetype ``text`` with its template actions replaced by their values."""

    def replace(match: re.Match[str]) -> str:
        expression = match.group(1)
        if expression.startswith("/*"):
            return ""
        try:
            result = evaluate(expression, values)
        except (_UnknownError, ValueError):
            return ""
        quote = _quote_context(text, match.start())
        if quote == '"':  # JSON's escapes are TOML's and YAML's too
            escaped = json.dumps(result, ensure_ascii=False)[1:-1]
            return _CONTROL.sub(lambda m: f"\\u{ord(m.group(0)):04x}", escaped)
        if quote == "'":  # no escapes there: control characters cannot be written
            printable = "".join(c for c in result if c.isprintable() or c == " ")
            return printable.replace("'", "''")
        return result

    return _ACTION.sub(replace, text)
