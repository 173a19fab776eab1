"""The site panel on a real site, fed by the real index service."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from editor.services.site_index import SiteIndex
from editor.ui.site.post_list_model import TITLE
from editor.ui.site.site_panel import SitePanel

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"


def shown(panel: SitePanel) -> list[str]:
    return [entry.title for entry in panel.visible_entries()]


def ready_panel(site: Path, qtbot) -> tuple[SitePanel, SiteIndex]:
    panel = SitePanel()
    qtbot.addWidget(panel)
    index = SiteIndex(site, poll_interval_ms=200, parent=panel)
    panel.set_index(index)
    with qtbot.waitSignal(index.ready, timeout=10_000):
        index.start()
    return panel, index


def test_lists_newest_first_and_counts(site: Path, qtbot) -> None:
    panel, index = ready_panel(site, qtbot)
    assert panel.objectName() == "sitePanel"
    assert shown(panel)[0] == "大規模言語モデルと日本語の文章作成、半年使ってみた感想"
    assert len(shown(panel)) == 5
    assert panel.count_label.text()
    index.close()


def test_search_finds_titles_at_once_and_body_text_from_the_worker(site: Path, qtbot) -> None:
    panel, index = ready_panel(site, qtbot)
    qtbot.keyClicks(panel.search, "Five")
    assert shown(panel) == ["Five small tips for Jekyll writers"]  # no waiting for titles
    panel.search.clear()
    panel.search.setText("哲学の道")  # only in the Kyoto post's body
    assert panel.count_label.text() == "0 of 5 posts · searching the posts’ text…"
    qtbot.waitUntil(lambda: panel.count_label.text() == "1 of 5 posts")  # the whole answer
    assert shown(panel) == ["京都の秋、朝の散歩で見つけたもの"]
    panel.search.clear()
    assert len(shown(panel)) == 5
    index.close()


def test_filters_from_the_combo_boxes(site: Path, qtbot) -> None:
    panel, index = ready_panel(site, qtbot)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("draft"))
    assert shown(panel) == ["冬に使いたい文房具"]
    panel.status_filter.setCurrentIndex(0)
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("京都"))
    assert shown(panel) == ["京都の秋、朝の散歩で見つけたもの"]
    assert panel.tag_filter.currentText() == "京都 (1)"
    panel.tag_filter.setCurrentIndex(0)
    panel.category_filter.setCurrentIndex(panel.category_filter.findData("meta"))
    assert shown(panel) == ["Hello, Kiji: writing posts where they live"]
    index.close()


def test_follows_files_changed_on_disk(site: Path, qtbot) -> None:
    panel, index = ready_panel(site, qtbot)
    new = site / "_posts" / "2026-01-02-new-year.md"
    new.write_text(
        '---\ntitle: "新年のあいさつ"\ndate: 2026-01-02 09:00:00 +0900\n---\n本文\n', "utf-8"
    )
    index.refresh([new])
    qtbot.waitUntil(lambda: "新年のあいさつ" in shown(panel), timeout=5000)
    (site / KYOTO).unlink()
    index.refresh([site / KYOTO])
    qtbot.waitUntil(lambda: "京都の秋、朝の散歩で見つけたもの" not in shown(panel), timeout=5000)
    index.close()


def test_activating_a_row_asks_to_open_it(site: Path, qtbot) -> None:
    panel, index = ready_panel(site, qtbot)
    panel.search.setText("京都")
    with qtbot.waitSignal(panel.openRequested) as blocker:
        panel.table.activated.emit(panel.proxy.index(0, TITLE))
    assert blocker.args == [(site / KYOTO).resolve()]
    index.close()


def test_context_menu_offers_publish_for_drafts_only(site: Path, qtbot) -> None:
    panel, index = ready_panel(site, qtbot)
    from editor.ui.site.site_actions import SiteActions

    panel.site_actions = SiteActions(lambda: index.site, panel)
    by_title = {entry.title: entry for entry in panel.visible_entries()}
    draft_menu = [a.text() for a in panel.menu_for(by_title["冬に使いたい文房具"]).actions()]
    post_menu = [
        a.text() for a in panel.menu_for(by_title["Five small tips for Jekyll writers"]).actions()
    ]
    assert "Publish" in draft_menu and "Unpublish" not in draft_menu
    assert "Unpublish" in post_menu and "Publish" not in post_menu
    index.close()


def test_enter_in_the_search_opens_the_first_match(site: Path, qtbot) -> None:
    panel, index = ready_panel(site, qtbot)
    qtbot.keyClicks(panel.search, "Hello")
    with qtbot.waitSignal(panel.openRequested) as blocker:
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert blocker.args == [(site / "_posts/2025-10-04-hello-kiji.md").resolve()]
    index.close()


def test_the_delete_key_asks_before_trashing(site: Path, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from editor.ui.site.site_actions import SiteActions

    panel, index = ready_panel(site, qtbot)
    panel.site_actions = SiteActions(lambda: index.site, panel)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel,
    )
    panel.select_path((site / KYOTO).resolve())
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert asked and "2025-11-16-kyoto-autumn.md" in asked[0]
    assert (site / KYOTO).exists()
    index.close()
