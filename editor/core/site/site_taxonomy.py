"""Values used across a site, with counts, for the front-matter form's autocomplete."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from editor.core.post.value_limits import ValueTooLargeError, check_value_size
from editor.core.site.post_entries import PostEntry
from editor.core.site.site_layout import SiteLayout


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """Values used across the site with how often each is used, most used first."""

    tags: list[tuple[str, int]]
    categories: list[tuple[str, int]]
    authors: list[tuple[str, int]]
    layouts: list[tuple[str, int]]
    keys: list[tuple[str, int]]


def ranked(counter: Counter[str]) -> list[tuple[str, int]]:
    """Return ``(value, count)`` pairs, most used first, then alphabetically."""
    return sorted(counter.items(), key=lambda item: (-item[1], item[0].lower(), item[0]))


def data_authors(root: Path) -> list[str]:
    """Author names from ``_data/authors.yml`` (a mapping, or a list of names or records)."""
    path = root / "_data" / "authors.yml"
    if not path.is_file():
        return []
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        check_value_size(data)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueTooLargeError):
        return []  # an unreadable data file only means no suggestions from it
    if isinstance(data, dict):
        return [str(key) for key in data]
    names: list[str] = []
    if isinstance(data, list):
        for item in data:
            if isinstance(item, dict):
                name = item.get("id") or item.get("name")
                if name:
                    names.append(str(name))
            elif isinstance(item, str):
                names.append(item)
    return names


def author_counts(entries: Iterable[PostEntry], layout: SiteLayout) -> list[tuple[str, int]]:
    """Authors used in posts with counts, plus those only in ``_data/authors.yml`` (count 0)."""
    counts: Counter[str] = Counter()
    for entry in entries:
        counts.update(entry.authors)
    for name in data_authors(layout.root):
        counts.setdefault(name, 0)
    return ranked(counts)


def taxonomy(entries: Iterable[PostEntry], layout: SiteLayout) -> Taxonomy:
    """Tags, categories, authors, layouts and front-matter keys used across ``entries``."""
    entries = list(entries)
    tags: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    layouts: Counter[str] = Counter()
    keys: Counter[str] = Counter()
    for entry in entries:
        tags.update(entry.tags)
        categories.update(entry.categories)
        if entry.layout:
            layouts[entry.layout] += 1
        keys.update(entry.keys)
    for name in layout.generator.layout_names(layout.root):
        layouts.setdefault(name, 0)
    return Taxonomy(
        tags=ranked(tags),
        categories=ranked(categories),
        authors=author_counts(entries, layout),
        layouts=ranked(layouts),
        keys=ranked(keys),
    )
