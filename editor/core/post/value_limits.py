"""Size and depth limits for values read from a site's YAML, TOML and JSON.

YAML aliases let a 1 KB file describe a value billions of strings long (the "billion
laughs"): ``a: &a [lol, lol, …]``, ``b: &b [*a, *a, …]``… Loading it is cheap, because the
parser shares the repeated parts, but the first ``str()`` of it — a ``{{ site.title }}``,
a base URL, the form showing a field — expands it all in one C call that holds the GIL
and freezes the window. Every configuration and front-matter value is measured right after
it is read, counting a shared part each time it is used, and refused when it is too big,
too deep or refers to itself. Measuring visits each distinct part once, so it stays cheap.
"""

from __future__ import annotations

from typing import Any

from editor.core.site.site_errors import QT_TRANSLATE_NOOP, CoreText

MAX_VALUES = 50_000  # strings, numbers and containers, a shared part counted per use
MAX_CHARACTERS = 500_000  # in all strings (keys too), a shared part counted per use
MAX_DEPTH = 50  # lists and mappings inside each other

CONFIG_TOO_LARGE = CoreText(
    QT_TRANSLATE_NOOP(
        "CoreMessage",
        "The site settings repeat YAML aliases (“*name”) or nest lists so much that they "
        "would grow far beyond any real setting; Kiji uses no settings from this file. "
        "Write the values out instead of repeating the aliases.",
    )
)
FRONT_MATTER_TOO_LARGE = CoreText(
    QT_TRANSLATE_NOOP(
        "CoreMessage",
        "The front matter repeats YAML aliases (“*name”) or nests lists so much that it "
        "would grow far beyond any real field; Kiji does not use its fields. "
        "Write the values out instead of repeating the aliases.",
    )
)


class ValueTooLargeError(ValueError):
    """A value read from a file is too big, too deep or refers to itself."""

    @property
    def message(self) -> str:
        """The plain-words message, as the core wrote it (a translatable ``CoreText``)."""
        message: str = self.args[0]
        return message


def check_value_size(value: Any, message: str = CONFIG_TOO_LARGE) -> None:
    """Raise :class:`ValueTooLargeError` (with ``message``) if ``value`` is over the limits."""
    _Measure(message).measure(value, 0)


class _Measure:
    __slots__ = ("_active", "_message", "_seen", "characters", "values")

    def __init__(self, message: str) -> None:
        self._message = message
        self._seen: dict[int, tuple[int, int, int]] = {}  # id → values, characters, height
        self._active: set[int] = set()
        self.values = 0
        self.characters = 0

    def _add(self, values: int, characters: int) -> None:
        self.values += values
        self.characters += characters
        if self.values > MAX_VALUES or self.characters > MAX_CHARACTERS:
            raise ValueTooLargeError(self._message)

    def measure(self, value: Any, depth: int) -> int:
        """Count ``value`` in; return its height (0 for a scalar)."""
        if isinstance(value, str | bytes):
            self._add(1, len(value))
            return 0
        if not isinstance(value, dict | list | tuple | set | frozenset):
            self._add(1, 0)
            return 0
        key = id(value)
        known = self._seen.get(key)
        if known is not None:  # a shared part (an alias): counted again, not walked again
            values, characters, height = known
            if depth + height > MAX_DEPTH:
                raise ValueTooLargeError(self._message)
            self._add(values, characters)
            return height
        if key in self._active or depth >= MAX_DEPTH:  # refers to itself, or too deep
            raise ValueTooLargeError(self._message)
        self._active.add(key)
        values_before, characters_before = self.values, self.characters
        self._add(1, 0)
        height = 0
        items = value.items() if isinstance(value, dict) else ((item,) for item in value)
        for pair in items:
            for item in pair:
                height = max(height, self.measure(item, depth + 1) + 1)
        self._active.discard(key)
        self._seen[key] = (
            self.values - values_before,
            self.characters - characters_before,
            height,
        )
        return height
