"""What a site's posts already say: the words, names and keys the form offers back.

:class:`SiteVocabulary` is a plain dataclass the form reads to fill completers and combos
and to learn field kinds. :meth:`SiteVocabulary.from_posts` builds it from the front
matters of the site's posts (the site index feeds it), the site's ``_layouts/`` folder,
its ``_data/authors.yml`` and its configuration.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from editor.core.discovery import layout_names, post_files
from editor.core.field_types import FieldKind, kind_of_value, known_kind, list_items
from editor.core.site_errors import SiteError
from editor.core.site_layout import SiteKind, detect_layout
from editor.core.storage import StorageError, read_text_file

__all__ = [
    "DEFAULT_EXCERPT_SEPARATOR",
    "SiteVocabulary",
    "read_front_matters",
    "site_post_paths",
]

DEFAULT_EXCERPT_SEPARATOR = "\n\n"  # Jekyll's default: the first paragraph


@dataclass
class SiteVocabulary:
    """Values and keys used across a site, each list sorted most-used first."""

    list_values: dict[str, dict[str, int]] = field(default_factory=dict)
    """For every list-like key (``tags``, ``categories``...), each value and its use count."""
    layouts: list[str] = field(default_factory=list)
    """Layout names from ``_layouts/`` and from posts, alphabetical."""
    authors: list[str] = field(default_factory=list)
    """Author ids from ``_data/authors.yml`` first, then other authors used in posts."""
    author_names: dict[str, str] = field(default_factory=dict)
    """Display names from ``_data/authors.yml`` (``hana`` → ``佐藤 花``)."""
    key_kinds: dict[str, FieldKind] = field(default_factory=dict)
    """How each key is used in the site's posts (its most common kind)."""
    key_counts: dict[str, int] = field(default_factory=dict)
    """How many posts use each key."""
    timezone: str | None = None
    """The site's ``timezone`` setting (an IANA name such as ``Asia/Tokyo``)."""
    excerpt_separator: str = DEFAULT_EXCERPT_SEPARATOR
    """Where Jekyll cuts the excerpt (``excerpt_separator`` in the configuration)."""
    uses_reading_time: bool = False
    """True when some post of the site has a ``reading_time`` field."""

    @property
    def tags(self) -> dict[str, int]:
        """Every tag used in the site with its count."""
        return self.list_values.get("tags", {})

    @property
    def categories(self) -> dict[str, int]:
        """Every category used in the site with its count."""
        return self.list_values.get("categories", {})

    def values_for(self, key: str) -> list[str]:
        """The values used for the list field ``key`` across the site, most used first."""
        return list(self.list_values.get(key, {}))

    def used_keys(self) -> list[str]:
        """Every front-matter key used in the site, most used first."""
        return list(self.key_counts)

    @classmethod
    def from_posts(
        cls,
        front_matters: Iterable[Mapping[str, Any]],
        site_root: Path | None = None,
        config: Mapping[str, Any] | None = None,
        site_kind: SiteKind = "jekyll",
    ) -> SiteVocabulary:
        """Learn the vocabulary from the posts' front matters and the site's own files.

        Unreadable ``_layouts/`` or ``_data/authors.yml`` are skipped, never raised.
        """
        config = config or {}
        values: dict[str, Counter[str]] = {}
        kinds: dict[str, Counter[FieldKind]] = {}
        key_counts: Counter[str] = Counter()
        layouts: set[str] = set()
        post_authors: Counter[str] = Counter()
        for front_matter in front_matters:
            for key, value in front_matter.items():
                key = str(key)
                key_counts[key] += 1
                kind = kind_of_value(value)
                if kind is not FieldKind.EMPTY:
                    kinds.setdefault(key, Counter())[kind] += 1
                if kind is FieldKind.LIST or (known_kind(key) is FieldKind.LIST and value):
                    counter = values.setdefault(key, Counter())
                    counter.update(str(item) for item in list_items(value) if item is not None)
                if key == "layout" and isinstance(value, str) and value:
                    layouts.add(value)
                if key == "author" and isinstance(value, str) and value:
                    post_authors[value] += 1
        data_authors, names = _read_authors(site_root)
        if site_root is not None:
            layouts.update(layout_names(Path(site_root), site_kind))
        authors = list(data_authors)
        authors += [name for name, _ in post_authors.most_common() if name not in authors]
        separator = config.get("excerpt_separator")
        timezone = config.get("timezone")
        return cls(
            list_values={key: dict(_most_common(counter)) for key, counter in values.items()},
            layouts=sorted(layouts),
            authors=authors,
            author_names=names,
            key_kinds={key: counter.most_common(1)[0][0] for key, counter in kinds.items()},
            key_counts=dict(_most_common(key_counts)),
            timezone=timezone if isinstance(timezone, str) and timezone else None,
            excerpt_separator=separator
            if isinstance(separator, str) and separator
            else (DEFAULT_EXCERPT_SEPARATOR),
            uses_reading_time="reading_time" in key_counts,
        )


def _most_common(counter: Counter[str]) -> list[tuple[str, int]]:
    """Most used first; ties in alphabetical order so the result does not depend on file order."""
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))


def _read_authors(site_root: Path | None) -> tuple[list[str], dict[str, str]]:
    """Author ids and display names from ``_data/authors.yml`` (or ``.yaml``)."""
    if site_root is None:
        return [], {}
    for name in ("authors.yml", "authors.yaml"):
        path = Path(site_root) / "_data" / name
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        if isinstance(data, dict):
            ids = [str(key) for key in data]
            names = {
                str(key): str(entry["name"])
                for key, entry in data.items()
                if isinstance(entry, dict) and entry.get("name")
            }
            return ids, names
        if isinstance(data, list):  # a list of {name: ...} entries
            ids = [str(e.get("name")) for e in data if isinstance(e, dict) and e.get("name")]
            return ids, {}
    return [], {}


def read_front_matters(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """The parsed front matter of each readable post in ``paths`` (broken ones are skipped).

    A stand-in until the site index hands its front matters over; uses the same
    date-aware reader as the editor, so kinds learnt here match the form's.
    """
    from editor.core.front_matter_split import split_front_matter
    from editor.core.frontmatter import FrontMatterError, engine_for

    result: list[dict[str, Any]] = []
    for path in paths:
        try:
            text = read_text_file(path).text
        except StorageError:  # unreadable, not UTF-8, a pipe or a link that loops
            continue
        split = split_front_matter(text)
        if split.format is None:
            continue
        try:
            result.append(engine_for(split.format).load(split.block))
        except FrontMatterError:
            continue
    return result


def site_post_paths(site_root: Path) -> list[Path]:
    """Posts, drafts and collection documents of the site at ``site_root``."""
    try:
        return post_files(detect_layout(Path(site_root)))
    except (OSError, SiteError):  # gone, or its settings lead out of it
        return []
