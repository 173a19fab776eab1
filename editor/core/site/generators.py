"""Which generator a site folder belongs to: the one place the generators are listed."""

from __future__ import annotations

from pathlib import Path

from editor.core.site.generator import Generator
from editor.core.site.generator_hugo import HugoGenerator
from editor.core.site.generator_jekyll import JekyllGenerator
from editor.core.site.generator_plain import PlainGenerator

JEKYLL: Generator = JekyllGenerator()
HUGO: Generator = HugoGenerator()
PLAIN: Generator = PlainGenerator()

DETECTION_ORDER: tuple[Generator, ...] = (JEKYLL, HUGO)
"""Asked in turn; the first whose :meth:`~Generator.detect` says yes owns the site."""


def generator_for(root: Path, config_path: Path | None) -> Generator:
    """The generator of the site at ``root``; :data:`PLAIN` when none claims it."""
    for generator in DETECTION_ORDER:
        if generator.detect(root, config_path):
            return generator
    return PLAIN
