"""First minutes in a real window: the welcome view, the window's layout coming back,
the View menu's panel toggles and distraction-free writing hiding the panels."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from editor.services.settings import Settings, WindowLayout
from editor.ui.window.main_window import MainWindow
from tests.ui.helpers import copy_sample, services_for

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch) -> None:
    answer = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer)


@pytest.fixture
def settings(tmp_path: Path, qapp) -> Settings:
    return Settings(tmp_path / "settings")


def _window(qtbot, settings: Settings) -> MainWindow:
    window = MainWindow(services_for(settings))
    qtbot.addWidget(window)
    window.show()
    return window


def test_an_empty_window_shows_the_welcome_view(qtbot, settings: Settings) -> None:
    window = _window(qtbot, settings)
    assert window.is_welcome_shown()
    assert window.centralWidget().currentWidget().objectName() == "welcomeView"
    buttons = {b.objectName() for b in window.welcome.findChildren(QPushButton)}
    assert {"welcomeOpenFolder", "welcomeOpenSample"} <= buttons
    assert not window.welcome.recent_title.isVisibleTo(window.welcome)  # no recent sites yet


def test_recent_sites_are_one_click_away(qtbot, settings: Settings, tmp_path: Path) -> None:
    site = copy_sample(tmp_path)
    services = services_for(settings)
    services.recent_sites.add(site.resolve())
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.welcome.recent_folders() == [site.resolve()]
    recent = window.welcome.findChild(QPushButton, "welcomeRecentSite")
    qtbot.mouseClick(recent, Qt.MouseButton.LeftButton)
    assert window.site_root == site.resolve() and not window.is_welcome_shown()
    qtbot.waitUntil(lambda: bool(window.editors()), timeout=10_000)  # the newest post opens


def test_open_sample_site_opens_a_fresh_copy(qtbot, settings: Settings, monkeypatch) -> None:
    import editor.app as app_module

    copies: list[Path] = []
    real_copy = app_module.copy_sample_site

    def recording_copy(parent=None):
        copies.append(real_copy(parent))
        return copies[-1]

    monkeypatch.setattr(app_module, "copy_sample_site", recording_copy)
    window = _window(qtbot, settings)
    qtbot.mouseClick(window.welcome.openSampleButton, Qt.MouseButton.LeftButton)
    assert copies and window.site_root == copies[0].resolve()
    assert window.central.currentWidget() is window.splitter


def test_a_post_given_directly_replaces_the_welcome(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    site = copy_sample(tmp_path)
    window = _window(qtbot, settings)
    window.open_post(site / KYOTO)
    assert not window.is_welcome_shown()


def test_size_position_maximised_splitter_and_docks_come_back(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    site = copy_sample(tmp_path)
    window = _window(qtbot, settings)
    window.open_site(site)
    qtbot.waitUntil(lambda: bool(window.editors()), timeout=10_000)
    # Inside the offscreen screen (800 × 600): Qt keeps a window on screen. The height
    # stays above what the docks need at least (Posts, Problems, Find in Site, Outline).
    height = max(540, window.minimumSizeHint().height() + 10)
    window.resize(700, height)
    window.move(0, 40)
    window.site_ui.problems_dock.show()
    window.view.site_search.show()
    window.splitter.setSizes([300, 500])
    qtbot.wait(50)
    sizes = window.splitter.sizes()
    # Qt keeps a restored window on its screen: the offscreen one is narrower than the
    # docks' minimum, so the x position is not compared; size and y are.
    shape = (window.width(), window.height(), window.y())
    assert shape[1:] == (height, 40)  # not the first-start defaults, or the test proves nothing
    window.close()
    layout = settings.window_layout()
    assert layout.geometry and layout.state and layout.splitter

    again = _window(qtbot, settings)
    assert (again.width(), again.height(), again.y()) == shape
    assert again.site_ui.problems_dock.isVisible()
    assert again.view.site_search.isVisible()
    qtbot.waitUntil(lambda: bool(again.editors()), timeout=10_000)  # the session came back
    qtbot.wait(50)
    assert again.splitter.sizes() == sizes


def test_a_maximised_window_comes_back_maximised(qtbot, settings: Settings) -> None:
    window = _window(qtbot, settings)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.close()
    again = MainWindow(services_for(settings))
    qtbot.addWidget(again)
    assert again.windowState() & Qt.WindowState.WindowMaximized


def test_broken_saved_layout_is_ignored(qtbot, settings: Settings) -> None:
    settings.save_window_layout(WindowLayout(b"junk", b"more junk", b"x"))
    window = _window(qtbot, settings)  # no crash, a usable window
    assert window.isVisible()
    assert isinstance(settings.store.value("window/geometry"), QByteArray)


def test_panel_toggles_live_in_the_view_menu(qtbot, settings: Settings) -> None:
    window = _window(qtbot, settings)
    view_menu = next(
        a.menu() for a in window.menuBar().actions() if a.objectName() == "" and a.text() == "&View"
    )
    names = [action.objectName() for action in view_menu.actions()]
    assert "actionShowPosts" in names and "actionShowProblems" in names
    file_menu = window.menuBar().actions()[0].menu()
    assert "actionShowPosts" not in [a.objectName() for a in file_menu.actions()]


def test_distraction_free_hides_the_panels_and_brings_them_back(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    site = copy_sample(tmp_path)
    window = _window(qtbot, settings)
    window.open_site(site)
    qtbot.waitUntil(lambda: bool(window.editors()), timeout=10_000)
    posts, problems = window.site_ui.panel_dock, window.site_ui.problems_dock
    problems.show()
    window.view.site_search.hide()
    window.view.set_distraction_free(True)
    assert not posts.isVisible() and not problems.isVisible()
    window.view.set_distraction_free(False)
    assert posts.isVisible() and problems.isVisible()
    assert not window.view.site_search.isVisible()  # hidden before, hidden after
