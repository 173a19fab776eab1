"""Which editor a front-matter field calls for, learnt from the value, the key and the site.

The form needs no configuration: a field's kind comes from, in order of strength,

1. the value's shape when it cannot be anything else (a mapping, a list of mappings);
2. how the same key is used across the site's other posts (a key that is a list
   elsewhere is a list here, even if this post spells it as one word);
3. what Jekyll and Hugo mean by well-known keys (``date``, ``tags``, ``layout``...);
4. the value itself (a bool, a number, a date, a list, a string).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from editor.core.dates import parse_date

__all__ = [
    "LONG_TEXT_KEYS",
    "FieldKind",
    "infer_kind",
    "kind_of_value",
    "known_kind",
    "list_items",
]


class FieldKind(StrEnum):
    """The kinds of front-matter fields the form has an editor for."""

    TEXT = "text"
    LONG_TEXT = "long_text"
    DATE = "date"
    LIST = "list"
    LAYOUT = "layout"
    AUTHOR = "author"
    BOOL = "bool"
    INTEGER = "integer"
    NUMBER = "number"
    MAPPING = "mapping"  # nested mappings and lists of mappings: read-only in the form
    EMPTY = "empty"  # ``key:`` with nothing after it, and nothing else known about it


LONG_TEXT_KEYS = frozenset({"excerpt", "description", "summary", "abstract", "subtitle_long"})

_KNOWN: dict[str, FieldKind] = {
    "title": FieldKind.TEXT,
    "subtitle": FieldKind.TEXT,
    "slug": FieldKind.TEXT,
    "permalink": FieldKind.TEXT,
    "url": FieldKind.TEXT,
    "image": FieldKind.TEXT,
    "lang": FieldKind.TEXT,
    "date": FieldKind.DATE,
    "lastmod": FieldKind.DATE,
    "last_modified_at": FieldKind.DATE,
    "modified": FieldKind.DATE,
    "updated": FieldKind.DATE,
    "publishdate": FieldKind.DATE,
    "publishDate": FieldKind.DATE,
    "expirydate": FieldKind.DATE,
    "expiryDate": FieldKind.DATE,
    "tags": FieldKind.LIST,
    "categories": FieldKind.LIST,
    "keywords": FieldKind.LIST,
    "aliases": FieldKind.LIST,
    "series": FieldKind.LIST,
    "authors": FieldKind.LIST,
    "layout": FieldKind.LAYOUT,
    "author": FieldKind.AUTHOR,
    "published": FieldKind.BOOL,
    "draft": FieldKind.BOOL,
    "comments": FieldKind.BOOL,
    "toc": FieldKind.BOOL,
    "math": FieldKind.BOOL,
    "pin": FieldKind.BOOL,
    "sitemap": FieldKind.BOOL,
    "headless": FieldKind.BOOL,
    "weight": FieldKind.INTEGER,
    "reading_time": FieldKind.INTEGER,
    **{key: FieldKind.LONG_TEXT for key in LONG_TEXT_KEYS},
}

# Kinds a value of each shape may be shown as; anything else falls back to the value's kind.
_COMPATIBLE: dict[FieldKind, frozenset[FieldKind]] = {
    FieldKind.TEXT: frozenset(
        {
            FieldKind.TEXT,
            FieldKind.LONG_TEXT,
            FieldKind.LAYOUT,
            FieldKind.AUTHOR,
            FieldKind.LIST,  # Jekyll splits a one-string ``tags: a b`` on spaces
            FieldKind.DATE,  # a quoted date is still a date to the writer
        }
    ),
    FieldKind.INTEGER: frozenset({FieldKind.INTEGER, FieldKind.NUMBER}),
    FieldKind.NUMBER: frozenset({FieldKind.NUMBER}),
    FieldKind.LIST: frozenset({FieldKind.LIST}),
    FieldKind.DATE: frozenset({FieldKind.DATE}),
    FieldKind.BOOL: frozenset({FieldKind.BOOL}),
    FieldKind.MAPPING: frozenset({FieldKind.MAPPING}),
}


def kind_of_value(value: Any) -> FieldKind:
    """The kind a value has on its own, with no key or site knowledge."""
    if value is None:
        return FieldKind.EMPTY
    if isinstance(value, bool):
        return FieldKind.BOOL
    if isinstance(value, int):
        return FieldKind.INTEGER
    if isinstance(value, float):
        return FieldKind.NUMBER
    if isinstance(value, dt.date):
        return FieldKind.DATE
    if isinstance(value, dict):
        return FieldKind.MAPPING
    if isinstance(value, list):
        if all(_is_scalar(item) for item in value):
            return FieldKind.LIST
        return FieldKind.MAPPING
    if isinstance(value, str) and "\n" in value.strip():
        return FieldKind.LONG_TEXT
    return FieldKind.TEXT


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | dt.date)


def known_kind(key: str) -> FieldKind | None:
    """What Jekyll or Hugo mean by ``key``, if it is a well-known key."""
    return _KNOWN.get(key) or _KNOWN.get(key.lower())


def infer_kind(
    key: str, value: Any, site_kinds: Mapping[str, FieldKind] | None = None
) -> FieldKind:
    """Return the kind of editor for ``key: value``.

    ``site_kinds`` maps keys to how they are used in the site's other posts (see
    :class:`editor.core.vocabulary.SiteVocabulary`). A hint is taken only when the value
    fits it: a number is never shown as a list, a mapping is never shown as text.
    """
    own = kind_of_value(value)
    hints = [known_kind(key)]
    site = (site_kinds or {}).get(key)
    if site is not None and site is not FieldKind.EMPTY:
        hints.insert(0, site)
    if own is FieldKind.EMPTY:
        return next((hint for hint in hints if hint and hint is not FieldKind.MAPPING), own)
    base = FieldKind.TEXT if own is FieldKind.LONG_TEXT else own
    allowed = _COMPATIBLE.get(base, frozenset({base}))
    for hint in hints:
        if hint is None or hint not in allowed:
            continue
        if hint is FieldKind.DATE and isinstance(value, str) and parse_date(value) is None:
            continue  # an unreadable date stays editable as text (and is flagged)
        if hint is FieldKind.LONG_TEXT or own is not FieldKind.LONG_TEXT:
            return hint
    return own


def list_items(value: Any) -> list[Any]:
    """The items of a list field; a one-string value is split on spaces, as Jekyll does."""
    if value is None:
        return []
    if isinstance(value, list):
        return list(value)
    if isinstance(value, str):
        return value.split()
    return [value]
