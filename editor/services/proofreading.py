"""Proofreading off the UI thread: one worker checks posts and learns the site's spellings.

``request(key, body, post_lang)`` never blocks: while a check runs, a newer request for the
same post replaces its pending one, so a fast typist costs one check per finished check and
the underlines always end on the newest text. ``checked(key, seq, findings)`` carries the
result (``seq`` lets the window drop an answer that a newer edit overtook). The
:class:`~editor.core.proof.proofreading.PostChecker` of each post lives in the worker and re-checks
only the paragraphs that changed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor.core.proof.proofreading import (
    RULES,
    CheckContext,
    PostChecker,
    ProofreadingConfig,
    load_config,
)
from editor.core.proof.prose import mask_non_prose
from editor.core.proof.spelling import (
    MISSPELLED,
    Speller,
    add_site_word,
    is_latin_language,
    read_site_words,
    spelling_language,
)
from editor.core.proof.spelling_variants import SiteUsage, learn_usage
from editor.core.site.siteconfig import load_site_config
from editor.services.background import gently, give_way


@dataclass
class _Job:
    key: object
    seq: int
    body: str
    post_lang: object


class ProofreadingService(QObject):
    """Checks posts in a background thread; follows one site's settings and words."""

    checked = Signal(object, int, list)  # key, seq, list[Finding]
    configProblem = Signal(str)  # the site's proofreading.toml is broken: why

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._condition = threading.Condition()
        self._pending: dict[object, _Job] = {}
        self._learn: list[Path] | None = None
        self._stopping = False
        self._seq = 0
        self._site_root: Path | None = None
        self._site_lang: object = None
        self._config = ProofreadingConfig()
        self._usage = SiteUsage()
        self._site_words: set[str] = set()
        self._ignored: set[str] = set()
        self._spelling_on = True
        self._style_on = True
        self._generation = 0
        self._spellers: dict[str, Speller] = {}
        self._speller_lock = threading.Lock()  # loading a dictionary takes ~0.2 s: not under
        self._checkers: dict[object, PostChecker] = {}
        self._thread = threading.Thread(target=self._run, name="kiji-proofread", daemon=True)
        self._thread.start()

    # -- settings (UI thread) ------------------------------------------------------------
    def set_site(self, site_root: Path | None) -> None:
        """Follow ``site_root``: its proofreading.toml, dictionary and language."""
        config, problem = load_config(site_root)
        site_lang = load_site_config(site_root).get("lang") if site_root else None
        if site_lang is None and site_root is not None:
            site_lang = load_site_config(site_root).get("languageCode")
        with self._condition:
            self._site_root = site_root
            self._config = config
            self._site_lang = site_lang
            self._site_words = read_site_words(site_root)
            self._usage = SiteUsage()
            self._changed()
        if problem:
            self.configProblem.emit(problem)

    def learn_site(self, paths: Sequence[Path]) -> None:
        """Learn the site's usual spellings from the posts at ``paths`` (in the worker),
        the first :data:`LEARNED_POSTS` of them (the site's list: newest first)."""
        with self._condition:
            self._learn = list(paths[:LEARNED_POSTS])
            self._condition.notify()

    def set_enabled(self, *, spelling: bool, style: bool) -> None:
        """Turn the spell check and the style checks on or off (View menu)."""
        with self._condition:
            self._spelling_on, self._style_on = spelling, style
            self._changed()

    @property
    def site_root(self) -> Path | None:
        """The site whose settings are followed."""
        return self._site_root

    def add_word(self, word: str) -> None:
        """Add ``word`` to the site dictionary (or ignore it in this session without a site)."""
        if self._site_root is not None:
            add_site_word(self._site_root, word)
        with self._condition:
            (self._site_words if self._site_root else self._ignored).add(word.lower())
            self._changed()

    def ignore_word(self, word: str) -> None:
        """Stop flagging ``word`` until Kiji quits."""
        with self._condition:
            self._ignored.add(word.lower())
            self._changed()

    def suggestions(self, word: str, post_lang: object = None) -> list[str]:
        """Corrections for ``word`` in the post's language (loads the dictionary if needed)."""
        with self._condition:
            language = self._language(post_lang)
        try:
            return self._speller(language).suggestions(word)
        except (OSError, ValueError):  # no dictionary for it in this installation
            return []

    def _changed(self) -> None:
        self._generation += 1
        for speller in list(self._spellers.values()):  # the worker may be adding one
            speller.extra = self._site_words | self._ignored

    # -- requests ------------------------------------------------------------------------
    def request(self, key: object, body: str, post_lang: object = None) -> int:
        """Check ``body`` for the post ``key``; returns the request's number."""
        with self._condition:
            self._seq += 1
            self._pending[key] = _Job(key, self._seq, body, post_lang)
            self._condition.notify()
            return self._seq

    def forget(self, key: object) -> None:
        """The post ``key`` closed: drop its pending check and its cache."""
        with self._condition:
            self._pending.pop(key, None)
            self._checkers.pop(key, None)

    def close(self) -> None:
        """Stop the worker (the window is closing)."""
        with self._condition:
            self._stopping = True
            self._condition.notify()
        self._thread.join(timeout=5)

    # -- the worker ----------------------------------------------------------------------
    def _language(self, post_lang: object) -> str:
        return spelling_language(post_lang or self._config.spelling_language, self._site_lang)

    def _speller(self, language: str) -> Speller:
        with self._speller_lock:
            speller = self._spellers.get(language)
            if speller is None:
                speller = Speller(language, self._site_words | self._ignored)
                self._spellers[language] = speller
            return speller

    def _context(self, post_lang: object, speller: Speller | None) -> CheckContext:
        config = self._config
        if not self._style_on:
            config = ProofreadingConfig(
                frozenset(r for r in RULES if r != MISSPELLED) | config.disabled,
                config.limits,
                config.spelling_language,
            )
        lang = post_lang or config.spelling_language
        return CheckContext(
            config=config,
            usage=self._usage,
            speller=speller if self._spelling_on else None,
            skip_capitalized=not is_latin_language(lang, self._site_lang),
            generation=self._generation,
        )

    def _run(self) -> None:
        while True:
            with self._condition:
                while not self._pending and self._learn is None and not self._stopping:
                    self._condition.wait()
                if self._stopping:
                    return
                learn, self._learn = self._learn, None
                job = None
                if learn is None:
                    job = self._pending.pop(next(iter(self._pending)))
                    checker = self._checkers.setdefault(job.key, PostChecker())
                    language = self._language(job.post_lang)
            if learn is not None:
                usage = learn_usage(_masked_posts(learn, lambda: self._stopping))
                with self._condition:
                    self._usage = usage
                    self._changed()
                continue
            assert job is not None
            give_way(lambda: self._stopping)  # a post being opened is drawn first
            with self._condition:  # the writer may have typed on meanwhile
                if self._stopping:
                    return
                newer = self._pending.pop(job.key, None)
                if newer is not None:
                    job, language = newer, self._language(newer.post_lang)
            try:
                speller: Speller | None = self._speller(language)  # outside the lock
            except (OSError, ValueError):  # a dictionary missing from an installation
                speller = None  # style checks go on; spelling is off
            with self._condition:
                context = self._context(job.post_lang, speller)
            try:
                findings = checker.check(job.body, context)
            except Exception:
                findings = []
            self.checked.emit(job.key, job.seq, findings)


LEARNED_POSTS = 3_000
"""How many posts the usual spellings are learnt from: the counts settle long before, and
a 50,000-post site's whole text is hundreds of megabytes to read while the writer works."""


def _masked_posts(paths: Sequence[Path], stop: Callable[[], bool]) -> Iterator[str]:
    """The prose of each readable post, one at a time, paced, until ``stop()``."""
    for path in gently(paths, stop=stop):
        try:
            yield mask_non_prose(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
