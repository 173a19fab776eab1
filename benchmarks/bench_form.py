"""Time the front-matter form against the read-only text view it replaced.

Run from the repository root: ``python benchmarks/bench_form.py`` (offscreen). Prints the
median and p95 of:

* ``build form``: a :class:`FrontMatterForm` for the seed post in the sample site (what
  opening a tab costs), against the baseline of a ``QPlainTextEdit`` showing the raw
  front matter (the old read-only view), measured in the same run;
* ``field edit``: one committed title edit through the form (splice, read back, refresh);
* ``tag completion``: one ``KanaMatcher.matches`` query over 2,000 mixed tags, against the
  baseline of a plain case-folded substring filter over the same tags;
* ``reading time``: ``text_stats`` of the seed body (run after each pause in typing).
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QPlainTextEdit
from timing import measure

from editor.app import create_application
from editor.core.site.site import Site
from editor.core.site.vocabulary import SiteVocabulary
from editor.core.text.kana_match import KanaMatcher
from editor.core.text.stats import text_stats
from editor.services.document import DocumentSession
from editor.ui.form.front_matter_form import FrontMatterForm

SEED = ROOT / "tests" / "data" / "seed" / "2025-12-28-llama4.md"


def report(title: str, baseline: tuple[str, tuple[float, float]], rows: list) -> None:
    """Print one table: the baseline first, then each case with its ratio to it."""
    print(f"\n{title}")
    print(f"  {'case':<44} {'median ms':>10} {'p95 ms':>9} {'x base':>8}")
    base_median = baseline[1][0] or 1e-9
    for name, (median, p95) in [baseline, *rows]:
        print(f"  {name:<44} {median:>10.3f} {p95:>9.3f} {median / base_median:>8.1f}")


def tags(count: int) -> list[str]:
    rng = random.Random(5)
    words = ["京都", "写真", "紅葉", "散歩", "ツール", "ニュース", "日本語", "執筆", "カメラ"]
    latin = ["jekyll", "hugo", "LLM", "Python", "Qt", "markdown", "design", "travel"]
    result = {f"{rng.choice(words)}{rng.choice(words)}{i}" for i in range(count // 2)}
    result |= {f"{rng.choice(latin)}-{i}" for i in range(count // 2)}
    return sorted(result)


def main() -> None:
    app = create_application(["bench"])
    candidates = tags(2000)
    matcher = KanaMatcher(candidates)
    started = time.perf_counter()
    matcher.matches("x")  # first use: pykakasi loads its dictionary (fresh process)
    first_ms = 1000 * (time.perf_counter() - started)
    print(f"\n  first query (loads pykakasi, builds 2,000 readings): {first_ms:.0f} ms")

    folder = Path(tempfile.mkdtemp())
    site = folder / "site"
    shutil.copytree(ROOT / "resources" / "sample-site", site)
    post = site / "_posts" / SEED.name
    shutil.copyfile(SEED, post)
    opened = Site.open(site)
    vocabulary = SiteVocabulary.from_site(opened.entries.values(), opened.layout)
    session = DocumentSession.open(post)

    def build_form() -> object:
        form = FrontMatterForm(session, vocabulary)
        form.deleteLater()
        # Really delete it: a live form would follow the session and slow the next cases.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return None

    def build_text_view() -> object:
        view = QPlainTextEdit()
        view.setPlainText(session.front_matter_text)
        view.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return None

    form = FrontMatterForm(session, vocabulary)
    titles = iter(f"Llama 4 — take {i}" for i in range(10**6))

    def field_edit() -> object:
        return form.set_field("title", next(titles))

    base = measure(build_text_view, 60)
    report(
        "Opening a tab (seed post, sample site)",
        ("baseline: read-only QPlainTextEdit", base),
        [("build form", measure(build_form, 60)), ("field edit (title)", measure(field_edit, 60))],
    )
    app.processEvents()

    def plain_filter() -> object:
        return [tag for tag in candidates if "kyo" in tag.casefold()][:50]

    report(
        "Tag completion over 2,000 tags (query 'kyo')",
        ("baseline: casefold substring filter", measure(plain_filter, 200)),
        [("KanaMatcher.matches", measure(lambda: matcher.matches("kyo"), 200))],
    )
    body = session.body
    report(
        "Reading time of the seed body",
        ("baseline: build form", measure(build_form, 30)),
        [("text_stats(body)", measure(lambda: text_stats(body), 100))],
    )


if __name__ == "__main__":
    main()
