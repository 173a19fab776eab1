"""Typed preferences and the saved session, in a real INI file."""

from __future__ import annotations

from pathlib import Path

from editor.services.settings import (
    OpenTab,
    SessionState,
    Settings,
    default_settings_folder,
)


def test_defaults_then_values_survive_a_restart(qapp, tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    assert settings.theme == "system" and settings.font_size == 13.0
    assert settings.cjk_chars_per_minute == 500 and settings.words_per_minute == 200
    assert settings.show_line_numbers is False and settings.allow_remote_images is False
    settings.theme = "dark"
    settings.font_size = 15.5
    settings.show_line_numbers = True
    settings.cjk_chars_per_minute = 600
    settings.image_folder = "assets/img/{slug}"
    settings.sync()
    assert (tmp_path / "settings.ini").is_file()
    again = Settings(tmp_path)
    assert again.theme == "dark" and again.font_size == 15.5
    assert again.show_line_numbers is True and again.cjk_chars_per_minute == 600
    assert again.image_folder == "assets/img/{slug}"


def test_changes_are_announced_once(qapp, tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    seen: list[str] = []
    settings.changed.connect(seen.append)
    settings.line_width = 60
    settings.line_width = 60  # unchanged: no signal
    settings.typewriter = True
    assert seen == ["line_width", "typewriter"]


def test_bad_values_in_the_file_fall_back_to_defaults(qapp, tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text(
        "[appearance]\ntheme=purple\n[editor]\nfont_size=huge\nline_width=-3\n"
        "[stats]\nwords_per_minute=0\n[session]\nstate={not json\n",
        encoding="utf-8",
    )
    settings = Settings(tmp_path)
    assert settings.theme == "system"
    assert settings.font_size == 13.0
    assert settings.line_width == 80
    assert settings.words_per_minute == 200
    assert settings.session() == SessionState()


def test_invalid_assignment_keeps_the_default(qapp, tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    settings.focus_mode = "sparkly"
    assert settings.focus_mode == "off"
    settings.focus_mode = "sentence"
    settings.reset("focus_mode")
    assert settings.focus_mode == "off"
    assert "theme" in Settings.preference_names() and "store" not in Settings.preference_names()


def test_session_round_trip_with_japanese_paths(qapp, tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    state = SessionState(
        site="/sites/ブログ",
        tabs=[OpenTab("/sites/ブログ/_posts/記事.md", 120, 33.5), OpenTab("/x.md")],
        current=1,
    )
    settings.save_session(state)
    assert Settings(tmp_path).session() == state


def test_default_folder_follows_kiji_home(qapp, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KIJI_HOME", str(tmp_path / "home"))
    assert default_settings_folder() == tmp_path / "home"
    assert Settings().folder == tmp_path / "home"
    monkeypatch.delenv("KIJI_HOME")
    assert default_settings_folder() != tmp_path / "home"


def test_the_tab_a_restore_shows_first_skips_files_that_are_gone(tmp_path: Path) -> None:
    kept, other = tmp_path / "a.md", tmp_path / "c.md"
    kept.write_text("a", "utf-8")
    other.write_text("c", "utf-8")
    tabs = [OpenTab(str(kept)), OpenTab(str(tmp_path / "gone.md")), OpenTab(str(other))]
    assert SessionState(str(tmp_path), tabs, 2).current_tab_path() == other
    assert [t.path for t in SessionState("", tabs).existing_tabs()] == [str(kept), str(other)]
    assert SessionState("", tabs, 9).current_tab_path() == other  # past the end: the last
    assert SessionState("", tabs[1:2]).current_tab_path() is None
