"""The posts panel's columns, dates, tooltips and its progress while the site opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

import editor.services.site_index_jobs as jobs
from editor.services.settings import Settings
from editor.services.site_index import SiteIndex
from editor.ui.site.post_list_model import DATE, READING, STATUS, TAGS, TITLE
from editor.ui.site.site_panel import SitePanel
from tests.ui.helpers import record_data_calls

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"


@pytest.fixture
def settings(tmp_path: Path, qapp) -> Settings:
    return Settings(tmp_path / "settings")


def _panel(site: Path, qtbot, settings: Settings | None) -> tuple[SitePanel, SiteIndex]:
    panel = SitePanel(settings=settings)
    qtbot.addWidget(panel)
    index = SiteIndex(site, parent=panel)
    panel.set_index(index)
    with qtbot.waitSignal(index.ready, timeout=10_000):
        index.start()
    return panel, index


def _row_of(panel: SitePanel, path: Path) -> int:
    return next(n for n, e in enumerate(panel.visible_entries()) if e.path == path.resolve())


def test_title_takes_the_width_and_tags_and_minutes_start_hidden(site, qtbot, settings) -> None:
    panel, index = _panel(site, qtbot, settings)
    header = panel.table.horizontalHeader()
    assert header.sectionResizeMode(TITLE) == header.ResizeMode.Stretch
    assert header.isSectionHidden(TAGS) and header.isSectionHidden(READING)
    assert not header.isSectionHidden(DATE) and not header.isSectionHidden(STATUS)
    panel.resize(460, 400)
    panel.show()
    qtbot.waitExposed(panel)
    widths = {c: header.sectionSize(c) for c in (TITLE, DATE, STATUS)}
    assert widths[TITLE] > widths[DATE] + widths[STATUS]
    index.close()


def test_chosen_columns_are_remembered(site, qtbot, settings) -> None:
    panel, index = _panel(site, qtbot, settings)
    menu = panel.columns.menu()
    checks = {action.text(): action for action in menu.actions()}
    assert not checks["Title"].isEnabled()  # the title always shows
    checks["Reading time in minutes"].setChecked(True)
    checks["Status"].setChecked(False)
    assert settings.hidden_post_columns == "status,tags"
    index.close()
    again, index2 = _panel(site, qtbot, settings)
    header = again.table.horizontalHeader()
    assert header.isSectionHidden(STATUS) and not header.isSectionHidden(READING)
    index2.close()


def test_the_title_tooltip_has_the_whole_title_and_the_path(site, qtbot) -> None:
    panel, index = _panel(site, qtbot, None)
    row = _row_of(panel, site / KYOTO)
    tip = panel.proxy.index(row, TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == ["京都の秋、朝の散歩で見つけたもの", str((site / KYOTO).resolve())]
    index.close()


@pytest.mark.parametrize("locale", ["C", "en_GB", "ja_JP", "de_DE"])
def test_dates_are_unambiguous_in_every_locale(site, qtbot, locale: str) -> None:
    QLocale.setDefault(QLocale(locale))
    try:
        panel, index = _panel(site, qtbot, None)
        row = _row_of(panel, site / KYOTO)
        assert panel.proxy.index(row, DATE).data() == "2025-11-16"
        index.close()
    finally:
        QLocale.setDefault(QLocale.system())


def test_the_list_fills_while_the_site_is_read(site, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(jobs, "PROGRESS_BATCH_SECONDS", 0.0)  # one batch per post
    panel = SitePanel()
    qtbot.addWidget(panel)
    index = SiteIndex(site, parent=panel)
    panel.set_index(index)
    assert panel.count_label.text() == "Reading posts…"
    seen: list[tuple[int, int, str]] = []
    index.progress.connect(
        lambda read, total: seen.append((read, panel.model.rowCount(), panel.count_label.text()))
    )
    with qtbot.waitSignal(index.ready, timeout=10_000):
        index.start()
    assert len(seen) >= 3
    total = int(seen[-1][2].split("/")[1])
    assert seen[-1][2] == f"Reading posts… {total} / {total}"
    rows = [rows for _read, rows, _text in seen]
    assert rows == sorted(rows) and 0 < rows[len(rows) // 2] < 5  # filling, not all at once
    assert panel.count_label.text() == "5 posts"
    index.close()


def test_streaming_stops_at_a_browsable_length_and_ready_brings_the_rest(
    site, qtbot, monkeypatch
) -> None:
    import editor.ui.site.site_panel as panel_module

    monkeypatch.setattr(jobs, "PROGRESS_BATCH_SECONDS", 0.0)
    monkeypatch.setattr(panel_module, "STREAMED_ROWS", 2)
    panel = SitePanel()
    qtbot.addWidget(panel)
    index = SiteIndex(site, parent=panel)
    panel.set_index(index)
    rows: list[int] = []
    index.progress.connect(lambda _read, _total: rows.append(panel.model.rowCount()))
    with qtbot.waitSignal(index.ready, timeout=10_000):
        index.start()
    assert max(rows) == 2
    assert panel.model.rowCount() == 5
    index.close()


@pytest.mark.parametrize("language", ["en", "ja"])
def test_dates_and_statuses_fit_their_columns_in_each_language(
    site, qtbot, qapp, settings, language: str
) -> None:
    from editor.ui.window.i18n import install_translators

    translators = install_translators(qapp, language)
    try:
        panel, index = _panel(site, qtbot, settings)
        panel.columns.set_visible(TAGS, True)
        panel.columns.set_visible(READING, True)
        panel.resize(900, 400)
        panel.show()
        qtbot.waitExposed(panel)
        table, header = panel.table, panel.table.horizontalHeader()
        for column in (DATE, STATUS, READING):
            # what the rows need (Qt's own measure) and the header's label with its arrow
            assert table.sizeHintForColumn(column) <= header.sectionSize(column), column
            label = str(panel.model.headerData(column, Qt.Orientation.Horizontal))
            assert header.fontMetrics().horizontalAdvance(label) < header.sectionSize(column)
        index.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("C"))


def test_the_header_never_measures_the_rows(site, qtbot, monkeypatch) -> None:
    """A header sized from the rows calls the model for each row on screen at its next
    paint after rows change; while a worker holds the interpreter lock each of those
    calls waits for it (180-360 ms per batch of rows on a 5,000-post site)."""
    from editor.ui.site.post_list_model import PostListModel

    panel, index = _panel(site, qtbot, None)
    panel.resize(460, 400)
    panel.show()
    qtbot.waitExposed(panel)
    asked = record_data_calls(monkeypatch, PostListModel)  # (the panel's proxy calls it)
    panel.model.set_entries(list(panel.model.entries()))  # the rows change
    header = panel.table.horizontalHeader()
    header.grab()
    assert asked == []
    index.close()
