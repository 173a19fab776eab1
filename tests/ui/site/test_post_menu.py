"""The Post menu and the posts panel: one command list, the selection following the tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from editor.ui.site.site_actions import PostCommand
from editor.ui.window.main_window import MainWindow

DRAFT = "_drafts/winter-stationery.md"
KYOTO = "_posts/2025-11-16-kyoto-autumn.md"
NEWEST = "_posts/2025-12-28-llm-notes.md"


def _ready(window: MainWindow, site: Path, qtbot) -> None:
    window.open_site(site)
    qtbot.waitUntil(lambda: len(window.editors()) == 1, timeout=10_000)


def _names(actions) -> list[str]:
    return [a.objectName() for a in actions if a.objectName().startswith("postAction_")]


def _panel_entry(window: MainWindow, path: Path):
    panel = window.site_ui.panel
    return next(e for e in panel.model.entries() if e.path == path.resolve())


def test_post_menu_and_context_menu_are_built_from_one_list(window, site, qtbot) -> None:
    _ready(window, site, qtbot)
    menu = window.site_ui.post_menu
    assert menu.objectName() == "menuPost"
    menu.refill()
    published = _names(menu.actions())
    assert published == ["postAction_unpublish", "postAction_change_slug", "postAction_rename",
                         "postAction_duplicate", "postAction_trash"]  # fmt: skip
    context = window.site_ui.panel.menu_for(_panel_entry(window, site / NEWEST))
    assert _names(context.actions()) == published
    window.open_post(site / DRAFT)
    menu.refill()
    assert _names(menu.actions())[0] == "postAction_publish"


def test_a_command_added_to_the_list_shows_in_both_menus(window, site, qtbot, monkeypatch) -> None:
    _ready(window, site, qtbot)
    actions = window.site_ui.actions
    real = actions.commands
    ran: list[Path] = []
    extra = PostCommand("example", "Example…", ran.append)
    monkeypatch.setattr(actions, "commands", lambda: [*real(), extra])
    window.site_ui.post_menu.refill()
    assert "postAction_example" in _names(window.site_ui.post_menu.actions())
    context = window.site_ui.panel.menu_for(_panel_entry(window, site / NEWEST))
    assert "postAction_example" in _names(context.actions())
    next(a for a in context.actions() if a.objectName() == "postAction_example").trigger()
    assert ran == [(site / NEWEST).resolve()]


def test_without_a_post_the_menu_says_what_to_do(window) -> None:
    menu = window.site_ui.post_menu
    menu.refill()
    assert _names(menu.actions()) == []
    assert not menu.actions()[0].isEnabled() and menu.actions()[0].text()


def test_rename_says_why_when_there_is_nothing_to_do(window, site, qtbot, monkeypatch) -> None:
    _ready(window, site, qtbot)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    menu = window.site_ui.post_menu
    menu.refill()
    next(a for a in menu.actions() if a.objectName() == "postAction_rename").trigger()
    assert said and "2025-12-28-llm-notes.md" in said[0]


def test_selection_follows_the_current_tab(window, site, qtbot) -> None:
    _ready(window, site, qtbot)
    panel = window.site_ui.panel

    def selected() -> Path | None:
        rows = panel.table.selectionModel().selectedRows()
        return panel.visible_entries()[rows[0].row()].path if rows else None

    qtbot.waitUntil(lambda: selected() == (site / NEWEST).resolve())
    window.open_post(site / KYOTO)
    assert selected() == (site / KYOTO).resolve()
    window.tabs.setCurrentIndex(0)
    assert selected() == (site / NEWEST).resolve()


def test_selection_follows_a_published_draft_to_its_new_file(window, site, qtbot) -> None:
    _ready(window, site, qtbot)
    window.open_post(site / DRAFT)
    panel = window.site_ui.panel
    new = window.site_ui.actions.publish(site / DRAFT)
    assert new is not None

    def selected() -> Path | None:
        rows = panel.table.selectionModel().selectedRows()
        return panel.visible_entries()[rows[0].row()].path if rows else None

    qtbot.waitUntil(lambda: selected() == Path(new).resolve(), timeout=10_000)
    assert window.current_editor().session.path.resolve() == Path(new).resolve()
