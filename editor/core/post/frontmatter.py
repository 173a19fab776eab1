"""Front-matter engines: read a raw block into fields and apply minimal edits to it.

One engine per format, both behind the same small interface:

* YAML (Jekyll, Hugo): positions from PyYAML's C parser and splices into the raw text
  (:mod:`editor.core.post.yaml_edit`).
* TOML (Hugo): ``tomllib`` to read (exact line numbers in errors, repeated keys
  refused) and ``tomlkit``, which keeps formatting, to edit.
* JSON (Hugo): the standard library to read, positions of the top-level members and
  splices to edit (:mod:`editor.core.post.json_edit`).

Every edit is read back and checked before it is accepted: the changed key must hold
exactly the new value and every other key its old one. python-frontmatter's ``dumps()``
is never used to write (it sorts keys, re-quotes and drops comments).
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from typing import Any, Protocol

import tomlkit
import tomlkit.exceptions
import tomlkit.items

from editor.core.post import json_edit, yaml_edit
from editor.core.post.dates import DateSpelling, format_date, format_like, spelling_of
from editor.core.post.yaml_scalars import same_value

__all__ = ["FrontMatterEngine", "FrontMatterError", "engine_for", "format_like"]

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)|\s*\(at end of document\)")


class FrontMatterError(Exception):
    """A broken block or an impossible edit; ``line`` is 1-based inside the block."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class FrontMatterEngine(Protocol):
    """What :class:`editor.core.post.post.Post` needs from a front-matter format."""

    def load(self, text: str) -> dict[str, Any]:
        """Return the fields in file order; raise :class:`FrontMatterError` if broken."""
        ...

    def set(self, text: str, key: str, value: Any, values: dict[str, Any]) -> str:
        """Return ``text`` with ``key`` set; ``values`` are the current fields."""
        ...

    def delete(self, text: str, key: str) -> str:
        """Return ``text`` without ``key``'s lines."""
        ...

    def raw(self, text: str, key: str) -> str | None:
        """Return the value of ``key`` as written, or ``None`` if absent."""
        ...


def _check_edit(
    engine: FrontMatterEngine, new_text: str, key: str, value: Any, old: dict[str, Any]
) -> None:
    """Refuse an edit whose result does not read back as intended."""
    try:
        new = engine.load(new_text)
    except FrontMatterError as exc:
        raise FrontMatterError(f"the edit would break the front matter ({exc.message})") from exc
    expected = dict(old)
    if value is _DELETED:
        expected.pop(key, None)
    else:
        expected[key] = value
    if not same_value(new, expected):
        raise FrontMatterError("the value cannot be written so that it reads back the same")


_DELETED = object()


class _SpliceEngine:
    """An engine over a splicing editor module (``yaml_edit``, ``json_edit``).

    The module offers ``load``, ``set_value``, ``delete_value`` and ``raw_value`` and
    raises ``error`` (with ``message`` and ``line``); every edit is checked to read back.
    """

    editor: Any
    error: type[Exception]
    unwritable: tuple[type[Exception], ...] = ()
    format_name = ""

    def load(self, text: str) -> dict[str, Any]:
        """Return the fields in file order; raise :class:`FrontMatterError` if broken."""
        try:
            fields: dict[str, Any] = self.editor.load(text)
        except self.error as exc:
            raise _front_matter_error(exc) from exc
        return fields

    def _prepare(self, text: str, key: str, value: Any) -> Any:
        """The value as this format will write it."""
        return _normalise(value)

    def set(self, text: str, key: str, value: Any, values: dict[str, Any]) -> str:
        """Return ``text`` with only ``key``'s value replaced (or the key added)."""
        value = self._prepare(text, key, value)
        if key in values and same_value(values[key], value):
            return text
        try:
            new_text: str = self.editor.set_value(text, key, value)
        except self.unwritable as exc:
            raise FrontMatterError(
                f"the value cannot be written as {self.format_name} ({exc})"
            ) from exc
        except self.error as exc:
            raise _front_matter_error(exc) from exc
        _check_edit(self, new_text, key, value, values)
        return new_text

    def delete(self, text: str, key: str) -> str:
        """Return ``text`` without ``key``'s lines."""
        old = self.load(text)
        try:
            new_text: str = self.editor.delete_value(text, key)
        except self.error as exc:
            raise _front_matter_error(exc) from exc
        _check_edit(self, new_text, key, _DELETED, old)
        return new_text

    def raw(self, text: str, key: str) -> str | None:
        """Return the value of ``key`` as written, or ``None`` if absent."""
        try:
            raw: str | None = self.editor.raw_value(text, key)
        except self.error:
            return None
        return raw


def _front_matter_error(exc: Any) -> FrontMatterError:
    """The editor module's error (``YamlEditError``, ``JsonEditError``) in our terms."""
    return FrontMatterError(exc.message, exc.line)


class YamlEngine(_SpliceEngine):
    """YAML front matter (Jekyll's default)."""

    editor = yaml_edit
    error = yaml_edit.YamlEditError
    unwritable = (ValueError, TypeError)
    format_name = "YAML"


class TomlEngine:
    """TOML front matter (Hugo's ``+++`` blocks)."""

    def load(self, text: str) -> dict[str, Any]:
        """Return the fields in file order; raise :class:`FrontMatterError` if broken."""
        try:
            return tomllib.loads(text)
        except RecursionError as exc:
            raise FrontMatterError("The front matter is nested too deeply to read.", 1) from exc
        except tomllib.TOMLDecodeError as exc:
            message = str(exc)
            match = _TOML_POSITION.search(message)
            line = None
            if match and match.group(1):
                line = int(match.group(1))
            elif match:
                line = text.count("\n") + 1
            reason = _TOML_POSITION.sub("", message).rstrip(".")
            raise FrontMatterError(f"The front matter is not valid TOML: {reason}.", line) from exc

    def set(self, text: str, key: str, value: Any, values: dict[str, Any]) -> str:
        """Return ``text`` with ``key`` set; tomlkit keeps the other lines as written."""
        value = _normalise(value)
        if key in values and same_value(values[key], value):
            return text
        if _contains_none(value):
            raise FrontMatterError("TOML has no empty (null) value; remove the field instead")
        try:
            doc = tomlkit.parse(text)
            _toml_assign(doc, key, value)
            new_text = tomlkit.dumps(doc)
        except (tomlkit.exceptions.TOMLKitError, ValueError, TypeError) as exc:
            raise FrontMatterError(f"the value cannot be written as TOML ({exc})") from exc
        _check_edit(self, new_text, key, value, values)
        return new_text

    def delete(self, text: str, key: str) -> str:
        """Return ``text`` without ``key``."""
        old = self.load(text)
        doc = tomlkit.parse(text)
        del doc[key]
        new_text = tomlkit.dumps(doc)
        _check_edit(self, new_text, key, _DELETED, old)
        return new_text

    def raw(self, text: str, key: str) -> str | None:
        """Return the value of ``key`` as written, or ``None`` if absent."""
        try:
            doc = tomlkit.parse(text)
            item = doc.item(key) if key in doc else None
        except tomlkit.exceptions.TOMLKitError:
            return None
        return item.as_string() if isinstance(item, tomlkit.items.Item) else None


class JsonEngine(_SpliceEngine):
    """JSON front matter (Hugo's ``{ … }`` blocks)."""

    editor = json_edit
    error = json_edit.JsonEditError

    def _prepare(self, text: str, key: str, value: Any) -> Any:
        """JSON keeps a date in the spelling the file already uses for it."""
        return json_edit.json_value(_normalise(value), self.raw(text, key))


def _toml_assign(container: Any, key: str, value: Any) -> None:
    """Set ``container[key]``, editing nested tables key by key and appending to arrays."""
    old = container.item(key) if key in container else None
    if isinstance(value, dict) and value and isinstance(old, _TOML_TABLES):
        old_values = old.unwrap()
        for sub_key, sub_value in value.items():
            if sub_key not in old_values or not same_value(old_values[sub_key], sub_value):
                _toml_assign(old, sub_key, sub_value)
        for sub_key in old_values:
            if sub_key not in value:
                del old[sub_key]
        return
    if isinstance(value, list) and isinstance(old, tomlkit.items.Array) and len(old):
        old_items = old.unwrap()
        if len(old_items) <= len(value) and same_value(old_items, value[: len(old_items)]):
            for item in value[len(old_items) :]:
                old.append(_toml_item(item, old[0]))
            return
    container[key] = _toml_item(value, old)
    if old is None and isinstance(container, tomlkit.items.Table):
        _indent_like_siblings(container, key)


def _indent_like_siblings(table: tomlkit.items.Table, key: str) -> None:
    """A key added to an indented table gets the indentation of the keys already there."""
    for sibling_key, sibling in table.value.body:
        if sibling_key is not None and str(sibling_key) != key:
            new_item = table.item(key)
            if isinstance(new_item, tomlkit.items.Item) and not isinstance(new_item, _TOML_TABLES):
                new_item.trivia.indent = sibling.trivia.indent
            return


_TOML_TABLES = (tomlkit.items.Table, tomlkit.items.InlineTable)


def _toml_item(value: Any, old: Any) -> Any:
    """A tomlkit item for ``value`` written like ``old`` (quote kind, date spelling)."""
    if isinstance(value, str) and isinstance(old, tomlkit.items.String):
        literal = old.type in (tomlkit.items.StringType.SLL, tomlkit.items.StringType.MLL)
        if literal and "'" not in value and "\n" not in value:
            return tomlkit.string(value, literal=True)
        return tomlkit.string(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.time):
        spelling = spelling_of(old.as_string()) if isinstance(old, tomlkit.items.Item) else None
        spelling = _toml_spelling(spelling or DateSpelling(sep="T", tz_style="HH:MM"))
        return tomlkit.value(format_date(value, spelling))
    return tomlkit.item(value)


def _toml_spelling(spelling: DateSpelling) -> DateSpelling:
    """TOML allows only ``Z`` or ``+HH:MM`` offsets written right after the time."""
    tz_style = spelling.tz_style if spelling.tz_style in (None, "Z") else "HH:MM"
    return DateSpelling(
        date_only=spelling.date_only,
        sep=spelling.sep if spelling.sep in ("T", "t", " ") else "T",
        seconds=True,
        fraction_digits=spelling.fraction_digits,
        tz_space="",
        tz_style=tz_style,
    )


def _contains_none(value: Any) -> bool:
    if isinstance(value, list):
        return any(_contains_none(v) for v in value)
    if isinstance(value, dict):
        return any(_contains_none(v) for v in value.values())
    return value is None


def _normalise(value: Any) -> Any:
    """Check a value can live in front matter; tuples become lists, keys become text."""
    if isinstance(value, list | tuple):
        return [_normalise(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _normalise(v) for k, v in value.items()}
    if isinstance(value, dt.datetime):
        offset = value.utcoffset()
        if offset is not None and offset.total_seconds() % 60:
            raise FrontMatterError("a time-zone offset with seconds cannot be written")
    if value is None or isinstance(value, str | int | float | dt.date):
        return value
    raise FrontMatterError(f"a {type(value).__name__} value cannot be stored in front matter")


def engine_for(fmt: str) -> FrontMatterEngine:
    """Return an engine for ``"yaml"``, ``"toml"`` or ``"json"`` (stateless and cheap)."""
    if fmt == "toml":
        return TomlEngine()
    if fmt == "json":
        return JsonEngine()
    if fmt == "yaml":
        return YamlEngine()
    raise ValueError(f"unknown front matter format {fmt!r}")
