"""YAML values for the front-matter form: reading nodes into Python values and writing
Python values back as YAML text in the style the writer used.

Reading follows YAML 1.1 as Jekyll (Ruby's Psych) and PyYAML do (``yes`` is true, ``1.10``
is the float 1.1), plus the date spellings Jekyll accepts but YAML 1.1 does not, such
as ``2025-12-28 08:41:08 +0000``. Every piece of text written is read back and compared
with the value it should mean before it is used, so a value can never change meaning
(``"yes"`` stays a string, ``"2025-01-01"`` stays a string).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from editor.core.post.dates import format_like, parse_date

try:  # the C parser is ~10x faster; fall back where libyaml is missing
    YamlLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    YamlLoader = yaml.SafeLoader

_BOOL_PAIRS = {
    "yes": "no",
    "Yes": "No",
    "YES": "NO",
    "on": "off",
    "On": "Off",
    "ON": "OFF",
    "true": "false",
    "True": "False",
    "TRUE": "FALSE",
}
_BOOL_TWIN = {**_BOOL_PAIRS, **{false: true for true, false in _BOOL_PAIRS.items()}}
_TRUE_WORDS = frozenset(_BOOL_PAIRS)
_NULL_WORDS = frozenset({"~", "null", "Null", "NULL"})
_DATE_START = re.compile(r"\d{4}-\d")

# Characters YAML allows unescaped (its "printable" set) minus the BOM, which some tools eat.
_NON_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_DOUBLE_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\t": "\\t",
    "\r": "\\r",
    "\x00": "\\0",
    "\x07": "\\a",
    "\x08": "\\b",
    "\x0b": "\\v",
    "\x0c": "\\f",
    "\x1b": "\\e",
    "\x85": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
}
_NEEDS_DOUBLE_ESCAPE = re.compile(
    '[\\\\"\n\t\r\x85\u2028\u2029]|' + _NON_PRINTABLE.pattern, re.UNICODE
)


class ValueConstructor(SafeConstructor):
    """PyYAML's safe constructor, plus Jekyll's date spellings with their written offsets."""

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        """Read a YAML timestamp keeping the written offset (``date`` for a day)."""
        value = parse_date(node.value)
        if value is not None:
            return value
        return super().construct_yaml_timestamp(node)

    def construct_plain_str(self, node: yaml.ScalarNode) -> Any:
        """Read ``2025-12-28 08:41:08 +0000`` (not a YAML 1.1 timestamp) as a datetime."""
        if not node.style and _DATE_START.match(node.value):
            value = parse_date(node.value)
            if value is not None:
                return value
        return self.construct_scalar(node)


# The stubs type constructors as methods of a Loader; ours is the constructor half that
# loaders are composed from (``yaml_load``), which PyYAML accepts the same way.
ValueConstructor.add_constructor(
    "tag:yaml.org,2002:timestamp",
    ValueConstructor.construct_yaml_timestamp,  # type: ignore[type-var]
)
ValueConstructor.add_constructor(
    "tag:yaml.org,2002:str",
    ValueConstructor.construct_plain_str,  # type: ignore[type-var]
)


def construct(node: yaml.Node) -> Any:
    """Build the Python value of a composed node."""
    return ValueConstructor().construct_object(node, deep=True)


def same_value(a: Any, b: Any) -> bool:
    """Equality that also compares types (``1`` is not ``1.0`` or ``True``) and offsets."""
    if isinstance(a, tuple):
        a = list(a)
    if isinstance(b, tuple):
        b = list(b)
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same_value(a[k], b[k]) for k in a)
    if isinstance(a, dt.datetime):
        return (
            a == b and a.utcoffset() == b.utcoffset() and (a.tzinfo is None) == (b.tzinfo is None)
        )
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


def reads_back(fragment: str, value: Any, *, flow: bool = False, key: bool = False) -> bool:
    """Whether ``fragment`` (YAML text) means exactly ``value`` where it will be written."""
    if key:
        doc = f"{fragment}: 0\n"
    elif flow:
        doc = f"k: [{fragment}]\n"
    else:
        doc = f"k: {fragment}\n"
    try:
        node = yaml.compose(doc, Loader=YamlLoader)
    except Exception:  # any parser failure means "not this spelling"
        return False
    if not isinstance(node, yaml.MappingNode) or len(node.value) != 1:
        return False
    key_node, value_node = node.value[0]
    if key:  # nested keys are typed (``0:`` is the int 0), so the key must read as text
        value_node = key_node
    if flow:
        if not isinstance(value_node, yaml.SequenceNode) or len(value_node.value) != 1:
            return False
        value_node = value_node.value[0]
    try:
        return same_value(construct(value_node), value)
    except Exception:
        return False


def double_quoted(text: str) -> str:
    """Write ``text`` as a double-quoted YAML scalar (always possible)."""

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        if char in _DOUBLE_ESCAPES:
            return _DOUBLE_ESCAPES[char]
        code = ord(char)
        if code <= 0xFF:
            return f"\\x{code:02x}"
        if code <= 0xFFFF:
            return f"\\u{code:04x}"
        return f"\\U{code:08x}"

    return '"' + _NEEDS_DOUBLE_ESCAPE.sub(escape, text) + '"'


def _string_candidates(text: str, style: str | None) -> list[str]:
    """Spellings to try for a string, in order of preference for the old ``style``."""
    simple = "\n" not in text and not _NON_PRINTABLE.search(text)
    plain = [text] if simple and text and text == text.strip() else []
    single = ["'" + text.replace("'", "''") + "'"] if simple else []
    if style == '"':
        return [double_quoted(text)]
    if style == "'":
        return [*single, double_quoted(text)]
    return [*plain, double_quoted(text)]


def render_key(key: str) -> str:
    """Write a new mapping key: plain when safe, else double-quoted."""
    for candidate in _string_candidates(key, None):
        if reads_back(candidate, key, key=True):
            return candidate
    raise ValueError(f"cannot write the key {key!r}")


def render_scalar(
    value: Any,
    *,
    style: str | None = None,
    old_raw: str | None = None,
    flow: bool = False,
) -> str:
    """Write a scalar value as YAML text, like ``old_raw``/``style`` when there was one.

    ``style`` is the old node's quote style (``'"'``, ``"'"`` or plain); ``flow`` means the
    text goes inside a ``[...]`` list. Raises ``ValueError`` for values YAML cannot hold.
    """
    candidates: list[str]
    if value is None:
        candidates = [old_raw if old_raw in _NULL_WORDS else "null"]
    elif isinstance(value, bool):
        candidates = [_render_bool(value, old_raw)]
    elif isinstance(value, int):
        candidates = [str(value)]
    elif isinstance(value, float):
        candidates = [_render_float(value)]
    elif isinstance(value, dt.date):
        offset = value.utcoffset() if isinstance(value, dt.datetime) else None
        if offset is not None and offset.total_seconds() % 60:
            raise ValueError("a time-zone offset with seconds cannot be written in front matter")
        old = (old_raw or "").strip("\"'")
        candidates = [format_like(old or None, value)]
    elif isinstance(value, str):
        candidates = _string_candidates(value, style)
    else:
        raise ValueError(f"a {type(value).__name__} cannot be stored in front matter")
    for candidate in candidates:
        if reads_back(candidate, value, flow=flow):
            return candidate
    if isinstance(value, str):
        return double_quoted(value)
    raise ValueError(f"cannot write {value!r} as YAML")


def _render_bool(value: bool, old_raw: str | None) -> str:
    """``yes`` becomes ``no``, ``On`` becomes ``Off``... else ``true``/``false``."""
    if old_raw in _BOOL_TWIN:
        if (old_raw in _TRUE_WORDS) == value:
            return old_raw
        return _BOOL_TWIN[old_raw]
    return "true" if value else "false"


def _render_float(value: float) -> str:
    """A float spelled so YAML 1.1 reads it as a float (it needs a dot before ``e``)."""
    if math.isnan(value):
        return ".nan"
    if math.isinf(value):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value)
    if "e" in text and "." not in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}.0e{exponent}"
    return text


def is_scalar(value: Any) -> bool:
    """Whether ``value`` is written as a single YAML scalar."""
    return value is None or isinstance(value, str | int | float | bool | dt.date)


def render_flow(value: Any, *, style: str | None = None) -> str:
    """Write a value on one line: ``[a, b]``, ``{k: v}`` or a scalar (inside a flow)."""
    if isinstance(value, list | tuple):
        return "[" + ", ".join(render_flow(item, style=style) for item in value) + "]"
    if isinstance(value, dict):
        parts = [
            f"{render_scalar(str(k), style=style, flow=True)}: {render_flow(v, style=style)}"
            for k, v in value.items()
        ]
        return "{" + ", ".join(parts) + "}"
    return render_scalar(value, style=style, flow=True)


def render_literal(text: str, indent: str) -> str | None:
    """Write a multi-line string as a ``|`` block scalar (no trailing newline), or ``None``."""
    if not text or text[0] in " \n" or _NON_PRINTABLE.search(text) or "\r" in text:
        return None
    stripped = text.rstrip("\n")
    trailing = len(text) - len(stripped)
    chomp = "-" if trailing == 0 else ("" if trailing == 1 else "+")
    if chomp == "+":
        return None  # keep-chomping would swallow the blank lines after it
    lines = [indent + line if line else "" for line in stripped.split("\n")]
    candidate = "|" + chomp + "\n" + "\n".join(lines)
    doc = "k: " + candidate + "\n"
    try:
        node = yaml.compose(doc, Loader=YamlLoader)
        if isinstance(node, yaml.MappingNode) and construct(node.value[0][1]) == text:
            return candidate
    except Exception:
        return None
    return None
