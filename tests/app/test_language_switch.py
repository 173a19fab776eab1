"""The language preference rebuilds the window in the new language, keeping the session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from editor.app.container import build_services
from editor.app.language_switch import WindowKeeper, apply_language
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import copy_sample

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_switching_language_rebuilds_the_window_and_reopens_its_posts(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.delenv("KIJI_LANG", raising=False)
    apply_language(app, "en", explicit=True)
    services = build_services(tmp_path / "home", parent=app)
    site = copy_sample(tmp_path)
    window = MainWindow(services)
    window.show()
    window.open_site(site)
    window.open_post(site / KYOTO)
    keeper = WindowKeeper(app, services, window)
    assert menu_titles(window)[0] == "&File"
    try:
        services.settings.language = "ja"
        qtbot.waitUntil(lambda: keeper.window is not window, timeout=10_000)
        japanese = keeper.window
        assert menu_titles(japanese)[0] == "ファイル(&F)"
        qtbot.waitUntil(lambda: len(japanese.editors()) == 1, timeout=10_000)
        assert japanese.editors()[0].session.path.resolve() == (site / KYOTO).resolve()
        # Unsaved text: Cancel keeps the window (and the text) in the old language.
        japanese.editors()[0].text_pane.insertPlainText("追記")
        monkeypatch.setattr(
            QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel
        )
        services.settings.language = "en"
        qtbot.wait(50)
        assert keeper.window is japanese and japanese.isVisible()
        assert "追記" in japanese.editors()[0].text_pane.toPlainText()
        monkeypatch.setattr(
            QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save
        )
        assert keeper.switch_language()
        assert menu_titles(keeper.window)[0] == "&File"
        assert "追記" in (site / KYOTO).read_text(encoding="utf-8")
    finally:
        monkeypatch.setattr(
            QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard
        )
        keeper.window.close()
        keeper.window.deleteLater()
        apply_language(app, "en", explicit=True)
        qtbot.wait(10)
