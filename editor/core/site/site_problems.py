"""One problem found in a site, and the kinds of problem there are.

Kept apart from :mod:`editor.core.site.site_checks` so that the generators, which know
their own file-name rules, can report problems without loading the checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

INVALID_FRONT_MATTER = "invalid-front-matter"
YAML_TAB = "yaml-tab"
INVALID_CONFIG = "invalid-config"
DATE_MISMATCH = "date-mismatch"
FUTURE_DATE = "future-date"
MISSING_TITLE = "missing-title"
BAD_FILE_NAME = "bad-file-name"
DUPLICATE_SLUG = "duplicate-slug"
DUPLICATE_PERMALINK = "duplicate-permalink"
MISSING_IMAGE = "missing-image"
BROKEN_LINK = "broken-link"
UNREADABLE_FILE = "unreadable-file"


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem found in the site."""

    path: Path
    line: int
    message: str
    kind: str
