"""Proofreading one post: the Japanese style rules, 表記ゆれ and spelling, per-site settings.

``.kiji/proofreading.toml`` in the site turns rules off and sets the limits::

    [rules]
    too-many-commas = false     # any rule name of editor.core.proof.ja_style, "spelling-variant"
    spelling = false            # or "spelling"

    [limits]
    sentence-length = 120
    commas = 5

    [spelling]
    language = "en"             # else the post's lang:, the site's lang / languageCode

:class:`PostChecker` keeps the findings of each paragraph it has seen, so after a
one-character edit only the paragraph that changed is checked again.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from editor.core.proof import ja_style
from editor.core.proof.ja_style import Finding, StyleLimits
from editor.core.proof.prose import mask_non_prose
from editor.core.proof.spelling import MISSPELLED, Speller
from editor.core.proof.spelling_variants import VARIANT, SiteUsage, variant_findings

CONFIG_FILE = Path(".kiji") / "proofreading.toml"
RULES = (
    ja_style.RA_NUKI,
    ja_style.DOUBLE_NEGATIVE,
    ja_style.DOUBLED_PARTICLE,
    ja_style.LONG_SENTENCE,
    ja_style.TOO_MANY_COMMAS,
    ja_style.MIXED_STYLE,
    ja_style.FULLWIDTH_MARKDOWN,
    ja_style.CONTROL_CHARACTER,
    ja_style.UNEXPECTED_SCRIPT,
    VARIANT,
    MISSPELLED,
)


@dataclass(frozen=True)
class ProofreadingConfig:
    """Which rules run, their limits and the spelling language a site chose."""

    disabled: frozenset[str] = frozenset()
    limits: StyleLimits = field(default_factory=StyleLimits)
    spelling_language: str | None = None

    def enabled(self, rule: str) -> bool:
        """True unless the site turned ``rule`` off."""
        return rule not in self.disabled


def parse_config(text: str) -> ProofreadingConfig:
    """Read ``proofreading.toml`` text; raises ``ValueError`` with the reason when broken."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ValueError(str(error)) from error
    rules = data.get("rules", {})
    limits = data.get("limits", {})
    spelling = data.get("spelling", {})
    if not all(isinstance(part, dict) for part in (rules, limits, spelling)):
        raise ValueError("[rules], [limits] and [spelling] must be tables")
    unknown = sorted(set(rules) - set(RULES))
    if unknown:
        raise ValueError("unknown rule: " + ", ".join(unknown))
    defaults = StyleLimits()
    try:
        length = int(limits.get("sentence-length", defaults.sentence_length))
        commas = int(limits.get("commas", defaults.commas))
    except (TypeError, ValueError) as error:
        raise ValueError("limits must be whole numbers") from error
    language = spelling.get("language")
    return ProofreadingConfig(
        disabled=frozenset(name for name, on in rules.items() if on is False),
        limits=StyleLimits(max(1, length), max(0, commas)),
        spelling_language=language if isinstance(language, str) else None,
    )


def load_config(site_root: Path | None) -> tuple[ProofreadingConfig, str | None]:
    """The site's settings and, when its file is broken, why (the defaults are used then)."""
    if site_root is None:
        return ProofreadingConfig(), None
    try:
        text = (site_root / CONFIG_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return ProofreadingConfig(), None
    except (OSError, UnicodeDecodeError) as error:
        return ProofreadingConfig(), str(error)
    try:
        return parse_config(text), None
    except ValueError as error:
        return ProofreadingConfig(), str(error)


@dataclass
class CheckContext:
    """What a check needs besides the text: settings, the site's usage, the dictionary."""

    config: ProofreadingConfig = field(default_factory=ProofreadingConfig)
    usage: SiteUsage = field(default_factory=SiteUsage)
    speller: Speller | None = None  # None: spelling off
    skip_capitalized: bool = False  # the post is not in the speller's language
    generation: int = 0  # changes whenever the settings, usage or words change

    def cache_key(self) -> tuple[int, str | None, bool]:
        """What paragraph findings depend on besides their text (a change clears the cache)."""
        language = self.speller.language if self.speller is not None else None
        return self.generation, language, self.skip_capitalized


@dataclass(frozen=True)
class _Paragraph:
    findings: tuple[Finding, ...]
    styles: tuple[tuple[str, int, int], ...]


class PostChecker:
    """Checks one post again and again, re-checking only the paragraphs that changed."""

    def __init__(self) -> None:
        self._cache: dict[str, _Paragraph] = {}
        self._context_key: tuple[int, str | None, bool] | None = None
        self.paragraphs_checked = 0  # by the last check (the others came from the cache)

    def check(self, body: str, context: CheckContext) -> list[Finding]:
        """Every finding in ``body``, ordered by position."""
        if context.cache_key() != self._context_key:
            self._cache.clear()
            self._context_key = context.cache_key()
        masked = mask_non_prose(body)
        cache: dict[str, _Paragraph] = {}
        findings: list[Finding] = []
        styles: list[tuple[str, int, int]] = []
        self.paragraphs_checked = 0
        offset = 0
        for paragraph in masked.split("\n\n"):
            result = cache.get(paragraph) or self._cache.get(paragraph)
            if result is None:
                result = self._check_paragraph(paragraph, context)
                self.paragraphs_checked += 1
            cache[paragraph] = result
            for f in result.findings:
                findings.append(
                    Finding(f.rule, f.start + offset, f.end + offset, f.message, f.args, f.fix)
                )
            styles.extend((style, s + offset, e + offset) for style, s, e in result.styles)
            offset += len(paragraph) + 2
        self._cache = cache
        if context.config.enabled(ja_style.MIXED_STYLE):
            findings.extend(ja_style.mixed_style(styles, masked))
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        return findings

    @staticmethod
    def _check_paragraph(text: str, context: CheckContext) -> _Paragraph:
        config = context.config
        found = [f for f in ja_style.local_findings(text, config.limits) if config.enabled(f.rule)]
        if config.enabled(VARIANT):
            found.extend(variant_findings(text, context.usage))
        if context.speller is not None and config.enabled(MISSPELLED):
            found.extend(
                context.speller.misspelled(text, skip_capitalized=context.skip_capitalized)
            )
        return _Paragraph(tuple(found), tuple(ja_style.sentence_styles(text)))
