"""A YAML alias bomb in ``_config.yml`` or in a post's front matter never freezes the window.

The window opens the hostile site and previews the post while a 10 ms heartbeat timer
records the gaps between its ticks: a gap over 100 ms means the UI thread (or the GIL)
was held. This is a structural test, not a speed claim: the values are measured and
refused when read, so no code ever expands them. (Before the limits, ``str()`` of the
expanded ``baseurl`` in the render worker held the GIL for seconds.)
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from editor.core.post.value_limits import CONFIG_TOO_LARGE, FRONT_MATTER_TOO_LARGE
from editor.services.error_text import translate_text
from editor.ui.window.i18n import install_translators
from editor.ui.window.main_window import MainWindow
from tests.security.alias_bombs import alias_bomb
from tests.ui.helpers import wait_for_content

BOMB_LEVELS = 9
HEARTBEAT_MS = 10
LONGEST_GAP_MS = 100


class Heartbeat:
    """A 10 ms timer on the UI thread that remembers the longest gap between ticks."""

    def __init__(self) -> None:
        self.longest = 0
        self.ticks = 0
        self.phase = ""  # what the test was waiting for, for the failure message
        self.longest_phase = ""
        self._since = QElapsedTimer()
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._since.start()
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()

    def _tick(self) -> None:
        gap = self._clock.restart()
        if gap > self.longest:
            self.longest = gap
            self.longest_phase = f"{self.phase}, {self._since.elapsed()} ms in"
        self.ticks += 1


def hostile_site(root: Path, levels: int = BOMB_LEVELS) -> Path:
    """A Jekyll site whose config and newest post hold ``levels``-deep alias bombs."""
    (root / "_posts").mkdir(parents=True)
    config = alias_bomb("title", levels) + f"baseurl: *lol{levels - 1}\n"
    (root / "_config.yml").write_text(config, encoding="utf-8")
    assert (root / "_config.yml").stat().st_size < 1100
    post = root / "_posts" / "2025-11-01-bomb.md"
    post.write_text(
        "---\n" + alias_bomb("tags", levels) + "title: 爆弾\n---\n\n"
        f"The body of {root.name} still previews: "
        "{{ site.title }} {{ site.baseurl }} {{ page.tags }}\n",
        encoding="utf-8",
    )
    return post


@pytest.fixture
def japanese() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translators(app, "ja")
    yield
    for translator in translators:
        app.removeTranslator(translator)


def test_alias_bombs_never_stop_the_heartbeat(
    japanese: None, window: MainWindow, tmp_path: Path, qtbot
) -> None:
    # Warm up on a harmless site of the same shape (one level: nine strings), so the
    # one-off costs of a first site (docks, panels, the preview page) are not measured.
    # A post without a title gives the warm-up site a problem: the Problems view shows.
    harmless = hostile_site(tmp_path / "warm-up", levels=1)
    (harmless.parent / "2025-10-01-untitled.md").write_text("---\n---\nx\n", encoding="utf-8")
    window.open_site(harmless.parent.parent)
    assert window.open_post(harmless) is not None
    wait_for_content(window.preview, qtbot, "The body of warm-up still", timeout=20_000)
    qtbot.waitUntil(lambda: window.site_ui.problems.count() >= 1, timeout=20_000)
    qtbot.wait(500)
    post = hostile_site(tmp_path / "site")
    heartbeat = Heartbeat()
    # Nor are the collector's pauses over everything earlier tests left behind.
    gc.collect()
    gc.disable()
    try:
        window.open_site(post.parent.parent)  # the index reads the site in its worker
        editor = window.open_post(post)
        assert editor is not None
        # Building and painting the new tab costs the same for any post and is not
        # measured (that it built no field from the bomb is checked below). Everything
        # after is: the index, the checks, the renders and the preview's patches.
        window.repaint()
        QApplication.processEvents()
        heartbeat.start()
        heartbeat.phase = "opened"
        heartbeat.phase = "preview"
        wait_for_content(window.preview, qtbot, "The body of site still previews", timeout=20_000)
        problems = window.site_ui.problems
        heartbeat.phase = "problems"
        qtbot.waitUntil(lambda: problems.count() >= 2, timeout=20_000)
        heartbeat.phase = "settling"
        qtbot.wait(300)  # the renders after the index and the checks
        heartbeat.stop()
    finally:
        gc.enable()

    assert heartbeat.ticks > 10
    assert heartbeat.longest <= LONGEST_GAP_MS, (
        f"the UI stopped for {heartbeat.longest} ms ({heartbeat.longest_phase})"
    )
    # Plain words in the writer's language: the Problems view and the post's banner.
    config_ja = translate_text(CONFIG_TOO_LARGE)
    front_ja = translate_text(FRONT_MATTER_TOO_LARGE)
    assert "エイリアス" in config_ja and "エイリアス" in front_ja
    shown = {problems.row_texts(i)[2] for i in range(problems.count())}
    assert {config_ja, front_ja} <= shown
    assert front_ja in editor.front_matter_form.error_label.text()
    assert editor.front_matter_form.error_label.isVisible()
    assert not editor.front_matter_form.rows  # no field was built from the bomb
    # Nothing was rewritten: the post is unedited.
    assert not editor.session.is_dirty
