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
import re
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any

from editor.core.post.dates import parse_date
from editor.core.site.site_errors import QT_TRANSLATE_NOOP, CoreText

__all__ = [
    "LONG_TEXT_KEYS",
    "FieldKind",
    "check_fields",
    "date_value",
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
    :class:`editor.core.site.vocabulary.SiteVocabulary`). A hint is taken only when the value
    fits it: a number is never shown as a list, a mapping is never shown as text.
    """
    own = kind_of_value(value)
    hints = [known_kind(key)]
    site = (site_kinds or {}).get(key)
    if site in (FieldKind.TEXT, FieldKind.LONG_TEXT):
        hints.append(site)  # "a string elsewhere" says less than a well-known key does
    elif site is not None and site is not FieldKind.EMPTY:
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


# -- checks shown next to fields (never blocking a save) -------------------------------

_FILE_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})-")


def date_value(value: Any) -> dt.date | None:
    """A date field's value as a ``date``/``datetime`` (quoted spellings parsed), else ``None``."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return parse_date(value)
    return None


def check_fields(
    values: Mapping[str, Any],
    path: Path | None,
    now: dt.datetime,
) -> dict[str, list[str]]:
    """Problems worth a word next to their field, as plain-English messages per key.

    ``now`` is an aware datetime (the caller's clock, so tests can fix it). Checked: an
    empty title, unreadable dates, a ``date`` in the future for a post in ``_posts/``, and
    a file-name date (``2025-12-28-name.md``) that disagrees with ``date``.
    """
    problems: dict[str, list[str]] = {}
    if "title" in values and not str(values["title"] or "").strip():
        problems.setdefault("title", []).append(
            CoreText(QT_TRANSLATE_NOOP("CoreMessage", "The title is empty."))
        )
    for key, value in values.items():
        if known_kind(key) is not FieldKind.DATE or isinstance(value, dt.date):
            continue
        if value is None or (isinstance(value, str) and not value.strip()):
            problems.setdefault(key, []).append(
                CoreText(QT_TRANSLATE_NOOP("CoreMessage", "The date is empty."))
            )
        elif date_value(value) is None:
            problems.setdefault(key, []).append(
                CoreText(
                    QT_TRANSLATE_NOOP(
                        "CoreMessage",
                        "“{value}” is not a date; write it like 2025-12-28 08:41:08 +0900.",
                    ),
                    value=value,
                )
            )
    date = date_value(values.get("date"))
    if date is None or path is None:
        return problems
    if path.parent.name == "_posts" and _is_future(date, now):
        problems.setdefault("date", []).append(
            CoreText(
                QT_TRANSLATE_NOOP(
                    "CoreMessage",
                    "This date is in the future: Jekyll will not publish the post until then.",
                )
            )
        )
    match = _FILE_DATE.match(path.name)
    if match:
        try:
            file_day = dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            file_day = None
        day = date.date() if isinstance(date, dt.datetime) else date
        if file_day is not None and file_day != day:
            problems.setdefault("date", []).append(
                CoreText(
                    QT_TRANSLATE_NOOP(
                        "CoreMessage", "The file name says {file_day} but the date is {day}."
                    ),
                    file_day=file_day.isoformat(),
                    day=day.isoformat(),
                )
            )
    return problems


def _is_future(value: dt.date, now: dt.datetime) -> bool:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:  # written without an offset: the writer's (site's) clock
            return value > now.replace(tzinfo=None)
        return value > now
    return value > now.date()
