"""What a site's posts already say: the words, names and keys the form offers back.

:class:`SiteVocabulary` is a plain dataclass the form reads to fill completers and combos
and to learn field kinds. :meth:`SiteVocabulary.from_site` builds it from the entries the
site index already holds (no file is read again), the site's layouts folder, its
``_data/authors.yml`` and its configuration; :meth:`SiteVocabulary.from_posts` from any
front matters.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import yaml

from editor.core.post.dates import parse_date
from editor.core.post.field_types import FieldKind, kind_of_value, known_kind, list_items
from editor.core.site.generator import Generator
from editor.core.site.generators import JEKYLL
from editor.core.site.post_entries import PostEntry
from editor.core.site.site_layout import SiteLayout

__all__ = ["DEFAULT_EXCERPT_SEPARATOR", "SiteVocabulary"]

DEFAULT_EXCERPT_SEPARATOR = "\n\n"  # Jekyll's default: the first paragraph


READING_SAMPLES = 400
"""At most this many posts with a written ``reading_time`` teach the reading formula."""


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
    reading_samples: tuple[tuple[int, int, int, int], ...] = ()
    """``(words, cjk_characters, body_characters, reading_time)`` of the posts that have
    a whole-number ``reading_time``: what :func:`~editor.core.text.stats.learn_reading_formula`
    learns the site's formula from."""

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
    def from_site(cls, entries: Iterable[PostEntry], layout: SiteLayout) -> SiteVocabulary:
        """Learn the vocabulary from the index's entries and the site's own files."""
        entries = [entry for entry in entries if not entry.error]
        vocabulary = cls.from_posts(
            (entry.front_matter for entry in entries), layout.root, layout.config, layout.generator
        )
        # Each sample reads its post's body: a few hundred fit the rates as well as all
        # 50,000 of a big site, which took 18 s of a worker holding the interpreter lock.
        vocabulary.reading_samples = tuple(
            islice(
                (
                    (entry.words, entry.cjk_characters, entry.body_characters, written)
                    for entry in entries
                    if type(written := entry.front_matter.get("reading_time")) is int
                ),
                READING_SAMPLES,
            )
        )
        return vocabulary

    @classmethod
    def from_posts(
        cls,
        front_matters: Iterable[Mapping[str, Any]],
        site_root: Path | None = None,
        config: Mapping[str, Any] | None = None,
        generator: Generator = JEKYLL,
    ) -> SiteVocabulary:
        """Learn the vocabulary from the posts' front matters and the site's own files.

        ``generator`` says where the layouts folder of ``site_root`` is (Jekyll's by default).

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
                kind = _kind_of(value)
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
            layouts.update(generator.layout_names(Path(site_root)))
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


def _kind_of(value: Any) -> FieldKind:
    """The value's kind; a date spelled as text counts as a date.

    The index reads front matter with the fast YAML loader, which takes Jekyll's
    ``2025-12-28 08:41:08 +0000`` for text; the form reads it as the date it is.
    """
    kind = kind_of_value(value)
    if kind is FieldKind.TEXT and isinstance(value, str) and parse_date(value) is not None:
        return FieldKind.DATE
    return kind


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
